"""The campaign brief in headless Chromium (Debian's chromium): no console errors, nothing fetched, and nothing
wider than the screen at desktop width and on a 390 px phone.

Headless Chromium will not make a window narrower than 500 px, so the phone is an iframe 390 px wide: the brief's
layout inside it sees a 390 px viewport. A probe script added to a COPY of the page posts the scroll width and any
element past the right edge to the wrapper, whose DOM Chromium dumps.
"""

from __future__ import annotations

import html as html_lib
import json
import re
import subprocess
from datetime import date
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is not installed")]

PROBE = """<script>
window.addEventListener('load', () => {
  const vw = document.documentElement.clientWidth;
  const wide = [...document.querySelectorAll('SELECTOR')].filter(e => e.getBoundingClientRect().right > vw + 1)
    .map(e => e.tagName.toLowerCase() + (typeof e.className === 'string' && e.className ? '.' + e.className : ''));
  parent.postMessage(JSON.stringify({scroll: document.documentElement.scrollWidth, vw, wide: wide.slice(0, 20)}), '*');
});
</script>"""
WRAPPER = """<html><body style="margin:0"><iframe src="{src}" width="{width}" height="2400" style="border:0;display:block"></iframe>
<script>window.addEventListener('message', e => document.body.setAttribute('data-overflow', e.data));</script>
</body></html>"""


def chromium(*args: str) -> subprocess.CompletedProcess:
    cmd = [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-quic",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--allow-file-access-from-files", "--enable-logging=stderr", "--v=0", *args]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc


def wrap(page: Path, width: int, probe: bool, selector: str = "body *") -> Path:
    copy = page.with_name(f"{page.stem}-{width}{'-probe' if probe else ''}.html")
    text = page.read_text(encoding="utf-8")
    copy.write_text(text.replace("</body>", PROBE.replace("SELECTOR", selector) + "</body>") if probe else text,
                    encoding="utf-8")
    w = page.with_name(f"wrap-{copy.name}")
    w.write_text(WRAPPER.format(src=copy.name, width=width), encoding="utf-8")
    return w


@pytest.fixture(scope="module")
def brief_page(sample_warehouse, tmp_path_factory) -> Path:
    """The SPRING25 brief of the sample warehouse, with one very long unbroken customer question."""
    import shutil

    from voc.reports.brief import write_brief
    from voc.warehouse import connect

    d = tmp_path_factory.mktemp("brief")
    p = d / "voc.duckdb"
    shutil.copy(sample_warehouse, p)
    con = connect(p)
    try:
        con.execute("UPDATE utterances SET text = 'What does this offer mean for code " + "SPRING25" * 12 + "?' "
                    "WHERE call_id = 'd56-c0' AND role = 'customer'")
        html, _ = write_brief(con, "SPRING25", d / "out", today=date(2025, 3, 20))
    finally:
        con.close()
    return html


@pytest.mark.parametrize("width", [1280, 390])
def test_brief_fits_the_screen_without_console_errors(brief_page, tmp_path, width):
    from PIL import Image

    page = tmp_path / "brief.html"
    page.write_text(brief_page.read_text(encoding="utf-8"), encoding="utf-8")
    proc = chromium(f"--user-data-dir={tmp_path / 'p1'}", "--window-size=1280,2400", "--virtual-time-budget=3000",
                    "--dump-dom", wrap(page, width, probe=True).resolve().as_uri())
    m = re.search(r'data-overflow="([^"]*)"', proc.stdout)
    assert m, "the probe did not report: " + proc.stdout[:500]
    found = json.loads(html_lib.unescape(m.group(1)))
    assert width - 20 <= found["vw"] <= width, found          # the probe saw the intended width
    assert found["scroll"] <= found["vw"] and found["wide"] == [], found
    png = tmp_path / f"brief-{width}.png"
    shot = chromium(f"--user-data-dir={tmp_path / 'p2'}", f"--screenshot={png}", f"--window-size={max(width, 500)},2400",
                    wrap(page, width, probe=False).resolve().as_uri())
    console = [line for line in shot.stderr.splitlines() if ":CONSOLE" in line or "Uncaught" in line]
    assert console == [] and "net::ERR" not in shot.stderr, console
    img = Image.open(png).convert("RGB")
    colours = img.getcolors(maxcolors=1 << 20) or []
    assert len(colours) > 50                                   # text, boxes, quotes: not a blank page


def test_overflow_would_be_caught(tmp_path):
    """The probe does see an element wider than the phone (guards against a silently passing check)."""
    page = tmp_path / "wide.html"
    page.write_text("<html><body><div style='width:800px'>x</div></body></html>", encoding="utf-8")
    proc = chromium(f"--user-data-dir={tmp_path / 'p'}", "--window-size=1280,2400", "--virtual-time-budget=3000",
                    "--dump-dom", wrap(page, 390, probe=True).resolve().as_uri())
    found = json.loads(html_lib.unescape(re.search(r'data-overflow="([^"]*)"', proc.stdout).group(1)))
    assert found["scroll"] > found["vw"] and found["wide"]


def test_report_opportunities_section_fits_a_phone(sample_warehouse, tmp_path):
    """The "Opportunities and risks" table (9 columns) becomes cards on a 390 px phone: nothing past the edge."""
    import shutil

    from voc.analyze.signals import detect_signals
    from voc.reports import write_report
    from voc.warehouse import connect
    from voc.warehouse.rows import load_entities, load_utterances, record_rows
    from voc.warehouse.writers import insert_rows

    p = tmp_path / "voc.duckdb"
    shutil.copy(sample_warehouse, p)
    con = connect(p)
    try:
        for (cid,) in con.execute("SELECT call_id FROM calls").fetchall():
            utts, roles = load_utterances(con, cid)
            insert_rows(con, "signals", record_rows(cid, detect_signals(utts, roles, load_entities(con, cid))))
        page = write_report(con, tmp_path / "out")
    finally:
        con.close()
    assert 'id="opportunities"' in page.read_text(encoding="utf-8")
    for width in (390, 1280):
        proc = chromium(f"--user-data-dir={tmp_path / f'p{width}'}", "--window-size=1280,2400",
                        "--virtual-time-budget=3000", "--dump-dom",
                        wrap(page, width, probe=True, selector="#opportunities *").resolve().as_uri())
        found = json.loads(html_lib.unescape(re.search(r'data-overflow="([^"]*)"', proc.stdout).group(1)))
        assert found["wide"] == [], (width, found)
