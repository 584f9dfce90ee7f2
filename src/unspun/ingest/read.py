"""Read: files, directories, JSON Lines and WARC archives → ``RawRecord`` (one record = one page).

Single files fail loudly with an ``InputError`` that says what is wrong and what to do. Corpora never stop
on one bad item: ``iter_records`` yields a ``Skipped`` with the reason and carries on.
"""

from __future__ import annotations

import gzip
import io
import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from unspun.config import DEFAULT, Config
from unspun.errors import InputError
from unspun.model import RawRecord, Skipped

CORPUS_SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl", ".warc", ".warc.gz", ".gz")
_HTML_SUFFIXES = (".html", ".htm")
_META_FIELDS = ("url", "title", "published", "site")
# Share of control characters (other than tab/newline/CR/FF) above which bytes are "binary": real text
# has none; 5% tolerates a stray form feed or escape code in an old capture.
_MAX_CONTROL_SHARE = 0.05
_SNIFF_BYTES = 4096
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def read_file(path: str | Path, config: Config = DEFAULT) -> RawRecord:
    """One file (or ``-`` for stdin) as one page; raises ``InputError`` with one line on bad input."""
    name = str(path)
    data = _stdin_bytes(config) if name == "-" else _file_bytes(Path(path), config)
    return record_from_bytes(name, data, config)


def record_from_bytes(name: str, data: bytes, config: Config = DEFAULT) -> RawRecord:
    """Decide the format of ``data`` (named ``name``) and build its record."""
    stem = name[:-3] if name.lower().endswith(".gz") else name
    if name.lower().endswith(".gz"):
        data = _gunzip(name, data, config)
    _check_text_bytes(name, data)
    kind = _sniff_format(stem, data)
    if kind == "json":
        return _json_file_record(name, data)
    text = decode_html(name, data) if kind == "html" else decode_text(name, data)
    return RawRecord(id=name, content=text, format=kind)


def iter_records(paths: Iterable[str | Path], config: Config = DEFAULT) -> Iterator[RawRecord | Skipped]:
    """Every page under ``paths`` (files, directories, JSON Lines, WARC); bad items become ``Skipped``."""
    for path in paths:
        for file in _expand(path):
            yield from _records_of_file(file, config)


def corpus_files(paths: Iterable[str | Path]) -> list[str]:
    """The files ``iter_records`` reads under ``paths``, in its order (folders expanded, sorted)."""
    return [str(file) for path in paths for file in _expand(path)]


def decode_text(name: str, data: bytes) -> str:
    """UTF-8 text (a byte-order mark is dropped); anything else is refused with advice to re-encode."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{name} is not valid UTF-8 (bad byte at offset {error.start}): re-encode it, "
            f"e.g. 'iconv -f windows-1252 -t utf-8 {name}'"
        ) from None


def decode_html(name: str, data: bytes) -> str:
    """HTML as UTF-8, or in the charset its ``<meta>`` declares."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    declared = declared_charset(data)
    if declared is None:
        decode_text(name, data)  # raises the UTF-8 error with its advice
    try:
        return data.decode(declared, errors="replace")  # type: ignore[arg-type]
    except LookupError:
        raise InputError(
            f"{name} declares an unknown charset {declared!r} and is not UTF-8: re-encode it as UTF-8"
        ) from None


def declared_charset(data: bytes) -> str | None:
    """The charset named by a ``<meta charset>`` or ``http-equiv`` tag near the top of an HTML page."""
    match = _CHARSET.search(data[: _SNIFF_BYTES * 4])
    return match.group(1).decode("ascii").lower() if match else None


def _stdin_bytes(config: Config) -> bytes:
    data = sys.stdin.buffer.read(config.max_input_bytes + 1)
    _refuse_oversize("stdin", len(data), config)
    return data


def _file_bytes(path: Path, config: Config) -> bytes:
    if not path.exists():
        raise InputError(f"file not found: {path}: check the path")
    if path.is_dir():
        raise InputError(f"{path} is a directory: pass one file (directories are read by 'unspun index')")
    size = path.stat().st_size
    _refuse_oversize(str(path), size, config)
    if size == 0:
        raise InputError(f"{path} is empty: pass a file with article text")
    try:
        return path.read_bytes()
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror}: check its permissions") from None


def _gunzip(name: str, data: bytes, config: Config) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            out = stream.read(config.max_input_bytes + 1)
    except (OSError, EOFError):
        raise InputError(f"{name} is not a valid gzip file: decompress it or fix the extension") from None
    _refuse_oversize(f"{name} (decompressed)", len(out), config)
    return out


def _refuse_oversize(name: str, size: int, config: Config) -> None:
    """One size rule and one message for files, stdin and decompressed data (reads stop at limit + 1)."""
    if size > config.max_input_bytes:
        raise InputError(
            f"{name} is over the {_megabytes(config.max_input_bytes)} limit for one page "
            f"(at least {_megabytes(size)}): pass a single news page (split archives into JSON Lines or WARC records)"
        )


def _check_text_bytes(name: str, data: bytes) -> None:
    if not data.strip():
        raise InputError(f"{name} is empty: pass a file with article text")
    head = data[:_SNIFF_BYTES]
    controls = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 12, 13))
    if b"\x00" in head or controls > _MAX_CONTROL_SHARE * len(head):
        raise InputError(f"{name} looks binary, not text: pass an HTML, text, JSON or WARC file")


def _sniff_format(name: str, data: bytes) -> str:
    lower = name.lower()
    if lower.endswith(".json"):
        return "json"
    if lower.endswith(_HTML_SUFFIXES):
        return "html"
    start = data[:200].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return "html" if start.startswith((b"<!doctype", b"<html")) else "text"


def _json_file_record(name: str, data: bytes) -> RawRecord:
    text = decode_text(name, data)
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(f"{name} is not valid JSON ({error.msg} at line {error.lineno}): fix it") from None
    fields = page_fields(name, obj)
    return RawRecord(id=str(obj.get("id") or name), content=text, format="json", **fields)


def page_fields(name: str, obj: Any) -> dict[str, str | None]:
    """The metadata of a JSON page object; refuses objects without a ``text`` or ``html`` string."""
    if not isinstance(obj, dict):
        raise InputError(f"{name}: expected a JSON object with 'text' or 'html', got {type(obj).__name__}")
    if not any(isinstance(obj.get(key), str) and obj[key].strip() for key in ("text", "html")):
        raise InputError(f"{name}: JSON record has no 'text' or 'html' string: add one of them")
    return {key: _optional_str(obj.get(key)) for key in _META_FIELDS}


def json_page_record(record_id: str, obj: dict[str, Any]) -> RawRecord:
    """A JSON page object as an HTML or text record (``html`` wins when both are present)."""
    fields = page_fields(record_id, obj)
    html = obj.get("html")
    if isinstance(html, str) and html.strip():
        return RawRecord(id=record_id, content=html, format="html", **fields)
    return RawRecord(id=record_id, content=obj["text"], format="text", **fields)


def _optional_str(value: Any) -> str | None:
    if value is None or value == "":
        return None
    return str(value)


def _expand(path: str | Path) -> Iterator[Path | str]:
    if str(path) == "-" or not Path(path).is_dir():
        yield path
        return
    files = (p for p in Path(path).rglob("*") if p.is_file() and p.name.lower().endswith(CORPUS_SUFFIXES))
    yield from sorted(files)


def _records_of_file(file: Path | str, config: Config) -> Iterator[RawRecord | Skipped]:
    name = str(file).lower()
    try:
        if name.endswith((".jsonl", ".jsonl.gz")):
            yield from _jsonl_records(Path(file), config)
        elif name.endswith((".warc", ".warc.gz")):
            yield from _warc_records(Path(file), config)
        else:
            yield read_file(file, config)
    except InputError as error:
        yield Skipped(id=str(file), reason=str(error))


def _jsonl_records(path: Path, config: Config) -> Iterator[RawRecord | Skipped]:
    if not path.exists():
        raise InputError(f"file not found: {path}: check the path")
    opener = gzip.open if str(path).lower().endswith(".gz") else open
    try:
        with opener(path, "rb") as lines:
            for lineno, line in enumerate(lines, 1):
                if line.strip():
                    yield _jsonl_record(f"{path}:{lineno}", line, config)
    except (OSError, EOFError) as error:
        yield Skipped(id=str(path), reason=f"cannot read the rest of {path}: {error}")


def _jsonl_record(default_id: str, line: bytes, config: Config) -> RawRecord | Skipped:
    if len(line) > config.max_input_bytes:
        return Skipped(default_id, f"record is over the {_megabytes(config.max_input_bytes)} limit for one page")
    try:
        obj = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        return Skipped(default_id, f"not a valid UTF-8 JSON line: {error}")
    record_id = str(obj.get("id") or default_id) if isinstance(obj, dict) else default_id
    try:
        return json_page_record(record_id, obj)
    except InputError as error:
        return Skipped(record_id, str(error))


def _warc_records(path: Path, config: Config) -> Iterator[RawRecord | Skipped]:
    from warcio.archiveiterator import ArchiveIterator  # lazy: only corpora need it
    from warcio.exceptions import ArchiveLoadFailed

    if not path.exists():
        raise InputError(f"file not found: {path}: check the path")
    with path.open("rb") as stream:
        try:
            for number, record in enumerate(ArchiveIterator(stream), 1):
                if record.rec_type == "response":
                    yield _warc_page(record, f"{path}#{number}", config)
        except (ArchiveLoadFailed, OSError, EOFError, ValueError) as error:
            yield Skipped(id=str(path), reason=f"unreadable WARC data in {path}: {error}")


def _warc_page(record: Any, position: str, config: Config) -> RawRecord | Skipped:
    uri = record.rec_headers.get_header("WARC-Target-URI")
    if not uri:
        return Skipped(position, "WARC response record without WARC-Target-URI: not a page capture")
    content_type = record.http_headers.get_header("Content-Type", "") if record.http_headers else ""
    if "html" not in content_type.lower():
        return Skipped(uri, f"not an HTML response ({content_type or 'no Content-Type'})")
    body = record.content_stream().read(config.max_input_bytes + 1)
    if len(body) > config.max_input_bytes:
        return Skipped(uri, f"response is over the {_megabytes(config.max_input_bytes)} limit for one page")
    if not body.strip():
        return Skipped(uri, "empty HTML response")
    # WARC-Date is when the page was fetched, not published: it stays out of ``published``.
    return RawRecord(id=uri, content=body, format="html", url=uri)


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.0f} MB" if size >= 1024 * 1024 else f"{size} bytes"
