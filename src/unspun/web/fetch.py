"""Fetching a page a user names by URL, without letting the server reach its own network.

Only http and https; every hop (the URL and each redirect) is resolved first and refused when any address is
loopback, private, link-local, multicast, reserved or unspecified. The connection then goes to the checked
address itself (Host header and TLS server name keep the hostname), so a second DNS answer cannot point it
elsewhere. Timeouts and a size cap bound the work.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

from unspun.config import SERVE_DEFAULT, ServeConfig
from unspun.errors import InputError

Resolve = Callable[[str, int], list[str]]


@dataclass(frozen=True, slots=True)
class FetchLimits:
    """How much one fetch may take: the settings tree's ``serve`` section (``fetch_*``) by default."""

    max_bytes: int = SERVE_DEFAULT.fetch_max_bytes
    connect_seconds: float = SERVE_DEFAULT.fetch_connect_seconds
    read_seconds: float = SERVE_DEFAULT.fetch_read_seconds
    max_redirects: int = SERVE_DEFAULT.fetch_max_redirects

    @classmethod
    def of(cls, serve: ServeConfig) -> FetchLimits:
        return cls(serve.fetch_max_bytes, serve.fetch_connect_seconds, serve.fetch_read_seconds,
                   serve.fetch_max_redirects)


DEFAULT_FETCH = FetchLimits()


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # after redirects
    content: bytes
    content_type: str


class FetchError(InputError):
    """A URL the server will not or cannot fetch."""


def resolve_host(host: str, port: int) -> list[str]:
    try:
        return sorted({str(info[4][0]) for info in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)})
    except socket.gaierror as error:
        raise FetchError(f"cannot resolve {host}: {error.strerror}") from error


def public_address(host: str, port: int, resolve: Resolve = resolve_host) -> str:
    """The address to connect to for ``host``; refuses hosts with any non-public address."""
    addresses = resolve(host, port)
    if not addresses:
        raise FetchError(f"cannot resolve {host}")
    for address in addresses:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
        if not ip.is_global or ip.is_multicast:
            raise FetchError(f"refusing to fetch {host}: it resolves to {ip}, an address of the server's own network")
    return addresses[0]


def fetch_url(url: str, limits: FetchLimits | None = None, resolve: Resolve = resolve_host,
              transport: httpx.BaseTransport | None = None) -> Fetched:
    """The body of ``url`` (following at most ``limits.max_redirects`` checked redirects)."""
    limits = limits or DEFAULT_FETCH
    timeout = httpx.Timeout(limits.read_seconds, connect=limits.connect_seconds)
    with httpx.Client(timeout=timeout, follow_redirects=False, transport=transport, trust_env=False) as client:
        for _ in range(limits.max_redirects + 1):
            target, host = _checked(url, resolve)
            try:
                with client.stream("GET", target, headers={"Host": host, "User-Agent": "unspun"},
                                   extensions={"sni_hostname": urlsplit(url).hostname or ""}) as response:
                    if response.is_redirect:
                        url = urljoin(url, response.headers.get("location", ""))
                        continue
                    if response.status_code >= 400:
                        raise FetchError(f"{url} answered {response.status_code} {response.reason_phrase}")
                    body = _read_capped(response, url, limits.max_bytes)
                    return Fetched(url, body, response.headers.get("content-type", ""))
            except httpx.TimeoutException as error:
                raise FetchError(f"{url} did not answer within {limits.read_seconds:.0f} s") from error
            except httpx.HTTPError as error:
                raise FetchError(f"cannot fetch {url}: {error}") from error
    raise FetchError(f"{url}: more than {limits.max_redirects} redirects")


def _checked(url: str, resolve: Resolve) -> tuple[str, str]:
    """``url`` with its host replaced by a checked public address, and the Host header value."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchError(f"{url!r}: only http and https URLs can be fetched")
    if not parts.hostname:
        raise FetchError(f"{url!r} names no host")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as error:
        raise FetchError(f"{url!r}: bad port") from error
    address = public_address(parts.hostname, port, resolve)
    shown = f"[{address}]" if ":" in address else address
    host = parts.hostname if parts.port is None else f"{parts.hostname}:{parts.port}"
    return urlunsplit((parts.scheme, f"{shown}:{port}", parts.path or "/", parts.query, "")), host


def _read_capped(response: httpx.Response, url: str, max_bytes: int) -> bytes:
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"{url} is larger than {max_bytes // (1024 * 1024)} MB; save it and upload the file")
        chunks.append(chunk)
    return b"".join(chunks)
