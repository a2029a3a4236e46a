file(REMOVE_RECURSE
  "libfuzz_properties.a"
)
