# Empty compiler generated dependencies file for cosim_top_model.
# This may be replaced when dependencies are built.
