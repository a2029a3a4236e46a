file(REMOVE_RECURSE
  "libnvme_ctrl_harness_w64.a"
)
