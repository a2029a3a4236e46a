file(REMOVE_RECURSE
  "CMakeFiles/nvme_cosim_bench.dir/cosim_bench.cc.o"
  "CMakeFiles/nvme_cosim_bench.dir/cosim_bench.cc.o.d"
  "CMakeFiles/nvme_cosim_bench.dir/main.cc.o"
  "CMakeFiles/nvme_cosim_bench.dir/main.cc.o.d"
  "CMakeFiles/nvme_cosim_bench.dir/raw_bench.cc.o"
  "CMakeFiles/nvme_cosim_bench.dir/raw_bench.cc.o.d"
  "nvme_cosim_bench"
  "nvme_cosim_bench.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/nvme_cosim_bench.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
