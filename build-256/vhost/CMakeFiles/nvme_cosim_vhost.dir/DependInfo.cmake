
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/main/vhost/guest_memory.cc" "vhost/CMakeFiles/nvme_cosim_vhost.dir/guest_memory.cc.o" "gcc" "vhost/CMakeFiles/nvme_cosim_vhost.dir/guest_memory.cc.o.d"
  "/work/main/vhost/time_travel.cc" "vhost/CMakeFiles/nvme_cosim_vhost.dir/time_travel.cc.o" "gcc" "vhost/CMakeFiles/nvme_cosim_vhost.dir/time_travel.cc.o.d"
  "/work/main/vhost/unix_listener.cc" "vhost/CMakeFiles/nvme_cosim_vhost.dir/unix_listener.cc.o" "gcc" "vhost/CMakeFiles/nvme_cosim_vhost.dir/unix_listener.cc.o.d"
  "/work/main/vhost/vhost_user.cc" "vhost/CMakeFiles/nvme_cosim_vhost.dir/vhost_user.cc.o" "gcc" "vhost/CMakeFiles/nvme_cosim_vhost.dir/vhost_user.cc.o.d"
  "/work/main/vhost/virt_pci.cc" "vhost/CMakeFiles/nvme_cosim_vhost.dir/virt_pci.cc.o" "gcc" "vhost/CMakeFiles/nvme_cosim_vhost.dir/virt_pci.cc.o.d"
  "/work/main/vhost/virtqueue.cc" "vhost/CMakeFiles/nvme_cosim_vhost.dir/virtqueue.cc.o" "gcc" "vhost/CMakeFiles/nvme_cosim_vhost.dir/virtqueue.cc.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  "/work/main/build-256/common/CMakeFiles/cosim_common.dir/DependInfo.cmake"
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
