# Empty dependencies file for nvme_cosim_vhost.
# This may be replaced when dependencies are built.
