file(REMOVE_RECURSE
  "CMakeFiles/nvme_cosim_cli_options.dir/cli_options.cc.o"
  "CMakeFiles/nvme_cosim_cli_options.dir/cli_options.cc.o.d"
  "libnvme_cosim_cli_options.a"
  "libnvme_cosim_cli_options.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/nvme_cosim_cli_options.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
