# Empty compiler generated dependencies file for pcie_ep_tests.
# This may be replaced when dependencies are built.
