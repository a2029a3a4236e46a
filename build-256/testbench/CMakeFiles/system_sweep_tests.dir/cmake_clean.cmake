file(REMOVE_RECURSE
  "CMakeFiles/system_sweep_tests.dir/common/test_main.cc.o"
  "CMakeFiles/system_sweep_tests.dir/common/test_main.cc.o.d"
  "CMakeFiles/system_sweep_tests.dir/platform/sc_main_stub.cc.o"
  "CMakeFiles/system_sweep_tests.dir/platform/sc_main_stub.cc.o.d"
  "CMakeFiles/system_sweep_tests.dir/platform/scan_sweep_test.cc.o"
  "CMakeFiles/system_sweep_tests.dir/platform/scan_sweep_test.cc.o.d"
  "system_sweep_tests"
  "system_sweep_tests.pdb"
  "system_sweep_tests[1]_tests.cmake"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/system_sweep_tests.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
