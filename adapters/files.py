"""Uploaded files on local disk, content-addressed by SHA-256, and what Pillow can tell about their bytes.

Layout under the store's root (``FILES_DIR``, by default ``var/files``)::

    ab/cd/abcd…<64 hex>              the bytes as uploaded
    ab/cd/abcd…<64 hex>.thumb.jpg    a JPEG preview (max 320 px) of a photo

Identical bytes are stored once. A blob is written to a temporary file in its folder and renamed into place,
so a key either names complete bytes or nothing. Blobs are never deleted here: a row points at bytes that
exist (the bytes are written before the row is inserted), and bytes no row points at are harmless.

`examine` decides what a file really is from its bytes (never from the name or the client's content type):
a photo Pillow can decode (JPEG, PNG, WebP; HEIC when a HEIF plugin is installed) or a PDF (`%PDF-`).
"""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

THUMBNAIL_SIZE = 320
THUMBNAIL_SUFFIX = ".thumb.jpg"
MAX_PIXELS = 40_000_000
"""JPEG photos larger than this (40 megapixels, above any phone camera's) are refused. A JPEG is decoded at a
reduced scale (`Image.draft`), so even one this large costs a few megabytes to examine."""
MAX_FULL_DECODE_PIXELS = 16_000_000
"""Other photos (PNG, WebP, HEIC) can only be decoded whole, at 4 bytes a pixel: they are bounded lower (16
megapixels, a 12-megapixel phone photo or a screenshot fits) so that one upload costs at most ~64 MB."""

# Pillow format name → (MIME type, file extension). HEIF only opens with a plugin such as pillow-heif.
IMAGE_FORMATS: dict[str, tuple[str, str]] = {
    "JPEG": ("image/jpeg", ".jpg"),
    "PNG": ("image/png", ".png"),
    "WEBP": ("image/webp", ".webp"),
    "HEIF": ("image/heic", ".heic"),
}
PDF = ("application/pdf", ".pdf")
PDF_MAGIC = b"%PDF-"


@dataclass(frozen=True, slots=True)
class Examined:
    """What a file's bytes are: its real MIME type and extension, and a thumbnail for photos."""

    content_type: str
    extension: str
    is_image: bool
    thumbnail: bytes | None = None
    width: int | None = None
    height: int | None = None


class Unsupported(Exception):
    """The bytes are not a file we accept. `reason`: "type", "damaged", "pixels" or "empty"."""

    def __init__(self, reason: str, what: str, *, width: int | None = None, height: int | None = None,
                 limit: int | None = None) -> None:
        super().__init__(f"{reason}: {what}")
        self.reason = reason
        self.what = what
        self.width = width
        self.height = height
        self.limit = limit
        """For "pixels": the bound that applied, in pixels."""


def pixel_limit(format_name: str) -> int:
    """How many pixels a photo of this Pillow format may have: JPEG decodes at a reduced scale, others whole."""
    return MAX_PIXELS if format_name == "JPEG" else MAX_FULL_DECODE_PIXELS


def accepted_image_names() -> list[str]:
    """The photo formats this server can read, for messages (HEIC only with a HEIF plugin)."""
    Image.init()
    names = ["JPEG", "PNG", "WebP"]
    if "HEIF" in Image.OPEN:
        names.append("HEIC")
    return names


def examine(content: bytes) -> Examined:
    """Identify `content` and, for a photo, make its thumbnail. Raises `Unsupported`. CPU-bound: run it in a
    worker thread."""
    if not content:
        raise Unsupported("empty", "empty")
    if content.startswith(PDF_MAGIC):
        return Examined(content_type=PDF[0], extension=PDF[1], is_image=False)
    try:
        # `open` reads only the header; Pillow refuses above ~179 megapixels, our lower bounds are checked below
        # before a single pixel is decoded.
        image = Image.open(io.BytesIO(content))
    except Image.DecompressionBombError:
        raise Unsupported("pixels", "a very large image", limit=MAX_PIXELS) from None
    except UnidentifiedImageError:
        raise Unsupported("type", describe(content)) from None
    except (OSError, SyntaxError, ValueError):
        raise Unsupported("damaged", describe(content)) from None
    with image:
        format_name = image.format or ""
        if format_name not in IMAGE_FORMATS:
            raise Unsupported("type", _image_description(format_name))
        width, height = image.size
        limit = pixel_limit(format_name)
        if width * height > limit:
            raise Unsupported("pixels", "a very large image", width=width, height=height, limit=limit)
        try:
            thumbnail = _thumbnail(image)
        except (OSError, SyntaxError, ValueError, Image.DecompressionBombError):
            raise Unsupported("damaged", _image_description(format_name)) from None
    content_type, extension = IMAGE_FORMATS[format_name]
    return Examined(content_type=content_type, extension=extension, is_image=True, thumbnail=thumbnail,
                    width=width, height=height)


def _thumbnail(image: Image.Image) -> bytes:
    """A JPEG at most THUMBNAIL_SIZE px on its longer side, turned upright by its EXIF orientation."""
    if image.format == "JPEG":
        # Decode at a reduced scale (1/2 to 1/8): a 40-megapixel photo costs a few megabytes, not 120.
        image.draft("RGB", (THUMBNAIL_SIZE * 2, THUMBNAIL_SIZE * 2))
    image.load()
    # Shrink first, then turn upright: the box is square, so the order does not change the result, and the
    # full-size image is never copied.
    image.thumbnail((THUMBNAIL_SIZE, THUMBNAIL_SIZE), Image.Resampling.LANCZOS)
    upright = ImageOps.exif_transpose(image) or image
    if upright.mode in ("RGBA", "LA") or (upright.mode == "P" and "transparency" in upright.info):
        rgba = upright.convert("RGBA")
        flat = Image.new("RGB", rgba.size, (255, 255, 255))
        flat.paste(rgba, mask=rgba.getchannel("A"))
        upright = flat
    elif upright.mode != "RGB":
        upright = upright.convert("RGB")
    out = io.BytesIO()
    upright.save(out, "JPEG", quality=82, optimize=True)
    return out.getvalue()


_IMAGE_NAMES = {"GIF": "a GIF image", "BMP": "a BMP image", "TIFF": "a TIFF image", "ICO": "an icon",
                "AVIF": "an AVIF image", "HEIF": "a HEIC photo", "PSD": "a Photoshop file"}


def _image_description(format_name: str) -> str:
    return _IMAGE_NAMES.get(format_name, f"a {format_name or 'kind of'} image")


_MAGIC: list[tuple[bytes, str]] = [
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"BM", "a BMP image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"MZ", "a Windows program"),
    (b"\x7fELF", "a program"),
    (b"ID3", "an MP3 audio file"),
    (b"OggS", "an audio file"),
    (b"{\\rtf", "an RTF document"),
]
_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"}


def describe(content: bytes) -> str:
    """What a file we do not accept seems to be, for the error message ("a ZIP archive")."""
    for magic, what in _MAGIC:
        if content.startswith(magic):
            return what
    if content[4:8] == b"ftyp":
        brand = content[8:12]
        if brand in _HEIF_BRANDS:
            return "a HEIC photo"
        if brand in (b"avif", b"avis"):
            return "an AVIF image"
        return "a video"
    if content.startswith(b"RIFF") and content[8:12] == b"WEBP":
        return "a WebP image"
    if content.startswith(b"RIFF") and content[8:12] in (b"WAVE", b"AVI "):
        return "an audio file" if content[8:12] == b"WAVE" else "a video"
    head = content[:512].lstrip().lower()
    if head.startswith((b"<svg", b"<?xml")) and b"<svg" in content[:4096].lower():
        return "an SVG drawing"
    if head.startswith((b"<!doctype html", b"<html")):
        return "a web page"
    try:
        content[:4096].decode("utf-8")
    except UnicodeDecodeError:
        return "of a type we can't read"
    return "a text file"


@dataclass(frozen=True, slots=True)
class Blob:
    """Bytes in the store: their key, SHA-256 and size; `created` when this call wrote them."""

    key: str
    sha256: str
    size: int
    created: bool


class FileStore:
    """Content-addressed blobs under `root`. Methods do blocking file I/O: call them in a worker thread."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    @staticmethod
    def key_for(sha256: str, suffix: str = "") -> str:
        return f"{sha256[:2]}/{sha256[2:4]}/{sha256}{suffix}"

    def path(self, key: str) -> Path:
        """Where a key's bytes live; a key that would leave the root is refused."""
        parts = key.split("/")
        if len(parts) != 3 or any(part in ("", ".", "..") or "\\" in part for part in parts):
            raise ValueError(f"not a storage key: {key!r}")
        return self.root.joinpath(*parts)

    def exists(self, key: str) -> bool:
        return self.path(key).is_file()

    def put(self, content: bytes, *, suffix: str = "", sha256: str | None = None) -> Blob:
        """Store `content` under its SHA-256 (or the given hash, for derived files such as thumbnails)."""
        digest = sha256 or hashlib.sha256(content).hexdigest()
        key = self.key_for(digest, suffix)
        target = self.path(key)
        if target.is_file() and target.stat().st_size == len(content):
            return Blob(key=key, sha256=digest, size=len(content), created=False)
        target.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(dir=target.parent, prefix=".upload-")
        try:
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(content)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        return Blob(key=key, sha256=digest, size=len(content), created=True)

    def remove(self, key: str) -> None:
        self.path(key).unlink(missing_ok=True)

