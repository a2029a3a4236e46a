// SPDX-License-Identifier: Apache-2.0
// The optional libFuzzer entry point (not in CI; testbench/fuzz/CMakeLists.txt builds it with
// clang++ and ASan/UBSan): the first input byte picks a target, the rest is its input, and a
// broken property aborts with what went wrong. The properties are the seeded fuzzer's
// (properties.h).

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "fuzz_support.h"
#include "properties.h"

namespace {

// Copies up to sizeof(T) bytes into a zeroed T.
template <typename T>
T from_bytes(const uint8_t* data, size_t size) {
  T value{};
  std::memcpy(&value, data, size < sizeof value ? size : sizeof value);
  return value;
}

uint32_t word_at(const uint8_t* data, size_t size, size_t offset) {
  uint32_t word = 0;
  for (size_t i = 0; i < 4 && offset + i < size; ++i) word |= uint32_t{data[offset + i]} << (8 * i);
  return word;
}

std::vector<uint32_t> words(const uint8_t* data, size_t size) {
  std::vector<uint32_t> out;
  for (size_t offset = 0; offset < size; offset += 4) out.push_back(word_at(data, size, offset));
  return out;
}

// argv from NUL-separated tokens, the program name first.
std::vector<std::string> argv_from(const uint8_t* data, size_t size) {
  std::vector<std::string> args = {"nvme-cosim"};
  std::string token;
  for (size_t i = 0; i < size; ++i) {
    if (data[i] == 0) {
      args.push_back(token);
      token.clear();
    } else {
      token += static_cast<char>(data[i]);
    }
  }
  args.push_back(token);
  return args;
}

void check(const std::string& problem, const std::string& input) {
  if (problem.empty()) return;
  std::fprintf(stderr, "property broken\ninput: %s\nproblem: %s\n", input.c_str(), problem.c_str());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const unsigned target = data[0] % 9;
  ++data;
  --size;
  const std::string text(reinterpret_cast<const char*>(data), size);
  switch (target) {
    case 0: {
      const auto ns = from_bytes<nvme_id_ns>(data, size);
      check(fuzz::namespace_property(ns), fuzz::nonzero_bytes(&ns, sizeof ns));
      break;
    }
    case 1: {
      uint32_t page[nvme::kActiveNsidListEntries] = {};
      for (size_t i = 0; i < nvme::kActiveNsidListEntries; ++i)
        page[i] = word_at(data, size, 8 + 4 * i);
      const uint32_t prev = word_at(data, size, 0), nn = word_at(data, size, 4);
      check(fuzz::nsid_page_property(page, prev, nn), fuzz::hex_words(words(data, size)));
      break;
    }
    case 2: {
      const auto ctrl = from_bytes<nvme_id_ctrl>(data, size);
      check(fuzz::controller_property(ctrl), fuzz::nonzero_bytes(&ctrl, sizeof ctrl));
      break;
    }
    case 3: {
      const std::vector<std::string> args = argv_from(data, size);
      check(fuzz::cli_argv_property(args), fuzz::quoted_argv(args));
      break;
    }
    case 4:
      check(fuzz::duration_property(text), fuzz::quoted(text));
      break;
    case 5:
      check(fuzz::nsid_list_text_property(text), fuzz::quoted(text));
      break;
    case 6:
      check(fuzz::tlp_decode_property(words(data, size)), fuzz::hex_words(words(data, size)));
      break;
    case 7: {
      // The first byte picks the stream width (2, 4 or 8 DWs per beat); then per beat its DWs,
      // a keep word (any bits, those past the lanes too) and a byte whose bit 0 is last.
      if (size == 0) break;
      static const unsigned kBeatDw[] = {2, 4, 8};
      const unsigned beat_dw = kBeatDw[data[0] % 3];
      const size_t stride = 4 * beat_dw + 5;
      std::vector<pcie::Beat> beats;
      for (size_t offset = 1; offset + stride <= size; offset += stride) {
        pcie::Beat beat;
        for (unsigned lane = 0; lane < beat_dw; ++lane)
          beat.dw[lane] = word_at(data, size, offset + 4 * lane);
        beat.keep = word_at(data, size, offset + 4 * beat_dw);
        beat.last = (data[offset + 4 * beat_dw + 4] & 1) != 0;
        beats.push_back(beat);
      }
      check(fuzz::beats_property(beats, beat_dw),
            std::to_string(beat_dw) + " DWs/beat: " + fuzz::hex_words(words(data, size)));
      break;
    }
    default: {
      static const uint64_t kRcb[] = {64, 128};
      static const uint64_t kPayload[] = {128, 256, 512, 1024, 2048, 4096};
      const uint64_t start = word_at(data, size, 0);
      const uint64_t end = start + 1 + (word_at(data, size, 4) & 0xFFFF);
      const uint32_t pick = word_at(data, size, 8);
      check(fuzz::completion_split_property(start, end, kRcb[pick & 1], kPayload[(pick >> 1) % 6]),
            fuzz::hex_words(words(data, size)));
    }
  }
  return 0;
}
