file(REMOVE_RECURSE
  "CMakeFiles/nvme_cosim_vhost.dir/guest_memory.cc.o"
  "CMakeFiles/nvme_cosim_vhost.dir/guest_memory.cc.o.d"
  "CMakeFiles/nvme_cosim_vhost.dir/time_travel.cc.o"
  "CMakeFiles/nvme_cosim_vhost.dir/time_travel.cc.o.d"
  "CMakeFiles/nvme_cosim_vhost.dir/unix_listener.cc.o"
  "CMakeFiles/nvme_cosim_vhost.dir/unix_listener.cc.o.d"
  "CMakeFiles/nvme_cosim_vhost.dir/vhost_user.cc.o"
  "CMakeFiles/nvme_cosim_vhost.dir/vhost_user.cc.o.d"
  "CMakeFiles/nvme_cosim_vhost.dir/virt_pci.cc.o"
  "CMakeFiles/nvme_cosim_vhost.dir/virt_pci.cc.o.d"
  "CMakeFiles/nvme_cosim_vhost.dir/virtqueue.cc.o"
  "CMakeFiles/nvme_cosim_vhost.dir/virtqueue.cc.o.d"
  "libnvme_cosim_vhost.a"
  "libnvme_cosim_vhost.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/nvme_cosim_vhost.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
