"""What the label says, shown beside the medicine form's empty fields, never filled in.

FACTS.md rule 11: the app never pre-fills a dose, a dosing interval, a daily count or a
course length; those numbers come from the clinician's plan. The label's figures may be
shown beside an empty field as reference ("label: at most 1,400 mg a day"). This module
words that reference and offers the catalogue's names as the name is typed (name, then
strength), filling in the substance only: the mg per dose stays the clinician's.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QWidget

from backplan.safety.catalogue import Catalogue, SubstanceInfo
from backplan.safety.findings import format_mg, format_number


def tr(text: str) -> str:
    return QCoreApplication.translate("LabelReference", text)


def daily_reference(catalogue: Catalogue | None, substances: Iterable[str]) -> str:
    """``label: at most 1,400 mg of carisoprodol a day, in at most 4 doses``, one line
    per substance; a substance the catalogue lacks is said plainly to have none."""
    lines: list[str] = []
    for name in dict.fromkeys(s.strip() for s in substances if s.strip()):
        info = catalogue.get(name) if catalogue is not None else None
        if info is None:
            lines.append(tr("label: no label limits are known to backplan for {name}").format(name=name))
            continue
        lines.append(_daily(info))
    return "\n".join(lines)


def _daily(info: SubstanceInfo) -> str:
    if info.max_mg_per_24h is None:
        text = tr("label: no fixed daily maximum for {name}; only the plan's limits apply")
        return text.format(name=info.substance)
    text = tr("label: at most {mg} of {name} a day").format(
        mg=format_mg(info.max_mg_per_24h), name=info.substance
    )
    if info.first_day_max_mg_per_24h is not None:
        text += tr(" ({mg} on the first day)").format(mg=format_mg(info.first_day_max_mg_per_24h))
    if info.max_doses_per_24h is not None:
        text += tr(", in at most {n} doses").format(n=info.max_doses_per_24h)
    return text


def course_reference(catalogue: Catalogue | None, substances: Iterable[str]) -> str:
    """``label: at most 21 days of carisoprodol`` where the label limits the course."""
    lines: list[str] = []
    for name in dict.fromkeys(s.strip() for s in substances if s.strip()):
        info = catalogue.get(name) if catalogue is not None else None
        if info is not None and info.course_max_days is not None:
            lines.append(
                tr("label: at most {days} days of {name}").format(
                    days=format_number(info.course_max_days), name=info.substance
                )
            )
    return "\n".join(lines)


def catalogue_names(catalogue: Catalogue) -> list[str]:
    """Every name to offer: each substance, its other names, then its labelled
    strengths ("Carisoprodol", "Carisoprodol 250 mg", "Soma")."""
    names: list[str] = []
    for info in catalogue.substances:
        names.append(info.display_name)
        names += [f"{info.display_name} {format_mg(mg)}" for mg in info.labelled_strengths_mg]
        names += list(info.names)
    return list(dict.fromkeys(names))


def catalogue_completer(catalogue: Catalogue, parent: QWidget) -> QCompleter:
    """A completer over the catalogue's names, matching anywhere in them, any case."""
    completer = QCompleter(QStringListModel(catalogue_names(catalogue), parent), parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return completer


def substance_of(catalogue: Catalogue, chosen: str) -> str | None:
    """The generic name behind a completion ("Carisoprodol 350 mg" -> carisoprodol)."""
    info = catalogue.get(chosen)
    if info is None:
        words = chosen.rsplit(" ", 2)
        if len(words) == 3 and words[2] == "mg":
            info = catalogue.get(words[0])
    return None if info is None else info.substance


__all__ = [
    "catalogue_completer",
    "catalogue_names",
    "course_reference",
    "daily_reference",
    "substance_of",
]
