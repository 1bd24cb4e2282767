"""One caution per fact per medicine, in the catalogue's words (FACTS.md rule 12)."""

from __future__ import annotations

from backplan.domain.model import Ingredient, Medication, TimesSchedule
from backplan.safety.catalogue import load_catalogue
from backplan.safety.cautions import instructions_beyond, medicine_cautions


def _med(*substances: str, instructions: str | None = None) -> Medication:
    from datetime import date, time

    return Medication(
        id="m",
        name="M",
        ingredients=tuple(Ingredient(s, 100) for s in substances),
        dose="1 tablet",
        schedule=TimesSchedule((time(8),)),
        start=date(2026, 12, 1),
        days=5,
        instructions=instructions,
    )


def test_each_fact_once_even_from_two_substances() -> None:
    cautions = medicine_cautions(_med("carisoprodol", "tramadol"), load_catalogue())
    facts = [c.fact for c in cautions]
    assert facts == sorted(set(facts), key=facts.index)  # no fact twice
    assert "Do not drink alcohol while taking it." in [c.text for c in cautions]
    assert {"short-term use", "dependence", "breathing", "alcohol", "drowsiness"} <= set(facts)


def test_acetaminophen_names_liver_damage() -> None:
    [liver] = [c for c in medicine_cautions(_med("paracetamol"), load_catalogue()) if c.fact == "liver"]
    assert "severe liver damage" in liver.text


def test_the_clinicians_sentences_keep_only_what_they_add() -> None:
    said = medicine_cautions(_med("carisoprodol"), load_catalogue())
    text = "May cause drowsiness. No alcohol. Take with food. Do not drive until you know how it affects you."
    assert instructions_beyond(text, said) == "Take with food."
    assert instructions_beyond(None, said) == ""
