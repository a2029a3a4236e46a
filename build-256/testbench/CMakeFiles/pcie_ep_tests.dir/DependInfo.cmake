
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/main/testbench/common/ep_harness.cc" "testbench/CMakeFiles/pcie_ep_tests.dir/common/ep_harness.cc.o" "gcc" "testbench/CMakeFiles/pcie_ep_tests.dir/common/ep_harness.cc.o.d"
  "/work/main/testbench/common/test_main.cc" "testbench/CMakeFiles/pcie_ep_tests.dir/common/test_main.cc.o" "gcc" "testbench/CMakeFiles/pcie_ep_tests.dir/common/test_main.cc.o.d"
  "/work/main/testbench/pcie_ep/assertion_test.cc" "testbench/CMakeFiles/pcie_ep_tests.dir/pcie_ep/assertion_test.cc.o" "gcc" "testbench/CMakeFiles/pcie_ep_tests.dir/pcie_ep/assertion_test.cc.o.d"
  "/work/main/testbench/pcie_ep/bar0_test.cc" "testbench/CMakeFiles/pcie_ep_tests.dir/pcie_ep/bar0_test.cc.o" "gcc" "testbench/CMakeFiles/pcie_ep_tests.dir/pcie_ep/bar0_test.cc.o.d"
  "/work/main/testbench/pcie_ep/config_space_test.cc" "testbench/CMakeFiles/pcie_ep_tests.dir/pcie_ep/config_space_test.cc.o" "gcc" "testbench/CMakeFiles/pcie_ep_tests.dir/pcie_ep/config_space_test.cc.o.d"
  "/work/main/testbench/pcie_ep/dma_test.cc" "testbench/CMakeFiles/pcie_ep_tests.dir/pcie_ep/dma_test.cc.o" "gcc" "testbench/CMakeFiles/pcie_ep_tests.dir/pcie_ep/dma_test.cc.o.d"
  "/work/main/testbench/pcie_ep/malformed_test.cc" "testbench/CMakeFiles/pcie_ep_tests.dir/pcie_ep/malformed_test.cc.o" "gcc" "testbench/CMakeFiles/pcie_ep_tests.dir/pcie_ep/malformed_test.cc.o.d"
  "/work/main/testbench/pcie_ep/msix_test.cc" "testbench/CMakeFiles/pcie_ep_tests.dir/pcie_ep/msix_test.cc.o" "gcc" "testbench/CMakeFiles/pcie_ep_tests.dir/pcie_ep/msix_test.cc.o.d"
  "/work/main/testbench/pcie_ep/random_test.cc" "testbench/CMakeFiles/pcie_ep_tests.dir/pcie_ep/random_test.cc.o" "gcc" "testbench/CMakeFiles/pcie_ep_tests.dir/pcie_ep/random_test.cc.o.d"
  "/work/main/testbench/pcie_ep/sim_ctrl_test.cc" "testbench/CMakeFiles/pcie_ep_tests.dir/pcie_ep/sim_ctrl_test.cc.o" "gcc" "testbench/CMakeFiles/pcie_ep_tests.dir/pcie_ep/sim_ctrl_test.cc.o.d"
  "/work/main/testbench/pcie_ep/smoke_test.cc" "testbench/CMakeFiles/pcie_ep_tests.dir/pcie_ep/smoke_test.cc.o" "gcc" "testbench/CMakeFiles/pcie_ep_tests.dir/pcie_ep/smoke_test.cc.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  "/work/main/build-256/testbench/CMakeFiles/pcie_bench.dir/DependInfo.cmake"
  "/work/main/build-256/testbench/CMakeFiles/pcie_ep_model.dir/DependInfo.cmake"
  "/work/main/build-256/common/CMakeFiles/cosim_common.dir/DependInfo.cmake"
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
