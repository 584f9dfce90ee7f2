"""Decode: a page's bytes → text, with the ``Encoding`` that read it and how that encoding was chosen.

In order: a byte-order mark (UTF-8, UTF-16, UTF-32); UTF-16/32 without one (NUL bytes at every other
position); a declared charset (the HTTP ``Content-Type`` of a WARC response, an HTML ``<meta>``, an XML
declaration) that reads the bytes; valid UTF-8; and otherwise a guess (Windows-1252 for mostly-ASCII Western
text, or Mac OS Roman where that reads cleaner, else charset-normalizer). Only data that is not text is refused,
with what it looked like: a known binary format by its signature, too many NUL or control bytes, or bytes no
encoding reads as text.
"""

from __future__ import annotations

import codecs
import re

from unspun.config import DEFAULT, Config
from unspun.errors import InputError
from unspun.model import Encoding

# The thresholds (sample size, control, NUL and non-ASCII shares) are the ``pair`` section of the settings
# tree (``unspun.config.Config``), each with its note.
_WESTERN = frozenset(
    "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ"
    "‘’‚“”„–—…•€£¥©®°·«»¿¡§¶×½¼¾ŒœŠšŸŽž†‡™\xa0\xad"
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive or an Office document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"),
    (b"\x1f\x8b", "gzip-compressed data (name it .gz)"),
    (b"BZh91AY&SY", "bzip2-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data"),
    (b"\x7fELF", "a program (ELF)"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"OggS\x00", "Ogg audio or video"),
    (b"ID3\x03", "an MP3 file"),
    (b"ID3\x04", "an MP3 file"),
    (b"\x00\x00\x01\xba", "an MPEG video"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
)
_HIGH_BYTES = bytes(range(128, 256))
_TEXT_CONTROLS = frozenset(b"\t\n\v\f\r\x1b")
# Every byte but the control bytes that are not text: what ``bytes.translate`` deletes to count those in one pass.
_NOT_BINARY_CONTROLS = bytes(b for b in range(256) if b >= 32 or b in _TEXT_CONTROLS)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']""")
_HTTP_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# Legacy labels read as their supersets, as browsers do (the WHATWG Encoding Standard).
_SUPERSETS = {
    "ascii": "cp1252",
    "iso8859-1": "cp1252",
    "iso8859-9": "cp1254",
    "iso8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "shift_jis": "cp932",
    "euc_kr": "cp949",
}


def decode_page(
    name: str, data: bytes, declared: str | None = None, config: Config = DEFAULT
) -> tuple[str, Encoding]:
    """``data`` (the bytes of ``name``) as text, and how it was decoded. ``declared`` is a charset given
    outside the bytes (an HTTP header); declarations inside them are found here. Raises ``InputError`` when
    the bytes are not text."""
    _refuse_known_binary(name, data)
    for mark, codec in _BOMS:
        if data.startswith(mark):
            return data[len(mark) :].decode(codec, errors="replace"), Encoding(codec, "bom")
    sample = data[: config.decode_sample_bytes]
    wide = _wide_codec(sample, config)
    if wide is not None:
        return data.decode(wide, errors="replace"), Encoding(wide, "detected")
    _refuse_control_bytes(name, sample, config)
    decoded = _declared(data, declared, config) or _utf8(data) or _guessed(data, config)
    if decoded is None:
        raise InputError(
            f"{name} looks binary, not text (no text encoding reads it: compressed, encrypted or random "
            "data?): pass an HTML, text, JSON or WARC file"
        )
    return decoded


def declared_charset(data: bytes, config: Config = DEFAULT) -> str | None:
    """The charset an HTML ``<meta>`` or an XML declaration names near the top of a page, as written."""
    head = data[: config.decode_sample_bytes]
    match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii").lower() if match else None


def http_charset(content_type: str | None) -> str | None:
    """The ``charset`` parameter of an HTTP ``Content-Type`` header, if any."""
    match = _HTTP_CHARSET.search(content_type or "")
    return match.group(1).lower() if match else None


def binary_kind(data: bytes) -> str | None:
    """What a known binary format's signature at the start of ``data`` says it is, if any."""
    if data[4:8] == b"ftyp":
        return "an MP4 or QuickTime video"
    if data.startswith(b"RIFF") and data[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return "a RIFF media file (WebP, WAV or AVI)"
    return next((kind for magic, kind in _SIGNATURES if data.startswith(magic)), None)


def _refuse_known_binary(name: str, data: bytes) -> None:
    kind = binary_kind(data)
    if kind is not None:
        raise InputError(f"{name} looks binary, not text ({kind}): pass an HTML, text, JSON or WARC file")


def _refuse_control_bytes(name: str, sample: bytes, config: Config) -> None:
    nul = sample.count(0)
    controls = len(sample.translate(None, _NOT_BINARY_CONTROLS))
    if nul > config.binary_max_nul_share * len(sample) or controls > config.binary_max_control_share * len(sample):
        share = controls / max(1, len(sample))
        raise InputError(
            f"{name} looks binary, not text ({share:.0%} control bytes, {nul} NUL bytes in its first "
            f"{len(sample)} bytes: compressed, encrypted or random data?): pass an HTML, text, JSON or WARC file"
        )


def _wide_codec(sample: bytes, config: Config) -> str | None:
    """UTF-16 or UTF-32 without a BOM: NUL bytes in one byte lane only (a UTF-32 code unit's top byte is
    always NUL; UTF-16 text has NUL high bytes at least at its spaces, digits and punctuation), and the
    sample decodes to text without control characters."""
    if len(sample) < 8 or b"\x00" not in sample:
        return None
    sample = sample[: len(sample) // 4 * 4]
    for codec, width, lane in (("utf-32-le", 4, 3), ("utf-32-be", 4, 0), ("utf-16-le", 2, 1), ("utf-16-be", 2, 0)):
        units = len(sample) // width
        shares = [sample[k::width].count(0) / units for k in range(width)]
        others = [share for k, share in enumerate(shares) if k != lane]
        lone = max(others) < config.wide_max_stray_nul_share if width == 2 else shares[lane] == 1.0
        if shares[lane] >= config.wide_min_nul_share and lone and _reads_as_text(sample, codec, config):
            return codec
    return None


def _reads_as_text(data: bytes, codec: str, config: Config) -> bool:
    try:
        text = codecs.getincrementaldecoder(codec)().decode(data, final=False)
    except UnicodeDecodeError:
        return False
    controls = sum(1 for ch in text if ch < " " and ch not in "\t\n\v\f\r\x1b")
    return controls <= config.binary_max_control_share * len(text)


def _declared(data: bytes, declared: str | None, config: Config) -> tuple[str, Encoding] | None:
    """The bytes in the first declared charset that reads them; UTF-8 when a page declares a legacy charset
    but is valid UTF-8 with non-ASCII characters (a template's stale declaration)."""
    for label in (declared, declared_charset(data, config)):
        codec = _codec(label)
        if codec is None:
            continue
        utf8 = None if codec == "utf-8" or data.isascii() else _utf8(data)
        if utf8 is not None:
            return utf8
        try:
            return data.decode(codec), Encoding(codec, "declared")
        except UnicodeDecodeError:
            continue
    return None


def _codec(label: str | None) -> str | None:
    """Python's codec for a declared label (legacy labels as their supersets); None for an unknown label or
    a wide encoding, which a declaration readable as ASCII cannot truly mean."""
    if not label:
        return None
    try:
        codec = codecs.lookup(label).name
    except LookupError:
        return None
    codec = _SUPERSETS.get(codec, codec)
    return None if codec.startswith(("utf-16", "utf-32")) else codec


def _utf8(data: bytes) -> tuple[str, Encoding] | None:
    try:
        return data.decode("utf-8"), Encoding("utf-8", "detected")
    except UnicodeDecodeError:
        return None


def _guessed(data: bytes, config: Config) -> tuple[str, Encoding] | None:
    western = _western(data, config)
    if western is not None:
        return _likeliest_western(data, western)
    from charset_normalizer import from_bytes  # lazy: only undeclared legacy encodings need it

    best = from_bytes(data).best()
    if best is None:
        return None
    codec = codecs.lookup(best.encoding).name
    return data.decode(codec, errors="replace"), Encoding(codec, "guessed")


# Classic Mac OS text maps the same bytes to other letters than Windows-1252 (every byte maps in both), so read
# the wrong way it leaves capitals and symbols glued to letters: "cafŽ", "JosŽ Nœ–ez", "ZŸrich". Only a reading
# with such a mark is weighed against the Mac one.
# Windows-1252's own marks after a word ("café’s", "iPhone™", "Nestlé®", "open”", "€2") are no such sign: on short
# texts charset-normalizer's measure may prefer the Mac reading of them.
_GLUED = re.compile(r"[^\W\d_][^\x00-\x7fà-ÿœšž’‘“”™®©…€‰–—]")


def _likeliest_western(data: bytes, cp1252_text: str) -> tuple[str, Encoding]:
    """Windows-1252's reading of Western text, unless the Mac OS Roman reading is less of a mess
    (charset-normalizer's measure; a tie keeps Windows-1252, the far commoner one)."""
    guess = (cp1252_text, Encoding("cp1252", "guessed"))
    if not _GLUED.search(cp1252_text):
        return guess
    from charset_normalizer import from_bytes

    mess = {codecs.lookup(match.encoding).name: match.chaos
            for match in from_bytes(data, cp_isolation=["cp1252", "mac_roman"])}
    if mess.get("mac-roman", 1.0) < mess.get("cp1252", 1.0):
        return data.decode("mac_roman"), Encoding("mac-roman", "guessed")
    return guess


def _western(data: bytes, config: Config) -> str | None:
    non_ascii = len(data) - len(data.translate(None, _HIGH_BYTES))
    if non_ascii > config.western_max_non_ascii_share * len(data):
        return None
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    return text if all(ch in _WESTERN for ch in text if ord(ch) > 127) else None
