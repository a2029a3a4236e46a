file(REMOVE_RECURSE
  "libpcie_ep_model.a"
)
