file(REMOVE_RECURSE
  "CMakeFiles/driver_tests.dir/bring_up_test.cc.o"
  "CMakeFiles/driver_tests.dir/bring_up_test.cc.o.d"
  "CMakeFiles/driver_tests.dir/completion_chain_test.cc.o"
  "CMakeFiles/driver_tests.dir/completion_chain_test.cc.o.d"
  "CMakeFiles/driver_tests.dir/fake_nvme.cc.o"
  "CMakeFiles/driver_tests.dir/fake_nvme.cc.o.d"
  "CMakeFiles/driver_tests.dir/identify_check_test.cc.o"
  "CMakeFiles/driver_tests.dir/identify_check_test.cc.o.d"
  "CMakeFiles/driver_tests.dir/naming_test.cc.o"
  "CMakeFiles/driver_tests.dir/naming_test.cc.o.d"
  "CMakeFiles/driver_tests.dir/queue_pair_test.cc.o"
  "CMakeFiles/driver_tests.dir/queue_pair_test.cc.o.d"
  "CMakeFiles/driver_tests.dir/scan_test.cc.o"
  "CMakeFiles/driver_tests.dir/scan_test.cc.o.d"
  "CMakeFiles/driver_tests.dir/scheduler.cc.o"
  "CMakeFiles/driver_tests.dir/scheduler.cc.o.d"
  "CMakeFiles/driver_tests.dir/spec_test.cc.o"
  "CMakeFiles/driver_tests.dir/spec_test.cc.o.d"
  "CMakeFiles/driver_tests.dir/test_host.cc.o"
  "CMakeFiles/driver_tests.dir/test_host.cc.o.d"
  "CMakeFiles/driver_tests.dir/test_host_test.cc.o"
  "CMakeFiles/driver_tests.dir/test_host_test.cc.o.d"
  "driver_tests"
  "driver_tests.pdb"
  "driver_tests[1]_tests.cmake"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/driver_tests.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
