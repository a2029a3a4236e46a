
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/main/testbench/fuzz/cli_fuzz_test.cc" "testbench/fuzz/CMakeFiles/fuzz_tests.dir/cli_fuzz_test.cc.o" "gcc" "testbench/fuzz/CMakeFiles/fuzz_tests.dir/cli_fuzz_test.cc.o.d"
  "/work/main/testbench/fuzz/identify_fuzz_test.cc" "testbench/fuzz/CMakeFiles/fuzz_tests.dir/identify_fuzz_test.cc.o" "gcc" "testbench/fuzz/CMakeFiles/fuzz_tests.dir/identify_fuzz_test.cc.o.d"
  "/work/main/testbench/fuzz/tlp_fuzz_test.cc" "testbench/fuzz/CMakeFiles/fuzz_tests.dir/tlp_fuzz_test.cc.o" "gcc" "testbench/fuzz/CMakeFiles/fuzz_tests.dir/tlp_fuzz_test.cc.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  "/work/main/build-256/testbench/fuzz/CMakeFiles/fuzz_properties.dir/DependInfo.cmake"
  "/work/main/build-256/cpp-host/CMakeFiles/nvme_host_driver.dir/DependInfo.cmake"
  "/work/main/build-256/app/nvme-cosim/CMakeFiles/nvme_cosim_cli_options.dir/DependInfo.cmake"
  "/work/main/build-256/common/CMakeFiles/cosim_common.dir/DependInfo.cmake"
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
