# CMake generated Testfile for 
# Source directory: /work/main/app
# Build directory: /work/main/build-256/app
# 
# This file includes the relevant testing commands required for 
# testing this directory and lists subdirectories to be tested as well.
subdirs("nvme-cosim")
subdirs("nvme-cosim-fst")
