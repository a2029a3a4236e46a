file(REMOVE_RECURSE
  "CMakeFiles/platform_tests.dir/common/test_main.cc.o"
  "CMakeFiles/platform_tests.dir/common/test_main.cc.o.d"
  "CMakeFiles/platform_tests.dir/platform/determinism_test.cc.o"
  "CMakeFiles/platform_tests.dir/platform/determinism_test.cc.o.d"
  "CMakeFiles/platform_tests.dir/platform/dma_test.cc.o"
  "CMakeFiles/platform_tests.dir/platform/dma_test.cc.o.d"
  "CMakeFiles/platform_tests.dir/platform/host_memory_test.cc.o"
  "CMakeFiles/platform_tests.dir/platform/host_memory_test.cc.o.d"
  "CMakeFiles/platform_tests.dir/platform/pcie_link_test.cc.o"
  "CMakeFiles/platform_tests.dir/platform/pcie_link_test.cc.o.d"
  "CMakeFiles/platform_tests.dir/platform/root_complex_test.cc.o"
  "CMakeFiles/platform_tests.dir/platform/root_complex_test.cc.o.d"
  "CMakeFiles/platform_tests.dir/platform/sc_main_stub.cc.o"
  "CMakeFiles/platform_tests.dir/platform/sc_main_stub.cc.o.d"
  "platform_tests"
  "platform_tests.pdb"
  "platform_tests[1]_tests.cmake"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/platform_tests.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
