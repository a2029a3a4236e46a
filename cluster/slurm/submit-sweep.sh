#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Submits an nvme-cosim sweep to SLURM (docs/cluster.md): a job array of N tasks, task I running
# shard I/N of the matrix (sweep-array.sbatch), then a merge job that waits for every task to
# end, passed or failed (--dependency=afterany), and combines the shards (sweep-merge.sbatch).
# Prints both job ids and where the merged report will be.
#
# Usage: cluster/slurm/submit-sweep.sh [OPTION...] [--] [SWEEP OPTION...]
#   -n, --shards N          array tasks, one shard of the matrix each (default 4)
#   -o, --results DIR       results directory, new or empty, on storage every node shares
#                           (default ./sweep-results): DIR/shard-I, DIR/merged, DIR/slurm/
#   -p, --program PATH      the nvme-cosim binary every node runs (default: build/nvme-cosim of
#                           this checkout)
#   -c, --cpus-per-task C   CPUs per array task; its sweep runs C cases at a time (default 1)
#   --sbatch ARG            one more sbatch option for both jobs, e.g. --sbatch --partition=long
#                           or --sbatch --time=2:00:00 (repeatable)
#   SWEEP OPTION            nvme-cosim sweep options that choose the matrix, e.g. --seeds 1-500
#                           --strategies async,ordered --scenarios scan,faults --namespaces 32.
#                           The first argument that is not an option above starts them.
#                           --resume: RESULTS holds an earlier submission of this matrix and
#                           shard count; each task runs only its shard's cases without a result.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
here=$root/cluster/slurm
shards=4
results=sweep-results
program=$root/build/nvme-cosim
cpus=1
sbatch_args=()

usage() {
  sed -n '/^# Usage:/,/^#                           shard count;/s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2
  exit 2
}
need_value() {
  [[ $2 -ge 2 ]] || {
    echo "submit-sweep: $1 needs a value" >&2
    exit 2
  }
}
while [[ $# -gt 0 ]]; do
  case $1 in
    -n | --shards) need_value "$1" $#; shards=$2; shift 2 ;;
    -o | --results) need_value "$1" $#; results=$2; shift 2 ;;
    -p | --program) need_value "$1" $#; program=$2; shift 2 ;;
    -c | --cpus-per-task) need_value "$1" $#; cpus=$2; shift 2 ;;
    --sbatch) need_value "$1" $#; sbatch_args+=("$2"); shift 2 ;;
    -h | --help) usage ;;
    --) shift; break ;;
    *) break ;;
  esac
done
sweep_args=("$@")

[[ $shards =~ ^[1-9][0-9]*$ ]] || { echo "submit-sweep: --shards $shards: a positive number" >&2; exit 2; }
[[ $cpus =~ ^[1-9][0-9]*$ ]] || { echo "submit-sweep: --cpus-per-task $cpus: a positive number" >&2; exit 2; }
for arg in "${sweep_args[@]}"; do
  case $arg in
    --shard | --shard=* | --out | --out=* | -j | -j* | --jobs | --jobs=*)
      echo "submit-sweep: $arg is set per array task; leave it out of the sweep options" >&2
      exit 2
      ;;
    --junit | --junit=*)
      echo "submit-sweep: every shard writes its own junit.xml, and the merge RESULTS/merged/junit.xml;" \
        "leave --junit out" >&2
      exit 2
      ;;
  esac
done
command -v sbatch >/dev/null || { echo "submit-sweep: sbatch not found (is this a SLURM login node?)" >&2; exit 1; }
[[ -x $program ]] || { echo "submit-sweep: $program is not an executable (--program)" >&2; exit 1; }
program=$(cd "$(dirname "$program")" && pwd)/$(basename "$program")

# A fresh results directory: the merge reads every shard-* in it, and a shard left over from
# another matrix would make it fail. With --resume among the sweep options, the directory of an
# earlier submission of the same matrix and shard count: each task keeps its shard's finished
# cases and runs the rest (the sweep refuses a shard of another matrix).
resume=false
for arg in "${sweep_args[@]}"; do
  [[ $arg == --resume ]] && resume=true
done
if ! $resume && [[ -e $results && -n $(ls -A "$results" 2>/dev/null) ]]; then
  echo "submit-sweep: $results is not empty; choose a new results directory (--results)," \
    "or add --resume to finish an earlier submission's matrix there" >&2
  exit 1
fi
mkdir -p "$results/slurm"
results=$(cd "$results" && pwd)

array_id=$(sbatch --parsable --array="0-$((shards - 1))" --cpus-per-task="$cpus" \
  --output="$results/slurm/sweep-%A_%a.out" "${sbatch_args[@]}" \
  "$here/sweep-array.sbatch" "$program" "$results" "${sweep_args[@]}")
array_id=${array_id%%;*}  # --parsable prints "id" or "id;cluster"

merge_cmd=(sbatch --parsable --dependency="afterany:$array_id" --output="$results/slurm/merge-%j.out"
  "${sbatch_args[@]}" "$here/sweep-merge.sbatch" "$program" "$results")
if ! merge_id=$("${merge_cmd[@]}"); then
  echo "submit-sweep: the array job $array_id is queued but the merge could not be submitted;" \
    "submit it by hand:" >&2
  echo "  ${merge_cmd[*]}" >&2
  exit 1
fi
merge_id=${merge_id%%;*}

echo "array job $array_id: $shards tasks, each: $program sweep --shard I/$shards" \
  "--out $results/shard-I -j $cpus ${sweep_args[*]}"
echo "merge job $merge_id: after every task has ended (afterany): $program sweep merge" \
  "--out $results/merged $results/shard-*"
echo "merged report: $results/merged/results.tsv and $results/merged/junit.xml"
echo "job output: $results/slurm/ (the merge's summary table: merge-$merge_id.out)"
echo "follow with: squeue -j $array_id,$merge_id"
