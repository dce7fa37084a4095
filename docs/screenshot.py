"""Take docs/graph.png: the sample page built by kg, in headless Chromium, with one union selected (its
neighbourhood highlighted, its relations and the sentences naming it in the side panel).

Usage: python docs/screenshot.py [--select 怀柔区总工会] [--out docs/graph.png]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from kg.corpus import build

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--select", default="北京市总工会", help="the entity to select (any of its labels)")
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "graph.png")
    ap.add_argument("--size", default="1600x1000", help="viewport, WIDTHxHEIGHT")
    args = ap.parse_args()
    width, height = (int(x) for x in args.size.split("x"))
    with tempfile.TemporaryDirectory() as tmp:
        build([ROOT / "sources"], Path(tmp))
        page_path = Path(tmp) / "graph.html"
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
            page = browser.new_page(viewport={"width": width, "height": height})
            page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
            page.goto(page_path.as_uri())
            page.wait_for_function("window.kg && window.kg.ready")
            page.evaluate("name => kg.select(kg.find(name)[0])", args.select)
            page.wait_for_timeout(300)
            tmp_png = Path(tmp) / "graph.png"
            page.screenshot(path=str(tmp_png))
            browser.close()
        shutil.copyfile(tmp_png, args.out)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
