
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/main/common/output_file.cc" "common/CMakeFiles/cosim_common.dir/output_file.cc.o" "gcc" "common/CMakeFiles/cosim_common.dir/output_file.cc.o.d"
  "/work/main/common/pcie_tlp.cc" "common/CMakeFiles/cosim_common.dir/pcie_tlp.cc.o" "gcc" "common/CMakeFiles/cosim_common.dir/pcie_tlp.cc.o.d"
  "/work/main/common/run_in_child.cc" "common/CMakeFiles/cosim_common.dir/run_in_child.cc.o" "gcc" "common/CMakeFiles/cosim_common.dir/run_in_child.cc.o.d"
  "/work/main/common/sparse_memory.cc" "common/CMakeFiles/cosim_common.dir/sparse_memory.cc.o" "gcc" "common/CMakeFiles/cosim_common.dir/sparse_memory.cc.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
