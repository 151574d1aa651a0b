"""Batting, bowling, keeping and fielding figures over a set of matches, as scorers count them.

- Batting average is runs over completed innings (innings less not-outs); none while every innings
  is not out. Strike rate is runs per 100 balls over the innings whose balls were said.
- Overs add up ball by ball (4.2 + 3.4 = 8.0). Economy (runs per over) and bowling average (runs
  per wicket) count only the spells whose runs conceded were said, so an unknown figure never
  passes for a cheap one.
- Keeping dismissals are catches plus stumpings; fielding dismissals are catches plus run outs.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from cricketlog.entries.schemas import MatchData


def number(value: float | None, digits: int = 2) -> str:
    """A figure for people: ``-`` when there is none, else rounded."""
    return "-" if value is None else f"{value:.{digits}f}"


def overs_to_balls(overs: float) -> int:
    """Balls in an overs figure: 4.2 is four overs and two balls, 26 balls."""
    whole = int(overs)
    return whole * 6 + round((overs - whole) * 10)


def balls_to_overs(balls: int) -> str:
    """An overs figure as scorers write it: 26 balls is ``4.2``."""
    return f"{balls // 6}.{balls % 6}"


@dataclass(frozen=True)
class MatchFigures:
    """A player's figures over the matches of a window."""

    matches: int = 0
    results: dict[str, int] = field(default_factory=dict)
    """Matches by result (``won``, ``lost``...), for those whose result was said."""
    innings: int = 0
    not_outs: int = 0
    runs: int = 0
    balls_faced: int = 0
    """Balls over the innings that said them."""
    runs_with_balls: int = 0
    """Runs over the same innings, for the strike rate."""
    highest: int | None = None
    highest_not_out: bool = False
    balls_bowled: int = 0
    wickets: int = 0
    conceded: int = 0
    """Runs conceded over the spells that said them."""
    conceded_balls: int = 0
    conceded_wickets: int = 0
    keeping_dismissals: int = 0
    fielding_dismissals: int = 0

    @property
    def average(self) -> float | None:
        """Runs per completed innings."""
        outs = self.innings - self.not_outs
        return self.runs / outs if outs else None

    @property
    def strike_rate(self) -> float | None:
        """Runs per 100 balls."""
        return 100 * self.runs_with_balls / self.balls_faced if self.balls_faced else None

    @property
    def overs(self) -> str:
        """Overs bowled, as scorers write them."""
        return balls_to_overs(self.balls_bowled)

    @property
    def economy(self) -> float | None:
        """Runs conceded per over."""
        return 6 * self.conceded / self.conceded_balls if self.conceded_balls else None

    @property
    def bowling_average(self) -> float | None:
        """Runs conceded per wicket."""
        return self.conceded / self.conceded_wickets if self.conceded_wickets else None

    @property
    def highest_score(self) -> str:
        """The highest score as scorers write it (``45*`` when not out), or ``-``."""
        if self.highest is None:
            return "-"
        return f"{self.highest}*" if self.highest_not_out else str(self.highest)

    def rows(self) -> list[tuple[str, str]]:
        """The figures as (name, text) pairs, in the order summaries show them."""
        results = ", ".join(f"{n} {r.replace('_', ' ')}" for r, n in self.results.items())
        return [
            ("matches", str(self.matches)),
            ("results", results or "-"),
            ("innings", str(self.innings)),
            ("not outs", str(self.not_outs)),
            ("runs", str(self.runs)),
            ("batting average", number(self.average)),
            ("strike rate", number(self.strike_rate)),
            ("highest score", self.highest_score),
            ("overs", self.overs),
            ("wickets", str(self.wickets)),
            ("economy", number(self.economy)),
            ("bowling average", number(self.bowling_average)),
            ("keeping dismissals", str(self.keeping_dismissals)),
            ("fielding dismissals", str(self.fielding_dismissals)),
        ]


def match_figures(matches: Iterable[MatchData]) -> MatchFigures:
    """The figures over ``matches``."""
    totals: Counter[str] = Counter()
    results: Counter[str] = Counter()
    highest: tuple[int, bool] | None = None
    for match in matches:
        totals["matches"] += 1
        if match.result:
            results[match.result] += 1
        if bat := match.batting:
            not_out = bat.dismissal == "not_out"
            totals.update(innings=1, not_outs=not_out, runs=bat.runs)
            if bat.balls is not None:
                totals.update(balls_faced=bat.balls, runs_with_balls=bat.runs)
            if highest is None or (bat.runs, not_out) > highest:
                highest = (bat.runs, not_out)
        if bowl := match.bowling:
            balls = overs_to_balls(bowl.overs)
            totals.update(balls_bowled=balls, wickets=bowl.wickets)
            if bowl.runs is not None:
                totals.update(
                    conceded=bowl.runs, conceded_balls=balls, conceded_wickets=bowl.wickets
                )
        if keep := match.keeping:
            totals["keeping_dismissals"] += (keep.catches or 0) + (keep.stumpings or 0)
        if fld := match.fielding:
            totals["fielding_dismissals"] += (fld.catches or 0) + (fld.run_outs or 0)
    return MatchFigures(
        **totals,
        results=dict(results),
        highest=highest[0] if highest else None,
        highest_not_out=highest[1] if highest else False,
    )
