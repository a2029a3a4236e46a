# CMake generated Testfile for 
# Source directory: /work/main/app/nvme-cosim-fst
# Build directory: /work/main/build-256/app/nvme-cosim-fst
# 
# This file includes the relevant testing commands required for 
# testing this directory and lists subdirectories to be tested as well.
