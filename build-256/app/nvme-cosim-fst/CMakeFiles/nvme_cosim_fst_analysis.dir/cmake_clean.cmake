file(REMOVE_RECURSE
  "CMakeFiles/nvme_cosim_fst_analysis.dir/fst_analysis.cc.o"
  "CMakeFiles/nvme_cosim_fst_analysis.dir/fst_analysis.cc.o.d"
  "libnvme_cosim_fst_analysis.a"
  "libnvme_cosim_fst_analysis.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/nvme_cosim_fst_analysis.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
