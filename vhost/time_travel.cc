// SPDX-License-Identifier: Apache-2.0
#include "time_travel.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

#include "fd_io.h"
#include "unix_listener.h"

namespace vhost {

namespace {

// include/uapi/linux/um_timetravel.h
enum Op : uint32_t {
  kAck = 0,
  kStart = 1,
  kRequest = 2,
  kWait = 3,
  kGet = 4,
  kUpdate = 5,
  kRun = 6,
  kFreeUntil = 7,
  kGetTod = 8,
  kBroadcast = 9,
};

const char* op_name(uint32_t op) {
  static const char* const kNames[] = {"ACK",    "START", "REQUEST",    "WAIT",    "GET",
                                       "UPDATE", "RUN",   "FREE_UNTIL", "GET_TOD", "BROADCAST"};
  return op < sizeof kNames / sizeof kNames[0] ? kNames[op] : "unknown";
}

}  // namespace

// struct um_timetravel_msg: 16 bytes, no padding.
struct TimeTravelController::Message {
  uint32_t op;
  uint32_t seq;
  uint64_t time;
};

TimeTravelController::TimeTravelController(const std::string& socket_path,
                                           std::function<uint64_t()> now, uint64_t epoch_ns)
    : m_path(socket_path),
      m_listen(listen_unix(socket_path)),
      m_now(std::move(now)),
      m_epoch_ns(epoch_ns) {}

TimeTravelController::~TimeTravelController() {
  if (m_conn >= 0) close(m_conn);
  if (m_listen >= 0) {
    close(m_listen);
    unlink(m_path.c_str());
  }
}

void TimeTravelController::fail(const std::string& why) {
  if (m_error.empty()) m_error = why;
  if (m_conn >= 0) close(m_conn);
  m_conn = -1;
  m_closed = true;
}

bool TimeTravelController::service() {
  if (m_closed) return false;
  if (m_conn < 0) {
    m_conn = accept_only_peer(&m_listen, m_path);
    if (m_conn < 0) return true;
  }
  while (input_waiting(m_conn)) {
    // UML writes each message whole: once its first byte is here the rest follows at once.
    Message message{};
    size_t got = 0;
    while (got < sizeof message) {
      const ssize_t n = read(m_conn, reinterpret_cast<char*>(&message) + got, sizeof message - got);
      if (n < 0 && errno == EINTR) continue;
      if (n == 0 && got == 0) {  // the guest has ended: a hang-up, not an error
        close(m_conn);
        m_conn = -1;
        m_closed = true;
        return false;
      }
      if (n <= 0) {
        fail(n == 0 ? "the guest closed its clock socket inside a message"
                    : std::string("clock socket: ") + std::strerror(errno));
        return false;
      }
      got += static_cast<size_t>(n);
    }
    ++m_messages;
    handle(message);
    if (m_closed) return false;
  }
  return true;
}

void TimeTravelController::handle(const Message& m) {
  if (m.op == kAck) {
    if (m_ack_due == 0 || m.seq != m_ack_due) {
      fail("the guest acknowledged message " + std::to_string(m.seq) + ", expected " +
           std::to_string(m_ack_due));
      return;
    }
    m_ack_due = 0;
    return;
  }
  if (m.op != kStart && !m_started) {
    fail(std::string("the guest sent ") + op_name(m.op) + " before START");
    return;
  }
  switch (m.op) {
    case kStart:
      if (m_started) return fail("the guest sent START twice");
      m_started = true;
      ack_start(m);
      break;
    case kGetTod:
      ack(m, m_epoch_ns + m_now());
      break;
    case kGet: {
      // Never earlier than the guest's own time: it cannot go back.
      const uint64_t now = std::max(m_now(), m_guest_time);
      m_guest_time = now;
      ack(m, now);
      break;
    }
    case kUpdate:
      m_guest_time = std::max(m_guest_time, m.time);
      ack(m, 0);
      break;
    case kRequest:
      m_request = m.time;
      ack(m, 0);
      break;
    case kWait:
      m_waiting = true;
      m_free_until = 0;  // the guest forgets it when it waits
      ack(m, 0);
      break;
    case kBroadcast:  // one guest: nobody to pass it on to
      ack(m, 0);
      break;
    default:
      fail(std::string("unexpected time-travel message ") + op_name(m.op) + " (" +
           std::to_string(m.op) + ") from the guest");
      break;
  }
}

void TimeTravelController::ack(const Message& m, uint64_t time) {
  const Message reply{kAck, m.seq, time};
  if (!common::write_all(m_conn, &reply, sizeof reply)) {
    fail(std::string("clock socket: ") + std::strerror(errno));
  }
}

// START's ACK must carry two descriptors: UML takes whatever its buffer held as descriptors
// when none come, and maps and closes them. A zeroed page is a shared-memory scheduler of an
// unknown version, so UML stays in message mode; the second (its log) is /dev/null.
void TimeTravelController::ack_start(const Message& m) {
  const int page = memfd_create("nvme-cosim-clock", MFD_CLOEXEC);
  const int log = open("/dev/null", O_WRONLY | O_CLOEXEC);
  if (page < 0 || log < 0 || ftruncate(page, 4096) != 0) {
    if (page >= 0) close(page);
    if (log >= 0) close(log);
    return fail(std::string("clock: no descriptors for START's reply: ") + std::strerror(errno));
  }
  const Message reply{kAck, m.seq, 0};
  iovec iov{const_cast<Message*>(&reply), sizeof reply};
  alignas(cmsghdr) char control[CMSG_SPACE(2 * sizeof(int))] = {};
  msghdr msg{};
  msg.msg_iov = &iov;
  msg.msg_iovlen = 1;
  msg.msg_control = control;
  msg.msg_controllen = sizeof control;
  cmsghdr* c = CMSG_FIRSTHDR(&msg);
  c->cmsg_level = SOL_SOCKET;
  c->cmsg_type = SCM_RIGHTS;
  c->cmsg_len = CMSG_LEN(2 * sizeof(int));
  const int fds[2] = {page, log};
  std::memcpy(CMSG_DATA(c), fds, sizeof fds);
  ssize_t n;
  do {
    n = sendmsg(m_conn, &msg, MSG_NOSIGNAL);
  } while (n < 0 && errno == EINTR);
  close(page);
  close(log);
  if (n != static_cast<ssize_t>(sizeof reply)) {
    fail(std::string("clock socket: ") + std::strerror(errno));
  }
}

bool TimeTravelController::send(uint32_t op, uint64_t time) {
  if (m_conn < 0 || !m_started) return false;
  if (m_ack_due != 0) {
    throw std::logic_error(std::string("time travel: ") + op_name(op) + " sent before the ACK of " +
                           std::to_string(m_ack_due));
  }
  if (++m_seq == 0) ++m_seq;  // 0 means "nothing due"
  const Message message{op, m_seq, time};
  if (!common::write_all(m_conn, &message, sizeof message)) {
    fail(std::string("clock socket: ") + std::strerror(errno));
    return false;
  }
  m_ack_due = m_seq;
  return true;
}

bool TimeTravelController::send_free_until(uint64_t time) {
  if (!send(kFreeUntil, time)) return false;
  m_free_until = time;
  return true;
}

bool TimeTravelController::send_run(uint64_t time) {
  if (!send(kRun, time)) return false;
  m_waiting = false;
  m_guest_time = std::max(m_guest_time, time);
  ++m_runs;
  return true;
}

}  // namespace vhost
