#!/usr/bin/python3
"""Times whole processes side by side: runs each command in turn (one warm-up round, then RUNS rounds,
alternating the commands so that both see the same load) and prints per command the median wall time, CPU
seconds (user + system, the process and its children) and peak resident memory.
Usage: whole_process.py RUNS LABEL1 'CMD1' LABEL2 'CMD2' ...   (commands split as a shell would, no shell run)"""
import os
import shlex
import statistics
import subprocess
import sys
import time


def run(argv):
    start = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    err = child.stderr.read().decode(errors="replace")
    child.stderr.close()
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        sys.exit(f"{argv[0]} failed ({child.returncode}): {err.strip()}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


runs = int(sys.argv[1])
jobs = [(sys.argv[i], shlex.split(sys.argv[i + 1])) for i in range(2, len(sys.argv), 2)]
results = {label: [] for label, _ in jobs}
for r in range(runs + 1):
    for label, argv in jobs:
        m = run(argv)
        if r > 0:
            results[label].append(m)
first = None
for label, _ in jobs:
    wall, cpu, rss = (statistics.median(m[k] for m in results[label]) for k in range(3))
    ratio = "" if first is None else f"  ({wall / first[0]:.2f}x the first's wall, {cpu / first[1]:.2f}x its CPU)"
    first = first or (wall, cpu)
    print(f"{label:<28} wall {wall:6.2f} s  CPU {cpu:6.2f} s  peak RSS {rss:5.0f} MB{ratio}")
