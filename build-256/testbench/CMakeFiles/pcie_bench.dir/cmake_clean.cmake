file(REMOVE_RECURSE
  "CMakeFiles/pcie_bench.dir/common/data_pattern.cc.o"
  "CMakeFiles/pcie_bench.dir/common/data_pattern.cc.o.d"
  "CMakeFiles/pcie_bench.dir/common/pcie_bench.cc.o"
  "CMakeFiles/pcie_bench.dir/common/pcie_bench.cc.o.d"
  "libpcie_bench.a"
  "libpcie_bench.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/pcie_bench.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
