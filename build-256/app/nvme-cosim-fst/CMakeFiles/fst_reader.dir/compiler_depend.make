# Empty compiler generated dependencies file for fst_reader.
# This may be replaced when dependencies are built.
