// SPDX-License-Identifier: Apache-2.0
// One run per process: fork, run, send the result through a pipe.

#include "run_in_child.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "fd_io.h"

namespace common {
namespace {

std::string read_all(int fd) {
  std::string bytes;
  char buffer[65536];
  for (;;) {
    const ssize_t n = read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    bytes.append(buffer, static_cast<size_t>(n));
  }
  return bytes;
}

}  // namespace

ChildOutcome run_in_child(const std::function<std::optional<std::string>()>& body) {
  ChildOutcome outcome;
  std::fflush(nullptr);  // nothing buffered may be written twice
  int fds[2];
  if (pipe(fds) != 0) {
    outcome.error = std::string("pipe: ") + std::strerror(errno);
    return outcome;
  }
  const pid_t pid = fork();
  if (pid < 0) {
    outcome.error = std::string("fork: ") + std::strerror(errno);
    close(fds[0]);
    close(fds[1]);
    return outcome;
  }
  if (pid == 0) {
    close(fds[0]);
    const std::optional<std::string> result = body();
    const bool sent = result && write_all(fds[1], result->data(), result->size());
    close(fds[1]);
    std::fflush(nullptr);
    _exit(sent ? 0 : 1);
  }
  close(fds[1]);
  outcome.bytes = read_all(fds[0]);
  close(fds[0]);
  const int status = wait_for_exit(pid);
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
    outcome.ok = true;
  } else {
    outcome.bytes.clear();
    outcome.error = WIFSIGNALED(status) ? "the child process was killed by signal " +
                                              std::to_string(WTERMSIG(status))
                                        : std::string("the child process failed");
  }
  return outcome;
}

}  // namespace common
