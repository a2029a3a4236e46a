file(REMOVE_RECURSE
  "CMakeFiles/nvme_host_driver.dir/controller.cc.o"
  "CMakeFiles/nvme_host_driver.dir/controller.cc.o.d"
  "CMakeFiles/nvme_host_driver.dir/identify_check.cc.o"
  "CMakeFiles/nvme_host_driver.dir/identify_check.cc.o.d"
  "CMakeFiles/nvme_host_driver.dir/nvme_spec.cc.o"
  "CMakeFiles/nvme_host_driver.dir/nvme_spec.cc.o.d"
  "CMakeFiles/nvme_host_driver.dir/queue_pair.cc.o"
  "CMakeFiles/nvme_host_driver.dir/queue_pair.cc.o.d"
  "CMakeFiles/nvme_host_driver.dir/scan.cc.o"
  "CMakeFiles/nvme_host_driver.dir/scan.cc.o.d"
  "libnvme_host_driver.a"
  "libnvme_host_driver.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/nvme_host_driver.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
