# Empty custom commands generated dependencies file for nvme_cosim_libfuzzer.
# This may be replaced when dependencies are built.
