
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/main/testbench/common_unit/beat_port_test.cc" "testbench/common_unit/CMakeFiles/common_tests.dir/beat_port_test.cc.o" "gcc" "testbench/common_unit/CMakeFiles/common_tests.dir/beat_port_test.cc.o.d"
  "/work/main/testbench/common_unit/output_file_test.cc" "testbench/common_unit/CMakeFiles/common_tests.dir/output_file_test.cc.o" "gcc" "testbench/common_unit/CMakeFiles/common_tests.dir/output_file_test.cc.o.d"
  "/work/main/testbench/common_unit/pcie_beats_test.cc" "testbench/common_unit/CMakeFiles/common_tests.dir/pcie_beats_test.cc.o" "gcc" "testbench/common_unit/CMakeFiles/common_tests.dir/pcie_beats_test.cc.o.d"
  "/work/main/testbench/common_unit/pcie_split_test.cc" "testbench/common_unit/CMakeFiles/common_tests.dir/pcie_split_test.cc.o" "gcc" "testbench/common_unit/CMakeFiles/common_tests.dir/pcie_split_test.cc.o.d"
  "/work/main/testbench/common_unit/run_in_child_test.cc" "testbench/common_unit/CMakeFiles/common_tests.dir/run_in_child_test.cc.o" "gcc" "testbench/common_unit/CMakeFiles/common_tests.dir/run_in_child_test.cc.o.d"
  "/work/main/testbench/common_unit/seed_mix_test.cc" "testbench/common_unit/CMakeFiles/common_tests.dir/seed_mix_test.cc.o" "gcc" "testbench/common_unit/CMakeFiles/common_tests.dir/seed_mix_test.cc.o.d"
  "/work/main/testbench/common_unit/sparse_memory_test.cc" "testbench/common_unit/CMakeFiles/common_tests.dir/sparse_memory_test.cc.o" "gcc" "testbench/common_unit/CMakeFiles/common_tests.dir/sparse_memory_test.cc.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  "/work/main/build-256/common/CMakeFiles/cosim_common.dir/DependInfo.cmake"
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
