# Empty compiler generated dependencies file for nvme_ctrl_tests.
# This may be replaced when dependencies are built.
