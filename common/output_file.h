// SPDX-License-Identifier: Apache-2.0
// Writing a user's output file as a shell redirection would: through the path as given (a
// symlink's target, a device node), truncating a regular file, never unlinking or replacing it,
// and with every write error reported. Tools that insist on their own file handling (the FST
// writer unlinks and renames) write to a private temporary directory, then copy through.

#pragma once

#include <string>
#include <vector>

namespace common {

// Copies the file at `from` to `to`. False, with `error` saying why, if reading or any write
// (including the final close) failed.
bool copy_through(const std::string& from, const std::string& to, std::string* error);

// A fresh directory only this process uses (mkdtemp under $TMPDIR or /tmp), removed with its
// contents on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  bool ok() const { return !m_path.empty(); }
  const std::string& path() const { return m_path; }  // empty if it could not be made
  std::string file(const std::string& name) const { return m_path + "/" + name; }

 private:
  std::string m_path;
};

// Runs `argv[0]` (looked up on PATH) with `argv`, no shell in between; its output goes to
// /dev/null. True if it ran and exited 0; otherwise `error` says what happened.
bool run_program(const std::vector<std::string>& argv, std::string* error);

}  // namespace common
