"""A summary as one JSON object: what ``history --week --json`` prints last and what the web
API's ``/api/summary`` answers, so scripts and the browser read the same figures the terminal
and the HTML report show.

Derived figures (the workload ratio and its warning, the mental trend's label, batting and
bowling averages, the total load) are included as values, so no reader has to work them out
again; dates are ISO strings.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from cricketlog.reports.match_figures import MatchFigures
from cricketlog.reports.summary import Summary
from cricketlog.reports.training_load import Workload


def summary_json(summary: Summary) -> dict[str, Any]:
    """``summary`` as plain JSON values (see the module docstring for the shape)."""
    window = summary.window
    return {
        "window": {
            "since": window.since.isoformat(),
            "until": window.until.isoformat(),
            "label": window.label,
        },
        "as_of": summary.as_of.isoformat(),
        "total_load": summary.total_load,
        "kinds": [asdict(kind) for kind in summary.kinds],
        "days": [
            {"day": day.day.isoformat(), "load": day.load, "mental": day.mental}
            for day in summary.days
        ],
        "workload": _workload(summary.workload),
        "mental": {
            "average": summary.mental.average,
            "change": summary.mental.change,
            "trend": summary.mental.label,
        },
        "streak": summary.streak,
        "rest_days": summary.rest_days,
        "logged_rest_days": summary.logged_rest_days,
        "matches": _matches(summary.matches),
        "themes": [{"theme": theme, "entries": count} for theme, count in summary.themes],
        "entries": len(summary.entries),
    }


def _workload(load: Workload | None) -> dict[str, Any] | None:
    if load is None:
        return None
    return {
        "as_of": load.as_of.isoformat(),
        "acute": load.acute,
        "chronic": load.chronic,
        "ratio": load.ratio,
        "warning": load.warning,
    }


def _matches(figures: MatchFigures) -> dict[str, Any]:
    return {
        **asdict(figures),
        "average": figures.average,
        "strike_rate": figures.strike_rate,
        "overs": figures.overs,
        "economy": figures.economy,
        "bowling_average": figures.bowling_average,
        "highest_score": figures.highest_score,
    }
