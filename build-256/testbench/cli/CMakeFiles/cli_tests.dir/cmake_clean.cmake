file(REMOVE_RECURSE
  "CMakeFiles/cli_tests.dir/cli_options_test.cc.o"
  "CMakeFiles/cli_tests.dir/cli_options_test.cc.o.d"
  "CMakeFiles/cli_tests.dir/fst_analysis_test.cc.o"
  "CMakeFiles/cli_tests.dir/fst_analysis_test.cc.o.d"
  "cli_tests"
  "cli_tests.pdb"
  "cli_tests[1]_tests.cmake"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/cli_tests.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
