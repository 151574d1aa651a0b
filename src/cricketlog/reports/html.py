"""The summary as one self-contained HTML page for a coach: inline CSS and SVG charts.

The page makes no request of its own (no CDN, fonts, scripts or images), so it opens offline, can
be mailed as an attachment, and shows a player's health data to no third party. The charts are
drawn here as SVG from the same :class:`~cricketlog.reports.summary.Summary` the terminal shows.

A coach reads it without the tool at hand, so the page explains itself: the load chart has a
scaled axis and each bar its value, "estimated" is said in words, and the sessions are listed.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from html import escape
from typing import Final

from cricketlog.reports.brief import details
from cricketlog.reports.match_figures import number
from cricketlog.reports.summary import Summary, mood_name
from cricketlog.reports.training_load import ACWR_WARNING

WIDTH: Final = 720
HEIGHT: Final = 220
PAD: Final = 40
LEFT: Final = 70
"""Room on the left for the mood chart's scale words; both charts share it so their days line up."""
STYLE: Final = """
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 760px; color: #1d2b1f; }
h1 { font-size: 1.6rem; }
h2 { font-size: 1.15rem; margin-top: 2rem; border-bottom: 2px solid #2e7d32; }
table { border-collapse: collapse; } td, th { padding: .25rem .8rem; text-align: left; }
tr:nth-child(even) { background: #f1f6f1; } .num { text-align: right; }
td:first-child, th { white-space: nowrap; }
.warning { color: #b71c1c; font-weight: bold; } .muted { color: #667; }
svg text { font-size: 11px; fill: #333; } svg .value { font-size: 9px; }
"""
TICKS: Final = 4
"""About this many steps up the load axis, each a round number (1, 2 or 5 times a power of 10)."""
KINDS: Final = {
    "fitness": "Fitness",
    "cricket_coaching": "Cricket coaching",
    "cricket_match": "Cricket match",
    "rest_day": "Rest day",
}
ESTIMATED: Final = (
    "<strong>Estimated</strong>: sessions whose load uses a standard figure for something the "
    "player did not say: a fitness session's minutes (45) or effort (5 of 10), a coaching "
    "session's minutes (60), and every match (180 minutes, effort 7). The load is then roughly "
    "right rather than missing."
)


def _table(rows: Sequence[Sequence[str]], header: Sequence[str] = ()) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table>{'<tr>' + head + '</tr>' if head else ''}{body}</table>"


def _step(top: int) -> int:
    """A round step for the load axis, so about :data:`TICKS` of them reach ``top``."""
    rough = max(top / TICKS, 1)
    power = 10 ** math.floor(math.log10(rough))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= rough)


def load_chart(summary: Summary) -> str:
    """Training load per day as an SVG bar chart, with a load axis and each bar's value."""
    days = summary.days
    step_load = _step(max((d.load for d in days), default=0))
    top = step_load * math.ceil(max(max((d.load for d in days), default=0), 1) / step_load)
    step = (WIDTH - LEFT - PAD) / len(days)
    base = HEIGHT - PAD

    def y(load: float) -> float:
        return base - (HEIGHT - 2 * PAD) * load / top

    axis = [
        f'<line x1="{LEFT}" y1="{y(v):.1f}" x2="{WIDTH - PAD}" y2="{y(v):.1f}" stroke="#ddd"/>'
        f'<text x="{LEFT - 6}" y="{y(v) + 4:.1f}" text-anchor="end">{v}</text>'
        for v in range(0, top + 1, step_load)
    ]
    axis.append(
        f'<text x="14" y="{HEIGHT / 2:.1f}" text-anchor="middle" '
        f'transform="rotate(-90 14 {HEIGHT / 2:.1f})">load (AU)</text>'
        f'<line x1="{LEFT}" y1="{PAD}" x2="{LEFT}" y2="{base}" stroke="#333"/>'
        f'<line x1="{LEFT}" y1="{base}" x2="{WIDTH - PAD}" y2="{base}" stroke="#333"/>'
    )
    short = len(days) <= 14
    bars = []
    for i, day in enumerate(days):
        x, top_y = LEFT + i * step, y(day.load)
        bars.append(
            f'<rect x="{x + step * 0.1:.1f}" y="{top_y:.1f}" width="{step * 0.8:.1f}" '
            f'height="{base - top_y:.1f}" fill="#2e7d32">'
            f"<title>{day.day}: {day.load}</title></rect>"
        )
        if short or i % 7 == 0:
            label = f"{day.day:{'%a %d' if short else '%d %b'}}"
            bars.append(_label(x + step / 2, base + 15, label))
        if day.load:
            bars.append(_value(x + step / 2, top_y - 4, day.load, upright=short))
    return _svg("Training load per day", "".join(axis + bars))


def _value(x: float, y: float, load: int, upright: bool) -> str:
    """A bar's value above it; turned on its side where the bars are narrow (a month)."""
    if upright:
        return _label(x, y, str(load))
    return (
        f'<text class="value" x="{x + 3:.1f}" y="{y:.1f}" text-anchor="start" '
        f'transform="rotate(-90 {x + 3:.1f} {y:.1f})">{load}</text>'
    )


def mental_chart(summary: Summary) -> str:
    """Mean mental state per day as an SVG line (poor at the bottom, excellent at the top)."""
    days = summary.days
    step = (WIDTH - LEFT - PAD) / len(days)

    def y(value: float) -> float:
        return HEIGHT - PAD - (HEIGHT - 2 * PAD) * (value - 1) / 3

    grid = "".join(
        f'<line x1="{LEFT}" y1="{y(v):.1f}" x2="{WIDTH - PAD}" y2="{y(v):.1f}" stroke="#ddd"/>'
        f'<text x="{LEFT - 6}" y="{y(v) + 4:.1f}" text-anchor="end">{mood_name(v)}</text>'
        for v in (1, 2, 3, 4)
    )
    points = [
        (LEFT + (i + 0.5) * step, y(d.mental)) for i, d in enumerate(days) if d.mental is not None
    ]
    line = " ".join(f"{px:.1f},{py:.1f}" for px, py in points)
    dots = "".join(
        f'<circle cx="{px:.1f}" cy="{py:.1f}" r="4" fill="#1565c0"/>' for px, py in points
    )
    path = (
        f'<polyline points="{line}" fill="none" stroke="#1565c0" stroke-width="3"/>' if line else ""
    )
    return _svg("Mental state per day", grid + path + dots)


def _label(x: float, y: float, text: str) -> str:
    return f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="middle">{escape(text)}</text>'


def _svg(title: str, body: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{WIDTH}" height="{HEIGHT}" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}"><title>{escape(title)}</title>{body}</svg>'
    )


def _workload(summary: Summary) -> str:
    work = summary.workload
    if work is None:
        return '<p class="muted">Acute:chronic workload ratio needs 28 days of history.</p>'
    text = (
        f"<p>Acute (7-day) load {work.acute}, chronic (28-day weekly average) {work.chronic:.0f}: "
        f"ratio <strong>{number(work.ratio)}</strong> as of {work.as_of:%a %d %b %Y}.</p>"
    )
    if work.warning:
        text += f'<p class="warning">Ratio above {ACWR_WARNING}: load has spiked; ease off.</p>'
    return text


def _entries(summary: Summary) -> str:
    """Every entry of the window, oldest first, in a few words."""
    if not summary.entries:
        return '<p class="muted">No entries in this window.</p>'
    rows = [
        (
            f"{e.entry_date:%a %d %b}",
            KINDS[e.activity_type],
            details(e, whole=True),
            e.data.mental_state or "",
        )
        for e in sorted(summary.entries, key=lambda e: e.entry_date)
    ]
    return _table(rows, ("day", "kind", "details", "mental state"))


def render(summary: Summary) -> str:
    """The whole page."""
    mental = summary.mental
    sessions = [
        (KINDS[k.kind], str(k.sessions), str(k.minutes), str(k.estimated)) for k in summary.kinds
    ]
    themes = [(name, str(count)) for name, count in summary.themes]
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>cricketlog: {escape(summary.window.label)}</title><style>{STYLE}</style></head>
<body>
<h1>Training report: {escape(summary.window.label)}</h1>
<p class="muted">{summary.window.since:%a %d %b %Y} to {summary.window.until:%a %d %b %Y}.
Load is session RPE: minutes × effort (0-10).</p>
<h2>Sessions</h2>
{_table(sessions, ("kind", "sessions", "minutes", "estimated"))}
<p class="muted">{ESTIMATED}</p>
<h2>Training load</h2>
{load_chart(summary)}
<p>Total load: <strong>{summary.total_load}</strong>.</p>
{_workload(summary)}
<h2>Mental state</h2>
{mental_chart(summary)}
<p>Average {number(mental.average)} ({mood_name(mental.average)}), {mental.label}.</p>
<h2>Consistency</h2>
<p>Active-day streak: <strong>{summary.streak}</strong>.
Rest days: <strong>{summary.rest_days}</strong> ({summary.logged_rest_days} logged as rest days)
up to {summary.as_of:%a %d %b}.</p>
<h2>Matches</h2>
{_table(summary.matches.rows())}
<h2>Areas for improvement</h2>
{_table(themes, ("theme", "entries")) if themes else '<p class="muted">None noted.</p>'}
<h2>Sessions, day by day</h2>
{_entries(summary)}
</body></html>
"""
