"""Serve a built site the way GitHub Pages does: under the path of `site_url`, gzipped, with its 404 page.

    mkdocs build --strict && python scripts/serve_site.py      # then open the printed URL

The browser tests (tests/conftest.py) and the Lighthouse measurement use this server, so what
they see is what a reader of the published site gets: text gzipped when the browser accepts it,
`Cache-Control: max-age=600`, the site under /<repository>/, and 404.html for a missing path.
Standard library only; binds to 127.0.0.1.
"""

from __future__ import annotations

import argparse
import gzip
import http.server
import io
import sys
import threading
import urllib.parse
from functools import partial
from pathlib import Path
from typing import ClassVar

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a file too

from scripts.project import config

COMPRESSIBLE = (
    "text/",
    "application/javascript",
    "application/json",
    "image/svg+xml",
    "application/xml",
)


def base_path() -> str:
    """The path part of site_url ("/repo/"), where GitHub Pages publishes the site."""
    path = urllib.parse.urlsplit(config()["site_url"]).path.strip("/")
    return f"/{path}/" if path else "/"


class Handler(http.server.SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as a real host
    base = "/"
    quiet = True
    _gzipped: ClassVar[dict[tuple[str, float], bytes]] = {}
    _lock = threading.Lock()

    def log_message(self, format, *args):
        if not self.quiet:
            super().log_message(format, *args)

    def end_headers(self):
        # Lets linkchecker lift its 10-requests-per-second limit for this (local) host.
        self.send_header("LinkChecker", "local test server")
        super().end_headers()

    def send_head(self):
        path = urllib.parse.urlsplit(self.path).path
        if not path.startswith(self.base):
            if path + "/" == self.base or path == "/":
                return self._redirect(self.base)
            return self._not_found()
        local = Path(self.translate_path("/" + path[len(self.base) :]))
        if local.is_dir():
            if not path.endswith("/"):
                return self._redirect(path + "/")
            local = local / "index.html"
        if not local.is_file():
            return self._not_found()
        return self._send_file(local, 200)

    def _redirect(self, location):
        self.send_response(301)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _not_found(self):
        page = Path(self.directory) / "404.html"
        if page.is_file():
            return self._send_file(page, 404)
        self.send_error(404)
        return None

    def _send_file(self, local: Path, status: int):
        ctype = self.guess_type(str(local))
        if ctype.startswith("text/") or ctype in (
            "application/javascript",
            "application/json",
        ):
            ctype += "; charset=utf-8"
        body = local.read_bytes()
        gzipped = ctype.startswith(COMPRESSIBLE) and "gzip" in self.headers.get(
            "Accept-Encoding", ""
        )
        if gzipped:
            key = (str(local), local.stat().st_mtime)
            with self._lock:
                if key not in self._gzipped:
                    self._gzipped[key] = gzip.compress(body, compresslevel=6, mtime=0)
                body = self._gzipped[key]
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        if ctype.startswith(COMPRESSIBLE):
            self.send_header("Vary", "Accept-Encoding")
        if gzipped:
            self.send_header("Content-Encoding", "gzip")
        self.end_headers()
        return io.BytesIO(body)


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        # A browser or checker that drops a kept-alive connection is not an error worth a traceback.
        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)


def make_server(site: Path, port: int = 0, base: str | None = None, quiet: bool = True):
    """A ThreadingHTTPServer on 127.0.0.1 (port 0: a free one); the site's URL is
    f"http://127.0.0.1:{server.server_port}{base}"."""
    base = base or base_path()
    handler = type("SiteHandler", (Handler,), {"base": base, "quiet": quiet})
    server = Server(("127.0.0.1", port), partial(handler, directory=str(site)))
    server.base = base
    return server


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "site",
        nargs="?",
        default=str(ROOT / "site"),
        help="the built site (default: site/)",
    )
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument(
        "--base",
        default=None,
        help="URL path to serve under (default: site_url's path)",
    )
    args = parser.parse_args()
    server = make_server(Path(args.site), args.port, args.base, quiet=False)
    print(
        f"Serving {args.site} at http://127.0.0.1:{server.server_port}{server.base}",
        flush=True,
    )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
