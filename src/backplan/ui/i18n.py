"""Finds every string the window translates and keeps the ``.ts`` sources up to date.

Why not plain ``pyside6-lupdate``: most ui modules translate through a module-level
helper (``def tr(text): return QCoreApplication.translate("TodayView", text)``), which
lupdate files under an empty context, so its catalogue would never match at run time.
This extractor reads the code with :mod:`ast` and knows the three forms in use:

* ``tr("...")`` / ``_tr("...")`` through a module helper: the helper's context;
* ``self.tr("...")`` (and ``self.tr("... %n ...", "", n)`` for plurals): the class name,
  which is where PySide6 looks it up;
* ``QCoreApplication.translate("Context", "...")``.

Some strings reach ``tr`` through a variable (section names, table column titles, the
wording in ``resources/safety/texts.json``); :func:`indirect_messages` lists them from
the objects themselves, so a new section or column is picked up without a second list.

Run ``python -m backplan.ui.i18n`` to refresh ``resources/translations/*.ts`` (existing
translations are kept, new strings arrive as ``unfinished``, vanished ones are marked
``vanished``) and then ``pyside6-lrelease`` to compile the ``.qm`` files.
"""

from __future__ import annotations

import ast
import json
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .common.safety_texts import SAFETY_CONTEXT

LANGUAGES = ("en", "hi")
_TR_HELPERS = {"tr", "_tr"}
# Functions that take message texts and pass them to the module's helper themselves.
_FORWARDERS = {"count"}


@dataclass
class Message:
    """One translatable source text in one context."""

    context: str
    source: str
    plural: bool = False
    locations: list[tuple[str, int]] = field(default_factory=list)


Catalogue = dict[tuple[str, str], Message]


def _str(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _helper_context(tree: ast.Module) -> str | None:
    """The context of the module's ``tr``/``_tr`` helper, if it has one."""
    constants = {
        t.id: _str(node.value)
        for node in tree.body
        if isinstance(node, ast.Assign)
        for t in node.targets
        if isinstance(t, ast.Name) and _str(node.value) is not None
    }
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name in _TR_HELPERS:
            for call in ast.walk(node):
                if isinstance(call, ast.Call) and _is_translate(call.func) and call.args:
                    first = call.args[0]
                    if isinstance(first, ast.Name):
                        return constants.get(first.id)
                    return _str(first)
    return None


def _is_translate(func: ast.AST) -> bool:
    return isinstance(func, ast.Attribute) and func.attr == "translate"


def _module_constants(tree: ast.Module) -> dict[str, ast.AST]:
    out: dict[str, ast.AST] = {}
    for node in tree.body:
        targets: list[ast.expr] = []
        value: ast.AST | None = None
        if isinstance(node, ast.Assign):
            targets, value = list(node.targets), node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets, value = [node.target], node.value
        for t in targets:
            if isinstance(t, ast.Name) and value is not None:
                out[t.id] = value
    return out


def _constant_strings(value: ast.AST) -> Iterator[str]:
    """The texts of a module constant: a string, a dict's values, a sequence's items."""
    text = _str(value)
    if text is not None:
        yield text
    elif isinstance(value, ast.Dict):
        for v in value.values:
            if _str(v) is not None:
                yield str(_str(v))
    elif isinstance(value, ast.Tuple | ast.List):
        for v in value.elts:
            if _str(v) is not None:
                yield str(_str(v))
    elif isinstance(value, ast.Call) and value.args:  # Final(...) and the like
        yield from _constant_strings(value.args[0])


class _Visitor(ast.NodeVisitor):
    def __init__(self, path: str, tree: ast.Module, add: Any) -> None:
        self.path = path
        self.helper = _helper_context(tree)
        self.constants = _module_constants(tree)
        self.classes: list[str] = []
        self.add = add

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        line = node.lineno
        if isinstance(func, ast.Name) and func.id in _TR_HELPERS and self.helper and node.args:
            self._direct(self.helper, node.args[0], line, plural=len(node.args) >= 3)
        elif isinstance(func, ast.Name) and func.id in _FORWARDERS and self.helper:
            for arg in node.args:
                if _str(arg) is not None:
                    self.add(self.helper, _str(arg), False, self.path, line)
        elif (
            isinstance(func, ast.Attribute)
            and func.attr == "tr"
            and isinstance(func.value, ast.Name)
            and func.value.id == "self"
            and self.classes
            and node.args
        ):
            self._direct(self.classes[-1], node.args[0], line, plural=len(node.args) >= 3)
        elif _is_translate(func) and len(node.args) >= 2 and _str(node.args[0]) is not None:
            self._direct(str(_str(node.args[0])), node.args[1], line, plural=len(node.args) >= 4)
        self.generic_visit(node)

    def _direct(self, context: str, arg: ast.AST, line: int, plural: bool) -> None:
        text = _str(arg)
        if text is not None:
            self.add(context, text, plural, self.path, line)
            return
        # tr(NAME) or tr(NAME[key]): the texts of that module constant.
        base = arg.value if isinstance(arg, ast.Subscript) else arg
        if isinstance(base, ast.Name) and base.id in self.constants:
            for text in _constant_strings(self.constants[base.id]):
                self.add(context, text, plural, self.path, line)


CATALOGUE_CONTEXT = "Catalogue"


def indirect_messages() -> Iterator[tuple[str, str]]:
    """(context, text) for strings that reach ``tr`` through a variable, from the objects."""
    from backplan.reports import progress
    from backplan.resources_path import resources_dir
    from backplan.ui.plan import exercise_form, ingredients_model, schedule_editor
    from backplan.ui.plan import models as plan_models
    from backplan.ui.shell import preferences, sections

    for spec in sections.SECTION_SPECS:
        yield "MainWindow", spec.label
    # The plan editor's weekday boxes, ingredient columns and exercise sides: tr(label) in a loop.
    for _day, label in schedule_editor.WEEKDAY_LABELS:
        yield "PlanForms", label
    for header in ingredients_model.IngredientsModel.HEADERS:
        yield "PlanForms", header
    for _side, label in exercise_form.SIDES:
        yield "PlanForms", label
    yield "Preferences", preferences.LANGUAGES[0][1]
    for _code, name in preferences.THEME_NAMES:
        yield "Preferences", name
    for model in vars(plan_models).values():
        if isinstance(model, type) and issubclass(model, plan_models.RowsModel) and model.columns:
            for column in model.columns:
                yield "PlanModels", column.title
    for label in progress.KIND_LABELS.values():
        yield "ProgressModels", label
    yield "ProgressView", progress.ASSOCIATION_NOTE
    texts = json.loads((resources_dir() / "safety" / "texts.json").read_text(encoding="utf-8"))
    for section in ("locations", "side_effects", "red_flags"):
        for text in texts.get(section, {}).values():
            yield "LogLabels", text
    for measure in texts.get("measures", {}).values():
        if isinstance(measure.get("description"), str):
            yield "LogLabels", measure["description"]
    # The urgent-care advice and safety lines: safety_text() / red_flag_message().
    for level in ("red_flag_emergency", "red_flag_advice"):
        advice = texts.get(level, {})
        for key in ("title", "body"):
            if isinstance(advice.get(key), str):
                yield SAFETY_CONTEXT, advice[key].strip()
    for line in texts.get("heat_cold_safety", []):
        if isinstance(line, str):
            yield SAFETY_CONTEXT, line
    if isinstance(texts.get("disclaimer"), str):
        yield SAFETY_CONTEXT, texts["disclaimer"]
    # The safety rules' names and the plan as a source, beside each finding (widgets.finding_widget).
    from backplan.safety import findings

    for rule in findings.RULES:
        yield "SafetyRules", rule
    yield "SafetyRules", findings.PLAN_SOURCE
    # The medicine catalogue's cautions, shown beside a course (today_view.caution_text).
    catalogue = json.loads((resources_dir() / "medicines" / "catalogue.json").read_text(encoding="utf-8"))
    for substance in catalogue.get("substances", []):
        for caution in substance.get("cautions", []):
            if isinstance(caution, str):
                yield CATALOGUE_CONTEXT, caution


def extract(paths: Iterable[Path], root: Path | None = None) -> Catalogue:
    """Every translatable message in ``paths`` plus :func:`indirect_messages`."""
    found: Catalogue = {}

    def add(context: str, text: str, plural: bool, path: str, line: int) -> None:
        if not text:
            return
        msg = found.setdefault((context, text), Message(context, text))
        msg.plural = msg.plural or plural
        msg.locations.append((path, line))

    for path in sorted(paths):
        shown = str(path.relative_to(root)) if root else str(path)
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        _Visitor(shown, tree, add).visit(tree)
    for context, text in indirect_messages():
        add(context, text, False, "", 0)
    return found


# --- .ts files -------------------------------------------------------------------------


@dataclass
class Translation:
    """What a ``.ts`` file holds for one message."""

    forms: list[str]
    finished: bool


def read_ts(path: Path) -> dict[tuple[str, str], Translation]:
    """The translations of an existing ``.ts`` file, keyed by (context, source)."""
    if not path.exists():
        return {}
    out: dict[tuple[str, str], Translation] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            tr_el = msg.find("translation")
            if tr_el is None:
                continue
            forms = [f.text or "" for f in tr_el.iter("numerusform")] or [tr_el.text or ""]
            finished = tr_el.get("type") not in ("unfinished", "vanished", "obsolete")
            out[(name, source)] = Translation(forms, finished)
    return out


def write_ts(
    path: Path,
    language: str,
    catalogue: Catalogue,
    translations: dict[tuple[str, str], Translation],
    source_is_translation: bool = False,
) -> tuple[int, int]:
    """Writes the ``.ts`` file; returns (messages, unfinished).

    ``source_is_translation`` is for English: the source text is the translation, so
    nothing is ever unfinished and plural forms are filled from the source.
    """
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    unfinished = 0
    by_context: dict[str, list[Message]] = {}
    for msg in catalogue.values():
        by_context.setdefault(msg.context, []).append(msg)
    for context in sorted(by_context):
        ctx_el = ET.SubElement(root, "context")
        ET.SubElement(ctx_el, "name").text = context
        for msg in sorted(by_context[context], key=lambda m: m.source):
            attrs = {"numerus": "yes"} if msg.plural else {}
            msg_el = ET.SubElement(ctx_el, "message", attrs)
            for file, line in msg.locations[:3]:
                if file:
                    ET.SubElement(msg_el, "location", filename=file, line=str(line))
            ET.SubElement(msg_el, "source").text = msg.source
            known = translations.get((context, msg.source))
            if source_is_translation and (known is None or not known.finished):
                known = Translation([msg.source, msg.source] if msg.plural else [msg.source], True)
            tr_el = ET.SubElement(msg_el, "translation")
            if known is None or not known.finished:
                tr_el.set("type", "unfinished")
                unfinished += 1
            forms = known.forms if known else []
            if msg.plural:
                for form in forms or [""]:
                    ET.SubElement(tr_el, "numerusform").text = form
            else:
                tr_el.text = forms[0] if forms else ""
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return len(catalogue), unfinished


def source_files(project: Path) -> list[Path]:
    """The files whose strings the window shows: ``ui/`` with its packages, the composition
    root and the chart."""
    src = project / "src" / "backplan"
    return [*sorted((src / "ui").rglob("*.py")), src / "app.py", *sorted((src / "reports").glob("chart*.py"))]


def main(argv: list[str] | None = None) -> int:
    """Refreshes ``resources/translations/backplan_<lang>.ts``; prints what is unfinished."""
    project = Path(argv[0]) if argv else Path.cwd()
    folder = project / "resources" / "translations"
    folder.mkdir(parents=True, exist_ok=True)
    catalogue = extract(source_files(project), root=project)
    for language in LANGUAGES:
        path = folder / f"backplan_{language}.ts"
        total, unfinished = write_ts(
            path, language, catalogue, read_ts(path), source_is_translation=language == "en"
        )
        print(f"{path.name}: {total} messages, {unfinished} unfinished")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
