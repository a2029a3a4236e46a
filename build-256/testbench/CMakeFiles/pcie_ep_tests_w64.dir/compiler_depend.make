# Empty compiler generated dependencies file for pcie_ep_tests_w64.
# This may be replaced when dependencies are built.
