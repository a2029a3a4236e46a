# Empty dependencies file for common_tests.
# This may be replaced when dependencies are built.
