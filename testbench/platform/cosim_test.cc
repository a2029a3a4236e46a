// SPDX-License-Identifier: Apache-2.0
// The whole stack: enumeration, register round trips, an admin command with DMA and MSI-X,
// idle skipping, all through the root complex and the link to the Verilated controller.

// Verilator headers first (docs/platform.md, "Build rules"), through the helpers and the bridge.
#include "cosim_test_util.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <map>

#include "platform_test_util.h"
#include "sim_control.h"

namespace cosim::test {
namespace {

// NSIDs 1..count, all active: for sim_control::add_namespaces.
std::vector<uint32_t> nsids_from_1(uint32_t count) {
  std::vector<uint32_t> nsids;
  for (uint32_t nsid = 1; nsid <= count; ++nsid) nsids.push_back(nsid);
  return nsids;
}
uint32_t active(uint32_t) { return sim_control::kNsActive; }

TEST(Cosim, EnumerationFindsAndSetsUpTheController) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  simulate(CosimOptions(), [](CosimSystem& s) {
    const PciDeviceInfo& dev = s.platform.enumerate();
    ASSERT_TRUE(dev.present);
    EXPECT_EQ(dev.vendor_id, 0x10EE);
    EXPECT_EQ(dev.device_id, 0x9038);
    EXPECT_EQ(dev.class_code, 0x010802u);
    EXPECT_EQ(dev.bar0, 0xF000'0000u);
    EXPECT_EQ(dev.bar0_size, 16384u);
    EXPECT_EQ(dev.max_payload, 256u);
    EXPECT_EQ(dev.max_read_request, 512u);
    EXPECT_EQ(dev.msix_table_size, 32u);
    EXPECT_EQ(dev.msix_vectors, 2u);
    EXPECT_EQ(s.platform.cfg_read32(0x04) & 0x6, 0x6u) << "memory space and bus master on";
    EXPECT_EQ(s.root_complex.device_max_payload(), 256u) << "the root complex learnt MPS";
  });
}

TEST(Cosim, RegistersRoundTripThroughTlps) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  simulate(CosimOptions(), [](CosimSystem& s) {
    ASSERT_TRUE(s.platform.enumerate().present);
    EXPECT_EQ(s.platform.read32(NVME_REG_VS), 0x0001'0400u);
    EXPECT_EQ(s.platform.read64(NVME_REG_CAP) & 0xFFFF, 1023u);
    s.platform.write32(NVME_REG_AQA, 0x001F'001F);
    EXPECT_EQ(s.platform.read32(NVME_REG_AQA), 0x001F'001Fu);
    s.platform.write64(NVME_REG_ASQ, 0x1'2345'6000);
    EXPECT_EQ(s.platform.read64(NVME_REG_ASQ), 0x1'2345'6000u) << "one 8-byte access each way";
    EXPECT_EQ(s.platform.access_errors(), 0u);
  });
}

TEST(Cosim, AdminCommandUsesDmaAndInterrupts) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  simulate(CosimOptions(), [](CosimSystem& s) {
    ASSERT_TRUE(s.platform.enumerate().present);
    AdminQueue admin(s.platform);
    admin.enable();
    auto [status, dw0] = admin.identify_controller();
    EXPECT_EQ(status, 0u);
    uint8_t id[64];
    s.platform.read_dma(admin.data.bus_address, id, sizeof id);
    EXPECT_EQ(id[0] | id[1] << 8, 0x10EE);
    EXPECT_EQ(std::string(reinterpret_cast<char*>(id) + 4, 4), "NVCS");
    EXPECT_GE(s.msi.count(0), 1u);
    EXPECT_GT(s.root_complex.stats().dma_reads, 0u) << "the SQ entry was fetched by DMA";
    EXPECT_GT(s.root_complex.stats().dma_writes, 0u) << "data and CQE written by DMA";
  });
}

TEST(Cosim, SkippingJumpsOverLatency) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  CosimOptions options;
  simulate(options, [](CosimSystem& s) {
    ASSERT_TRUE(s.platform.enumerate().present);
    AdminQueue admin(s.platform);
    admin.enable();
    // 150 ms per command, as the fix's cover letter measured over a fabric: 37.5 M cycles.
    sim_control::set_latency(s.bridge, 37'500'000, 37'500'000, false);
    const sc_core::sc_time start = sc_core::sc_time_stamp();
    for (int i = 0; i < 4; ++i) EXPECT_EQ(admin.identify_controller().first, 0u);
    const double elapsed = (sc_core::sc_time_stamp() - start).to_seconds();
    EXPECT_GT(elapsed, 0.6);
    EXPECT_LT(elapsed, 0.601);
    EXPECT_GT(s.bridge.skipped_cycles(), 100 * s.bridge.evaluated_cycles())
        << "the waits were skipped, not evaluated";
  });
}

// A latency-bound scan-like scenario whose outputs testbench/scripts/check_skip_equivalence.sh
// compares across processes: with skipping on and off, and for two runs of one seed.
// NVME_COSIM_SKIP=0 turns skipping off; NVME_COSIM_OUT names a directory for completions.log,
// tlp.log and wave.fst.
TEST(Cosim, LatencyScenarioForComparison) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  const char* skip_env = std::getenv("NVME_COSIM_SKIP");
  const char* out_env = std::getenv("NVME_COSIM_OUT");
  const std::string out = out_env ? out_env : "";
  CosimOptions options;
  options.bridge.skip_idle = !(skip_env && std::string(skip_env) == "0");
  if (!out.empty()) options.bridge.waveform.file = out + "/wave.fst";
  std::ofstream tlp_log, completion_log;
  if (!out.empty()) {
    tlp_log.open(out + "/tlp.log");
    completion_log.open(out + "/completions.log");
  }
  simulate(options, [&](CosimSystem& s) {
    s.root_complex.add_tlp_observer([&](const RootComplex::LoggedTlp& t) {
      if (tlp_log)
        tlp_log << t.time.value() << ' ' << direction_name(t.direction) << ' '
                << pcie::describe(t.tlp) << '\n';
    });
    ASSERT_TRUE(s.platform.enumerate().present);
    AdminQueue admin(s.platform);
    admin.enable();
    s.bridge.sim_write(sim_control::kSeed, 2026);
    sim_control::set_latency(s.bridge, 5'000, 50'000, true);  // 20 to 200 us
    sim_control::add_namespaces(s.bridge, nsids_from_1(16), 0x1000, active);
    const nvme::DmaBuffer buffers = s.platform.alloc_dma(16 * 4096, 4096);
    s.platform.annotate("scan_phase", 3);
    for (uint32_t nsid = 1; nsid <= 16; ++nsid) {
      admin.queue(
          nvme::identify_sqe(NVME_IDENTIFY_CNS_NS, nsid, buffers.bus_address + 4096 * (nsid - 1)));
    }
    admin.ring();
    s.platform.annotate("identify_inflight", 16);
    auto done = admin.reap(16);
    s.platform.annotate("identify_inflight", 0);
    s.platform.annotate("scan_phase", 5);
    for (const auto& [cid, time] : done) {
      if (completion_log) completion_log << cid << ' ' << time << '\n';
    }
    std::vector<uint16_t> cids;
    for (const auto& entry : done) cids.push_back(entry.first);
    EXPECT_FALSE(std::is_sorted(cids.begin(), cids.end())) << "out of order under random latency";
    if (options.bridge.skip_idle) {
      EXPECT_GT(s.bridge.skipped_cycles(), s.bridge.evaluated_cycles());
    } else {
      EXPECT_EQ(s.bridge.skipped_cycles(), 0u);
    }
  });
}

// The bridge's slot observer (the trace events' slot tracks) against the device's own rules:
// two slots in use, a fixed 10 us latency, six Identify commands at once.
TEST(Cosim, SlotObserverSeesEachCommandInOneSlot) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  simulate(CosimOptions{}, [](CosimSystem& s) {
    std::vector<common::SlotOccupancy> stays;
    s.bridge.set_slot_observer([&](const common::SlotOccupancy& o) { stays.push_back(o); });
    ASSERT_TRUE(s.platform.enumerate().present);
    AdminQueue admin(s.platform);
    admin.enable();
    s.bridge.sim_write(sim_control::kSlots, 2);
    sim_control::set_latency(s.bridge, 2'500, 2'500, false);  // 10 us at 4 ns
    sim_control::add_namespaces(s.bridge, nsids_from_1(6), 0x1000, active);
    const nvme::DmaBuffer buffers = s.platform.alloc_dma(6 * 4096, 4096);
    std::map<uint16_t, uint32_t> nsid_of_cid;
    for (uint32_t nsid = 1; nsid <= 6; ++nsid) {
      // CNS 03h (descriptor list): a non-zero CDW10 shows the observer reads it.
      nsid_of_cid[admin.queue(nvme::identify_sqe(NVME_IDENTIFY_CNS_NS_DESC_LIST, nsid,
                                                 buffers.bus_address + 4096 * (nsid - 1)))] = nsid;
    }
    admin.ring();
    std::map<uint16_t, nvme::Nanoseconds> reaped;
    for (const auto& [cid, time] : admin.reap(6)) reaped[cid] = time;

    ASSERT_EQ(stays.size(), 6u);
    std::map<unsigned, nvme::Nanoseconds> slot_free_at;
    for (const common::SlotOccupancy& o : stays) {  // in the order they left their slots
      SCOPED_TRACE("cid " + std::to_string(o.cid()));
      EXPECT_LT(o.slot, 2u);
      EXPECT_EQ(o.opcode(), 0x06);
      EXPECT_EQ(o.cdw10, 0x03u);
      EXPECT_FALSE(o.still_in_slot);
      ASSERT_TRUE(nsid_of_cid.count(o.cid()));
      EXPECT_EQ(o.nsid, nsid_of_cid[o.cid()]);
      EXPECT_EQ(o.ready_ns - o.filled_ns, 10'000u);
      EXPECT_GT(o.freed_ns, o.ready_ns);
      EXPECT_LE(o.freed_ns, reaped[o.cid()]);
      EXPECT_GE(o.filled_ns, slot_free_at[o.slot]) << "slot " << o.slot << " held two commands";
      slot_free_at[o.slot] = o.freed_ns;
    }
  });
}

TEST(Cosim, CompletionTimeoutReturnsAllOnes) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  CosimOptions options;
  options.completion_timeout = sc_core::sc_time(20, sc_core::SC_US);
  simulate(options, [](CosimSystem& s) {
    ASSERT_TRUE(s.platform.enumerate().present);
    s.bridge.sim_write(sim_control::kDropCompletions, 1);  // swallows its next completion
    const sc_core::sc_time start = sc_core::sc_time_stamp();
    EXPECT_EQ(s.platform.read32(NVME_REG_VS), 0xFFFF'FFFFu) << "as a root port returns";
    EXPECT_GE(sc_core::sc_time_stamp() - start, sc_core::sc_time(20, sc_core::SC_US));
    EXPECT_EQ(s.platform.access_errors(), 1u);
    EXPECT_EQ(s.root_complex.stats().completion_timeouts, 1u);
    EXPECT_EQ(s.platform.read32(NVME_REG_VS), 0x0001'0400u) << "the next read is answered";
  });
}

TEST(Cosim, MaskedVectorIsDeliveredWhenUnmasked) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  simulate(CosimOptions(), [](CosimSystem& s) {
    ASSERT_TRUE(s.platform.enumerate().present);
    AdminQueue admin(s.platform);
    admin.enable();
    ASSERT_EQ(admin.identify_controller().first, 0u);
    const uint64_t before = s.msi.count(0);
    s.platform.write32(0x2000 + 12, 1);  // mask vector 0 in the MSI-X table
    admin.queue(nvme::identify_sqe(NVME_IDENTIFY_CNS_CTRL, 0, admin.data.bus_address));
    admin.ring();
    s.platform.sleep(20'000);
    EXPECT_EQ(s.msi.count(0), before) << "no message while masked";
    EXPECT_EQ(s.platform.read32(0x3000) & 1, 1u) << "pending bit set";
    s.platform.write32(0x2000 + 12, 0);  // unmask
    s.platform.sleep(2'000);
    EXPECT_EQ(s.msi.count(0), before + 1) << "delivered once unmasked";
    EXPECT_EQ(s.platform.read32(0x3000) & 1, 0u);
    EXPECT_EQ(admin.reap(1).size(), 1u);
  });
}

struct TransferSetting {
  unsigned mps, mrrs, rcb;
};

class CosimDma : public testing::TestWithParam<TransferSetting> {};

TEST_P(CosimDma, IdentifyDataArrivesIntact) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  CosimOptions options;
  options.platform.max_payload = GetParam().mps;
  options.platform.max_read_request = GetParam().mrrs;
  simulate(options, [](CosimSystem& s) {
    s.root_complex.set_read_completion_boundary(GetParam().rcb);
    ASSERT_TRUE(s.platform.enumerate().present);
    EXPECT_EQ(s.platform.device().max_payload, std::min(GetParam().mps, 512u));
    AdminQueue admin(s.platform);
    admin.enable();
    ASSERT_EQ(admin.identify_controller().first, 0u);
    uint8_t id[4096];
    s.platform.read_dma(admin.data.bus_address, id, sizeof id);
    EXPECT_EQ(std::string(reinterpret_cast<char*>(id) + 24, 10), "nvme-cosim");
    EXPECT_EQ(id[512], 0x66);
    EXPECT_EQ(id[516] | id[517] << 8, 4096) << "NN";
  });
}

INSTANTIATE_TEST_SUITE_P(Settings, CosimDma,
                         testing::Values(TransferSetting{128, 128, 64},
                                         TransferSetting{256, 512, 64},
                                         TransferSetting{512, 4096, 128}),
                         [](const testing::TestParamInfo<TransferSetting>& info) {
                           return "Mps" + std::to_string(info.param.mps) + "Mrrs" +
                                  std::to_string(info.param.mrrs) + "Rcb" +
                                  std::to_string(info.param.rcb);
                         });

}  // namespace
}  // namespace cosim::test
