"""Benchmark a command's latency with the folder's engine cold (fresh) and warm.

Run: ``python -m bench.engine [--db PATH] [--runs 5] [--command stats]``. Without ``--db``
the demo is loaded into a temporary folder. Each run stops the engine (``munigraph
stop``), times the command (fresh: it starts the engine), then times the same command
again (warm: the engine the first one left running answers). Prints the medians, their
ratio, and the floor of any command (an interpreter importing the neo4j driver) in the
same run. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MUNIGRAPH = [sys.executable, "-m", "munigraph"]
TARGET = 0.7  # seconds: a second command in a row (issue 15)


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} failed: {result.stderr.strip()}")
    return elapsed


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
    fresh, warm = [], []
    try:
        for _ in range(args.runs):
            timed(stop, env)
            fresh.append(timed(command, env))
            warm.append(timed(command, env))
        floor = [timed([sys.executable, "-c", "import neo4j"], env) for _ in range(args.runs)]
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
    print(f"target for warm               {TARGET:7.2f} s   {'met' if warm_s < TARGET else 'NOT met on this machine'}")
    print(f"load average                  {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
