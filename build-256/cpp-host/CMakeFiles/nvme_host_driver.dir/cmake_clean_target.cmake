file(REMOVE_RECURSE
  "libnvme_host_driver.a"
)
