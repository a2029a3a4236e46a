// SPDX-License-Identifier: Apache-2.0
// The time-travel controller (vhost/time_travel.h) against a scripted guest that speaks as
// User-Mode Linux's arch/um/kernel/time.c does in message mode: every message acknowledged with
// its sequence number, START's acknowledgement carrying two descriptors.

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>
#include <stdexcept>
#include <string>

#include "test_socket.h"
#include "time_travel.h"

namespace {

// The kernel header's values, written out here independently of vhost/time_travel.cc.
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

struct Message {
  uint32_t op;
  uint32_t seq;
  uint64_t time;
};

constexpr uint64_t kEpoch = 1'000'000'000'000;

std::string socket_path(const char* name) { return vhost_test::socket_path("clock", name); }

// The guest's side of the socket.
class Guest {
 public:
  explicit Guest(const std::string& path) : m_sock(vhost_test::connect_unix(path)) {}
  ~Guest() { close(m_sock); }

  void send(uint32_t op, uint64_t time, uint32_t seq) {
    const Message m{op, seq, time};
    ASSERT_EQ(write(m_sock, &m, sizeof m), static_cast<ssize_t>(sizeof m));
  }
  // Reads one message; `fds` receives the descriptors that came with it.
  Message receive(int* fds = nullptr, int* fd_count = nullptr) {
    Message m{};
    iovec iov{&m, sizeof m};
    alignas(cmsghdr) char control[CMSG_SPACE(4 * sizeof(int))];
    msghdr msg{};
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = control;
    msg.msg_controllen = sizeof control;
    EXPECT_EQ(recvmsg(m_sock, &msg, 0), static_cast<ssize_t>(sizeof m));
    int count = 0;
    for (cmsghdr* c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c)) {
      count = static_cast<int>((c->cmsg_len - CMSG_LEN(0)) / sizeof(int));
      if (fds) std::memcpy(fds, CMSG_DATA(c), count * sizeof(int));
    }
    if (fd_count) *fd_count = count;
    return m;
  }
  int fd() const { return m_sock; }

 private:
  int m_sock = -1;
};

class TimeTravelTest : public ::testing::Test {
 protected:
  TimeTravelTest()
      : path(socket_path(::testing::UnitTest::GetInstance()->current_test_info()->name())),
        clock(
            path, [this] { return now; }, kEpoch) {}

  // A request from the guest, answered by the controller.
  Message ask(Guest& guest, uint32_t op, uint64_t time) {
    guest.send(op, time, ++seq);
    EXPECT_TRUE(clock.service());
    const Message ack = guest.receive();
    EXPECT_EQ(ack.op, kAck);
    EXPECT_EQ(ack.seq, seq);
    return ack;
  }
  void start(Guest& guest) {
    EXPECT_TRUE(clock.service());  // accepts
    guest.send(kStart, UINT64_MAX, ++seq);
    EXPECT_TRUE(clock.service());
    int fds[4] = {-1, -1, -1, -1};
    int count = 0;
    const Message ack = guest.receive(fds, &count);
    EXPECT_EQ(ack.op, kAck);
    EXPECT_EQ(count, 2);  // UML maps and closes two descriptors whatever comes
    for (int i = 0; i < count; ++i) {
      struct stat st {};
      EXPECT_EQ(fstat(fds[i], &st), 0);
      close(fds[i]);
    }
  }

  std::string path;
  uint64_t now = 0;
  vhost::TimeTravelController clock;
  uint32_t seq = 0;
};

TEST_F(TimeTravelTest, AnswersTheGuestsRequestsOnTheControllersClock) {
  Guest guest(path);
  start(guest);
  EXPECT_TRUE(clock.started());
  now = 5000;
  EXPECT_EQ(ask(guest, kGetTod, 0).time, kEpoch + 5000);  // time of day: epoch + simulated time
  EXPECT_EQ(ask(guest, kGet, 0).time, 5000u);
  EXPECT_EQ(clock.guest_time(), 5000u);
  ask(guest, kUpdate, 7000);
  EXPECT_EQ(clock.guest_time(), 7000u);
  // The guest cannot go back: a GET while the controller is behind it answers the guest's time.
  EXPECT_EQ(ask(guest, kGet, 0).time, 7000u);
  ask(guest, kBroadcast, 42);
  ask(guest, kRequest, 9000);
  EXPECT_FALSE(clock.waiting());
  ask(guest, kWait, 0);
  EXPECT_TRUE(clock.waiting());
  EXPECT_EQ(clock.request(), 9000u);
  EXPECT_EQ(clock.messages(), 8u);
}

TEST_F(TimeTravelTest, RunAndFreeUntilWaitForTheirAcks) {
  Guest guest(path);
  start(guest);
  ask(guest, kRequest, 2000);
  ask(guest, kWait, 0);
  ASSERT_TRUE(clock.send_free_until(8000));
  EXPECT_TRUE(clock.awaiting_ack());
  EXPECT_THROW(clock.send_run(2000), std::logic_error);  // one message in flight at a time
  const Message free = guest.receive();
  EXPECT_EQ(free.op, kFreeUntil);
  EXPECT_EQ(free.time, 8000u);
  // The guest may send its own request before it acknowledges ours.
  ask(guest, kUpdate, 1500);
  EXPECT_TRUE(clock.awaiting_ack());
  guest.send(kAck, 0, free.seq);
  EXPECT_TRUE(clock.service());
  EXPECT_FALSE(clock.awaiting_ack());
  EXPECT_EQ(clock.free_until(), 8000u);
  ASSERT_TRUE(clock.send_run(2000));
  EXPECT_FALSE(clock.waiting());
  const Message run = guest.receive();
  EXPECT_EQ(run.op, kRun);
  EXPECT_EQ(run.time, 2000u);
  EXPECT_NE(run.seq, free.seq);
  guest.send(kAck, 0, run.seq);
  EXPECT_TRUE(clock.service());
  EXPECT_EQ(clock.runs(), 1u);
  // Waiting drops the free run, as UML does.
  ask(guest, kWait, 0);
  EXPECT_EQ(clock.free_until(), 0u);
}

TEST_F(TimeTravelTest, ProtocolErrorsCloseTheConnection) {
  {
    Guest guest(path);
    EXPECT_TRUE(clock.service());
    guest.send(kGet, 0, 1);  // before START
    EXPECT_FALSE(clock.service());
    EXPECT_NE(clock.error().find("GET before START"), std::string::npos) << clock.error();
  }
}

TEST_F(TimeTravelTest, AWrongAckIsAnError) {
  Guest guest(path);
  start(guest);
  ask(guest, kWait, 0);
  ASSERT_TRUE(clock.send_run(0));
  const Message run = guest.receive();
  guest.send(kAck, 0, run.seq + 5);
  EXPECT_FALSE(clock.service());
  EXPECT_NE(clock.error().find("acknowledged message"), std::string::npos) << clock.error();
}

TEST_F(TimeTravelTest, AHangUpIsNotAnError) {
  {
    Guest guest(path);
    start(guest);
  }
  EXPECT_FALSE(clock.service());
  EXPECT_TRUE(clock.closed());
  EXPECT_TRUE(clock.error().empty()) << clock.error();
}

TEST(TimeTravel, ASocketInUseIsRefused) {
  const std::string path = socket_path("in-use");
  vhost::TimeTravelController first(
      path, [] { return uint64_t{0}; }, 0);
  EXPECT_THROW(vhost::TimeTravelController(
                   path, [] { return uint64_t{0}; }, 0),
               std::runtime_error);
}

}  // namespace
