// SPDX-License-Identifier: Apache-2.0
// nvme-cosim-fst's waveform reader on waveforms written here, with the TLP streams of cosim_top
// at each width the model can be built with (64, 128 and 256 bits): whatever the build's own.

#include "fst_analysis.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <unistd.h>

#include "gtkwave/fstapi.h"
#include "nvme_spec.h"
#include "pcie_tlp.h"

namespace fst_analysis {
namespace {

constexpr uint64_t kPeriodPs = 4000;

// `value` as `bits` characters, most significant first; bits past 64 are zero.
std::string bit_string(uint64_t value, unsigned bits) {
  std::string s(bits, '0');
  for (unsigned i = 0; i < bits && i < 64; ++i)
    if (value >> i & 1) s[bits - 1 - i] = '1';
  return s;
}

// The data port's value for a beat of beat_dw lanes: lane 0 in the low bits.
std::string data_string(const pcie::Beat& beat, unsigned beat_dw) {
  std::string s;
  for (unsigned lane = beat_dw; lane-- > 0;) s += bit_string(beat.dw[lane], 32);
  return s;
}

// A waveform with cosim.cosim_top's stream ports at `beat_dw` DWs per beat: `down` sent to the
// device, one beat per clock, then `up` sent by it.
class FstWriter {
 public:
  FstWriter(const std::string& path, unsigned beat_dw) : beat_dw_(beat_dw) {
    fst_ = fstWriterCreate(path.c_str(), 1);
    fstWriterSetTimescale(fst_, -12);
    fstWriterSetScope(fst_, FST_ST_VCD_MODULE, "cosim", nullptr);
    fstWriterSetScope(fst_, FST_ST_VCD_MODULE, "cosim_top", nullptr);
    const unsigned bits = 32 * beat_dw;
    rx_valid_ = var("rx_tlp_valid_i", 1);
    rx_ready_ = var("rx_tlp_ready_o", 1);
    rx_data_ = var("rx_tlp_data_i", bits);
    rx_keep_ = var("rx_tlp_keep_i", bits / 8);
    rx_last_ = var("rx_tlp_last_i", 1);
    tx_valid_ = var("tx_tlp_valid_o", 1);
    tx_data_ = var("tx_tlp_data_o", bits);
    tx_keep_ = var("tx_tlp_keep_o", bits / 8);
    tx_last_ = var("tx_tlp_last_o", 1);
    fstWriterSetUpscope(fst_);
    fstWriterSetUpscope(fst_);
    at(0);
    for (fstHandle h : {rx_valid_, rx_ready_, rx_last_, tx_valid_, tx_last_}) emit(h, "0");
    emit(rx_data_, std::string(bits, '0'));
    emit(tx_data_, std::string(bits, '0'));
    emit(rx_keep_, std::string(bits / 8, '0'));
    emit(tx_keep_, std::string(bits / 8, '0'));
    emit(rx_ready_, "1");
  }

  // The RTL bridge's way: each beat driven half a period before the edge that takes it, idle
  // again on that edge.
  void send_down(const pcie::Tlp& tlp) {
    for (const pcie::Beat& beat : pcie::to_beats(tlp, beat_dw_)) {
      ++cycle_;
      at(cycle_ * kPeriodPs - kPeriodPs / 2);
      emit(rx_valid_, "1");
      beat_on(rx_data_, rx_keep_, rx_last_, beat);
      at(cycle_ * kPeriodPs);
      emit(rx_valid_, "0");
      beat_on(rx_data_, rx_keep_, rx_last_, pcie::Beat{{}, 0, false});
    }
  }
  // The device's: one beat per edge while valid is high (ready always is).
  void send_up(const pcie::Tlp& tlp) {
    ++cycle_;
    bool first = true;
    for (const pcie::Beat& beat : pcie::to_beats(tlp, beat_dw_)) {
      at(cycle_ * kPeriodPs);
      if (first) emit(tx_valid_, "1");
      first = false;
      beat_on(tx_data_, tx_keep_, tx_last_, beat);
      ++cycle_;
    }
    at(cycle_ * kPeriodPs);
    emit(tx_valid_, "0");
    beat_on(tx_data_, tx_keep_, tx_last_, pcie::Beat{{}, 0, false});
  }
  void close() {
    at((cycle_ + 2) * kPeriodPs);
    fstWriterClose(fst_);
    fst_ = nullptr;
  }
  ~FstWriter() {
    if (fst_) fstWriterClose(fst_);
  }

 private:
  fstHandle var(const char* name, unsigned bits) {
    const std::string full =
        bits > 1 ? std::string(name) + " [" + std::to_string(bits - 1) + ":0]" : name;
    return fstWriterCreateVar(fst_, FST_VT_VCD_WIRE, FST_VD_IMPLICIT, bits, full.c_str(), 0);
  }
  void at(uint64_t ps) { fstWriterEmitTimeChange(fst_, ps); }
  void emit(fstHandle h, const std::string& bits) {
    fstWriterEmitValueChange(fst_, h, bits.c_str());
  }
  void beat_on(fstHandle data, fstHandle keep, fstHandle last, const pcie::Beat& beat) {
    emit(data, data_string(beat, beat_dw_));
    emit(keep, bit_string(beat.keep, 4 * beat_dw_));
    emit(last, beat.last ? "1" : "0");
  }

  unsigned beat_dw_;
  void* fst_ = nullptr;
  uint64_t cycle_ = 0;
  fstHandle rx_valid_, rx_ready_, rx_data_, rx_keep_, rx_last_;
  fstHandle tx_valid_, tx_data_, tx_keep_, tx_last_;
};

class FstAnalysis : public testing::TestWithParam<unsigned> {
 protected:
  void SetUp() override {
    path_ = (std::filesystem::temp_directory_path() /
             ("fst_analysis_test_" + std::to_string(GetParam()) + "_" + std::to_string(::getpid()) +
              ".fst"))
                .string();
  }
  void TearDown() override {
    std::error_code ignored;
    std::filesystem::remove(path_, ignored);
  }
  std::string path_;
};

// TLPs of every length class: shorter than a beat, a beat's worth, several beats with a
// partial last one. The reader takes the width from the waveform's data ports.
TEST_P(FstAnalysis, RebuildsTlpsOfEveryLengthAtEachWidth) {
  const unsigned beat_dw = GetParam();
  std::vector<pcie::Tlp> down, up;
  down.push_back(pcie::mem_rd(0x0000, 5, 0xF000'0040, 1));
  down.push_back(pcie::mem_wr(0x0000, 0xF000'1000, {0x11111111, 0x22222222, 0x33333333}));
  std::vector<uint32_t> payload(16);
  for (size_t i = 0; i < payload.size(); ++i) payload[i] = 0xA0000000u + static_cast<uint32_t>(i);
  down.push_back(pcie::cpld(0x0000, pcie::CplStatus::kSc, 64, 0x0100, 7, 0, payload));
  up.push_back(pcie::mem_rd(0x0100, 7, 0x1'2345'6780, 16));
  up.push_back(pcie::cpld(0x0100, pcie::CplStatus::kSc, 4, 0x0000, 5, 0x40, {0xFEEDF00D}));
  up.push_back(pcie::mem_wr(0x0100, 0xFEE0'0000, {0x0000'0042}));

  FstWriter writer(path_, beat_dw);
  for (const pcie::Tlp& t : down) writer.send_down(t);
  for (const pcie::Tlp& t : up) writer.send_up(t);
  writer.close();

  std::string error;
  const std::optional<Capture> capture = read_capture(path_, kPeriodPs, &error);
  ASSERT_TRUE(capture) << error;
  ASSERT_EQ(capture->down.size(), down.size());
  for (size_t i = 0; i < down.size(); ++i) EXPECT_EQ(capture->down[i].tlp, down[i]) << i;
  ASSERT_EQ(capture->up.size(), up.size());
  for (size_t i = 0; i < up.size(); ++i) EXPECT_EQ(capture->up[i].tlp, up[i]) << i;
  EXPECT_LT(capture->down.back().time, capture->up.front().time);
}

INSTANTIATE_TEST_SUITE_P(Widths, FstAnalysis, testing::Values(2u, 4u, 8u),
                         [](const testing::TestParamInfo<unsigned>& info) {
                           return std::to_string(32 * info.param) + "Bits";
                         });

// One admin command and one I/O command with the same CID, each rung, fetched, completed and
// announced, the I/O one first: the matcher reports the admin command alone (an I/O SQE fetch
// or CQE is no admin command, and matching either by CID would take the wrong one), with
// its fields and the times of its doorbell, CQE and MSI-X message exactly. At 256 bits every TLP
// below is one beat but the SQE completions (3 header + 16 DWs: three). FstWriter drives a TLP
// sent down one beat per cycle, each taken on its cycle's edge; one sent up is driven from the
// edge after the previous TLP and taken on the next edge. The cycle each TLP is taken on is in
// the comments: the doorbell on edge 4, the admin CQE on edge 21, its MSI-X on edge 23.
TEST(FstAnalysisCommands, AdminCommandsAloneWithTheirTimes) {
  const std::string path = (std::filesystem::temp_directory_path() /
                            ("fst_analysis_cmd_" + std::to_string(::getpid()) + ".fst"))
                               .string();
  constexpr uint64_t kBar0 = 0xF000'0000, kAsq = 0x10'0000, kAcq = 0x20'0000;
  constexpr uint64_t kIoSq = 0x30'0000, kIoCq = 0x40'0000;
  std::vector<uint32_t> admin_sqe(16, 0), io_sqe(16, 0);
  admin_sqe[0] = 0x06 | 5u << 16;  // Identify, CID 5
  admin_sqe[1] = 7;                // NSID 7
  admin_sqe[10] = 0x00;            // CNS 00h
  io_sqe[0] = 0x02 | 5u << 16;     // Read (opcode 02h: Get Log Page on the admin queue), CID 5
  io_sqe[1] = 1;
  {
    FstWriter w(path, 8);
    w.send_down(pcie::mem_wr(0, kBar0 + NVME_REG_AQA, {0x001F'001F}));  // 32 entries each
    w.send_down(pcie::mem_wr(0, kBar0 + NVME_REG_ASQ, {kAsq, 0}));
    w.send_down(pcie::mem_wr(0, kBar0 + NVME_REG_ACQ, {kAcq, 0}));
    w.send_down(pcie::mem_wr(0, kBar0 + nvme::sq_tail_doorbell(0), {1}));           // edge 4
    w.send_down(pcie::mem_wr(0, kBar0 + nvme::sq_tail_doorbell(1), {1}));           // 5
    w.send_up(pcie::mem_rd(0x0100, 2, kIoSq, 16));                                  // 7
    w.send_down(pcie::cpld(0, pcie::CplStatus::kSc, 64, 0x0100, 2, 0, io_sqe));     // 8-10
    w.send_up(pcie::mem_rd(0x0100, 1, kAsq, 16));                                   // 12
    w.send_down(pcie::cpld(0, pcie::CplStatus::kSc, 64, 0x0100, 1, 0, admin_sqe));  // 13-15
    w.send_up(pcie::mem_wr(0x0100, kIoCq, {0, 0, 0, 5}));                           // 17
    w.send_up(pcie::mem_wr(0x0100, 0xFEE0'0010, {0}));                              // 19
    w.send_up(pcie::mem_wr(0x0100, kAcq, {0, 0, 0, 5 | 1u << 16}));                 // 21
    w.send_up(pcie::mem_wr(0x0100, 0xFEE0'0000, {0}));                              // 23
    w.close();
  }
  std::string error;
  const std::optional<Capture> capture = read_capture(path, kPeriodPs, &error);
  std::filesystem::remove(path);
  ASSERT_TRUE(capture) << error;
  const std::vector<AdminCommand> commands = match_admin_commands(*capture);
  ASSERT_EQ(commands.size(), 1u) << "the I/O queue's Read is no admin command";
  const AdminCommand& c = commands[0];
  EXPECT_EQ(c.cid, 5u);
  EXPECT_EQ(c.opcode, 0x06u);
  EXPECT_EQ(c.nsid, 7u);
  EXPECT_EQ(c.cdw10, 0u);
  EXPECT_EQ(c.status, 0u);
  EXPECT_EQ(c.doorbell, capture->down[3].time) << "the doorbell write's time";
  EXPECT_EQ(c.cqe, capture->up[4].time) << "the admin CQE write's time";
  EXPECT_EQ(c.msi, capture->up[5].time) << "the MSI-X message after it";
  EXPECT_EQ(c.doorbell, 4 * kPeriodPs);
  EXPECT_EQ(c.cqe, 21 * kPeriodPs);
  EXPECT_EQ(c.msi, 23 * kPeriodPs);
}

TEST(FstAnalysisWidth, DataPortsOfAnotherWidthAreRefused) {
  const std::string path = (std::filesystem::temp_directory_path() /
                            ("fst_analysis_test_96_" + std::to_string(::getpid()) + ".fst"))
                               .string();
  {
    void* fst = fstWriterCreate(path.c_str(), 1);
    fstWriterSetTimescale(fst, -12);
    fstWriterSetScope(fst, FST_ST_VCD_MODULE, "cosim", nullptr);
    fstWriterSetScope(fst, FST_ST_VCD_MODULE, "cosim_top", nullptr);
    std::vector<fstHandle> bits, words;
    for (const char* name : {"rx_tlp_valid_i", "rx_tlp_ready_o", "tx_tlp_valid_o"})
      bits.push_back(fstWriterCreateVar(fst, FST_VT_VCD_WIRE, FST_VD_IMPLICIT, 1, name, 0));
    for (const char* name : {"rx_tlp_data_i [95:0]", "tx_tlp_data_o [95:0]"})
      words.push_back(fstWriterCreateVar(fst, FST_VT_VCD_WIRE, FST_VD_IMPLICIT, 96, name, 0));
    fstWriterSetUpscope(fst);
    fstWriterSetUpscope(fst);
    fstWriterEmitTimeChange(fst, 0);
    for (fstHandle h : bits) fstWriterEmitValueChange(fst, h, "0");
    for (fstHandle h : words) fstWriterEmitValueChange(fst, h, std::string(96, '0').c_str());
    fstWriterEmitTimeChange(fst, kPeriodPs);
    fstWriterClose(fst);
  }
  std::string error;
  EXPECT_FALSE(read_capture(path, kPeriodPs, &error));
  EXPECT_NE(error.find("96 and 96 bits"), std::string::npos) << error;
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace fst_analysis
