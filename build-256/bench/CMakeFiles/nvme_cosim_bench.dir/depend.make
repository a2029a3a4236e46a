# Empty dependencies file for nvme_cosim_bench.
# This may be replaced when dependencies are built.
