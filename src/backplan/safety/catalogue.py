"""The medicine catalogue: what the labels say about each substance.

The catalogue (``resources/medicines/catalogue.json``) is the only source of the label
limits the guard enforces, so it is read strictly: a missing key, an unknown key, a
number written as a string or a boolean where a number belongs stops the load with a
message naming the spot. A typo such as ``max_mg_per_24hr`` must never quietly turn a
limit into "no limit".
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Final, Literal, cast, get_args

from backplan.resources_path import resources_dir

SubstanceClass = Literal[
    "muscle_relaxant",
    "benzodiazepine",
    "nsaid",
    "analgesic",
    "opioid",
    "gabapentinoid",
    "tricyclic_antidepressant",
]
# Classes whose boxed warnings say that, taken together (or with carisoprodol, a
# gabapentinoid or alcohol), they can slow or stop breathing (FACTS.md).
BREATHING_CLASSES: Final[frozenset[str]] = frozenset({"opioid", "benzodiazepine"})
SUBSTANCE_CLASSES: Final[tuple[str, ...]] = get_args(SubstanceClass)

CATALOGUE_VERSION: Final = 1

_SUBSTANCE_KEYS: Final[frozenset[str]] = frozenset(
    {
        "substance",
        "names",
        "class",
        "sedating",
        "max_mg_per_24h",
        "first_day_max_mg_per_24h",
        "max_doses_per_24h",
        "otc_max_mg_per_24h",
        "otc_max_days",
        "course_max_days",
        "labelled_strengths_mg",
        "counts_as",
        "min_age_years",
        "cautions",
        "source",
        "source_url",
        "note",
    }
)


class CatalogueError(ValueError):
    """The catalogue file is missing or does not follow its schema.

    Raised rather than worked around: a guard running on a half-read catalogue would
    enforce limits that nobody wrote down.
    """


@dataclass(frozen=True)
class CountsAs:
    """A salt that also counts toward its base's maximum: ``mg`` of the base for every
    ``per_mg`` of the salt (naproxen sodium: 500 mg naproxen per 550 mg)."""

    substance: str
    mg: float
    per_mg: float

    def base_mg(self, salt_mg: float) -> float:
        return salt_mg * self.mg / self.per_mg


@dataclass(frozen=True)
class SubstanceInfo:
    """One substance as the catalogue describes it.

    The fields mirror the JSON keys one to one, except ``class``, a Python keyword,
    which is ``drug_class`` here. Every limit is ``None`` where the label gives none.
    """

    substance: str
    names: tuple[str, ...]
    drug_class: SubstanceClass
    sedating: bool
    max_mg_per_24h: float | None
    first_day_max_mg_per_24h: float | None
    max_doses_per_24h: int | None
    otc_max_mg_per_24h: float | None
    otc_max_days: int | None
    course_max_days: int | None
    labelled_strengths_mg: tuple[float, ...]
    cautions: tuple[str, ...]
    source: str
    source_url: str | None
    note: str | None
    counts_as: CountsAs | None = None
    min_age_years: int | None = None

    @property
    def is_nsaid(self) -> bool:
        return self.drug_class == "nsaid"

    @property
    def slows_breathing(self) -> bool:
        """An opioid or a benzodiazepine: with another sedative it can stop breathing."""
        return self.drug_class in BREATHING_CLASSES

    @property
    def display_name(self) -> str:
        """The substance as a sentence starts it ("Carisoprodol")."""
        return self.substance[:1].upper() + self.substance[1:]


class Catalogue:
    """The substances, looked up by generic name or any of their other names.

    Lookup ignores case and spacing (``Naproxen  Sodium`` is ``naproxen sodium``) and
    also accepts the alternative names the catalogue lists (``paracetamol`` and
    ``APAP`` for acetaminophen), so that two products written with different names
    for one substance still add up against one maximum.
    """

    def __init__(self, substances: Iterable[SubstanceInfo]) -> None:
        self._substances = tuple(substances)
        index: dict[str, SubstanceInfo] = {}
        for info in self._substances:
            key = name_key(info.substance)
            if key in index:
                raise CatalogueError(f"substance {info.substance!r} is listed twice")
            index[key] = info
        # Generic names win over the alternative names of another substance.
        aliases: dict[str, SubstanceInfo] = {}
        for info in self._substances:
            for name in info.names:
                key = name_key(name)
                if key in index:
                    continue
                other = aliases.get(key)
                if other is not None and other is not info:
                    raise CatalogueError(
                        f"name {name!r} is given for both {other.substance} and {info.substance}"
                    )
                aliases[key] = info
        self._index = {**aliases, **index}
        for info in self._substances:
            base = info.counts_as
            if base is not None and name_key(base.substance) not in index:
                raise CatalogueError(
                    f"{info.substance}: counts_as names {base.substance!r}, which is not in the catalogue"
                )

    @property
    def substances(self) -> tuple[SubstanceInfo, ...]:
        """Every substance, in the file's order."""
        return self._substances

    def get(self, substance: str) -> SubstanceInfo | None:
        """The entry for a generic or alternative name, or None if the catalogue lacks it."""
        return self._index.get(name_key(substance))

    def canonical(self, substance: str) -> str:
        """The key under which doses of ``substance`` add up: its generic name if known."""
        info = self.get(substance)
        return info.substance if info is not None else " ".join(substance.split()).casefold()

    def __contains__(self, substance: object) -> bool:
        return isinstance(substance, str) and self.get(substance) is not None

    def __len__(self) -> int:
        return len(self._substances)

    def __repr__(self) -> str:
        return f"Catalogue({[s.substance for s in self._substances]!r})"


def name_key(name: str) -> str:
    """How a name is looked up: case and every space ignored."""
    return "".join(name.split()).casefold()


def default_catalogue_path() -> Path:
    return resources_dir() / "medicines" / "catalogue.json"


def load_catalogue(path: Path | None = None) -> Catalogue:
    """Read and check the catalogue; the bundled one when ``path`` is None.

    The bundled file never changes while the app runs, so its load is cached; a
    file given explicitly (tests, a catalogue editor) is read afresh every time.
    """
    if path is None:
        return _load_default()
    return _load(path)


@cache
def _load_default() -> Catalogue:
    return _load(default_catalogue_path())


def _load(path: Path) -> Catalogue:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CatalogueError(f"{path}: the medicine catalogue cannot be read ({exc})") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CatalogueError(f"{path}: not valid JSON ({exc})") from exc
    try:
        return catalogue_from_json(data)
    except CatalogueError as exc:
        raise CatalogueError(f"{path}: {exc}") from exc


def catalogue_from_json(data: object) -> Catalogue:
    """Build a catalogue from parsed JSON, refusing anything off the schema."""
    top = _object(data, "")
    _exact_keys(top, frozenset({"version", "substances"}), "")
    version = top["version"]
    if isinstance(version, bool) or version != CATALOGUE_VERSION:
        raise CatalogueError(f"version: expected {CATALOGUE_VERSION}, got {version!r}")
    items = top["substances"]
    if not isinstance(items, list) or not items:
        raise CatalogueError("substances: expected a non-empty array")
    return Catalogue(_substance(item, f"substances[{i}]") for i, item in enumerate(items))


def _substance(data: object, path: str) -> SubstanceInfo:
    obj = _object(data, path)
    _exact_keys(obj, _SUBSTANCE_KEYS, path)
    substance = _string(obj, "substance", path)
    if substance != substance.strip().lower():
        raise CatalogueError(f"{path}.substance: expected a lower-case generic name")
    drug_class = _string(obj, "class", path)
    if drug_class not in SUBSTANCE_CLASSES:
        raise CatalogueError(
            f"{path}.class: expected one of {', '.join(SUBSTANCE_CLASSES)}, got {drug_class!r}"
        )
    sedating = obj["sedating"]
    if not isinstance(sedating, bool):
        raise CatalogueError(f"{path}.sedating: expected true or false")
    strengths = _list(obj, "labelled_strengths_mg", path)
    return SubstanceInfo(
        substance=substance,
        names=tuple(
            _item_string(v, f"{path}.names[{i}]") for i, v in enumerate(_list(obj, "names", path))
        ),
        drug_class=cast(SubstanceClass, drug_class),
        sedating=sedating,
        max_mg_per_24h=_optional_mg(obj, "max_mg_per_24h", path),
        first_day_max_mg_per_24h=_optional_mg(obj, "first_day_max_mg_per_24h", path),
        max_doses_per_24h=_optional_count(obj, "max_doses_per_24h", path),
        otc_max_mg_per_24h=_optional_mg(obj, "otc_max_mg_per_24h", path),
        otc_max_days=_optional_count(obj, "otc_max_days", path),
        course_max_days=_optional_count(obj, "course_max_days", path),
        labelled_strengths_mg=tuple(
            _positive(v, f"{path}.labelled_strengths_mg[{i}]") for i, v in enumerate(strengths)
        ),
        cautions=tuple(
            _item_string(v, f"{path}.cautions[{i}]")
            for i, v in enumerate(_list(obj, "cautions", path))
        ),
        source=_string(obj, "source", path),
        source_url=_optional_string(obj, "source_url", path),
        note=_optional_string(obj, "note", path),
        counts_as=_counts_as(obj["counts_as"], f"{path}.counts_as"),
        min_age_years=_optional_count(obj, "min_age_years", path),
    )


def _counts_as(value: object, path: str) -> CountsAs | None:
    if value is None:
        return None
    obj = _object(value, path)
    _exact_keys(obj, frozenset({"substance", "mg", "per_mg"}), path)
    return CountsAs(
        substance=_string(obj, "substance", path),
        mg=_positive(obj["mg"], f"{path}.mg"),
        per_mg=_positive(obj["per_mg"], f"{path}.per_mg"),
    )


# --- strict readers ---------------------------------------------------------------


def _object(data: object, path: str) -> Mapping[str, object]:
    if not isinstance(data, dict):
        raise CatalogueError(f"{path or 'the file'}: expected an object")
    return cast(Mapping[str, object], data)


def _exact_keys(obj: Mapping[str, object], expected: frozenset[str], path: str) -> None:
    where = f"{path}: " if path else ""
    unknown = sorted(set(obj) - expected)
    if unknown:
        raise CatalogueError(f"{where}unknown key(s) {', '.join(unknown)}")
    missing = sorted(expected - set(obj))
    if missing:
        raise CatalogueError(f"{where}missing key(s) {', '.join(missing)} (use null for none)")


def _item_string(value: object, path: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise CatalogueError(f"{path}: expected a non-empty string")
    return value


def _string(obj: Mapping[str, object], key: str, path: str) -> str:
    return _item_string(obj[key], f"{path}.{key}")


def _optional_string(obj: Mapping[str, object], key: str, path: str) -> str | None:
    value = obj[key]
    return None if value is None else _item_string(value, f"{path}.{key}")


def _list(obj: Mapping[str, object], key: str, path: str) -> list[object]:
    value = obj[key]
    if not isinstance(value, list):
        raise CatalogueError(f"{path}.{key}: expected an array")
    return cast(list[object], value)


def _positive(value: object, path: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise CatalogueError(f"{path}: expected a number")
    if not math.isfinite(value) or value <= 0:
        raise CatalogueError(f"{path}: expected a number above 0")
    return float(value)


def _optional_mg(obj: Mapping[str, object], key: str, path: str) -> float | None:
    value = obj[key]
    return None if value is None else _positive(value, f"{path}.{key}")


def _optional_count(obj: Mapping[str, object], key: str, path: str) -> int | None:
    value = obj[key]
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise CatalogueError(f"{path}.{key}: expected a whole number of at least 1")
    return value
