# Empty dependencies file for nvme-cosim-fst.
# This may be replaced when dependencies are built.
