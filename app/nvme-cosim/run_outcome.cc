// SPDX-License-Identifier: Apache-2.0
// RunOutcome as bytes: fixed-width fields and length-prefixed strings, in this program's own
// byte order (parent and child are the same binary).

#include "run_outcome.h"

#include <cstring>
#include <type_traits>

namespace cli {

namespace {

class Writer {
 public:
  template <typename T>
  void put(T value) {
    static_assert(std::is_trivially_copyable_v<T>);
    m_bytes.append(reinterpret_cast<const char*>(&value), sizeof value);
  }
  void put(const std::string& text) {
    put<uint64_t>(text.size());
    m_bytes += text;
  }
  std::string bytes() { return std::move(m_bytes); }

 private:
  std::string m_bytes;
};

class Reader {
 public:
  explicit Reader(const std::string& bytes) : m_bytes(bytes) {}
  template <typename T>
  bool get(T* value) {
    if (m_bytes.size() - m_pos < sizeof(T)) return false;
    std::memcpy(value, m_bytes.data() + m_pos, sizeof(T));
    m_pos += sizeof(T);
    return true;
  }
  bool get(std::string* text) {
    uint64_t size = 0;
    if (!get(&size) || m_bytes.size() - m_pos < size) return false;
    *text = m_bytes.substr(m_pos, size);
    m_pos += size;
    return true;
  }
  bool at_end() const { return m_pos == m_bytes.size(); }

 private:
  const std::string& m_bytes;
  size_t m_pos = 0;
};

constexpr uint32_t kMagic = 0x6E766D65;  // "nvme"

}  // namespace

std::string serialize(const RunOutcome& o) {
  Writer w;
  w.put(kMagic);
  w.put<uint8_t>(o.ok);
  w.put(o.error);
  w.put(o.strategy);
  w.put(o.seed);
  w.put(o.wall_seconds);
  w.put(o.simulated_ns);
  w.put(o.evaluated_cycles);
  w.put(o.skipped_cycles);
  w.put<uint32_t>(o.rescans);
  w.put(o.controller.model);
  w.put(o.controller.serial);
  w.put(o.controller.firmware);
  w.put(o.controller.vendor_id);
  w.put(o.controller.version);
  w.put(o.controller.nn);
  w.put(o.platform);
  const nvme::ScanResult& s = o.scan;
  w.put(s.strategy);
  w.put<uint32_t>(s.list_pages);
  w.put(s.started);
  w.put(s.finished);
  w.put<uint32_t>(s.max_identify_inflight);
  w.put<uint8_t>(s.list_failed);
  for (const auto* list : {&s.skipped, &s.removed, &s.timed_out_nsids}) {
    w.put<uint64_t>(list->size());
    for (uint32_t nsid : *list) w.put(nsid);
  }
  for (uint32_t nsid : s.skipped) w.put<uint8_t>(static_cast<uint8_t>(s.skip_reasons.at(nsid)));
  w.put(s.aborts);
  w.put(s.resets);
  w.put(s.list_error);
  w.put<uint64_t>(s.rejected.size());
  for (const auto& [nsid, why] : s.rejected) {
    w.put(nsid);
    w.put(why);
  }
  w.put<uint64_t>(s.namespaces.size());
  for (const nvme::NamespaceRecord& ns : s.namespaces) {
    w.put(ns.nsid);
    w.put<uint32_t>(ns.instance);
    w.put(ns.node);
    w.put(ns.generic);
    w.put(ns.blocks);
    w.put<uint32_t>(ns.block_bytes);
    w.put(ns.identify_submitted);
    w.put(ns.identify_completed);
    w.put(ns.chain_wait_started);
    w.put(ns.registration_started);
    w.put(ns.name_allocated);
    w.put(ns.registration_finished);
  }
  w.put(kMagic);
  return w.bytes();
}

bool deserialize(const std::string& bytes, RunOutcome* out) {
  Reader r(bytes);
  RunOutcome o;
  uint32_t magic = 0, u32 = 0;
  uint8_t flag = 0;
  uint64_t count = 0;
  if (!r.get(&magic) || magic != kMagic || !r.get(&flag)) return false;
  o.ok = flag != 0;
  if (!r.get(&o.error) || !r.get(&o.strategy) || !r.get(&o.seed) || !r.get(&o.wall_seconds) ||
      !r.get(&o.simulated_ns) || !r.get(&o.evaluated_cycles) || !r.get(&o.skipped_cycles) ||
      !r.get(&u32)) {
    return false;
  }
  o.rescans = u32;
  ControllerIdentity& c = o.controller;
  if (!r.get(&c.model) || !r.get(&c.serial) || !r.get(&c.firmware) || !r.get(&c.vendor_id) ||
      !r.get(&c.version) || !r.get(&c.nn) || !r.get(&o.platform)) {
    return false;
  }
  nvme::ScanResult& s = o.scan;
  if (!r.get(&s.strategy) || !r.get(&u32)) return false;
  s.list_pages = u32;
  if (!r.get(&s.started) || !r.get(&s.finished) || !r.get(&u32) || !r.get(&flag)) return false;
  s.max_identify_inflight = u32;
  s.list_failed = flag != 0;
  for (auto* list : {&s.skipped, &s.removed, &s.timed_out_nsids}) {
    if (!r.get(&count) || count > bytes.size()) return false;
    list->resize(count);
    for (uint32_t& nsid : *list) {
      if (!r.get(&nsid)) return false;
    }
  }
  for (uint32_t nsid : s.skipped) {
    if (!r.get(&flag) || flag > static_cast<uint8_t>(nvme::SkipReason::kRemoved)) return false;
    s.skip_reasons[nsid] = static_cast<nvme::SkipReason>(flag);
  }
  if (!r.get(&s.aborts) || !r.get(&s.resets) || !r.get(&s.list_error) || !r.get(&count) ||
      count > bytes.size()) {
    return false;
  }
  for (uint64_t i = 0; i < count; ++i) {
    uint32_t nsid = 0;
    std::string why;
    if (!r.get(&nsid) || !r.get(&why)) return false;
    s.rejected[nsid] = why;
  }
  if (!r.get(&count) || count > bytes.size()) return false;
  s.namespaces.resize(count);
  for (nvme::NamespaceRecord& ns : s.namespaces) {
    if (!r.get(&ns.nsid) || !r.get(&u32)) return false;
    ns.instance = u32;
    if (!r.get(&ns.node) || !r.get(&ns.generic) || !r.get(&ns.blocks) || !r.get(&u32)) return false;
    ns.block_bytes = u32;
    if (!r.get(&ns.identify_submitted) || !r.get(&ns.identify_completed) ||
        !r.get(&ns.chain_wait_started) || !r.get(&ns.registration_started) ||
        !r.get(&ns.name_allocated) || !r.get(&ns.registration_finished)) {
      return false;
    }
  }
  if (!r.get(&magic) || magic != kMagic || !r.at_end()) return false;
  *out = std::move(o);
  return true;
}

}  // namespace cli
