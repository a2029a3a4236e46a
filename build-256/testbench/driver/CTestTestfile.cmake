# CMake generated Testfile for 
# Source directory: /work/main/testbench/driver
# Build directory: /work/main/build-256/testbench/driver
# 
# This file includes the relevant testing commands required for 
# testing this directory and lists subdirectories to be tested as well.
include("/work/main/build-256/testbench/driver/driver_tests[1]_include.cmake")
