"""lgsco.read (and lgsco.tables) against `lgsco table` on the same files:
statements per second, best of a few runs each.

    python python/bench/read_vs_tool.py [--statements 20000] [--tool target/release/lgsco]

The files are copies of ../shared's statements (seeds, corpus, corpus-2) in
a temporary folder, enough copies to reach the number asked for.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Callable

import lgsco

REPO = Path(__file__).resolve().parents[2]


def copies(into: Path, shared: Path, statements: int) -> int:
    """Copy the real statements into `into` until there are `statements`;
    returns how many there are."""
    files = sorted(f for d in ("seeds", "corpus", "corpus-2") for f in (shared / d).glob("*.txt"))
    if not files:
        raise SystemExit(f"no statements under {shared}")
    per_copy = len(lgsco.read(files))
    rounds = -(-statements // per_copy)
    for n in range(rounds):
        folder = into / f"copy{n:04}"
        folder.mkdir()
        for f in files:
            shutil.copy(f, folder / f.name)
    return rounds * per_copy


def cpu() -> float:
    """CPU seconds (user and system, all threads) of this process and of
    the children it waited for."""
    total = 0.0
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        r = resource.getrusage(who)
        total += r.ru_utime + r.ru_stime
    return total


def best(runs: int, work: Callable[[], object]) -> tuple[float, float]:
    """The shortest wall time of `runs` runs and the least CPU time, in
    seconds: on a loaded machine the CPU time is the steadier figure."""
    walls, cpus = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), cpu()
        work()
        walls.append(time.perf_counter() - start)
        cpus.append(cpu() - start_cpu)
    return min(walls), min(cpus)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--statements", type=int, default=20_000)
    ap.add_argument("--tool", type=Path, default=REPO / "target" / "release" / "lgsco")
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--tables", action="store_true", help="also time lgsco.tables (needs pandas)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        inputs = root / "in"
        inputs.mkdir()
        n = copies(inputs, args.shared, args.statements)
        out = root / "out"

        def tool() -> None:
            subprocess.run(
                [str(args.tool), "-q", "--no-progress", "table", str(inputs), "-o", str(out)],
                check=True,
            )

        def read() -> None:
            got = lgsco.read(inputs)
            assert len(got) == n, (len(got), n)

        results = [("lgsco table (the tool)", best(args.runs, tool)), ("lgsco.read", best(args.runs, read))]
        if args.tables:
            results.append(("lgsco.tables", best(args.runs, lambda: lgsco.tables(inputs))))
    tool_wall, tool_cpu = results[0][1]
    print(f"{n} statements; wall and CPU seconds, statements/s and share of the tool's rate")
    for name, (wall, cpu_s) in results:
        print(
            f"{name:24} {wall:7.2f} s wall {n / wall:7.0f}/s {tool_wall / wall:5.0%}"
            f"   {cpu_s:7.2f} s CPU {n / cpu_s:7.0f}/s {tool_cpu / cpu_s:5.0%}"
        )


if __name__ == "__main__":
    main()
