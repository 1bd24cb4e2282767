"""Reading PDFs back for the report tests: words, word boxes, page count, metadata.

PDFs are checked the way a person would read them: ``pdftotext`` for the words,
``pdftotext -bbox`` for where each word sits on the page, ``pdfinfo`` for the page
count and the metadata. Those tests are skipped only when poppler-utils is missing
(CI installs it).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pytest

HAVE_POPPLER = all(shutil.which(tool) for tool in ("pdftotext", "pdfinfo"))
needs_poppler = pytest.mark.skipif(not HAVE_POPPLER, reason="poppler-utils is not installed")

# Marks that pdftotext adds around right-to-left runs, and that the tests ignore.
_BIDI_MARKS = dict.fromkeys(
    [0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069]
)


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    info: dict[str, str] = {}
    for line in out.splitlines():
        key, _, value = line.partition(":")
        info[key.strip()] = value.strip()
    return info


def pdf_pages(path: Path) -> int:
    return int(pdf_info(path)["Pages"])


def pdf_text(path: Path, page: int | None = None, *, layout: bool = False) -> str:
    args = ["pdftotext", "-enc", "UTF-8"]
    if layout:
        args.append("-layout")
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    return subprocess.run([*args, str(path), "-"], check=True, capture_output=True, text=True).stdout


def squash(text: str) -> str:
    """Text as compared in the tests: NFKC (ligatures, Arabic presentation forms),
    without whitespace or direction marks, so line breaks inside words and the
    visual order marks pdftotext adds do not matter."""
    text = unicodedata.normalize("NFKC", text).translate(_BIDI_MARKS)
    return re.sub(r"\s+", "", text)


def has_words(haystack: str, needle: str) -> bool:
    return squash(needle) in squash(haystack)


@dataclass(frozen=True)
class Word:
    page: int
    x_min: float
    y_min: float
    x_max: float
    y_max: float
    text: str


@dataclass(frozen=True)
class Page:
    number: int
    width: float
    height: float


_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">')
_WORD = re.compile(r'<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">(.*?)</word>')


def pdf_words(path: Path) -> tuple[list[Page], list[Word]]:
    """Every word with its box, in PDF points from the page's top left."""
    out = subprocess.run(
        ["pdftotext", "-bbox", "-enc", "UTF-8", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    pages: list[Page] = []
    words: list[Word] = []
    for line in out.splitlines():
        page = _PAGE.search(line)
        if page:
            pages.append(Page(len(pages) + 1, float(page.group(1)), float(page.group(2))))
            continue
        word = _WORD.search(line)
        if word and pages:
            x0, y0, x1, y1 = (float(word.group(i)) for i in range(1, 5))
            words.append(Word(len(pages), x0, y0, x1, y1, word.group(5)))
    return pages, words
