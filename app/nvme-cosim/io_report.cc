// SPDX-License-Identifier: Apache-2.0
// nvme-cosim io's statistics and JSON file.

#include "io_report.h"

#include <sstream>

#include "report.h"

namespace cli {

namespace {

std::string plural(uint64_t count, const char* one, const char* many) {
  return std::to_string(count) + " " + (count == 1 ? one : many);
}

// Simulated nanoseconds as microseconds with nanosecond resolution: "12.345 us".
std::string format_us(uint64_t ns) {
  char text[32];
  std::snprintf(text, sizeof text, "%.3f us", static_cast<double>(ns) / 1e3);
  return text;
}

// A double with three decimals: the same value gives the same text, run after run.
std::string json_double(double value) {
  char text[48];
  std::snprintf(text, sizeof text, "%.3f", value);
  return text;
}

std::string json_bool(bool value) { return value ? "true" : "false"; }

void print_direction(std::FILE* out, const char* name, const IoDirectionStats& stats,
                     uint64_t elapsed_ns) {
  const double bandwidth = per_second(stats.bytes, elapsed_ns);
  std::fprintf(out, "  %-26s %s, %s, %.0f IOPS, %.1f MB/s (%.1f MiB/s)\n", name,
               plural(stats.ios, "I/O", "I/Os").c_str(), format_bytes(stats.bytes).c_str(),
               per_second(stats.ios, elapsed_ns), bandwidth / 1e6, bandwidth / kMiB);
  if (stats.latencies_ns.empty()) return;
  const LatencySummary l = summarize_latencies(stats.latencies_ns);
  std::fprintf(out, "    %-24s min %s, avg %.3f us, max %s\n", "latency", format_us(l.min).c_str(),
               l.mean / 1e3, format_us(l.max).c_str());
  std::fprintf(out, "    %-24s 50th %s, 90th %s, 99th %s, 99.9th %s\n", "percentiles",
               format_us(l.p50).c_str(), format_us(l.p90).c_str(), format_us(l.p99).c_str(),
               format_us(l.p99_9).c_str());
}

std::string direction_json(const IoDirectionStats& stats, uint64_t elapsed_ns) {
  std::ostringstream j;
  j << "{\"ios\": " << stats.ios << ", \"bytes\": " << stats.bytes
    << ", \"iops\": " << json_double(per_second(stats.ios, elapsed_ns))
    << ", \"bandwidth_bytes_per_s\": " << json_double(per_second(stats.bytes, elapsed_ns))
    << ",\n    \"latency_ns\": ";
  if (stats.latencies_ns.empty()) {
    j << "null}";
  } else {
    const LatencySummary l = summarize_latencies(stats.latencies_ns);
    j << "{\"min\": " << l.min << ", \"mean\": " << json_double(l.mean) << ", \"max\": " << l.max
      << ", \"p50\": " << l.p50 << ", \"p90\": " << l.p90 << ", \"p99\": " << l.p99
      << ", \"p99_9\": " << l.p99_9 << "}}";
  }
  return j.str();
}

// `first_members`: more members ahead of the phase's own ("\"key\": value, ").
std::string phase_json(const IoPhaseStats& phase, const std::string& first_members = "") {
  std::ostringstream j;
  j << "{" << first_members << "\"started_ns\": " << phase.started_ns
    << ", \"finished_ns\": " << phase.finished_ns << ", \"elapsed_ns\": " << phase.elapsed_ns()
    << ", \"ios\": " << phase.read.ios + phase.write.ios
    << ", \"bytes\": " << phase.read.bytes + phase.write.bytes
    << ", \"commands\": " << phase.commands << "}";
  return j.str();
}

}  // namespace

double per_second(uint64_t count, uint64_t elapsed_ns) {
  return elapsed_ns == 0 ? 0 : static_cast<double>(count) * 1e9 / static_cast<double>(elapsed_ns);
}

void print_io_settings_line(std::FILE* out, const Options& o) {
  const IoWorkload& w = o.io;
  std::string pattern = io_pattern_name(w.pattern);
  if (w.pattern == IoPattern::kRandRw)
    pattern += " (" + std::to_string(w.read_percent) + "% reads)";
  std::string extras;
  if (w.runtime) extras += ", runtime " + format_duration(*w.runtime);
  if (w.verify) extras += ", verify";
  if (!o.vfio.empty()) {
    std::fprintf(out,
                 "nvme-cosim io: %s, bs %s, iodepth %u, %s, size %s%s, seed %u, NSID 1 of "
                 "the controller at %s through VFIO, host time\n",
                 pattern.c_str(), format_bytes(w.bs).c_str(), w.iodepth,
                 plural(w.queues, "queue", "queues").c_str(), format_bytes(w.size).c_str(),
                 extras.c_str(), o.seed, o.vfio.c_str());
    return;
  }
  const std::string bandwidth =
      w.media_bandwidth > 0 ? w.media_bandwidth_text + " bandwidth" : "unlimited bandwidth";
  std::fprintf(out,
               "nvme-cosim io: %s, bs %s, iodepth %u, %s, size %s%s, seed %u, media %s latency, "
               "%s, %u-bit TLPs\n",
               pattern.c_str(), format_bytes(w.bs).c_str(), w.iodepth,
               plural(w.queues, "queue", "queues").c_str(), format_bytes(w.size).c_str(),
               extras.c_str(), o.seed, format_duration(w.media_latency).c_str(), bandwidth.c_str(),
               NVME_COSIM_TLP_WIDTH_BITS);
}

void print_io_report(std::FILE* out, const Options& o, const IoOutcome& outcome) {
  const IoWorkload& w = o.io;
  const IoResult& r = outcome.result;
  const IoPhaseStats& phase = r.workload;
  const uint64_t ios = phase.read.ios + phase.write.ios;
  std::string commands;
  if (phase.commands != ios) commands = " (" + plural(phase.commands, "command", "commands") + ")";
  std::fprintf(out, "%s, seed %u: %s of %s in %s%s%s\n", io_pattern_name(w.pattern), o.seed,
               std::to_string(ios).c_str(), plural(r.planned_ios, "I/O", "I/Os").c_str(),
               format_ms(phase.elapsed_ns()).c_str(), commands.c_str(),
               r.runtime_reached ? ", --runtime reached" : "");
  if (io_pattern_reads(w.pattern)) print_direction(out, "read", phase.read, phase.elapsed_ns());
  if (io_pattern_writes(w.pattern)) print_direction(out, "write", phase.write, phase.elapsed_ns());
  if (r.errors() == 0) {
    std::fprintf(out, "  %-26s none\n", "errors");
  } else {
    std::fprintf(out, "  %-26s %llu: %llu status, %llu timeout, %llu verify\n", "errors",
                 static_cast<unsigned long long>(r.errors()),
                 static_cast<unsigned long long>(r.status_errors),
                 static_cast<unsigned long long>(r.timeouts),
                 static_cast<unsigned long long>(r.verify_mismatches));
    for (const IoError& error : r.first_errors) {
      std::fprintf(out, "    %s\n", describe(error).c_str());
    }
    if (r.errors() > r.first_errors.size()) std::fprintf(out, "    ...\n");
  }
  if (w.verify) {
    std::fprintf(out, "  %-26s %s checked, %s\n", "verify",
                 plural(r.checked_blocks, "block", "blocks").c_str(),
                 plural(r.verify_mismatches, "mismatch", "mismatches").c_str());
  }
  if (r.prefilled) {
    std::fprintf(out, "  %-26s %s, %s in %s  (the region written for verify; not counted)\n",
                 "prefill", plural(r.prefill.write.ios, "write", "writes").c_str(),
                 format_bytes(r.prefill.write.bytes).c_str(),
                 format_ms(r.prefill.elapsed_ns()).c_str());
  }
  if (r.read_back) {
    std::fprintf(out, "  %-26s %s, %s in %s  (the region read back for verify; not counted)\n",
                 "readback", plural(r.readback.read.ios, "read", "reads").c_str(),
                 format_bytes(r.readback.read.bytes).c_str(),
                 format_ms(r.readback.elapsed_ns()).c_str());
  }
  if (!o.vfio.empty()) {
    std::fprintf(out, "  %-26s %s\n", "controller",
                 describe_controller(outcome.controller).c_str());
    std::fprintf(out, "  %-26s %s  (VFIO set-up and bring-up included)\n", "host time",
                 format_ms(outcome.simulated_ns).c_str());
    return;
  }
  const common::MediaPortStats& m = outcome.media;
  std::fprintf(out, "  %-26s %s (%s), %s (%s), %s, %s\n", "media",
               plural(m.read_requests, "read", "reads").c_str(), format_bytes(m.bytes_read).c_str(),
               plural(m.write_requests, "write", "writes").c_str(),
               format_bytes(m.bytes_written).c_str(),
               plural(m.zero_requests, "zero", "zeroes").c_str(),
               plural(m.flush_requests, "flush", "flushes").c_str());
  const char* included = r.prefilled   ? "enumeration, bring-up and prefill"
                         : r.read_back ? "enumeration, bring-up and readback"
                                       : "enumeration and bring-up";
  std::fprintf(out, "  %-26s %s  (%s included)\n", "simulated time",
               format_ms(outcome.simulated_ns).c_str(), included);
  std::fprintf(out, "  %-26s %.3f s  (RTL cycles: %llu evaluated, %llu skipped while idle)\n",
               "wall time", outcome.wall_seconds,
               static_cast<unsigned long long>(outcome.evaluated_cycles),
               static_cast<unsigned long long>(outcome.skipped_cycles));
  std::fprintf(
      out, "  %-26s %.3f M evaluated\n", "RTL cycles per wall second",
      outcome.wall_seconds > 0 ? outcome.evaluated_cycles / outcome.wall_seconds / 1e6 : 0.0);
}

std::string io_json(const Options& o, const IoOutcome& outcome) {
  const IoWorkload& w = o.io;
  const IoResult& r = outcome.result;
  std::ostringstream j;
  j << "{\n  \"settings\": {\n";
  const std::string s = "    ";
  j << s << "\"command\": " << json_string(command_name(o.command)) << ",\n";
  j << s << "\"vfio\": " << (o.vfio.empty() ? "null" : json_string(o.vfio)) << ",\n";
  j << s << "\"rw\": " << json_string(io_pattern_name(w.pattern)) << ",\n";
  j << s << "\"rwmixread\": " << w.read_percent << ",\n";
  j << s << "\"bs\": " << w.bs << ",\n";
  j << s << "\"iodepth\": " << w.iodepth << ",\n";
  j << s << "\"queues\": " << w.queues << ",\n";
  j << s << "\"size\": " << w.size << ",\n";
  j << s << "\"runtime_ns\": " << (w.runtime ? json_ns(*w.runtime) : "null") << ",\n";
  j << s << "\"verify\": " << json_bool(w.verify) << ",\n";
  j << s << "\"seed\": " << o.seed << ",\n";
  j << s << "\"nsid\": 1,\n";
  j << s << "\"namespaces\": " << o.nsids.size() << ",\n";
  j << s << "\"ns_blocks\": " << o.ns_blocks << ",\n";
  j << s << "\"block_bytes\": " << o.block_bytes << ",\n";
  j << s << "\"media_latency_ns\": " << json_ns(w.media_latency) << ",\n";
  j << s << "\"media_latency_cycles\": " << outcome.media_latency_cycles << ",\n";
  j << s << "\"media_bandwidth\": " << json_string(w.media_bandwidth_text) << ",\n";
  j << s << "\"media_bandwidth_bytes_per_s\": "
    << (w.media_bandwidth > 0 ? json_double(w.media_bandwidth) : "null") << ",\n";
  j << s << "\"media_bytes_per_cycle\": "
    << (outcome.media_bytes_per_cycle > 0 ? json_double(outcome.media_bytes_per_cycle) : "null")
    << ",\n";
  j << s << "\"io_timeout_ns\": " << json_ns(w.io_timeout) << ",\n";
  j << s << "\"clock_period_ns\": " << json_ns(o.clock_period) << ",\n";
  j << s << "\"tlp_width_bits\": " << NVME_COSIM_TLP_WIDTH_BITS << ",\n";
  j << s << "\"link_latency_ns\": " << json_ns(o.link_latency) << ",\n";
  j << s << "\"skip_idle\": " << json_bool(o.skip_idle) << ",\n";
  j << s << "\"waveform\": " << (o.waveform.empty() ? "null" : json_string(o.waveform)) << ",\n";
  j << s << "\"json\": " << json_string(o.json) << "\n";
  j << "  },\n";
  j << "  \"ok\": " << json_bool(outcome.ok && r.errors() == 0) << ",\n";
  if (!outcome.ok) j << "  \"error\": " << json_string(outcome.error) << ",\n";
  j << "  \"device\": {\"lba_bytes\": " << outcome.ns.block_bytes()
    << ", \"ns_blocks\": " << outcome.ns.blocks
    << ", \"max_transfer_bytes\": " << outcome.max_transfer_bytes
    << ", \"max_payload_bytes\": " << outcome.max_payload_bytes
    << ", \"max_read_request_bytes\": " << outcome.max_read_request_bytes << "},\n";
  j << "  \"workload\": "
    << phase_json(r.workload, "\"planned_ios\": " + std::to_string(r.planned_ios) +
                                  ", \"runtime_reached\": " + json_bool(r.runtime_reached) + ", ")
    << ",\n";
  j << "  \"read\": " << direction_json(r.workload.read, r.workload.elapsed_ns()) << ",\n";
  j << "  \"write\": " << direction_json(r.workload.write, r.workload.elapsed_ns()) << ",\n";
  j << "  \"errors\": {\"count\": " << r.errors() << ", \"status\": " << r.status_errors
    << ", \"timeouts\": " << r.timeouts << ", \"verify\": " << r.verify_mismatches
    << ", \"first\": [";
  for (size_t i = 0; i < r.first_errors.size(); ++i) {
    const IoError& e = r.first_errors[i];
    j << (i ? ",\n" : "\n") << "    {\"kind\": " << json_string(io_error_kind_name(e.kind))
      << ", \"at_ns\": " << e.at_ns << ", \"qid\": " << e.qid
      << ", \"op\": " << json_string(e.write ? "write" : "read")
      << ", \"phase\": " << json_string(io_phase_name(e.phase)) << ", \"lba\": " << e.lba
      << ", \"blocks\": " << e.blocks << ", \"what\": " << json_string(e.what) << "}";
  }
  j << (r.first_errors.empty() ? "]},\n" : "\n  ]},\n");
  j << "  \"verify\": {\"enabled\": " << json_bool(w.verify)
    << ", \"checked_blocks\": " << r.checked_blocks << ", \"mismatches\": " << r.verify_mismatches
    << "},\n";
  j << "  \"prefill\": " << (r.prefilled ? phase_json(r.prefill) : "null") << ",\n";
  j << "  \"readback\": " << (r.read_back ? phase_json(r.readback) : "null") << ",\n";
  const common::MediaPortStats& m = outcome.media;
  j << "  \"media\": {\"read_requests\": " << m.read_requests
    << ", \"write_requests\": " << m.write_requests << ", \"zero_requests\": " << m.zero_requests
    << ", \"flush_requests\": " << m.flush_requests << ", \"bytes_read\": " << m.bytes_read
    << ", \"bytes_written\": " << m.bytes_written << ", \"bytes_zeroed\": " << m.bytes_zeroed
    << "},\n";
  j << "  \"platform\": " << json_string(outcome.platform) << ",\n";
  j << "  \"clock\": " << json_string(o.vfio.empty() ? "simulated" : "host") << ",\n";
  j << "  \"controller\": {\"model\": " << json_string(outcome.controller.model)
    << ", \"serial\": " << json_string(outcome.controller.serial)
    << ", \"firmware\": " << json_string(outcome.controller.firmware) << "},\n";
  j << "  \"simulated_ns\": " << outcome.simulated_ns << ",\n";
  char wall[32];
  std::snprintf(wall, sizeof wall, "%.6f", outcome.wall_seconds);
  j << "  \"wall_seconds\": " << wall << ",\n";
  j << "  \"evaluated_cycles\": " << outcome.evaluated_cycles << ",\n";
  j << "  \"skipped_cycles\": " << outcome.skipped_cycles << "\n";
  j << "}\n";
  return j.str();
}

std::string describe_io_errors(const IoResult& r) {
  return std::to_string(r.errors()) + " I/O error(s): " + std::to_string(r.status_errors) +
         " status, " + std::to_string(r.timeouts) + " timeout, " +
         std::to_string(r.verify_mismatches) +
         " verify; the first: " + describe(r.first_errors.front());
}

}  // namespace cli
