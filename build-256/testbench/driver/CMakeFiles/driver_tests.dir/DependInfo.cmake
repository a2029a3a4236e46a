
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/main/testbench/driver/bring_up_test.cc" "testbench/driver/CMakeFiles/driver_tests.dir/bring_up_test.cc.o" "gcc" "testbench/driver/CMakeFiles/driver_tests.dir/bring_up_test.cc.o.d"
  "/work/main/testbench/driver/completion_chain_test.cc" "testbench/driver/CMakeFiles/driver_tests.dir/completion_chain_test.cc.o" "gcc" "testbench/driver/CMakeFiles/driver_tests.dir/completion_chain_test.cc.o.d"
  "/work/main/testbench/driver/fake_nvme.cc" "testbench/driver/CMakeFiles/driver_tests.dir/fake_nvme.cc.o" "gcc" "testbench/driver/CMakeFiles/driver_tests.dir/fake_nvme.cc.o.d"
  "/work/main/testbench/driver/identify_check_test.cc" "testbench/driver/CMakeFiles/driver_tests.dir/identify_check_test.cc.o" "gcc" "testbench/driver/CMakeFiles/driver_tests.dir/identify_check_test.cc.o.d"
  "/work/main/testbench/driver/naming_test.cc" "testbench/driver/CMakeFiles/driver_tests.dir/naming_test.cc.o" "gcc" "testbench/driver/CMakeFiles/driver_tests.dir/naming_test.cc.o.d"
  "/work/main/testbench/driver/queue_pair_test.cc" "testbench/driver/CMakeFiles/driver_tests.dir/queue_pair_test.cc.o" "gcc" "testbench/driver/CMakeFiles/driver_tests.dir/queue_pair_test.cc.o.d"
  "/work/main/testbench/driver/scan_test.cc" "testbench/driver/CMakeFiles/driver_tests.dir/scan_test.cc.o" "gcc" "testbench/driver/CMakeFiles/driver_tests.dir/scan_test.cc.o.d"
  "/work/main/testbench/driver/scheduler.cc" "testbench/driver/CMakeFiles/driver_tests.dir/scheduler.cc.o" "gcc" "testbench/driver/CMakeFiles/driver_tests.dir/scheduler.cc.o.d"
  "/work/main/testbench/driver/spec_test.cc" "testbench/driver/CMakeFiles/driver_tests.dir/spec_test.cc.o" "gcc" "testbench/driver/CMakeFiles/driver_tests.dir/spec_test.cc.o.d"
  "/work/main/testbench/driver/test_host.cc" "testbench/driver/CMakeFiles/driver_tests.dir/test_host.cc.o" "gcc" "testbench/driver/CMakeFiles/driver_tests.dir/test_host.cc.o.d"
  "/work/main/testbench/driver/test_host_test.cc" "testbench/driver/CMakeFiles/driver_tests.dir/test_host_test.cc.o" "gcc" "testbench/driver/CMakeFiles/driver_tests.dir/test_host_test.cc.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  "/work/main/build-256/cpp-host/CMakeFiles/nvme_host_driver.dir/DependInfo.cmake"
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
