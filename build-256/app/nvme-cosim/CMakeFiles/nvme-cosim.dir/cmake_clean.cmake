file(REMOVE_RECURSE
  "../../nvme-cosim"
  "../../nvme-cosim.pdb"
  "CMakeFiles/nvme-cosim.dir/commands.cc.o"
  "CMakeFiles/nvme-cosim.dir/commands.cc.o.d"
  "CMakeFiles/nvme-cosim.dir/cosim_run.cc.o"
  "CMakeFiles/nvme-cosim.dir/cosim_run.cc.o.d"
  "CMakeFiles/nvme-cosim.dir/faults.cc.o"
  "CMakeFiles/nvme-cosim.dir/faults.cc.o.d"
  "CMakeFiles/nvme-cosim.dir/linux_run.cc.o"
  "CMakeFiles/nvme-cosim.dir/linux_run.cc.o.d"
  "CMakeFiles/nvme-cosim.dir/main.cc.o"
  "CMakeFiles/nvme-cosim.dir/main.cc.o.d"
  "CMakeFiles/nvme-cosim.dir/protocol_logs.cc.o"
  "CMakeFiles/nvme-cosim.dir/protocol_logs.cc.o.d"
  "CMakeFiles/nvme-cosim.dir/report.cc.o"
  "CMakeFiles/nvme-cosim.dir/report.cc.o.d"
  "CMakeFiles/nvme-cosim.dir/run_outcome.cc.o"
  "CMakeFiles/nvme-cosim.dir/run_outcome.cc.o.d"
  "CMakeFiles/nvme-cosim.dir/timeline_svg.cc.o"
  "CMakeFiles/nvme-cosim.dir/timeline_svg.cc.o.d"
  "CMakeFiles/nvme-cosim.dir/trace_events.cc.o"
  "CMakeFiles/nvme-cosim.dir/trace_events.cc.o.d"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/nvme-cosim.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
