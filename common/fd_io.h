// SPDX-License-Identifier: Apache-2.0
// The POSIX loops every caller gets wrong once: writes that stop part-way, and calls that a
// signal interrupts (EINTR).

#pragma once

#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstddef>

namespace common {

// Writes all `size` bytes. False on failure, with errno set (ENOSPC if write() made no progress).
inline bool write_all(int fd, const void* data, size_t size) {
  const char* bytes = static_cast<const char*>(data);
  while (size > 0) {
    const ssize_t n = write(fd, bytes, size);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return false;
    if (n == 0) {
      errno = ENOSPC;
      return false;
    }
    bytes += n;
    size -= static_cast<size_t>(n);
  }
  return true;
}

// Waits for child `pid` to end and returns its wait status.
inline int wait_for_exit(pid_t pid) {
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  return status;
}

}  // namespace common
