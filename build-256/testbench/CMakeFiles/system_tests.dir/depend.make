# Empty dependencies file for system_tests.
# This may be replaced when dependencies are built.
