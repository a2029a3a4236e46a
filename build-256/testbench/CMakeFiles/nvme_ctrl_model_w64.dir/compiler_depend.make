# Empty compiler generated dependencies file for nvme_ctrl_model_w64.
# This may be replaced when dependencies are built.
