"""Checks the clinician's own exercise picture (`custom.image` in plan-format.md).

The picture arrives inside a file someone else wrote, so it is hostile until shown
otherwise: only a PNG or JPEG data URI, at most 1 MiB decoded and 4000 x 4000 pixels,
and it must really be a picture of that type. The domain layer has no imaging library
(and must not need Qt), so the check reads the formats' own structure with the
standard library: a PNG's chunks, their CRCs and its image data inflated to the size
its header promises; a JPEG's markers from start of image through a frame header and a
scan to the end-of-image marker. Anything else is refused like any bad value.
"""

from __future__ import annotations

import base64
import binascii
import struct
import zlib
from dataclasses import dataclass

MAX_IMAGE_BYTES = 1024 * 1024
MAX_IMAGE_SIDE = 4000
_PREFIXES = {"data:image/png;base64,": "png", "data:image/jpeg;base64,": "jpeg"}
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# Bits per pixel for each PNG colour type, per bit of depth: grey, RGB, palette, grey
# with alpha, RGBA.
_PNG_CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}
_PNG_DEPTHS = {0: (1, 2, 4, 8, 16), 2: (8, 16), 3: (1, 2, 4, 8), 4: (8, 16), 6: (8, 16)}
# Adam7: (x start, y start, x step, y step) of each of the seven passes.
_ADAM7 = ((0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2))


class ImageError(ValueError):
    """What is wrong with the picture, in words for the message."""


@dataclass(frozen=True)
class ImageInfo:
    kind: str  # "png" or "jpeg"
    width: int
    height: int
    data: bytes


def decode_data_uri(uri: str) -> ImageInfo:
    """The picture behind a data URI, or :class:`ImageError` saying why it is refused."""
    kind = next((k for prefix, k in _PREFIXES.items() if uri.startswith(prefix)), None)
    if kind is None:
        raise ImageError("a data:image/png;base64,... or data:image/jpeg;base64,... URI")
    payload = uri.split(",", 1)[1]
    # 1 MiB decoded is at most about 1.4 MB of base64: refuse longer text before decoding.
    if len(payload) > (MAX_IMAGE_BYTES * 4) // 3 + 4:
        raise ImageError("a picture of at most 1 MiB")
    try:
        data = base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        raise ImageError("valid base64 data after the comma") from None
    if len(data) > MAX_IMAGE_BYTES:
        raise ImageError("a picture of at most 1 MiB")
    width, height = _png_size(data) if kind == "png" else _jpeg_size(data)
    if width > MAX_IMAGE_SIDE or height > MAX_IMAGE_SIDE:
        raise ImageError(f"a picture of at most {MAX_IMAGE_SIDE} x {MAX_IMAGE_SIDE} pixels")
    return ImageInfo(kind=kind, width=width, height=height, data=data)


def _png_size(data: bytes) -> tuple[int, int]:
    broken = ImageError("a PNG picture that decodes (this one is damaged or not a PNG)")
    if not data.startswith(_PNG_SIGNATURE):
        raise broken
    pos = len(_PNG_SIGNATURE)
    header: tuple[int, int, int, int, int] | None = None
    idat = bytearray()
    ended = False
    while pos + 12 <= len(data):
        length, ctype = struct.unpack(">I4s", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + length]
        if len(body) != length or pos + 12 + length > len(data):
            raise broken
        (crc,) = struct.unpack(">I", data[pos + 8 + length : pos + 12 + length])
        if zlib.crc32(ctype + body) != crc:
            raise broken
        pos += 12 + length
        if header is None and ctype != b"IHDR":
            raise broken
        if ctype == b"IHDR":
            if length != 13 or header is not None:
                raise broken
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            if depth not in _PNG_DEPTHS.get(colour, ()) or interlace not in (0, 1):
                raise broken
            header = (width, height, depth, colour, interlace)
        elif ctype == b"IDAT":
            idat += body
        elif ctype == b"IEND":
            ended = True
            break
    if header is None or not ended or not idat:
        raise broken
    width, height, depth, colour, interlace = header
    if width == 0 or height == 0:
        raise broken
    if width > MAX_IMAGE_SIDE or height > MAX_IMAGE_SIDE:
        raise ImageError(f"a picture of at most {MAX_IMAGE_SIDE} x {MAX_IMAGE_SIDE} pixels")
    expected = _png_raw_size(width, height, depth * _PNG_CHANNELS[colour], interlace == 1)
    inflater = zlib.decompressobj()
    try:
        # Never inflate more than the header promises: a small file can hold a bomb.
        raw = inflater.decompress(bytes(idat), expected + 1)
    except zlib.error:
        raise broken from None
    if len(raw) != expected or not inflater.eof:
        raise broken
    return width, height


def _png_raw_size(width: int, height: int, bits_per_pixel: int, interlaced: bool) -> int:
    """Bytes of filtered scanlines a PNG of this shape inflates to."""

    def rows(w: int, h: int) -> int:
        if w == 0 or h == 0:
            return 0
        return h * (1 + (w * bits_per_pixel + 7) // 8)

    if not interlaced:
        return rows(width, height)
    total = 0
    for x0, y0, dx, dy in _ADAM7:
        total += rows((width - x0 + dx - 1) // dx, (height - y0 + dy - 1) // dy)
    return total


# JPEG frame headers (start of frame): every SOFn but DHT (C4), JPG (C8) and DAC (CC).
_SOF_MARKERS = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}


def _jpeg_size(data: bytes) -> tuple[int, int]:
    broken = ImageError("a JPEG picture that decodes (this one is damaged or not a JPEG)")
    if not data.startswith(b"\xff\xd8") or not data.rstrip(b"\x00").endswith(b"\xff\xd9"):
        raise broken
    pos = 2
    size: tuple[int, int] | None = None
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            raise broken
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker in (0x01, *range(0xD0, 0xD8)):  # markers without a length
            pos += 2
            continue
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        if length < 2 or pos + 2 + length > len(data):
            raise broken
        if marker in _SOF_MARKERS:
            if length < 8:
                raise broken
            height, width = struct.unpack(">HH", data[pos + 5 : pos + 9])
            size = (width, height)
        if marker == 0xDA:  # start of scan: the entropy-coded data follows to the end
            if size is None or size[0] == 0 or size[1] == 0:
                raise broken
            return size
        pos += 2 + length
    raise broken
