#!/usr/bin/env bash
# What the browser tests (tests/test_page_browser.py) and benchmarks/page.py need, installed only when missing:
# Debian's chromium, a CJK font (without one Chinese labels draw as empty boxes) and Playwright's Python package.
# Idempotent; run it after the venv exists and before the tests (.ci/run does, after the Quick start's first command).
# Never `playwright install`: kg drives /usr/bin/chromium, not a downloaded browser.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}

packages=()
[ -x /usr/bin/chromium ] || packages+=(chromium)
if ! command -v fc-list >/dev/null || [ -z "$(fc-list :lang=zh family 2>/dev/null)" ]; then
    packages+=(fonts-noto-cjk)
fi
if [ "${#packages[@]}" -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "+ apt-get install ${packages[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}"
fi
if ! "$PY" -c "import playwright.sync_api" 2>/dev/null; then
    echo "+ pip install playwright"
    "$PY" -m pip install -q playwright
fi
