file(REMOVE_RECURSE
  "CMakeFiles/pcie_ep_tests.dir/common/ep_harness.cc.o"
  "CMakeFiles/pcie_ep_tests.dir/common/ep_harness.cc.o.d"
  "CMakeFiles/pcie_ep_tests.dir/common/test_main.cc.o"
  "CMakeFiles/pcie_ep_tests.dir/common/test_main.cc.o.d"
  "CMakeFiles/pcie_ep_tests.dir/pcie_ep/assertion_test.cc.o"
  "CMakeFiles/pcie_ep_tests.dir/pcie_ep/assertion_test.cc.o.d"
  "CMakeFiles/pcie_ep_tests.dir/pcie_ep/bar0_test.cc.o"
  "CMakeFiles/pcie_ep_tests.dir/pcie_ep/bar0_test.cc.o.d"
  "CMakeFiles/pcie_ep_tests.dir/pcie_ep/config_space_test.cc.o"
  "CMakeFiles/pcie_ep_tests.dir/pcie_ep/config_space_test.cc.o.d"
  "CMakeFiles/pcie_ep_tests.dir/pcie_ep/dma_test.cc.o"
  "CMakeFiles/pcie_ep_tests.dir/pcie_ep/dma_test.cc.o.d"
  "CMakeFiles/pcie_ep_tests.dir/pcie_ep/malformed_test.cc.o"
  "CMakeFiles/pcie_ep_tests.dir/pcie_ep/malformed_test.cc.o.d"
  "CMakeFiles/pcie_ep_tests.dir/pcie_ep/msix_test.cc.o"
  "CMakeFiles/pcie_ep_tests.dir/pcie_ep/msix_test.cc.o.d"
  "CMakeFiles/pcie_ep_tests.dir/pcie_ep/random_test.cc.o"
  "CMakeFiles/pcie_ep_tests.dir/pcie_ep/random_test.cc.o.d"
  "CMakeFiles/pcie_ep_tests.dir/pcie_ep/sim_ctrl_test.cc.o"
  "CMakeFiles/pcie_ep_tests.dir/pcie_ep/sim_ctrl_test.cc.o.d"
  "CMakeFiles/pcie_ep_tests.dir/pcie_ep/smoke_test.cc.o"
  "CMakeFiles/pcie_ep_tests.dir/pcie_ep/smoke_test.cc.o.d"
  "pcie_ep_tests"
  "pcie_ep_tests.pdb"
  "pcie_ep_tests[1]_tests.cmake"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/pcie_ep_tests.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
