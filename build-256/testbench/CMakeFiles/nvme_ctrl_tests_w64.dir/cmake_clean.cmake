file(REMOVE_RECURSE
  "CMakeFiles/nvme_ctrl_tests_w64.dir/common/test_main.cc.o"
  "CMakeFiles/nvme_ctrl_tests_w64.dir/common/test_main.cc.o.d"
  "CMakeFiles/nvme_ctrl_tests_w64.dir/nvme_ctrl/abort_test.cc.o"
  "CMakeFiles/nvme_ctrl_tests_w64.dir/nvme_ctrl/abort_test.cc.o.d"
  "CMakeFiles/nvme_ctrl_tests_w64.dir/nvme_ctrl/admin_test.cc.o"
  "CMakeFiles/nvme_ctrl_tests_w64.dir/nvme_ctrl/admin_test.cc.o.d"
  "CMakeFiles/nvme_ctrl_tests_w64.dir/nvme_ctrl/engine_test.cc.o"
  "CMakeFiles/nvme_ctrl_tests_w64.dir/nvme_ctrl/engine_test.cc.o.d"
  "CMakeFiles/nvme_ctrl_tests_w64.dir/nvme_ctrl/identify_lie_test.cc.o"
  "CMakeFiles/nvme_ctrl_tests_w64.dir/nvme_ctrl/identify_lie_test.cc.o.d"
  "CMakeFiles/nvme_ctrl_tests_w64.dir/nvme_ctrl/identify_test.cc.o"
  "CMakeFiles/nvme_ctrl_tests_w64.dir/nvme_ctrl/identify_test.cc.o.d"
  "CMakeFiles/nvme_ctrl_tests_w64.dir/nvme_ctrl/registers_test.cc.o"
  "CMakeFiles/nvme_ctrl_tests_w64.dir/nvme_ctrl/registers_test.cc.o.d"
  "CMakeFiles/nvme_ctrl_tests_w64.dir/nvme_ctrl/smoke_test.cc.o"
  "CMakeFiles/nvme_ctrl_tests_w64.dir/nvme_ctrl/smoke_test.cc.o.d"
  "nvme_ctrl_tests_w64"
  "nvme_ctrl_tests_w64.pdb"
  "nvme_ctrl_tests_w64[1]_tests.cmake"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/nvme_ctrl_tests_w64.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
