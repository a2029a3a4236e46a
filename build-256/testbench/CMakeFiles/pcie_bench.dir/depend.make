# Empty dependencies file for pcie_bench.
# This may be replaced when dependencies are built.
