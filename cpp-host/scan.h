// SPDX-License-Identifier: Apache-2.0
// Namespace scan: the Identify Active NSID list page by page, then per NSID the descriptor list
// and Identify Namespace, and registration (name allocation, then disk add). Four strategies
// share all of it and differ only in how per-namespace work is scheduled and named.

#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "completion_chain.h"
#include "controller.h"
#include "naming.h"
#include "platform.h"

namespace nvme {

enum class ScanStrategy {
  kSequential,  // one namespace at a time: before Linux 6.12, and the RHEL revert
  kAsync,       // one task per NSID sharing a cursor, naming included: 4e893ca81170
  kOrdered,     // concurrent Identify, names allocated along a completion chain in list order
  kNsid,        // concurrent, name suffix = NSID: the alternative that was shelved
};
const char* strategy_name(ScanStrategy strategy);
std::optional<ScanStrategy> parse_strategy(const std::string& name);
extern const ScanStrategy kAllStrategies[4];

// Modelled cost of registering one namespace. The name allocation (head lookup and IDA under
// the subsystem lock) is serialized and takes about a microsecond; the disk add (gendisk,
// sysfs, udev) runs concurrently and takes longer. The partition-table reads of the disk add
// are not modelled here: they are real Reads through an I/O queue.
struct RegistrationCost {
  Nanoseconds name_allocation = 1'000;
  Nanoseconds disk_add = 200'000;
};

// Why a listed namespace was not registered.
enum class SkipReason {
  kFailed,        // Identify failed (an error status, or data the driver rejects)
  kZeroCapacity,  // NCAP = 0
  kTimeout,       // its Identify timed out, and again when retried alone
  kRemoved,       // gone between the list and its Identify (Invalid Namespace, or zero-filled)
};
const char* skip_reason_name(SkipReason reason);  // "failed", "zero_capacity", ...

struct NamespaceRecord {
  uint32_t nsid = 0;
  unsigned instance = 0;  // the H of nvme{C}n{H}
  std::string node;       // /dev/nvme{C}n{H}
  std::string generic;    // /dev/ng{C}n{H}
  uint64_t blocks = 0;
  unsigned block_bytes = 0;
  Nanoseconds identify_submitted = 0;  // Identify Namespace (CNS 00h)
  Nanoseconds identify_completed = 0;
  Nanoseconds chain_wait_started = 0;    // ordered: waiting for the predecessor (else = start)
  Nanoseconds registration_started = 0;  // name allocation
  Nanoseconds name_allocated = 0;
  Nanoseconds registration_finished = 0;  // disk added
  // The disk add's partition-table reads (LBA 0, then the GPT header at LBA 1): the first
  // failing one's status, 0 if both succeeded.
  uint16_t partition_read_status = 0;
};

struct ScanResult {
  ScanStrategy strategy = ScanStrategy::kSequential;
  std::vector<NamespaceRecord> namespaces;      // in registration order
  std::vector<uint32_t> skipped;                // listed, not registered; in NSID order
  std::map<uint32_t, SkipReason> skip_reasons;  // for each skipped NSID
  std::vector<uint32_t> removed;                // registered before, no longer listed; NSID order
  std::vector<uint32_t> timed_out_nsids;        // an Identify of theirs timed out; NSID order
  uint64_t aborts = 0;                          // Aborts the driver sent during the scan
  uint64_t resets = 0;                          // controller resets during the scan
  unsigned list_pages = 0;
  Nanoseconds started = 0;
  Nanoseconds finished = 0;
  unsigned max_identify_inflight = 0;  // Identify commands at the device at once (doorbell to CQE)
  bool list_failed = false;  // the list could not be read, or broke its rules (list_error)
  std::string list_error;    // why a list that was read was rejected (identify_check.h)
  std::map<uint32_t, std::string> rejected;  // skipped for their Identify data: why

  Nanoseconds scan_time() const { return finished - started; }
  // Every namespace still listed got registered: the list was read, and nothing was skipped
  // but namespaces that went away meanwhile.
  bool complete() const;
  // When the first and the last disk add finished, from `started`; nothing if none was added
  // or none was measured (the real kernel's scan).
  std::optional<Nanoseconds> first_registration() const;
  std::optional<Nanoseconds> last_registration() const;
  // True when instance numbers rise with the NSID (names follow NSID order).
  bool names_follow_nsid_order() const;
  // The namespaces sorted by node name, as `nvme list` prints them.
  std::vector<NamespaceRecord> by_node() const;
};

class NamespaceScanner {
 public:
  // `names` hands out namespace instances (one allocator per subsystem, from 1).
  NamespaceScanner(Controller& controller, ScanStrategy strategy, RegistrationCost cost,
                   InstanceAllocator& names);

  // Runs in a platform task; returns when every listed namespace is registered or skipped.
  // Namespaces registered by an earlier scan keep their names; those no longer listed are
  // removed and their instance numbers freed.
  ScanResult scan();

  const std::vector<NamespaceRecord>& registered() const { return m_registered; }

 private:
  using Link = CompletionChain::Link;

  // Starts scan_namespace(nsid, link) as a task; wait_for_tasks() waits for all started.
  void spawn_scan(uint32_t nsid, Link* link);
  void wait_for_tasks();
  void scan_namespace(uint32_t nsid, Link* link);
  CommandResult identify(uint8_t cns, uint32_t nsid, const DmaBuffer& buffer);
  // identify() with the retries: a command a controller reset ended is sent again; one that
  // timed out is sent again alone at the device (the retry lane: no other command of the scan
  // is in flight meanwhile), and given up when it timed out alone twice (a controller fatal
  // error meanwhile does not count). A namespace is skipped as timed out only when its own
  // command hangs, not because others held the device's slots or one command was lost.
  CommandResult identify_retried(uint8_t cns, uint32_t nsid, const DmaBuffer& buffer);
  void skip(uint32_t nsid, SkipReason reason, Link* link);
  unsigned most_in_flight();  // from the recorded doorbell and completion times
  void register_namespace(NamespaceRecord record, Link* link);
  // The disk add's reads of LBA 0 and 1; returns the first failing status, 0 if none.
  uint16_t read_partition_table(const NamespaceRecord& record);
  void remove_unlisted(const std::vector<uint32_t>& listed);

  Controller& m_controller;
  Platform& m_platform;
  ScanStrategy m_strategy;
  RegistrationCost m_cost;
  InstanceAllocator& m_names;
  std::vector<NamespaceRecord> m_registered;  // every namespace with a name, any scan

  // State of the scan in progress. Tasks share it; they are cooperative, so the updates
  // between two waits are atomic, and the name allocation, which waits (its modelled cost),
  // holds m_name_lock the way Linux holds the subsystem lock around the IDA.
  ScanResult m_result;
  std::unique_ptr<Mutex> m_name_lock;
  // The retry lane, a reader-writer gate: ordinary commands share it, a retry holds it alone.
  void enter_shared();
  void exit_shared();
  void enter_alone();
  void exit_alone();
  std::unique_ptr<Mutex> m_retry_lane;  // one retry at a time
  bool m_alone = false;                 // a retry holds the lane
  unsigned m_shared = 0;                // ordinary commands in flight
  std::shared_ptr<Completion> m_alone_done, m_shared_drained;
  std::set<uint32_t> m_timed_out;
  std::unique_ptr<CompletionChain> m_chain;
  std::vector<std::unique_ptr<Link>> m_links;        // ordered: one per NSID, stable
  std::vector<std::unique_ptr<Completion>> m_tasks;  // one per started task
  const std::vector<uint32_t>* m_page = nullptr;     // async: the page the tasks share
  size_t m_cursor = 0;                               // async: next index into *m_page
  unsigned m_identify_requests = 0;                  // asked for, including those queued for a tag
  std::vector<std::pair<Nanoseconds, int>> m_identify_edges;  // +1 at doorbell, -1 at CQE
};

}  // namespace nvme
