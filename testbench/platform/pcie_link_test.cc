// SPDX-License-Identifier: Apache-2.0
// PcieLink: arrival = start + wire bytes / bandwidth + latency; serialisation per direction.

#include <gtest/gtest.h>

#include <cmath>

#include "platform_test_util.h"

namespace cosim::test {
namespace {

// A MWr32 with `dws` payload DWs: (3 + dws) * 4 bytes of TLP.
pcie::Tlp write_tlp(unsigned dws, uint64_t addr = 0x1000) {
  return pcie::mem_wr(0x0100, addr, std::vector<uint32_t>(dws, 0x5A5A5A5A));
}

struct LinkBench {
  explicit LinkBench(sc_core::sc_time latency = ns(300),
                     double bandwidth = PcieLink::kGen3x4BytesPerNs)
      : link("link", latency, bandwidth) {
    link.bind_downstream(device);
    link.bind_upstream(host);
  }
  PcieLink link;
  RecordingSink device;
  RecordingSink host;
};

TEST(PcieLink, TlpArrivesAfterSerializationAndLatency) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  // 2 bytes/ns: a MWr32 with 16 DWs is 76 bytes + 24 bytes of overhead = 100 bytes = 50 ns.
  LinkBench bench(ns(100), 2.0);
  EXPECT_EQ(bench.link.wire_bytes(write_tlp(16)), 100u);
  TestThread thread("thread", [&] {
    wait(ns(10));
    bench.link.send_downstream(write_tlp(16));
  });
  sc_core::sc_start();
  ASSERT_EQ(bench.device.received.size(), 1u);
  EXPECT_EQ(bench.device.received[0].time, ns(10 + 50 + 100));
  EXPECT_EQ(bench.device.received[0].tlp, write_tlp(16));
}

TEST(PcieLink, DefaultIsGen3x4WithThreeHundredNanosecondLatency) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  LinkBench bench;  // the defaults
  EXPECT_NEAR(PcieLink::kGen3x4BytesPerNs, 3.9385, 1e-4);
  EXPECT_EQ(bench.link.latency(LinkDirection::kDownstream), ns(300));
  EXPECT_EQ(bench.link.latency(LinkDirection::kUpstream), ns(300));
  // 3-DW header + 32 DWs = 140 bytes, + 24 = 164 bytes: 41.641 ns at 3.938 bytes/ns.
  const pcie::Tlp tlp = write_tlp(32);
  const unsigned bytes = bench.link.wire_bytes(tlp);
  EXPECT_EQ(bytes, 164u);
  const sc_core::sc_time wire = ps(static_cast<double>(std::llround(bytes * 1000.0 / 3.938461538)));
  EXPECT_EQ(bench.link.serialization_time(LinkDirection::kUpstream, bytes), wire);
  EXPECT_EQ(wire, ps(41641));
  TestThread thread("thread", [&] { bench.link.send_upstream(tlp); });
  sc_core::sc_start();
  ASSERT_EQ(bench.host.received.size(), 1u);
  EXPECT_EQ(bench.host.received[0].time, wire + ns(300));
}

TEST(PcieLink, BackToBackTlpsSerialize) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  LinkBench bench(ns(100), 1.0);  // 1 byte/ns: a MWr32 with 1 DW is 16 + 24 = 40 ns
  TestThread thread("thread", [&] {
    for (unsigned i = 0; i < 3; ++i) bench.link.send_downstream(write_tlp(1, 0x1000 + 4 * i));
    wait(ns(200));  // the link is idle again: the next one starts at once
    bench.link.send_downstream(write_tlp(1, 0x2000));
  });
  sc_core::sc_start();
  ASSERT_EQ(bench.device.received.size(), 4u);
  EXPECT_EQ(bench.device.received[0].time, ns(140));
  EXPECT_EQ(bench.device.received[1].time, ns(180));
  EXPECT_EQ(bench.device.received[2].time, ns(220));
  EXPECT_EQ(bench.device.received[3].time, ns(340));
  for (unsigned i = 0; i < 3; ++i) {
    EXPECT_EQ(bench.device.received[i].tlp.address(), 0x1000u + 4 * i) << "order kept";
  }
}

TEST(PcieLink, DirectionsAreIndependent) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  LinkBench bench(ns(100), 1.0);
  bench.link.set_latency(LinkDirection::kUpstream, ns(500));
  bench.link.set_bandwidth(LinkDirection::kUpstream, 4.0);
  TestThread thread("thread", [&] {
    // Fill downstream for 10 x 40 ns; upstream does not wait for it.
    for (unsigned i = 0; i < 10; ++i) bench.link.send_downstream(write_tlp(1));
    bench.link.send_upstream(write_tlp(1));  // 40 bytes at 4 bytes/ns = 10 ns
  });
  sc_core::sc_start();
  ASSERT_EQ(bench.host.received.size(), 1u);
  EXPECT_EQ(bench.host.received[0].time, ns(510));
  ASSERT_EQ(bench.device.received.size(), 10u);
  EXPECT_EQ(bench.device.received.back().time, ns(500));
}

TEST(PcieLink, CountsTlpsBytesAndBusyTime) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  LinkBench bench(ns(100), 2.0);
  TestThread thread("thread", [&] {
    bench.link.send_downstream(write_tlp(16));                      // 100 bytes, 64 payload
    bench.link.send_downstream(pcie::cfg_rd0(0, 1, 0x0100, 0x10));  // 12 + 24 = 36 bytes
    bench.link.send_upstream(pcie::cpld(0x0100, pcie::CplStatus::kSc, 4, 0, 1, 0, {7}));
    EXPECT_EQ(bench.link.in_flight(LinkDirection::kDownstream), 2u);
  });
  sc_core::sc_start();
  const PcieLink::Stats& down = bench.link.stats(LinkDirection::kDownstream);
  EXPECT_EQ(down.tlps, 2u);
  EXPECT_EQ(down.wire_bytes, 136u);
  EXPECT_EQ(down.payload_bytes, 64u);
  EXPECT_EQ(down.busy, ns(68));
  const PcieLink::Stats& up = bench.link.stats(LinkDirection::kUpstream);
  EXPECT_EQ(up.tlps, 1u);
  EXPECT_EQ(up.wire_bytes, 40u);
  EXPECT_EQ(up.payload_bytes, 4u);
  EXPECT_EQ(bench.link.in_flight(LinkDirection::kDownstream), 0u);
}

TEST(PcieLink, ZeroBandwidthMeansLatencyOnly) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  LinkBench bench(sc_core::sc_time(150, sc_core::SC_MS), 0.0);  // a slow fabric
  TestThread thread("thread", [&] {
    bench.link.send_downstream(write_tlp(256));
    bench.link.send_downstream(write_tlp(256));
  });
  sc_core::sc_start();
  ASSERT_EQ(bench.device.received.size(), 2u);
  EXPECT_EQ(bench.device.received[0].time, sc_core::sc_time(150, sc_core::SC_MS));
  EXPECT_EQ(bench.device.received[1].time, sc_core::sc_time(150, sc_core::SC_MS));
}

}  // namespace
}  // namespace cosim::test
