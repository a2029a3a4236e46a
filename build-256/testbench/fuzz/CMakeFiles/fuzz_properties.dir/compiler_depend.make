# Empty compiler generated dependencies file for fuzz_properties.
# This may be replaced when dependencies are built.
