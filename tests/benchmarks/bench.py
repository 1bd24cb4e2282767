"""Timing, results and the table the benchmarks print (issue 10).

Every figure is the median of several runs and is set against a bare baseline timed
in the same session on the same machine, so the ratio means something on any
computer, loaded or idle. The benchmarks report whether each target is met; they do
not fail when it is not (a slow CI runner is not a bug), but they do fail when what
they measured is wrong (an import that stored nothing is fast and useless).
"""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
OUT_DIR = REPO / "out"


@dataclass(frozen=True)
class Timing:
    """The runs of one measurement: wall-clock seconds and the CPU seconds of this process."""

    wall: tuple[float, ...]
    cpu: tuple[float, ...] = ()

    @property
    def median(self) -> float:
        return statistics.median(self.wall)

    @property
    def cpu_median(self) -> float | None:
        return statistics.median(self.cpu) if self.cpu else None

    @property
    def runs(self) -> int:
        return len(self.wall)


def measure(
    work: Callable[[], object],
    runs: int,
    *,
    setup: Callable[[], object] | None = None,
    warmup: int = 1,
) -> Timing:
    """Times ``work`` ``runs`` times after ``warmup`` untimed runs; ``setup`` runs untimed before each."""
    wall: list[float] = []
    cpu: list[float] = []
    for index in range(warmup + runs):
        if setup is not None:
            setup()
        began_cpu = time.process_time()
        began = time.perf_counter()
        work()
        elapsed = time.perf_counter() - began
        elapsed_cpu = time.process_time() - began_cpu
        if index >= warmup:
            wall.append(elapsed)
            cpu.append(elapsed_cpu)
    return Timing(tuple(wall), tuple(cpu))


def measure_alternately(
    work: Callable[[], object],
    baseline: Callable[[], object],
    runs: int,
    *,
    setup: Callable[[], object] | None = None,
    baseline_setup: Callable[[], object] | None = None,
) -> tuple[Timing, Timing]:
    """Times ``work`` and ``baseline`` in turns, ``runs`` times each, after one untimed run of each.

    In turns rather than one after the other, so that a burst of load from elsewhere
    on the machine (a shared virtual machine's neighbours) falls on both sides alike
    instead of on whichever was being timed at that moment.
    """
    measure(work, 0, setup=setup)
    measure(baseline, 0, setup=baseline_setup)
    ours: list[Timing] = []
    theirs: list[Timing] = []
    for _ in range(runs):
        ours.append(measure(work, 1, setup=setup, warmup=0))
        theirs.append(measure(baseline, 1, setup=baseline_setup, warmup=0))

    def joined(timings: list[Timing]) -> Timing:
        return Timing(tuple(t.wall[0] for t in timings), tuple(t.cpu[0] for t in timings))

    return joined(ours), joined(theirs)


def cpu_against(ours: Timing, theirs: Timing) -> str:
    """``CPU 0.190 s against 0.124 s, 1.53x``: the CPU medians of runs timed in turns and
    their ratio, which a neighbour's load moves less than the wall-clock medians."""
    mine, base = ours.cpu_median or 0.0, theirs.cpu_median or 0.0
    ratio = mine / base if base > 0 else float("nan")
    return f"CPU {mine:.3f} s against {base:.3f} s, {ratio:.2f}x"


@dataclass
class Result:
    """One row of the table."""

    name: str
    value: float  # seconds, or MB for memory
    unit: str  # "s" or "MB"
    baseline_name: str
    baseline: float | None
    target: str  # the target in words, e.g. "< 2 s" or "<= 4x"
    met: bool | None  # None: reported without a target
    runs: int
    cpu: float | None = None  # CPU seconds of this process (in-process measurements)
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or self.baseline <= 0:
            return None
        return self.value / self.baseline


@dataclass
class Session:
    """The results gathered in one ``make bench`` run, in the order they were measured."""

    results: list[Result] = field(default_factory=list)
    load_before: tuple[float, float, float] | None = None

    def add(self, result: Result) -> Result:
        self.results.append(result)
        print(f"\n[bench] {format_row(result)}", flush=True)
        return result


SESSION = Session()


def record(
    name: str,
    timing: Timing | float,
    *,
    baseline_name: str = "",
    baseline: Timing | float | None = None,
    target: str = "",
    met: bool | None = None,
    unit: str = "s",
    note: str = "",
    runs: int | None = None,
) -> Result:
    value = timing.median if isinstance(timing, Timing) else timing
    base = baseline.median if isinstance(baseline, Timing) else baseline
    if runs is None:
        runs = timing.runs if isinstance(timing, Timing) else 1
    cpu = timing.cpu_median if isinstance(timing, Timing) else None
    return SESSION.add(Result(name, value, unit, baseline_name, base, target, met, runs, cpu, note))


# --- formatting ----------------------------------------------------------------------


def amount(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "MB":
        return f"{value:.0f} MB"
    if value < 1:
        return f"{value * 1000:.0f} ms" if value >= 0.01 else f"{value * 1000:.1f} ms"
    return f"{value:.2f} s"


def verdict(met: bool | None) -> str:
    return "-" if met is None else ("met" if met else "MISSED")


def format_row(r: Result) -> str:
    ratio = "-" if r.ratio is None else f"{r.ratio:.1f}x"
    return (
        f"{r.name}: {amount(r.value, r.unit)} (runs {r.runs}); {r.baseline_name or 'no baseline'} "
        f"{amount(r.baseline, r.unit)}; ratio {ratio}; target {r.target or '-'}: {verdict(r.met)}"
    )


HEADER = ("Benchmark", "Median", "CPU", "Baseline", "Baseline median", "Ratio", "Target", "Result", "Runs")


def table(results: list[Result]) -> str:
    """A Markdown table (it reads as plain text in a terminal too)."""
    rows = [HEADER]
    for r in results:
        rows.append(
            (
                r.name + (f" ({r.note})" if r.note else ""),
                amount(r.value, r.unit),
                amount(r.cpu, "s") if r.cpu is not None else "-",
                r.baseline_name or "-",
                amount(r.baseline, r.unit),
                "-" if r.ratio is None else f"{r.ratio:.1f}x",
                r.target or "-",
                verdict(r.met),
                str(r.runs),
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(HEADER))]
    lines = []
    for index, row in enumerate(rows):
        lines.append("| " + " | ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) + " |")
        if index == 0:
            lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    info: dict[str, Any] = {
        "cpus": os.cpu_count(),
        "python": sys.version.split()[0],
        "platform": platform.platform(),
    }
    try:
        lscpu = subprocess.run(["lscpu"], capture_output=True, text=True, check=False, timeout=10).stdout
        model = next(
            (ln.split(":", 1)[1].strip() for ln in lscpu.splitlines() if ln.startswith("Model name")), ""
        )
        info["cpu_model"] = model
    except (OSError, subprocess.SubprocessError):
        info["cpu_model"] = platform.processor()
    try:
        info["nproc"] = int(subprocess.run(["nproc"], capture_output=True, text=True, check=False).stdout)
    except (OSError, ValueError):
        info["nproc"] = os.cpu_count()
    try:
        import matplotlib
        import sqlalchemy
        from PySide6 import __version__ as pyside

        info["libraries"] = (
            f"PySide6 {pyside}, matplotlib {matplotlib.__version__}, SQLAlchemy {sqlalchemy.__version__}"
        )
    except ImportError:  # pragma: no cover
        pass
    return info


def load_average() -> tuple[float, float, float] | None:
    try:
        return os.getloadavg()
    except OSError:  # pragma: no cover - not on every system
        return None


def report(results: list[Result], load_before: tuple[float, float, float] | None) -> str:
    """The whole Markdown report: machine, load, table, how to reproduce."""
    info = machine()
    load_after = load_average()
    met = sum(1 for r in results if r.met)
    targets = sum(1 for r in results if r.met is not None)

    def load_text(load: tuple[float, float, float] | None) -> str:
        return "unknown" if load is None else " / ".join(f"{x:.2f}" for x in load)

    lines = [
        "# backplan benchmarks",
        "",
        f"Run {time.strftime('%Y-%m-%d %H:%M %Z')} with `make bench`.",
        "",
        f"- Machine: {info.get('nproc')} CPUs ({info.get('cpu_model') or 'unknown model'}), "
        f"{info['platform']}",
        f"- Python {info['python']}; {info.get('libraries', '')}",
        f"- Load average (1/5/15 min) before: {load_text(load_before)}; after: {load_text(load_after)}",
        f"- Targets met: {met} of {targets}",
        "",
        table(results),
        "",
        "Median: wall-clock median of the runs. CPU: CPU time of the benchmark process for the "
        "same runs (for in-process measurements), which a busy machine disturbs less.",
        "",
    ]
    return "\n".join(lines)


def write_report(results: list[Result], load_before: tuple[float, float, float] | None) -> Path:
    import json

    OUT_DIR.mkdir(exist_ok=True)
    text = report(results, load_before)
    path = OUT_DIR / "bench.md"
    path.write_text(text, encoding="utf-8")
    (OUT_DIR / "bench.json").write_text(
        json.dumps(
            {"machine": machine(), "results": [asdict(r) | {"ratio": r.ratio} for r in results]},
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    return path
