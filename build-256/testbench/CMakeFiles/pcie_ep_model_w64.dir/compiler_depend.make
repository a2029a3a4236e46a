# Empty compiler generated dependencies file for pcie_ep_model_w64.
# This may be replaced when dependencies are built.
