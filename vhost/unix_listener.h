// SPDX-License-Identifier: Apache-2.0
// A Unix stream socket that waits for the one peer of a run (User-Mode Linux connects to it).

#pragma once

#include <string>

namespace vhost {

// Creates a socket listening at `path` and returns it. Throws std::runtime_error with a clear
// message when the path is in use (another run listens there) or cannot be bound; a stale socket
// file that nobody listens on is replaced.
int listen_unix(const std::string& path);

// Accepts the waiting peer of `listener`, if one waits, then closes the listener and removes its
// path: one peer per run, nobody else may connect. Returns the connection or -1; *listener is
// left untouched when nobody waits.
int accept_only_peer(int* listener, const std::string& path);

// Input (or a hang-up) waits on `fd`; never blocks.
bool input_waiting(int fd);

}  // namespace vhost
