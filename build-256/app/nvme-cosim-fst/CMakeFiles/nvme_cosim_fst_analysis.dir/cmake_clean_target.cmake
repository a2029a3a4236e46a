file(REMOVE_RECURSE
  "libnvme_cosim_fst_analysis.a"
)
