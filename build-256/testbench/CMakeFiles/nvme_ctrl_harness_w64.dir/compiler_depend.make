# Empty compiler generated dependencies file for nvme_ctrl_harness_w64.
# This may be replaced when dependencies are built.
