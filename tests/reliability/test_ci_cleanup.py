""".ci/run leaves no PostgreSQL server and no server folder behind, pass or fail.

The script starts a throwaway server for the clinic-mode tests (.ci/postgres.sh). Two
runs used to leave two servers running and two folders in /var/tmp. Here .ci/run runs
for real (its package check finds everything installed, or the test is skipped) with
``BACKPLAN_CI_TEST_COMMAND`` standing in for ``make test``: a command that notes the
server's folder and fails, and one that passes. After each, the folder must be gone and
the server's process with it.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = (ROOT / ".ci" / "run").read_text("utf-8")

pytestmark = pytest.mark.slow


def _server_installed() -> bool:
    return bool(glob.glob("/usr/lib/postgresql/*/bin/initdb")) or shutil.which("initdb") is not None


def _packages_installed() -> bool:
    """Whether .ci/run would install nothing (a test must not run apt-get)."""
    start = PACKAGES.index("packages=(") + len("packages=(")
    lines = PACKAGES[start : PACKAGES.index("\n)", start)].splitlines()
    names = [word for line in lines for word in line.split("#", 1)[0].split()]
    for name in names:
        status = subprocess.run(
            ["dpkg-query", "-W", "-f=${Status}", name], capture_output=True, text=True, check=False
        )
        if "install ok installed" not in status.stdout:
            return False
    return True


@pytest.mark.skipif(shutil.which("dpkg-query") is None, reason="needs a Debian system like CI")
@pytest.mark.skipif(not _server_installed(), reason="PostgreSQL is not installed (.ci/run would install it)")
@pytest.mark.parametrize("exit_code", [7, 0], ids=["tests-failed", "tests-passed"])
def test_ci_run_stops_its_postgres_server_and_removes_its_folder(tmp_path: Path, exit_code: int) -> None:
    if not _packages_installed():
        pytest.skip(".ci/run would install system packages first")
    noted = tmp_path / "pg-data"
    stand_in = tmp_path / "tests.sh"
    stand_in.write_text(
        f'#!/bin/sh\necho "$BACKPLAN_TEST_POSTGRES_DATA" > {noted}\nexit {exit_code}\n', "utf-8"
    )
    stand_in.chmod(0o700)
    env = {**os.environ, "BACKPLAN_CI_TEST_COMMAND": str(stand_in)}
    env.pop("BACKPLAN_TEST_POSTGRES_PORT", None)
    done = subprocess.run(
        ["bash", str(ROOT / ".ci" / "run")], env=env, capture_output=True, text=True, timeout=240, check=False
    )
    assert done.returncode == exit_code, done.stderr[-2000:]
    data = Path(noted.read_text("utf-8").strip())
    assert data.name == "data" and data.parent.name.startswith("backplan-pg."), data
    assert not data.parent.exists(), f"{data.parent} was left behind:\n{done.stderr[-2000:]}"
    # No postgres process still serves that folder.
    serving = subprocess.run(["pgrep", "-f", "--", f"-D {data}"], capture_output=True, text=True, check=False)
    assert serving.stdout.strip() == "", f"a server still runs on {data}: {serving.stdout}"
