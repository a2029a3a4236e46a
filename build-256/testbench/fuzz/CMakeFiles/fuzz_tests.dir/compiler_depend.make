# Empty compiler generated dependencies file for fuzz_tests.
# This may be replaced when dependencies are built.
