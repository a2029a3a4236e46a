
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top.cpp" "systemc/CMakeFiles/cosim_top_model.dir/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top.cpp.o" "gcc" "systemc/CMakeFiles/cosim_top_model.dir/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top.cpp.o.d"
  "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top__ConstPool_0.cpp" "systemc/CMakeFiles/cosim_top_model.dir/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top__ConstPool_0.cpp.o" "gcc" "systemc/CMakeFiles/cosim_top_model.dir/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top__ConstPool_0.cpp.o.d"
  "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top__Syms.cpp" "systemc/CMakeFiles/cosim_top_model.dir/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top__Syms.cpp.o" "gcc" "systemc/CMakeFiles/cosim_top_model.dir/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top__Syms.cpp.o.d"
  "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top__Trace__0.cpp" "systemc/CMakeFiles/cosim_top_model.dir/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top__Trace__0.cpp.o" "gcc" "systemc/CMakeFiles/cosim_top_model.dir/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top__Trace__0.cpp.o.d"
  "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top__Trace__0__Slow.cpp" "systemc/CMakeFiles/cosim_top_model.dir/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top__Trace__0__Slow.cpp.o" "gcc" "systemc/CMakeFiles/cosim_top_model.dir/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top__Trace__0__Slow.cpp.o.d"
  "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top___024root__DepSet_h6de251a6__0.cpp" "systemc/CMakeFiles/cosim_top_model.dir/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top___024root__DepSet_h6de251a6__0.cpp.o" "gcc" "systemc/CMakeFiles/cosim_top_model.dir/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top___024root__DepSet_h6de251a6__0.cpp.o.d"
  "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top___024root__DepSet_h6de251a6__0__Slow.cpp" "systemc/CMakeFiles/cosim_top_model.dir/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top___024root__DepSet_h6de251a6__0__Slow.cpp.o" "gcc" "systemc/CMakeFiles/cosim_top_model.dir/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top___024root__DepSet_h6de251a6__0__Slow.cpp.o.d"
  "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top___024root__DepSet_h6de251a6__1.cpp" "systemc/CMakeFiles/cosim_top_model.dir/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top___024root__DepSet_h6de251a6__1.cpp.o" "gcc" "systemc/CMakeFiles/cosim_top_model.dir/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top___024root__DepSet_h6de251a6__1.cpp.o.d"
  "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top___024root__DepSet_h6de251a6__1__Slow.cpp" "systemc/CMakeFiles/cosim_top_model.dir/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top___024root__DepSet_h6de251a6__1__Slow.cpp.o" "gcc" "systemc/CMakeFiles/cosim_top_model.dir/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top___024root__DepSet_h6de251a6__1__Slow.cpp.o.d"
  "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top___024root__DepSet_h6de251a6__2.cpp" "systemc/CMakeFiles/cosim_top_model.dir/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top___024root__DepSet_h6de251a6__2.cpp.o" "gcc" "systemc/CMakeFiles/cosim_top_model.dir/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top___024root__DepSet_h6de251a6__2.cpp.o.d"
  "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top___024root__DepSet_h6de251a6__2__Slow.cpp" "systemc/CMakeFiles/cosim_top_model.dir/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top___024root__DepSet_h6de251a6__2__Slow.cpp.o" "gcc" "systemc/CMakeFiles/cosim_top_model.dir/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top___024root__DepSet_h6de251a6__2__Slow.cpp.o.d"
  "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top___024root__DepSet_haa83f979__0.cpp" "systemc/CMakeFiles/cosim_top_model.dir/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top___024root__DepSet_haa83f979__0.cpp.o" "gcc" "systemc/CMakeFiles/cosim_top_model.dir/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top___024root__DepSet_haa83f979__0.cpp.o.d"
  "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top___024root__DepSet_haa83f979__0__Slow.cpp" "systemc/CMakeFiles/cosim_top_model.dir/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top___024root__DepSet_haa83f979__0__Slow.cpp.o" "gcc" "systemc/CMakeFiles/cosim_top_model.dir/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top___024root__DepSet_haa83f979__0__Slow.cpp.o.d"
  "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top___024root__Slow.cpp" "systemc/CMakeFiles/cosim_top_model.dir/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top___024root__Slow.cpp.o" "gcc" "systemc/CMakeFiles/cosim_top_model.dir/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top___024root__Slow.cpp.o.d"
  "/usr/share/verilator/include/verilated.cpp" "systemc/CMakeFiles/cosim_top_model.dir/usr/share/verilator/include/verilated.cpp.o" "gcc" "systemc/CMakeFiles/cosim_top_model.dir/usr/share/verilator/include/verilated.cpp.o.d"
  "/usr/share/verilator/include/verilated_fst_c.cpp" "systemc/CMakeFiles/cosim_top_model.dir/usr/share/verilator/include/verilated_fst_c.cpp.o" "gcc" "systemc/CMakeFiles/cosim_top_model.dir/usr/share/verilator/include/verilated_fst_c.cpp.o.d"
  "/usr/share/verilator/include/verilated_threads.cpp" "systemc/CMakeFiles/cosim_top_model.dir/usr/share/verilator/include/verilated_threads.cpp.o" "gcc" "systemc/CMakeFiles/cosim_top_model.dir/usr/share/verilator/include/verilated_threads.cpp.o.d"
  )

# Pairs of files generated by the same build rule.
set(CMAKE_MULTIPLE_OUTPUT_PAIRS
  "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top.cmake" "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top.cpp"
  "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top__ConstPool_0.cpp" "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top.cpp"
  "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top__Syms.cpp" "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top.cpp"
  "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top__Trace__0.cpp" "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top.cpp"
  "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top__Trace__0__Slow.cpp" "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top.cpp"
  "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top___024root__DepSet_h6de251a6__0.cpp" "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top.cpp"
  "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top___024root__DepSet_h6de251a6__0__Slow.cpp" "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top.cpp"
  "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top___024root__DepSet_h6de251a6__1.cpp" "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top.cpp"
  "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top___024root__DepSet_h6de251a6__1__Slow.cpp" "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top.cpp"
  "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top___024root__DepSet_h6de251a6__2.cpp" "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top.cpp"
  "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top___024root__DepSet_h6de251a6__2__Slow.cpp" "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top.cpp"
  "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top___024root__DepSet_haa83f979__0.cpp" "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top.cpp"
  "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top___024root__DepSet_haa83f979__0__Slow.cpp" "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top.cpp"
  "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top___024root__Slow.cpp" "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/Vcosim_top.dir/Vcosim_top.cpp"
  )


# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
