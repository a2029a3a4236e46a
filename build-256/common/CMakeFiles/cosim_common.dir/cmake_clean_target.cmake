file(REMOVE_RECURSE
  "libcosim_common.a"
)
