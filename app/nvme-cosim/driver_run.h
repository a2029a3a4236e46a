// SPDX-License-Identifier: Apache-2.0
// The driver's side of a scan or io run, on any platform: the co-simulation's (cosim_run.h,
// io_run.h) or a real controller's through VFIO (vfio_run.h). Controller options from the
// command line, bring-up, the scan and its rescans, the io workload and the shutdown. Plain
// C++: no SystemC, no RTL.

#pragma once

#include <functional>
#include <memory>
#include <string>

#include "cli_options.h"
#include "controller.h"
#include "io_report.h"
#include "naming.h"
#include "platform.h"
#include "protocol_logs.h"
#include "run_outcome.h"
#include "scan.h"

namespace cli {

// The driver's log: every line on stderr with --verbose, stamped with the platform's time; the
// last line that is not a state change is kept, to say why bring-up failed.
class DriverLog {
 public:
  DriverLog(nvme::Platform& platform, bool verbose) : m_platform(platform), m_verbose(verbose) {}
  std::function<void(const std::string&)> sink();
  const std::string& last_reason() const { return m_last_reason; }
  // "controller bring-up failed (REASON; --verbose shows the driver's log)"
  std::string bring_up_error() const;

 private:
  nvme::Platform& m_platform;
  bool m_verbose;
  std::string m_last_reason;
};

// What Identify Controller said, tidied for the reports.
ControllerIdentity identity_of(const nvme::Controller& controller);

// A scan run's driver: bring-up, the scan with one strategy, then rescans after namespace
// notices (AER) and resets, one at a time as Linux's scan work, until every scheduled change
// has been seen by a rescan that started after it. While it waits, the controller's health is
// checked every admin timeout (a fatal error with nothing in flight would go unnoticed).
// Bounded: after the last change, two quiet admin timeouts end the run.
class ScanDriver {
 public:
  // `verbose`: the driver's log on stderr.
  ScanDriver(nvme::Platform& platform, const Options& options, nvme::ScanStrategy strategy,
             ProtocolLogs& logs, bool verbose);
  ~ScanDriver();

  // In a platform task. Fills the outcome's scan, rescans and controller identity, and its
  // error when bring-up or the Active NSID list failed.
  void run(RunOutcome* out);
  // A scheduled namespace change was made (the co-simulation attaches or detaches at a time):
  // the run goes on until a rescan has started after it.
  void note_change();
  // In a platform task, after run(): the controller shut down as Linux does at unbind
  // (nvme::Controller::shutdown). False if it did not shut down cleanly.
  bool shutdown();

 private:
  void request_rescan();

  nvme::Platform& m_platform;
  const Options& m_options;
  nvme::ScanStrategy m_strategy;
  ProtocolLogs& m_logs;
  DriverLog m_log;
  nvme::ControllerOptions m_controller_options;
  std::unique_ptr<nvme::Controller> m_controller;
  nvme::InstanceAllocator m_names{1};  // namespace instances start at 1, as Linux's
  std::unique_ptr<nvme::NamespaceScanner> m_scanner;
  bool m_rescan_requested = false;
  bool m_scanning = false;
  size_t m_changes_made = 0;
  nvme::Nanoseconds m_last_change = 0;
  std::unique_ptr<nvme::Completion> m_wake;  // completed to wake the run's task
};

// An io run's driver: bring-up with the I/O queues the workload needs, Identify Namespace of
// NSID 1, then the workload (io_workload.h). `progress`: a line on stderr at every tenth of each
// phase's I/Os, its time labelled `clock` ("simulated", "host"). Fills the outcome's namespace,
// MDTS and result, or its error. The controller is shut down only by shutdown().
class IoDriver {
 public:
  IoDriver(nvme::Platform& platform, const Options& options, ProtocolLogs& logs);
  ~IoDriver();

  void run(bool progress, const char* clock, IoOutcome* out);  // in a platform task
  bool shutdown();                                             // in a platform task
  // The DMA memory the workload needs on top of the rings and Identify buffers.
  static uint64_t dma_bytes(const Options& options);

 private:
  nvme::Platform& m_platform;
  const Options& m_options;
  ProtocolLogs& m_logs;
  DriverLog m_log;
  std::unique_ptr<nvme::Controller> m_controller;
  std::unique_ptr<IoJob> m_job;
};

}  // namespace cli
