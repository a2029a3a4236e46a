// SPDX-License-Identifier: Apache-2.0
// The vhost-user back end and the virt-pci codec against a scripted front end that speaks as
// User-Mode Linux's virtio_uml does: a Unix socket, a memfd as the guest's RAM, split rings.

#include <gtest/gtest.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>
#include <stdexcept>
#include <string>
#include <vector>

#include "test_socket.h"
#include "vhost_user.h"
#include "virt_pci.h"

namespace {

constexpr uint32_t kGetFeatures = 1, kSetMemTable = 5, kSetVringNum = 8, kSetVringAddr = 9,
                   kGetProtocolFeatures = 15, kSetVringEnable = 18, kSetSlaveReqFd = 21,
                   kVringKick = 35;
constexpr uint32_t kNeedReply = 0x8;
constexpr uint64_t kGuestBase = 0x400000;  // where the shared RAM starts, as UML's `reserved`
constexpr uint64_t kRamBytes = 1 << 20;
constexpr unsigned kRing = 8;

std::string socket_path(const char* name) { return vhost_test::socket_path("vhost", name); }

// The front end: the guest's RAM in a memfd, rings for two queues in it, messages on a socket.
class FrontEnd {
 public:
  explicit FrontEnd(const std::string& path) {
    m_sock = vhost_test::connect_unix(path);
    m_ram_fd = memfd_create("guest-ram", 0);
    if (ftruncate(m_ram_fd, kRamBytes) != 0) throw std::runtime_error("ftruncate");
    m_ram = static_cast<uint8_t*>(
        mmap(nullptr, kRamBytes, PROT_READ | PROT_WRITE, MAP_SHARED, m_ram_fd, 0));
  }
  ~FrontEnd() {
    munmap(m_ram, kRamBytes);
    close(m_ram_fd);
    close(m_sock);
    if (m_slave_peer >= 0) close(m_slave_peer);
  }

  void send(uint32_t request, uint32_t flags, const std::vector<uint8_t>& payload, int fd = -1) {
    std::vector<uint8_t> bytes(12 + payload.size());
    const uint32_t header[3] = {request, flags | 1, static_cast<uint32_t>(payload.size())};
    std::memcpy(bytes.data(), header, 12);
    if (!payload.empty()) std::memcpy(bytes.data() + 12, payload.data(), payload.size());
    iovec iov{bytes.data(), bytes.size()};
    msghdr msg{};
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))];
    if (fd >= 0) {
      msg.msg_control = control;
      msg.msg_controllen = sizeof control;
      cmsghdr* c = CMSG_FIRSTHDR(&msg);
      c->cmsg_level = SOL_SOCKET;
      c->cmsg_type = SCM_RIGHTS;
      c->cmsg_len = CMSG_LEN(sizeof(int));
      std::memcpy(CMSG_DATA(c), &fd, sizeof fd);
    }
    ASSERT_EQ(sendmsg(m_sock, &msg, 0), static_cast<ssize_t>(bytes.size()));
  }
  // A reply: {request, flags, u64}.
  void receive(uint32_t* request, uint32_t* flags, uint64_t* value) {
    uint8_t bytes[20];
    ASSERT_EQ(recv(m_sock, bytes, sizeof bytes, MSG_WAITALL), 20);
    std::memcpy(request, bytes, 4);
    std::memcpy(flags, bytes + 4, 4);
    std::memcpy(value, bytes + 12, 8);
  }

  static std::vector<uint8_t> u64(uint64_t v) {
    std::vector<uint8_t> p(8);
    std::memcpy(p.data(), &v, 8);
    return p;
  }
  static std::vector<uint8_t> words(std::initializer_list<uint64_t> values, bool u32 = false) {
    std::vector<uint8_t> p;
    for (uint64_t v : values) {
      const size_t at = p.size();
      p.resize(at + (u32 ? 4 : 8));
      std::memcpy(p.data() + at, &v, u32 ? 4 : 8);
    }
    return p;
  }

  // Memory table, slave socket, both rings (queue q at kGuestBase + q * 0x4000), enabled.
  void set_up(vhost::VhostUserServer& server) {
    std::vector<uint8_t> table = words({1, 0}, true);  // one region, padding
    for (uint64_t v : {kGuestBase, kRamBytes, kGuestBase, uint64_t{0}}) {
      const std::vector<uint8_t> w = u64(v);
      table.insert(table.end(), w.begin(), w.end());
    }
    send(kSetMemTable, 0, table, m_ram_fd);
    int pair[2];
    ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM, 0, pair), 0);
    send(kSetSlaveReqFd, 0, {}, pair[1]);
    close(pair[1]);
    m_slave_peer = pair[0];
    for (uint32_t q = 0; q < 2; ++q) {
      send(kSetVringNum, 0, words({q, kRing}, true));
      std::vector<uint8_t> addr = words({q, 0}, true);
      for (uint64_t v : {desc(q), used(q), avail(q), ~uint64_t{0}}) {
        const std::vector<uint8_t> w = u64(v);
        addr.insert(addr.end(), w.begin(), w.end());
      }
      send(kSetVringAddr, 0, addr);
      send(kSetVringEnable, 0, words({q, 1}, true));
    }
    service_until([&] { return server.ready(); }, server);
  }

  template <typename Done>
  void service_until(Done done, vhost::VhostUserServer& server) {
    for (int i = 0; i < 1000 && !done(); ++i) {
      server.service();
      usleep(1000);
    }
    ASSERT_TRUE(done());
  }

  static uint64_t desc(unsigned q) { return kGuestBase + q * 0x4000; }
  static uint64_t avail(unsigned q) { return desc(q) + 16 * kRing; }
  static uint64_t used(unsigned q) { return desc(q) + 0x1000; }
  uint8_t* at(uint64_t guest) { return m_ram + (guest - kGuestBase); }

  // Posts a chain of (guest address, length, device-writable) buffers on queue q.
  void post(unsigned q, const std::vector<std::tuple<uint64_t, uint32_t, bool>>& buffers) {
    for (size_t i = 0; i < buffers.size(); ++i) {
      uint8_t* d = at(desc(q)) + 16 * (m_next_desc[q] + i);
      const auto& [addr, len, writes] = buffers[i];
      const uint16_t flags = (i + 1 < buffers.size() ? 1 : 0) | (writes ? 2 : 0);
      const uint16_t next = static_cast<uint16_t>(m_next_desc[q] + i + 1);
      std::memcpy(d, &addr, 8);
      std::memcpy(d + 8, &len, 4);
      std::memcpy(d + 12, &flags, 2);
      std::memcpy(d + 14, &next, 2);
    }
    uint16_t idx;
    std::memcpy(&idx, at(avail(q)) + 2, 2);
    const uint16_t head = m_next_desc[q];
    std::memcpy(at(avail(q)) + 4 + 2 * (idx % kRing), &head, 2);
    ++idx;
    std::memcpy(at(avail(q)) + 2, &idx, 2);
    m_next_desc[q] = static_cast<uint16_t>(m_next_desc[q] + buffers.size());
  }
  uint16_t used_idx(unsigned q) {
    uint16_t idx;
    std::memcpy(&idx, at(used(q)) + 2, 2);
    return idx;
  }
  int slave() const { return m_slave_peer; }

 private:
  int m_sock = -1;
  int m_ram_fd = -1;
  int m_slave_peer = -1;
  uint8_t* m_ram = nullptr;
  uint16_t m_next_desc[2] = {0, 0};
};

TEST(VhostUser, RepliesAsVirtioUmlExpects) {
  const std::string path = socket_path("replies");
  vhost::VhostUserServer server(path);
  FrontEnd front(path);
  front.send(kGetFeatures, 0, {});
  server.service();  // accepts
  server.service();
  uint32_t request, flags;
  uint64_t value;
  front.receive(&request, &flags, &value);
  EXPECT_EQ(request, kGetFeatures);
  EXPECT_EQ(flags, 0x5u) << "REPLY | VERSION 1, exactly";
  EXPECT_EQ(value, (1ull << 30) | (1ull << 32)) << "protocol features and VERSION_1 only";
  front.send(kGetProtocolFeatures, 0, {});
  server.service();
  front.receive(&request, &flags, &value);
  EXPECT_EQ(value, (1ull << 3) | (1ull << 5) | (1ull << 14))
      << "REPLY_ACK, SLAVE_REQ, INBAND_NOTIFICATIONS";
  // A message asking for an ack gets one.
  front.send(kSetVringNum, kNeedReply, FrontEnd::words({0, 256}, true));
  server.service();
  front.receive(&request, &flags, &value);
  EXPECT_EQ(request, kSetVringNum);
  EXPECT_EQ(value, 0u);
}

TEST(VhostUser, RequestTravelsTheRingsAndComesBack) {
  const std::string path = socket_path("rings");
  vhost::VhostUserServer server(path);
  std::vector<unsigned> kicks;
  server.set_kick_handler([&](unsigned q) { kicks.push_back(q); });
  FrontEnd front(path);
  front.set_up(server);

  // CFG_READ of 4 bytes at 0: a 16-byte header out, 8 bytes in prefilled with ones.
  const uint64_t out = kGuestBase + 0x10000, in = out + 0x100;
  uint8_t header[16] = {1, 0, 0, 0, 4, 0, 0, 0};
  std::memcpy(front.at(out), header, 16);
  std::memset(front.at(in), 0xFF, 8);
  front.post(0, {{out, 16, false}, {in, 8, true}});
  front.send(kVringKick, kNeedReply, FrontEnd::words({0, 0}, true));
  front.service_until([&] { return !kicks.empty(); }, server);
  uint32_t request, flags;
  uint64_t value;
  front.receive(&request, &flags, &value);
  EXPECT_EQ(request, kVringKick) << "the kick is acked";

  std::optional<vhost::Chain> chain = server.queue(0).pop(server.memory());
  ASSERT_TRUE(chain);
  vhost::PciRequest r;
  std::string error;
  ASSERT_TRUE(vhost::decode_request(*chain, &r, &error)) << error;
  EXPECT_EQ(r.op, vhost::PciOp::kCfgRead);
  EXPECT_EQ(r.size, 4u);
  EXPECT_EQ(r.reply_size, 8u);
  const uint32_t ids = 0x1234ABCD;
  std::memcpy(r.reply, &ids, 4);
  server.queue(0).push(server.memory(), r.head, 4);
  EXPECT_EQ(front.used_idx(0), 1u);
  EXPECT_EQ(std::memcmp(front.at(in), &ids, 4), 0);
  EXPECT_FALSE(server.queue(0).pop(server.memory())) << "one chain posted, one taken";

  // An MSI into an irq buffer, then the call on the slave socket.
  const uint64_t irq = out + 0x200;
  front.post(1, {{irq, 20, true}});
  std::optional<vhost::Chain> irq_chain = server.queue(1).pop(server.memory());
  ASSERT_TRUE(irq_chain);
  const uint32_t written = vhost::encode_msi(irq_chain->buffers[0].data, 20, 0xA0000, 42);
  EXPECT_EQ(written, 20u);
  server.queue(1).push(server.memory(), irq_chain->head, written);
  ASSERT_TRUE(server.notify(1));
  uint8_t call[20];
  ASSERT_EQ(recv(front.slave(), call, sizeof call, MSG_WAITALL), 20);
  uint32_t call_words[5];
  std::memcpy(call_words, call, 20);
  EXPECT_EQ(call_words[0], 4u) << "SLAVE_VRING_CALL";
  EXPECT_EQ(call_words[3], 1u) << "queue 1";
  EXPECT_EQ(front.at(irq)[0], 7) << "VIRTIO_PCIDEV_OP_MSI";
  uint32_t data;
  std::memcpy(&data, front.at(irq) + 16, 4);
  EXPECT_EQ(data, 42u);
}

TEST(VhostUser, BrokenChainDropsTheFrontEnd) {
  const std::string path = socket_path("broken");
  vhost::VhostUserServer server(path);
  server.set_kick_handler([&](unsigned q) { server.queue(q).pop(server.memory()); });
  FrontEnd front(path);
  front.set_up(server);
  front.post(0, {{0x10, 16, false}});  // below the shared RAM
  front.send(kVringKick, 0, FrontEnd::words({0, 0}, true));
  front.service_until([&] { return server.closed(); }, server);
  EXPECT_NE(server.error().find("outside the shared memory"), std::string::npos) << server.error();
}

TEST(VhostUser, SocketInUseIsRefusedAndAStaleOneReplaced) {
  const std::string path = socket_path("inuse");
  {
    vhost::VhostUserServer first(path);
    try {
      vhost::VhostUserServer second(path);
      FAIL() << "a second server on a live socket";
    } catch (const std::runtime_error& e) {
      EXPECT_NE(std::string(e.what()).find("in use"), std::string::npos) << e.what();
    }
  }
  // A socket file nobody listens on (a run that was killed) is taken over.
  const int stale = socket(AF_UNIX, SOCK_STREAM, 0);
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  std::strcpy(addr.sun_path, path.c_str());
  ASSERT_EQ(bind(stale, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
  close(stale);
  EXPECT_NO_THROW(vhost::VhostUserServer again(path));
}

TEST(VirtPci, DecodesLinuxRequestsAndRefusesBrokenOnes) {
  std::vector<uint8_t> bytes(24, 0);
  auto chain_of = [&](std::vector<uint8_t>& b, uint8_t* in, uint32_t in_size) {
    vhost::Chain c;
    c.buffers.push_back({b.data(), static_cast<uint32_t>(b.size()), false});
    if (in) c.buffers.push_back({in, in_size, true});
    return c;
  };
  vhost::PciRequest r;
  std::string error;
  // CFG_WRITE of 2 bytes: header + data[8].
  bytes[0] = 2;
  bytes[4] = 2;
  bytes[8] = 0x04;
  bytes[16] = 0x06;
  ASSERT_TRUE(vhost::decode_request(chain_of(bytes, nullptr, 0), &r, &error)) << error;
  EXPECT_EQ(r.op, vhost::PciOp::kCfgWrite);
  EXPECT_EQ(r.addr, 4u);
  EXPECT_EQ(r.data, (std::vector<uint8_t>{0x06, 0x00}));
  // 6.12's memset_io: op CFG_WRITE, 17 bytes, size = the bytes to fill.
  std::vector<uint8_t> memset(17, 0);
  memset[0] = 2;
  memset[4] = 64;
  memset[16] = 0xAB;
  ASSERT_TRUE(vhost::decode_request(chain_of(memset, nullptr, 0), &r, &error)) << error;
  EXPECT_EQ(r.op, vhost::PciOp::kMmioMemset);
  EXPECT_EQ(r.size, 64u);
  EXPECT_EQ(r.data, std::vector<uint8_t>{0xAB});
  // A read without room for its answer, a header cut short, an op no driver sends.
  std::vector<uint8_t> read(16, 0);
  read[0] = 3;
  read[4] = 8;
  uint8_t small[4];
  EXPECT_FALSE(vhost::decode_request(chain_of(read, small, 4), &r, &error));
  std::vector<uint8_t> cut(10, 0);
  EXPECT_FALSE(vhost::decode_request(chain_of(cut, nullptr, 0), &r, &error));
  read[0] = 7;  // MSI goes the other way
  EXPECT_FALSE(vhost::decode_request(chain_of(read, small, 4), &r, &error));
}

}  // namespace
