# Empty dependencies file for nvme_ctrl_tests_w64.
# This may be replaced when dependencies are built.
