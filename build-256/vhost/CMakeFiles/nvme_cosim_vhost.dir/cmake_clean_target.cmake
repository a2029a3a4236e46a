file(REMOVE_RECURSE
  "libnvme_cosim_vhost.a"
)
