"""The HTML report in headless Chromium (Debian's chromium): no console errors, no network, not blank."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is not installed")]


def render(html: Path, png: Path, profile: Path) -> str:
    """Screenshot ``html`` at 1280x2000; returns Chromium's stderr log (console messages included)."""
    cmd = [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0", f"--screenshot={png}",
           "--window-size=1280,2000", html.resolve().as_uri()]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stderr


def test_report_renders_without_console_errors_and_is_not_blank(hostile_report_dir, tmp_path):
    from PIL import Image

    png = tmp_path / "report.png"
    log = render(hostile_report_dir / "report.html", png, tmp_path / "profile")
    console = [line for line in log.splitlines() if ":CONSOLE" in line or "Uncaught" in line]
    assert console == [], console                           # the page has no script; any message is a fault
    assert "net::ERR" not in log                             # nothing was fetched (or failed to be)
    assert "alert(1)" not in "".join(console)
    img = Image.open(png).convert("RGB")
    assert img.size == (1280, 2000)
    colours = img.getcolors(maxcolors=1 << 20)
    assert colours is not None and len(colours) > 50         # text, tiles, charts: far from a blank page
    white = sum(n for n, c in colours if c == (255, 255, 255))
    assert white < 0.9 * img.size[0] * img.size[1]


def test_console_errors_would_be_caught(tmp_path):
    """The log scan above does see page errors (guards against a silently passing check)."""
    page = tmp_path / "bad.html"
    page.write_text("<html><body><p>x</p><script>undefinedFunction();</script></body></html>")
    log = render(page, tmp_path / "bad.png", tmp_path / "profile")
    assert any("Uncaught" in line for line in log.splitlines() if ":CONSOLE" in line)
