file(REMOVE_RECURSE
  "CMakeFiles/fst_reader.dir/usr/share/verilator/include/gtkwave/fastlz.c.o"
  "CMakeFiles/fst_reader.dir/usr/share/verilator/include/gtkwave/fastlz.c.o.d"
  "CMakeFiles/fst_reader.dir/usr/share/verilator/include/gtkwave/fstapi.c.o"
  "CMakeFiles/fst_reader.dir/usr/share/verilator/include/gtkwave/fstapi.c.o.d"
  "CMakeFiles/fst_reader.dir/usr/share/verilator/include/gtkwave/lz4.c.o"
  "CMakeFiles/fst_reader.dir/usr/share/verilator/include/gtkwave/lz4.c.o.d"
  "libfst_reader.a"
  "libfst_reader.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang C)
  include(CMakeFiles/fst_reader.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
