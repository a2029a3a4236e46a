# CMake generated Testfile for 
# Source directory: /work/main/vhost
# Build directory: /work/main/build-256/vhost
# 
# This file includes the relevant testing commands required for 
# testing this directory and lists subdirectories to be tested as well.
