"""Takes the desktop-*.png screenshots: each section and the main dialogs on the demo,
at 1366x768, light, dark, 175 % text and Hindi.

Run under an X server of that size (the window is a real xcb window, captured with
ImageMagick's ``import -window root`` as a person would see the screen)::

    Xvfb :76 -screen 0 1366x768x24 &
    DISPLAY=:76 QT_QPA_PLATFORM=xcb .venv/bin/python docs/screenshots/take_desktop_shots.py [variant ...]

Variants: light, dark, 175, hindi (all four when none is named). Each runs in its own
process: the language and the text size are set once per application.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
VARIANTS = {
    "light": {"theme": "light", "scale": 100, "language": "en"},
    "dark": {"theme": "dark", "scale": 100, "language": "en"},
    "175": {"theme": "light", "scale": 175, "language": "en"},
    "hindi": {"theme": "light", "scale": 100, "language": "hi"},
}
SECTIONS = ("today", "plan", "log", "progress", "print")


def shoot(name: str) -> None:
    subprocess.run(["import", "-window", "root", str(HERE / f"desktop-{name}.png")], check=True)


def _refusal(window: object) -> object | None:
    """Takes the due dose, then asks for it again: the safety guard's refusal opens."""
    from backplan.ui.common.dialogs import RefusalDialog
    from backplan.ui.shell.main_window import MainWindow

    assert isinstance(window, MainWindow)
    pid = window.patient_id
    if pid is None:
        return None
    doc = window.services.document(pid, with_history=False)
    med = next((m for m in doc.all_medications() if m.id == "carisoprodol"), None)
    if med is None:
        return None
    window.recorder.take(pid, med.id, med.name)
    window.recorder.take(pid, med.id, med.name)
    dialog = window.recorder.dialog
    return dialog if isinstance(dialog, RefusalDialog) else None


def run(variant: str) -> None:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from backplan.bootstrap import open_services
    from backplan.domain.clock import FixedClock
    from backplan.services.demo import ensure_demo
    from backplan.ui.shell.main_window import MainWindow
    from backplan.ui.shell.settings import Settings
    from backplan.ui.common.theme import apply_text_scale, apply_theme, install_translation

    choice = VARIANTS[variant]
    app = QApplication([sys.argv[0]])
    folder = Path(tempfile.mkdtemp(prefix="backplan-shots-"))
    # A fixed morning, so that the pictures do not change with the day they are taken.
    clock = FixedClock(datetime(2026, 12, 1, 15, 20, tzinfo=UTC))
    services = open_services(folder, clock)
    ensure_demo(services)
    settings = Settings.for_data_dir(folder)
    settings.text_scale = int(choice["scale"])
    settings.theme = str(choice["theme"])
    install_translation(app, str(choice["language"]))
    apply_text_scale(app, settings.text_scale)
    apply_theme(app, settings.theme)
    window = MainWindow(
        services, settings, clock, system_zone="America/Chicago", tray_available=False, start_reminders=False
    )
    window.setGeometry(0, 0, 1366, 768)
    window.showMaximized()

    def settle(ms: int = 700) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    settle(1500)
    window.show_section("today")
    settle(900)
    shoot(f"today-{variant}")
    if window.patient_id is not None:  # the flare-up card, then back to the plain day
        window.recorder.start_flare_up(window.patient_id)
        settle()
        shoot(f"today-flare-up-{variant}")
        window.undo_action.trigger()
        settle(300)
    refusal = _refusal(window)
    if refusal is not None:
        settle()
        shoot(f"refusal-{variant}")
        refusal.reject()
        window.undo_action.trigger()
        settle(300)
    dialog = window.show_preferences()
    settle()
    shoot(f"preferences-{variant}")
    dialog.reject()
    guide = window.show_user_guide() if hasattr(window, "show_user_guide") else None
    if guide is not None:
        settle()
        shoot(f"user-guide-{variant}")
        guide.reject()
    # The sections last: the print preview may widen the window (see docs/screenshots).
    for section in SECTIONS[1:]:
        window.show_section(section)
        settle(2500 if section == "progress" else 900)
        shoot(f"{section}-{variant}")
    window._quitting = True
    window.close()
    services.db.dispose()
    app.quit()


if __name__ == "__main__":
    names = sys.argv[1:] or list(VARIANTS)
    if len(names) == 1:
        run(names[0])
    else:
        for name in names:
            subprocess.run([sys.executable, __file__, name], check=True)
