file(REMOVE_RECURSE
  "libnvme_cosim_cli_options.a"
)
