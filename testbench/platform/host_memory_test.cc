// SPDX-License-Identifier: Apache-2.0
// HostMemory: sparse storage, b_transport with byte enables and latency, DMI pages.

#include <gtest/gtest.h>

#include "platform_test_util.h"

namespace cosim::test {
namespace {

// A TLM initiator bound to the memory under test.
class MemoryInitiator : public sc_core::sc_module {
 public:
  tlm_utils::simple_initiator_socket<MemoryInitiator> socket;
  explicit MemoryInitiator(sc_core::sc_module_name name)
      : sc_core::sc_module(name), socket("socket") {}
};

TEST(HostMemory, UnwrittenBytesReadZeroAndPagesAppearOnWrite) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  HostMemory memory("memory");
  EXPECT_EQ(memory.read32(0xFFFF'FFFF'0000'0000ull), 0u);
  EXPECT_EQ(memory.page_count(), 0u) << "reads allocate nothing";

  memory.write32(0x1FFE, 0xA1B2C3D4);  // straddles two pages
  EXPECT_EQ(memory.page_count(), 2u);
  EXPECT_EQ(memory.read32(0x1FFE), 0xA1B2C3D4u);
  EXPECT_EQ(memory.read(0x1FFE, 4), (std::vector<uint8_t>{0xD4, 0xC3, 0xB2, 0xA1}));
  memory.write64(0x8000'0000'0000ull, 0x1122334455667788ull);
  EXPECT_EQ(memory.read64(0x8000'0000'0000ull), 0x1122334455667788ull);
  EXPECT_EQ(memory.read32(0x8000'0000'0004ull), 0x11223344u);
}

TEST(HostMemory, BTransportHonoursByteEnablesAndAnnotatesLatency) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  HostMemory memory("memory", ns(70));
  MemoryInitiator cpu("cpu");
  cpu.socket.bind(memory.mem_socket);
  memory.write(0x3000, std::vector<uint8_t>(8, 0xEE));

  std::vector<sc_core::sc_time> delays;
  std::vector<uint8_t> read_back(8, 0x55);
  TestThread thread("thread", [&] {
    uint8_t data[8] = {1, 2, 3, 4, 5, 6, 7, 8};
    uint8_t be[4] = {TLM_BYTE_ENABLED, TLM_BYTE_DISABLED, TLM_BYTE_ENABLED, TLM_BYTE_DISABLED};
    tlm::tlm_generic_payload trans;
    trans.set_command(tlm::TLM_WRITE_COMMAND);
    trans.set_address(0x3000);
    trans.set_data_ptr(data);
    trans.set_data_length(8);
    trans.set_streaming_width(8);
    trans.set_byte_enable_ptr(be);
    trans.set_byte_enable_length(4);  // the pattern repeats over the 8 bytes
    sc_core::sc_time delay = ns(5);
    cpu.socket->b_transport(trans, delay);
    EXPECT_TRUE(trans.is_response_ok());
    delays.push_back(delay);

    // Read with bytes 2..5 enabled: the others keep what the initiator had there.
    uint8_t read_be[8] = {0, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0};
    trans.set_command(tlm::TLM_READ_COMMAND);
    trans.set_data_ptr(read_back.data());
    trans.set_byte_enable_ptr(read_be);
    trans.set_byte_enable_length(8);
    delay = sc_core::SC_ZERO_TIME;
    cpu.socket->b_transport(trans, delay);
    EXPECT_TRUE(trans.is_response_ok());
    delays.push_back(delay);
  });
  sc_core::sc_start();

  EXPECT_EQ(memory.read(0x3000, 8), (std::vector<uint8_t>{1, 0xEE, 3, 0xEE, 5, 0xEE, 7, 0xEE}));
  EXPECT_EQ(read_back, (std::vector<uint8_t>{0x55, 0x55, 3, 0xEE, 5, 0xEE, 0x55, 0x55}));
  ASSERT_EQ(delays.size(), 2u);
  EXPECT_EQ(delays[0], ns(75)) << "the access latency adds to the incoming annotation";
  EXPECT_EQ(delays[1], ns(70));
}

TEST(HostMemory, DmiGrantsTheWholePageForReadAndWrite) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  HostMemory memory("memory", ns(60));
  MemoryInitiator cpu("cpu");
  cpu.socket.bind(memory.mem_socket);
  memory.write32(0x12344, 0xCAFEF00D);

  tlm::tlm_generic_payload trans;
  trans.set_command(tlm::TLM_WRITE_COMMAND);
  trans.set_address(0x12345);
  tlm::tlm_dmi dmi;
  ASSERT_TRUE(cpu.socket->get_direct_mem_ptr(trans, dmi));
  EXPECT_EQ(dmi.get_start_address(), 0x12000u);
  EXPECT_EQ(dmi.get_end_address(), 0x12FFFu);
  EXPECT_TRUE(dmi.is_read_write_allowed());
  EXPECT_EQ(dmi.get_read_latency(), ns(60));
  EXPECT_EQ(dmi.get_write_latency(), ns(60));

  uint8_t* page = dmi.get_dmi_ptr();
  EXPECT_EQ(page[0x344], 0x0D) << "DMI sees what the helpers wrote";
  page[0x800] = 0x42;
  EXPECT_EQ(memory.read32(0x12800), 0x42u) << "and the helpers see DMI writes";

  // A page never written is granted too (allocated, reading zero).
  trans.set_address(0x7000'0000);
  ASSERT_TRUE(cpu.socket->get_direct_mem_ptr(trans, dmi));
  EXPECT_EQ(dmi.get_start_address(), 0x7000'0000u);
  EXPECT_EQ(dmi.get_dmi_ptr()[17], 0);
}

TEST(HostMemory, StreamingWidthWrapsTheAddress) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  HostMemory memory("memory");
  MemoryInitiator cpu("cpu");
  cpu.socket.bind(memory.mem_socket);
  TestThread thread("thread", [&] {
    uint8_t data[8] = {1, 2, 3, 4, 5, 6, 7, 8};
    tlm::tlm_generic_payload trans;
    trans.set_command(tlm::TLM_WRITE_COMMAND);
    trans.set_address(0x100);
    trans.set_data_ptr(data);
    trans.set_data_length(8);
    trans.set_streaming_width(4);  // a FIFO-like target: bytes 4..7 land on 0x100..0x103 again
    sc_core::sc_time delay;
    cpu.socket->b_transport(trans, delay);
    EXPECT_TRUE(trans.is_response_ok());
  });
  sc_core::sc_start();
  EXPECT_EQ(memory.read32(0x100), 0x08070605u);
  EXPECT_EQ(memory.read32(0x104), 0u);
}

}  // namespace
}  // namespace cosim::test
