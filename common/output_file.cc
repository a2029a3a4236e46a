// SPDX-License-Identifier: Apache-2.0
// Output files written through their path, temporary directories, programs without a shell.

#include "output_file.h"

#include <dirent.h>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "fd_io.h"

extern char** environ;

namespace common {
namespace {

std::string system_error(const std::string& what, int error_number) {
  return what + ": " + std::strerror(error_number);
}

}  // namespace

bool copy_through(const std::string& from, const std::string& to, std::string* error) {
  const int in = open(from.c_str(), O_RDONLY | O_CLOEXEC);
  if (in < 0) {
    *error = system_error("cannot read " + from, errno);
    return false;
  }
  // O_TRUNC without O_EXCL or unlink: what `> to` does in a shell.
  const int out = open(to.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (out < 0) {
    *error = system_error("cannot write " + to, errno);
    close(in);
    return false;
  }
  bool ok = true;
  char buffer[1 << 16];
  for (;;) {
    const ssize_t n = read(in, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      *error = system_error("cannot read " + from, errno);
      ok = false;
      break;
    }
    if (n == 0) break;
    if (!write_all(out, buffer, static_cast<size_t>(n))) {
      *error = system_error("cannot write " + to, errno);
      ok = false;
      break;
    }
  }
  close(in);
  if (close(out) != 0 && ok) {
    *error = system_error("cannot write " + to, errno);
    ok = false;
  }
  return ok;
}

TempDir::TempDir() {
  const char* base = std::getenv("TMPDIR");
  std::string pattern = std::string(base && *base ? base : "/tmp") + "/nvme-cosim.XXXXXX";
  if (mkdtemp(pattern.data())) m_path = pattern;
}

TempDir::~TempDir() {
  if (m_path.empty()) return;
  if (DIR* dir = opendir(m_path.c_str())) {
    while (const dirent* entry = readdir(dir)) {
      const std::string name = entry->d_name;
      if (name != "." && name != "..") unlink(file(name).c_str());
    }
    closedir(dir);
  }
  rmdir(m_path.c_str());
}

bool run_program(const std::vector<std::string>& argv, std::string* error) {
  std::vector<char*> args;
  for (const std::string& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  pid_t pid = 0;
  const int spawned = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) {
    *error = system_error("cannot run " + argv[0], spawned);
    return false;
  }
  const int status = wait_for_exit(pid);
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return true;
  *error = argv[0] + (WIFSIGNALED(status)
                          ? " was killed by signal " + std::to_string(WTERMSIG(status))
                          : " failed with exit status " + std::to_string(WEXITSTATUS(status)));
  return false;
}

}  // namespace common
