file(REMOVE_RECURSE
  "libpcie_ep_model_w64.a"
)
