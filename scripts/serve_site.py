"""Serve a built site as GitHub Pages does (the browser tests use it): under site_url's path,
a folder redirected to its slash form, 404.html for a missing path; on 127.0.0.1.

    mkdocs build --strict && python scripts/serve_site.py      # then open the printed URL
"""

import argparse
import contextlib
import http.server
import sys
import urllib.parse
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a file too

from scripts.project import ROOT, config


class Handler(http.server.SimpleHTTPRequestHandler):
    base = "/"
    quiet = True

    def log_message(self, format, *args):
        if not self.quiet:
            super().log_message(format, *args)

    def end_headers(self):
        # Lets linkchecker lift its 10-requests-per-second limit for this (local) host.
        self.send_header("LinkChecker", "local test server")
        super().end_headers()

    def send_head(self):
        path = urllib.parse.urlsplit(self.path).path
        if path + "/" == self.base or path == "/" != self.base:
            return self._redirect(self.base)
        if not path.startswith(self.base):
            return self._not_found()
        self.path = "/" + path[len(self.base) :]
        local = Path(self.translate_path(self.path))
        if local.is_dir() and not path.endswith("/"):
            return self._redirect(path + "/")
        if not (local / "index.html" if local.is_dir() else local).is_file():
            return self._not_found()
        return super().send_head()

    def _redirect(self, location):
        self.send_response(301)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _not_found(self):
        page = Path(self.directory) / "404.html"
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(page.stat().st_size))
        self.end_headers()
        return page.open("rb")


def make_server(site: Path, port: int = 0, quiet: bool = True):
    """On 127.0.0.1 (port 0: a free one), at http://127.0.0.1:{server_port}{base}."""
    path = urllib.parse.urlsplit(config()["site_url"]).path.strip("/")
    base = f"/{path}/" if path else "/"
    handler = type("SiteHandler", (Handler,), {"base": base, "quiet": quiet})
    handler = partial(handler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    server.daemon_threads = True
    server.base = base
    return server


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("site", nargs="?", default=str(ROOT / "site"))
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args()
    server = make_server(Path(args.site), args.port, quiet=False)
    print(f"Serving {args.site} at http://127.0.0.1:{server.server_port}{server.base}")
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()
