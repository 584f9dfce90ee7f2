"""URL fetching for the web app: public addresses only, at every redirect; size and scheme limits."""

from __future__ import annotations

import httpx
import pytest

from unspun.web.fetch import FetchError, FetchLimits, fetch_url, public_address

PUBLIC = "93.184.216.34"  # a global unicast address (no connection is made: the transport is mocked)


def _resolver(table: dict[str, list[str]]):
    def resolve(host: str, port: int) -> list[str]:
        return table[host]

    return resolve


@pytest.mark.parametrize("address", ["127.0.0.1", "10.0.0.7", "172.16.5.4", "192.168.1.1", "169.254.169.254",
                                     "::1", "fe80::1", "fc00::1", "0.0.0.0", "224.0.0.1", "100.64.0.1"])
def test_non_public_addresses_are_refused(address: str) -> None:
    with pytest.raises(FetchError, match="refusing"):
        public_address("news.example", 80, _resolver({"news.example": [address]}))


def test_a_host_with_any_private_address_is_refused() -> None:
    with pytest.raises(FetchError, match="refusing"):
        public_address("mixed.example", 80, _resolver({"mixed.example": [PUBLIC, "127.0.0.1"]}))


def test_the_connection_goes_to_the_checked_address_with_the_hostname_kept() -> None:
    seen = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((request.url.host, request.headers["host"]))
        return httpx.Response(200, text="<html><body><p>Hello</p></body></html>", headers={"content-type": "text/html"})

    fetched = fetch_url("http://news.example/story", resolve=_resolver({"news.example": [PUBLIC]}),
                        transport=httpx.MockTransport(handler))
    assert fetched.content.startswith(b"<html>") and seen == [(PUBLIC, "news.example")]


def test_a_redirect_to_loopback_is_refused() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"location": "http://internal.example/admin"})

    table = {"news.example": [PUBLIC], "internal.example": ["127.0.0.1"]}
    with pytest.raises(FetchError, match=r"refusing to fetch internal\.example"):
        fetch_url("http://news.example/", resolve=_resolver(table), transport=httpx.MockTransport(handler))


def test_redirects_are_followed_when_public_and_bounded() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/final":
            return httpx.Response(200, text="done")
        return httpx.Response(301, headers={"location": "/final"})

    fetched = fetch_url("http://news.example/old", resolve=_resolver({"news.example": [PUBLIC]}),
                        transport=httpx.MockTransport(handler))
    assert fetched.content == b"done" and fetched.url == "http://news.example/final"

    def loop(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"location": "/again"})

    with pytest.raises(FetchError, match="redirects"):
        fetch_url("http://news.example/", FetchLimits(max_redirects=3), _resolver({"news.example": [PUBLIC]}),
                  httpx.MockTransport(loop))


def test_bodies_over_the_size_cap_and_other_schemes_are_refused() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"x" * 5000)

    with pytest.raises(FetchError, match="larger than"):
        fetch_url("http://news.example/", FetchLimits(max_bytes=1000), _resolver({"news.example": [PUBLIC]}),
                  httpx.MockTransport(handler))
    for url in ("file:///etc/passwd", "gopher://news.example/", "javascript:alert(1)"):
        with pytest.raises(FetchError, match="only http and https"):
            fetch_url(url)


def test_timeouts_and_errors_become_one_line() -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    with pytest.raises(FetchError, match="did not answer"):
        fetch_url("http://news.example/", resolve=_resolver({"news.example": [PUBLIC]}),
                  transport=httpx.MockTransport(slow))

    def gone(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404)

    with pytest.raises(FetchError, match="404"):
        fetch_url("http://news.example/", resolve=_resolver({"news.example": [PUBLIC]}),
                  transport=httpx.MockTransport(gone))
