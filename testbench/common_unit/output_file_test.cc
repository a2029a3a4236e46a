// SPDX-License-Identifier: Apache-2.0
// Output files written through their path, private temporary directories, and programs run
// without a shell.

#include "output_file.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <iterator>
#include <string>

namespace common {
namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void spit(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

TEST(OutputFile, TempDirIsPrivateAndRemovedWithItsFiles) {
  std::string path;
  {
    TempDir dir;
    ASSERT_TRUE(dir.ok());
    path = dir.path();
    struct stat st {};
    ASSERT_EQ(stat(path.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0700u) << "mkdtemp: only this user";
    spit(dir.file("a"), "x");
    spit(dir.file("b"), "y");
  }
  EXPECT_NE(access(path.c_str(), F_OK), 0) << path << " is still there";
}

TEST(OutputFile, CopyWritesThroughASymlinkAndTruncates) {
  TempDir dir;
  spit(dir.file("source"), "new contents");
  spit(dir.file("target"), "older and longer contents");
  ASSERT_EQ(symlink("target", dir.file("link").c_str()), 0);
  std::string error;
  ASSERT_TRUE(copy_through(dir.file("source"), dir.file("link"), &error)) << error;
  struct stat st {};
  ASSERT_EQ(lstat(dir.file("link").c_str(), &st), 0);
  EXPECT_TRUE(S_ISLNK(st.st_mode)) << "the link itself is left alone";
  EXPECT_EQ(slurp(dir.file("target")), "new contents");
}

TEST(OutputFile, CopyReportsWhatFailed) {
  TempDir dir;
  spit(dir.file("source"), std::string(100000, 'x'));
  std::string error;
  EXPECT_FALSE(copy_through(dir.file("missing"), dir.file("out"), &error));
  EXPECT_NE(error.find("cannot read"), std::string::npos) << error;
  EXPECT_FALSE(copy_through(dir.file("source"), dir.file("no/such/dir"), &error));
  EXPECT_NE(error.find("cannot write"), std::string::npos) << error;
  if (access("/dev/full", W_OK) == 0) {
    EXPECT_FALSE(copy_through(dir.file("source"), "/dev/full", &error));
    EXPECT_NE(error.find("No space left on device"), std::string::npos) << error;
  }
}

TEST(OutputFile, ProgramsRunWithoutAShell) {
  TempDir dir;
  std::string error;
  // Shell syntax in an argument stays an argument: touch makes one file with that odd name.
  const std::string odd = dir.file("a';touch INJECTED;echo '");
  ASSERT_TRUE(run_program({"touch", odd}, &error)) << error;
  EXPECT_EQ(access(odd.c_str(), F_OK), 0);
  EXPECT_NE(access("INJECTED", F_OK), 0);
  EXPECT_FALSE(run_program({"false"}, &error));
  EXPECT_EQ(error, "false failed with exit status 1");
  EXPECT_FALSE(run_program({"no-such-program-nvme-cosim"}, &error));
  EXPECT_NE(error.find("cannot run no-such-program-nvme-cosim"), std::string::npos) << error;
}

}  // namespace
}  // namespace common
