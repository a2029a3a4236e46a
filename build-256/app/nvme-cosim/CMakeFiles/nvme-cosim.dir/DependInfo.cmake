
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/main/app/nvme-cosim/commands.cc" "app/nvme-cosim/CMakeFiles/nvme-cosim.dir/commands.cc.o" "gcc" "app/nvme-cosim/CMakeFiles/nvme-cosim.dir/commands.cc.o.d"
  "/work/main/app/nvme-cosim/cosim_run.cc" "app/nvme-cosim/CMakeFiles/nvme-cosim.dir/cosim_run.cc.o" "gcc" "app/nvme-cosim/CMakeFiles/nvme-cosim.dir/cosim_run.cc.o.d"
  "/work/main/app/nvme-cosim/faults.cc" "app/nvme-cosim/CMakeFiles/nvme-cosim.dir/faults.cc.o" "gcc" "app/nvme-cosim/CMakeFiles/nvme-cosim.dir/faults.cc.o.d"
  "/work/main/app/nvme-cosim/linux_run.cc" "app/nvme-cosim/CMakeFiles/nvme-cosim.dir/linux_run.cc.o" "gcc" "app/nvme-cosim/CMakeFiles/nvme-cosim.dir/linux_run.cc.o.d"
  "/work/main/app/nvme-cosim/main.cc" "app/nvme-cosim/CMakeFiles/nvme-cosim.dir/main.cc.o" "gcc" "app/nvme-cosim/CMakeFiles/nvme-cosim.dir/main.cc.o.d"
  "/work/main/app/nvme-cosim/protocol_logs.cc" "app/nvme-cosim/CMakeFiles/nvme-cosim.dir/protocol_logs.cc.o" "gcc" "app/nvme-cosim/CMakeFiles/nvme-cosim.dir/protocol_logs.cc.o.d"
  "/work/main/app/nvme-cosim/report.cc" "app/nvme-cosim/CMakeFiles/nvme-cosim.dir/report.cc.o" "gcc" "app/nvme-cosim/CMakeFiles/nvme-cosim.dir/report.cc.o.d"
  "/work/main/app/nvme-cosim/run_outcome.cc" "app/nvme-cosim/CMakeFiles/nvme-cosim.dir/run_outcome.cc.o" "gcc" "app/nvme-cosim/CMakeFiles/nvme-cosim.dir/run_outcome.cc.o.d"
  "/work/main/app/nvme-cosim/timeline_svg.cc" "app/nvme-cosim/CMakeFiles/nvme-cosim.dir/timeline_svg.cc.o" "gcc" "app/nvme-cosim/CMakeFiles/nvme-cosim.dir/timeline_svg.cc.o.d"
  "/work/main/app/nvme-cosim/trace_events.cc" "app/nvme-cosim/CMakeFiles/nvme-cosim.dir/trace_events.cc.o" "gcc" "app/nvme-cosim/CMakeFiles/nvme-cosim.dir/trace_events.cc.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  "/work/main/build-256/app/nvme-cosim/CMakeFiles/nvme_cosim_cli_options.dir/DependInfo.cmake"
  "/work/main/build-256/systemc/CMakeFiles/nvme_cosim_platform.dir/DependInfo.cmake"
  "/work/main/build-256/cpp-host/CMakeFiles/nvme_host_driver.dir/DependInfo.cmake"
  "/work/main/build-256/common/CMakeFiles/cosim_common.dir/DependInfo.cmake"
  "/work/main/build-256/systemc/CMakeFiles/cosim_top_model.dir/DependInfo.cmake"
  "/work/main/build-256/vhost/CMakeFiles/nvme_cosim_vhost.dir/DependInfo.cmake"
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
