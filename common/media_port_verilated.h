// SPDX-License-Identifier: Apache-2.0
// common::MediaPort to and from a Verilated model's media_* ports (nvme_ctrl_top, cosim_top).
// Media words are 32 bits (IData) in a 64-bit TLP build, else as wide as the TLP stream
// (VlWide<4> or VlWide<8>). Header-only; needs Verilator's include directory (verilated.h).

#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <type_traits>
#include <utility>

#include "media_port.h"
#include "verilated.h"

namespace common {

using MediaWord = std::array<uint32_t, kMediaMaxWordDw>;

inline void write_media_word(IData& port, const MediaWord& word) { port = word[0]; }
template <std::size_t Words>
void write_media_word(VlWide<Words>& port, const MediaWord& word) {
  static_assert(Words <= kMediaMaxWordDw, "media words are at most 8 DWs");
  for (std::size_t dw = 0; dw < Words; ++dw) port.m_storage[dw] = word[dw];
}

inline MediaWord read_media_word(const IData& port) { return MediaWord{port}; }
template <std::size_t Words>
MediaWord read_media_word(const VlWide<Words>& port) {
  MediaWord word{};
  for (std::size_t dw = 0; dw < Words; ++dw) word[dw] = port.m_storage[dw];
  return word;
}

// DWs per media word of a model, from its port type.
template <class Model>
constexpr unsigned media_word_dw() {
  using Port = std::remove_reference_t<decltype(std::declval<Model&>().media_rd_data_i)>;
  if constexpr (std::is_same_v<std::remove_cv_t<Port>, IData>) {
    return 1;
  } else {
    return static_cast<unsigned>(sizeof(Port) / sizeof(uint32_t));
  }
}

// The model's inputs for this cycle, from what the media port drives.
template <class Model>
void drive_media(Model& m, const MediaPortOut& out) {
  m.media_rd_req_ready_i = out.rd_req_ready;
  m.media_rd_data_valid_i = out.rd_data_valid;
  write_media_word(m.media_rd_data_i, out.rd_data);
  m.media_wr_req_ready_i = out.wr_req_ready;
  m.media_wr_data_ready_i = out.wr_data_ready;
  m.media_wr_done_i = out.wr_done;
}

// The model's outputs at the sampling point before the rising edge.
template <class Model>
MediaPortIn sample_media(const Model& m) {
  MediaPortIn in;
  in.rd_req_valid = m.media_rd_req_valid_o;
  in.rd_req_addr = m.media_rd_req_addr_o;
  in.rd_req_len = m.media_rd_req_len_o;
  in.rd_data_ready = m.media_rd_data_ready_o;
  in.wr_req_valid = m.media_wr_req_valid_o;
  in.wr_req_op = m.media_wr_req_op_o;
  in.wr_req_addr = m.media_wr_req_addr_o;
  in.wr_req_len = m.media_wr_req_len_o;
  in.wr_data_valid = m.media_wr_data_valid_o;
  in.wr_data = read_media_word(m.media_wr_data_o);
  return in;
}

}  // namespace common
