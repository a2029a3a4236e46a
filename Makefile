# SPDX-License-Identifier: Apache-2.0
# Front door for nvme-cosim: `make` builds, `make test` runs lint, synthesis and all tests.

.DEFAULT_GOAL := build
# Targets run one after another in the order listed; cmake parallelises the build itself.
.NOTPARALLEL:

BUILD_DIR ?= build
SYNTH_DIR ?= $(BUILD_DIR)/synth
# The TLP stream widths `make lint` and `make synth` check (TlpDataWidth).
TLP_WIDTHS ?= 64 128 256
JOBS ?= $(shell nproc)
CMAKE_ARGS ?=
FORMAT_DIRS := app common cpp-host systemc vfio testbench bench
BENCH_ARGS ?=
FAULT_SEEDS ?= 1-10000
FAULT_ARGS ?=
SWEEP_ARGS ?=
MUTANTS_ARGS ?=
RUN_ARGS ?=
QEMU_ARGS ?=
TEST_ARGS ?=
# make sanitize: its own build tree, whatever BUILD_DIR is, and the tests it runs.
SANITIZE_DIR ?= build-sanitize
SANITIZE_TEST_ARGS ?= -LE 'slow|linux'

.PHONY: deps build run waves lint synth linux test test-hil test-slurm sanitize bench bench-qemu faults \
  sweep mutants format clean help

deps:
	@scripts/install-deps.sh

build: deps
	@if [ ! -f $(BUILD_DIR)/Makefile ]; then \
	  cmake -S . -B $(BUILD_DIR) -G "Unix Makefiles" $(CMAKE_ARGS); \
	fi
	cmake --build $(BUILD_DIR) -j $(JOBS)

# The default scenario (README quick start): the cover letter's 19 namespaces scanned by `async`,
# whose names follow Identify completion order, then by `ordered`, whose names follow NSID order.
# Seed 1 (the default) puts 18 of the 19 async names on another NSID; every seed tried (1-8)
# scrambles 17 to 19. RUN_ARGS adds options to both runs, e.g. RUN_ARGS='--seed 7 --namespaces 100'.
run: build
	$(BUILD_DIR)/nvme-cosim scan --strategy async $(RUN_ARGS)
	@echo
	$(BUILD_DIR)/nvme-cosim scan --strategy ordered $(RUN_ARGS)

# The default scenario with a waveform and a ready-made GTKWave save file (docs/platform.md).
waves: build
	scripts/waves.sh $(BUILD_DIR)/nvme-cosim $(BUILD_DIR)/waves --strategy ordered $(WAVES_ARGS)

# Each top with its file list: the endpoint alone and the whole controller, at every TLP stream
# width (TlpDataWidth, the build's NVME_COSIM_TLP_WIDTH).
lint: deps
	@set -e; for w in $(TLP_WIDTHS); do \
	  for top in pcie_ep:pcie_ep nvme_ctrl:nvme_ctrl_top; do \
	    cmd="verilator --lint-only -Wall --assert -Irtl -GTlpDataWidth=$$w rtl/lint/waivers.vlt"; \
	    cmd="$$cmd -f rtl/$${top%%:*}.f --top-module $${top#*:}"; \
	    echo "$$cmd"; $$cmd; \
	  done; \
	done

# Both tops at every width into $(SYNTH_DIR)/<top>_w<width>, then a table of their sizes.
synth: deps
	@printf '%s\n' $(foreach w,$(TLP_WIDTHS),"nvme_ctrl_top rtl/nvme_ctrl.f $(w)" \
	    "pcie_ep rtl/pcie_ep.f $(w)") | \
	  xargs -P $(JOBS) -L 1 sh -c 'SYNTH_TOP=$$0 SYNTH_FILELIST=$$1 SYNTH_OUT=$(SYNTH_DIR)/$${0}_w$$2 \
	    SYNTH_PARAMS="SimCtrlEnable=0 TlpDataWidth=$$2" scripts/synth.sh'
	@scripts/synth_table.sh $(SYNTH_DIR) "$(TLP_WIDTHS)" pcie_ep nvme_ctrl_top

# User-Mode Linux 6.12, stock and with our ordered-registration patch, Linux 6.1 as released,
# and the guest's root (docs/linux.md): built once into $(BUILD_DIR)/linux; a second run
# rebuilds nothing.
linux:
	@scripts/install-deps.sh linux
	linux/build.sh $(BUILD_DIR)/linux

# TEST_ARGS selects tests, e.g. TEST_ARGS='-L unit' (labels and prefixes: README, "Testing").
# ctest also writes a JUnit XML report, $(BUILD_DIR)/ctest-junit.xml, for CI; the path is made
# absolute because ctest reads a relative one from the test directory.
test: lint synth build linux
	@scripts/install-deps.sh qemu
	ctest --test-dir $(BUILD_DIR) --output-on-failure --no-tests=error \
	  --output-junit $(abspath $(BUILD_DIR))/ctest-junit.xml -j $(JOBS) $(TEST_ARGS)

# Hardware in the loop (docs/hil.md): a QEMU guest (q35, emulated Intel IOMMU, TCG) with Debian's
# 6.12 kernel and QEMU's NVMe controller on vfio-pci runs the static nvme-cosim through VFIO,
# every strategy, compare and a verified io run, and the results are checked on the host
# (testbench/hil). The kernel package is downloaded once into $(BUILD_DIR)/debian-kernel. Part
# of `make test` too; about 15 s once the kernel is there.
test-hil: build
	@scripts/install-deps.sh qemu
	ctest --test-dir $(BUILD_DIR) --output-on-failure --no-tests=error -L hil $(TEST_ARGS)

# The sweep on a real SLURM (docs/cluster.md): a single-node cluster started from Debian's
# slurm-wlm and munge (installed when missing), with its configuration, key, state and logs in
# $(BUILD_DIR)/slurm, runs a small sweep as a job array of 4 shards and a dependent merge job
# (cluster/slurm/submit-sweep.sh); the merged report is checked, then every daemon it started
# is stopped. As root; about 10 s once installed.
test-slurm: build
	cluster/slurm/local-cluster.sh $(BUILD_DIR)

# AddressSanitizer (with LeakSanitizer) and UndefinedBehaviorSanitizer on everything compiled
# here: the driver, common/, the programs, the SystemC platform, the Verilated models and
# Verilator's runtime (docs/testing.md, "Sanitizers"). Configured once in $(SANITIZE_DIR)/ with
# NVME_COSIM_SANITIZE=ON, Release plus -g1 (line numbers in reports). Every test but the `slow`
# sweeps (SANITIZE_TEST_ARGS), which take ~5 min here and come close to their 120 s timeouts.
# Its JUnit XML report is $(SANITIZE_DIR)/ctest-junit.xml.
# The options reach forked runs and the programs the test scripts start, as environment:
#   halt_on_error=1             the first error ends the process with a failure (ASan does by
#                               default; UBSan already cannot recover: -fno-sanitize-recover)
#   detect_leaks=1              LeakSanitizer at exit (the default on x86-64 Linux, made explicit)
#   detect_stack_use_after_return=0  libsystemc keeps no fake stack across a coroutine switch
#                               (it passes none to ASan), so this check would report falsely
#   print_stacktrace=1          UBSan reports with a stack trace (ASan's always have one)
SANITIZE_ASAN_OPTIONS := halt_on_error=1:detect_leaks=1:detect_stack_use_after_return=0
SANITIZE_UBSAN_OPTIONS := halt_on_error=1:print_stacktrace=1
sanitize: deps
	@if [ ! -f $(SANITIZE_DIR)/Makefile ]; then \
	  cmake -S . -B $(SANITIZE_DIR) -G "Unix Makefiles" -DNVME_COSIM_SANITIZE=ON \
	    -DCMAKE_BUILD_TYPE=Release -DCMAKE_C_FLAGS=-g1 -DCMAKE_CXX_FLAGS=-g1; \
	fi
	ASAN_OPTIONS=$(SANITIZE_ASAN_OPTIONS) UBSAN_OPTIONS=$(SANITIZE_UBSAN_OPTIONS) \
	  cmake --build $(SANITIZE_DIR) -j $(JOBS)
	ASAN_OPTIONS=$(SANITIZE_ASAN_OPTIONS) UBSAN_OPTIONS=$(SANITIZE_UBSAN_OPTIONS) \
	  ctest --test-dir $(SANITIZE_DIR) --output-on-failure --no-tests=error \
	  --output-junit $(abspath $(SANITIZE_DIR))/ctest-junit.xml -j $(JOBS) $(SANITIZE_TEST_ARGS)

# Speed figures (bench/): build what is missing (Release unless configured otherwise), then run
# the benchmark, the scan speed targets and sweep figure (bench/scan_speed.sh; SCAN_BENCH_ARGS,
# e.g. '--sweep-scans 20'), the I/O speed targets (bench/io_speed.sh; IO_BENCH_ARGS, e.g.
# '--size 16m'), then the real kernel against the RTL side by side with QEMU
# (bench/linux_vs_qemu.sh; LINUX_BENCH_ARGS, e.g. '--runs 3 --namespaces 19').
bench: build linux
	$(BUILD_DIR)/bench/nvme_cosim_bench $(BENCH_ARGS)
	bench/scan_speed.sh --build-dir $(BUILD_DIR) $(SCAN_BENCH_ARGS)
	bench/io_speed.sh --build-dir $(BUILD_DIR) $(IO_BENCH_ARGS)
	@scripts/install-deps.sh qemu
	bench/linux_vs_qemu.sh --build-dir $(BUILD_DIR) $(LINUX_BENCH_ARGS)

# QEMU as a yardstick (docs/linux.md): Debian's own 6.12 kernel booted 5 times under QEMU TCG
# with 19 emulated namespaces; wall time per boot and the name -> NSID mapping each boot got.
# The kernel package is downloaded once into $(BUILD_DIR)/debian-kernel (shared with
# make test-hil), never installed.
# QEMU_ARGS adds options, e.g. QEMU_ARGS='--namespaces 100 --runs 3 --json FILE'.
bench-qemu:
	@scripts/install-deps.sh qemu
	bench/qemu_yardstick.sh --build-dir $(BUILD_DIR) $(QEMU_ARGS)

# The fault campaign (docs/cli.md): one scan per seed with a random mix of injected faults, and
# the recovery invariants checked; a failing seed prints the scan command that reproduces it.
faults: build
	$(BUILD_DIR)/nvme-cosim faults --seeds $(FAULT_SEEDS) $(FAULT_ARGS)

# Seeded regression (docs/cli.md, "nvme-cosim sweep"): seeds x strategies x scenarios in worker
# processes, a progress bar, a summary table, repro commands for each failure and a JUnit
# report in sweep-results/. SWEEP_ARGS adds options, e.g. SWEEP_ARGS='--seeds 1-1000 -j 4'.
sweep: build
	$(BUILD_DIR)/nvme-cosim sweep $(SWEEP_ARGS)

# The mutant suite (testbench/mutants/catalogue.txt, docs/testing.md): each mutant applied
# alone to a scratch copy of this tree in $(BUILD_DIR)/mutants (built once, then
# incrementally), the tests run until one fails; a table of killed and survived and the kill
# rate. MUTANTS_ARGS adds options, e.g. MUTANTS_ARGS='--only msix-reset-unmasked' or '--ci'.
mutants: deps
	scripts/mutants.py --build-dir $(BUILD_DIR)/mutants --jobs $(JOBS) $(MUTANTS_ARGS)

format: deps
	@files=$$(find $(FORMAT_DIRS) -type f \( -name '*.cc' -o -name '*.h' -o -name '*.cpp' \
	  -o -name '*.hpp' \) 2>/dev/null); \
	if [ -z "$$files" ]; then echo "format: no C++ files found"; exit 0; fi; \
	if ! command -v clang-format >/dev/null; then echo "format: clang-format not installed" >&2; \
	  exit 1; fi; \
	clang-format -i $$files

clean:
	rm -rf $(BUILD_DIR) $(SYNTH_DIR) $(SANITIZE_DIR)

help:
	@echo "Targets:"
	@echo "  build   (default) configure $(BUILD_DIR)/ with CMake once, then build"
	@echo "  run     build, then scan 19 namespaces with async, then ordered (options in RUN_ARGS)"
	@echo "  test    lint, synth, build, then run all tests with ctest (TEST_ARGS='-L unit': a subset);"
	@echo "          its JUnit XML report: $(BUILD_DIR)/ctest-junit.xml"
	@echo "  test-hil  build, then the static nvme-cosim through VFIO on QEMU's NVMe controller in a"
	@echo "          QEMU guest with an emulated IOMMU (docs/hil.md)"
	@echo "  test-slurm  build, then a small sweep as a SLURM job array and a merge job on a"
	@echo "          single-node cluster started from Debian's slurm-wlm in $(BUILD_DIR)/slurm"
	@echo "          (docs/cluster.md); every daemon stopped afterwards"
	@echo "  sanitize ASan+LSan+UBSan build of everything (Verilated models too) in $(SANITIZE_DIR)/,"
	@echo "          then all tests but the slow sweeps (SANITIZE_TEST_ARGS); a finding fails."
	@echo "          Its JUnit XML report: $(SANITIZE_DIR)/ctest-junit.xml"
	@echo "          SystemC threads are libsystemc's QuickThreads coroutines (no pthreads build),"
	@echo "          whose stack switches ASan is told of (docs/testing.md, \"Sanitizers\")"
	@echo "  sweep   seeds x strategies x scenarios in worker processes, JUnit report (SWEEP_ARGS)"
	@echo "  bench   build, then run the benchmark (options in BENCH_ARGS, e.g. --commands 500)"
	@echo "          and the real kernel against the RTL next to QEMU (LINUX_BENCH_ARGS)"
	@echo "  bench-qemu  the yardstick: Debian's 6.12 kernel under QEMU TCG with 19 NVMe namespaces,"
	@echo "          5 boots: wall time and name -> NSID mapping each (options in QEMU_ARGS)"
	@echo "  faults  build, then the fault campaign over FAULT_SEEDS (default 1-10000)"
	@echo "  mutants the mutant suite: each catalogued bug built and tested alone in a scratch copy"
	@echo "          ($(BUILD_DIR)/mutants); killed or survived, by which test, the kill rate"
	@echo "          (options in MUTANTS_ARGS, e.g. --only ID,ID or --ci)"
	@echo "  lint    verilator --lint-only -Wall on rtl/pcie_ep.f and rtl/nvme_ctrl.f at each of"
	@echo "          TLP_WIDTHS='$(TLP_WIDTHS)'"
	@echo "  synth   yosys synthesis checks (no latches, no loops) at each of TLP_WIDTHS; reports"
	@echo "          in $(SYNTH_DIR)/<top>_w<width>/, then a table of cells and flip-flops"
	@echo "  format  clang-format -i the C++ sources in $(FORMAT_DIRS)"
	@echo "  deps    install missing Debian packages (scripts/install-deps.sh)"
	@echo "  clean   remove $(BUILD_DIR)/, $(SANITIZE_DIR)/ and synthesis outputs"
	@echo "  help    this list"
	@echo "Variables: BUILD_DIR=$(BUILD_DIR) JOBS=$(JOBS) CMAKE_ARGS='$(CMAKE_ARGS)' (first configure only)"
	@echo "           BENCH_ARGS='$(BENCH_ARGS)' RUN_ARGS='$(RUN_ARGS)' TEST_ARGS='$(TEST_ARGS)'"
	@echo "           QEMU_ARGS='$(QEMU_ARGS)' MUTANTS_ARGS='$(MUTANTS_ARGS)'"
	@echo "           SANITIZE_DIR=$(SANITIZE_DIR) SANITIZE_TEST_ARGS='$(SANITIZE_TEST_ARGS)'"
