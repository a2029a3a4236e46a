file(REMOVE_RECURSE
  "CMakeFiles/system_tests.dir/common/test_main.cc.o"
  "CMakeFiles/system_tests.dir/common/test_main.cc.o.d"
  "CMakeFiles/system_tests.dir/platform/cosim_test.cc.o"
  "CMakeFiles/system_tests.dir/platform/cosim_test.cc.o.d"
  "CMakeFiles/system_tests.dir/platform/driver_test.cc.o"
  "CMakeFiles/system_tests.dir/platform/driver_test.cc.o.d"
  "CMakeFiles/system_tests.dir/platform/read_fault_test.cc.o"
  "CMakeFiles/system_tests.dir/platform/read_fault_test.cc.o.d"
  "CMakeFiles/system_tests.dir/platform/sc_main_stub.cc.o"
  "CMakeFiles/system_tests.dir/platform/sc_main_stub.cc.o.d"
  "CMakeFiles/system_tests.dir/platform/scan_test.cc.o"
  "CMakeFiles/system_tests.dir/platform/scan_test.cc.o.d"
  "system_tests"
  "system_tests.pdb"
  "system_tests[1]_tests.cmake"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/system_tests.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
