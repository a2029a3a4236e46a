# Empty dependencies file for cosim_common.
# This may be replaced when dependencies are built.
