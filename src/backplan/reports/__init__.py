"""backplan.reports: what the Progress section shows and what backplan prints.

* ``progress``: the figures (daily series, courses, doses, adherence, what went with
  lower pain, PSFS and pain change); plain data, no matplotlib, no Qt.
* ``charts``: the progress chart as a matplotlib ``Figure`` (never pyplot) and its
  .pdf/.png/.svg export.
* ``sheet`` and ``report``: the weekly plan sheet and the clinician report as
  ``QTextDocument``s, and their PDFs.
* ``qtdoc``: printing helpers shared by both (safe text, pages with headers).
"""
