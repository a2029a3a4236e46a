file(REMOVE_RECURSE
  "libfst_reader.a"
)
