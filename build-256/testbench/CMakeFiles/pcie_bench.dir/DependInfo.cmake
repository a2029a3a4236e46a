
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/main/testbench/common/data_pattern.cc" "testbench/CMakeFiles/pcie_bench.dir/common/data_pattern.cc.o" "gcc" "testbench/CMakeFiles/pcie_bench.dir/common/data_pattern.cc.o.d"
  "/work/main/testbench/common/pcie_bench.cc" "testbench/CMakeFiles/pcie_bench.dir/common/pcie_bench.cc.o" "gcc" "testbench/CMakeFiles/pcie_bench.dir/common/pcie_bench.cc.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  "/work/main/build-256/common/CMakeFiles/cosim_common.dir/DependInfo.cmake"
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
