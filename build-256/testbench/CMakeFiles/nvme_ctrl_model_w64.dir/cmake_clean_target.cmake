file(REMOVE_RECURSE
  "libnvme_ctrl_model_w64.a"
)
