# Empty compiler generated dependencies file for nvme-cosim.
# This may be replaced when dependencies are built.
