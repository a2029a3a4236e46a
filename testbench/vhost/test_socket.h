// SPDX-License-Identifier: Apache-2.0
// The guest's end of a Unix socket, for the scripted front ends of the vhost tests.

#pragma once

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>
#include <stdexcept>
#include <string>

namespace vhost_test {

// A socket path of this process's own: `kind` and `name` tell the tests apart.
inline std::string socket_path(const char* kind, const std::string& name) {
  return "/tmp/nvme-cosim-" + std::string(kind) + "-test-" + std::to_string(getpid()) + "-" + name +
         ".sock";
}

// Connects to the listener at `path`, as UML does; throws if nobody listens.
inline int connect_unix(const std::string& path) {
  const int sock = socket(AF_UNIX, SOCK_STREAM, 0);
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  std::strncpy(addr.sun_path, path.c_str(), sizeof addr.sun_path - 1);
  if (connect(sock, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    close(sock);
    throw std::runtime_error("connect " + path);
  }
  return sock;
}

}  // namespace vhost_test
