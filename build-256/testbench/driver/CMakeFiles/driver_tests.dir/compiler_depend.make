# Empty compiler generated dependencies file for driver_tests.
# This may be replaced when dependencies are built.
