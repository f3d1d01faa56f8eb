"""Examining an uploaded photo costs bounded memory, whatever its header claims (issue 10, item 3).

Pillow allocates pixels outside Python's allocator, so each case runs `examine` in a fresh interpreter and
reads the growth of its peak resident memory (`ru_maxrss`) across the call: counted bytes, not time.
"""

from __future__ import annotations

import io
import json
import struct
import subprocess
import sys
import zlib
from pathlib import Path

from PIL import Image

from adapters.files import MAX_FULL_DECODE_PIXELS, MAX_PIXELS

MEGABYTE = 1024 * 1024
ROOT = Path(__file__).resolve().parents[2]

MEASURE = """
import json, resource, sys
from adapters.files import Unsupported, examine
content = open(sys.argv[1], "rb").read()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
try:
    examined = examine(content)
    outcome = {"accepted": True, "width": examined.width, "height": examined.height,
               "thumbnail": len(examined.thumbnail or b"")}
except Unsupported as refusal:
    outcome = {"accepted": False, "reason": refusal.reason, "limit": refusal.limit}
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
outcome["growth"] = (after - before) * 1024
print(json.dumps(outcome))
"""


def examine_in_subprocess(path: Path) -> dict[str, object]:
    done = subprocess.run([sys.executable, "-c", MEASURE, str(path)], cwd=ROOT, capture_output=True, text=True,
                          check=True, timeout=120)
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_bomb(width: int, height: int) -> bytes:
    """A valid RGBA PNG of blank rows: a few hundred kB on disk, width × height × 4 bytes once decoded."""
    compressor = zlib.compressobj(9)
    row = b"\x00" * (1 + width * 4)
    data = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", data) + _chunk(b"IEND", b"")


def test_a_png_decompression_bomb_is_refused_from_its_header_without_decoding(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(png_bomb(8900, 8900))  # 79 megapixels: ~300 MB decoded, under Pillow's own refusal
    assert bomb.stat().st_size < 1 * MEGABYTE

    outcome = examine_in_subprocess(bomb)

    assert outcome["accepted"] is False
    assert (outcome["reason"], outcome["limit"]) == ("pixels", MAX_FULL_DECODE_PIXELS)
    assert int(outcome["growth"]) < 8 * MEGABYTE  # type: ignore[call-overload]


def test_a_large_jpeg_photo_is_decoded_at_a_reduced_scale_in_a_few_megabytes(tmp_path: Path) -> None:
    photo = tmp_path / "photo.jpg"
    out = io.BytesIO()
    Image.new("RGB", (6000, 4000), (120, 80, 40)).save(out, "JPEG")  # 24 MP: 72 MB if decoded whole
    photo.write_bytes(out.getvalue())

    outcome = examine_in_subprocess(photo)

    assert outcome["accepted"] is True and (outcome["width"], outcome["height"]) == (6000, 4000)
    assert int(outcome["thumbnail"]) > 0  # type: ignore[call-overload]
    assert int(outcome["growth"]) < 16 * MEGABYTE  # type: ignore[call-overload]


def test_the_largest_png_accepted_costs_at_most_its_decoded_size_and_a_margin(tmp_path: Path) -> None:
    side = int(MAX_FULL_DECODE_PIXELS ** 0.5)
    screenshot = tmp_path / "screenshot.png"
    screenshot.write_bytes(png_bomb(side, side))

    outcome = examine_in_subprocess(screenshot)

    assert outcome["accepted"] is True
    assert int(outcome["growth"]) < side * side * 4 * 1.5  # type: ignore[call-overload]


def test_a_jpeg_over_the_photo_bound_is_refused_before_it_is_decoded(tmp_path: Path) -> None:
    header_only = tmp_path / "huge.jpg"
    out = io.BytesIO()
    Image.new("L", (8, 8)).save(out, "JPEG")
    content = bytearray(out.getvalue())
    # Rewrite the frame header's dimensions (SOF0: FF C0, length, precision, height, width) to 9000 × 9000.
    sof = content.index(b"\xff\xc0")
    content[sof + 5:sof + 9] = struct.pack(">HH", 9000, 9000)
    header_only.write_bytes(bytes(content))
    assert MAX_PIXELS < 9000 * 9000

    outcome = examine_in_subprocess(header_only)

    assert (outcome["accepted"], outcome["reason"], outcome["limit"]) == (False, "pixels", MAX_PIXELS)
    assert int(outcome["growth"]) < 8 * MEGABYTE  # type: ignore[call-overload]
