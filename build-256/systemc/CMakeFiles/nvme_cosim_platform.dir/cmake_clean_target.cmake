file(REMOVE_RECURSE
  "libnvme_cosim_platform.a"
)
