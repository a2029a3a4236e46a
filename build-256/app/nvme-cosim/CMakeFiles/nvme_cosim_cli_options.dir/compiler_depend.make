# Empty compiler generated dependencies file for nvme_cosim_cli_options.
# This may be replaced when dependencies are built.
