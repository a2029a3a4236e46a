# Empty dependencies file for vhost_tests.
# This may be replaced when dependencies are built.
