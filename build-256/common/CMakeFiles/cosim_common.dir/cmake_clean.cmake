file(REMOVE_RECURSE
  "CMakeFiles/cosim_common.dir/output_file.cc.o"
  "CMakeFiles/cosim_common.dir/output_file.cc.o.d"
  "CMakeFiles/cosim_common.dir/pcie_tlp.cc.o"
  "CMakeFiles/cosim_common.dir/pcie_tlp.cc.o.d"
  "CMakeFiles/cosim_common.dir/run_in_child.cc.o"
  "CMakeFiles/cosim_common.dir/run_in_child.cc.o.d"
  "CMakeFiles/cosim_common.dir/sparse_memory.cc.o"
  "CMakeFiles/cosim_common.dir/sparse_memory.cc.o.d"
  "libcosim_common.a"
  "libcosim_common.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/cosim_common.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
