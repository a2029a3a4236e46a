// SPDX-License-Identifier: Apache-2.0
// The driver's side of a scan or io run, on any platform.

#include "driver_run.h"

#include <algorithm>
#include <cstdio>

#include "identify_check.h"

namespace cli {

namespace {

// Folds a rescan into the run's result: the final registered set, and what it removed or
// skipped (each NSID once, in NSID order).
void merge_rescan(nvme::ScanResult* into, const nvme::ScanResult& rescan,
                  const std::vector<nvme::NamespaceRecord>& registered) {
  into->namespaces = registered;
  auto merge = [](std::vector<uint32_t>* to, const std::vector<uint32_t>& from) {
    to->insert(to->end(), from.begin(), from.end());
    std::sort(to->begin(), to->end());
    to->erase(std::unique(to->begin(), to->end()), to->end());
  };
  merge(&into->removed, rescan.removed);
  merge(&into->timed_out_nsids, rescan.timed_out_nsids);
  for (uint32_t nsid : rescan.skipped) into->skip_reasons[nsid] = rescan.skip_reasons.at(nsid);
  merge(&into->skipped, rescan.skipped);
  // A namespace skipped once and registered by a later scan is not skipped.
  for (const nvme::NamespaceRecord& ns : registered) {
    into->skipped.erase(std::remove(into->skipped.begin(), into->skipped.end(), ns.nsid),
                        into->skipped.end());
    into->skip_reasons.erase(ns.nsid);
  }
  for (const auto& [nsid, why] : rescan.rejected) into->rejected[nsid] = why;
  for (const nvme::NamespaceRecord& ns : registered) into->rejected.erase(ns.nsid);
  into->aborts += rescan.aborts;
  into->resets += rescan.resets;
  into->list_failed = into->list_failed || rescan.list_failed;
}

// Identify Namespace of NSID 1: its LBA format and size, or an error.
std::string identify_namespace(nvme::Platform& platform, nvme::Controller& controller,
                               nvme::NamespaceFormat* ns) {
  const nvme::DmaBuffer data = platform.alloc_dma(4096, 4096);
  const nvme::CommandResult result = controller.identify(NVME_IDENTIFY_CNS_NS, 1, data);
  nvme_id_ns id{};
  platform.read_dma(data.bus_address, &id, sizeof id);
  platform.free_dma(data);
  if (!result.ok()) return "Identify Namespace 1 failed: " + nvme::status_name(result.status);
  const nvme::NamespaceCheck check = nvme::check_identify_namespace(id);
  if (!check.usable) return "namespace 1 is not usable: " + check.why;
  ns->nsid = 1;
  ns->blocks = check.blocks;
  ns->lba_shift = 0;
  while ((1u << ns->lba_shift) < check.block_bytes) ++ns->lba_shift;
  return "";
}

// MDTS in bytes: 2^MDTS pages of CAP.MPSMIN; 0 (MDTS 0) is no limit.
uint32_t max_transfer_bytes(const nvme::Controller& controller) {
  const unsigned mdts = controller.id_ctrl().mdts;
  if (mdts == 0) return 0;
  const uint64_t bytes = (uint64_t{4096} << NVME_CAP_MPSMIN(controller.cap())) << mdts;
  return static_cast<uint32_t>(std::min<uint64_t>(bytes, UINT32_MAX & ~uint64_t{4095}));
}

void observe_commands(nvme::Controller& controller, ProtocolLogs& logs) {
  if (logs.commands_enabled()) {
    controller.set_command_observer(
        [&logs](const nvme::CommandEvent& event) { logs.on_command(event); });
  }
}

}  // namespace

// ---- DriverLog ----------------------------------------------------------------------------

std::function<void(const std::string&)> DriverLog::sink() {
  return [this](const std::string& line) {
    if (m_verbose) std::fprintf(stderr, "[%12.3f us] %s\n", m_platform.now() / 1e3, line.c_str());
    if (line.find(" -> ") == std::string::npos) m_last_reason = line;  // not a state transition
  };
}

std::string DriverLog::bring_up_error() const {
  return "controller bring-up failed (" + m_last_reason + "; --verbose shows the driver's log)";
}

ControllerIdentity identity_of(const nvme::Controller& controller) {
  const nvme_id_ctrl& id = controller.id_ctrl();
  ControllerIdentity identity;
  identity.model = nvme::identify_string(id.mn, sizeof id.mn);
  identity.serial = nvme::identify_string(id.sn, sizeof id.sn);
  identity.firmware = nvme::identify_string(id.fr, sizeof id.fr);
  identity.vendor_id = id.vid;
  identity.version = controller.version();
  identity.nn = id.nn;
  return identity;
}

// ---- ScanDriver ---------------------------------------------------------------------------

ScanDriver::ScanDriver(nvme::Platform& platform, const Options& o, nvme::ScanStrategy strategy,
                       ProtocolLogs& logs, bool verbose)
    : m_platform(platform),
      m_options(o),
      m_strategy(strategy),
      m_logs(logs),
      m_log(platform, verbose) {
  m_controller_options.admin_queue_depth = o.admin_depth;
  m_controller_options.admin_timeout = o.admin_timeout / kNs;
  m_controller_options.log = m_log.sink();
}

// The scanner and the controller hold references into the platform: gone before it.
ScanDriver::~ScanDriver() = default;

void ScanDriver::request_rescan() {
  m_rescan_requested = true;
  if (m_wake) m_wake->complete();
}

void ScanDriver::note_change() {
  m_last_change = m_platform.now();
  ++m_changes_made;
  if (m_wake) m_wake->complete();
}

void ScanDriver::run(RunOutcome* out) {
  m_controller =
      std::make_unique<nvme::Controller>(m_platform, 0 /* nvme0 */, m_controller_options);
  nvme::Controller& controller = *m_controller;
  // Linux's handling: a namespace notice reads log page 04h (which re-arms the event) and
  // queues a scan; so does a reset, unless a scan is running (it recovers by itself).
  controller.set_async_event_handler([this, &controller](uint32_t dw0) {
    const bool ns_notice = (dw0 & 0x7) == NVME_AER_NOTICE && ((dw0 >> 8) & 0xFF) == 0;
    if (!ns_notice) return;
    const nvme::DmaBuffer log = m_platform.alloc_dma(4096, 4096);
    controller.admin(nvme::get_log_page_sqe(NVME_LOG_LID_CHANGED_NS, 4096, log.bus_address));
    m_platform.free_dma(log);
    request_rescan();
  });
  controller.set_reset_handler([this] {
    if (!m_scanning) request_rescan();
  });
  observe_commands(controller, m_logs);
  if (!controller.bring_up()) {
    out->error = m_log.bring_up_error();
    return;
  }
  out->controller = identity_of(controller);
  m_scanner = std::make_unique<nvme::NamespaceScanner>(
      controller, m_strategy,
      nvme::RegistrationCost{m_options.name_cost / kNs, m_options.disk_add_cost / kNs}, m_names);
  m_scanning = true;
  out->scan = m_scanner->scan();
  m_scanning = false;
  if (out->scan.list_failed) {
    out->error = out->scan.list_error.empty()
                     ? "Identify Active Namespace ID list failed"
                     : "Identify Active Namespace ID list rejected: " + out->scan.list_error;
  }
  const size_t changes = m_options.ns_changes.size();
  nvme::Nanoseconds last_rescan_started = 0;
  unsigned quiet = 0;
  while (out->error.empty()) {
    if (m_rescan_requested && controller.state() == nvme::ControllerState::kLive) {
      m_rescan_requested = false;
      const nvme::Nanoseconds started = m_platform.now();
      m_scanning = true;
      const nvme::ScanResult rescan = m_scanner->scan();
      m_scanning = false;
      merge_rescan(&out->scan, rescan, m_scanner->registered());
      ++out->rescans;
      last_rescan_started = started;
      continue;
    }
    const bool changes_done = m_changes_made == changes;
    if (changes_done && (changes == 0 || last_rescan_started > m_last_change) &&
        !m_rescan_requested) {
      break;
    }
    m_wake = m_platform.make_completion();
    if (m_wake->wait_for(m_controller_options.admin_timeout)) continue;
    if (!controller.check_health()) break;
    if (changes_done && !m_rescan_requested && ++quiet >= 2) break;
  }
}

bool ScanDriver::shutdown() { return m_controller && m_controller->shutdown(); }

// ---- IoDriver -----------------------------------------------------------------------------

IoDriver::IoDriver(nvme::Platform& platform, const Options& o, ProtocolLogs& logs)
    : m_platform(platform), m_options(o), m_logs(logs), m_log(platform, o.verbose) {}

IoDriver::~IoDriver() = default;

uint64_t IoDriver::dma_bytes(const Options& o) {
  // The workers' buffers, a PRP list page each.
  const uint64_t workers = uint64_t{o.io.queues} * o.io.iodepth;
  return workers * (o.io.bs + 4096);
}

void IoDriver::run(bool progress, const char* clock, IoOutcome* out) {
  const IoWorkload& w = m_options.io;
  nvme::ControllerOptions controller_options;
  controller_options.admin_queue_depth = m_options.admin_depth;
  controller_options.admin_timeout = m_options.admin_timeout / kNs;
  controller_options.io_queues = w.queues;
  // One tag per worker: a queue of iodepth + 1 entries holds iodepth commands.
  controller_options.io_queue_depth = w.iodepth + 1;
  controller_options.log = m_log.sink();
  m_controller = std::make_unique<nvme::Controller>(m_platform, 0 /* nvme0 */, controller_options);
  nvme::Controller& controller = *m_controller;
  observe_commands(controller, m_logs);
  if (!controller.bring_up()) {
    out->error = m_log.bring_up_error();
    return;
  }
  out->controller = identity_of(controller);
  if (controller.io_queue_count() < w.queues) {
    out->error = "the controller granted " + std::to_string(controller.io_queue_count()) +
                 " I/O queue pair(s); --queues asks for " + std::to_string(w.queues);
    return;
  }
  if (std::string error = identify_namespace(m_platform, controller, &out->ns); !error.empty()) {
    out->error = error;
    return;
  }
  if (w.bs % out->ns.block_bytes() != 0 || w.size > out->ns.blocks * out->ns.block_bytes()) {
    out->error = "namespace 1 (" + std::to_string(out->ns.blocks) + " blocks of " +
                 std::to_string(out->ns.block_bytes()) + " bytes) does not fit --bs " +
                 format_bytes(w.bs) + " and --size " + format_bytes(w.size);
    return;
  }
  IoJobSettings settings;
  settings.workload = w;
  settings.seed = m_options.seed;
  settings.ns = out->ns;
  out->max_transfer_bytes = max_transfer_bytes(controller);
  settings.max_transfer_bytes = out->max_transfer_bytes;
  m_job = std::make_unique<IoJob>(m_platform, controller, settings);
  if (progress) {
    m_job->set_progress([this, clock](IoPhase phase, uint64_t done, uint64_t planned) {
      std::fprintf(stderr, "nvme-cosim io: %s %3llu%% (%llu of %llu I/Os), %.3f ms %s\n",
                   io_phase_name(phase), static_cast<unsigned long long>(done * 100 / planned),
                   static_cast<unsigned long long>(done), static_cast<unsigned long long>(planned),
                   m_platform.now() / 1e6, clock);
    });
  }
  out->result = m_job->run();
}

bool IoDriver::shutdown() { return m_controller && m_controller->shutdown(); }

}  // namespace cli
