"""The bundle builds and runs: ``make bundle``, then packaging/smoke_test.sh on the result.

Building takes minutes, so this runs only when BACKPLAN_TEST_BUNDLE=1 (CI sets it; see
docs/packaging.md). The bundle goes into the test's own folder, never into dist/.
The smoke test runs the bundle's command line with no display and its window under
Xvfb; this test then checks that the window really was on the screen.
"""

from __future__ import annotations

import ast
import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("BACKPLAN_TEST_BUNDLE") != "1",
        reason="building the bundle takes minutes: set BACKPLAN_TEST_BUNDLE=1 to run it",
    ),
]


def test_the_bundle_builds_and_runs(tmp_path: Path) -> None:
    dist, work, shots = tmp_path / "dist", tmp_path / "work", tmp_path / "screenshots"
    build = subprocess.run(
        ["make", "-C", str(ROOT), "bundle", f"BUNDLE_DIST={dist}", f"BUNDLE_WORK={work}"],
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    bundle = dist / "backplan"
    # Every module of backplan is inside: the window imports three sections by name, and
    # one missing would only show as "coming soon" in the bundle.
    toc = ast.literal_eval((work / "backplan" / "PYZ-00.toc").read_text("utf-8"))
    frozen = {entry[0] for entry in toc[1]}
    package = ROOT / "src" / "backplan"
    modules = {
        ".".join(("backplan", *path.relative_to(package).with_suffix("").parts)).removesuffix(".__init__")
        for path in package.rglob("*.py")
        if "migrations" not in path.parts
    }
    assert modules - frozen == set()
    inside = bundle / "_internal" / "backplan"
    assert (inside / "resources" / "medicines" / "catalogue.json").is_file()
    assert list((inside / "storage" / "migrations" / "versions").glob("0001_*.py"))
    assert (bundle / "backplan-gui").resolve() == (bundle / "backplan").resolve()
    # What the spec leaves out stays out (a changed hook would bring it back unnoticed).
    qt = bundle / "_internal" / "PySide6" / "Qt"
    assert not (qt / "translations").exists()
    assert not (qt / "plugins" / "platformthemes" / "libqgtk3.so").exists()

    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "MPLBACKEND")}
    smoke = subprocess.run(
        [str(ROOT / "packaging" / "smoke_test.sh"), str(bundle), str(shots)],
        capture_output=True,
        text=True,
        timeout=900,
        env=env,
    )
    assert smoke.returncode == 0, smoke.stdout[-4000:] + smoke.stderr[-4000:]
    assert "SMOKE TEST PASSED" in smoke.stdout

    from PIL import Image

    with Image.open(shots / "window.png") as image:
        colours = image.convert("RGB").getcolors(maxcolors=1 << 20)
    # An empty Xvfb screen is one colour; the window has text, buttons and frames.
    assert colours is not None and len(colours) > 20, "the screenshot shows no window"
