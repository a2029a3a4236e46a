file(REMOVE_RECURSE
  "libcosim_top_model.a"
)
