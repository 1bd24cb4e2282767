"""One caution per fact per medicine, in the catalogue's one wording (FACTS.md rule 12).

A medicine's cautions come from three places: the catalogue entry of each substance in
it, the clinician's instructions, and the checks. Shown side by side they said the same
thing three times in other words ("May cause drowsiness", "It can make you drowsy",
"Alcohol adds to the drowsiness"). Here each caution is sorted under the fact it states,
and each fact is said once, in the catalogue's wording, so the alcohol advice reads the
same everywhere: "Do not drink alcohol while taking it."
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from backplan.domain.model import Medication
from backplan.safety._common import mg_by_substance
from backplan.safety.catalogue import Catalogue

# The facts the Today view keeps in sight, in the order shown, each with the words
# that say a sentence states it (checked in this order: the first match wins).
TODAY_FACTS: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    ("short-term use", ("short-term",)),
    ("dependence", ("dependence", "withdrawal")),
    ("breathing", ("breathing",)),
    ("liver", ("liver",)),
    ("alcohol", ("drink alcohol",)),
    ("drowsiness", ("drows", "driv", "machinery", "sleepy")),
)


# In the clinician's own sentences a fact may be put more loosely ("No alcohol.").
INSTRUCTION_FACTS: Final[tuple[tuple[str, tuple[str, ...]], ...]] = tuple(
    (fact, ("alcohol",) if fact == "alcohol" else words) for fact, words in TODAY_FACTS
)


@dataclass(frozen=True)
class Caution:
    fact: str
    text: str


def fact_of(sentence: str, facts: Sequence[tuple[str, tuple[str, ...]]] = TODAY_FACTS) -> str | None:
    """The fact a sentence states, by its words; None for anything else."""
    lowered = sentence.lower()
    for fact, words in facts:
        if any(word in lowered for word in words):
            return fact
    return None


def medicine_cautions(med: Medication, catalogue: Catalogue) -> list[Caution]:
    """The cautions to keep in sight for a medicine: one per fact, the catalogue's words.

    Every substance in it contributes; a fact two substances share is said once.
    """
    found: dict[str, Caution] = {}
    for key in mg_by_substance(med, catalogue):
        info = catalogue.get(key)
        if info is None:
            continue
        for text in info.cautions:
            fact = fact_of(text)
            if fact is not None and fact not in found:
                found[fact] = Caution(fact, text)
    order = [fact for fact, _words in TODAY_FACTS]
    return sorted(found.values(), key=lambda c: order.index(c.fact))


def instructions_beyond(instructions: str | None, said: Sequence[Caution]) -> str:
    """The clinician's instructions without the sentences that state a fact already said.

    "May cause drowsiness. No alcohol. Take with food." beside the catalogue's
    drowsiness and alcohol cautions leaves "Take with food.": the facts are still
    said, once, and what only the clinician said is kept word for word.
    """
    if not instructions:
        return ""
    facts = {c.fact for c in said}
    kept: list[str] = []
    for sentence in _sentences(instructions):
        fact = fact_of(sentence, INSTRUCTION_FACTS)
        if fact is None or fact not in facts:
            kept.append(sentence)
    return " ".join(kept)


def _sentences(text: str) -> list[str]:
    out: list[str] = []
    current = ""
    for char in text:
        current += char
        if char in ".!?\n":
            if current.strip():
                out.append(current.strip())
            current = ""
    if current.strip():
        out.append(current.strip())
    return out


__all__ = ["TODAY_FACTS", "Caution", "fact_of", "instructions_beyond", "medicine_cautions"]
