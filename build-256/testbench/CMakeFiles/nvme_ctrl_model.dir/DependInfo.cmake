
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/main/build-256/testbench/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top.cpp" "testbench/CMakeFiles/nvme_ctrl_model.dir/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top.cpp.o" "gcc" "testbench/CMakeFiles/nvme_ctrl_model.dir/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top.cpp.o.d"
  "/work/main/build-256/testbench/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top__ConstPool_0.cpp" "testbench/CMakeFiles/nvme_ctrl_model.dir/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top__ConstPool_0.cpp.o" "gcc" "testbench/CMakeFiles/nvme_ctrl_model.dir/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top__ConstPool_0.cpp.o.d"
  "/work/main/build-256/testbench/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top__Syms.cpp" "testbench/CMakeFiles/nvme_ctrl_model.dir/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top__Syms.cpp.o" "gcc" "testbench/CMakeFiles/nvme_ctrl_model.dir/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top__Syms.cpp.o.d"
  "/work/main/build-256/testbench/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top__Trace__0.cpp" "testbench/CMakeFiles/nvme_ctrl_model.dir/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top__Trace__0.cpp.o" "gcc" "testbench/CMakeFiles/nvme_ctrl_model.dir/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top__Trace__0.cpp.o.d"
  "/work/main/build-256/testbench/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top__Trace__0__Slow.cpp" "testbench/CMakeFiles/nvme_ctrl_model.dir/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top__Trace__0__Slow.cpp.o" "gcc" "testbench/CMakeFiles/nvme_ctrl_model.dir/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top__Trace__0__Slow.cpp.o.d"
  "/work/main/build-256/testbench/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top___024root__DepSet_h05bc1691__0.cpp" "testbench/CMakeFiles/nvme_ctrl_model.dir/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top___024root__DepSet_h05bc1691__0.cpp.o" "gcc" "testbench/CMakeFiles/nvme_ctrl_model.dir/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top___024root__DepSet_h05bc1691__0.cpp.o.d"
  "/work/main/build-256/testbench/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top___024root__DepSet_h05bc1691__0__Slow.cpp" "testbench/CMakeFiles/nvme_ctrl_model.dir/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top___024root__DepSet_h05bc1691__0__Slow.cpp.o" "gcc" "testbench/CMakeFiles/nvme_ctrl_model.dir/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top___024root__DepSet_h05bc1691__0__Slow.cpp.o.d"
  "/work/main/build-256/testbench/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top___024root__DepSet_hcfbd82a4__0.cpp" "testbench/CMakeFiles/nvme_ctrl_model.dir/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top___024root__DepSet_hcfbd82a4__0.cpp.o" "gcc" "testbench/CMakeFiles/nvme_ctrl_model.dir/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top___024root__DepSet_hcfbd82a4__0.cpp.o.d"
  "/work/main/build-256/testbench/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top___024root__DepSet_hcfbd82a4__0__Slow.cpp" "testbench/CMakeFiles/nvme_ctrl_model.dir/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top___024root__DepSet_hcfbd82a4__0__Slow.cpp.o" "gcc" "testbench/CMakeFiles/nvme_ctrl_model.dir/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top___024root__DepSet_hcfbd82a4__0__Slow.cpp.o.d"
  "/work/main/build-256/testbench/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top___024root__DepSet_hcfbd82a4__1.cpp" "testbench/CMakeFiles/nvme_ctrl_model.dir/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top___024root__DepSet_hcfbd82a4__1.cpp.o" "gcc" "testbench/CMakeFiles/nvme_ctrl_model.dir/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top___024root__DepSet_hcfbd82a4__1.cpp.o.d"
  "/work/main/build-256/testbench/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top___024root__DepSet_hcfbd82a4__1__Slow.cpp" "testbench/CMakeFiles/nvme_ctrl_model.dir/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top___024root__DepSet_hcfbd82a4__1__Slow.cpp.o" "gcc" "testbench/CMakeFiles/nvme_ctrl_model.dir/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top___024root__DepSet_hcfbd82a4__1__Slow.cpp.o.d"
  "/work/main/build-256/testbench/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top___024root__DepSet_hcfbd82a4__2.cpp" "testbench/CMakeFiles/nvme_ctrl_model.dir/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top___024root__DepSet_hcfbd82a4__2.cpp.o" "gcc" "testbench/CMakeFiles/nvme_ctrl_model.dir/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top___024root__DepSet_hcfbd82a4__2.cpp.o.d"
  "/work/main/build-256/testbench/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top___024root__DepSet_hcfbd82a4__2__Slow.cpp" "testbench/CMakeFiles/nvme_ctrl_model.dir/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top___024root__DepSet_hcfbd82a4__2__Slow.cpp.o" "gcc" "testbench/CMakeFiles/nvme_ctrl_model.dir/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top___024root__DepSet_hcfbd82a4__2__Slow.cpp.o.d"
  "/work/main/build-256/testbench/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top___024root__Slow.cpp" "testbench/CMakeFiles/nvme_ctrl_model.dir/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top___024root__Slow.cpp.o" "gcc" "testbench/CMakeFiles/nvme_ctrl_model.dir/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top___024root__Slow.cpp.o.d"
  "/usr/share/verilator/include/verilated.cpp" "testbench/CMakeFiles/nvme_ctrl_model.dir/usr/share/verilator/include/verilated.cpp.o" "gcc" "testbench/CMakeFiles/nvme_ctrl_model.dir/usr/share/verilator/include/verilated.cpp.o.d"
  "/usr/share/verilator/include/verilated_fst_c.cpp" "testbench/CMakeFiles/nvme_ctrl_model.dir/usr/share/verilator/include/verilated_fst_c.cpp.o" "gcc" "testbench/CMakeFiles/nvme_ctrl_model.dir/usr/share/verilator/include/verilated_fst_c.cpp.o.d"
  "/usr/share/verilator/include/verilated_threads.cpp" "testbench/CMakeFiles/nvme_ctrl_model.dir/usr/share/verilator/include/verilated_threads.cpp.o" "gcc" "testbench/CMakeFiles/nvme_ctrl_model.dir/usr/share/verilator/include/verilated_threads.cpp.o.d"
  )

# Pairs of files generated by the same build rule.
set(CMAKE_MULTIPLE_OUTPUT_PAIRS
  "/work/main/build-256/testbench/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top.cmake" "/work/main/build-256/testbench/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top.cpp"
  "/work/main/build-256/testbench/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top__ConstPool_0.cpp" "/work/main/build-256/testbench/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top.cpp"
  "/work/main/build-256/testbench/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top__Syms.cpp" "/work/main/build-256/testbench/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top.cpp"
  "/work/main/build-256/testbench/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top__Trace__0.cpp" "/work/main/build-256/testbench/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top.cpp"
  "/work/main/build-256/testbench/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top__Trace__0__Slow.cpp" "/work/main/build-256/testbench/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top.cpp"
  "/work/main/build-256/testbench/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top___024root__DepSet_h05bc1691__0.cpp" "/work/main/build-256/testbench/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top.cpp"
  "/work/main/build-256/testbench/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top___024root__DepSet_h05bc1691__0__Slow.cpp" "/work/main/build-256/testbench/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top.cpp"
  "/work/main/build-256/testbench/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top___024root__DepSet_hcfbd82a4__0.cpp" "/work/main/build-256/testbench/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top.cpp"
  "/work/main/build-256/testbench/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top___024root__DepSet_hcfbd82a4__0__Slow.cpp" "/work/main/build-256/testbench/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top.cpp"
  "/work/main/build-256/testbench/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top___024root__DepSet_hcfbd82a4__1.cpp" "/work/main/build-256/testbench/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top.cpp"
  "/work/main/build-256/testbench/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top___024root__DepSet_hcfbd82a4__1__Slow.cpp" "/work/main/build-256/testbench/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top.cpp"
  "/work/main/build-256/testbench/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top___024root__DepSet_hcfbd82a4__2.cpp" "/work/main/build-256/testbench/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top.cpp"
  "/work/main/build-256/testbench/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top___024root__DepSet_hcfbd82a4__2__Slow.cpp" "/work/main/build-256/testbench/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top.cpp"
  "/work/main/build-256/testbench/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top___024root__Slow.cpp" "/work/main/build-256/testbench/CMakeFiles/nvme_ctrl_model.dir/Vnvme_ctrl_top.dir/Vnvme_ctrl_top.cpp"
  )


# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
