# Empty compiler generated dependencies file for nvme_ctrl_model.
# This may be replaced when dependencies are built.
