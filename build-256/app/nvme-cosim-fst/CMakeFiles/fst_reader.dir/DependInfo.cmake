
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/usr/share/verilator/include/gtkwave/fastlz.c" "app/nvme-cosim-fst/CMakeFiles/fst_reader.dir/usr/share/verilator/include/gtkwave/fastlz.c.o" "gcc" "app/nvme-cosim-fst/CMakeFiles/fst_reader.dir/usr/share/verilator/include/gtkwave/fastlz.c.o.d"
  "/usr/share/verilator/include/gtkwave/fstapi.c" "app/nvme-cosim-fst/CMakeFiles/fst_reader.dir/usr/share/verilator/include/gtkwave/fstapi.c.o" "gcc" "app/nvme-cosim-fst/CMakeFiles/fst_reader.dir/usr/share/verilator/include/gtkwave/fstapi.c.o.d"
  "/usr/share/verilator/include/gtkwave/lz4.c" "app/nvme-cosim-fst/CMakeFiles/fst_reader.dir/usr/share/verilator/include/gtkwave/lz4.c.o" "gcc" "app/nvme-cosim-fst/CMakeFiles/fst_reader.dir/usr/share/verilator/include/gtkwave/lz4.c.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
