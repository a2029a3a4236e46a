# Empty dependencies file for nvme_cosim_platform.
# This may be replaced when dependencies are built.
