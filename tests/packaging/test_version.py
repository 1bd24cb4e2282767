"""One version everywhere: the constant in backplan/_version.py, the installed metadata
(hatchling reads the constant at build time), ``--version`` of both entry points and
the About box."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version

import pytest
from pytestqt.qtbot import QtBot

import backplan
from backplan import _version


def test_the_constant_is_the_installed_version() -> None:
    assert backplan.__version__ == _version.__version__ == version("backplan")


def test_the_window_entry_point_answers_version(capsys: pytest.CaptureFixture[str]) -> None:
    from backplan.app import main

    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"backplan {version('backplan')}"


def test_importing_backplan_does_not_read_package_metadata() -> None:
    """The version is a constant: reading the installed metadata at start cost 50-100 ms."""
    code = "import sys, backplan; print(backplan.__version__, 'importlib.metadata' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == [version("backplan"), "False"]


def test_the_about_box_shows_the_version(qtbot: QtBot) -> None:
    from backplan.ui.common.dialogs import AboutDialog

    dialog = AboutDialog([], None)
    qtbot.addWidget(dialog)
    assert version("backplan") in dialog.version_label.text()
