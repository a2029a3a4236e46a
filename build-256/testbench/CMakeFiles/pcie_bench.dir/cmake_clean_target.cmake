file(REMOVE_RECURSE
  "libpcie_bench.a"
)
