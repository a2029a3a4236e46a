// SPDX-License-Identifier: Apache-2.0
// Namespace scan and its four strategies.

#include "scan.h"

#include <nvme/types.h>

#include <algorithm>
#include <cstring>

#include "block_io.h"
#include "identify_check.h"

namespace nvme {

namespace {
constexpr uint32_t kVersion13 = 0x0001'0300;
}  // namespace

const ScanStrategy kAllStrategies[4] = {ScanStrategy::kSequential, ScanStrategy::kAsync,
                                        ScanStrategy::kOrdered, ScanStrategy::kNsid};

const char* strategy_name(ScanStrategy strategy) {
  switch (strategy) {
    case ScanStrategy::kSequential:
      return "sequential";
    case ScanStrategy::kAsync:
      return "async";
    case ScanStrategy::kOrdered:
      return "ordered";
    case ScanStrategy::kNsid:
      return "nsid";
  }
  return "?";
}

const char* skip_reason_name(SkipReason reason) {
  switch (reason) {
    case SkipReason::kFailed:
      return "failed";
    case SkipReason::kZeroCapacity:
      return "zero_capacity";
    case SkipReason::kTimeout:
      return "timeout";
    case SkipReason::kRemoved:
      return "removed";
  }
  return "?";
}

bool ScanResult::complete() const {
  if (list_failed) return false;
  for (const auto& [nsid, reason] : skip_reasons) {
    if (reason != SkipReason::kRemoved) return false;
  }
  return true;
}

std::optional<ScanStrategy> parse_strategy(const std::string& name) {
  for (ScanStrategy s : kAllStrategies) {
    if (name == strategy_name(s)) return s;
  }
  return std::nullopt;
}

std::optional<Nanoseconds> ScanResult::first_registration() const {
  std::optional<Nanoseconds> first;
  for (const NamespaceRecord& ns : namespaces) {
    if (ns.registration_finished == 0) continue;  // not measured (the real kernel's scan)
    if (!first || ns.registration_finished < *first) first = ns.registration_finished;
  }
  if (first) *first -= started;
  return first;
}

std::optional<Nanoseconds> ScanResult::last_registration() const {
  std::optional<Nanoseconds> last;
  for (const NamespaceRecord& ns : namespaces) {
    if (ns.registration_finished == 0) continue;  // not measured (the real kernel's scan)
    if (!last || ns.registration_finished > *last) last = ns.registration_finished;
  }
  if (last) *last -= started;
  return last;
}

bool ScanResult::names_follow_nsid_order() const {
  std::vector<NamespaceRecord> sorted = by_node();
  for (size_t i = 1; i < sorted.size(); ++i) {
    if (sorted[i].nsid < sorted[i - 1].nsid) return false;
  }
  return true;
}

std::vector<NamespaceRecord> ScanResult::by_node() const {
  std::vector<NamespaceRecord> sorted = namespaces;
  std::sort(sorted.begin(), sorted.end(), [](const NamespaceRecord& a, const NamespaceRecord& b) {
    return a.instance < b.instance;
  });
  return sorted;
}

NamespaceScanner::NamespaceScanner(Controller& controller, ScanStrategy strategy,
                                   RegistrationCost cost, InstanceAllocator& names)
    : m_controller(controller),
      m_platform(controller.platform()),
      m_strategy(strategy),
      m_cost(cost),
      m_names(names) {}

CommandResult NamespaceScanner::identify(uint8_t cns, uint32_t nsid, const DmaBuffer& buffer) {
  // The waveform shows the requests; the result counts the commands the device held at once.
  m_platform.annotate("identify_inflight", ++m_identify_requests);
  CommandResult result = m_controller.identify(cns, nsid, buffer);
  m_platform.annotate("identify_inflight", --m_identify_requests);
  if (result.submitted != 0) {
    m_identify_edges.emplace_back(result.submitted, +1);
    m_identify_edges.emplace_back(result.completed, -1);
  }
  return result;
}

CommandResult NamespaceScanner::identify_retried(uint8_t cns, uint32_t nsid,
                                                 const DmaBuffer& buffer) {
  // Bounds: after a timeout the command is retried alone, and given up when it timed out alone
  // twice (one lost command is not a hang); a reset ends at most a few of its tries (each
  // reset needs a timeout or a fatal error, and the controller stops resetting after
  // max_resets).
  constexpr unsigned kMaxResetRetries = 4;
  constexpr unsigned kAloneTimeouts = 2;
  unsigned timeouts = 0, alone_timeouts = 0, reset_retries = 0;
  for (;;) {
    const bool alone = timeouts > 0;
    const uint64_t fatal_before = m_controller.fatal_resets();
    alone ? enter_alone() : enter_shared();
    const CommandResult result = identify(cns, nsid, buffer);
    alone ? exit_alone() : exit_shared();
    if (result.timed_out) {
      if (cns != NVME_IDENTIFY_CNS_NS_ACTIVE_LIST) m_timed_out.insert(nsid);
      ++timeouts;
      // A controller that failed (CFS) meanwhile says nothing about this namespace.
      const bool controller_failed = m_controller.fatal_resets() != fatal_before;
      if (alone && !controller_failed && ++alone_timeouts >= kAloneTimeouts) return result;
      continue;
    }
    if (result.status == kStatusHostAborted && ++reset_retries <= kMaxResetRetries) continue;
    return result;
  }
}

void NamespaceScanner::enter_shared() {
  while (m_alone) {
    const std::shared_ptr<Completion> done = m_alone_done;
    done->wait();
  }
  ++m_shared;
}

void NamespaceScanner::exit_shared() {
  if (--m_shared == 0 && m_shared_drained) m_shared_drained->complete();
}

void NamespaceScanner::enter_alone() {
  m_retry_lane->lock();
  m_alone = true;
  m_alone_done = m_platform.make_completion();
  while (m_shared > 0) {  // every command in flight ends: timeouts are recovered
    m_shared_drained = m_platform.make_completion();
    const std::shared_ptr<Completion> drained = m_shared_drained;
    drained->wait();
  }
  m_shared_drained.reset();
}

void NamespaceScanner::exit_alone() {
  m_alone = false;
  m_alone_done->complete();
  m_retry_lane->unlock();
}

unsigned NamespaceScanner::most_in_flight() {
  // A completion at the same time as a submission is counted first.
  std::sort(m_identify_edges.begin(), m_identify_edges.end());
  int now = 0, most = 0;
  for (const auto& edge : m_identify_edges) most = std::max(most, now += edge.second);
  m_identify_edges.clear();
  return static_cast<unsigned>(most);
}

ScanResult NamespaceScanner::scan() {
  m_result = ScanResult{};
  m_result.strategy = m_strategy;
  m_result.started = m_platform.now();
  m_name_lock = m_platform.make_mutex();
  m_retry_lane = m_platform.make_mutex();
  m_timed_out.clear();
  const uint64_t aborts_before = m_controller.aborts_sent();
  const uint64_t resets_before = m_controller.resets();
  m_chain = std::make_unique<CompletionChain>(m_platform);
  m_links.clear();
  m_platform.annotate("scan_phase", 2);

  const DmaBuffer list = m_platform.alloc_dma(4096, 4096);
  std::vector<uint32_t> listed;
  uint32_t prev = 0;
  for (;;) {
    // Active NSIDs greater than `prev`, ascending; a zero entry ends the list.
    const CommandResult page_result =
        identify_retried(NVME_IDENTIFY_CNS_NS_ACTIVE_LIST, prev, list);
    if (!page_result.ok()) {
      m_result.list_failed = true;
      break;
    }
    ++m_result.list_pages;
    uint32_t entries[kActiveNsidListEntries];
    m_platform.read_dma(list.bus_address, entries, sizeof entries);
    // A list that breaks its rules stops the scan after the valid entries before the break.
    NsidPageCheck check = check_active_nsid_page(entries, prev, m_controller.nn());
    if (check.outcome == NsidPageOutcome::kStop) {
      m_result.list_failed = true;
      m_result.list_error = check.why;
    }
    std::vector<uint32_t> page = std::move(check.nsids);
    listed.insert(listed.end(), page.begin(), page.end());
    m_platform.annotate("scan_phase", 3);

    switch (m_strategy) {
      case ScanStrategy::kSequential:
        for (uint32_t nsid : page) scan_namespace(nsid, nullptr);
        break;
      case ScanStrategy::kAsync:
      case ScanStrategy::kNsid:
        // As 4e893ca81170: one task per NSID, each taking the next entry from a cursor shared
        // by the page's tasks; the page is synchronized before its buffer is read again.
        m_page = &page;
        m_cursor = 0;
        for (size_t i = 0; i < page.size(); ++i) spawn_scan(0, nullptr);
        wait_for_tasks();
        m_page = nullptr;
        break;
      case ScanStrategy::kOrdered:
        // One task per NSID, joined to the chain in list order; pages are not synchronized.
        for (uint32_t nsid : page) {
          m_links.push_back(std::make_unique<Link>());
          m_chain->join(*m_links.back());
          spawn_scan(nsid, m_links.back().get());
        }
        break;
    }
    if (check.outcome != NsidPageOutcome::kNextPage) break;
    prev = check.next_prev;
  }
  wait_for_tasks();  // the barrier at the end, before namespaces are removed
  m_platform.free_dma(list);
  // A list that could not be read completely says nothing about what is gone.
  if (!m_result.list_failed) remove_unlisted(listed);
  // Concurrent strategies skip in completion order; reports list NSIDs in order.
  std::sort(m_result.skipped.begin(), m_result.skipped.end());
  std::sort(m_result.removed.begin(), m_result.removed.end());
  m_result.timed_out_nsids.assign(m_timed_out.begin(), m_timed_out.end());
  m_result.aborts = m_controller.aborts_sent() - aborts_before;
  m_result.resets = m_controller.resets() - resets_before;
  m_result.max_identify_inflight = most_in_flight();
  m_result.finished = m_platform.now();
  m_platform.annotate("scan_phase", 5);
  return m_result;
}

void NamespaceScanner::spawn_scan(uint32_t nsid, Link* link) {
  m_tasks.push_back(m_platform.make_completion());
  Completion* done = m_tasks.back().get();
  m_platform.spawn("scan", [this, nsid, link, done] {
    uint32_t target = nsid;
    if (m_page) target = (*m_page)[m_cursor++];  // the shared cursor of the async scan
    scan_namespace(target, link);
    done->complete();
  });
}

void NamespaceScanner::wait_for_tasks() {
  for (const auto& task : m_tasks) task->wait();
  m_tasks.clear();
}

void NamespaceScanner::scan_namespace(uint32_t nsid, Link* link) {
  // A namespace registered by an earlier scan keeps its name: release the chain at once.
  for (const NamespaceRecord& known : m_registered) {
    if (known.nsid == nsid) {
      if (link) m_chain->complete(*link);
      return;
    }
  }
  // Every command here has ended when identify_retried() returns (timeouts are recovered by
  // Abort or a controller reset), so the buffer is the host's again.
  const DmaBuffer buffer = m_platform.alloc_dma(4096, 4096);
  NamespaceRecord record;
  record.nsid = nsid;
  // Descriptors (NVMe 1.3 and later): a failure here is not fatal, as in Linux; a command that
  // hangs is.
  if (m_controller.version() >= kVersion13 &&
      identify_retried(NVME_IDENTIFY_CNS_NS_DESC_LIST, nsid, buffer).timed_out) {
    m_platform.free_dma(buffer);
    return skip(nsid, SkipReason::kTimeout, link);
  }
  record.identify_submitted = m_platform.now();
  const CommandResult id = identify_retried(NVME_IDENTIFY_CNS_NS, nsid, buffer);
  record.identify_submitted = id.submitted ? id.submitted : record.identify_submitted;
  record.identify_completed = id.completed ? id.completed : m_platform.now();
  nvme_id_ns ns;
  if (id.ok()) m_platform.read_dma(buffer.bus_address, &ns, sizeof ns);
  m_platform.free_dma(buffer);
  if (id.timed_out) return skip(nsid, SkipReason::kTimeout, link);
  if (!id.ok()) {
    const bool gone = !is_host_status(id.status) && status_sct(id.status) == NVME_SCT_GENERIC &&
                      status_sc(id.status) == NVME_SC_INVALID_NS;
    return skip(nsid, gone ? SkipReason::kRemoved : SkipReason::kFailed, link);
  }
  if (ns.nsze == 0 && ns.ncap == 0) return skip(nsid, SkipReason::kRemoved, link);  // inactive
  // Data the driver rejects (identify_check.h): skipped, as Linux skips a namespace it cannot use.
  const NamespaceCheck usable = check_identify_namespace(ns);
  if (!usable.usable) {
    if (usable.reason == NamespaceReason::kZeroCapacity) {
      return skip(nsid, SkipReason::kZeroCapacity, link);
    }
    m_result.rejected[nsid] = usable.why;
    return skip(nsid, SkipReason::kFailed, link);
  }
  record.blocks = usable.blocks;
  record.block_bytes = usable.block_bytes;
  register_namespace(record, link);
}

void NamespaceScanner::skip(uint32_t nsid, SkipReason reason, Link* link) {
  m_result.skipped.push_back(nsid);
  m_result.skip_reasons[nsid] = reason;
  if (link) m_chain->complete(*link);  // every exit completes its link: the chain never stalls
}

void NamespaceScanner::register_namespace(NamespaceRecord record, Link* link) {
  record.chain_wait_started = m_platform.now();
  if (link) m_chain->wait_for_predecessor(*link);
  record.registration_started = m_platform.now();

  // Name allocation: serialized, as under the subsystem lock.
  m_name_lock->lock();
  m_platform.annotate("registering_nsid", record.nsid);
  if (m_strategy == ScanStrategy::kNsid && m_names.claim(record.nsid)) {
    record.instance = record.nsid;
  } else {
    record.instance = m_names.allocate();
  }
  m_platform.sleep(m_cost.name_allocation);
  m_platform.annotate("registering_nsid", 0);
  m_name_lock->unlock();
  record.name_allocated = m_platform.now();
  if (link) m_chain->complete(*link);

  const unsigned controller = m_controller.instance();
  record.node = block_device_node(controller, record.instance);
  record.generic = generic_device_node(controller, record.instance);
  const size_t index = m_result.namespaces.size();
  m_result.namespaces.push_back(record);

  // Disk add: concurrent between namespaces. It reads the partition table as Linux's does
  // (the MBR at LBA 0, then the GPT header at LBA 1) on an I/O queue; the rest is modelled.
  m_result.namespaces[index].partition_read_status = read_partition_table(record);
  m_platform.sleep(m_cost.disk_add);
  m_result.namespaces[index].registration_finished = m_platform.now();
  m_registered.push_back(m_result.namespaces[index]);
  m_platform.annotate("registered", m_registered.size());
}

uint16_t NamespaceScanner::read_partition_table(const NamespaceRecord& record) {
  QueuePair* queue =
      m_controller.io_queue(record.instance % std::max<size_t>(1, m_controller.io_queue_count()));
  if (queue == nullptr) return kStatusHostNotSubmitted;
  const NamespaceFormat format{
      record.nsid, static_cast<unsigned>(__builtin_ctz(record.block_bytes)), record.blocks};
  BlockIo io(m_platform, *queue, 0, m_controller.options().io_timeout);
  const DmaBuffer buffer = m_platform.alloc_dma(record.block_bytes, 4096);
  uint16_t status = 0;
  for (uint64_t lba = 0; lba < std::min<uint64_t>(2, record.blocks) && status == 0; ++lba) {
    const CommandResult read = io.read(format, lba, 1, buffer.bus_address);
    if (!read.ok()) status = read.timed_out && read.status == 0 ? kStatusHostTimeout : read.status;
  }
  // A read given up on may still be written by the device: its buffer is not reused.
  if (status != kStatusHostTimeout) m_platform.free_dma(buffer);
  return status;
}

void NamespaceScanner::remove_unlisted(const std::vector<uint32_t>& listed) {
  std::vector<NamespaceRecord> kept;
  for (const NamespaceRecord& ns : m_registered) {
    if (std::binary_search(listed.begin(), listed.end(), ns.nsid)) {
      kept.push_back(ns);
    } else {
      m_names.release(ns.instance);
      m_result.removed.push_back(ns.nsid);
    }
  }
  m_registered = std::move(kept);
}

}  // namespace nvme
