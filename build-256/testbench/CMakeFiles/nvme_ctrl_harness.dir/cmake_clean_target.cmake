file(REMOVE_RECURSE
  "libnvme_ctrl_harness.a"
)
