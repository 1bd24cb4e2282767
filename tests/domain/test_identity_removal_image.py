"""The fields of the 2026-12-07 format revision: patient identity, removed records and the
clinician's own exercise picture. Each is read, checked and written back unchanged."""

from __future__ import annotations

import base64
import copy
import io
import json
import struct
import zlib
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from backplan.domain.codec import document_from_json, document_to_json
from backplan.domain.errors import ValidationError
from backplan.domain.images import ImageError, decode_data_uri
from backplan.domain.model import Patient

EXAMPLES = Path(__file__).resolve().parents[1] / "data" / "examples"


def base() -> dict[str, Any]:
    return json.loads((EXAMPLES / "with-history.backplan.json").read_text("utf-8"))


def picture(kind: str, size: tuple[int, int] = (40, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (200, 120, 40)).save(out, format=kind)
    return out.getvalue()


def uri(kind: str, data: bytes) -> str:
    return f"data:image/{kind};base64," + base64.b64encode(data).decode("ascii")


def with_custom_image(image: Any) -> dict[str, Any]:
    doc = base()
    doc["activities"][0]["exercises"] = [
        {
            "exercise": "custom",
            "custom": {"name": "Wall sit", "instructions": "Back to the wall.", "image": image},
        }
    ]
    return doc


def refused_at(doc: dict[str, Any]) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        document_from_json(doc)
    return caught.value


# --- patient identity ------------------------------------------------------------------


def test_identifier_and_birth_date_round_trip() -> None:
    doc = base()
    doc["patient"]["identifier"] = "MRN 0042"
    doc["patient"]["birth_date"] = "1958-02-28"
    read = document_from_json(doc)
    assert read.patient.identifier == "MRN 0042"
    assert str(read.patient.birth_date) == "1958-02-28"
    written = document_to_json(read)
    assert written["patient"]["identifier"] == "MRN 0042"
    assert written["patient"]["birth_date"] == "1958-02-28"


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("identifier", ""),
        ("identifier", "   "),
        ("identifier", "x" * 65),
        ("identifier", 42),
        ("birth_date", "1958-02-30"),
        ("birth_date", "28/02/1958"),
        ("birth_date", "1899-12-31"),
    ],
)
def test_bad_identity_values_are_refused_at_their_path(key: str, value: Any) -> None:
    doc = base()
    doc["patient"][key] = value
    assert refused_at(doc).path == f"patient.{key}"


def test_a_patient_matches_by_name_or_identifier_ignoring_case_and_spaces() -> None:
    sam = Patient(name="Sam Rivera", timezone="UTC", identifier="MRN-7")
    assert sam.matches("  sam rivera ") and sam.matches("mrn-7")
    assert not sam.matches("Sam") and not sam.matches("MRN-8")


# --- removed records ---------------------------------------------------------------------


def test_a_removed_event_is_kept_with_when_and_why() -> None:
    doc = base()
    event = doc["events"][0]
    event["removed"] = {"at": "2026-12-02T08:07:00+01:00", "reason": None}
    read = document_from_json(doc)
    removed = [e for e in read.events if e.removed is not None]
    assert len(removed) == 1 and not removed[0].counts
    assert removed[0].removed is not None and removed[0].removed.reason is None
    written = document_to_json(read)
    assert [e["removed"] for e in written["events"] if "removed" in e] == [
        {"at": "2026-12-02T08:07:00+01:00", "reason": None}
    ]


@pytest.mark.parametrize(
    ("removed", "path"),
    [
        ({"reason": "oops"}, "events[0].removed.at"),
        ({"at": "2026-12-02T08:07"}, "events[0].removed.at"),
        ({"at": "2026-12-02T08:07:00Z", "reason": 3}, "events[0].removed.reason"),
        ({"at": "2026-12-02T08:07:00Z", "by": "me"}, "events[0].removed.by"),
        ("yes", "events[0].removed"),
    ],
)
def test_bad_removals_are_refused_at_their_path(removed: Any, path: str) -> None:
    doc = base()
    doc["events"][0]["removed"] = removed
    assert refused_at(doc).path == path


# --- the clinician's picture ---------------------------------------------------------


@pytest.mark.parametrize("kind", ["png", "jpeg"])
def test_a_png_or_jpeg_picture_is_accepted_and_written_back(kind: str) -> None:
    image = uri(kind, picture(kind))
    read = document_from_json(with_custom_image(image))
    custom = read.activities[0].exercises[0].custom
    assert custom is not None and custom.image == image
    written = document_to_json(read)
    assert written["activities"][0]["exercises"][0]["custom"]["image"] == image
    info = decode_data_uri(image)
    assert (info.kind, info.width, info.height) == (kind, 40, 30)


def _damaged_png() -> bytes:
    data = bytearray(picture("png"))
    data[-20] ^= 0xFF  # a byte inside the last chunks: its CRC no longer holds
    return bytes(data)


def _png_bomb() -> bytes:
    """A PNG whose header promises 1x1 pixels but whose data inflates to megabytes."""
    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    body = zlib.compress(b"\x00" * 5_000_000)

    def chunk(kind: bytes, payload: bytes) -> bytes:
        return (
            struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))
        )

    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", body) + chunk(b"IEND", b"")


@pytest.mark.parametrize(
    "image",
    [
        "https://example.org/picture.png",
        "data:image/svg+xml;base64," + base64.b64encode(b"<svg/>").decode(),
        "data:image/gif;base64," + base64.b64encode(b"GIF89a").decode(),
        "data:image/png;base64,not base64!",
        uri("png", picture("jpeg")),  # a JPEG said to be a PNG
        uri("jpeg", picture("png")),
        uri("png", picture("png")[:-30]),  # cut short
        uri("png", _damaged_png()),
        uri("png", _png_bomb()),
        uri("png", picture("png", (4001, 2))),
        uri("jpeg", picture("jpeg", (2, 4001))),
        uri("png", b"\x89PNG\r\n\x1a\n" + b"\x00" * (1024 * 1024)),  # over 1 MiB decoded
        42,
    ],
)
def test_anything_but_a_decodable_png_or_jpeg_within_the_limits_is_refused(image: Any) -> None:
    error = refused_at(with_custom_image(image))
    assert error.path == "activities[0].exercises[0].custom.image"


def test_the_image_check_says_what_is_wrong() -> None:
    with pytest.raises(ImageError, match="4000 x 4000"):
        decode_data_uri(uri("png", picture("png", (4001, 1))))
    with pytest.raises(ImageError, match="1 MiB"):
        decode_data_uri("data:image/png;base64," + "A" * 1_500_000)
    with pytest.raises(ImageError, match="data:image/png"):
        decode_data_uri("data:text/plain;base64,aGk=")


def test_an_image_is_refused_on_a_library_exercise() -> None:
    doc = copy.deepcopy(with_custom_image(uri("png", picture("png"))))
    doc["activities"][0]["exercises"][0]["exercise"] = "bridge"
    assert refused_at(doc).path == "activities[0].exercises[0].custom"
