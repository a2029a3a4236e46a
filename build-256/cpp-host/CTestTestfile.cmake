# CMake generated Testfile for 
# Source directory: /work/main/cpp-host
# Build directory: /work/main/build-256/cpp-host
# 
# This file includes the relevant testing commands required for 
# testing this directory and lists subdirectories to be tested as well.
