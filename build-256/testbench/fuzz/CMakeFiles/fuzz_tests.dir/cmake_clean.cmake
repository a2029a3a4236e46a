file(REMOVE_RECURSE
  "CMakeFiles/fuzz_tests.dir/cli_fuzz_test.cc.o"
  "CMakeFiles/fuzz_tests.dir/cli_fuzz_test.cc.o.d"
  "CMakeFiles/fuzz_tests.dir/identify_fuzz_test.cc.o"
  "CMakeFiles/fuzz_tests.dir/identify_fuzz_test.cc.o.d"
  "CMakeFiles/fuzz_tests.dir/tlp_fuzz_test.cc.o"
  "CMakeFiles/fuzz_tests.dir/tlp_fuzz_test.cc.o.d"
  "fuzz_tests"
  "fuzz_tests.pdb"
  "fuzz_tests[1]_tests.cmake"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/fuzz_tests.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
