"""Benchmark a command's latency with the folder's engine cold (fresh) and warm.

Run: ``python -m bench.engine [--db PATH] [--runs 5] [--command stats]``. Without ``--db``
the demo is loaded into a temporary folder. Each run stops the engine (``munigraph
stop``), times the command (fresh: it starts the engine), then times the same command
again (warm: the engine the first one left running answers). Prints the medians, their
ratio, and the floor of any command (an interpreter importing the neo4j driver) in the
same run. Then the parts of a warm ``stats``, each timed (wall and CPU) in a process of its own
that does what the command does step by step: the interpreter's start, importing the command
line, the driver and the store, attaching to the engine (its locks and runtime file), the
driver's connection (``Store.open``), the query, and closing. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MUNIGRAPH = [sys.executable, "-m", "munigraph"]
TARGET = 0.7  # seconds: a second command in a row (issue 15)


# What a warm `munigraph stats` does, step by step, each step's wall and CPU seconds as JSON
PHASES = """
import json, sys, time
marks = [("interpreter start", time.perf_counter(), time.process_time())]
def mark(name):
    marks.append((name, time.perf_counter(), time.process_time()))
from munigraph import cli
mark("import the command line")
cli._import_driver_without_extras()
mark("import the neo4j driver")
from munigraph.graph import embedded
from munigraph.graph.settings import Settings
from munigraph.graph.store import Store
mark("import the store")
settings = Settings.from_env(db=sys.argv[1])
embedded.attach(settings, sys.argv[1]).close()
mark("attach to the engine")
store = Store.open(settings=settings)
mark("connect (Store.open)")
with store.shared_reads():
    store.counts()
mark("the query (counts)")
store.close()
mark("close")
print(json.dumps([(name, wall - marks[i][1], cpu - marks[i][2]) for i, (name, wall, cpu) in enumerate(marks[1:])]))
"""

CPU: list[float] = []  # CPU seconds of each timed command, in order


def timed(command: list[str], env: dict[str, str]) -> float:
    """Wall seconds of ``command``; its CPU seconds (user + system) go to :data:`CPU`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} failed: {result.stderr.strip()}")
    return elapsed


def phase_times(folder: Path, env: dict[str, str]) -> list[tuple[str, float, float]]:
    """(part, wall s, CPU s) of a warm stats, from :data:`PHASES` run in a process of its own."""
    result = subprocess.run([sys.executable, "-c", PHASES, str(folder)], capture_output=True, text=True, env=env)
    if result.returncode != 0:
        sys.exit(f"timing the parts of stats failed: {result.stderr.strip()}")
    return [tuple(part) for part in json.loads(result.stdout)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="a loaded database folder (default: the demo in a temporary one)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--command", default="stats", help="the munigraph command to time (default: stats)")
    args = parser.parse_args()

    env = {**os.environ, "MUNIGRAPH_ENGINE_IDLE": "600"}
    folder = Path(args.db or tempfile.mkdtemp(prefix="munigraph-bench-engine-"))
    if not args.db:
        timed([*MUNIGRAPH, "load", "--demo", "--db", str(folder)], env)
    command = [*MUNIGRAPH, *args.command.split(), "--db", str(folder)]
    stop = [*MUNIGRAPH, "stop", "--db", str(folder)]
    fresh, warm, warm_cpu = [], [], []
    try:
        for _ in range(args.runs):
            timed(stop, env)
            fresh.append(timed(command, env))
            warm.append(timed(command, env))
            warm_cpu.append(CPU[-1])
        floor = [timed([sys.executable, "-c", "import neo4j"], env) for _ in range(args.runs)]
        floor_cpu = CPU[-args.runs :]
        phases = [phase_times(folder, env) for _ in range(args.runs)]
        start = [timed([sys.executable, "-c", "pass"], env) for _ in range(args.runs)]
        start_cpu = CPU[-args.runs :]
    finally:
        timed(stop, env)
        if not args.db:
            shutil.rmtree(folder, ignore_errors=True)

    fresh_s, warm_s, floor_s = (statistics.median(x) for x in (fresh, warm, floor))
    print(f"munigraph {args.command} on {folder if args.db else 'the demo'}, median of {args.runs} runs")
    print(f"fresh (starts the engine)     {fresh_s:7.2f} s   runs {', '.join(f'{x:.2f}' for x in fresh)}")
    print(f"warm (a second command)       {warm_s:7.2f} s   runs {', '.join(f'{x:.2f}' for x in warm)}")
    print(f"ratio fresh / warm            {fresh_s / warm_s:7.1f}x")
    print(f"floor: python -c 'import neo4j' {floor_s:5.2f} s   warm is {warm_s / floor_s:.1f}x the floor")
    print(
        f"CPU time, warm / floor        {statistics.median(warm_cpu):7.2f} s / {statistics.median(floor_cpu):.2f} s"
        "   (user + system: what the wall time would be on an idle machine, waits aside)"
    )
    print("parts of a warm stats (median wall / CPU ms, each part in the process that does them all):")
    print(
        f"  start an interpreter (python -c pass)  {statistics.median(start) * 1000:7.0f} / {statistics.median(start_cpu) * 1000:5.0f}"
    )
    for i, (name, _, _) in enumerate(phases[0]):
        wall = statistics.median(run[i][1] for run in phases) * 1000
        cpu = statistics.median(run[i][2] for run in phases) * 1000
        print(f"  {name:<38} {wall:7.0f} / {cpu:5.0f}")
    print(f"target for warm               {TARGET:7.2f} s   {'met' if warm_s < TARGET else 'NOT met on this machine'}")
    print(f"load average                  {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
