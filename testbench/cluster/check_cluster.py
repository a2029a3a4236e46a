#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""cluster.* tests: the cluster front ends of `nvme-cosim sweep` (cluster/, docs/cluster.md)
stay in step with the sweep, without a cluster.

  check_cluster.py kubernetes PROGRAM
      The Indexed Job (cluster/kubernetes/sweep-indexed-job.yaml) is Indexed, its `completions`
      is the N of `--shard $(JOB_COMPLETION_INDEX)/N`, its shards and the merge Job write and
      read the one volume of results-pvc.yaml; then the Job's container command runs here once
      per index, with $(VAR) expanded as the kubelet expands it, /results mapped to a scratch
      directory and a small matrix in place of the manifest's, and the merge Job's command after
      them gives the complete report. Also: a shard with failed cases still completes its index
      (status 0), and SIGTERM reaches the sweep through the container's shell.
  check_cluster.py slurm PROGRAM
      sweep-array.sbatch run as array tasks 0..N-1 would run it (SLURM_ARRAY_* set by hand),
      then sweep-merge.sbatch: the complete report. submit-sweep.sh against a stand-in sbatch:
      the array of N tasks, then the merge after it with afterany.
"""

import math
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
KUBERNETES = os.path.join(ROOT, "cluster", "kubernetes")
SLURM = os.path.join(ROOT, "cluster", "slurm")

# The small matrix every run here uses instead of the manifest's: 4 cases per seed.
STRATEGIES = "async,ordered"
SCENARIOS = "scan,faults"
CASES_PER_SEED = 4


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def check(condition, message):
    if not condition:
        fail(message)


def run(cmd, env=None, expect=0, what=None):
    proc = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True, timeout=120)
    if proc.returncode != expect:
        print(proc.stdout, file=sys.stderr)
        fail(f"{what or cmd}: exit status {proc.returncode}, expected {expect}")
    return proc.stdout


def matrix_cases(seeds):
    first, last = (int(s) for s in seeds.split("-"))
    return {(scenario, strategy, seed)
            for scenario in SCENARIOS.split(",")
            for strategy in STRATEGIES.split(",")
            for seed in range(first, last + 1)}


def check_report(merged, seeds, shards):
    """merged/junit.xml holds exactly the matrix's cases, every one passed."""
    expected = matrix_cases(seeds)
    root = ET.parse(os.path.join(merged, "junit.xml")).getroot()
    found = []
    for case in root.iter("testcase"):
        parts = case.get("classname", "").split(".")
        check(len(parts) == 3 and parts[0] == "sweep" and case.get("name", "").startswith("seed "),
              f"unexpected testcase {case.get('classname')!r} {case.get('name')!r}")
        check(case.find("failure") is None and case.find("skipped") is None,
              f"testcase {case.get('classname')} {case.get('name')} did not pass")
        found.append((parts[1], parts[2], int(case.get("name").split()[1])))
    check(len(found) == len(set(found)), "a testcase appears twice in the merged report")
    check(set(found) == expected,
          f"merged report: {len(found)} testcases, expected the {len(expected)} of the matrix")
    with open(os.path.join(merged, "results.tsv")) as f:
        header = f.read().splitlines()[:3]
    check(header[2] == "shard\t0/1", f"merged results.tsv header {header!r}")
    print(f"merged report: {len(found)} testcases, all passed, from {shards} shards")


# ---- Kubernetes --------------------------------------------------------------------------------

def load(name):
    import yaml  # python3-yaml (scripts/install-deps.sh)
    with open(os.path.join(KUBERNETES, name)) as f:
        docs = [d for d in yaml.safe_load_all(f) if d]
    check(len(docs) == 1, f"{name}: {len(docs)} documents, expected 1")
    return docs[0]


def results_claim(pod_spec, container, what):
    """The PVC that `container` sees at /results."""
    mounts = {m["mountPath"]: m["name"] for m in container.get("volumeMounts", [])}
    check("/results" in mounts, f"{what}: nothing mounted at /results")
    volumes = {v["name"]: v for v in pod_spec.get("volumes", [])}
    volume = volumes.get(mounts["/results"], {})
    check("persistentVolumeClaim" in volume, f"{what}: /results is not a persistentVolumeClaim")
    return volume["persistentVolumeClaim"]["claimName"]


def kube_quantity(text):
    """A CPU quantity ("2", "1500m") in cores."""
    text = str(text)
    return int(text[:-1]) / 1000 if text.endswith("m") else float(text)


def container_env(container, index):
    """What the kubelet puts in the environment: the literal values, the resource fields, and
    JOB_COMPLETION_INDEX, which the Job controller adds to Indexed pods."""
    env = {"JOB_COMPLETION_INDEX": str(index)}
    for var in container.get("env", []):
        if "value" in var:
            env[var["name"]] = str(var["value"])
            continue
        field = var.get("valueFrom", {}).get("resourceFieldRef")
        check(field is not None, f"env {var['name']}: only values and resourceFieldRef are known here")
        check(field.get("containerName") in (None, container["name"]),
              f"env {var['name']}: resourceFieldRef names container {field.get('containerName')}")
        kind, resource = field["resource"].split(".")
        amount = kube_quantity(container["resources"][kind][resource])
        env[var["name"]] = str(math.ceil(amount / kube_quantity(field.get("divisor", "1"))))
    return env


def expand(text, env):
    """$(VAR) as Kubernetes expands it in command and args: defined variables only; $$ is $."""
    return re.sub(r"\$\$|\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)",
                  lambda m: "$" if m.group(0) == "$$" else env.get(m.group(1), m.group(0)), text)


def localize(argv, env, scratch, matrix):
    """The container's argv as it would run, with /results in `scratch` and `matrix` options
    (name -> value) in place of the manifest's."""
    argv = [expand(a, env) for a in argv]
    argv = [re.sub(r"(?<![\w.-])/results(?=/|$|\s)", scratch + "/results", a) for a in argv]
    for i in range(len(argv) - 1):
        if argv[i] in matrix:
            argv[i + 1] = matrix[argv[i]]
    return argv


def kubernetes(program):
    job = load("sweep-indexed-job.yaml")
    merge = load("sweep-merge-job.yaml")
    pvc = load("results-pvc.yaml")
    reader = load("results-reader.yaml")

    check(job["kind"] == "Job" and job["apiVersion"] == "batch/v1", "the sweep is not a batch/v1 Job")
    spec = job["spec"]
    check(spec.get("completionMode") == "Indexed", "completionMode is not Indexed")
    shards = spec.get("completions")
    check(isinstance(shards, int) and shards >= 1, f"completions {shards!r}")
    check(1 <= spec.get("parallelism", 1) <= shards, "parallelism outside 1..completions")
    pod = spec["template"]["spec"]
    check(pod.get("restartPolicy") == "Never", "the sweep's pods must not restart in place")
    check(len(pod["containers"]) == 1, "one container per sweep pod")
    container = pod["containers"][0]
    args = container.get("args", [])
    check("--shard" in args, "no --shard in the container's args")
    shard = args[args.index("--shard") + 1]
    m = re.fullmatch(r"\$\(JOB_COMPLETION_INDEX\)/(\d+)", shard)
    check(m is not None, f"--shard {shard!r} is not $(JOB_COMPLETION_INDEX)/N")
    check(int(m.group(1)) == shards,
          f"--shard .../{m.group(1)} but completions: {shards}: the shards would not cover the matrix")
    check("--out" in args and args[args.index("--out") + 1] == "/results/shard-$(JOB_COMPLETION_INDEX)",
          "--out is not /results/shard-$(JOB_COMPLETION_INDEX)")

    claim = pvc["metadata"]["name"]
    check(pvc["kind"] == "PersistentVolumeClaim", "results-pvc.yaml is not a PersistentVolumeClaim")
    check(results_claim(pod, container, "the sweep") == claim, "the sweep's /results is not the PVC")
    mpod = merge["spec"]["template"]["spec"]
    check(merge["kind"] == "Job" and mpod.get("restartPolicy") == "Never", "the merge is not a Job")
    check(merge["spec"].get("backoffLimit") == 0, "a failed merge is a verdict: backoffLimit 0")
    check(results_claim(mpod, mpod["containers"][0], "the merge") == claim, "the merge's /results is not the PVC")
    check(results_claim(reader["spec"], reader["spec"]["containers"][0], "the reader") == claim,
          "the reader's /results is not the PVC")
    print(f"manifests: Indexed Job of {shards} completions, --shard $(JOB_COMPLETION_INDEX)/{shards},"
          f" shards and merge on PVC {claim}")

    scratch = tempfile.mkdtemp(prefix="cluster-k8s-")
    try:
        # `nvme-cosim` on PATH, as in the image.
        os.makedirs(os.path.join(scratch, "bin"))
        os.symlink(os.path.abspath(program), os.path.join(scratch, "bin", "nvme-cosim"))
        base_env = dict(os.environ, PATH=os.path.join(scratch, "bin") + os.pathsep + os.environ["PATH"])
        argv = container["command"] + args
        seeds = f"1-{math.ceil(shards / CASES_PER_SEED) + 1}"
        matrix = {"--seeds": seeds, "--strategies": STRATEGIES, "--scenarios": SCENARIOS,
                  "--namespaces": "8"}
        for index in range(shards):
            env = container_env(container, index)
            run(localize(argv, env, scratch, matrix), env=dict(base_env, **env),
                what=f"index {index}'s container")
        merge_argv = mpod["containers"][0]["command"] + mpod["containers"][0].get("args", [])
        run(localize(merge_argv, {}, scratch, {}), env=base_env, what="the merge's container")
        check_report(os.path.join(scratch, "results", "merged"), seeds, shards)

        # A shard whose cases fail (each killed at once by its time limit) completes its index.
        env = container_env(container, 0)
        failing = localize(argv, env, scratch + "/failing", matrix) + ["--case-timeout", "1us"]
        out = run(failing, env=dict(base_env, **env), what="a shard with failed cases")
        check("cases failed; the merge job reports them" in out, "no word of the failed cases")
        print("a shard with failed cases: its pod exits 0")

        # SIGTERM to the container's shell reaches the sweep, which writes its report and
        # exits 143; a shell that did not pass it on would die of it (status -15 here).
        slow = dict(matrix, **{"--seeds": "1-100000", "--scenarios": "scan", "--strategies": "sequential"})
        term = localize(argv, env, scratch + "/term", slow)
        # A session of its own, so that whatever is left of it can be ended in one go.
        proc = subprocess.Popen(term, env=dict(base_env, **env), stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, text=True, start_new_session=True)
        stopped = False
        try:
            results = os.path.join(scratch, "term", "results", "shard-0", "results.tsv")
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and proc.poll() is None:
                if os.path.exists(results) and "\ncase\t" in open(results).read():
                    break
                time.sleep(0.05)
            proc.send_signal(signal.SIGTERM)
            try:
                # The shell's output ends when the sweep's does: a sweep the signal missed keeps
                # the pipe open.
                out, _ = proc.communicate(timeout=20)
                stopped = True
            except subprocess.TimeoutExpired:
                fail("the sweep did not stop within 20 s of SIGTERM to the container's shell")
        finally:
            if not stopped:  # the shell's session still holds the sweep: end it
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                proc.wait()
        if proc.returncode != 143 or "sweep interrupted" not in out:
            print(out, file=sys.stderr)
            fail(f"SIGTERM to the container's shell: status {proc.returncode}, expected the"
                 " sweep's 143 and its report")
        check(os.path.exists(os.path.join(scratch, "term", "results", "shard-0", "junit.xml")),
              "no report after SIGTERM")
        print("SIGTERM to the container's shell: the sweep wrote its report and exited 143")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


# ---- SLURM -------------------------------------------------------------------------------------

def slurm(program):
    program = os.path.abspath(program)
    shards = 3
    seeds = "1-2"
    scratch = tempfile.mkdtemp(prefix="cluster-slurm-")
    try:
        results = os.path.join(scratch, "results")
        base_env = {k: v for k, v in os.environ.items() if not k.startswith(("SLURM_", "SBATCH_"))}
        sweep = ["--seeds", seeds, "--strategies", STRATEGIES, "--scenarios", SCENARIOS,
                 "--namespaces", "8"]
        array = os.path.join(SLURM, "sweep-array.sbatch")
        for index in range(shards):
            env = dict(base_env, SLURM_ARRAY_TASK_ID=str(index), SLURM_ARRAY_TASK_COUNT=str(shards),
                       SLURM_ARRAY_TASK_MIN="0", SLURM_ARRAY_TASK_MAX=str(shards - 1),
                       SLURM_ARRAY_JOB_ID="7", SLURM_CPUS_PER_TASK="1")
            out = run(["bash", array, program, results] + sweep, env=env, what=f"array task {index}")
            check(f"--shard {index}/{shards} --out {results}/shard-{index} -j 1" in out,
                  f"array task {index} did not run its shard with SLURM_CPUS_PER_TASK workers")
        run(["bash", os.path.join(SLURM, "sweep-merge.sbatch"), program, results], env=base_env,
            what="the merge job")
        check_report(os.path.join(results, "merged"), seeds, shards)

        task = dict(base_env, SLURM_ARRAY_TASK_ID="0", SLURM_ARRAY_TASK_COUNT="2")
        run(["bash", array, program, results, "--shard", "0/2"], env=task, expect=2,
            what="an array task given --shard")
        run(["bash", array, program, results] + sweep, env=base_env, expect=2,
            what="the array script outside an array")

        # submit-sweep.sh against a stand-in sbatch that logs its arguments and answers job ids
        # 100, 101, ... as --parsable does.
        bin_dir = os.path.join(scratch, "bin")
        os.makedirs(bin_dir)
        log = os.path.join(scratch, "sbatch.log")
        with open(os.path.join(bin_dir, "sbatch"), "w") as f:
            f.write("#!/bin/sh\n"
                    f'n=$(wc -l < "{log}" 2>/dev/null || echo 0)\n'
                    f'printf "%s\\n" "$*" >> "{log}"\n'
                    'echo "$((100 + n));testcluster"\n')
        os.chmod(os.path.join(bin_dir, "sbatch"), 0o755)
        env = dict(base_env, PATH=bin_dir + os.pathsep + base_env["PATH"])
        submitted = os.path.join(scratch, "submitted")
        out = run([os.path.join(SLURM, "submit-sweep.sh"), "--shards", "5", "--results", submitted,
                   "--program", program, "--cpus-per-task", "2", "--sbatch", "--partition=p", "--"]
                  + sweep, env=env, what="submit-sweep.sh")
        with open(log) as f:
            calls = f.read().splitlines()
        check(len(calls) == 2, f"submit-sweep.sh called sbatch {len(calls)} times: {calls}")
        check("--array=0-4 " in calls[0] and "--cpus-per-task=2 " in calls[0]
              and "--partition=p " in calls[0]
              and calls[0].endswith(f"{array} {program} {submitted} {' '.join(sweep)}"),
              f"the array submission: {calls[0]}")
        check("--dependency=afterany:100 " in calls[1] and "--partition=p " in calls[1]
              and calls[1].endswith(f"sweep-merge.sbatch {program} {submitted}"),
              f"the merge submission: {calls[1]}")
        check("array job 100:" in out and "merge job 101:" in out
              and f"{submitted}/merged/junit.xml" in out,
              f"submit-sweep.sh's output names neither job nor report:\n{out}")
        run([os.path.join(SLURM, "submit-sweep.sh"), "--results", submitted, "--program", program],
            env=env, expect=1, what="submit-sweep.sh into a results directory in use")
        print("submit-sweep.sh: an array of 5 tasks, then the merge with afterany on it")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("kubernetes", "slurm"):
        print(__doc__, file=sys.stderr)
        return 2
    {"kubernetes": kubernetes, "slurm": slurm}[sys.argv[1]](sys.argv[2])
    return 0


if __name__ == "__main__":
    sys.exit(main())
