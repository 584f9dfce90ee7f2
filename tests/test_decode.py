"""decode: bytes → text with the encoding that read them; only data that is not text is refused."""

from __future__ import annotations

import codecs
import gzip
import random
import zlib

import pytest

from tests.conftest import need_shared
from unspun.errors import InputError
from unspun.ingest.decode import binary_kind, declared_charset, decode_page, http_charset
from unspun.model import Encoding

ENGLISH = (
    "The harbour master said the “new” pontoon would cost €2.5m and open in March.\n"
    "Fishing crews – who have waited three years – cheered the café owners’ decision.\n"
)
FRENCH = "Le ministre a déclaré à Genève que les négociations étaient terminées.\n" * 4
RUSSIAN = "Министр обороны заявил, что учения пройдут в марте недалеко от границы.\n" * 4
GREEK = "Ο υπουργός δήλωσε ότι οι διαπραγματεύσεις ολοκληρώθηκαν στη Γενεύη χθες.\n" * 4


def random_bytes(seed: int, low: int, size: int) -> bytes:
    """Random bytes from ``low`` to 255: no NUL or control byte when ``low`` >= 32."""
    rng = random.Random(seed)
    return bytes(rng.randrange(low, 256) for _ in range(size))


@pytest.mark.parametrize(
    ("mark", "codec"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
)
def test_a_byte_order_mark_decides_and_is_dropped(mark: bytes, codec: str) -> None:
    assert decode_page("x.txt", mark + ENGLISH.encode(codec)) == (ENGLISH, Encoding(codec, "bom"))


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_wide_encodings_without_a_mark_are_detected(codec: str) -> None:
    for text in (ENGLISH, RUSSIAN):
        assert decode_page("x.txt", text.encode(codec)) == (text, Encoding(codec, "detected"))


def test_utf8_is_detected_and_ascii_is_utf8() -> None:
    assert decode_page("x", ENGLISH.encode()) == (ENGLISH, Encoding("utf-8", "detected"))
    assert decode_page("x", b"plain words") == ("plain words", Encoding("utf-8", "detected"))


@pytest.mark.parametrize(
    ("page", "codec"),
    [
        ('<html><head><meta charset="iso-8859-1"><p>{}</p>', "cp1252"),  # read as its superset
        ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><p>{}', "cp1251"),
        ('<?xml version="1.0" encoding="ISO-8859-7"?><html><p>{}</p></html>', "iso8859-7"),
    ],
)
def test_a_charset_declared_in_the_page_is_used(page: str, codec: str) -> None:
    body = {"cp1252": FRENCH, "cp1251": RUSSIAN, "iso8859-7": GREEK}[codec]
    text, encoding = decode_page("p.html", page.format(body).encode(codec))
    assert body in text and encoding == Encoding(codec, "declared")


def test_a_declared_http_charset_wins_over_guessing_and_a_stale_meta_loses_to_utf8() -> None:
    data = RUSSIAN.encode("koi8-r")
    declared = http_charset("text/html; Charset=KOI8-R")
    assert decode_page("u", data, declared) == (RUSSIAN, Encoding("koi8-r", "declared"))
    stale = f'<meta charset="iso-8859-1"><p>{FRENCH}</p>'
    text, encoding = decode_page("p.html", stale.encode("utf-8"))
    assert FRENCH in text and encoding == Encoding("utf-8", "detected")


def test_a_declaration_that_cannot_be_true_is_ignored() -> None:
    page = f'<meta charset="utf-16"><meta charset="no-such-charset"><p>{FRENCH}</p>'
    text, encoding = decode_page("p.html", page.encode("cp1252"))
    assert FRENCH in text and encoding == Encoding("cp1252", "guessed")
    assert declared_charset(b'<?xml version="1.0" encoding="UTF-8"?>') == "utf-8"
    assert http_charset("text/html") is None


@pytest.mark.parametrize(
    ("text", "codec", "expected"),
    [
        (ENGLISH, "cp1252", "cp1252"),
        (FRENCH, "cp1252", "cp1252"),
        (RUSSIAN * 3, "cp1251", "cp1251"),
        (GREEK * 3, "cp1253", "cp1253"),
    ],
)
def test_undeclared_legacy_encodings_are_guessed(text: str, codec: str, expected: str) -> None:
    assert decode_page("x.txt", text.encode(codec)) == (text, Encoding(expected, "guessed"))


MAC_ENGLISH = (
    "The minister said the café’s owner, José Núñez, would pay £1,200 — “a fair sum”, he said.\r"
    "It was a cold day in Zürich and the committee met at noon to decide the matter.\r"
)
GERMAN = "Die Gespräche in München über die Zölle endeten früh, sagte der Sprecher am Montag.\n"


@pytest.mark.parametrize("text", [MAC_ENGLISH, GERMAN * 2])
def test_a_classic_mac_file_is_read_as_mac_roman_not_as_windows_1252_mojibake(text: str) -> None:
    # Read as Windows-1252 these bytes give "cafŽÕs", "JosŽ Nœ–ez", "ZŸrich": names a comparison would report
    # as changed.
    assert decode_page("old.txt", text.encode("mac_roman")) == (text, Encoding("mac-roman", "guessed"))


@pytest.mark.parametrize("text", [
    "The north–south rail link and the east–west road – both late – cost £3m, officials said.\n",
    "The café’s owner said “we are open” on Tuesday; prices rose by €2 in the town.\n",
    "Sales of the iPhone™ fell in March, the company said.\n",
    "Nestlé® recalled the jars on Friday.\n",
    "The PlayStation® 5 will cost €549… from June, Sony said.\n",
])
def test_short_windows_1252_text_with_its_own_marks_after_words_stays_windows_1252(text: str) -> None:
    # "north–south", "iPhone™", "open”": marks after a letter that Windows-1252 text has; on texts this short
    # charset-normalizer alone would take some of them for Mac OS Roman.
    assert decode_page("x.txt", text.encode("cp1252")) == (text, Encoding("cp1252", "guessed"))


def test_the_bbc_text_in_windows_1252_is_read() -> None:
    data = (need_shared("data/bbc_fulltext") / "sport" / "199.txt").read_bytes()
    text, encoding = decode_page("199.txt", data)
    assert encoding == Encoding("cp1252", "guessed") and "£" in text


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (random.Random(1).randbytes(200_000), "control bytes"),
        (random_bytes(2, 160, 50_000), "no text encoding reads it"),
        (random_bytes(3, 32, 50_000), "no text encoding reads it"),
        (zlib.compress(FRENCH.encode() * 50), "control bytes"),
        (b"\x89PNG\r\n\x1a\n" + ENGLISH.encode(), "a PNG image"),
        (b"%PDF-1.7\n" + ENGLISH.encode(), "a PDF document"),
        (gzip.compress(ENGLISH.encode()), "gzip-compressed"),
        (b"PK\x03\x04" + ENGLISH.encode(), "ZIP archive"),
        (b"\x00\x00\x00\x20ftypisom" + bytes(100), "MP4"),
        (b"SQLite format 3\x00" + bytes(100), "SQLite database"),
    ],
)
def test_data_that_is_not_text_is_refused_saying_what_it_looked_like(data: bytes, words: str) -> None:
    with pytest.raises(InputError, match="looks binary") as caught:
        decode_page("blob.txt", data)
    assert words in str(caught.value) and "blob.txt" in str(caught.value) and "\n" not in str(caught.value)


def test_a_stray_control_byte_or_nul_in_text_is_still_text() -> None:
    data = (ENGLISH * 200).encode() + b"\x00" + b"\x1b[0m" + b"\x07" + (ENGLISH * 200).encode()
    text, encoding = decode_page("capture.txt", data)
    assert encoding == Encoding("utf-8", "detected") and text.count("harbour master") == 400


def test_binary_kind_names_only_real_signatures() -> None:
    assert binary_kind(b"GIF89a\x01\x00") == "a GIF image"
    assert binary_kind(b"RIFF\x00\x00\x00\x00WEBPVP8 ") == "a RIFF media file (WebP, WAV or AVI)"
    assert binary_kind(b"RIFF raff, said the report.") is None
    assert binary_kind(ENGLISH.encode()) is None


def test_the_binary_test_and_the_western_guess_take_their_thresholds_from_the_settings_tree() -> None:
    from unspun.config import Config
    from unspun.ingest.read import record_from_bytes

    # 8% control bytes (an old capture full of terminal codes): binary by default, text when allowed more.
    data = ("The harbour master spoke.\x07\x07 " * 40).encode()
    with pytest.raises(InputError, match="looks binary"):
        decode_page("old.txt", data)
    assert decode_page("old.txt", data, config=Config(binary_max_control_share=0.1))[1].name == "utf-8"
    assert record_from_bytes("old.txt", data, Config(binary_max_control_share=0.1)).content.startswith("The harbour")
    # French in Windows-1252 (7% non-ASCII): the Western guess reads it; with no share allowed it is left to
    # charset-normalizer, which takes it for Central European cp1250
    french = "Le café coûte 3 € à Genève, a déclaré le maire hier soir.".encode("cp1252")
    assert decode_page("cafe.txt", french)[1] == Encoding("cp1252", "guessed")
    assert decode_page("cafe.txt", french, config=Config(western_max_non_ascii_share=0.0))[1].name != "cp1252"
