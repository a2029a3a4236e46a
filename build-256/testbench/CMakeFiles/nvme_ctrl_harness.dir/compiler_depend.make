# Empty compiler generated dependencies file for nvme_ctrl_harness.
# This may be replaced when dependencies are built.
