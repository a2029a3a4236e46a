// SPDX-License-Identifier: Apache-2.0
// The back-end (device) side of vhost-user over a Unix socket, as User-Mode Linux's virtio_uml
// speaks it (docs/linux.md, "The device side"): feature negotiation, the shared memory table,
// split virtqueues, in-band notifications both ways (VRING_KICK from the front end,
// SLAVE_VRING_CALL to it). Plain C++, single-threaded and non-blocking between messages: the
// caller polls fds() and calls service().

#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "guest_memory.h"
#include "virtqueue.h"

namespace vhost {

class VhostUserServer {
 public:
  static constexpr unsigned kMaxQueues = 2;

  // Creates the socket and listens on it. Throws std::runtime_error with a clear message when
  // the path is in use (another run listens there) or cannot be bound; a stale socket file
  // that nobody listens on is replaced.
  explicit VhostUserServer(const std::string& socket_path);
  ~VhostUserServer();
  VhostUserServer(const VhostUserServer&) = delete;
  VhostUserServer& operator=(const VhostUserServer&) = delete;

  const std::string& socket_path() const { return m_path; }
  // Called for every VRING_KICK (in-band notification) of queue `index`, before its ack.
  void set_kick_handler(std::function<void(unsigned index)> handler) {
    m_on_kick = std::move(handler);
  }

  // The descriptors to poll for input: the listening socket until a front end connects, then
  // the connection.
  int poll_fd() const { return m_conn >= 0 ? m_conn : m_listen; }
  // Accepts a waiting front end, or reads and handles every message already waiting. Never
  // blocks for the next message. Returns false once the front end has gone (hang-up or a
  // protocol error: error() says which); the server then stays closed.
  bool service();
  bool connected() const { return m_conn >= 0; }
  bool closed() const { return m_closed; }
  const std::string& error() const { return m_error; }

  // Both rings set up and enabled, memory mapped.
  bool ready() const;
  Virtqueue& queue(unsigned index) { return m_queues.at(index); }
  const GuestMemory& memory() const { return m_memory; }
  // Device-to-driver notification of queue `index` (SLAVE_VRING_CALL). False if it could not
  // be sent. With `need_reply` the front end answers once it has taken the interrupt (under
  // an external clock it must first ask the clock for the time): read_replies() collects it.
  bool notify(unsigned index, bool need_reply = false);
  // Notifications sent with need_reply and not answered yet.
  unsigned replies_due() const { return m_replies_due; }
  // The front end's end of the notification channel (-1 before SET_SLAVE_REQ_FD).
  int notification_fd() const { return m_slave; }
  // Reads the replies waiting on the notification channel; never blocks. False once the
  // channel has failed (error() says why).
  bool read_replies();

  // Message counts, for logs.
  uint64_t messages() const { return m_messages; }
  uint64_t kicks() const { return m_kicks; }
  uint64_t calls() const { return m_calls; }

 private:
  struct Message {
    uint32_t request = 0;
    uint32_t flags = 0;
    std::vector<uint8_t> payload;
    std::vector<int> fds;
  };

  bool read_message(Message* message);
  void handle(Message& message);
  void reply(const Message& request, const void* payload, uint32_t size);
  void reply_u64(const Message& request, uint64_t value) { reply(request, &value, 8); }
  void fail(const std::string& why);
  void close_connection();

  std::string m_path;
  int m_listen = -1;
  int m_conn = -1;
  int m_slave = -1;  // the front end's end of SET_SLAVE_REQ_FD
  bool m_closed = false;
  std::string m_error;
  uint64_t m_protocol_features = 0;
  GuestMemory m_memory;
  std::array<Virtqueue, kMaxQueues> m_queues;
  std::function<void(unsigned)> m_on_kick;
  uint64_t m_messages = 0;
  uint64_t m_kicks = 0;
  uint64_t m_calls = 0;
  unsigned m_replies_due = 0;
};

}  // namespace vhost
