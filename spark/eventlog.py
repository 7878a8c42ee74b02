#!/usr/bin/env python3
"""Summarises a Spark event log: per job its wall time, per task its executor, times and bytes, and the totals.

Usage: spark/eventlog.py EVENT_LOG_FILE..."""
import json
import sys

for path in sys.argv[1:]:
    jobs, tasks, app = {}, [], {}
    with open(path) as f:
        for line in f:
            e = json.loads(line)
            kind = e["Event"]
            if kind == "SparkListenerApplicationStart":
                app["start"], app["name"] = e["Timestamp"], e["App Name"]
            elif kind == "SparkListenerApplicationEnd":
                app["end"] = e["Timestamp"]
            elif kind == "SparkListenerExecutorAdded":
                app.setdefault("executors", []).append(e["Timestamp"])
            elif kind == "SparkListenerJobStart":
                jobs[e["Job ID"]] = {"start": e["Submission Time"], "tasks": 0}
            elif kind == "SparkListenerJobEnd":
                jobs[e["Job ID"]]["end"] = e["Completion Time"]
                jobs[e["Job ID"]]["result"] = e["Job Result"]["Result"]
            elif kind == "SparkListenerTaskEnd":
                i, m = e["Task Info"], e.get("Task Metrics") or {}
                sr, sw = m.get("Shuffle Read Metrics", {}), m.get("Shuffle Write Metrics", {})
                tasks.append({
                    "launch": i["Launch Time"], "stage": e["Stage ID"], "index": i["Index"], "attempt": i["Attempt"], "executor": i["Executor ID"],
                    "ok": not i["Failed"], "wall": i["Finish Time"] - i["Launch Time"],
                    "run": m.get("Executor Run Time", 0), "cpu": m.get("Executor CPU Time", 0) / 1e6,
                    "gc": m.get("JVM GC Time", 0), "deser": m.get("Executor Deserialize Time", 0),
                    "result": m.get("Result Size", 0),
                    "shuffle": sr.get("Remote Bytes Read", 0) + sr.get("Local Bytes Read", 0)
                    + sw.get("Shuffle Bytes Written", 0),
                    "reason": "" if not i["Failed"] else e.get("Task End Reason", {}).get("Reason", "failed")})
    print(f"== {path}: {app.get('name', '?')}")
    if "end" in app:
        print(f"application wall time {(app['end'] - app['start']) / 1000:.1f} s (context start to stop)")
    for j, d in sorted(jobs.items()):
        print(f"job {j}: {(d.get('end', d['start']) - d['start']) / 1000:.1f} s, {d.get('result', '?')}; from the "
              f"context's start: job submitted at {(d['start'] - app['start']) / 1000:.1f} s, executors added at "
              + ", ".join(f"{(t - app['start']) / 1000:.1f}" for t in app.get("executors", [])) + " s, first task "
              f"launched at {(min(t['launch'] for t in tasks) - app['start']) / 1000:.1f} s, job done at "
              f"{(d.get('end', d['start']) - app['start']) / 1000:.1f} s")
    print(f"{'stage':>5} {'task':>4} {'try':>3} {'exec':>4} {'wall ms':>8} {'run ms':>7} {'cpu ms':>7} {'gc ms':>6} "
          f"{'result B':>10} {'shuffle B':>9}")
    for t in sorted(tasks, key=lambda t: (t["stage"], t["index"], t["attempt"])):
        print(f"{t['stage']:>5} {t['index']:>4} {t['attempt']:>3} {t['executor']:>4} {t['wall']:>8} {t['run']:>7} "
              f"{t['cpu']:>7.0f} {t['gc']:>6} {t['result']:>10} {t['shuffle']:>9} {t['reason']}")
    ok = [t for t in tasks if t["ok"]]
    if ok:
        runs = sorted(t["run"] for t in ok)
        print(f"{len(ok)} tasks: run time sum {sum(runs) / 1000:.1f} s, min {runs[0]} ms, median "
              f"{runs[len(runs) // 2]} ms, max {runs[-1]} ms; GC {sum(t['gc'] for t in ok) / 1000:.1f} s; "
              f"results to the driver {sum(t['result'] for t in ok) / 1e6:.1f} MB; "
              f"shuffle {sum(t['shuffle'] for t in ok)} bytes")
