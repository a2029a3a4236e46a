// SPDX-License-Identifier: Apache-2.0
// PCIe TLP codec: header fields at PCIe spec positions, builders, AXI-S beats. Plain C++.

#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace pcie {

// Fmt[2:0], DW0 bits 31:29 (names as in rtl/pcie_ep_pkg.sv).
constexpr uint8_t kFmt3Dw = 0b000;
constexpr uint8_t kFmt4Dw = 0b001;
constexpr uint8_t kFmt3DwData = 0b010;
constexpr uint8_t kFmt4DwData = 0b011;
constexpr uint8_t kFmtPrefix = 0b100;

// Type[4:0], DW0 bits 28:24.
constexpr uint8_t kTypeMem = 0b00000;
constexpr uint8_t kTypeMemLk = 0b00001;
constexpr uint8_t kTypeIo = 0b00010;
constexpr uint8_t kTypeCfg0 = 0b00100;
constexpr uint8_t kTypeCfg1 = 0b00101;
constexpr uint8_t kTypeCpl = 0b01010;
constexpr uint8_t kTypeCplLk = 0b01011;
constexpr uint8_t kTypeFetchAdd = 0b01100;  // AtomicOps: non-posted, with data
constexpr uint8_t kTypeSwap = 0b01101;
constexpr uint8_t kTypeCas = 0b01110;
constexpr uint8_t kTypeMsg = 0b10000;  // 10rrr: the low three bits are the message routing

// Message routing (Type[2:0] of a Msg/MsgD).
constexpr uint8_t kMsgRouteToRc = 0b000;
constexpr uint8_t kMsgRouteLocal = 0b100;

// Completion status, DW1 bits 15:13 of a completion. Reserved codes are representable.
enum class CplStatus : uint8_t { kSc = 0, kUr = 1, kCrs = 2, kCa = 4 };
std::string to_string(CplStatus status);
std::ostream& operator<<(std::ostream& os, CplStatus status);

// Builder argument: last BE 0xF for multi-DW requests, 0 for single-DW ones.
constexpr uint8_t kAutoLastBe = 0xFF;

struct Tlp {
  std::vector<uint32_t> dw;  // header DWs, then payload DWs (lowest-address byte in bits 7:0)

  // DW0, common to all TLPs. Missing DWs read as zero so malformed TLPs can be inspected.
  uint8_t fmt() const { return field(0, 31, 29); }
  uint8_t type() const { return field(0, 28, 24); }
  uint8_t traffic_class() const { return field(0, 22, 20); }
  bool td() const { return field(0, 15, 15); }
  bool poisoned() const { return field(0, 14, 14); }
  uint8_t attr() const { return field(0, 13, 12); }
  bool has_data() const { return fmt() & 0b010; }
  unsigned header_dw() const { return (fmt() & 0b001) ? 4 : 3; }
  unsigned length_field() const { return field(0, 9, 0); }  // raw, 0 encodes 1024
  unsigned length_dw() const { return length_field() ? length_field() : 1024; }
  // DWs a well-formed TLP with this header has: header, Length payload DWs if any, and the
  // ECRC digest DW when TD is set.
  size_t expected_dw_count() const {
    return header_dw() + (has_data() ? length_dw() : 0) + (td() ? 1 : 0);
  }
  std::vector<uint32_t> payload() const;  // the DWs between the header and the digest (if TD)

  // Requests (memory, I/O, configuration, message).
  uint16_t requester_id() const { return field(1, 31, 16); }
  uint8_t tag() const { return field(1, 15, 8); }
  uint8_t last_be() const { return field(1, 7, 4); }
  uint8_t first_be() const { return field(1, 3, 0); }
  uint8_t msg_code() const { return field(1, 7, 0); }
  uint64_t address() const;  // 3-DW: DW2[31:2]; 4-DW: {DW2, DW3[31:2]}

  // Completions.
  uint16_t completer_id() const { return field(1, 31, 16); }
  CplStatus cpl_status() const { return static_cast<CplStatus>(field(1, 15, 13)); }
  bool bcm() const { return field(1, 12, 12); }
  unsigned byte_count_field() const { return field(1, 11, 0); }  // raw, 0 encodes 4096
  unsigned byte_count() const { return byte_count_field() ? byte_count_field() : 4096; }
  uint16_t cpl_requester_id() const { return field(2, 31, 16); }
  uint8_t cpl_tag() const { return field(2, 15, 8); }
  uint8_t lower_address() const { return field(2, 6, 0); }
  // True when this completion is the last one of its request: an error status, or a CplD whose
  // Byte Count fits in what it carries (RCB splits never leave fewer bytes than that).
  bool completes_request() const;

  // Configuration requests.
  uint16_t cfg_bdf() const { return field(2, 31, 16); }
  uint16_t cfg_register() const { return field(2, 11, 2) << 2; }  // byte offset of the DW

  bool is_4dw() const { return header_dw() == 4; }
  bool is_mem_rd() const { return type() == kTypeMem && (fmt() == kFmt3Dw || fmt() == kFmt4Dw); }
  bool is_mem_wr() const {
    return type() == kTypeMem && (fmt() == kFmt3DwData || fmt() == kFmt4DwData);
  }
  bool is_cpl() const { return type() == kTypeCpl && (fmt() == kFmt3Dw || fmt() == kFmt3DwData); }
  bool is_cpld() const { return type() == kTypeCpl && fmt() == kFmt3DwData; }
  bool is_cfg_rd0() const { return type() == kTypeCfg0 && fmt() == kFmt3Dw; }
  bool is_cfg_wr0() const { return type() == kTypeCfg0 && fmt() == kFmt3DwData; }
  bool is_msg() const { return (type() & 0b11000) == kTypeMsg && (fmt() & 0b100) == 0; }
  bool is_atomic() const;
  // Requests that expect a completion (MRd, MRdLk, IO, Cfg0/1, AtomicOps).
  bool is_non_posted() const;

  // Raw editing for odd and malformed TLPs; each returns *this so edits chain. set_bits grows
  // the DW vector when it is too short.
  Tlp& set_bits(size_t dw_index, unsigned hi, unsigned lo, uint32_t value);
  Tlp& set_fmt(uint8_t fmt) { return set_bits(0, 31, 29, fmt); }
  Tlp& set_type(uint8_t type) { return set_bits(0, 28, 24, type); }
  Tlp& set_traffic_class(uint8_t tc) { return set_bits(0, 22, 20, tc); }
  Tlp& set_td(bool td) { return set_bits(0, 15, 15, td); }
  Tlp& set_poisoned(bool ep) { return set_bits(0, 14, 14, ep); }
  Tlp& set_attr(uint8_t attr) { return set_bits(0, 13, 12, attr); }
  Tlp& set_length_field(unsigned raw) { return set_bits(0, 9, 0, raw); }
  Tlp& set_requester_id(uint16_t id) { return set_bits(1, 31, 16, id); }
  Tlp& set_tag(uint8_t tag) { return set_bits(1, 15, 8, tag); }
  Tlp& set_last_be(uint8_t be) { return set_bits(1, 7, 4, be); }
  Tlp& set_first_be(uint8_t be) { return set_bits(1, 3, 0, be); }
  Tlp& set_cpl_status(CplStatus s) { return set_bits(1, 15, 13, static_cast<uint32_t>(s)); }
  Tlp& set_byte_count_field(unsigned raw) { return set_bits(1, 11, 0, raw); }
  Tlp& set_cpl_tag(uint8_t tag) { return set_bits(2, 15, 8, tag); }
  Tlp& set_lower_address(uint8_t la) { return set_bits(2, 6, 0, la); }
  Tlp& append_dw(uint32_t value) {
    dw.push_back(value);
    return *this;
  }
  Tlp& drop_last_dws(size_t count = 1) {
    dw.resize(count < dw.size() ? dw.size() - count : 0);
    return *this;
  }

  bool operator==(const Tlp& other) const { return dw == other.dw; }
  bool operator!=(const Tlp& other) const { return dw != other.dw; }

 private:
  uint32_t field(size_t dw_index, unsigned hi, unsigned lo) const;
};

// Requests. Requester IDs and BDFs are {bus[7:0], device[4:0], function[2:0]}.
// Memory requests use a 3-DW header below 4 GiB unless force_4dw is set.
Tlp mem_rd(uint16_t requester_id, uint8_t tag, uint64_t addr, unsigned len_dw,
           uint8_t first_be = 0xF, uint8_t last_be = kAutoLastBe, bool force_4dw = false);
Tlp mem_wr(uint16_t requester_id, uint64_t addr, const std::vector<uint32_t>& payload,
           uint8_t first_be = 0xF, uint8_t last_be = kAutoLastBe, bool force_4dw = false);
Tlp io_rd(uint16_t requester_id, uint8_t tag, uint32_t addr, uint8_t be = 0xF);
Tlp io_wr(uint16_t requester_id, uint8_t tag, uint32_t addr, uint32_t data, uint8_t be = 0xF);
Tlp cfg_rd0(uint16_t requester_id, uint8_t tag, uint16_t bdf, uint16_t reg_offset,
            uint8_t be = 0xF);
Tlp cfg_wr0(uint16_t requester_id, uint8_t tag, uint16_t bdf, uint16_t reg_offset, uint32_t data,
            uint8_t be = 0xF);
// Msg (no payload) or MsgD; the bytes after DW1 (DW2, DW3) are zero.
Tlp msg(uint16_t requester_id, uint8_t tag, uint8_t routing, uint8_t msg_code,
        const std::vector<uint32_t>& payload = {});

// Completions. byte_count 4096 is encoded as 0; lower_addr is the low 7 address bits.
Tlp cpld(uint16_t completer_id, CplStatus status, unsigned byte_count, uint16_t requester_id,
         uint8_t tag, uint8_t lower_addr, const std::vector<uint32_t>& payload);
Tlp cpl(uint16_t completer_id, CplStatus status, uint16_t requester_id, uint8_t tag,
        unsigned byte_count = 4, uint8_t lower_addr = 0);

// Byte range a read request asks for, per the spec's Byte Count rules (first enabled byte to
// last enabled byte; a 1-DW request with no byte enabled still counts one byte).
struct ByteRange {
  uint64_t first;  // address of the first enabled byte
  uint64_t end;    // one past the last enabled byte
  unsigned size() const { return static_cast<unsigned>(end - first); }
};
ByteRange requested_bytes(const Tlp& request);

// One line as a protocol analyzer prints it, e.g.
// "MRd32 req=00:00.0 tag=0x03 addr=0x00001000 len=1 be=f/0 [00000001 0000030f 00001000]".
// Splitting a read's data into completions (PCIe base spec, "Read Request / Completion Boundary"):
// the completion that starts at byte `cursor` of a read ending before byte `end` runs to `end`
// when its payload (from cursor's DW) fits in `max_payload` bytes, else to the last multiple of
// `rcb` that fits, and at least to the next one. Every completion but the last thus ends on an
// RCB boundary. Returns where this completion ends (the next one's cursor).
uint64_t next_completion_end(uint64_t cursor, uint64_t end, uint64_t rcb, uint64_t max_payload);

std::string describe(const Tlp& tlp);
std::string bdf_string(uint16_t bdf);  // "bb:dd.f"
std::ostream& operator<<(std::ostream& os, const Tlp& tlp);

// Beat widths the TLP streams can be built with, in DWs: 64, 128 or 256 bits.
constexpr unsigned kMaxBeatDw = 8;
bool valid_beat_dw(unsigned beat_dw);  // 2, 4 or 8
// Throws std::invalid_argument naming `who` unless valid_beat_dw(beat_dw).
void check_beat_dw(unsigned beat_dw, const char* who);

// One AXI4-Stream beat of up to kMaxBeatDw DWs. Lane 0 holds the earliest DW (bits 31:0 of the
// port). No straddling: a TLP starts in lane 0, every beat of W DWs but the last is full (keep =
// 4*W ones) and the last keeps a contiguous run of whole DWs from lane 0 (4 keep bits per DW).
struct Beat {
  std::array<uint32_t, kMaxBeatDw> dw{};
  uint32_t keep = 0xFF;  // one bit per byte; bit 4*i+j is byte j of lane i
  bool last = false;

  // Keep for `dws` whole DWs from lane 0.
  static constexpr uint32_t keep_for(unsigned dws) {
    return dws >= kMaxBeatDw ? 0xFFFFFFFFu : (1u << (4 * dws)) - 1;
  }
  // A 64-bit beat as the 2-DW port carries it: lane 0 in bits 31:0.
  static Beat from_u64(uint64_t data, uint32_t keep, bool last) {
    Beat beat;
    beat.dw[0] = static_cast<uint32_t>(data);
    beat.dw[1] = static_cast<uint32_t>(data >> 32);
    beat.keep = keep;
    beat.last = last;
    return beat;
  }
  uint64_t low_u64() const { return uint64_t{dw[1]} << 32 | dw[0]; }  // lanes 1:0
  // Whether any keep bit of `lane` is set: such a lane's DW is taken, even from a bad keep.
  bool lane_kept(unsigned lane) const { return (keep >> (4 * lane)) & 0xFu; }
  // Lanes with any keep bit set (what TlpAssembler takes from this beat at full width).
  unsigned dw_count() const {
    unsigned n = 0;
    for (unsigned lane = 0; lane < kMaxBeatDw; ++lane) n += lane_kept(lane);
    return n;
  }

  bool operator==(const Beat& other) const {
    return dw == other.dw && keep == other.keep && last == other.last;
  }
  bool operator!=(const Beat& other) const { return !(*this == other); }
};
// Splits a TLP into beats of beat_dw DWs (2, 4 or 8; std::invalid_argument otherwise). Lanes past
// the TLP's end are zero.
std::vector<Beat> to_beats(const Tlp& tlp, unsigned beat_dw);

// Rebuilds TLPs from accepted beats of beat_dw DWs (2, 4 or 8; std::invalid_argument otherwise),
// one beat at a time.
class TlpAssembler {
 public:
  explicit TlpAssembler(unsigned beat_dw);

  // Returns the TLP when `beat` carries last. Sets *error (if given) when the beat's keep is not
  // allowed at its position; the DWs of the lanes keep marks at all (within beat_dw lanes) are
  // still taken.
  std::optional<Tlp> push(const Beat& beat, std::string* error = nullptr);
  bool mid_packet() const { return !partial_.dw.empty(); }
  void clear() { partial_.dw.clear(); }
  unsigned beat_dw() const { return beat_dw_; }

 private:
  unsigned beat_dw_;
  Tlp partial_;
};

}  // namespace pcie
