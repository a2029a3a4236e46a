
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/main/cpp-host/controller.cc" "cpp-host/CMakeFiles/nvme_host_driver.dir/controller.cc.o" "gcc" "cpp-host/CMakeFiles/nvme_host_driver.dir/controller.cc.o.d"
  "/work/main/cpp-host/identify_check.cc" "cpp-host/CMakeFiles/nvme_host_driver.dir/identify_check.cc.o" "gcc" "cpp-host/CMakeFiles/nvme_host_driver.dir/identify_check.cc.o.d"
  "/work/main/cpp-host/nvme_spec.cc" "cpp-host/CMakeFiles/nvme_host_driver.dir/nvme_spec.cc.o" "gcc" "cpp-host/CMakeFiles/nvme_host_driver.dir/nvme_spec.cc.o.d"
  "/work/main/cpp-host/queue_pair.cc" "cpp-host/CMakeFiles/nvme_host_driver.dir/queue_pair.cc.o" "gcc" "cpp-host/CMakeFiles/nvme_host_driver.dir/queue_pair.cc.o.d"
  "/work/main/cpp-host/scan.cc" "cpp-host/CMakeFiles/nvme_host_driver.dir/scan.cc.o" "gcc" "cpp-host/CMakeFiles/nvme_host_driver.dir/scan.cc.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
