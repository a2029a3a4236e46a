file(REMOVE_RECURSE
  "CMakeFiles/nvme_cosim_libfuzzer"
  "nvme_cosim_libfuzzer"
)

# Per-language clean rules from dependency scanning.
foreach(lang )
  include(CMakeFiles/nvme_cosim_libfuzzer.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
