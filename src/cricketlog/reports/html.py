"""The summary as one self-contained HTML page for a coach: inline CSS and SVG charts.

The page makes no request of its own (no CDN, fonts, scripts or images), so it opens offline, can
be mailed as an attachment, and shows a player's health data to no third party. The charts are
drawn here as SVG from the same :class:`~cricketlog.reports.summary.Summary` the terminal shows.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Final

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
.warning { color: #b71c1c; font-weight: bold; } .muted { color: #667; }
svg text { font-size: 11px; fill: #333; }
"""


def _table(rows: Sequence[Sequence[str]], header: Sequence[str] = ()) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table>{'<tr>' + head + '</tr>' if head else ''}{body}</table>"


def load_chart(summary: Summary) -> str:
    """Training load per day as an SVG bar chart."""
    days = summary.days
    top = max((d.load for d in days), default=0) or 1
    step = (WIDTH - LEFT - PAD) / len(days)
    bars = []
    for i, day in enumerate(days):
        height = (HEIGHT - 2 * PAD) * day.load / top
        x, y = LEFT + i * step, HEIGHT - PAD - height
        bars.append(
            f'<rect x="{x + step * 0.1:.1f}" y="{y:.1f}" width="{step * 0.8:.1f}" '
            f'height="{height:.1f}" fill="#2e7d32"><title>{day.day}: {day.load}</title></rect>'
        )
        short = len(days) <= 14
        if short or i % 7 == 0:
            bars.append(
                _label(
                    x + step / 2, HEIGHT - PAD + 15, f"{day.day:{'%a %d' if short else '%d %b'}}"
                )
            )
        if day.load and short:
            bars.append(_label(x + step / 2, y - 4, str(day.load)))
    base = HEIGHT - PAD
    axis = f'<line x1="{LEFT}" y1="{base}" x2="{WIDTH - PAD}" y2="{base}" stroke="#333"/>'
    return _svg("Training load per day", axis + "".join(bars))


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


def render(summary: Summary) -> str:
    """The whole page."""
    mental = summary.mental
    sessions = [
        (k.kind.replace("_", " ").capitalize(), str(k.sessions), str(k.minutes), str(k.estimated))
        for k in summary.kinds
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
</body></html>
"""
