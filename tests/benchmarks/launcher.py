"""Runs one command and reports when it was started and its peak memory.

Why a launcher: on Linux a child forked from a large process (pytest with figures
and a five-year document in memory) starts with that process's memory high-water
mark, so ``ru_maxrss`` from ``wait4`` would report the benchmark's memory, not the
app's. Started from this small process, the app's ``ru_maxrss`` is its own.

``python launcher.py TIMEOUT_S COMMAND...`` passes the command's output through and
then prints ``launcher-done <epoch when started> <peak memory in bytes> <exit code>``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time


def main() -> int:
    timeout = float(sys.argv[1])
    command = sys.argv[2:]
    began = time.time()
    proc = subprocess.Popen(command)
    deadline = began + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.time() > deadline:
            proc.kill()
            pid, status, usage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.002)
    code = os.waitstatus_to_exitcode(status)
    proc.returncode = code
    sys.stdout.flush()
    # ru_maxrss counts kilobytes on Linux, bytes on macOS.
    peak = usage.ru_maxrss * (1 if sys.platform == "darwin" else 1024)
    print(f"launcher-done {began:.6f} {peak} {code}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
