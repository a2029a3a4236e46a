// SPDX-License-Identifier: Apache-2.0
// nvme-cosim's timeline chart: SVG written by hand, integer and fixed-point formatting only, so
// the same runs give the same bytes.

#include "timeline_svg.h"

#include <algorithm>
#include <cstdio>
#include <map>

#include "cli_options.h"
#include "xml_escape.h"

namespace cli {

namespace {

using nvme::Nanoseconds;

// Page geometry, in SVG user units (pixels).
constexpr double kWidth = 1280;
constexpr double kPlotX0 = 200;           // lane labels to the left
constexpr double kPlotX1 = kWidth - 120;  // out-of-order markers to the right
constexpr double kPlotW = kPlotX1 - kPlotX0;
constexpr double kDetailLane = 18;
constexpr double kGroupLane = 18;
constexpr double kBlockHeader = 24;
constexpr double kBlockGap = 14;
constexpr double kMinBar = 2.0;  // a 1 us name allocation stays visible on a 40 ms axis
// compare: strategies within this factor of the fastest get a zoomed panel of their own when a
// slower one stretches the shared axis.
constexpr Nanoseconds kZoomRatio = 3;

enum Phase { kIdentify, kWait, kName, kDiskAdd, kPhases };
const char* const kPhaseName[kPhases] = {"Identify Namespace in flight",
                                         "waiting for the predecessor (ordered)", "name allocation",
                                         "disk add"};
const char* const kPhaseShort[kPhases] = {"Identify", "wait for predecessor", "name allocation",
                                          "disk add"};
const char* const kPhaseColor[kPhases] = {"#4e79a7", "#f28e2b", "#d62728", "#59a14f"};

std::string num(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.2f", value);
  return text;
}

// "4.673 ms": three decimals in the largest unit the value reaches; integer arithmetic.
std::string format_ns(Nanoseconds ns) {
  static const std::pair<Nanoseconds, const char*> kUnits[] = {
      {1'000'000'000, "s"}, {1'000'000, "ms"}, {1'000, "us"}};
  for (const auto& [unit, name] : kUnits) {
    if (ns >= unit) {
      char text[48];
      std::snprintf(text, sizeof text, "%llu.%03llu %s", static_cast<unsigned long long>(ns / unit),
                    static_cast<unsigned long long>(ns % unit * 1000 / unit), name);
      return text;
    }
  }
  return std::to_string(ns) + " ns";
}

std::string node_name(const std::string& node) {
  return node.compare(0, 5, "/dev/") == 0 ? node.substr(5) : node;
}

struct Interval {
  Nanoseconds start = 0, end = 0;  // from the scan start
};

// The four phases of one registered namespace, from the scan start.
void phases_of(const nvme::NamespaceRecord& ns, Nanoseconds origin, Interval out[kPhases]) {
  auto rel = [origin](Nanoseconds t) { return t > origin ? t - origin : 0; };
  out[kIdentify] = {rel(ns.identify_submitted), rel(ns.identify_completed)};
  out[kWait] = {rel(ns.chain_wait_started), rel(ns.registration_started)};
  out[kName] = {rel(ns.registration_started), rel(ns.name_allocated)};
  out[kDiskAdd] = {rel(ns.name_allocated), rel(ns.registration_finished)};
}

// One lane: a namespace, or (above kTimelineMaxLanes) a run of consecutive NSIDs.
struct Lane {
  uint32_t first = 0, last = 0;
  std::vector<const nvme::NamespaceRecord*> records;  // registered ones, NSID order
  unsigned listed = 0;                                // NSIDs in the lane, skipped included
  unsigned out_of_order = 0;  // instance below that of the previous registered NSID
};

struct Block {
  const RunOutcome* run = nullptr;
  std::vector<Lane> lanes;
  bool grouped = false;
  unsigned listed = 0;
  unsigned out_of_order = 0;
};

Block make_block(const RunOutcome& run) {
  Block block;
  block.run = &run;
  std::map<uint32_t, const nvme::NamespaceRecord*> by_nsid;  // nullptr: skipped
  for (uint32_t nsid : run.scan.skipped) by_nsid[nsid] = nullptr;
  for (const nvme::NamespaceRecord& ns : run.scan.namespaces) by_nsid[ns.nsid] = &ns;
  block.listed = static_cast<unsigned>(by_nsid.size());
  const size_t per_lane = by_nsid.size() <= kTimelineMaxLanes
                              ? 1
                              : (by_nsid.size() + kTimelineMaxLanes - 1) / kTimelineMaxLanes;
  block.grouped = per_lane > 1;
  const nvme::NamespaceRecord* previous = nullptr;
  size_t index = 0;
  for (const auto& [nsid, record] : by_nsid) {
    if (index++ % per_lane == 0) {
      block.lanes.emplace_back();
      block.lanes.back().first = nsid;
    }
    Lane& lane = block.lanes.back();
    lane.last = nsid;
    ++lane.listed;
    if (!record) continue;
    lane.records.push_back(record);
    if (previous && record->instance < previous->instance) {
      ++lane.out_of_order;
      ++block.out_of_order;
    }
    previous = record;
  }
  return block;
}

Nanoseconds extent_of(const RunOutcome& run) {
  const nvme::ScanResult& s = run.scan;
  Nanoseconds end = s.finished > s.started ? s.finished - s.started : 0;
  for (const nvme::NamespaceRecord& ns : s.namespaces) {
    if (ns.registration_finished > s.started)
      end = std::max(end, ns.registration_finished - s.started);
  }
  return end;
}

class Svg {
 public:
  explicit Svg(Nanoseconds extent) : m_extent(std::max<Nanoseconds>(extent, 1)) {}

  double x(Nanoseconds t) const {
    return kPlotX0 + kPlotW * static_cast<double>(t) / static_cast<double>(m_extent);
  }

  void line(const std::string& text) { m_body += text + "\n"; }

  void text(double x, double y, const std::string& content, const std::string& attributes = "") {
    line("<text x=\"" + num(x) + "\" y=\"" + num(y) + "\"" +
         (attributes.empty() ? "" : " " + attributes) + ">" + xml_escape(content) + "</text>");
  }

  // A bar from `start` to `end` with a hover title; at least kMinBar wide.
  void bar(Interval span, double y, double height, const std::string& fill, double opacity,
           const std::string& title) {
    const double x0 = x(span.start);
    const double width = std::max(kMinBar, x(span.end) - x0);
    std::string rect = "<rect x=\"" + num(x0) + "\" y=\"" + num(y) + "\" width=\"" + num(width) +
                       "\" height=\"" + num(height) + "\" fill=\"" + fill + "\"";
    if (opacity < 1) rect += " fill-opacity=\"" + num(opacity) + "\"";
    line(rect + "><title>" + xml_escape(title) + "</title></rect>");
  }

  std::string& body() { return m_body; }

 private:
  Nanoseconds m_extent;
  std::string m_body;
};

struct Ticks {
  Nanoseconds step = 1;
  Nanoseconds unit = 1;
  const char* unit_name = "ns";
  int decimals = 0;
};

// About ten ticks at 1, 2 or 5 times a power of ten; the unit from the extent.
Ticks choose_ticks(Nanoseconds extent) {
  Ticks t;
  const Nanoseconds raw = std::max<Nanoseconds>(extent / 10, 1);
  Nanoseconds magnitude = 1;
  while (magnitude * 10 <= raw) magnitude *= 10;
  t.step = magnitude;
  for (Nanoseconds factor : {1, 2, 5, 10}) {
    t.step = magnitude * factor;
    if (t.step >= raw) break;
  }
  if (extent >= 1'000'000'000) {
    t.unit = 1'000'000'000, t.unit_name = "s";
  } else if (extent >= 1'000'000) {
    t.unit = 1'000'000, t.unit_name = "ms";
  } else if (extent >= 1'000) {
    t.unit = 1'000, t.unit_name = "us";
  }
  for (Nanoseconds s = t.step; s < t.unit; s *= 10) ++t.decimals;
  return t;
}

std::string tick_label(Nanoseconds value, const Ticks& t) {
  std::string text = std::to_string(value / t.unit);
  if (t.decimals > 0) {
    Nanoseconds scale = 1;
    for (int i = 0; i < t.decimals; ++i) scale *= 10;
    std::string fraction = std::to_string(value % t.unit * scale / t.unit);
    fraction.insert(0, static_cast<size_t>(t.decimals) - fraction.size(), '0');
    text += "." + fraction;
  }
  return text;
}

double block_height(const Block& block) {
  return kBlockHeader + block.lanes.size() * (block.grouped ? kGroupLane : kDetailLane);
}

void draw_block(Svg& svg, const Block& block, double top) {
  const RunOutcome& run = *block.run;
  const nvme::ScanResult& s = run.scan;
  const Nanoseconds origin = s.started;
  std::string header = run.strategy + ": " + std::to_string(s.namespaces.size()) + " of " +
                       std::to_string(block.listed) + " namespaces registered, scan time " +
                       format_ns(s.scan_time()) + ", names " +
                       (s.names_follow_nsid_order() ? "follow" : "do NOT follow") + " NSID order";
  if (block.grouped) {
    header += ", " + std::to_string(block.lanes.size()) + " lanes of " +
              std::to_string(block.lanes.front().listed) + " NSIDs";
  }
  svg.text(12, top + 16, header, "class=\"block\"");

  const double lane_h = block.grouped ? kGroupLane : kDetailLane;
  double y = top + kBlockHeader;
  for (size_t i = 0; i < block.lanes.size(); ++i, y += lane_h) {
    const Lane& lane = block.lanes[i];
    if (i % 2 == 0) {
      svg.line("<rect x=\"" + num(kPlotX0) + "\" y=\"" + num(y) + "\" width=\"" + num(kPlotW) +
               "\" height=\"" + num(lane_h) + "\" class=\"stripe\"/>");
    }
    const bool ooo = lane.out_of_order > 0;
    std::string label;
    if (!block.grouped) {
      label = nsid_text(lane.first) + " \u2192 " +
              (lane.records.empty() ? std::string("skipped") : node_name(lane.records[0]->node));
    } else {
      label = nsid_text(lane.first) + "-" + nsid_text(lane.last);
    }
    const char* label_class = lane.records.empty() ? "skipped" : ooo ? "lane ooo" : "lane";
    svg.text(kPlotX0 - 8, y + lane_h - 5, label,
             std::string("class=\"") + label_class + "\" text-anchor=\"end\"");
    if (ooo) {
      const std::string marker =
          block.grouped ? std::to_string(lane.out_of_order) + " out of order" : "out of order";
      svg.line("<text x=\"" + num(kPlotX1 + 8) + "\" y=\"" + num(y + lane_h - 5) +
               "\" class=\"ooo\">" + xml_escape(marker) + "<title>" +
               xml_escape(block.grouped
                              ? std::to_string(lane.out_of_order) +
                                    " namespaces in this lane got a lower instance than the "
                                    "registered NSID before them"
                              : "got a lower instance than the registered NSID before it") +
               "</title></text>");
    }

    if (!block.grouped) {
      if (lane.records.empty()) continue;
      const nvme::NamespaceRecord& ns = *lane.records[0];
      Interval spans[kPhases];
      phases_of(ns, origin, spans);
      for (int p : {kIdentify, kWait, kDiskAdd, kName}) {  // the short name allocation on top
        if (p == kWait && spans[p].end <= spans[p].start) continue;
        svg.bar(spans[p], y + 3, lane_h - 6, kPhaseColor[p], 1,
                nsid_text(ns.nsid) + " \u2192 " + node_name(ns.node) + ": " + kPhaseName[p] +
                    ", start " + format_ns(spans[p].start) + ", duration " +
                    format_ns(spans[p].end - spans[p].start));
      }
      continue;
    }
    // Grouped: per phase the envelope (earliest start .. latest end), one sub-row each.
    if (lane.records.empty()) continue;
    const double row_h = (lane_h - 2) / kPhases;
    for (int p = 0; p < kPhases; ++p) {
      Interval envelope{~Nanoseconds{0}, 0};
      unsigned present = 0;
      for (const nvme::NamespaceRecord* ns : lane.records) {
        Interval spans[kPhases];
        phases_of(*ns, origin, spans);
        if (p == kWait && spans[p].end <= spans[p].start) continue;
        envelope.start = std::min(envelope.start, spans[p].start);
        envelope.end = std::max(envelope.end, spans[p].end);
        ++present;
      }
      if (present == 0) continue;
      svg.bar(envelope, y + 1 + p * row_h, row_h, kPhaseColor[p], 0.55,
              nsid_text(lane.first) + "-" + nsid_text(lane.last) + ": " + kPhaseName[p] + " of " +
                  std::to_string(present) + " namespaces, earliest start " +
                  format_ns(envelope.start) + ", latest end " + format_ns(envelope.end) +
                  ", span " + format_ns(envelope.end - envelope.start));
    }
  }
  // Scan finished: the last disk added.
  const Nanoseconds end = s.finished > origin ? s.finished - origin : 0;
  svg.line("<line x1=\"" + num(svg.x(end)) + "\" y1=\"" + num(top + kBlockHeader - 4) + "\" x2=\"" +
           num(svg.x(end)) + "\" y2=\"" + num(y) + "\" class=\"end\"><title>" +
           xml_escape(run.strategy + ": scan finished at " + format_ns(end)) + "</title></line>");
}

// Blocks stacked on one time axis from 0 to their longest extent, with tick labels above and
// below; `heading` above it all when not empty. Returns the bottom of the panel.
double draw_panel(std::string& out, const std::vector<const Block*>& blocks, double top,
                  const std::string& heading) {
  Nanoseconds extent = 1;
  for (const Block* block : blocks) extent = std::max(extent, extent_of(*block->run));
  const Ticks ticks = choose_ticks(extent);
  // Round the axis up to a whole tick so the last label sits at the right edge.
  const Nanoseconds axis_end = (extent + ticks.step - 1) / ticks.step * ticks.step;
  Svg svg(axis_end);
  if (!heading.empty()) {
    svg.text(12, top, heading, "class=\"block\"");
    top += 10;
  }
  const double axis_top = top;
  double y = axis_top + 16;
  const double plot_top = y;
  std::vector<double> tops;
  for (const Block* block : blocks) {
    tops.push_back(y);
    y += block_height(*block) + kBlockGap;
  }
  const double plot_bottom = y - kBlockGap;
  for (Nanoseconds t = 0; t <= axis_end; t += ticks.step) {
    const double x = svg.x(t);
    svg.line("<line x1=\"" + num(x) + "\" y1=\"" + num(plot_top) + "\" x2=\"" + num(x) +
             "\" y2=\"" + num(plot_bottom) + "\" class=\"grid\"/>");
    const std::string label = tick_label(t, ticks);
    svg.text(x, axis_top + 10, label, "class=\"tick\" text-anchor=\"middle\"");
    svg.text(x, plot_bottom + 14, label, "class=\"tick\" text-anchor=\"middle\"");
  }
  svg.text(kPlotX0 - 22, axis_top + 10, std::string("time (") + ticks.unit_name + ")",
           "class=\"tick\" text-anchor=\"end\"");
  svg.text(kPlotX0 + kPlotW / 2, plot_bottom + 30,
           std::string("simulated time from the scan start (") + ticks.unit_name + ")",
           "class=\"tick\" text-anchor=\"middle\"");
  for (size_t i = 0; i < blocks.size(); ++i) {
    if (i > 0) {
      svg.line("<line x1=\"8\" y1=\"" + num(tops[i] - kBlockGap / 2) + "\" x2=\"" +
               num(kWidth - 8) + "\" y2=\"" + num(tops[i] - kBlockGap / 2) + "\" class=\"sep\"/>");
    }
    draw_block(svg, *blocks[i], tops[i]);
  }
  out += svg.body();
  return plot_bottom + 30;
}

}  // namespace

std::string timeline_svg(const std::vector<const RunOutcome*>& runs, const std::string& subtitle) {
  std::vector<Block> blocks;
  for (const RunOutcome* run : runs) blocks.push_back(make_block(*run));
  Svg svg(1);  // title and legend: no time axis; draw_panel adds the panels

  // Title.
  std::string title;
  const bool any_grouped =
      std::any_of(blocks.begin(), blocks.end(), [](const Block& b) { return b.grouped; });
  if (blocks.size() == 1) {
    const RunOutcome& run = *blocks[0].run;
    title = "nvme-cosim scan timeline: " + run.strategy + ", " + std::to_string(blocks[0].listed) +
            " namespaces, scan time " + format_ns(run.scan.scan_time());
  } else {
    title = "nvme-cosim compare timeline: " + std::to_string(blocks.size()) + " strategies, " +
            std::to_string(blocks.empty() ? 0 : blocks[0].listed) + " namespaces";
  }
  svg.text(12, 24, title, "class=\"title\"");
  svg.text(12, 42, subtitle, "class=\"sub\"");

  // Legend.
  double lx = 12;
  const double ly = 54;
  for (int p = 0; p < kPhases; ++p) {
    svg.line("<rect x=\"" + num(lx) + "\" y=\"" + num(ly) +
             "\" width=\"14\" height=\"10\" fill=\"" + kPhaseColor[p] + "\"" +
             (any_grouped ? " fill-opacity=\"0.55\"" : "") + "/>");
    svg.text(lx + 18, ly + 9, kPhaseShort[p], "class=\"legend\"");
    lx += 30 + 6.6 * std::string(kPhaseShort[p]).size();
  }
  svg.line("<line x1=\"" + num(lx) + "\" y1=\"" + num(ly - 1) + "\" x2=\"" + num(lx) + "\" y2=\"" +
           num(ly + 11) + "\" class=\"end\"/>");
  svg.text(lx + 6, ly + 9, "scan finished", "class=\"legend\"");
  lx += 100;
  const bool any_out_of_order =
      std::any_of(blocks.begin(), blocks.end(), [](const Block& b) { return b.out_of_order; });
  if (any_out_of_order) {
    svg.text(lx, ly + 9, "out of order: a lower instance than the previous NSID's",
             "class=\"legend ooo\"");
  }
  if (any_grouped) {
    svg.text(12, ly + 26,
             "More than " + std::to_string(kTimelineMaxLanes) +
                 " namespaces: consecutive NSIDs share a lane; per phase, one row from the "
                 "earliest start to the latest end in the lane (top to bottom: Identify, wait, "
                 "name, disk add).",
             "class=\"legend\"");
  }

  // The blocks on one shared axis; then, when a slow strategy squeezes the others, those within
  // kZoomRatio of the fastest again on an axis of their own.
  double y = any_grouped ? 100 : 84;
  std::vector<const Block*> all, zoomed;
  Nanoseconds fastest = ~Nanoseconds{0};
  for (const Block& block : blocks) {
    if (extent_of(*block.run) > 0) fastest = std::min(fastest, extent_of(*block.run));
  }
  for (const Block& block : blocks) {
    all.push_back(&block);
    const Nanoseconds extent = extent_of(*block.run);
    if (extent > 0 && extent / kZoomRatio <= fastest) zoomed.push_back(&block);
  }
  y = draw_panel(svg.body(), all, y, "");
  if (!zoomed.empty() && zoomed.size() < all.size()) {
    std::string left_out;
    for (const Block& block : blocks) {
      if (std::find(zoomed.begin(), zoomed.end(), &block) != zoomed.end()) continue;
      left_out += (left_out.empty() ? "" : ", ") + block.run->strategy;
    }
    y = draw_panel(svg.body(), zoomed, y + 28,
                   "Zoomed: the strategies within " + std::to_string(kZoomRatio) +
                       "x of the fastest scan, on an axis of their own (" + left_out +
                       " left out)");
  }
  const double height = y + 14;
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + num(kWidth) + "\" height=\"" +
         num(height) + "\" viewBox=\"0 0 " + num(kWidth) + " " + num(height) +
         "\" font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\">\n";
  out += "<title>" + xml_escape(title) + "</title>\n";
  out +=
      "<style>\n"
      ".title{font-size:16px;font-weight:bold}\n"
      ".sub{font-size:12px;fill:#444}\n"
      ".legend{font-size:11px;fill:#222}\n"
      ".block{font-size:12px;font-weight:bold;fill:#111}\n"
      ".lane{font-size:11px;fill:#222}\n"
      ".skipped{font-size:11px;fill:#999;font-style:italic}\n"
      ".ooo{font-size:10px;fill:#b00020}\n"
      ".lane.ooo{font-size:11px}\n"
      ".tick{font-size:10px;fill:#444}\n"
      ".stripe{fill:#000;fill-opacity:0.04}\n"
      ".grid{stroke:#d8d8d8;stroke-width:1}\n"
      ".sep{stroke:#888;stroke-width:1}\n"
      ".end{stroke:#000;stroke-width:1.2;stroke-dasharray:4 3}\n"
      "</style>\n";
  out += "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n";
  out += svg.body();
  out += "</svg>\n";
  return out;
}

}  // namespace cli
