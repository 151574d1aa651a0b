"""The HTML report: self-contained, with both charts, and really drawn by a browser.

The screenshot test runs Debian's headless Chromium on the written page and checks the picture
is not blank: enough distinct colours, the bar chart's green and the mood line's blue present.
Pillow is not installed, so PyAV (FFmpeg, already a dependency for audio) decodes the PNG into a
numpy array. Without Chromium the test skips, except in CI (CI=true), where it fails.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

import season
from cricketlog.reports import summary as report
from cricketlog.reports.html import render

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
GREEN = (0x2E, 0x7D, 0x32)
BLUE = (0x15, 0x65, 0xC0)


def summary(window: report.Window) -> report.Summary:
    entries = season.season()
    active = {e.entry_date for e in entries if e.activity_type in report.TRAINING}
    return report.summarise(entries, window, season.TODAY, season.FIRST_DAY, active)


def test_page_is_self_contained_and_has_both_charts() -> None:
    page = render(summary(report.week(season.TODAY)))
    assert page.startswith("<!DOCTYPE html>")
    assert page.count("<svg") == 2
    assert page.count("<rect") == 7  # a bar a day
    assert "<polyline" in page and page.count("<circle") == 6  # six days with a mental state
    # Nothing is fetched: no scripts, links, images, imports or URLs other than the SVG namespace.
    urls = set(re.findall(r"https?://[^\s\"')]+", page))
    assert urls == {"http://www.w3.org/2000/svg"}
    for pattern in ("<script", "<link", "<img", "@import", "url(", "src="):
        assert pattern not in page
    for figure in ("3975", "2.23", "1781", "57.00", "150.00", "8.0", "14.00", "footwork"):
        assert figure in page
    assert "Ratio above 1.5" in page


def test_the_page_explains_itself_to_a_coach() -> None:
    month = render(summary(report.month(season.TODAY)))
    # "estimated" is explained in words on the page, next to the column that uses it
    assert "<strong>Estimated</strong>: sessions whose load uses a standard figure" in month
    # the load chart has a scaled axis (round steps up to the top bar) and every bar its value
    chart = month[month.index("Training load per day") : month.index("</svg>")]
    ticks = re.findall(r'text-anchor="end">(\d+)</text>', chart)
    assert ticks == ["0", "500", "1000", "1500"] and "load (AU)" in chart
    days = summary(report.month(season.TODAY)).days
    values = re.findall(r'class="value"[^>]*>(\d+)</text>', chart)
    assert values == [str(d.load) for d in days if d.load]
    # the sessions are listed, oldest first, with their details whole
    listed = month[month.index("Sessions, day by day") :]
    assert listed.count("<tr>") == 1 + len(summary(report.month(season.TODAY)).entries)
    assert listed.index("Mon 01 Jun") < listed.index("Sun 28 Jun")
    assert "v Kent lost; 12*; 1/- (3.4 ov); 3 dismissals keeping" in listed


def test_text_is_escaped() -> None:
    entries = [*season.week()]
    entries[1].data.areas_for_improvement = "<script>alert(1)</script>"  # type: ignore[union-attr]
    page = render(report.summarise(entries, report.week(season.TODAY), season.TODAY, None, []))
    assert "<script>" not in page and "&lt;script&gt;" in page


def read_png(path: Path) -> np.ndarray:
    """The screenshot's pixels, shape (height, width, 3), decoded by PyAV (FFmpeg)."""
    import av

    with av.open(str(path)) as container:
        frame = next(container.decode(video=0))
        return frame.to_ndarray(format="rgb24")


def has_colour(pixels: np.ndarray, rgb: tuple[int, int, int], at_least: int) -> bool:
    close = np.all(np.abs(pixels.astype(np.int32) - np.array(rgb)) <= 12, axis=2)
    return int(close.sum()) >= at_least


def test_chromium_draws_the_report(tmp_path: Path) -> None:
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI") == "true":
            pytest.fail(
                f"Chromium is missing at {CHROMIUM}; CI must have it (apt-get install chromium)"
            )
        pytest.skip(f"Chromium is not installed at {CHROMIUM}")
    page = tmp_path / "report.html"
    page.write_text(render(summary(report.week(season.TODAY))), encoding="utf-8")
    shot = tmp_path / "shot.png"
    subprocess.run(
        [
            CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            f"--user-data-dir={tmp_path / 'profile'}", f"--screenshot={shot}",
            "--window-size=1200,2000", page.as_uri(),
        ],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    pixels = read_png(shot)
    assert pixels.shape[:2] == (2000, 1200)
    colours = np.unique(pixels.reshape(-1, 3), axis=0)
    assert len(colours) > 50  # text, tables and charts, not a blank page
    assert has_colour(pixels, GREEN, at_least=2000)  # the load bars
    assert has_colour(pixels, BLUE, at_least=300)  # the mood line and its dots
