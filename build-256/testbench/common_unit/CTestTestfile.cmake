# CMake generated Testfile for 
# Source directory: /work/main/testbench/common_unit
# Build directory: /work/main/build-256/testbench/common_unit
# 
# This file includes the relevant testing commands required for 
# testing this directory and lists subdirectories to be tested as well.
include("/work/main/build-256/testbench/common_unit/common_tests[1]_include.cmake")
