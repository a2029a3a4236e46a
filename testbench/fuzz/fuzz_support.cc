// SPDX-License-Identifier: Apache-2.0
// The seeded fuzzer's plumbing (fuzz_support.h).

#include "fuzz_support.h"

#include <cstdio>
#include <cstdlib>
#include <sstream>

namespace fuzz {

namespace {

// The seeds CI runs: fixed, so every run of the suite is the same run.
constexpr uint64_t kDefaultSeeds[] = {1, 2, 0x5EED, 0xC0FFEE, 20241112};

bool parse_number(const std::string& text, uint64_t* out) {
  if (text.empty()) return false;
  char* end = nullptr;
  const unsigned long long value = std::strtoull(text.c_str(), &end, 0);
  if (end == nullptr || *end != '\0') return false;
  *out = value;
  return true;
}

}  // namespace

uint64_t Rng::edgy(unsigned bits) {
  const uint64_t top = bits >= 64 ? ~uint64_t{0} : (uint64_t{1} << bits) - 1;
  switch (below(6)) {
    case 0:
      return below(4);  // 0..3
    case 1:
      return top - below(3);
    case 2: {
      const uint64_t power = uint64_t{1} << below(bits >= 64 ? 64 : bits);
      return (power + below(3) - 1) & top;  // 2^k - 1, 2^k, 2^k + 1
    }
    case 3:
      return below(64) & top;
    default:
      return next() & top;
  }
}

std::vector<uint64_t> seeds() {
  const char* text = std::getenv("NVME_COSIM_FUZZ_SEEDS");
  std::vector<uint64_t> list;
  if (text != nullptr && *text != '\0') {
    std::stringstream stream(text);
    std::string item;
    while (std::getline(stream, item, ',')) {
      uint64_t seed = 0;
      if (parse_number(item, &seed)) list.push_back(seed);
    }
  }
  if (list.empty()) list.assign(std::begin(kDefaultSeeds), std::end(kDefaultSeeds));
  return list;
}

uint64_t iterations(uint64_t default_count) {
  const char* text = std::getenv("NVME_COSIM_FUZZ_ITERATIONS");
  uint64_t count = 0;
  if (text != nullptr && parse_number(text, &count) && count > 0) return count;
  return default_count;
}

std::string replay_hint(uint64_t seed, uint64_t index) {
  char text[160];
  std::snprintf(text, sizeof text,
                "seed %llu, case %llu (replay: NVME_COSIM_FUZZ_SEEDS=%llu "
                "NVME_COSIM_FUZZ_ITERATIONS=%llu)",
                static_cast<unsigned long long>(seed), static_cast<unsigned long long>(index),
                static_cast<unsigned long long>(seed), static_cast<unsigned long long>(index + 1));
  return text;
}

std::string quoted(const std::string& text) {
  std::string out = "\"";
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (byte >= 0x20 && byte < 0x7F) {
      out += c;
    } else {
      char escape[8];
      std::snprintf(escape, sizeof escape, "\\x%02x", byte);
      out += escape;
    }
  }
  return out + "\"";
}

std::string quoted_argv(const std::vector<std::string>& args) {
  std::string out = "{";
  for (size_t i = 0; i < args.size(); ++i) out += (i ? ", " : "") + quoted(args[i]);
  return out + "}";
}

std::string hex_words(const std::vector<uint32_t>& words, size_t limit) {
  std::string out = "[";
  char word[16];
  for (size_t i = 0; i < words.size() && i < limit; ++i) {
    std::snprintf(word, sizeof word, "%s%08x", i ? " " : "", words[i]);
    out += word;
  }
  if (words.size() > limit) out += " ... (" + std::to_string(words.size()) + " DWs)";
  return out + "]";
}

std::string nonzero_bytes(const void* data, size_t size, size_t limit) {
  const auto* bytes = static_cast<const unsigned char*>(data);
  std::string out = "{";
  size_t shown = 0, total = 0;
  char pair[40];
  for (size_t i = 0; i < size; ++i) {
    if (bytes[i] == 0) continue;
    ++total;
    if (shown == limit) continue;
    std::snprintf(pair, sizeof pair, "%s%zu:%02x", shown ? " " : "", i, bytes[i]);
    out += pair;
    ++shown;
  }
  if (total > shown) out += " ... (" + std::to_string(total) + " nonzero bytes)";
  return out + "}";
}

}  // namespace fuzz
