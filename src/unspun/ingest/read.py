"""Read: files, directories, JSON Lines and WARC archives → ``RawRecord`` (one record = one page).

Single files fail loudly with an ``InputError`` that says what is wrong and what to do. Corpora never stop
on one bad item: ``iter_records`` yields a ``Skipped`` with the reason and carries on.
"""

from __future__ import annotations

import fnmatch
import gzip
import io
import itertools
import json
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Protocol
from urllib.parse import urlsplit
from urllib.request import url2pathname

from unspun.config import DEFAULT, Config
from unspun.errors import InputError
from unspun.ingest.decode import decode_page, http_charset
from unspun.model import Encoding, RawRecord, Skipped

CORPUS_SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl", ".warc", ".warc.gz", ".gz")
_HTML_SUFFIXES = (".html", ".htm")
_META_FIELDS = ("url", "title", "published", "site", "modified")
_SKIP_CHUNK_BYTES = 1024 * 1024  # an over-long line is read past in pieces of this size


class _LineReader(Protocol):
    def readline(self, size: int = -1, /) -> bytes: ...


@dataclass(frozen=True, slots=True)
class Selection:
    """Which files of a folder are read: glob patterns (``*.html``, ``sport/*``, ``README*``) matched, without
    regard to case, against a file's path inside the folder and against its name. Files named ``README``,
    ``LICENSE`` and the like are left out unless an ``include`` pattern names them; files given by themselves
    are always read."""

    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()

    def excluded_by(self, relative: str) -> str | None:
        """Why the file at ``relative`` (a POSIX path inside the folder) is left out, or None."""
        if self.include and not _matches(relative, self.include):
            return f"matches no include pattern ({', '.join(self.include)})"
        excluded = _matches(relative, self.exclude)
        if excluded:
            return f"matches the exclude pattern {excluded!r}"
        if not self.include and _matches(relative, REPOSITORY_FILES):
            return "a repository file (README, licence, changelog), not an article"
        return None


_URL = re.compile(r"^(?:https?|ftp)://", re.IGNORECASE)
_FILE_URL = re.compile(r"^file:", re.IGNORECASE)
REPOSITORY_FILES = tuple(f"{name}*" for name in (
    "readme", "license", "licence", "copying", "changelog", "changes", "notice", "authors", "contributing"
))
EVERY_FILE = Selection()


def read_file(path: str | Path, config: Config = DEFAULT, record_id: str | None = None) -> RawRecord:
    """One file (or ``-`` for stdin) as one page, known as ``record_id`` (default: the path as given);
    raises ``InputError`` with one line on bad input."""
    name = local_path(str(path))
    refuse_url(name)
    data = _stdin_bytes(config) if name == "-" else _file_bytes(Path(name), config)
    return record_from_bytes(name, data, config, record_id)


def local_path(name: str) -> str:
    """The local path a ``file://`` address names ("file:///home/jo/a.txt" → "/home/jo/a.txt", as a browser's
    address bar copies a saved page); any other name as given. A file address on another machine is refused in one
    line (the CLI reads this machine's files), and so is one naming no file: "file://" alone would name the current
    folder (an empty path), "file:///a%00b" a path no file can have, "file://[::1/x" no address at all."""
    if not _FILE_URL.match(name):
        return name
    try:
        address = urlsplit(name)
    except ValueError as error:  # an unclosed "[" of an IPv6 host
        raise InputError(f"{name} is no file address ({error})") from None
    if address.netloc.lower() not in ("", "localhost"):
        raise InputError(f"{name} names a file on another machine ({address.netloc}): copy it here and pass its path")
    path = url2pathname(address.path)
    if not path or "\x00" in path:
        raise InputError(f"{name} names no file: give the file's path after file:// (file:///home/jo/page.html)")
    return path


def refuse_url(name: str) -> None:
    """A web address given where a file is read (``compare``, ``trace``, ``index``): the CLI reads files only
    (``unspun serve``'s Compare and Trace pages fetch URLs), so say that rather than "file not found: http:/…" (a
    path made of the address; /tmp/probe51)."""
    if _URL.match(name):
        raise InputError(f"{name} is a web address: the command line reads files only; save the page (HTML or text) "
                         "and pass the file, or give the URL to the Compare or Trace page of `unspun serve`, which "
                         "fetches it")


def record_from_bytes(name: str, data: bytes, config: Config = DEFAULT, record_id: str | None = None) -> RawRecord:
    """Decide the encoding and format of ``data`` (named ``name``) and build its record."""
    stem = name[:-3] if name.lower().endswith(".gz") else name
    if name.lower().endswith(".gz"):
        data = _gunzip(name, data, config)
    if not data.strip():
        raise InputError(f"{name} is empty: pass a file with article text")
    text, encoding = decode_page(name, data, config=config)
    if not text.strip():
        raise InputError(f"{name} is empty: pass a file with article text")
    kind = _sniff_format(stem, text)
    if kind == "json":
        return _json_file_record(name, text, encoding, record_id or name)
    return RawRecord(id=record_id or name, content=text, format=kind, encoding=encoding)


def iter_records(
    paths: Iterable[str | Path], config: Config = DEFAULT, selection: Selection = EVERY_FILE
) -> Iterator[RawRecord | Skipped]:
    """Every page under ``paths`` (files, directories, JSON Lines, WARC); bad items become ``Skipped``.

    A record's id is the id its record gives (JSON ``id``), else its URL (JSON ``url``, WARC target), else its
    file's path from the folder given (``news/sport/1.txt`` for ``news/`` typed relative or absolute; a file
    given by itself is known by its name), with ``:line`` for a JSON Lines record."""
    for file, file_id, inside in corpus_files(paths):
        yield from file_records(file, file_id, inside, config, selection)


def corpus_files(paths: Iterable[str | Path]) -> list[tuple[Path | str, str, str | None]]:
    """Every file under ``paths`` in ``iter_records``'s order: (file, the id it is known by, its path inside the
    folder given or None). A distributed reader lists them once and reads each with ``file_records``."""
    return [found for path in paths for found in _expand(path)]


def file_records(
    file: Path | str, file_id: str, inside: str | None, config: Config = DEFAULT, selection: Selection = EVERY_FILE
) -> Iterator[RawRecord | Skipped]:
    """The records of one file that ``corpus_files`` listed."""
    reason = selection.excluded_by(inside) if inside is not None else None
    if reason is not None:
        yield Skipped(file_id, reason, excluded=True)
    else:
        yield from _records_of_file(file, file_id, config)


def _stdin_bytes(config: Config) -> bytes:
    data = sys.stdin.buffer.read(config.max_input_bytes + 1)
    _refuse_oversize("stdin", len(data), config)
    return data


def _file_bytes(path: Path, config: Config) -> bytes:
    if not path.exists():
        raise InputError(f"file not found: {path}: check the path")
    if path.is_dir():
        raise InputError(f"{path} is a directory: pass one file (a corpus index reads directories)")
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


def _sniff_format(name: str, text: str) -> Literal["text", "html", "json"]:
    lower = name.lower()
    if lower.endswith(".json"):
        return "json"
    if lower.endswith(_HTML_SUFFIXES):
        return "html"
    start = text[:200].lstrip(" \t\r\n").lower()
    xhtml = start.startswith("<?xml") and "<html" in text[:4096].lower()
    return "html" if xhtml or start.startswith(("<!doctype", "<html")) else "text"


def _json_file_record(name: str, text: str, encoding: Encoding, default_id: str) -> RawRecord:
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(f"{name} is not valid JSON ({error.msg} at line {error.lineno}): fix it") from None
    fields = page_fields(name, obj)
    return RawRecord(id=_object_id(obj, default_id), content=text, format="json", encoding=encoding, **fields)


def _object_id(obj: Any, default_id: str) -> str:
    """A JSON page's own id, else its URL, else ``default_id``."""
    if not isinstance(obj, dict):
        return default_id
    return str(obj.get("id") or obj.get("url") or default_id)


def page_fields(name: str, obj: Any) -> dict[str, str | None]:
    """The metadata of a JSON page object; refuses objects without a ``text`` or ``html`` string."""
    if not isinstance(obj, dict):
        raise InputError(f"{name}: expected a JSON object with 'text' or 'html', got {type(obj).__name__}")
    if not any(isinstance(obj.get(key), str) and obj[key].strip() for key in ("text", "html")):
        raise InputError(f"{name}: JSON record has no 'text' or 'html' string: add one of them")
    return {key: _optional_str(obj.get(key)) for key in _META_FIELDS}


def json_page_record(record_id: str, obj: dict[str, Any], encoding: Encoding | None = None) -> RawRecord:
    """A JSON page object as an HTML or text record (``html`` wins when both are present)."""
    fields = page_fields(record_id, obj)
    html = obj.get("html")
    if isinstance(html, str) and html.strip():
        return RawRecord(id=record_id, content=html, format="html", encoding=encoding, **fields)
    return RawRecord(id=record_id, content=obj["text"], format="text", encoding=encoding, **fields)


def _optional_str(value: Any) -> str | None:
    if value is None or value == "":
        return None
    return str(value)


def path_ids(path: str | Path) -> list[str]:
    """The ids the file at ``path`` may have in a store, shortest first: its name (indexed by itself) and its
    path from each folder above it (indexed as part of that folder)."""
    if str(path) == "-":
        return ["-"]
    parts = Path(path).resolve().parts[1:]
    return ["/".join(parts[first:]) for first in range(len(parts) - 1, -1, -1)]


def _expand(path: str | Path) -> Iterator[tuple[Path | str, str, str | None]]:
    """The files under ``path`` in sorted order, each with its id (see ``iter_records``) and its path inside
    the folder (None for a file given by itself)."""
    if str(path) == "-" or not Path(path).is_dir():
        yield path, "-" if str(path) == "-" else Path(path).name, None
        return
    root = Path(path)
    top = root.resolve().name
    files = (p for p in root.rglob("*") if p.is_file() and p.name.lower().endswith(CORPUS_SUFFIXES))
    for file in sorted(files):
        inside = file.relative_to(root).as_posix()
        yield file, f"{top}/{inside}", inside


def _matches(relative: str, patterns: Iterable[str]) -> str | None:
    """The first pattern matching ``relative`` or its last part (case-insensitive), if any."""
    lowered = relative.lower()
    name = lowered.rsplit("/", 1)[-1]
    return next((p for p in patterns if any(fnmatch.fnmatchcase(x, p.lower()) for x in (lowered, name))), None)


def _records_of_file(file: Path | str, file_id: str, config: Config) -> Iterator[RawRecord | Skipped]:
    name = str(file).lower()
    try:
        if name.endswith((".jsonl", ".jsonl.gz")):
            yield from _jsonl_records(Path(file), file_id, config)
        elif name.endswith((".warc", ".warc.gz")):
            yield from _warc_records(Path(file), config)
        else:
            yield read_file(file, config, file_id)
    except InputError as error:
        yield Skipped(id=file_id, reason=str(error))


def _jsonl_records(path: Path, file_id: str, config: Config) -> Iterator[RawRecord | Skipped]:
    if not path.exists():
        raise InputError(f"file not found: {path}: check the path")
    opener = gzip.open if str(path).lower().endswith(".gz") else open
    try:
        with opener(path, "rb") as stream:
            for lineno, line in enumerate(bounded_lines(stream, config.max_input_bytes), 1):
                if line is None:
                    limit = _megabytes(config.max_input_bytes)
                    yield Skipped(f"{file_id}:{lineno}", f"record is over the {limit} limit for one page")
                elif line.strip():
                    yield _jsonl_record(f"{file_id}:{lineno}", line, config)
    except (OSError, EOFError, zlib.error) as error:
        yield Skipped(id=str(path), reason=f"cannot read the rest of {path}: {error}")


def bounded_lines(stream: _LineReader, limit: int) -> Iterator[bytes | None]:
    """The lines of ``stream``, each read up to ``limit`` bytes: a longer line is passed over in chunks (memory
    stays bounded whatever the file holds, compressed or not) and yields None in its place."""
    while line := stream.readline(limit + 1):
        if len(line) <= limit or line.endswith(b"\n"):
            yield line
            continue
        while (rest := stream.readline(_SKIP_CHUNK_BYTES)) and not rest.endswith(b"\n"):
            pass
        yield None


def _jsonl_record(default_id: str, line: bytes, config: Config) -> RawRecord | Skipped:
    try:
        text, encoding = decode_page(default_id, line, config=config)
        obj = json.loads(text.rstrip("\r\n"))  # its end of line kept, an unclosed object erred "at column 1"
    except InputError as error:
        return Skipped(default_id, str(error))
    except json.JSONDecodeError as error:
        # the parser's own line and column count inside the record, not the file: the column alone
        what = error.msg.lower().removesuffix(" at")
        return Skipped(default_id, f"not a valid JSON line ({what} at column {error.colno})")
    record_id = _object_id(obj, default_id)
    try:
        return json_page_record(record_id, obj, encoding)
    except InputError as error:
        return Skipped(record_id, str(error))


def _warc_records(path: Path, config: Config) -> Iterator[RawRecord | Skipped]:
    # fastwarc, not warcio: 1,571 pages (35 MB gzipped) read in 1.1-1.5 s against 1.8-4.2 s (RESULTS.md, Scale);
    # it reads headers up to 1 MB, so a broken file with a 300 MB line where headers belong fails at once
    from fastwarc.warc import ArchiveIterator  # lazy: only corpora need it

    if not path.exists():
        raise InputError(f"file not found: {path}: check the path")
    with path.open("rb") as stream:
        records = iter(ArchiveIterator(stream, auto_decode="all", max_header_len=1 << 20))
        # Both readers end a file cut inside a record quietly (fastwarc with the record's partial body, or
        # nothing): the last record is held back until the next one starts or the file's end proves it whole.
        held: tuple[int, int, RawRecord | Skipped | None] | None = None  # (number, byte offset, page)
        for number in itertools.count(1):
            try:
                record = next(records, None)
                page = None if record is None else _warc_page(record, f"{path}#{number}", config)
            except (OSError, EOFError, ValueError) as error:
                yield from _warc_end(path, held, f"unreadable WARC data in {path}: {error}")
                return
            if record is None:
                yield from _warc_end(path, held, None)
                return
            if held is not None and held[2] is not None:
                yield held[2]
            held = (number, record.stream_pos, page)


def _warc_end(
    path: Path, held: tuple[int, int, RawRecord | Skipped | None] | None, unreadable: str | None
) -> Iterator[RawRecord | Skipped]:
    """The last record read (unless the file ends inside it) and, when the file is cut short or unreadable
    after it, one skipped item saying so."""
    number, offset, page = held if held is not None else (0, 0, None)
    with path.open("rb") as stream:
        cut = _cut_record_offset(stream, offset)
    if cut is not None:
        cut_number = number if cut == offset and held is not None else number + 1
        if cut_number != number and page is not None:
            yield page
        whole = cut_number - 1
        # no ": " in the reason: a run's summary groups reasons by what follows the first one
        yield Skipped(f"{path}#{cut_number}", (
            f"archive {path} is cut short inside record {cut_number} (at byte {cut}); "
            f"the {whole} whole record(s) before it were read"
        ))
        return
    if page is not None:
        yield page
    if unreadable is not None:
        yield Skipped(id=str(path), reason=unreadable)


def _cut_record_offset(stream: io.BufferedReader, start: int) -> int | None:
    """The byte offset of the record (gzip member, or plain WARC record) that the file ends inside, looking
    from the record at ``start`` on; None when every record from there is whole (or the data there is not a
    WARC record at all: that is unreadable, not cut)."""
    stream.seek(0)
    gzipped = stream.read(2) == b"\x1f\x8b"
    return _unfinished_gzip_member(stream, start) if gzipped else _unfinished_warc_record(stream, start)


def _unfinished_gzip_member(stream: io.BufferedReader, start: int) -> int | None:
    stream.seek(start)
    data = b""
    while True:
        member = stream.tell() - len(data)
        data = data or stream.read(_SKIP_CHUNK_BYTES)
        if not data:
            return None  # the file ends where a member ends
        inflater = zlib.decompressobj(31)  # gzip framing; the output is thrown away a piece at a time
        while not inflater.eof:
            data = data or stream.read(_SKIP_CHUNK_BYTES)
            if not data:
                return member
            try:
                inflater.decompress(data, _SKIP_CHUNK_BYTES)
            except zlib.error:
                return None
            data = inflater.unconsumed_tail
        data = inflater.unused_data


_WARC_MAGIC = b"WARC/"


def _unfinished_warc_record(stream: io.BufferedReader, start: int) -> int | None:
    size = stream.seek(0, io.SEEK_END)
    offset = start
    while True:
        stream.seek(offset)
        head = stream.read(1 << 20)
        rest = head.lstrip(b"\r\n")
        offset += len(head) - len(rest)
        if not rest:
            return None
        if not (rest.startswith(_WARC_MAGIC) or _WARC_MAGIC.startswith(rest)):
            return None
        end = rest.find(b"\r\n\r\n")
        if end < 0:  # the file ends inside the headers, or they are over fastwarc's 1 MB bound (unreadable)
            return offset if offset + len(rest) == size else None
        length = _content_length(rest[:end])
        if length is None:
            return None
        record_end = offset + end + 4 + length
        if record_end > size:
            return offset
        offset = record_end


def _content_length(head: bytes) -> int | None:
    for line in head.split(b"\r\n"):
        key, _, value = line.partition(b":")
        if key.strip().lower() == b"content-length":
            return int(value) if value.strip().isdigit() else None
    return None


def _warc_page(record: Any, position: str, config: Config) -> RawRecord | Skipped | None:
    """A response record as a page (None for other records: requests, metadata)."""
    from fastwarc.warc import WarcRecordType

    if record.record_type != WarcRecordType.response:
        return None
    uri = record.headers.get("WARC-Target-URI")
    if not uri:
        return Skipped(position, "WARC response record without WARC-Target-URI: not a page capture")
    content_type = record.http_headers.get("Content-Type", "") if record.http_headers else ""
    if "html" not in content_type.lower():
        return Skipped(uri, f"not an HTML response ({content_type or 'no Content-Type'})")
    body = record.reader.read(config.max_input_bytes + 1)
    if len(body) > config.max_input_bytes:
        return Skipped(uri, f"response is over the {_megabytes(config.max_input_bytes)} limit for one page")
    if not body.strip():
        return Skipped(uri, "empty HTML response")
    try:
        text, encoding = decode_page(uri, body, http_charset(content_type), config)
    except InputError as error:
        return Skipped(uri, str(error))
    # WARC-Date is when the page was fetched, not published: it stays out of ``published``.
    return RawRecord(id=uri, content=text, format="html", url=uri, encoding=encoding)


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.0f} MB" if size >= 1024 * 1024 else f"{size} bytes"
