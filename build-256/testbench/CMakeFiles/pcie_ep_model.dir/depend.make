# Empty dependencies file for pcie_ep_model.
# This may be replaced when dependencies are built.
