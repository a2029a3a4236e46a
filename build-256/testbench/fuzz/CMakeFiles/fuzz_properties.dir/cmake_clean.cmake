file(REMOVE_RECURSE
  "CMakeFiles/fuzz_properties.dir/fuzz_support.cc.o"
  "CMakeFiles/fuzz_properties.dir/fuzz_support.cc.o.d"
  "CMakeFiles/fuzz_properties.dir/properties.cc.o"
  "CMakeFiles/fuzz_properties.dir/properties.cc.o.d"
  "libfuzz_properties.a"
  "libfuzz_properties.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/fuzz_properties.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
