"""Exporting the Progress chart to a file: the name offered, the choice of file, the job.

The file holds the chart the clinician report prints, for the range on screen, as
PDF, PNG or SVG; it is written by a background job (reading the history and drawing
at print resolution take a while).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from backplan.services.backplan_service import Backplan

from ..common.jobs import Job, Work

CONTEXT = "ProgressView"  # the section's translation context (its words live in several modules)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)

SUFFIXES = (".pdf", ".png", ".svg")


def export_name(start: date | None, end: date | None) -> str:
    """The file name offered for a chart of ``start`` to ``end`` (None: everything)."""
    span = f"-{start.isoformat()}-to-{end.isoformat()}" if start and end else ""
    return f"backplan-progress{span}.pdf"


def ask_export_path(parent: QWidget, suggested: str) -> Path | None:
    """Asks where to write the chart; a name without a known suffix gets the type chosen."""
    path, chosen = QFileDialog.getSaveFileName(
        parent,
        tr("Export chart"),
        suggested,
        tr("PDF document (*.pdf);;PNG image (*.png);;SVG image (*.svg)"),
    )
    if not path:
        return None
    out = Path(path)
    if out.suffix.lower() not in SUFFIXES:
        suffix = ".png" if "png" in chosen else ".svg" if "svg" in chosen else ".pdf"
        out = out.with_name(out.name + suffix)
    return out


def export_work(services: Backplan, patient_id: int, out: Path, start: date | None, end: date | None) -> Work:
    """A job writing the chart of ``start`` to ``end`` to ``out``; it returns the path."""

    def work(_job: Job) -> str:
        from backplan.reports.charts import write_chart

        doc = services.document(patient_id)
        write_chart(doc, out, start, end, now=services.now())
        return str(out)

    return work


__all__ = ["ask_export_path", "export_name", "export_work"]
