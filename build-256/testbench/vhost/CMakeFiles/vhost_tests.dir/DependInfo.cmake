
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/main/testbench/vhost/time_travel_test.cc" "testbench/vhost/CMakeFiles/vhost_tests.dir/time_travel_test.cc.o" "gcc" "testbench/vhost/CMakeFiles/vhost_tests.dir/time_travel_test.cc.o.d"
  "/work/main/testbench/vhost/vhost_user_test.cc" "testbench/vhost/CMakeFiles/vhost_tests.dir/vhost_user_test.cc.o" "gcc" "testbench/vhost/CMakeFiles/vhost_tests.dir/vhost_user_test.cc.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  "/work/main/build-256/vhost/CMakeFiles/nvme_cosim_vhost.dir/DependInfo.cmake"
  "/work/main/build-256/common/CMakeFiles/cosim_common.dir/DependInfo.cmake"
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
