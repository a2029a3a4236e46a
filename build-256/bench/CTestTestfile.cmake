# CMake generated Testfile for 
# Source directory: /work/main/bench
# Build directory: /work/main/build-256/bench
# 
# This file includes the relevant testing commands required for 
# testing this directory and lists subdirectories to be tested as well.
add_test([=[bench.SmokeRunPrintsTable]=] "bash" "-c" "out=\$(\"\$0\" --commands 20 --latency-commands 2) || exit 1; echo \"\$out\"
                    grep -q 'full stack / raw' <<<\"\$out\" && grep -q 'sim s/wall s' <<<\"\$out\"" "/work/main/build-256/bench/nvme_cosim_bench")
set_tests_properties([=[bench.SmokeRunPrintsTable]=] PROPERTIES  LABELS "system" TIMEOUT "120" _BACKTRACE_TRIPLES "/work/main/bench/CMakeLists.txt;19;add_test;/work/main/bench/CMakeLists.txt;0;")
