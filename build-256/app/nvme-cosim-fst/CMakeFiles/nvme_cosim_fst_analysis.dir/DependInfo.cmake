
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/main/app/nvme-cosim-fst/fst_analysis.cc" "app/nvme-cosim-fst/CMakeFiles/nvme_cosim_fst_analysis.dir/fst_analysis.cc.o" "gcc" "app/nvme-cosim-fst/CMakeFiles/nvme_cosim_fst_analysis.dir/fst_analysis.cc.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  "/work/main/build-256/app/nvme-cosim-fst/CMakeFiles/fst_reader.dir/DependInfo.cmake"
  "/work/main/build-256/common/CMakeFiles/cosim_common.dir/DependInfo.cmake"
  "/work/main/build-256/cpp-host/CMakeFiles/nvme_host_driver.dir/DependInfo.cmake"
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
