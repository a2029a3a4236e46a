// SPDX-License-Identifier: Apache-2.0
#include "unix_listener.h"

#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace vhost {

int listen_unix(const std::string& path) {
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  if (path.empty() || path.size() >= sizeof addr.sun_path) {
    throw std::runtime_error("socket path '" + path + "' is empty or longer than " +
                             std::to_string(sizeof addr.sun_path - 1) + " bytes");
  }
  std::memcpy(addr.sun_path, path.c_str(), path.size() + 1);
  const int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) throw std::runtime_error(std::string("socket: ") + std::strerror(errno));
  auto give_up = [&](const std::string& why) {
    close(fd);
    throw std::runtime_error(why);
  };
  auto bind_socket = [&] { return bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0; };
  if (!bind_socket()) {
    if (errno != EADDRINUSE) give_up("cannot bind " + path + ": " + std::strerror(errno));
    // In use, or left by a run that died: only a live listener accepts a connection.
    const int probe = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const bool live = connect(probe, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
    close(probe);
    struct stat st {};
    if (live || lstat(path.c_str(), &st) != 0 || !S_ISSOCK(st.st_mode)) {
      give_up("socket " + path + " is in use");
    }
    unlink(path.c_str());
    if (!bind_socket()) give_up("cannot bind " + path + ": " + std::strerror(errno));
  }
  if (listen(fd, 1) < 0) {
    unlink(path.c_str());
    give_up("cannot listen on " + path + ": " + std::strerror(errno));
  }
  return fd;
}

bool input_waiting(int fd) {
  pollfd p{fd, POLLIN, 0};
  int ready;
  do {
    ready = poll(&p, 1, 0);
  } while (ready < 0 && errno == EINTR);
  return ready > 0;
}

int accept_only_peer(int* listener, const std::string& path) {
  if (!input_waiting(*listener)) return -1;
  const int conn = accept4(*listener, nullptr, nullptr, SOCK_CLOEXEC);
  if (conn < 0) return -1;
  close(*listener);
  *listener = -1;
  unlink(path.c_str());
  return conn;
}

}  // namespace vhost
