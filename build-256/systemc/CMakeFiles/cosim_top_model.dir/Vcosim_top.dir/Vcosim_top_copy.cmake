# Verilated -*- CMake -*-
# DESCRIPTION: Verilator output: CMake include script with class lists
#
# This CMake script lists generated Verilated files, for including in higher level CMake scripts.
# This file is meant to be consumed by the verilate() function,
# which becomes available after executing `find_package(verilator).

### Constants...
set(PERL "perl" CACHE FILEPATH "Perl executable (from $PERL)")
set(VERILATOR_ROOT "/usr/share/verilator" CACHE PATH "Path to Verilator kit (from $VERILATOR_ROOT)")

### Compiler flags...
# User CFLAGS (from -CFLAGS on Verilator command line)
set(Vcosim_top_USER_CFLAGS )
# User LDLIBS (from -LDFLAGS on Verilator command line)
set(Vcosim_top_USER_LDLIBS "-lz")

### Switches...
# SystemC output mode?  0/1 (from --sc)
set(Vcosim_top_SC 0)
# Coverage output mode?  0/1 (from --coverage)
set(Vcosim_top_COVERAGE 0)
# Timing mode?  0/1
set(Vcosim_top_TIMING 0)
# Threaded output mode?  1/N threads (from --threads)
set(Vcosim_top_THREADS 1)
# VCD Tracing output mode?  0/1 (from --trace)
set(Vcosim_top_TRACE_VCD 0)
# FST Tracing output mode? 0/1 (from --trace-fst)
set(Vcosim_top_TRACE_FST 1)

### Sources...
# Global classes, need linked once per executable
set(Vcosim_top_GLOBAL "${VERILATOR_ROOT}/include/verilated.cpp" "${VERILATOR_ROOT}/include/verilated_fst_c.cpp" "${VERILATOR_ROOT}/include/verilated_threads.cpp")
# Generated module classes, non-fast-path, compile with low/medium optimization
set(Vcosim_top_CLASSES_SLOW "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top__ConstPool_0.cpp" "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top___024root__Slow.cpp" "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top___024root__DepSet_h6de251a6__0__Slow.cpp" "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top___024root__DepSet_h6de251a6__1__Slow.cpp" "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top___024root__DepSet_h6de251a6__2__Slow.cpp" "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top___024root__DepSet_haa83f979__0__Slow.cpp")
# Generated module classes, fast-path, compile with highest optimization
set(Vcosim_top_CLASSES_FAST "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top.cpp" "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top___024root__DepSet_h6de251a6__0.cpp" "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top___024root__DepSet_h6de251a6__1.cpp" "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top___024root__DepSet_h6de251a6__2.cpp" "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top___024root__DepSet_haa83f979__0.cpp")
# Generated support classes, non-fast-path, compile with low/medium optimization
set(Vcosim_top_SUPPORT_SLOW "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top__Syms.cpp" "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top__Trace__0__Slow.cpp")
# Generated support classes, fast-path, compile with highest optimization
set(Vcosim_top_SUPPORT_FAST "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top__Trace__0.cpp")
# All dependencies
set(Vcosim_top_DEPS "/usr/bin/verilator_bin" "/work/main/rtl/assert.svh" "/work/main/rtl/lint/waivers.vlt" "/work/main/rtl/nvme_admin.sv" "/work/main/rtl/nvme_admin_decode.sv" "/work/main/rtl/nvme_admin_exec.sv" "/work/main/rtl/nvme_aen.sv" "/work/main/rtl/nvme_core.sv" "/work/main/rtl/nvme_ctrl_top.sv" "/work/main/rtl/nvme_data_gen.sv" "/work/main/rtl/nvme_features.sv" "/work/main/rtl/nvme_io_queues.sv" "/work/main/rtl/nvme_latency.sv" "/work/main/rtl/nvme_ns_table.sv" "/work/main/rtl/nvme_pkg.sv" "/work/main/rtl/nvme_regs.sv" "/work/main/rtl/pcie_cfg_space.sv" "/work/main/rtl/pcie_dma_rd.sv" "/work/main/rtl/pcie_dma_wr.sv" "/work/main/rtl/pcie_ep.sv" "/work/main/rtl/pcie_ep_pkg.sv" "/work/main/rtl/pcie_msix.sv" "/work/main/rtl/pcie_rx.sv" "/work/main/rtl/pcie_sim_ctrl.sv" "/work/main/rtl/pcie_target.sv" "/work/main/rtl/pcie_tx_arb.sv" "/work/main/rtl/tlp_rx_unpack.sv" "/work/main/rtl/tlp_tx_pack.sv" "/work/main/systemc/rtl/cosim.vlt" "/work/main/systemc/rtl/cosim_host_activity.sv" "/work/main/systemc/rtl/cosim_top.sv")
# User .cpp files (from .cpp's on Verilator command line)
set(Vcosim_top_USER_CLASSES )
