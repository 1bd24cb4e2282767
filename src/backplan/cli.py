"""The command line (shared/spec/cli.md): the same services as the window, no display.

Exit codes: 0 success; 2 bad input or usage; 3 refused by a safety guard; 1 anything
unexpected (one line, the traceback only with --debug). Messages go to standard
error, requested output to standard output.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

from backplan import __version__

EXIT_OK = 0
EXIT_UNEXPECTED = 1
EXIT_USAGE = 2
EXIT_REFUSED = 3


class _Parser(argparse.ArgumentParser):
    """argparse that exits 2 with a one-line reason (its default code, our wording)."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        for option in ("--note", "--override"):
            if f"argument {option}:" in message:
                message += f" (a text that starts with '-' can be given as {option}=TEXT)"
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of 1 or more, got {value}")
    return value


def _score(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number from 0 to 10, got {text!r}") from None
    if not 0 <= value <= 10:
        raise argparse.ArgumentTypeError(f"expected a whole number from 0 to 10, got {value}")
    return value


def _day(text: str) -> date:
    from backplan.services.errors import UsageError
    from backplan.services.timeparse import parse_day

    try:
        return parse_day(text)
    except UsageError as exc:
        raise argparse.ArgumentTypeError(str(exc).split(": ", 1)[-1]) from None


def _common(suppress: bool) -> _Parser:
    """Options valid before or after the command word."""
    default: Any = argparse.SUPPRESS if suppress else None
    parent = _Parser(add_help=False)
    parent.add_argument(
        "--data-dir", metavar="DIR", default=default, help="data folder (database, backups, settings)"
    )
    parent.add_argument("--patient", metavar="NAME", default=default, help="which patient")
    parent.add_argument(
        "--database-url",
        metavar="URL",
        default=default,
        help="a clinic's PostgreSQL database, postgresql+psycopg://USER@HOST/DB (docs/clinic.md); "
        "default: $BACKPLAN_DATABASE_URL, else the data folder's own database",
    )
    parent.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="show tracebacks",
    )
    return parent


_NOTE_HELP = "free text; it may start with '-' (--note \"-2+3\", or --note=-2+3)"
# Options whose value is free text: a value that starts with '-' ("-2+3", "- worse")
# is still that option's value, not an option of its own (argparse's default reading).
_TEXT_OPTIONS = ("--note", "--override")


def attach_dash_values(argv: Sequence[str], known: set[str]) -> list[str]:
    """``--note -2+3`` as ``--note=-2+3``, so that argparse reads the text as the value.

    Only where the next word is not itself one of the parser's options: ``--note --at T``
    still says that the note is missing rather than recording the note "--at".
    """
    out: list[str] = []
    i = 0
    while i < len(argv):
        word = argv[i]
        following = argv[i + 1] if i + 1 < len(argv) else None
        if (
            word in _TEXT_OPTIONS
            and following is not None
            and following.startswith("-")
            and following.split("=", 1)[0] not in known
        ):
            out.append(f"{word}={following}")
            i += 2
            continue
        out.append(word)
        i += 1
    return out


def _option_strings(parser: argparse.ArgumentParser) -> set[str]:
    """Every option string of the parser and of its subcommands' parsers."""
    found: set[str] = set()
    for action in parser._actions:
        found.update(action.option_strings)
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                found |= _option_strings(sub)
    return found


def build_parser() -> argparse.ArgumentParser:
    common_top = _common(suppress=False)
    common_sub = _common(suppress=True)
    parser = _Parser(
        prog="backplan",
        description="backplan organizes the back-pain plan your clinician set. "
        "With no command it opens the desktop app.",
        parents=[common_top],
    )
    parser.add_argument("--version", action="version", version=f"backplan {__version__}")
    parser.add_argument("--demo", action="store_true", help="open the app on a demo data folder")
    parser.add_argument(
        "--install-desktop-entry", action="store_true", help="add backplan to the desktop menu"
    )
    parser.add_argument(
        "--uninstall-desktop-entry", action="store_true", help="remove backplan from the menu"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help_text, description=help_text, parents=[common_sub])

    p = command("import", "import a .backplan.json plan file")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--replace", action="store_true", help="replace the patient's plan, log and events")

    p = command("export", "write the patient's plan, log and events as one file")
    p.add_argument("--out", metavar="FILE", required=True)
    p.add_argument("--fhir", action="store_true", help="write a FHIR R4 Bundle instead")
    p.add_argument("--csv", choices=["log", "events"], help="write the log or the events as CSV instead")
    p.add_argument(
        "--bom", action="store_true", help="with --csv: begin with a UTF-8 byte-order mark, for Excel"
    )
    p.add_argument(
        "--transaction",
        action="store_true",
        help="with --fhir: a transaction Bundle (conditional create by identifier) for a FHIR server",
    )

    p = command("patients", "the patients in the data folder")
    p.add_argument("--json", action="store_true")

    p = command("agenda", "what is scheduled for a day or several")
    p.add_argument("--date", type=_day, metavar="D")
    p.add_argument("--days", type=_positive_int, default=1, metavar="N")
    p.add_argument("--json", action="store_true")

    rec = command("record", "record a dose, a pain entry or a tablet count")
    rsub = rec.add_subparsers(dest="what", metavar="WHAT", parser_class=_Parser, required=True)
    p = rsub.add_parser("dose", help="record a dose as taken", parents=[common_sub])
    p.add_argument("med_id", metavar="MED_ID")
    p.add_argument("--at", metavar="T")
    p.add_argument("--override", metavar="REASON")
    p.add_argument("--note", metavar="TEXT", help=_NOTE_HELP)
    p = rsub.add_parser("pain", help="record a pain entry", parents=[common_sub])
    p.add_argument("pain", type=_score, metavar="N")
    p.add_argument("--at", metavar="T")
    p.add_argument("--note", metavar="TEXT", help=_NOTE_HELP)
    p.add_argument("--worst", type=_score, metavar="N", help="worst pain in the last 24 hours")
    p.add_argument("--spasm", type=_score, metavar="N")
    p.add_argument("--sleep", type=_score, metavar="N")
    p.add_argument("--walking", type=int, metavar="MINUTES", help="longest comfortable walk today")
    p.add_argument("--location", action="append", metavar="WHERE", help="lower_back, leg_left, ...")
    p.add_argument("--side-effect", action="append", metavar="EFFECT")
    p.add_argument("--red-flag", action="append", metavar="FLAG")
    p.add_argument("--psfs", action="append", metavar="ACTIVITY=N", help="a PSFS score")
    p = rsub.add_parser("stock", help="record a tablet count", parents=[common_sub])
    p.add_argument("med_id", metavar="MED_ID")
    p.add_argument("units", type=float, metavar="UNITS")
    p.add_argument("--at", metavar="T")

    p = command("flare-up", "start or end a flare-up")
    p.add_argument("action", choices=["start", "end"])
    p.add_argument("--at", metavar="T")
    p.add_argument("--note", metavar="TEXT", help=_NOTE_HELP)

    p = command("chart", "the pain and mobility chart (.pdf, .png or .svg)")
    p.add_argument("--out", metavar="FILE", required=True)
    p.add_argument("--from", dest="start", type=_day, metavar="D")
    p.add_argument("--to", dest="end", type=_day, metavar="D")

    p = command("sheet", "the printable plan sheet for a week")
    p.add_argument("--out", metavar="FILE.pdf", required=True)
    p.add_argument("--week", type=_day, metavar="D")
    p.add_argument("--paper", choices=["a4", "letter"], default="a4")

    p = command("report", "the clinician report")
    p.add_argument("--out", metavar="FILE.pdf", required=True)
    p.add_argument("--from", dest="start", type=_day, metavar="D")
    p.add_argument("--to", dest="end", type=_day, metavar="D")

    p = command("calendar", "the schedule as an iCalendar file")
    p.add_argument("--out", metavar="FILE.ics", required=True)
    p.add_argument("--from", dest="start", type=_day, metavar="D")
    p.add_argument("--days", type=_positive_int, default=90, metavar="N")

    p = command("backup", "a consistent copy of the database")
    p.add_argument("--out", metavar="FILE", required=True)

    p = command("restore", "restore the database from a backup")
    p.add_argument("file", metavar="FILE")
    return parser


def _err(text: str) -> None:
    from backplan.cli_text import shown_lines

    print(shown_lines(text), file=sys.stderr)


# Options that name a path keep their bytes (a file name need not be UTF-8); the others are text.
_PATH_OPTIONS = frozenset({"data_dir", "file", "out"})


def _text_option_problem(args: argparse.Namespace) -> str | None:
    """A text option holding undecodable bytes (lone surrogates once decoded), named."""
    from backplan.cli_text import has_surrogates

    for key, value in vars(args).items():
        values = value if isinstance(value, list) else [value]
        if key not in _PATH_OPTIONS and any(isinstance(v, str) and has_surrogates(v) for v in values):
            return f"--{key.replace('_', '-')}: not valid text (bytes that are not UTF-8)"
    return None


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    words = list(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(attach_dash_values(words, _option_strings(parser)))
    debug = bool(getattr(args, "debug", False))
    from backplan.cli_errors import named_fault
    from backplan.services.errors import SafetyRefusal, ServiceError

    problem = _text_option_problem(args)
    if problem is not None:
        _err(f"backplan: {problem}")
        return EXIT_USAGE
    try:
        return _dispatch(args)
    except SafetyRefusal as exc:
        for finding in exc.findings:
            _err(f"backplan: refused by the {finding.rule} rule: {finding.message}")
            _err(f"  source: {finding.source}")
        _err("  to record it anyway, give the reason with --override REASON")
        return EXIT_REFUSED
    except ServiceError as exc:
        fault = named_fault(exc, _data_dir_of(args))  # e.g. a backup that found the disk full
        _err(f"backplan: {fault or exc}")
        return EXIT_USAGE if fault else exc.exit_code
    except KeyboardInterrupt:
        _err("backplan: interrupted")
        return EXIT_UNEXPECTED
    except Exception as exc:
        if debug:
            import traceback  # only for --debug: its import costs every command

            traceback.print_exc()
        fault = named_fault(exc, _data_dir_of(args))  # a full disk, a read-only folder, damage
        if fault is not None:
            _err(f"backplan: {fault}")
            return EXIT_USAGE
        first = str(exc).splitlines()[0] if str(exc) else ""
        _err(f"backplan: unexpected error: {type(exc).__name__}: {first} (run with --debug for details)")
        return EXIT_UNEXPECTED


def _data_dir_of(args: argparse.Namespace) -> Path | None:
    from backplan.paths import resolve_data_dir

    try:
        return resolve_data_dir(getattr(args, "data_dir", None))
    except Exception:  # pragma: no cover - no data folder could be named at all
        return None


def _dispatch(args: argparse.Namespace) -> int:
    from backplan.paths import resolve_data_dir

    if args.install_desktop_entry or args.uninstall_desktop_entry:
        from backplan.desktop_entry import install_desktop_entry, uninstall_desktop_entry

        if args.install_desktop_entry:
            for path in install_desktop_entry():
                _err(f"installed {path}")
        else:
            for path in uninstall_desktop_entry():
                _err(f"removed {path}")
        return EXIT_OK
    if args.command is None:
        from backplan.app import run_gui

        return run_gui(data_dir=args.data_dir, demo=args.demo, debug=args.debug)

    data_dir = resolve_data_dir(args.data_dir)
    handler = _HANDLERS[args.command]
    services = _open(data_dir, args.command, getattr(args, "database_url", None))
    try:
        return handler(services, args)
    finally:
        services.db.dispose()


def _open(data_dir: Path, command: str, database_url: str | None = None) -> Any:
    """Opens the data folder. ``restore`` also works on a damaged database (moved aside).

    With a database URL (the option, else BACKPLAN_DATABASE_URL) the services open on
    that server instead, and its errors name the server, not the folder.
    """
    from backplan.bootstrap import open_services_or_recover
    from backplan.cli_errors import open_for_command
    from backplan.services.errors import ServiceError
    from backplan.storage.database import DatabaseError, sql_error_detail

    if command == "restore":
        opened = open_services_or_recover(data_dir, database_url_text=database_url)
        if opened.recovered_from is not None:
            _err(f"backplan: the database was damaged ({opened.problem})")
            _err(f"  it was moved aside, not deleted: {opened.recovered_from}")
        return opened.services
    try:
        return open_for_command(data_dir, command, database_url)  # names the faults (cli_errors)
    except DatabaseError as exc:
        raise ServiceError(str(exc) if "://" in str(exc) else f"{data_dir}: {exc}") from None
    except Exception as exc:
        detail = sql_error_detail(exc)
        if detail is None:
            raise
        raise ServiceError(
            f"{data_dir}: the database cannot be read ({detail}); open the app to recover it, "
            "or restore a backup with: backplan restore FILE"
        ) from None


# --- commands --------------------------------------------------------------------


def _cmd_import(services: Any, args: argparse.Namespace) -> int:
    result = services.import_file(Path(args.file), replace=args.replace)
    verb = "replaced the plan of" if result.replaced else "imported a plan for"
    _err(f"backplan: {verb} {result.patient_name}")
    if result.backup is not None:
        _err(f"  backup of the previous data: {result.backup}")
    for warning in result.warnings:
        _err(f"  warning: {warning}")
    for finding in result.findings:
        _err(f"  {finding.severity} ({finding.rule}): {finding.message} [source: {finding.source}]")
    return EXIT_OK


def _cmd_patients(services: Any, args: argparse.Namespace) -> int:
    """``backplan patients [--json]``: name, identifier, birth date, plan title and dates."""
    rows = []
    for pid, patient in services.patients():
        plan = services.document(pid, with_history=False).plan
        rows.append(
            {
                "name": patient.name,
                "identifier": patient.identifier,
                "birth_date": patient.birth_date.isoformat() if patient.birth_date else None,
                "plan_title": plan.title,
                "plan_start": plan.start.isoformat(),
                "plan_end": plan.end.isoformat() if plan.end else None,
            }
        )
    from backplan.cli_text import json_text, shown

    if args.json:
        print(json_text(json.dumps(rows, ensure_ascii=False, indent=2)))
        return EXIT_OK
    if not rows:
        _err("backplan: no patient yet: import a plan first (backplan import FILE)")
    for row in rows:
        ident = f"identifier {row['identifier']}" if row["identifier"] else "no identifier"
        born = f"born {row['birth_date']}" if row["birth_date"] else "no birth date"
        dates = (
            f"{row['plan_start']} to {row['plan_end']}" if row["plan_end"] else f"from {row['plan_start']}"
        )
        print(shown(row["name"]), shown(ident), born, shown(f"{row['plan_title']} ({dates})"), sep="\t")
    return EXIT_OK


def _cmd_export(services: Any, args: argparse.Namespace) -> int:
    pid = services.resolve_patient(args.patient)
    doc = services.document(pid)
    out = Path(args.out)
    _check_export_options(args)
    if args.fhir:
        from backplan.interchange.fhir import write_fhir_bundle

        transaction = args.transaction
        _write_guarded(
            out, lambda: write_fhir_bundle(doc, out, now=services.now(), transaction=transaction)
        )
    elif args.csv:
        from backplan.interchange.csv_export import write_events_csv, write_log_csv

        writer = write_log_csv if args.csv == "log" else write_events_csv
        _write_guarded(out, lambda: writer(doc, out, bom=args.bom))
    else:
        from backplan.interchange.planfile import write_plan_file

        _write_guarded(out, lambda: write_plan_file(doc, out))
    _err(f"backplan: wrote {out}")
    return EXIT_OK


def _check_export_options(args: argparse.Namespace) -> None:
    """Options of one export format given with another: said, not silently ignored."""
    from backplan.services.errors import UsageError

    if args.fhir and args.csv:
        raise UsageError("export: --fhir and --csv are two formats; give one")
    if args.bom and not args.csv:
        raise UsageError("export: --bom applies to --csv only")
    if args.transaction and not args.fhir:
        raise UsageError("export: --transaction applies to --fhir only")


def _write_guarded(out: Path, write: Callable[[], None]) -> None:
    from backplan.services.errors import UsageError

    try:
        write()
    except (FileNotFoundError, NotADirectoryError, IsADirectoryError, PermissionError) as exc:
        raise UsageError(f"{out}: cannot write ({exc.strerror or exc})") from None


def occurrence_json(occ: Any) -> dict[str, Any]:
    return {
        "start": occ.start.isoformat(),
        "end": None if occ.end is None else occ.end.isoformat(),
        "kind": occ.kind,
        "item": occ.item,
        "title": occ.title,
    }


def _cmd_agenda(services: Any, args: argparse.Namespace) -> int:
    from backplan.cli_text import json_text, shown
    from backplan.services.timeparse import check_window

    pid = services.resolve_patient(args.patient)
    check_window(args.date or services.today(pid), args.days)
    occurrences = services.agenda(pid, args.date, args.days)
    if args.json:
        print(json_text(json.dumps([occurrence_json(o) for o in occurrences], ensure_ascii=False, indent=2)))
        return EXIT_OK
    if not occurrences:
        print("Nothing scheduled.")
        return EXIT_OK
    last_day = None
    for occ in occurrences:
        day = occ.start.date()
        if day != last_day:
            if last_day is not None:
                print()
            print(occ.start.strftime("%A %Y-%m-%d"))
            last_day = day
        when = occ.start.strftime("%H:%M")
        if occ.end is not None:
            when += "-" + occ.end.strftime("%H:%M")
        print(f"  {when:<11}  {shown(occ.kind):<16}  {shown(occ.title)}  [{shown(occ.item)}]")
    return EXIT_OK


def _instant(services: Any, pid: int, text: str | None) -> Any:
    if text is None:
        return None
    from backplan.services.timeparse import parse_instant

    return parse_instant(text, services.patient(pid).timezone, "--at")


def _cmd_record(services: Any, args: argparse.Namespace) -> int:
    pid = services.resolve_patient(args.patient)
    at = _instant(services, pid, args.at)
    if args.what == "dose":
        result = services.record_dose(pid, args.med_id, at, override=args.override, note=args.note)
        when = result.event.at.strftime("%Y-%m-%d %H:%M")
        extra = ""
        if result.event.scheduled_for is not None:
            extra = f" for the {result.event.scheduled_for.strftime('%H:%M')} dose"
        _err(f"backplan: recorded {args.med_id} taken at {when}{extra}")
        if result.overridden:
            rules = ", ".join(f.rule for f in result.decision.refusals)
            _err(f"  the {rules} rule was overridden: {args.override}")
        elif args.override is not None:
            _err("  --override was not needed: no rule refused this dose, so no override reason was recorded")
        for flag in result.decision.flags:
            _err(f"  {flag.severity} ({flag.rule}): {flag.message}")
        return EXIT_OK
    if args.what == "pain":
        from backplan.services.log_input import log_entry_from_args

        entry = log_entry_from_args(services, pid, args, at)
        services.record_log(pid, entry)
        _err(f"backplan: recorded pain {entry.pain} at {entry.at.strftime('%Y-%m-%d %H:%M')}")
        if entry.red_flags:
            from backplan.safety.red_flags import red_flag_findings

            for finding in red_flag_findings(entry):
                _err(f"  {finding.message} ({finding.source})")
        return EXIT_OK
    services.record_stock(pid, args.med_id, args.units, at)
    _err(f"backplan: recorded {args.units:g} units of {args.med_id} on hand")
    return EXIT_OK


def _cmd_flare_up(services: Any, args: argparse.Namespace) -> int:
    pid = services.resolve_patient(args.patient)
    at = _instant(services, pid, args.at)
    if args.action == "start":
        services.start_flare_up(pid, at, note=args.note)
        advice = services.document(pid, with_history=False).plan.flare_up.advice
        _err("backplan: flare-up started")
        _err(f"  {advice}")
    else:
        services.end_flare_up(pid, at)
        _err("backplan: flare-up ended")
    return EXIT_OK


def _check_suffix(out: Path, allowed: Sequence[str], option: str = "--out") -> None:
    from backplan.services.errors import UsageError

    if out.suffix.lower() not in allowed:
        raise UsageError(f"{option}: {out.name!r} must end in {' or '.join(allowed)}")


def _cmd_chart(services: Any, args: argparse.Namespace) -> int:
    out = Path(args.out)
    _check_suffix(out, (".pdf", ".png", ".svg"))
    pid = services.resolve_patient(args.patient)
    from backplan.reports.charts import write_chart

    doc = services.document(pid)
    _write_guarded(out, lambda: write_chart(doc, out, args.start, args.end, now=services.now()))
    _err(f"backplan: wrote {out}")
    return EXIT_OK


def _cmd_sheet(services: Any, args: argparse.Namespace) -> int:
    out = Path(args.out)
    _check_suffix(out, (".pdf",))
    pid = services.resolve_patient(args.patient)
    from backplan.reports.sheet import write_sheet

    doc = services.document(pid)
    week = args.week or services.today(pid)
    _write_guarded(
        out,
        lambda: write_sheet(
            doc, out, week=week, paper=args.paper, catalogue=services.catalogue, now=services.now()
        ),
    )
    _err(f"backplan: wrote {out}")
    return EXIT_OK


def _cmd_report(services: Any, args: argparse.Namespace) -> int:
    out = Path(args.out)
    _check_suffix(out, (".pdf",))
    pid = services.resolve_patient(args.patient)
    from backplan.reports.report import write_report

    doc = services.document(pid)
    _write_guarded(
        out,
        lambda: write_report(
            doc, out, args.start, args.end, catalogue=services.catalogue, now=services.now()
        ),
    )
    _err(f"backplan: wrote {out}")
    return EXIT_OK


def _cmd_calendar(services: Any, args: argparse.Namespace) -> int:
    out = Path(args.out)
    _check_suffix(out, (".ics",))
    pid = services.resolve_patient(args.patient)
    from backplan.interchange.ical import write_calendar

    doc = services.document(pid, with_history=False)
    start = args.start or services.today(pid)
    from backplan.services.timeparse import check_window

    check_window(start, args.days)
    windows = services.flare_up_windows(pid, doc)
    _write_guarded(out, lambda: write_calendar(doc, out, start, args.days, windows, now=services.now()))
    _err(f"backplan: wrote {out}")
    return EXIT_OK


def _cmd_backup(services: Any, args: argparse.Namespace) -> int:
    out = Path(args.out)
    services.backup_to(out)
    _err(f"backplan: wrote a backup to {out}")
    return EXIT_OK


def _cmd_restore(services: Any, args: argparse.Namespace) -> int:
    safety_copy = services.restore_from(Path(args.file))
    _err(f"backplan: restored {args.file}; the previous data was saved to {safety_copy}")
    return EXIT_OK


_HANDLERS: dict[str, Callable[[Any, argparse.Namespace], int]] = {
    "import": _cmd_import,
    "export": _cmd_export,
    "patients": _cmd_patients,
    "agenda": _cmd_agenda,
    "record": _cmd_record,
    "flare-up": _cmd_flare_up,
    "chart": _cmd_chart,
    "sheet": _cmd_sheet,
    "report": _cmd_report,
    "calendar": _cmd_calendar,
    "backup": _cmd_backup,
    "restore": _cmd_restore,
}


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
