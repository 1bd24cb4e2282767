"""Reads a running window the way a screen reader does: through AT-SPI, with pyatspi.

Run with the system's Python (Debian's python3-pyatspi is built for it, not for the
virtual environment) by tests/ui/test_atspi.py, on the test's private session bus.
Prints one JSON document on stdout:

* ``tree``: every object of the application named ``--app``: role, name, states
  (with ``--open NAME``, after choosing the menu item named so: View > a section).
* ``listen``: for ``--seconds``, the focus changes and the announcements the
  application sends (each with the time since the start); with ``--press NAME`` it
  first waits ``--press-after`` seconds, then presses the showing button whose name
  starts with NAME through the Action interface, as a screen reader user does.
"""

from __future__ import annotations

import argparse
import json
import sys
import time

import pyatspi
from gi.repository import GLib

MAX_DEPTH = 60
PRESSABLE = {"push button", "toggle button", "check box", "radio button"}


def find_app(name: str, wait: float = 20.0):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name == name:
                return app
        time.sleep(0.2)
    raise SystemExit(f"no application named {name!r} on the accessibility bus")


def walk(node, depth=0, out=None):  # type: ignore[no-untyped-def]
    out = [] if out is None else out
    if node is None or depth > MAX_DEPTH:
        return out
    try:
        states = node.getState()
        out.append(
            {
                "role": node.getRoleName(),
                "name": node.name or "",
                "showing": states.contains(pyatspi.STATE_SHOWING),
                "visible": states.contains(pyatspi.STATE_VISIBLE),
                "focusable": states.contains(pyatspi.STATE_FOCUSABLE),
                "focused": states.contains(pyatspi.STATE_FOCUSED),
                "depth": depth,
            }
        )
        for i in range(node.childCount):
            walk(node.getChildAtIndex(i), depth + 1, out)
    except Exception as exc:  # an object destroyed while we read: noted, not fatal
        out.append({"role": "error", "name": str(exc), "depth": depth})
    return out


def find(node, matches, depth=0):  # type: ignore[no-untyped-def]
    """The first object, depth first, for which ``matches(object)`` holds."""
    if node is None or depth > MAX_DEPTH:
        return None
    try:
        if matches(node):
            return node
        for i in range(node.childCount):
            found = find(node.getChildAtIndex(i), matches, depth + 1)
            if found is not None:
                return found
    except Exception:
        return None
    return None


def find_button(node, prefix):  # type: ignore[no-untyped-def]
    """A showing button whose name starts with ``prefix``."""
    return find(
        node,
        lambda n: n.getRoleName() in PRESSABLE
        and (n.name or "").startswith(prefix)
        and n.getState().contains(pyatspi.STATE_SHOWING),
    )


def find_menu_item(node, name):  # type: ignore[no-untyped-def]
    """A menu item named ``name`` (menus need not be open: the reader triggers it)."""
    return find(node, lambda n: n.getRoleName() == "menu item" and (n.name or "").replace("&", "") == name)


def listen(app, seconds: float, press: str | None, press_after: float, go: str | None) -> dict:  # type: ignore[no-untyped-def]
    start = time.monotonic()
    events: list[dict] = []
    pid = app.get_process_id()

    def record(event) -> None:  # type: ignore[no-untyped-def]
        try:
            if event.source is None or event.source.get_process_id() != pid:
                return
            if event.type.startswith("object:state-changed:focused") and not event.detail1:
                return
            events.append(
                {
                    "t": round(time.monotonic() - start, 3),
                    "type": str(event.type),
                    "name": event.source.name or "",
                    "role": event.source.getRoleName(),
                    "text": str(event.any_data) if event.any_data is not None else "",
                }
            )
        except Exception as exc:
            events.append({"t": round(time.monotonic() - start, 3), "type": "error", "text": str(exc)})

    for kind in ("object:state-changed:focused", "focus:", "object:announcement"):
        pyatspi.Registry.registerEventListener(record, kind)
    pressed = {"name": None, "at": None}

    def do_press() -> bool:
        root = app
        button = find_button(root, press)
        if button is not None:
            pressed["name"] = button.name
            pressed["at"] = round(time.monotonic() - start, 3)
            button.queryAction().doAction(0)
        return False

    if go:
        open(go, "w").close()  # the application's ticks start now, while we listen
    if press:
        GLib.timeout_add(int(press_after * 1000), do_press)
    GLib.timeout_add(int(seconds * 1000), lambda: pyatspi.Registry.stop() or False)
    pyatspi.Registry.start()
    return {"events": events, "pressed": pressed}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("tree", "listen"))
    parser.add_argument("--app", required=True)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--press")
    parser.add_argument("--press-after", type=float, default=0.0)
    parser.add_argument("--go", help="a file to create once listening (the app starts ticking)")
    parser.add_argument("--open", help="tree: first choose the menu item named so (a section)")
    parser.add_argument("--focus", help="first give the keyboard focus to the button named so")
    args = parser.parse_args()
    app = find_app(args.app)
    if args.focus:
        button = find_button(app, args.focus)
        if button is None:
            raise SystemExit(f"no showing button named {args.focus!r}")
        button.queryComponent().grabFocus()
        time.sleep(0.5)  # its own focus event is not what the test listens for
    if args.mode == "tree":
        if args.open:
            # View > <section>, as a keyboard or screen reader user opens a section.
            item = find_menu_item(app, args.open)
            if item is None:
                raise SystemExit(f"no menu item named {args.open!r}")
            item.queryAction().doAction(0)
            time.sleep(2.0)  # the section builds and settles (the progress chart draws)
        result: object = walk(app)
    else:
        result = listen(app, args.seconds, args.press, args.press_after, args.go)
    json.dump(result, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
