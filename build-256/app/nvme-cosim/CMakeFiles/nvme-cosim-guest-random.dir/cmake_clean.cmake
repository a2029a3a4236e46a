file(REMOVE_RECURSE
  "../../libnvme-cosim-guest-random.pdb"
  "../../libnvme-cosim-guest-random.so"
  "CMakeFiles/nvme-cosim-guest-random.dir/guest_random.cc.o"
  "CMakeFiles/nvme-cosim-guest-random.dir/guest_random.cc.o.d"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/nvme-cosim-guest-random.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
