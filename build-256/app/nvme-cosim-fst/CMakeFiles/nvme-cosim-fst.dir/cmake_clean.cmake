file(REMOVE_RECURSE
  "../../nvme-cosim-fst"
  "../../nvme-cosim-fst.pdb"
  "CMakeFiles/nvme-cosim-fst.dir/main.cc.o"
  "CMakeFiles/nvme-cosim-fst.dir/main.cc.o.d"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/nvme-cosim-fst.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
