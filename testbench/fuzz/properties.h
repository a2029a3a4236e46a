// SPDX-License-Identifier: Apache-2.0
// The properties the fuzzers check, shared by the seeded GoogleTest fuzzer (fuzz_tests) and the
// optional libFuzzer entry point (libfuzzer_main.cc). Each takes one input, runs the code under
// test on it and returns what went wrong, or an empty string when every property holds. None
// lets an exception out: an exception from the code under test is a failure.

#pragma once

#include <nvme/types.h>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "identify_check.h"
#include "pcie_tlp.h"

namespace fuzz {

// ---- Identify checks (cpp-host/identify_check.h) ----------------------------------------------

// check_identify_namespace: usable <=> reason kOk <=> `why` empty; usable => NSZE blocks > 0,
// NCAP in 1..NSZE, the format index within NLBAF, block_bytes = 2^LBADS in 512..65536 and the
// byte size within 64 bits; the verdict agrees with an independent reading of the fields and is
// the same on a second call.
std::string namespace_property(const nvme_id_ns& ns);

// check_active_nsid_page: the NSIDs are the page's entries before its first zero that are above
// prev and at most NN, in order, strictly ascending; the skipped ones are the rest up to a stop;
// kNextPage only for 1024 valid entries, with next_prev their last; kStop only on an entry not
// above its predecessor, and with a reason.
std::string nsid_page_property(const uint32_t (&entries)[nvme::kActiveNsidListEntries],
                               uint32_t prev, uint32_t nn);

// A whole list scan against `device` (called with the NSID each page is asked after), following
// the outcomes as the scan does: at most max_active_list_pages(nn) pages, every listed NSID
// strictly above the one before it (no duplicates across pages) and at most NN.
using ListDevice =
    std::function<void(uint32_t prev, uint32_t (&page)[nvme::kActiveNsidListEntries])>;
std::string nsid_list_scan_property(const ListDevice& device, uint32_t nn);

// check_identify_controller: usable exactly when NN <= kMaxSupportedNn and CNTRLTYPE is not 2 or
// 3; `why` empty exactly when usable; NN echoed.
std::string controller_property(const nvme_id_ctrl& ctrl);

// ---- The option parser (app/nvme-cosim/cli_options.h) ----------------------------------------

// parse_options on a whole argv (args[0] is the program): kError and kHelp come with a message
// (kError's one line unless an argument held a line break); kOk with Options inside every
// documented range; the same verdict and message on a second parse.
std::string cli_argv_property(const std::vector<std::string>& args);

// parse_duration: accepted values are at most 1000 s and survive format_duration and back.
std::string duration_property(const std::string& text);

// parse_nsid_list: accepted lists are nonempty, ascending, unique, each NSID 1..kMaxNsid;
// refused ones come with a message.
std::string nsid_list_text_property(const std::string& text);

// ---- The TLP codec (common/pcie_tlp.h) ----------------------------------------------------------

// Any DWs: every accessor and describe() run; beats reassemble to the same DWs; a well-formed
// TLP of a kind the builders make re-encodes to the same header fields.
std::string tlp_decode_property(const std::vector<uint32_t>& dws);

// Any beats into a TlpAssembler of beat_dw DWs per beat: the TLPs it returns hold exactly the DWs
// of the lanes (below beat_dw) the beats' keep marked, and it reports exactly the keeps the
// no-straddling rules refuse.
std::string beats_property(const std::vector<pcie::Beat>& beats, unsigned beat_dw);

// next_completion_end splitting [start, end) with RCB `rcb` (64 or 128) and `max_payload`
// (at least rcb, a multiple of 4): every completion advances, ends on an RCB boundary unless it
// is the last, and carries at most max_payload bytes from its first DW.
std::string completion_split_property(uint64_t start, uint64_t end, uint64_t rcb,
                                      uint64_t max_payload);

}  // namespace fuzz
