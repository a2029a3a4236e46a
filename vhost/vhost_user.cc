// SPDX-License-Identifier: Apache-2.0
#include "vhost_user.h"

#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

#include "fd_io.h"
#include "unix_listener.h"

namespace vhost {

namespace {

// The vhost-user protocol (QEMU's docs/interop/vhost-user.rst; the subset virtio_uml uses).
enum Request : uint32_t {
  kGetFeatures = 1,
  kSetFeatures = 2,
  kSetOwner = 3,
  kResetOwner = 4,
  kSetMemTable = 5,
  kSetVringNum = 8,
  kSetVringAddr = 9,
  kSetVringBase = 10,
  kGetVringBase = 11,
  kSetVringKick = 12,
  kSetVringCall = 13,
  kSetVringErr = 14,
  kGetProtocolFeatures = 15,
  kSetProtocolFeatures = 16,
  kGetQueueNum = 17,
  kSetVringEnable = 18,
  kSetSlaveReqFd = 21,
  kVringKick = 35,
};
constexpr uint32_t kSlaveVringCall = 4;

constexpr uint32_t kVersion = 1;
constexpr uint32_t kFlagReply = 1u << 2;
constexpr uint32_t kFlagNeedReply = 1u << 3;
constexpr unsigned kHeaderBytes = 12;
constexpr uint32_t kMaxPayload = 4096;
constexpr unsigned kMaxFds = 8;

constexpr uint64_t kFeatureProtocolFeatures = 1ull << 30;
constexpr uint64_t kFeatureVersion1 = 1ull << 32;
// REPLY_ACK (3): acks when asked; SLAVE_REQ (5): our notifications on a socket of their own;
// INBAND_NOTIFICATIONS (14): kicks and calls as messages, no eventfds.
constexpr uint64_t kProtocolFeatures = (1ull << 3) | (1ull << 5) | (1ull << 14);

uint32_t u32_at(const std::vector<uint8_t>& p, size_t at) {
  uint32_t v = 0;
  if (at + 4 <= p.size()) std::memcpy(&v, p.data() + at, 4);
  return v;
}

uint64_t u64_at(const std::vector<uint8_t>& p, size_t at) {
  uint64_t v = 0;
  if (at + 8 <= p.size()) std::memcpy(&v, p.data() + at, 8);
  return v;
}

void close_fds(const std::vector<int>& fds) {
  for (int fd : fds) close(fd);
}

}  // namespace

VhostUserServer::VhostUserServer(const std::string& socket_path)
    : m_path(socket_path), m_listen(listen_unix(socket_path)) {}

VhostUserServer::~VhostUserServer() {
  close_connection();
  if (m_listen >= 0) {
    close(m_listen);
    unlink(m_path.c_str());
  }
}

void VhostUserServer::close_connection() {
  if (m_conn >= 0) close(m_conn);
  if (m_slave >= 0) close(m_slave);
  m_conn = m_slave = -1;
  m_replies_due = 0;
  m_memory.clear();
  for (Virtqueue& q : m_queues) q.set_enabled(false);
}

void VhostUserServer::fail(const std::string& why) {
  if (m_error.empty()) m_error = why;
  close_connection();
  m_closed = true;
}

bool VhostUserServer::ready() const {
  if (m_conn < 0 || m_memory.regions().empty()) return false;
  for (const Virtqueue& q : m_queues) {
    if (!q.enabled()) return false;
  }
  return true;
}

bool VhostUserServer::service() {
  if (m_closed) return false;
  if (m_conn < 0) {
    m_conn = accept_only_peer(&m_listen, m_path);
    if (m_conn < 0) return true;
  }
  while (input_waiting(m_conn)) {
    Message message;
    if (!read_message(&message)) return false;
    try {
      handle(message);
    } catch (const ProtocolError& e) {
      fail(e.what());
    }
    close_fds(message.fds);
    if (m_closed) return false;
  }
  return true;
}

// A whole message: the front end sends header, payload and descriptors in one sendmsg, so once
// the first byte is there the rest follows at once (a blocking read of it is safe).
bool VhostUserServer::read_message(Message* message) {
  uint8_t header[kHeaderBytes];
  size_t got = 0;
  while (got < kHeaderBytes) {
    iovec iov{header + got, kHeaderBytes - got};
    alignas(cmsghdr) char control[CMSG_SPACE(kMaxFds * sizeof(int))];
    msghdr msg{};
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = control;
    msg.msg_controllen = sizeof control;
    const ssize_t n = recvmsg(m_conn, &msg, MSG_CMSG_CLOEXEC);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      fail(n == 0 ? "the front end closed the connection"
                  : std::string("vhost-user socket: ") + std::strerror(errno));
      return false;
    }
    for (cmsghdr* c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c)) {
      if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS) continue;
      const size_t count = (c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
      for (size_t i = 0; i < count; ++i) {
        int fd;
        std::memcpy(&fd, CMSG_DATA(c) + i * sizeof(int), sizeof fd);
        message->fds.push_back(fd);
      }
    }
    got += static_cast<size_t>(n);
  }
  std::memcpy(&message->request, header, 4);
  std::memcpy(&message->flags, header + 4, 4);
  uint32_t size;
  std::memcpy(&size, header + 8, 4);
  if (size > kMaxPayload) {
    fail("vhost-user message " + std::to_string(message->request) + " with a payload of " +
         std::to_string(size) + " bytes");
    close_fds(message->fds);
    return false;
  }
  message->payload.resize(size);
  got = 0;
  while (got < size) {
    const ssize_t n = read(m_conn, message->payload.data() + got, size - got);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      fail("the front end closed the connection inside a message");
      close_fds(message->fds);
      return false;
    }
    got += static_cast<size_t>(n);
  }
  ++m_messages;
  return true;
}

void VhostUserServer::reply(const Message& request, const void* payload, uint32_t size) {
  uint8_t bytes[kHeaderBytes + 64];
  const uint32_t flags = kVersion | kFlagReply;  // virtio_uml insists on exactly these
  std::memcpy(bytes, &request.request, 4);
  std::memcpy(bytes + 4, &flags, 4);
  std::memcpy(bytes + 8, &size, 4);
  std::memcpy(bytes + kHeaderBytes, payload, size);
  if (!common::write_all(m_conn, bytes, kHeaderBytes + size)) {
    fail(std::string("vhost-user reply: ") + std::strerror(errno));
  }
}

void VhostUserServer::handle(Message& m) {
  const std::vector<uint8_t>& p = m.payload;
  bool replied = false;
  auto queue_at = [&](size_t offset) -> Virtqueue& {
    const uint32_t index = u32_at(p, offset) & 0xFF;
    if (index >= kMaxQueues) throw ProtocolError("virtqueue index " + std::to_string(index));
    return m_queues[index];
  };
  switch (m.request) {
    case kGetFeatures:
      reply_u64(m, kFeatureProtocolFeatures | kFeatureVersion1);
      replied = true;
      break;
    case kSetFeatures:
    case kSetOwner:
    case kResetOwner:
      break;
    case kGetProtocolFeatures:
      reply_u64(m, kProtocolFeatures);
      replied = true;
      break;
    case kSetProtocolFeatures:
      m_protocol_features = u64_at(p, 0) & kProtocolFeatures;
      break;
    case kGetQueueNum:
      reply_u64(m, kMaxQueues);
      replied = true;
      break;
    case kSetSlaveReqFd:
      if (m.fds.size() != 1) throw ProtocolError("SET_SLAVE_REQ_FD without one descriptor");
      if (m_slave >= 0) close(m_slave);
      m_slave = m.fds[0];
      m.fds.clear();
      break;
    case kSetMemTable: {
      // u32 count, u32 padding, then {guest_addr, size, user_addr, mmap_offset} per region,
      // one descriptor each.
      const uint32_t count = u32_at(p, 0);
      if (count == 0 || count != m.fds.size() || p.size() < 8 + 32ull * count) {
        throw ProtocolError("SET_MEM_TABLE with " + std::to_string(count) + " regions and " +
                            std::to_string(m.fds.size()) + " descriptors");
      }
      m_memory.clear();
      for (uint32_t i = 0; i < count; ++i) {
        const size_t at = 8 + 32ull * i;
        if (!m_memory.add(m.fds[i], u64_at(p, at), u64_at(p, at + 8), u64_at(p, at + 16),
                          u64_at(p, at + 24))) {
          throw ProtocolError(std::string("cannot map the front end's memory: ") +
                              std::strerror(errno));
        }
      }
      break;
    }
    case kSetVringNum:
      queue_at(0).set_size(u32_at(p, 4));
      break;
    case kSetVringBase:
      queue_at(0).set_base(static_cast<uint16_t>(u32_at(p, 4)));
      break;
    case kGetVringBase: {
      Virtqueue& q = queue_at(0);
      q.set_enabled(false);
      const uint32_t state[2] = {u32_at(p, 0), q.base()};
      reply(m, state, sizeof state);
      replied = true;
      break;
    }
    case kSetVringAddr:
      // u32 index, u32 flags, u64 desc, used, avail, log.
      queue_at(0).set_addresses(u64_at(p, 8), u64_at(p, 24), u64_at(p, 16));
      break;
    case kSetVringEnable:
      queue_at(0).set_enabled(u32_at(p, 4) != 0);
      break;
    case kSetVringKick:
    case kSetVringCall:
    case kSetVringErr:
      // Not sent with in-band notifications; an eventfd given anyway is not used.
      break;
    case kVringKick: {
      const unsigned index = u32_at(p, 0) & 0xFF;
      if (index >= kMaxQueues) throw ProtocolError("kick of virtqueue " + std::to_string(index));
      ++m_kicks;
      // The handler runs before the ack: under an external clock it must first tell the front
      // end how far it may run (docs/linux.md, "One time base"). The front end polls for our
      // answer only after the ack.
      if (m_on_kick) m_on_kick(index);
      break;
    }
    default:
      throw ProtocolError("unsupported vhost-user request " + std::to_string(m.request));
  }
  if (!replied && (m.flags & kFlagNeedReply) && !m_closed) reply_u64(m, 0);
}

bool VhostUserServer::notify(unsigned index, bool need_reply) {
  if (m_slave < 0) return false;
  uint8_t bytes[kHeaderBytes + 8];
  const uint32_t header[3] = {kSlaveVringCall, kVersion | (need_reply ? kFlagNeedReply : 0), 8};
  const uint32_t state[2] = {index, 0};
  std::memcpy(bytes, header, sizeof header);
  std::memcpy(bytes + kHeaderBytes, state, sizeof state);
  if (!common::write_all(m_slave, bytes, sizeof bytes)) return false;
  ++m_calls;
  if (need_reply) ++m_replies_due;
  return true;
}

// Each reply is a header and a u64 status, sent in one write: once its first byte is there the
// rest follows at once.
bool VhostUserServer::read_replies() {
  while (m_replies_due > 0 && m_slave >= 0) {
    if (!input_waiting(m_slave)) return true;
    uint8_t bytes[kHeaderBytes + 8];
    size_t got = 0;
    while (got < sizeof bytes) {
      const ssize_t n = read(m_slave, bytes + got, sizeof bytes - got);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        fail("the front end closed its notification channel");
        return false;
      }
      got += static_cast<size_t>(n);
    }
    uint32_t header[3];
    std::memcpy(header, bytes, sizeof header);
    if (header[0] != kSlaveVringCall || !(header[1] & kFlagReply) || header[2] != 8) {
      fail("unexpected message " + std::to_string(header[0]) + " on the notification channel");
      return false;
    }
    --m_replies_due;
  }
  return m_slave >= 0;
}

}  // namespace vhost
