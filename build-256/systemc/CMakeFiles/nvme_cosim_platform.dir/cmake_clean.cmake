file(REMOVE_RECURSE
  "CMakeFiles/nvme_cosim_platform.dir/cosim_platform.cc.o"
  "CMakeFiles/nvme_cosim_platform.dir/cosim_platform.cc.o.d"
  "CMakeFiles/nvme_cosim_platform.dir/guest_ram.cc.o"
  "CMakeFiles/nvme_cosim_platform.dir/guest_ram.cc.o.d"
  "CMakeFiles/nvme_cosim_platform.dir/host_memory.cc.o"
  "CMakeFiles/nvme_cosim_platform.dir/host_memory.cc.o.d"
  "CMakeFiles/nvme_cosim_platform.dir/msi_controller.cc.o"
  "CMakeFiles/nvme_cosim_platform.dir/msi_controller.cc.o.d"
  "CMakeFiles/nvme_cosim_platform.dir/pcie_link.cc.o"
  "CMakeFiles/nvme_cosim_platform.dir/pcie_link.cc.o.d"
  "CMakeFiles/nvme_cosim_platform.dir/root_complex.cc.o"
  "CMakeFiles/nvme_cosim_platform.dir/root_complex.cc.o.d"
  "CMakeFiles/nvme_cosim_platform.dir/rtl_bridge.cc.o"
  "CMakeFiles/nvme_cosim_platform.dir/rtl_bridge.cc.o.d"
  "CMakeFiles/nvme_cosim_platform.dir/virt_pci_device.cc.o"
  "CMakeFiles/nvme_cosim_platform.dir/virt_pci_device.cc.o.d"
  "libnvme_cosim_platform.a"
  "libnvme_cosim_platform.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/nvme_cosim_platform.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
