#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# make test-slurm (docs/cluster.md): a throwaway single-node SLURM cluster on this machine, a
# small sweep submitted to it the way a user submits one (submit-sweep.sh: a job array of 4
# shards and a dependent merge job), and the merged report checked. It starts munged, slurmctld
# and slurmd on localhost from Debian's munge and slurm-wlm, with their own key, configuration,
# state, sockets, free TCP ports and logs under BUILD_DIR/slurm; nothing in /etc is read or
# written and systemd is not involved. Every daemon it started is stopped when it exits, passed,
# failed or interrupted; the logs stay for inspection. Runs as root (slurmd starts jobs as
# their users).
#
# Usage: cluster/slurm/local-cluster.sh [--timeout SECS] [--program PATH] BUILD_DIR
#   BUILD_DIR        the project's build directory; the cluster lives in BUILD_DIR/slurm
#   --program PATH   the nvme-cosim binary (default BUILD_DIR/nvme-cosim)
#   --timeout SECS   how long the sweep (array and merge) may take (default 600)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
timeout=600
program=
build=

# The test's sweep: every scan and faults case is one seed with one strategy.
seeds=1-3
strategies=sequential,async,ordered,nsid
scenarios=scan,faults
shards=4

usage() {
  sed -n '/^# Usage:/,/^#   --timeout/s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2
  exit 2
}
while [[ $# -gt 0 ]]; do
  case $1 in
    --timeout | --program)
      [[ $# -ge 2 ]] || usage
      [[ $1 == --timeout ]] && timeout=$2 || program=$2
      shift 2
      ;;
    -h | --help | -*) usage ;;
    *)
      [[ -z $build ]] || usage
      build=$1
      shift
      ;;
  esac
done
[[ -n $build ]] || usage
[[ $timeout =~ ^[1-9][0-9]*$ ]] || usage

say() { echo "local-cluster: $*"; }
die() {
  echo "local-cluster: $*" >&2
  exit 1
}

[[ $(id -u) -eq 0 ]] || die "needs root: slurmd starts every job as its user (run make test-slurm as root)"
"$root/scripts/install-deps.sh" slurm
export PATH=$PATH:/usr/sbin:/sbin
[[ -d $build ]] || die "$build does not exist (make build first)"
build=$(cd "$build" && pwd)
program=${program:-$build/nvme-cosim}
[[ -x $program ]] || die "$program is not there (make build first)"
"$program" sweep --help >/dev/null 2>&1 || die "$program has no sweep command"

dir=$build/slurm
conf=$dir/etc/slurm.conf
sock=$dir/munge/munge.socket
host=$(hostname -s)
# A socket's path has to fit sockaddr_un (108 bytes with its terminating NUL).
[[ ${#sock} -le 107 ]] || die "$sock is too long for a socket path; use a shorter build directory"

# A run killed with SIGKILL could not stop its daemons: do not start a second set on top of
# them (the pid files name them; they are not stopped here, since this run did not start them).
for pid_file in "$dir"/run/*.pid; do
  [[ -f $pid_file ]] || continue
  pid=$(cat "$pid_file" 2>/dev/null || true)
  if [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null &&
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF "$dir/"; then
    die "a previous run's $(basename "$pid_file" .pid) (pid $pid) is still running; stop it" \
      "(kill $pid) and run again"
  fi
done

# Nothing from the caller's environment steers the clients to another cluster or job: a run
# from inside a SLURM job would otherwise inherit that job's SLURM_* and SBATCH_* settings.
while read -r name; do
  unset "$name"
done < <(env | sed -n 's/^\(\(SLURM\|SBATCH\|SQUEUE\|SCONTROL\|SINFO\|SCANCEL\)_[A-Za-z0-9_]*\)=.*/\1/p')
export SLURM_CONF=$conf

rm -rf "$dir"
mkdir -p "$dir"/{etc,munge,run,state,spool,log}
# munged insists on a key directory only its owner may write and on a socket directory that
# every user may enter.
chmod 755 "$dir" "$dir/munge"

# ---- the daemons: started here in the foreground of a background job, so their pids are
# known without trusting pid files; stopped in reverse order by cleanup.
names=()
pids=()
array_id=
merge_id=
start_daemon() {  # name command...: its stderr to log/name.stderr (in the foreground, slurmctld
  # and slurmd print their log lines there too, and munged prints its log there only)
  local name=$1
  shift
  "$@" >"$dir/log/$name.stderr" 2>&1 &
  names+=("$name")
  pids+=("$!")
}
alive() { kill -0 "$1" 2>/dev/null; }
show_logs() {  # the end of each daemon's output, including what it said before its log was open
  local name f
  for name in "${names[@]}"; do
    f=$dir/log/$name.stderr
    [[ -s $f ]] || continue
    echo "---- last lines of $f" >&2
    tail -n 15 "$f" >&2
  done
}
cleanup() {
  local status=$? i pid waited
  trap - EXIT INT TERM
  # Jobs first, while the controller is there to end them (this cluster runs only ours).
  if [[ ${#pids[@]} -ge 3 ]] && alive "${pids[1]}" && alive "${pids[2]}"; then
    local jobs
    jobs=$(squeue -h -o %A 2>/dev/null | sort -u | tr '\n' ' ' || true)
    if [[ -n ${jobs// /} ]]; then
      say "cancelling unfinished jobs: $jobs"
      # shellcheck disable=SC2086
      scancel $jobs 2>/dev/null || true
      for ((waited = 0; waited < 60; waited++)); do
        [[ -z $(squeue -h -o %A 2>/dev/null) ]] && break
        sleep 0.5
      done
    fi
  fi
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
    pid=${pids[i]}
    alive "$pid" || continue
    kill -TERM "$pid" 2>/dev/null || true
    for ((waited = 0; waited < 100; waited++)); do
      alive "$pid" || break
      sleep 0.1
    done
    if alive "$pid"; then
      say "${names[i]} (pid $pid) did not stop on SIGTERM within 10 s; sending SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
  done
  if [[ ${#pids[@]} -gt 0 ]]; then
    local stopped=()
    for ((i = ${#names[@]} - 1; i >= 0; i--)); do
      stopped+=("${names[i]} (pid ${pids[i]})")
    done
    say "stopped ${stopped[*]}; logs in $dir/log"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'say "interrupted"; exit 130' INT
trap 'say "terminated"; exit 143' TERM

started=$SECONDS

# Two free TCP ports, both held until both are known so that they differ; the defaults (6817,
# 6818) are left to any real cluster this machine belongs to.
read -r ctld_port slurmd_port < <(python3 -c '
import socket
held = [socket.socket() for _ in range(2)]
for s in held:
    s.bind(("127.0.0.1", 0))
print(*(s.getsockname()[1] for s in held))')

# The munge key: 1024 random bits shared by every daemon and client of this cluster.
mungekey --create --keyfile="$dir/munge/munge.key" >/dev/null
chmod 600 "$dir/munge/munge.key"

cat >"$conf" <<EOF
# Generated by cluster/slurm/local-cluster.sh for make test-slurm: a single-node cluster on
# $host, slurmctld on port $ctld_port and slurmd on port $slurmd_port of 127.0.0.1.
ClusterName=nvme-cosim-test
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
SlurmUser=root
SlurmdUser=root
# munge through this cluster's own munged (AuthInfo names its socket; the job credentials
# slurmctld signs for slurmd go through it too).
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$sock
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/run/slurmctld.pid
SlurmdPidFile=$dir/run/slurmd.pid
SlurmctldLogFile=$dir/log/slurmctld.log
SlurmdLogFile=$dir/log/slurmd.log
# Processes tracked through /proc, no task binding, no cgroups: nothing outside build/ is set up.
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MpiDefault=none
# Without it slurmctld logs an error for the default /bin/mail, which Debian does not install.
MailProg=/bin/true
# The node comes back by itself when slurmd registers, whatever took it down.
ReturnToService=2
# Jobs share the node by CPU: one array task per CPU.
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
NodeName=$host NodeAddr=127.0.0.1 CPUs=$(nproc) State=UNKNOWN
PartitionName=local Nodes=$host Default=YES MaxTime=INFINITE State=UP
EOF

say "starting munged, slurmctld and slurmd in $dir ($(slurmctld -V), ports $ctld_port and $slurmd_port)"
# --force: munged would otherwise refuse a key or log whose directory chain it deems insecure
# (a group-writable parent of the checkout, say); the key is this run's own and throwaway.
start_daemon munged munged --foreground --force --key-file="$dir/munge/munge.key" \
  --socket="$sock" --pid-file="$dir/run/munged.pid" --seed-file="$dir/munge/munged.seed"
for ((waited = 0; ; waited++)); do
  munge --socket="$sock" --no-input 2>/dev/null | unmunge --socket="$sock" >/dev/null 2>&1 && break
  if ! alive "${pids[0]}" || [[ $waited -ge 100 ]]; then
    show_logs
    die "munged did not come up (10 s)"
  fi
  sleep 0.1
done
start_daemon slurmctld slurmctld -D -f "$conf"
start_daemon slurmd slurmd -D -f "$conf"

# The node is up once slurmctld has heard from slurmd and reports it idle.
state=
for ((waited = 0; ; waited++)); do
  state=$(scontrol show node "$host" 2>/dev/null | sed -n 's/.*State=\([A-Z_+]*\).*/\1/p' | head -1)
  [[ $state == IDLE ]] && break
  for i in 1 2; do
    alive "${pids[i]}" || {
      show_logs
      die "${names[i]} exited while the node was coming up (logs above)"
    }
  done
  if [[ $waited -ge 60 ]]; then
    show_logs
    die "node $host not idle after 30 s (state ${state:-unknown}; logs above)"
  fi
  sleep 0.5
done
up=$((SECONDS - started))
say "node $host idle after ${up} s ($(nproc) CPUs, partition local)"

# ---- the sweep, submitted as a user would.
results=$dir/results
submit_out=$("$root/cluster/slurm/submit-sweep.sh" --shards "$shards" --results "$results" \
  --program "$program" --cpus-per-task 1 -- --seeds "$seeds" --strategies "$strategies" \
  --scenarios "$scenarios")
echo "$submit_out"
array_id=$(awk '$1 == "array" && $2 == "job" { sub(":", "", $3); print $3 }' <<<"$submit_out")
merge_id=$(awk '$1 == "merge" && $2 == "job" { sub(":", "", $3); print $3 }' <<<"$submit_out")
[[ $array_id =~ ^[0-9]+$ && $merge_id =~ ^[0-9]+$ ]] || die "no job ids in submit-sweep's output"

job_field() {  # job field: the field of each line of `scontrol show job -o` (one per array task)
  { scontrol show job -o "$1" 2>/dev/null || true; } | { grep -o "\b$2=[^ ]*" || true; } | cut -d= -f2-
}
terminal='^(COMPLETED|FAILED|CANCELLED|TIMEOUT|NODE_FAIL|OUT_OF_MEMORY|BOOT_FAIL|DEADLINE|PREEMPTED)$'
submitted=$SECONDS
last=
while :; do
  merge_state=$(job_field "$merge_id" JobState)
  tasks=$(job_field "$array_id" JobState | sort | uniq -c | awk '{ printf "%s%d %s", sep, $1, $2; sep = ", " }')
  progress="array job $array_id: ${tasks:-?}; merge job $merge_id: ${merge_state:-?}"
  if [[ $progress != "$last" ]]; then
    say "$((SECONDS - submitted)) s: $progress"
    last=$progress
  fi
  [[ $merge_state =~ $terminal ]] && break
  [[ -n $merge_state ]] || { show_logs; die "slurmctld no longer knows job $merge_id"; }
  for i in 1 2; do
    alive "${pids[i]}" || { show_logs; die "${names[i]} exited during the sweep (logs above)"; }
  done
  if ((SECONDS - submitted >= timeout)); then
    show_logs
    die "the sweep did not finish within $timeout s (--timeout)"
  fi
  sleep 1
done
sweep_time=$((SECONDS - submitted))

# ---- the outcome: every task and the merge exited 0, and the merged report holds the matrix.
show_job_output() {
  local f
  for f in "$results"/slurm/*.out; do
    echo "---- $f" >&2
    tail -n 20 "$f" >&2
  done
}
task_states=$(job_field "$array_id" JobState | sort | uniq -c | awk '{ printf "%s%d %s", sep, $1, $2; sep = ", " }')
if [[ $task_states != "$shards COMPLETED" || $merge_state != COMPLETED ]]; then
  show_job_output
  for id in "$array_id" "$merge_id"; do
    scontrol show job -o "$id" 2>/dev/null || true
  done | awk '!/JobState=COMPLETED/ {
    line = ""
    for (i = 1; i <= NF; i++) if ($i ~ /^(JobId|ArrayTaskId|JobName|JobState|ExitCode)=/) line = line " " $i
    print "not completed:" line
  }' >&2
  die "array tasks: $task_states; merge: $merge_state (job output above, all of it in $results/slurm)"
fi

report=$(python3 - "$results" "$shards" "$seeds" "$strategies" "$scenarios" <<'EOF'
import os
import sys
import xml.etree.ElementTree as ET

results, shards, seeds, strategies, scenarios = sys.argv[1:]
first, last = (int(s) for s in seeds.split("-"))
expected = {(scenario, strategy, seed)
            for scenario in scenarios.split(",")
            for strategy in strategies.split(",")
            for seed in range(first, last + 1)}
problems = []

root = ET.parse(os.path.join(results, "merged", "junit.xml")).getroot()
if root.tag != "testsuites":
    problems.append(f"junit.xml: root <{root.tag}>, not <testsuites>")
suites = root.findall("testsuite")
if len(suites) != len(scenarios.split(",")):
    problems.append(f"junit.xml: {len(suites)} testsuites for {len(scenarios.split(','))} scenarios")
found = {}
failed = not_run = 0
for case in root.iter("testcase"):
    parts = case.get("classname", "").split(".")
    name = case.get("name", "")
    if len(parts) != 3 or parts[0] != "sweep" or not name.startswith("seed "):
        problems.append(f"junit.xml: unexpected testcase {case.get('classname')!r} {name!r}")
        continue
    key = (parts[1], parts[2], int(name.split()[1]))
    found[key] = found.get(key, 0) + 1
    if case.find("failure") is not None or case.find("error") is not None:
        failed += 1
    if case.find("skipped") is not None:
        not_run += 1
cases = sum(found.values())
missing = sorted(expected - found.keys())
extra = sorted(found.keys() - expected)
twice = sorted(k for k, n in found.items() if n > 1)
for label, keys in (("missing", missing), ("not in the matrix", extra), ("more than once", twice)):
    if keys:
        problems.append(f"junit.xml: {len(keys)} cases {label}, e.g. {keys[0]}")
if failed or not_run:
    problems.append(f"junit.xml: {failed} cases failed, {not_run} not run")

def case_lines(path):  # the results file's "case" lines: one per finished case
    with open(path) as f:
        return [l.split("\t") for l in f.read().splitlines() if l.startswith("case\t")]

merged_tsv = os.path.join(results, "merged", "results.tsv")
if not os.path.isfile(merged_tsv):
    problems.append("merged/results.tsv missing")
elif len(case_lines(merged_tsv)) != len(expected):
    problems.append(f"merged/results.tsv: {len(case_lines(merged_tsv))} cases for {len(expected)}")
per_shard = []
for i in range(int(shards)):
    tsv = os.path.join(results, f"shard-{i}", "results.tsv")
    if not os.path.isfile(tsv):
        problems.append(f"shard-{i}/results.tsv missing")
        continue
    lines = case_lines(tsv)
    if not lines:
        problems.append(f"shard-{i}/results.tsv has no case")
    if any(fields[2] != "passed" for fields in lines):
        problems.append(f"shard-{i}/results.tsv has failed cases")
    per_shard.append(str(len(lines)))

if problems:
    print("\n".join(problems))
    sys.exit(1)
print(f"{cases} testcases ({len(expected)} expected) in {len(suites)} testsuites, all passed;"
      f" cases per shard: {' '.join(per_shard)}")
EOF
) || {
  echo "$report" >&2
  show_job_output
  die "the merged report in $results/merged is not the sweep's (above)"
}

say "merged report: $report"
say "passed in $((SECONDS - started)) s: cluster up in ${up} s, sweep $sweep_time s" \
  "(array job $array_id: $task_states; merge job $merge_id: $merge_state)"
say "report in $results/merged, job output in $results/slurm"
