# Empty dependencies file for nvme-cosim-guest-random.
# This may be replaced when dependencies are built.
