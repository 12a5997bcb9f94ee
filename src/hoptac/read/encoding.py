"""Bytes → str, honestly: say which encoding was used and refuse binary data.

Vietnamese pages still turn up in legacy code pages (cp1258, TCVN-era
windows-125x) and as UTF-16 from Windows tools. Guessing silently would put
mojibake into evidence sentences, so every non-UTF-8 decode leaves a warning on
the Document. Tone marks are kept exactly as decoded (cp1258 yields combining
marks, i.e. partly NFD text): offsets must point into what was read, and the
normalise stage is the one place that folds Unicode forms.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from charset_normalizer import from_bytes

# Magic numbers of binary formats that land in news folders by accident. Checked
# by hand (a prefix test) because charset-normalizer will happily "decode" some
# of them as a legacy code page.
_MAGIC: list[tuple[bytes, str]] = [
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or DOCX/XLSX)"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"\x7fELF", "ELF executable"),
    (b"RIFF", "RIFF media (WEBP/WAV/AVI)"),
    (b"\x00\x00\x00\x18ftyp", "MP4 video"),
    (b"\x00\x00\x00\x1cftyp", "MP4 video"),
    (b"\x00\x00\x00 ftyp", "MP4 video"),
]

# BOMs in the order they must be tested (UTF-32-LE starts like UTF-16-LE).
_BOMS: list[tuple[bytes, str]] = [
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


class DecodeError(ValueError):
    """The bytes are binary or in no encoding we can identify."""


@dataclass
class Decoded:
    """Decoded text with the encoding used and what the caller should be told."""

    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def binary_kind(data: bytes) -> str | None:
    """Name the binary format of `data` by its magic number, or None."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    return None


def bom_encoding(data: bytes) -> str | None:
    """The encoding announced by a byte-order mark at the start, or None."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a <meta> tag (first 4 KB), if any."""
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii", "replace").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


# Unicode's control characters (category Cc: U+0000-U+001F, U+007F-U+009F) but tab, newline,
# vertical tab, form feed and carriage return (U+0009-U+000D).
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def _control_ratio(text: str) -> float:
    """Share of control characters (not tab/newline/CR/FF) in a sample: high means binary."""
    sample = text[:20000]
    if not sample:
        return 0.0
    return len(_CONTROL.findall(sample)) / len(sample)


def decode(data: bytes, declared: str | None = None) -> Decoded:
    """Decode bytes: BOM, then strict UTF-8, then a declared charset, then charset-normalizer.

    Raises DecodeError for binary data or bytes no encoding explains."""
    kind = binary_kind(data)
    if kind:
        raise DecodeError(f"binary file ({kind}), not text")
    out: Decoded | None = None
    if declared:
        try:
            declared = codecs.lookup(declared).name  # "windows-1258" → "cp1258"
        except LookupError:
            declared = None
    bom = bom_encoding(data)
    if bom:
        try:
            text = data[len(codecs.BOM_UTF8) if bom == "utf-8" else (4 if "32" in bom else 2):].decode(bom)
        except UnicodeDecodeError as exc:
            raise DecodeError(f"invalid {bom} after its byte-order mark ({exc.reason})") from None
        warn = [] if bom == "utf-8" else [f"decoded as {bom} (byte-order mark)"]
        out = Decoded(text, bom, warn)
    elif b"\x00" not in data:
        try:
            out = Decoded(data.decode("utf-8"), "utf-8")
        except UnicodeDecodeError:
            pass
        if out is None and declared and declared not in ("utf-8", "utf_8"):
            try:
                out = Decoded(data.decode(declared), declared, [f"decoded as {declared} (declared by the page)"])
            except (UnicodeDecodeError, LookupError):
                pass
    if out is None:
        best = from_bytes(data).best()
        if best is None:
            why = "NUL bytes" if b"\x00" in data else "no encoding fits"
            raise DecodeError(f"binary or undecodable file ({why})")
        if b"\x00" in data and not best.encoding.startswith(("utf_16", "utf_32")):
            # NUL bytes only belong in text when it is UTF-16/32.
            raise DecodeError("binary file (NUL bytes), not text")
        out = Decoded(str(best), best.encoding, [f"decoded as {best.encoding} (charset-normalizer)"])
    if out.text.startswith("\ufeff"):
        out.text = out.text[1:]
    if _control_ratio(out.text) > 0.01:
        raise DecodeError(f"binary file (control characters after decoding as {out.encoding}), not text")
    return out
