file(REMOVE_RECURSE
  "CMakeFiles/common_tests.dir/beat_port_test.cc.o"
  "CMakeFiles/common_tests.dir/beat_port_test.cc.o.d"
  "CMakeFiles/common_tests.dir/output_file_test.cc.o"
  "CMakeFiles/common_tests.dir/output_file_test.cc.o.d"
  "CMakeFiles/common_tests.dir/pcie_beats_test.cc.o"
  "CMakeFiles/common_tests.dir/pcie_beats_test.cc.o.d"
  "CMakeFiles/common_tests.dir/pcie_split_test.cc.o"
  "CMakeFiles/common_tests.dir/pcie_split_test.cc.o.d"
  "CMakeFiles/common_tests.dir/run_in_child_test.cc.o"
  "CMakeFiles/common_tests.dir/run_in_child_test.cc.o.d"
  "CMakeFiles/common_tests.dir/seed_mix_test.cc.o"
  "CMakeFiles/common_tests.dir/seed_mix_test.cc.o.d"
  "CMakeFiles/common_tests.dir/sparse_memory_test.cc.o"
  "CMakeFiles/common_tests.dir/sparse_memory_test.cc.o.d"
  "common_tests"
  "common_tests.pdb"
  "common_tests[1]_tests.cmake"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/common_tests.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
