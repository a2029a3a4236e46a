
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/main/testbench/common/test_main.cc" "testbench/CMakeFiles/nvme_ctrl_tests_w64.dir/common/test_main.cc.o" "gcc" "testbench/CMakeFiles/nvme_ctrl_tests_w64.dir/common/test_main.cc.o.d"
  "/work/main/testbench/nvme_ctrl/abort_test.cc" "testbench/CMakeFiles/nvme_ctrl_tests_w64.dir/nvme_ctrl/abort_test.cc.o" "gcc" "testbench/CMakeFiles/nvme_ctrl_tests_w64.dir/nvme_ctrl/abort_test.cc.o.d"
  "/work/main/testbench/nvme_ctrl/admin_test.cc" "testbench/CMakeFiles/nvme_ctrl_tests_w64.dir/nvme_ctrl/admin_test.cc.o" "gcc" "testbench/CMakeFiles/nvme_ctrl_tests_w64.dir/nvme_ctrl/admin_test.cc.o.d"
  "/work/main/testbench/nvme_ctrl/engine_test.cc" "testbench/CMakeFiles/nvme_ctrl_tests_w64.dir/nvme_ctrl/engine_test.cc.o" "gcc" "testbench/CMakeFiles/nvme_ctrl_tests_w64.dir/nvme_ctrl/engine_test.cc.o.d"
  "/work/main/testbench/nvme_ctrl/identify_lie_test.cc" "testbench/CMakeFiles/nvme_ctrl_tests_w64.dir/nvme_ctrl/identify_lie_test.cc.o" "gcc" "testbench/CMakeFiles/nvme_ctrl_tests_w64.dir/nvme_ctrl/identify_lie_test.cc.o.d"
  "/work/main/testbench/nvme_ctrl/identify_test.cc" "testbench/CMakeFiles/nvme_ctrl_tests_w64.dir/nvme_ctrl/identify_test.cc.o" "gcc" "testbench/CMakeFiles/nvme_ctrl_tests_w64.dir/nvme_ctrl/identify_test.cc.o.d"
  "/work/main/testbench/nvme_ctrl/registers_test.cc" "testbench/CMakeFiles/nvme_ctrl_tests_w64.dir/nvme_ctrl/registers_test.cc.o" "gcc" "testbench/CMakeFiles/nvme_ctrl_tests_w64.dir/nvme_ctrl/registers_test.cc.o.d"
  "/work/main/testbench/nvme_ctrl/smoke_test.cc" "testbench/CMakeFiles/nvme_ctrl_tests_w64.dir/nvme_ctrl/smoke_test.cc.o" "gcc" "testbench/CMakeFiles/nvme_ctrl_tests_w64.dir/nvme_ctrl/smoke_test.cc.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  "/work/main/build-256/testbench/CMakeFiles/nvme_ctrl_harness_w64.dir/DependInfo.cmake"
  "/work/main/build-256/testbench/CMakeFiles/pcie_bench.dir/DependInfo.cmake"
  "/work/main/build-256/common/CMakeFiles/cosim_common.dir/DependInfo.cmake"
  "/work/main/build-256/testbench/CMakeFiles/nvme_ctrl_model_w64.dir/DependInfo.cmake"
  "/work/main/build-256/cpp-host/CMakeFiles/nvme_host_driver.dir/DependInfo.cmake"
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
