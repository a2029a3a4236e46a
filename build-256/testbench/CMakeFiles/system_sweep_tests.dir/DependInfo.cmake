
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/main/testbench/common/test_main.cc" "testbench/CMakeFiles/system_sweep_tests.dir/common/test_main.cc.o" "gcc" "testbench/CMakeFiles/system_sweep_tests.dir/common/test_main.cc.o.d"
  "/work/main/testbench/platform/sc_main_stub.cc" "testbench/CMakeFiles/system_sweep_tests.dir/platform/sc_main_stub.cc.o" "gcc" "testbench/CMakeFiles/system_sweep_tests.dir/platform/sc_main_stub.cc.o.d"
  "/work/main/testbench/platform/scan_sweep_test.cc" "testbench/CMakeFiles/system_sweep_tests.dir/platform/scan_sweep_test.cc.o" "gcc" "testbench/CMakeFiles/system_sweep_tests.dir/platform/scan_sweep_test.cc.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  "/work/main/build-256/systemc/CMakeFiles/nvme_cosim_platform.dir/DependInfo.cmake"
  "/work/main/build-256/cpp-host/CMakeFiles/nvme_host_driver.dir/DependInfo.cmake"
  "/work/main/build-256/common/CMakeFiles/cosim_common.dir/DependInfo.cmake"
  "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/DependInfo.cmake"
  "/work/main/build-256/vhost/CMakeFiles/nvme_cosim_vhost.dir/DependInfo.cmake"
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
