# Empty dependencies file for nvme_host_driver.
# This may be replaced when dependencies are built.
