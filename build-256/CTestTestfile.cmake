# CMake generated Testfile for 
# Source directory: /work/main
# Build directory: /work/main/build-256
# 
# This file includes the relevant testing commands required for 
# testing this directory and lists subdirectories to be tested as well.
subdirs("common")
subdirs("cpp-host")
subdirs("vhost")
subdirs("systemc")
subdirs("app")
subdirs("testbench")
subdirs("bench")
