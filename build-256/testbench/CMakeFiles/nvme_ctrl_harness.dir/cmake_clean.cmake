file(REMOVE_RECURSE
  "CMakeFiles/nvme_ctrl_harness.dir/common/dev_harness.cc.o"
  "CMakeFiles/nvme_ctrl_harness.dir/common/dev_harness.cc.o.d"
  "CMakeFiles/nvme_ctrl_harness.dir/common/nvme_host.cc.o"
  "CMakeFiles/nvme_ctrl_harness.dir/common/nvme_host.cc.o.d"
  "libnvme_ctrl_harness.a"
  "libnvme_ctrl_harness.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/nvme_ctrl_harness.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
