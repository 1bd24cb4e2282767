"""The catalogue loader: exactly the documented schema, loudly refusing anything else."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from safety_support import CATALOGUE_DATA, write_catalogue

from backplan.safety.catalogue import (
    Catalogue,
    CatalogueError,
    SubstanceInfo,
    default_catalogue_path,
    load_catalogue,
)


def test_reads_every_field(catalogue: Catalogue) -> None:
    info = catalogue.get("carisoprodol")
    assert isinstance(info, SubstanceInfo)
    assert info.drug_class == "muscle_relaxant"
    assert info.sedating is True
    assert info.max_mg_per_24h == 1400
    assert info.course_max_days == 21
    assert info.labelled_strengths_mg == (250, 350)
    assert info.first_day_max_mg_per_24h is None
    assert info.source == "carisoprodol test label"
    assert [s.substance for s in catalogue.substances][:2] == ["carisoprodol", "cyclobenzaprine"]
    assert len(catalogue) == 18


def test_lookup_by_other_names_and_case(catalogue: Catalogue) -> None:
    acetaminophen = catalogue.get("acetaminophen")
    assert catalogue.get("paracetamol") is acetaminophen
    assert catalogue.get("Paracetamol ") is acetaminophen
    assert catalogue.canonical("paracetamol") == "acetaminophen"
    assert catalogue.canonical("Capsaicin  Cream") == "capsaicin cream"
    assert catalogue.get("capsaicin") is None
    assert "ibuprofen" in catalogue
    assert "capsaicin" not in catalogue
    # Case and spacing are ignored; APAP is acetaminophen too (FACTS.md, Names).
    assert catalogue.get("apap") is acetaminophen
    assert catalogue.get("Naproxen  Sodium") is catalogue.get("naproxen sodium") is not None
    assert catalogue.get("naproxen sodium") is not catalogue.get("naproxen")


def _broken(tmp_path: Path, change: Any) -> Path:
    data = copy.deepcopy(CATALOGUE_DATA)
    change(data)
    return write_catalogue(tmp_path, data)


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda d: d["substances"][0].update(max_mg_per_24hr=1400), "unknown key"),
        (lambda d: d["substances"][0].pop("note"), "missing key"),
        (lambda d: d["substances"][0].update(max_mg_per_24h="1400"), "expected a number"),
        (lambda d: d["substances"][0].update(max_mg_per_24h=True), "expected a number"),
        (lambda d: d["substances"][0].update(max_mg_per_24h=0), "above 0"),
        (lambda d: d["substances"][0].update(max_doses_per_24h=2.5), "whole number"),
        (lambda d: d["substances"][0].update({"class": "relaxant"}), "class"),
        (lambda d: d["substances"][0].update(sedating="yes"), "sedating"),
        (lambda d: d["substances"][0].update(substance="Carisoprodol"), "lower-case"),
        (lambda d: d["substances"][0].update(names="Soma"), "array"),
        (lambda d: d["substances"][0].update(source=""), "source"),
        (lambda d: d["substances"].append(copy.deepcopy(d["substances"][0])), "twice"),
        (lambda d: d["substances"][1].update(names=["paracetamol"]), "both"),
        (lambda d: d.update(version=2), "version"),
        (lambda d: d.update(extra=1), "unknown key"),
        (lambda d: d.update(substances=[]), "non-empty"),
    ],
)
def test_refuses_a_malformed_file(tmp_path: Path, change: Any, words: str) -> None:
    with pytest.raises(CatalogueError, match=words):
        load_catalogue(_broken(tmp_path, change))


def test_refuses_invalid_json_and_a_missing_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(CatalogueError, match="not valid JSON"):
        load_catalogue(bad)
    with pytest.raises(CatalogueError, match="cannot be read"):
        load_catalogue(tmp_path / "absent.json")


def test_the_path_is_in_the_message(tmp_path: Path) -> None:
    path = _broken(tmp_path, lambda d: d["substances"][3].update(max_doses_per_24h="3"))
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(path)
    assert str(path) in str(caught.value)
    assert "substances[3].max_doses_per_24h" in str(caught.value)


# --- the bundled file, once it exists ---------------------------------------------------

bundled = pytest.mark.skipif(
    not default_catalogue_path().is_file(),
    reason="resources/medicines/catalogue.json not yet written",
)

# substance: (class, sedating, max, first-day max, max doses, OTC max, OTC days, course)
FACTS_TABLE: dict[str, tuple[Any, ...]] = {
    "carisoprodol": ("muscle_relaxant", True, 1400, None, 4, None, None, 21),
    "cyclobenzaprine": ("muscle_relaxant", True, 30, None, None, None, None, 21),
    "methocarbamol": ("muscle_relaxant", True, 4500, 8000, None, None, None, None),
    "tizanidine": ("muscle_relaxant", True, 36, None, 3, None, None, None),
    "metaxalone": ("muscle_relaxant", True, 3200, None, None, None, None, None),
    "orphenadrine": ("muscle_relaxant", True, 200, None, None, None, None, None),
    "baclofen": ("muscle_relaxant", True, 80, None, None, None, None, None),
    "diazepam": ("benzodiazepine", True, 40, None, None, None, None, None),
    "alprazolam": ("benzodiazepine", True, 4, None, None, None, None, None),
    "lorazepam": ("benzodiazepine", True, 10, None, None, None, None, None),
    "clonazepam": ("benzodiazepine", True, 4, None, None, None, None, None),
    "ibuprofen": ("nsaid", False, 3200, None, None, 1200, 10, None),
    "naproxen": ("nsaid", False, 1000, 1250, None, 660, 10, None),
    "naproxen sodium": ("nsaid", False, 1100, 1375, None, 660, 10, None),
    "diclofenac": ("nsaid", False, 150, None, None, None, None, None),
    "meloxicam": ("nsaid", False, 15, None, None, None, None, None),
    "celecoxib": ("nsaid", False, 400, 600, None, None, None, None),
    "ketorolac": ("nsaid", False, 40, None, None, None, None, 5),
    "aspirin": ("nsaid", False, 4000, None, None, None, None, None),
    "acetaminophen": ("analgesic", False, 4000, None, None, None, None, None),
    "tramadol": ("opioid", True, 400, None, None, None, None, None),
    "codeine": ("opioid", True, 360, None, None, None, None, None),
    "hydrocodone": ("opioid", True, None, None, None, None, None, None),
    "oxycodone": ("opioid", True, None, None, None, None, None, None),
    "morphine": ("opioid", True, None, None, None, None, None, None),
    "gabapentin": ("gabapentinoid", True, 3600, None, None, None, None, None),
    "pregabalin": ("gabapentinoid", True, 600, None, None, None, None, None),
    "amitriptyline": ("tricyclic_antidepressant", True, 150, None, None, None, None, None),
}


@bundled
def test_bundled_catalogue_matches_the_facts() -> None:
    catalogue = load_catalogue()
    assert load_catalogue() is catalogue  # the default load is cached
    for substance, expected in FACTS_TABLE.items():
        info = catalogue.get(substance)
        assert info is not None, substance
        klass, sedating, max_mg, first_day, max_doses, otc, _otc_days, course = expected
        assert info.drug_class == klass, substance
        assert info.sedating is sedating, substance
        assert info.max_mg_per_24h == max_mg, substance
        assert info.first_day_max_mg_per_24h == first_day, substance
        assert info.max_doses_per_24h == max_doses, substance
        assert info.otc_max_mg_per_24h == otc, substance
        assert info.course_max_days == course, substance
        assert info.source.strip(), substance
    assert catalogue.get("ibuprofen").otc_max_days == 10  # type: ignore[union-attr]
    carisoprodol = catalogue.get("carisoprodol")
    assert carisoprodol is not None
    assert set(carisoprodol.labelled_strengths_mg) == {250, 350}
    assert catalogue.canonical("paracetamol") == "acetaminophen"
    assert {s.substance for s in catalogue.substances} == set(FACTS_TABLE)
    # Aliases, case and spacing ignored (FACTS.md, Names).
    for alias in ("paracetamol", "APAP", "apap", "Acetaminophen "):
        assert catalogue.canonical(alias) == "acetaminophen", alias
    # Naproxen sodium is its own substance and counts toward naproxen as x 500/550.
    sodium = catalogue.get("Naproxen Sodium")
    assert sodium is not None and sodium.substance == "naproxen sodium"
    assert sodium.counts_as is not None and sodium.counts_as.base_mg(550) == 500
    assert catalogue.get("aspirin").min_age_years == 16  # type: ignore[union-attr]
    assert "Voltaren" not in catalogue  # mostly the gel in the US: not oral diclofenac
    # One voice: every sedating substance says the same alcohol advice.
    for info in catalogue.substances:
        if info.sedating:
            assert "Do not drink alcohol while taking it." in info.cautions, info.substance
        if info.slows_breathing:
            assert any("slow or stop your breathing" in c for c in info.cautions), info.substance
    assert any("severe liver damage" in c for c in catalogue.get("acetaminophen").cautions)  # type: ignore[union-attr]


@bundled
def test_bundled_catalogue_is_plain_json() -> None:
    data = json.loads(default_catalogue_path().read_text(encoding="utf-8"))
    assert data["version"] == 1
