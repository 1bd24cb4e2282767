"""Loaded by every Python process of ``make test-dates`` (PYTHONPATH), children included.

``make test-dates`` runs the suite under libfaketime with the wall clock a year ahead
and a year behind, and monotonic time left alone (FAKETIME_DONT_FAKE_MONOTONIC=1: faking
it makes every timed wait of a thread or a queue hang). libfaketime 0.9.10 then breaks
``time.sleep``: Python sleeps with ``clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME)``,
and the library shifts that absolute monotonic deadline by the fake offset, so the call
fails with EINVAL. The replacement below sleeps on ``select`` instead (a relative
timeout, which the library leaves alone), only when libfaketime is loaded. It changes
how long nothing takes, never what a test sees of the date.
"""

from __future__ import annotations

import os
import select
import time

if "faketime" in os.environ.get("LD_PRELOAD", ""):
    _monotonic = time.monotonic

    def _sleep(seconds: float) -> None:
        if seconds < 0:
            raise ValueError("sleep length must be non-negative")
        deadline = _monotonic() + seconds
        while (left := deadline - _monotonic()) > 0:
            select.select([], [], [], left)

    time.sleep = _sleep
