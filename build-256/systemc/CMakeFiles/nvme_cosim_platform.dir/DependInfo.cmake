
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/main/systemc/cosim_platform.cc" "systemc/CMakeFiles/nvme_cosim_platform.dir/cosim_platform.cc.o" "gcc" "systemc/CMakeFiles/nvme_cosim_platform.dir/cosim_platform.cc.o.d"
  "/work/main/systemc/guest_ram.cc" "systemc/CMakeFiles/nvme_cosim_platform.dir/guest_ram.cc.o" "gcc" "systemc/CMakeFiles/nvme_cosim_platform.dir/guest_ram.cc.o.d"
  "/work/main/systemc/host_memory.cc" "systemc/CMakeFiles/nvme_cosim_platform.dir/host_memory.cc.o" "gcc" "systemc/CMakeFiles/nvme_cosim_platform.dir/host_memory.cc.o.d"
  "/work/main/systemc/msi_controller.cc" "systemc/CMakeFiles/nvme_cosim_platform.dir/msi_controller.cc.o" "gcc" "systemc/CMakeFiles/nvme_cosim_platform.dir/msi_controller.cc.o.d"
  "/work/main/systemc/pcie_link.cc" "systemc/CMakeFiles/nvme_cosim_platform.dir/pcie_link.cc.o" "gcc" "systemc/CMakeFiles/nvme_cosim_platform.dir/pcie_link.cc.o.d"
  "/work/main/systemc/root_complex.cc" "systemc/CMakeFiles/nvme_cosim_platform.dir/root_complex.cc.o" "gcc" "systemc/CMakeFiles/nvme_cosim_platform.dir/root_complex.cc.o.d"
  "/work/main/systemc/rtl_bridge.cc" "systemc/CMakeFiles/nvme_cosim_platform.dir/rtl_bridge.cc.o" "gcc" "systemc/CMakeFiles/nvme_cosim_platform.dir/rtl_bridge.cc.o.d"
  "/work/main/systemc/virt_pci_device.cc" "systemc/CMakeFiles/nvme_cosim_platform.dir/virt_pci_device.cc.o" "gcc" "systemc/CMakeFiles/nvme_cosim_platform.dir/virt_pci_device.cc.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/DependInfo.cmake"
  "/work/main/build-256/common/CMakeFiles/cosim_common.dir/DependInfo.cmake"
  "/work/main/build-256/cpp-host/CMakeFiles/nvme_host_driver.dir/DependInfo.cmake"
  "/work/main/build-256/vhost/CMakeFiles/nvme_cosim_vhost.dir/DependInfo.cmake"
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
