# Empty compiler generated dependencies file for nvme_cosim_fst_analysis.
# This may be replaced when dependencies are built.
