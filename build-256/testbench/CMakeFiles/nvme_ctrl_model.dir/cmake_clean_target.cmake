file(REMOVE_RECURSE
  "libnvme_ctrl_model.a"
)
