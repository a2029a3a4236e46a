# CMake generated Testfile for 
# Source directory: /work/main/testbench/linux
# Build directory: /work/main/build-256/testbench/linux
# 
# This file includes the relevant testing commands required for 
# testing this directory and lists subdirectories to be tested as well.
add_test([=[linux.Kernel.StockNamesFollowReversedCompletions]=] "/work/main/testbench/linux/check_linux.sh" "/work/main/build-256/nvme-cosim" "StockNamesFollowReversedCompletions")
set_tests_properties([=[linux.Kernel.StockNamesFollowReversedCompletions]=] PROPERTIES  LABELS "linux" TIMEOUT "300" _BACKTRACE_TRIPLES "/work/main/testbench/linux/CMakeLists.txt;12;add_test;/work/main/testbench/linux/CMakeLists.txt;0;")
add_test([=[linux.Kernel.OrderedKernelNamesInNsidOrder]=] "/work/main/testbench/linux/check_linux.sh" "/work/main/build-256/nvme-cosim" "OrderedKernelNamesInNsidOrder")
set_tests_properties([=[linux.Kernel.OrderedKernelNamesInNsidOrder]=] PROPERTIES  LABELS "linux" TIMEOUT "300" _BACKTRACE_TRIPLES "/work/main/testbench/linux/CMakeLists.txt;12;add_test;/work/main/testbench/linux/CMakeLists.txt;0;")
add_test([=[linux.Kernel.Linux61ScansInNsidOrder]=] "/work/main/testbench/linux/check_linux.sh" "/work/main/build-256/nvme-cosim" "Linux61ScansInNsidOrder")
set_tests_properties([=[linux.Kernel.Linux61ScansInNsidOrder]=] PROPERTIES  LABELS "linux" TIMEOUT "300" _BACKTRACE_TRIPLES "/work/main/testbench/linux/CMakeLists.txt;12;add_test;/work/main/testbench/linux/CMakeLists.txt;0;")
add_test([=[linux.Kernel.SparseNsidsRegisteredOnce]=] "/work/main/testbench/linux/check_linux.sh" "/work/main/build-256/nvme-cosim" "SparseNsidsRegisteredOnce")
set_tests_properties([=[linux.Kernel.SparseNsidsRegisteredOnce]=] PROPERTIES  LABELS "linux" TIMEOUT "300" _BACKTRACE_TRIPLES "/work/main/testbench/linux/CMakeLists.txt;12;add_test;/work/main/testbench/linux/CMakeLists.txt;0;")
add_test([=[linux.Kernel.FailedIdentifyIsAbsent]=] "/work/main/testbench/linux/check_linux.sh" "/work/main/build-256/nvme-cosim" "FailedIdentifyIsAbsent")
set_tests_properties([=[linux.Kernel.FailedIdentifyIsAbsent]=] PROPERTIES  LABELS "linux" TIMEOUT "300" _BACKTRACE_TRIPLES "/work/main/testbench/linux/CMakeLists.txt;12;add_test;/work/main/testbench/linux/CMakeLists.txt;0;")
add_test([=[linux.Kernel.DeviceSideLogsAndWaveform]=] "/work/main/testbench/linux/check_linux.sh" "/work/main/build-256/nvme-cosim" "DeviceSideLogsAndWaveform")
set_tests_properties([=[linux.Kernel.DeviceSideLogsAndWaveform]=] PROPERTIES  LABELS "linux" TIMEOUT "300" _BACKTRACE_TRIPLES "/work/main/testbench/linux/CMakeLists.txt;12;add_test;/work/main/testbench/linux/CMakeLists.txt;0;")
add_test([=[linux.Kernel.SameSeedSameRun]=] "/work/main/testbench/linux/check_linux.sh" "/work/main/build-256/nvme-cosim" "SameSeedSameRun")
set_tests_properties([=[linux.Kernel.SameSeedSameRun]=] PROPERTIES  LABELS "linux" TIMEOUT "300" _BACKTRACE_TRIPLES "/work/main/testbench/linux/CMakeLists.txt;12;add_test;/work/main/testbench/linux/CMakeLists.txt;0;")
add_test([=[linux.Kernel.GuestRandomnessOnlyPicksCommandIds]=] "/work/main/testbench/linux/check_linux.sh" "/work/main/build-256/nvme-cosim" "GuestRandomnessOnlyPicksCommandIds")
set_tests_properties([=[linux.Kernel.GuestRandomnessOnlyPicksCommandIds]=] PROPERTIES  LABELS "linux" TIMEOUT "300" _BACKTRACE_TRIPLES "/work/main/testbench/linux/CMakeLists.txt;12;add_test;/work/main/testbench/linux/CMakeLists.txt;0;")
add_test([=[linux.Kernel.SeedsReorderOnlyStock]=] "/work/main/testbench/linux/check_linux.sh" "/work/main/build-256/nvme-cosim" "SeedsReorderOnlyStock")
set_tests_properties([=[linux.Kernel.SeedsReorderOnlyStock]=] PROPERTIES  LABELS "linux" TIMEOUT "300" _BACKTRACE_TRIPLES "/work/main/testbench/linux/CMakeLists.txt;12;add_test;/work/main/testbench/linux/CMakeLists.txt;0;")
add_test([=[linux.Kernel.WallClockGuest]=] "/work/main/testbench/linux/check_linux.sh" "/work/main/build-256/nvme-cosim" "WallClockGuest")
set_tests_properties([=[linux.Kernel.WallClockGuest]=] PROPERTIES  LABELS "linux" RUN_SERIAL "ON" TIMEOUT "300" _BACKTRACE_TRIPLES "/work/main/testbench/linux/CMakeLists.txt;12;add_test;/work/main/testbench/linux/CMakeLists.txt;0;")
add_test([=[linux.Kernel.BadSetupsFailClearly]=] "/work/main/testbench/linux/check_linux.sh" "/work/main/build-256/nvme-cosim" "BadSetupsFailClearly")
set_tests_properties([=[linux.Kernel.BadSetupsFailClearly]=] PROPERTIES  LABELS "linux" TIMEOUT "300" _BACKTRACE_TRIPLES "/work/main/testbench/linux/CMakeLists.txt;12;add_test;/work/main/testbench/linux/CMakeLists.txt;0;")
