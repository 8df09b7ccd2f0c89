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
    # Chromium's own UI pages (source: chrome://...) log too, e.g. "Slow network is detected" on a loaded machine:
    # those are not the report's; every message from the report's page is a fault (it has no script)
    console = [line for line in log.splitlines() if (":CONSOLE" in line or "Uncaught" in line)
               and "source: chrome://" not in line]
    assert console == [], console
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



# Headless Chromium will not make a window narrower than 500 px, so the phone width is an iframe of that width:
# media queries and layout inside it see a 390 px viewport. The probe runs in the report and posts what it finds
# to the wrapper page, whose DOM Chromium dumps.
OVERFLOW_PROBE = """<script>
window.addEventListener('load', () => {
  const vw = document.documentElement.clientWidth;
  // an element inside a box that scrolls or clips sideways (a wide table in its own scroller) does not widen the page
  const scroller = e => { for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
      if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(a).overflowX)) return true; } return false; };
  const wide = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > vw + 1 && !scroller(e))
    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (typeof e.className === 'string' && e.className ? '.' + e.className : ''));
  parent.postMessage(JSON.stringify({scroll: document.documentElement.scrollWidth, vw, wide: wide.slice(0, 20)}), '*');
});
</script>"""
WRAPPER = """<html><body style="margin:0"><iframe src="{src}" width="{width}" height="2000" style="border:0;display:block"></iframe>
<script>window.addEventListener('message', e => document.body.setAttribute('data-overflow', e.data));</script>
</body></html>"""


def chromium(*args: str) -> subprocess.CompletedProcess:
    cmd = [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--allow-file-access-from-files", *args]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc


def at_width(html: Path, width: int, probe: bool) -> Path:
    """A wrapper page showing ``html`` (optionally with the overflow probe) in an iframe ``width`` px wide."""
    page = html.with_name(f"{html.stem}-{width}{'-probe' if probe else ''}.html")
    text = html.read_text(encoding="utf-8")
    page.write_text(text.replace("</body>", OVERFLOW_PROBE + "</body>") if probe else text, encoding="utf-8")
    wrapper = html.with_name(f"wrap-{page.name}")
    wrapper.write_text(WRAPPER.format(src=page.name, width=width), encoding="utf-8")
    return wrapper


def layout(html: Path, width: int, profile: Path) -> dict:
    """What the probe finds in ``html`` shown ``width`` px wide: scroll width, viewport width, elements past it."""
    import html as html_lib
    import json
    import re

    proc = chromium(f"--user-data-dir={profile}", "--window-size=1280,2000", "--virtual-time-budget=3000",
                    "--dump-dom", at_width(html, width, probe=True).resolve().as_uri())
    m = re.search(r'data-overflow="([^"]*)"', proc.stdout)
    assert m, "the probe did not report: " + proc.stdout[:500]
    return json.loads(html_lib.unescape(m.group(1)))


def screenshot(html: Path, width: int, png: Path, profile: Path) -> None:
    chromium(f"--user-data-dir={profile}", f"--screenshot={png}", f"--window-size={max(width, 500)},2000",
             at_width(html, width, probe=False).resolve().as_uri())


@pytest.mark.parametrize("width", [1280, 390])
def test_report_fits_the_screen_at_desktop_and_phone_width(hostile_report_dir, tmp_path, width):
    """Nothing sticks out to the right: no horizontal scrolling on a desktop or on a 390 px phone (a wide table
    inside its own sideways scroller is allowed: the page itself does not scroll)."""
    from PIL import Image

    page = tmp_path / "report.html"
    page.write_text((hostile_report_dir / "report.html").read_text(encoding="utf-8"), encoding="utf-8")
    found = layout(page, width, tmp_path / "profile")
    assert found["vw"] <= width and found["vw"] >= width - 20, found   # the probe saw the intended width
    assert found["scroll"] <= found["vw"], found
    assert found["wide"] == [], found
    png = tmp_path / f"report-{width}.png"
    screenshot(page, width, png, tmp_path / "profile2")
    img = Image.open(png).convert("RGB")
    assert len(img.getcolors(maxcolors=1 << 20) or []) > 50


def test_overflow_probe_would_catch_a_wide_page(tmp_path):
    page = tmp_path / "wide.html"
    page.write_text('<html><body><div style="width:900px">wide</div></body></html>')
    found = layout(page, 390, tmp_path / "profile")
    assert found["scroll"] > found["vw"] and found["wide"]
