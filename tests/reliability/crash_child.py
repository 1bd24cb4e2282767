"""The writer the crash test kills: records pain entries as fast as it can.

Run as ``python crash_child.py DATA_DIR TRIAL``. Once its imports are done it prints
``loaded`` and waits for a line on standard input (so the test can start the next
child's slow imports while the current one runs, without two writers at once). Then
it opens the services exactly as the window and the command line do
(``bootstrap.open_services``), prints ``ready``, then
records log entries through ``Backplan.record_log`` in a loop. Each entry's marker
(its note, ``t<TRIAL>-n<N>``) is printed and flushed only after ``record_log``
returned, so every marker on standard output is a promise: that entry was committed
and must survive the SIGKILL that ends this process.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import backplan.storage.repository  # noqa: F401  (loaded before the first marker, not during a write)
from backplan.bootstrap import open_services
from backplan.domain.clock import FixedClock
from backplan.domain.model import LogEntry


def main() -> None:
    data_dir = Path(sys.argv[1])
    trial = int(sys.argv[2])
    print("loaded", flush=True)
    if not sys.stdin.readline():
        return  # the test ended without needing this child
    # A fixed clock per trial: entry times must not depend on how fast the machine is.
    start = datetime(2026, 12, 1, 12, 0, tzinfo=UTC) + timedelta(days=trial)
    services = open_services(data_dir, FixedClock(start))
    patient_id = services.resolve_patient(None)
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        entry = LogEntry(at=start + timedelta(seconds=n), pain=n % 11, note=f"t{trial}-n{n}")
        services.record_log(patient_id, entry)
        sys.stdout.write(f"t{trial}-n{n}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
