file(REMOVE_RECURSE
  "CMakeFiles/vhost_tests.dir/time_travel_test.cc.o"
  "CMakeFiles/vhost_tests.dir/time_travel_test.cc.o.d"
  "CMakeFiles/vhost_tests.dir/vhost_user_test.cc.o"
  "CMakeFiles/vhost_tests.dir/vhost_user_test.cc.o.d"
  "vhost_tests"
  "vhost_tests.pdb"
  "vhost_tests[1]_tests.cmake"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/vhost_tests.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
