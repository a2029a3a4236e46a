// SPDX-License-Identifier: Apache-2.0
// PCIe TLP codec: header fields at PCIe spec positions, builders, AXI-S beats. Plain C++.

#include "pcie_tlp.h"

#include <algorithm>
#include <cstdio>
#include <sstream>
#include <stdexcept>

namespace pcie {
namespace {

uint32_t dw0(uint8_t fmt, uint8_t type, unsigned length_dw) {
  return (uint32_t{fmt} << 29) | (uint32_t{type} << 24) | (length_dw & 0x3FF);
}

uint32_t request_dw1(uint16_t requester_id, uint8_t tag, uint8_t last_be, uint8_t first_be) {
  return (uint32_t{requester_id} << 16) | (uint32_t{tag} << 8) | ((last_be & 0xFu) << 4) |
         (first_be & 0xFu);
}

uint8_t resolve_last_be(uint8_t last_be, unsigned len_dw) {
  if (last_be != kAutoLastBe) return last_be;
  return len_dw > 1 ? 0xF : 0x0;
}

// Memory request header with the address DWs; 4-DW when forced or above 4 GiB.
Tlp mem_request(bool with_data, uint16_t requester_id, uint8_t tag, uint64_t addr, unsigned len_dw,
                uint8_t first_be, uint8_t last_be, bool force_4dw) {
  const bool four_dw = force_4dw || addr >= (uint64_t{1} << 32);
  const uint8_t fmt =
      four_dw ? (with_data ? kFmt4DwData : kFmt4Dw) : (with_data ? kFmt3DwData : kFmt3Dw);
  Tlp tlp;
  tlp.dw.push_back(dw0(fmt, kTypeMem, len_dw));
  tlp.dw.push_back(request_dw1(requester_id, tag, resolve_last_be(last_be, len_dw), first_be));
  if (four_dw) tlp.dw.push_back(static_cast<uint32_t>(addr >> 32));
  tlp.dw.push_back(static_cast<uint32_t>(addr) & ~3u);
  return tlp;
}

const char* type_name(const Tlp& tlp) {
  const uint8_t fmt = tlp.fmt();
  if (fmt == kFmtPrefix) return "Prefix";
  if (fmt > kFmt4DwData) return nullptr;
  const bool data = tlp.has_data();
  const bool four = tlp.is_4dw();
  switch (tlp.type()) {
    case kTypeMem:
      return data ? (four ? "MWr64" : "MWr32") : (four ? "MRd64" : "MRd32");
    case kTypeMemLk:
      return data ? nullptr : (four ? "MRdLk64" : "MRdLk32");
    case kTypeIo:
      return four ? nullptr : (data ? "IOWr" : "IORd");
    case kTypeCfg0:
      return four ? nullptr : (data ? "CfgWr0" : "CfgRd0");
    case kTypeCfg1:
      return four ? nullptr : (data ? "CfgWr1" : "CfgRd1");
    case kTypeCpl:
      return four ? nullptr : (data ? "CplD" : "Cpl");
    case kTypeCplLk:
      return four ? nullptr : (data ? "CplDLk" : "CplLk");
    case kTypeFetchAdd:
      return data ? (four ? "FetchAdd64" : "FetchAdd32") : nullptr;
    case kTypeSwap:
      return data ? (four ? "Swap64" : "Swap32") : nullptr;
    case kTypeCas:
      return data ? (four ? "CAS64" : "CAS32") : nullptr;
    default:
      break;
  }
  if ((tlp.type() & 0b11000) == kTypeMsg) return four ? (data ? "MsgD" : "Msg") : nullptr;
  return nullptr;
}

std::string hex(uint64_t value, int digits) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "%0*llx", digits, static_cast<unsigned long long>(value));
  return buf;
}

}  // namespace

std::string to_string(CplStatus status) {
  switch (status) {
    case CplStatus::kSc:
      return "SC";
    case CplStatus::kUr:
      return "UR";
    case CplStatus::kCrs:
      return "CRS";
    case CplStatus::kCa:
      return "CA";
  }
  return "Rsvd(" + std::to_string(static_cast<unsigned>(status)) + ")";
}

std::ostream& operator<<(std::ostream& os, CplStatus status) { return os << to_string(status); }

uint32_t Tlp::field(size_t dw_index, unsigned hi, unsigned lo) const {
  if (dw_index >= dw.size()) return 0;
  const uint32_t mask = hi - lo >= 31 ? ~0u : ((1u << (hi - lo + 1)) - 1);
  return (dw[dw_index] >> lo) & mask;
}

Tlp& Tlp::set_bits(size_t dw_index, unsigned hi, unsigned lo, uint32_t value) {
  if (dw_index >= dw.size()) dw.resize(dw_index + 1, 0);
  const uint32_t mask = (hi - lo >= 31 ? ~0u : ((1u << (hi - lo + 1)) - 1)) << lo;
  dw[dw_index] = (dw[dw_index] & ~mask) | ((value << lo) & mask);
  return *this;
}

std::vector<uint32_t> Tlp::payload() const {
  const size_t end = dw.size() - (td() && dw.size() > header_dw() ? 1 : 0);
  if (end <= header_dw()) return {};
  return std::vector<uint32_t>(dw.begin() + header_dw(), dw.begin() + end);
}

uint64_t Tlp::address() const {
  if (is_4dw()) return (uint64_t{field(2, 31, 0)} << 32) | (field(3, 31, 0) & ~3u);
  return field(2, 31, 0) & ~3u;
}

bool Tlp::completes_request() const {
  if (cpl_status() != CplStatus::kSc || !has_data()) return true;
  const unsigned carried = length_dw() * 4 - (lower_address() & 3u);
  return byte_count() <= carried;
}

bool Tlp::is_atomic() const {
  const uint8_t t = type();
  return (t == kTypeFetchAdd || t == kTypeSwap || t == kTypeCas) && has_data() &&
         fmt() <= kFmt4DwData;
}

bool Tlp::is_non_posted() const {
  if (fmt() > kFmt4DwData) return false;
  if (is_atomic()) return true;
  switch (type()) {
    case kTypeMem:
    case kTypeMemLk:
      return !has_data();
    case kTypeIo:
    case kTypeCfg0:
    case kTypeCfg1:
      return true;
    default:
      return false;
  }
}

Tlp mem_rd(uint16_t requester_id, uint8_t tag, uint64_t addr, unsigned len_dw, uint8_t first_be,
           uint8_t last_be, bool force_4dw) {
  return mem_request(false, requester_id, tag, addr, len_dw, first_be, last_be, force_4dw);
}

Tlp mem_wr(uint16_t requester_id, uint64_t addr, const std::vector<uint32_t>& payload,
           uint8_t first_be, uint8_t last_be, bool force_4dw) {
  const auto len = static_cast<unsigned>(payload.size());
  Tlp tlp = mem_request(true, requester_id, 0, addr, len, first_be, last_be, force_4dw);
  tlp.dw.insert(tlp.dw.end(), payload.begin(), payload.end());
  return tlp;
}

Tlp io_rd(uint16_t requester_id, uint8_t tag, uint32_t addr, uint8_t be) {
  return Tlp{{dw0(kFmt3Dw, kTypeIo, 1), request_dw1(requester_id, tag, 0, be), addr & ~3u}};
}

Tlp io_wr(uint16_t requester_id, uint8_t tag, uint32_t addr, uint32_t data, uint8_t be) {
  return Tlp{
      {dw0(kFmt3DwData, kTypeIo, 1), request_dw1(requester_id, tag, 0, be), addr & ~3u, data}};
}

Tlp cfg_rd0(uint16_t requester_id, uint8_t tag, uint16_t bdf, uint16_t reg_offset, uint8_t be) {
  const uint32_t dw2 = (uint32_t{bdf} << 16) | (reg_offset & 0xFFCu);
  return Tlp{{dw0(kFmt3Dw, kTypeCfg0, 1), request_dw1(requester_id, tag, 0, be), dw2}};
}

Tlp cfg_wr0(uint16_t requester_id, uint8_t tag, uint16_t bdf, uint16_t reg_offset, uint32_t data,
            uint8_t be) {
  const uint32_t dw2 = (uint32_t{bdf} << 16) | (reg_offset & 0xFFCu);
  return Tlp{{dw0(kFmt3DwData, kTypeCfg0, 1), request_dw1(requester_id, tag, 0, be), dw2, data}};
}

Tlp msg(uint16_t requester_id, uint8_t tag, uint8_t routing, uint8_t msg_code,
        const std::vector<uint32_t>& payload) {
  const bool with_data = !payload.empty();
  const auto len = static_cast<unsigned>(payload.size());
  Tlp tlp{{dw0(with_data ? kFmt4DwData : kFmt4Dw, kTypeMsg | (routing & 7u), len),
           (uint32_t{requester_id} << 16) | (uint32_t{tag} << 8) | msg_code, 0, 0}};
  tlp.dw.insert(tlp.dw.end(), payload.begin(), payload.end());
  return tlp;
}

Tlp cpld(uint16_t completer_id, CplStatus status, unsigned byte_count, uint16_t requester_id,
         uint8_t tag, uint8_t lower_addr, const std::vector<uint32_t>& payload) {
  const auto len = static_cast<unsigned>(payload.size());
  Tlp tlp = cpl(completer_id, status, requester_id, tag, byte_count, lower_addr);
  tlp.set_fmt(kFmt3DwData).set_length_field(len);
  tlp.dw.insert(tlp.dw.end(), payload.begin(), payload.end());
  return tlp;
}

Tlp cpl(uint16_t completer_id, CplStatus status, uint16_t requester_id, uint8_t tag,
        unsigned byte_count, uint8_t lower_addr) {
  const uint32_t dw1 = (uint32_t{completer_id} << 16) | (static_cast<uint32_t>(status) << 13) |
                       (byte_count & 0xFFFu);
  const uint32_t dw2 = (uint32_t{requester_id} << 16) | (uint32_t{tag} << 8) | (lower_addr & 0x7Fu);
  return Tlp{{dw0(kFmt3Dw, kTypeCpl, 0), dw1, dw2}};
}

ByteRange requested_bytes(const Tlp& request) {
  const uint64_t base = request.address();
  const unsigned len = request.length_dw();
  const uint8_t first_be = request.first_be();
  const uint8_t last_be = len == 1 ? first_be : request.last_be();
  if (len == 1 && first_be == 0) return {base, base + 1};
  unsigned lead = 0;  // disabled bytes before the first enabled one
  while (lead < 3 && !(first_be & (1u << lead))) ++lead;
  unsigned trail = 0;  // disabled bytes after the last enabled one
  while (trail < 3 && !(last_be & (8u >> trail))) ++trail;
  return {base + lead, base + uint64_t{len} * 4 - trail};
}

std::string bdf_string(uint16_t bdf) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02x:%02x.%x", bdf >> 8, (bdf >> 3) & 0x1F, bdf & 7);
  return buf;
}

uint64_t next_completion_end(uint64_t cursor, uint64_t end, uint64_t rcb, uint64_t max_payload) {
  const uint64_t limit = (cursor & ~uint64_t{3}) + max_payload;
  if (limit >= end) return end;
  const uint64_t last_boundary_that_fits = limit / rcb * rcb;
  if (last_boundary_that_fits > cursor) return last_boundary_that_fits;
  return std::min(end, (cursor / rcb + 1) * rcb);
}

std::string describe(const Tlp& tlp) {
  std::ostringstream os;
  if (tlp.dw.empty()) return "(empty TLP)";
  const char* name = type_name(tlp);
  if (name) {
    os << name;
  } else {
    os << "Rsvd(fmt=" << unsigned{tlp.fmt()} << ",type=0x" << hex(tlp.type(), 2) << ")";
  }
  const uint8_t type = tlp.type();
  if (type == kTypeCpl || type == kTypeCplLk) {
    os << " cpl=" << bdf_string(tlp.completer_id()) << " req=" << bdf_string(tlp.cpl_requester_id())
       << " tag=0x" << hex(tlp.cpl_tag(), 2) << " " << tlp.cpl_status()
       << " bc=" << tlp.byte_count() << " la=0x" << hex(tlp.lower_address(), 2);
    if (tlp.bcm()) os << " BCM";
  } else if (type == kTypeCfg0 || type == kTypeCfg1) {
    os << " req=" << bdf_string(tlp.requester_id()) << " tag=0x" << hex(tlp.tag(), 2)
       << " bdf=" << bdf_string(tlp.cfg_bdf()) << " reg=0x" << hex(tlp.cfg_register(), 3)
       << " be=" << hex(tlp.first_be(), 1);
  } else if ((type & 0b11000) == kTypeMsg) {
    os << " req=" << bdf_string(tlp.requester_id()) << " tag=0x" << hex(tlp.tag(), 2)
       << " route=" << (type & 7u) << " code=0x" << hex(tlp.msg_code(), 2);
  } else {
    os << " req=" << bdf_string(tlp.requester_id()) << " tag=0x" << hex(tlp.tag(), 2) << " addr=0x"
       << hex(tlp.address(), tlp.is_4dw() ? 16 : 8) << " be=" << hex(tlp.first_be(), 1) << "/"
       << hex(tlp.last_be(), 1);
  }
  // Length means nothing on a Cpl or Msg without data (it is 0 there, not 1024).
  if (tlp.has_data() || tlp.is_non_posted()) os << " len=" << tlp.length_dw();
  if (tlp.poisoned()) os << " EP";
  if (tlp.td()) os << " TD";
  if (tlp.traffic_class()) os << " TC" << unsigned{tlp.traffic_class()};
  if (tlp.attr()) os << " attr=" << unsigned{tlp.attr()};
  os << " [";
  const size_t header = std::min<size_t>(tlp.header_dw(), tlp.dw.size());
  for (size_t i = 0; i < header; ++i) os << (i ? " " : "") << hex(tlp.dw[i], 8);
  os << "]";
  const size_t payload = tlp.dw.size() - header;
  if (payload) {
    os << " data=";
    for (size_t i = 0; i < payload && i < 4; ++i)
      os << (i ? " " : "") << hex(tlp.dw[header + i], 8);
    if (payload > 4) os << " ...";
  }
  if (tlp.dw.size() != tlp.expected_dw_count()) {
    os << " (" << tlp.dw.size() << " DWs, header says " << tlp.expected_dw_count() << ")";
  }
  return os.str();
}

std::ostream& operator<<(std::ostream& os, const Tlp& tlp) { return os << describe(tlp); }

bool valid_beat_dw(unsigned beat_dw) { return beat_dw == 2 || beat_dw == 4 || beat_dw == 8; }

void check_beat_dw(unsigned beat_dw, const char* who) {
  if (!valid_beat_dw(beat_dw)) {
    throw std::invalid_argument(std::string(who) + ": " + std::to_string(beat_dw) +
                                " DWs per beat; the TLP streams are 2, 4 or 8 DWs (64, 128 or "
                                "256 bits) wide");
  }
}

std::vector<Beat> to_beats(const Tlp& tlp, unsigned beat_dw) {
  check_beat_dw(beat_dw, "to_beats");
  std::vector<Beat> beats;
  beats.reserve((tlp.dw.size() + beat_dw - 1) / beat_dw);
  for (size_t i = 0; i < tlp.dw.size(); i += beat_dw) {
    Beat beat;
    const size_t n = std::min<size_t>(beat_dw, tlp.dw.size() - i);
    std::copy_n(tlp.dw.begin() + i, n, beat.dw.begin());
    beat.keep = Beat::keep_for(static_cast<unsigned>(n));
    beat.last = i + beat_dw >= tlp.dw.size();
    beats.push_back(beat);
  }
  return beats;
}

TlpAssembler::TlpAssembler(unsigned beat_dw) : beat_dw_(beat_dw) {
  check_beat_dw(beat_dw, "TlpAssembler");
}

std::optional<Tlp> TlpAssembler::push(const Beat& beat, std::string* error) {
  if (error) {
    const uint32_t full = Beat::keep_for(beat_dw_);
    bool keep_ok = beat.keep == full;
    for (unsigned n = 1; n < beat_dw_ && !keep_ok && beat.last; ++n)
      keep_ok = beat.keep == Beat::keep_for(n);
    if (!keep_ok) {
      // Hex digits for the beat's 4*W keep bits (2 at 64 bits, as before); more when the keep
      // reaches past them.
      int digits = static_cast<int>(beat_dw_);
      while (digits < 8 && (beat.keep >> (4 * digits))) ++digits;
      const std::string width = std::to_string(32 * beat_dw_) + "-bit beat";
      *error = "beat keep 0x" + hex(beat.keep, digits);
      if (beat.keep & ~full) {
        *error += " beyond the " + std::to_string(beat_dw_) + " DW lanes of a " + width;
      } else if (!beat.last) {
        *error +=
            " mid-packet (a " + width + " before the last keeps 0x" + hex(full, beat_dw_) + ")";
      } else {
        *error += " on a last beat (a " + width + " keeps whole DWs from lane 0: 0x" +
                  hex(Beat::keep_for(1), beat_dw_) + " to 0x" + hex(full, beat_dw_) + ")";
      }
    }
  }
  for (unsigned lane = 0; lane < beat_dw_; ++lane)
    if (beat.lane_kept(lane)) partial_.dw.push_back(beat.dw[lane]);
  if (!beat.last) return std::nullopt;
  Tlp done = std::move(partial_);
  partial_.dw.clear();
  return done;
}

}  // namespace pcie
