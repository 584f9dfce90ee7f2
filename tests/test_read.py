"""read: files, stdin, JSON, JSON Lines, WARC and directories → RawRecord / Skipped."""

from __future__ import annotations

import codecs
import gzip
import io
import json
import random
import sys
import time
import zlib
from pathlib import Path

import pytest

from unspun.config import Config
from unspun.errors import InputError
from unspun.ingest.decode import declared_charset
from unspun.ingest.read import Selection, bounded_lines, iter_records, read_file
from unspun.model import Encoding, RawRecord, Skipped

ARTICLE = (
    "The harbour master said the new pontoon would open in March.\n\n"
    "Fishing crews have waited three years for the extra berths.\n"
)
HTML = "<!DOCTYPE html><html><head><title>Pontoon</title></head><body><p>" + ARTICLE + "</p></body></html>"


def write(path: Path, data: str | bytes) -> Path:
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def test_plain_text_file_is_a_text_record_with_the_path_as_id(tmp_path: Path) -> None:
    path = write(tmp_path / "story.txt", ARTICLE)
    record = read_file(path)
    assert record == RawRecord(id=str(path), content=ARTICLE, format="text", encoding=Encoding("utf-8", "detected"))


def test_html_is_recognised_by_extension_and_by_sniffing(tmp_path: Path) -> None:
    assert read_file(write(tmp_path / "a.htm", "<p>" + ARTICLE)).format == "html"
    assert read_file(write(tmp_path / "saved_page", "\n  " + HTML)).format == "html"
    assert read_file(write(tmp_path / "notes.md", ARTICLE)).format == "text"


def test_gzip_files_are_decompressed_and_typed_by_the_inner_extension(tmp_path: Path) -> None:
    path = write(tmp_path / "page.html.gz", gzip.compress(HTML.encode()))
    record = read_file(path)
    assert record.format == "html"
    assert "pontoon" in record.content


def test_json_file_keeps_its_metadata_and_id(tmp_path: Path) -> None:
    obj = {
        "id": "courier-17",
        "text": ARTICLE,
        "url": "https://example.org/p",
        "title": "Pontoon",
        "published": "2024-03-01",
        "site": "Courier",
    }
    record = read_file(write(tmp_path / "p.json", json.dumps(obj)))
    assert (record.id, record.format, record.url, record.title, record.published, record.site) == (
        "courier-17",
        "json",
        "https://example.org/p",
        "Pontoon",
        "2024-03-01",
        "Courier",
    )


def test_stdin_is_read_for_dash(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode())))
    record = read_file("-")
    assert (record.id, record.content) == ("-", ARTICLE)


def test_html_in_a_declared_legacy_charset_is_decoded(tmp_path: Path) -> None:
    page = '<html><head><meta charset="windows-1252"></head><body><p>Café owners cheered.</p></body></html>'
    record = read_file(write(tmp_path / "legacy.html", page.encode("cp1252")))
    assert "Café owners" in record.content
    assert record.encoding == Encoding("cp1252", "declared")
    assert declared_charset(page.encode("cp1252")) == "windows-1252"


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "is empty"),
        ("blank.txt", b"  \n\n ", "is empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "looks binary"),
        ("photo.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "a PNG image"),
        ("random.bin", random.Random(7).randbytes(200_000), "looks binary"),
        ("utf16-blank.txt", "  \n ".encode("utf-16"), "is empty"),
        ("bad.json", b'{"text": "unterminated', "not valid JSON"),
        ("list.json", b'["a", "b"]', "expected a JSON object"),
        ("notext.json", b'{"title": "Only a title"}', "no 'text' or 'html'"),
        ("bad.txt.gz", b"not gzip at all", "not a valid gzip file"),
    ],
)
def test_bad_files_raise_one_clear_line(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message) as caught:
        read_file(write(tmp_path / name, data))
    assert "\n" not in str(caught.value)
    assert name in str(caught.value)


def test_missing_file_and_directory_are_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="file not found"):
        read_file(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_file(tmp_path)


@pytest.mark.parametrize("url", ["http://127.0.0.1:9/x", "https://www.portlowgazette.example/news/ferry-strike",
                                 "HTTPS://example.org/a.html"])
def test_a_web_address_is_refused_as_one_not_mangled_into_a_path(url: str) -> None:
    """/tmp/probe51: "file not found: http:/127.0.0.1:9/x: check the path" (the address read as a path). The
    command line reads files; the line says so and what to do instead."""
    with pytest.raises(InputError) as caught:
        read_file(url)
    message = str(caught.value)
    assert message.startswith(f"{url} is a web address") and "\n" not in message
    assert "save the page" in message and "unspun serve" in message and "file not found" not in message


def test_size_limit_is_checked_before_reading(tmp_path: Path) -> None:
    path = write(tmp_path / "big.txt", ARTICLE * 10)
    with pytest.raises(InputError, match="over the 100 bytes limit"):
        read_file(path, Config(max_input_bytes=100))


def test_jsonl_yields_records_and_skips_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "text": ARTICLE, "site": "Courier"}),
        "{broken json",
        json.dumps({"html": HTML, "url": "https://example.org/b"}),
        json.dumps({"id": "d", "title": "no body"}),
        "",
    ]
    path = write(tmp_path / "batch.jsonl", "\n".join(lines))
    items = list(iter_records([path]))
    assert [type(i).__name__ for i in items] == ["RawRecord", "Skipped", "RawRecord", "Skipped"]
    first, bad, html, no_body = items
    assert (first.id, first.format, first.site) == ("a", "text", "Courier")
    assert bad.id == "batch.jsonl:2" and "JSON" in bad.reason
    assert (html.id, html.format, html.url) == ("https://example.org/b", "html", "https://example.org/b")
    assert no_body.id == "d" and "no 'text' or 'html'" in no_body.reason


def test_directories_are_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", ARTICLE)
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub" / "a.html", HTML)
    write(tmp_path / "a.txt", b"")
    write(tmp_path / "image.png", b"\x89PNG")
    items = list(iter_records([tmp_path]))
    assert [Path(i.id).name for i in items] == ["a.txt", "b.txt", "a.html"]
    assert isinstance(items[0], Skipped) and "empty" in items[0].reason
    assert all(isinstance(i, RawRecord) for i in items[1:])


def test_warc_response_records_become_html_pages(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for uri, ctype, body in [
            ("https://example.org/story", "text/html; charset=utf-8", HTML.encode()),
            ("https://example.org/logo.png", "image/png", b"\x89PNG"),
        ]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                uri,
                "response",
                payload=io.BytesIO(body),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": "2024-05-01T10:00:00Z"},
            )
            writer.write_record(record)
    page, image = list(iter_records([path]))
    assert isinstance(page, RawRecord)
    assert (page.id, page.url, page.format, page.published) == (
        "https://example.org/story",
        "https://example.org/story",
        "html",
        None,
    )
    assert "pontoon" in page.content and page.encoding == Encoding("utf-8", "declared")
    assert isinstance(image, Skipped) and "not an HTML response" in image.reason


@pytest.mark.parametrize(
    ("name", "data"),
    [("junk.warc", b"this is not a WARC file\r\n\r\n"), ("junk.warc.gz", b"\x1f\x8b\x08\x00garbage" * 8)],
)
def test_a_corrupt_warc_is_skipped_not_raised(tmp_path: Path, name: str, data: bytes) -> None:
    path = write(tmp_path / name, data)
    items = list(iter_records([path, write(tmp_path / "ok.txt", ARTICLE)]))
    assert len(items) == 2
    assert isinstance(items[0], Skipped) and items[0].id.startswith(str(path))
    assert isinstance(items[1], RawRecord)


def test_missing_path_in_a_corpus_is_skipped(tmp_path: Path) -> None:
    (item,) = list(iter_records([tmp_path / "gone.txt"]))
    assert isinstance(item, Skipped) and "file not found" in item.reason


def test_ids_are_the_same_whether_a_folder_is_typed_relative_or_absolute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "news" / "sport").mkdir(parents=True)
    write(tmp_path / "news" / "sport" / "1.txt", ARTICLE)
    lines = [json.dumps({"text": ARTICLE}), json.dumps({"id": "k", "text": ARTICLE})]
    write(tmp_path / "news" / "feed.jsonl", "\n".join(lines))
    monkeypatch.chdir(tmp_path)
    relative = [r.id for r in iter_records(["news"])]
    absolute = [r.id for r in iter_records([tmp_path / "news" / ""])]
    assert relative == absolute == ["news/feed.jsonl:1", "k", "news/sport/1.txt"]
    assert [r.id for r in iter_records([tmp_path / "news" / "sport" / "1.txt", "news/sport/1.txt"])] == ["1.txt"] * 2


def test_include_and_exclude_patterns_pick_the_files_of_folders(tmp_path: Path) -> None:
    for name in ("README.md.txt", "LICENSE.txt", "a.txt", "b.html", "drafts/c.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        write(tmp_path / name, ARTICLE)
    root = tmp_path.name

    def kept(selection: Selection) -> list[str]:
        return [i.id.removeprefix(root + "/") for i in iter_records([tmp_path], selection=selection) if not
                (isinstance(i, Skipped) and i.excluded)]

    assert kept(Selection()) == ["a.txt", "b.html", "drafts/c.txt"]
    assert kept(Selection(exclude=("drafts/*",))) == ["a.txt", "b.html"]
    assert kept(Selection(include=("*.TXT",))) == ["LICENSE.txt", "README.md.txt", "a.txt", "drafts/c.txt"]
    assert kept(Selection(include=("*.txt",), exclude=("license*", "c.txt"))) == ["README.md.txt", "a.txt"]
    (readme,) = [i for i in iter_records([tmp_path]) if isinstance(i, Skipped) and "README" in i.id]
    assert readme.excluded and "repository file" in readme.reason
    # A file given by itself is read whatever its name.
    assert isinstance(next(iter_records([tmp_path / "LICENSE.txt"], selection=Selection(exclude=("*",)))), RawRecord)


def test_a_gzip_bomb_is_refused_quickly_without_decompressing_it_all(tmp_path: Path) -> None:
    member = gzip.compress(bytes(64 * 1024 * 1024), compresslevel=1)  # 64 MB of NUL bytes in ~64 KB
    bomb = write(tmp_path / "bomb.txt.gz", member * 32)  # gzip members in a row: 2 GB decompressed
    started = time.perf_counter()
    with pytest.raises(InputError, match=r"bomb.txt.gz \(decompressed\) is over the 50 MB limit"):
        read_file(bomb)
    assert time.perf_counter() - started < 5.0  # reads stop at the limit (0.3 s unloaded)


class _Recording(io.BytesIO):
    """A stream that remembers the largest read asked of it."""

    largest = 0

    def readline(self, size: int | None = -1) -> bytes:  # type: ignore[override]
        self.largest = max(self.largest, size if size is not None and size >= 0 else 2**62)
        return super().readline(size)


def test_json_lines_are_read_in_bounded_pieces_and_an_over_long_one_is_skipped(tmp_path: Path) -> None:
    stream = _Recording(b"short\n" + b"x" * 5000 + b"\nlast")
    assert list(bounded_lines(stream, 100)) == [b"short\n", None, b"last"]
    assert stream.largest <= 1024 * 1024
    good = json.dumps({"id": "a", "text": ARTICLE})
    giant = json.dumps({"id": "b", "text": "word " * 2000})
    for name, opener in (("feed.jsonl", open), ("feed.jsonl.gz", gzip.open)):
        with opener(tmp_path / name, "wt", encoding="utf-8") as out:
            out.write("\n".join([good, giant, good.replace('"a"', '"c"')]) + "\n")
        items = list(iter_records([tmp_path / name], Config(max_input_bytes=1000)))
        assert [type(i).__name__ for i in items] == ["RawRecord", "Skipped", "RawRecord"]
        assert items[1].id == f"{name}:2" and "over the 1000 bytes limit" in items[1].reason


def test_a_warc_response_in_a_legacy_charset_is_read_by_its_http_header_or_its_meta(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    russian = "Министр обороны заявил, что учения пройдут в марте недалеко от границы."
    pages = [
        ("https://example.ru/a", "text/html; charset=windows-1251", f"<html><body><p>{russian}</p>", "cp1251"),
        ("https://example.ru/b", "text/html", f'<html><head><meta charset="koi8-r"></head><p>{russian}</p>', "koi8-r"),
    ]
    path = tmp_path / "crawl.warc"
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=False)
        for uri, ctype, body, codec in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body.encode(codec)), http_headers=headers
            ))
    records = list(iter_records([path]))
    assert [(r.id, r.encoding) for r in records] == [
        ("https://example.ru/a", Encoding("cp1251", "declared")),
        ("https://example.ru/b", Encoding("koi8-r", "declared")),
    ]
    assert all(russian in r.content for r in records)


def test_a_utf16_notepad_file_with_crlf_is_read_as_text(tmp_path: Path) -> None:
    text = "Café owners cheered – “at last”, said the harbour master.\r\nThe pontoon opens in March.\r\n"
    record = read_file(write(tmp_path / "notes.txt", codecs.BOM_UTF16_LE + text.encode("utf-16-le")))
    assert record.content == text and record.encoding == Encoding("utf-16-le", "bom")


def test_a_warc_with_a_giant_header_line_is_skipped_quickly_after_its_good_records(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "broken.warc"
    with path.open("wb") as stream:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer = WARCWriter(stream, gzip=False)
        writer.write_record(writer.create_warc_record("https://example.org/ok", "response",
                                                      payload=io.BytesIO(HTML.encode()), http_headers=headers))
        stream.write(b"WARC/1.0\r\nWARC-Type: response\r\nX-Padding: " + b"a" * 30_000_000)
    started = time.perf_counter()
    page, broken = list(iter_records([path]))
    assert time.perf_counter() - started < 10  # warcio alone appends 16 KB blocks to the line: minutes
    assert isinstance(page, RawRecord) and page.id == "https://example.org/ok"
    assert isinstance(broken, Skipped) and "unreadable WARC data" in broken.reason


# --- archives cut short -------------------------------------------------------------------------------------

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
CRAWL = ("library_original.txt", "orchard_original.txt", "harbour_original.txt")


def _crawl(path: Path, gz: bool) -> list[int]:
    """A WARC of three fixture articles as HTML responses; the byte offset of each record and of the end."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    offsets = []
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=gz)
        for name in CRAWL:
            paragraphs = "".join(f"<p>{p}</p>" for p in (CORPUS / name).read_text().split("\n\n"))
            body = f"<html><head><title>{name}</title></head><body><article>{paragraphs}</article></body></html>"
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            offsets.append(stream.tell())
            writer.write_record(writer.create_warc_record(
                f"https://news.example/{name}", "response", payload=io.BytesIO(body.encode()), http_headers=headers
            ))
        offsets.append(stream.tell())
    return offsets


def _part_ends(record: bytes) -> dict[str, int]:
    """Where the WARC headers, the HTTP headers and the body of a plain record end."""
    warc_end = record.index(b"\r\n\r\n") + 4
    http_end = record.index(b"\r\n\r\n", warc_end) + 4
    return {"warc headers": warc_end, "http headers": http_end, "body": len(record) - 4}


def _plain_cut(record: bytes, part: str) -> int:
    """An offset inside ``part`` of a plain record."""
    ends = _part_ends(record)
    start = {"warc headers": 0, "http headers": ends["warc headers"], "body": ends["http headers"]}[part]
    return (start + ends[part]) // 2


def _gzip_cut(member: bytes, part: str) -> int:
    """The shortest prefix of a gzip member whose decompressed bytes end inside ``part`` of its record (or, for
    the gzip framing, inside its 10-byte header or 8-byte trailer)."""
    if part == "gzip header":
        return 5
    if part == "gzip trailer":
        return len(member) - 3
    record = gzip.decompress(member)
    target = _plain_cut(record, part)
    inflater, out = zlib.decompressobj(31), 0
    for size in range(1, len(member)):
        out += len(inflater.decompress(member[size - 1:size]))
        if out > target:
            assert out < _part_ends(record)[part], "the cut must fall inside the part"
            return size
    raise AssertionError("no prefix decompresses that far")


@pytest.mark.parametrize(("gz", "part"), [
    (True, "gzip header"), (True, "warc headers"), (True, "http headers"), (True, "body"), (True, "gzip trailer"),
    (False, "warc headers"), (False, "http headers"), (False, "body"),
])
def test_an_archive_cut_inside_its_last_record_says_so_after_the_whole_records(
    tmp_path: Path, gz: bool, part: str
) -> None:
    whole = tmp_path / ("whole.warc.gz" if gz else "whole.warc")
    offsets = _crawl(whole, gz)
    data = whole.read_bytes()
    last = data[offsets[2]:offsets[3]]
    cut_at = offsets[2] + (_gzip_cut(last, part) if gz else _plain_cut(last, part))
    cut = write(tmp_path / ("cut.warc.gz" if gz else "cut.warc"), data[:cut_at])
    *pages, skipped = list(iter_records([cut]))
    assert [p.id for p in pages if isinstance(p, RawRecord)] == [f"https://news.example/{n}" for n in CRAWL[:2]]
    assert isinstance(skipped, Skipped) and skipped.id == f"{cut}#3"
    assert skipped.reason == (
        f"archive {cut} is cut short inside record 3 (at byte {offsets[2]}); the 2 whole record(s) before it were read"
    )


@pytest.mark.parametrize("gz", [True, False])
def test_an_archive_cut_between_records_or_inside_its_first_is_read_as_far_as_it_goes(tmp_path: Path, gz: bool) -> None:
    whole = tmp_path / ("whole.warc.gz" if gz else "whole.warc")
    offsets = _crawl(whole, gz)
    data = whole.read_bytes()
    assert [type(r) for r in iter_records([whole])] == [RawRecord] * 3
    between = write(tmp_path / "between.warc", data[:offsets[2]])
    assert [type(r) for r in iter_records([between])] == [RawRecord] * 2, "a cut between records leaves no trace"
    first = write(tmp_path / ("first.warc.gz" if gz else "first.warc"), data[:offsets[1] // 2])
    (skipped,) = list(iter_records([first]))
    assert isinstance(skipped, Skipped) and "is cut short inside record 1 (at byte 0); the 0 whole" in skipped.reason


def test_a_json_line_cut_short_is_reported_at_its_own_column(tmp_path: Path) -> None:
    # The line's end of line was parsed with it: an unclosed object erred "at column 1" of a second line.
    cut = '{"id": "x", "title": "Harbour", "text": "The council said"'
    path = write(tmp_path / "feed.jsonl", "\r\n".join([json.dumps({"id": "a", "text": ARTICLE}), cut, ""]))
    bad = list(iter_records([path]))[1]
    assert isinstance(bad, Skipped) and bad.id == "feed.jsonl:2"
    assert bad.reason.endswith(f"at column {len(cut) + 1})") and "column 1)" not in bad.reason


def test_a_file_address_is_read_as_the_local_file_it_names(tmp_path: Path) -> None:
    """reviewB (session 43): `compare 'file:///…/deal_a.txt'` said "file not found" for a file that exists (an
    address bar's copy of a saved page). It reads the file; a file address on another machine is refused in one
    line."""
    page = tmp_path / "ferry strike.txt"
    page.write_text("Portlow ferry crews will strike on Friday, the RMT union said. " * 4, encoding="utf-8")
    record = read_file(page.as_uri())  # "file:///…/ferry%20strike.txt"
    assert record.id == str(page) and "ferry crews" in str(record.content)
    with pytest.raises(InputError) as caught:
        read_file("file://fileserver/news/ferry.txt")
    assert "another machine" in str(caught.value) and "file not found" not in str(caught.value)


@pytest.mark.parametrize("address", ["file://", "file:", "file:///news/ferry%00strike.txt", "file://[::1/ferry.txt"])
def test_a_file_address_naming_no_file_is_refused_in_one_line(address: str) -> None:
    """reviewA 5, 6 (session 44): "file://" named the current folder (an empty path; `index` indexed it), a "%00"
    was echoed raw into "file not found", and an unclosed IPv6 host was an internal error."""
    from unspun.ingest.read import local_path

    with pytest.raises(InputError) as caught:
        local_path(address)
    assert "\x00" not in str(caught.value) and "\n" not in str(caught.value)


def test_a_file_address_on_this_machine_may_name_it_in_capitals(tmp_path: Path) -> None:
    from unspun.ingest.read import local_path

    page = tmp_path / "ferry.txt"
    assert local_path(f"file://LOCALHOST{page}") == str(page)
