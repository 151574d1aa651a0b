"""Match figures: the innings, the spell, keeping, fielding, the result and the opponent.

Players say figures in many shapes ("32 off 28", "23 not out", "3 for 41 off 8", "8 overs, 1
maiden, 0 for 18", "gave 28 runs and took 1 wicket"), so each figure has a short list of patterns
over the digit view of the text (see :mod:`cricketlog.extract.numbers`). Dismissals and results
come from the tables in :mod:`cricketlog.extract.vocab`. Batting and bowling figures are only
read where the player did not say they did not bat or bowl. The figures come back as plain
dicts, judged for plausibility before they become the contract's records.
"""

from __future__ import annotations

import re
from typing import Any, Final

from cricketlog.entries.schemas import Dismissal, Result
from cricketlog.extract import trace
from cricketlog.extract.clauses import Clause
from cricketlog.extract.figure_words import (
    ALL_OUT_VERBS,
    BALL_ORDINALS,
    BOUNDARY_WORDS,
    DUCKS,
    MILESTONE_SCORES,
)
from cricketlog.extract.numbers import NO_WORDS, corrected, count
from cricketlog.extract.vocab import (
    BEAT_VERBS,
    DISMISSALS,
    LOST_TO,
    NAME_PREFIXES,
    NAME_SUFFIXES,
    NOT_OPPONENTS,
    NOT_RUNS_AFTER,
    RESULTS,
    RUN_VERBS,
    SCORES,
    WEEKDAY,
)
from cricketlog.extract.whose import own_part, someone_elses

Figures = dict[str, Any]
"""A record's figures (an innings, a spell, keeping, fielding) by the contract's field names;
:mod:`cricketlog.extract.plausible` judges them before they become a record."""

_NO = "|".join(NO_WORDS)
_N = rf"(\d+|a|an|one|{_NO})"
_POSITION = re.compile(r"\bat (?:no\.? ?|number )?\d+(?::\d+)?(?:\s*(?:am|pm))?\b")
_RUNS: Final = {re.compile(rf"\b{row.pattern}"): row.name for row in SCORES}
"""Each way of saying a score, by the name of its row in :data:`SCORES`."""
_BOWLED_OUT = rf"(?:{'|'.join(ALL_OUT_VERBS)})"
_BOWLED_THEM_OUT = rf"{_BOWLED_OUT} (?:them|the opposition|'em) out for"
"""Before the other side's total ("we bowled them out for 180")."""
_BOWLED_US_OUT = rf"{_BOWLED_OUT} us out for"
"""Before our total ("they bowled us out for 112")."""
_OUR_TOTAL = re.compile(
    r"\b(?:we|our team|our side)\s+(?:(?:got|made|scored|posted|reached|finished on|ended on)"
    rf"(?:\s+for)?|were (?:all out|bowled out) for)\s+(\d+)\b|\b{_BOWLED_US_OUT} (\d+)\b"
)
_THEIR_TOTAL = re.compile(
    r"\bthey\s+(?:(?:got|made|scored|posted|reached)|were (?:all out|bowled out) for)\s+(\d+)\b"
    rf"|\b{_BOWLED_THEM_OUT} (\d+)\b"
)
"""Each side's total, for a result said only as the two scores."""
_TEAM_TOTAL = re.compile(
    rf"\b(?:(?:{_BOWLED_THEM_OUT}|{_BOWLED_US_OUT}) \d+|"
    r"both (?:teams|sides) (?:made|got|scored|finished on) \d+)|"
    r"\b(?:we|they|us|them|the team|the side|our team|our side)\b"
    r"(?:\s+(?:were|was|got|had|all|been|just|only|eventually|finally|then))*\s+"
    r"(?:(?:got |were |was )?bowled out|all out|(?:got|made|scored|posted|reached|chased)|"
    r"finished on|ended on)(?:\s+for)?\s+\d+"
)
"""A team's total ("we were bowled out for 120", "we got 180"), not the player's innings."""
_MILESTONES: Final = tuple(
    (re.compile(rf"\b{row.pattern}\b"), row.means[0]) for row in MILESTONE_SCORES
)
"""A score said by its milestone (:data:`MILESTONE_SCORES`), as digits."""
_EXACT_AFTER_ROUND = re.compile(
    rf"(?:50|100|150|200)\b\s*,?\s*(?:[a-z]+\s+){{0,3}}?(\d+)\b{NOT_RUNS_AFTER}"
)
"""The exact score said after the rounded one ("got a fifty, 52 off 90 balls", "made a hundred,
104 in the end")."""
_DUCK = re.compile("|".join(rf"\b{duck}\b" for duck in DUCKS))
_BALLS_AFTER = re.compile(
    r"^\s*(?:runs\s*)?(?:not out\s*)?"
    r"(?:,\s*(?=(?:off|from)\s+\d+\s*(?:balls?|deliveries)\b))?(?:off|from|in|of)\s+(\d+)"
    r"(?:\s*(?:balls|deliveries|ball|b)\b)?"
)
"""The balls said right after the runs ("32 off 28"), or in the next clause when a ball word
says so ("75 not out, off sixty ball")."""
_BALLS = re.compile(r"\b(\d+)\s*(?:balls?|deliveries)\b")
_NTH_BALL = re.compile(rf"\b({'|'.join(BALL_ORDINALS)}) ball\b")
_FOURS = re.compile(rf"\b(\d+|{_NO})\s*(?:{'|'.join(BOUNDARY_WORDS['fours'])})\b")
_SIXES = re.compile(rf"\b(\d+|{_NO})\s*(?:{'|'.join(BOUNDARY_WORDS['sixes'])})\b")
_DISMISSALS: Final = tuple((re.compile(rf"(?:^|\b){r.pattern}(?:\b|$)"), r) for r in DISMISSALS)
_NO_BAT = re.compile(
    r"\b(?:did(?: no|n'?t| not)|never) (?:need to |have to |get to )?(?:bat|get a bat)\b|"
    r"\bdidn'?t get a bat\b|\bdidn'?t get in\b|\bno bat\b"
)
_IN_THE_FIELD = re.compile(
    r"\b(?:took|held|hung on to|grabbed|pouched|i caught|caught (?:a|one|two|\d)|catch(?:es)?|"
    r"ran \w+ out|run outs?|stumpings?|in the field|at (?:slip|gully|point|cover) as well)\b"
)
_NO_BOWL = re.compile(
    r"\bdid(?: no|n'?t) (?:get to )?bowl\b|\bor (?:a )?bowl\b|\bdidn'?t get a bowl\b"
)

_FIGURES = re.compile(
    r"(?<![\d.]-)(?<!series )(?<!won )(?<!lost )\b(\d+)\s*(?:wickets?\s+)?(?:for|fer|/|-)\s*(\d+)\b"
    r"(?!\s*(?:minutes|mins|hours|hrs|overs|km|k|win|victory|loss|defeat|series)\b"
    r"|\s*(?:off|from|in) (?:\d+ )?(?:balls|deliveries)|-\d)"
)
"""Wickets for runs ("2 for 30", "2/30", "2-30"), not a series or a win ("won 2-1") nor a part
of the four-figure notation below."""
_OMRW = re.compile(r"(?<![\d.-])(\d+(?:\.[0-5])?)-(\d+)-(\d+)-(\d+)(?![\d-])")
"""The scorebook's overs-maidens-runs-wickets ("4-0-18-2", "10-1-42-4"): four figures and
three dashes, which no date, time or score has."""
_OVERS = re.compile(
    r"(?<!after )(?<!with )(?<!last )(?<!first )(?<!final )(?<!the )\b(\d+(?:\.\d)?)\s*overs?\b"
    r"(?!\s*(?:to spare|left|remaining|to go|worth|game|match|comp\w*|format|cricket|a side|"
    r"per side|innings|thrash|bash|league|final|fixture)\b)"
)
_OVERS_NOT_BOWLED = re.compile(
    r"\b(?:kept|keeping|behind the stumps|batted|batting|fielded|fielding|in the field|"
    r"chased|chasing|knocked (?:it|them) off|got (?:home|there)|won|lost|"
    r"(?:we|they) (?:made|got|scored|posted|reached))"
    r"(?:\s+(?!bowl)[a-z\d]+){0,4}?\s+\d+(?:\.\d)?\s*overs?\b"
)
"""Overs spent keeping, batting or in the field ("kept for the whole 50 overs", "batted
through 20 overs"), or a side's innings ("knocked it off in 15 overs", "they made 150 in 20
overs"), which are not a spell."""
_BOWLED_OVERS = re.compile(
    r"\bbowl(?:ed|ing) (?:(?:my|her|his|all|the|out|a|full|whole|allotted|entire|only|just)\s+)*"
    r"(\d+(?:\.\d)?)(?:\s*overs?\b|"
    r"(?=\s*(?:,|$|(?:and\s+)?(?:\d+|a|an|one|no) maidens?\b)))"
)
"""Overs right after "bowled": "bowled 3 overs", "bowled my full 10, 1 maiden"."""
_MY_OVERS = re.compile(
    r"\b(?:off|in|from) (?:my|her|his) (\d+(?:\.\d)?)\b"
    r"(?!\s*(?:balls|deliveries|minutes|mins|runs))"
)
"""The spell said as the bowler's own ("went for 40 off my 6")."""
_SPELL_WORDS = re.compile(
    r"\bbowl\w*|\bspell\b|\bmaidens?\b|\bwickets?\b|\bwent for\b|\bconceded\b|\bgave\b|"
    r"\bovers? for \d+|"
    r"\b\d+ (?:for|fer|/) \d+"
)
"""Words that put overs in a clause about the player's bowling."""
_FIGURES_OVERS = re.compile(
    r"\b\d+\s*(?:wickets?\s+)?(?:for|fer|/|-)\s*\d+\s+(?:off|in|from)\s+(?:my\s+|his\s+)?"
    r"(\d+(?:\.\d)?)\b(?!\s*(?:balls|deliveries))"
)
_MAIDENS = re.compile(rf"\b{_N}\s+maidens?\b")
_CONCEDED = re.compile(
    r"\b(?:gave(?: away)?|give|gives|giving|conceded|went for|leaked|"
    rf"overs?(?:,?\s*(?:\d+|a|{_NO}) maidens?)?,?\s*for)"
    r"\s+(\d+)\b(?!\s*(?:wickets?|overs?))|\b(?:overs?|wickets?),?\s*,?\s+(\d+)\s+runs\b"
    r"|\bovers? of (?:[\w'-]+ ){1,3}?for (\d+)\b"
    r"|\b\d+ (?:maidens?|wickets?),?\s*,?\s+(\d+)\s+runs?\b(?!\s*out)"
)
_AND_RUNS = re.compile(r"\b\d+ wickets? and (\d+)\s+runs?\b(?!\s*out)")
"""Runs said after the wickets with "and": given away in a spell whose overs are said ("bowled
6 overs, 2 wickets and 31 runs"), scored with the bat otherwise ("got 2 wickets and 10 runs")."""
_WICKETS = re.compile(rf"(?<!by )\b{_N}\s+wickets?\b(?!\s*(?:to spare|in hand|left))")
_HAUL = re.compile(r"\b(\d+) wicket haul\b|\bwicketless\b")

_KEPT = re.compile(
    r"\bkept wicket\b|\bkept\b(?!\s+(?:\w+ing|it|them|my|me|us|him|her|things|quiet|calm|busy|fit|"
    r"up|on|out)\b)|"
    r"\bwicket ?keep\w*|\bkeeping\b|behind the stumps|with the gloves|"
    r"\bstumpings?\b|\bbyes\b"
)
_CATCHES = re.compile(
    rf"(?<!dropped )(?<!put down )\b{_N}\s+"
    r"(?:(?!stumping|bye|wicket|over|(?:and|took|held|i|then|for|dropped)\b)[a-z]+\s+){0,3}?"
    r"(?:catch(?:es)?|cts?)\b"
    r"|\b(?:took|held|pulled off|grabbed|clung on to|hung on to|pouched|completed) (the) "
    r"(?:[a-z]+ ){0,2}?catch\b"
    rf"|\b(?:took|held|pulled off|grabbed|clung on to) {_N} (?:screamer|blinder|worldie|"
    r"stunner|belter)s?\b"
    r"|\b(?:caught|held|pouched|snaffled|grabbed|hung on to|clung on to) (\d+|one)\b"
    r"(?=\s*(?:,|$|and\b)"
    r"|\s+(?:at|in|on|off(?! \d)|out|from|behind|running|diving|low|high|close)\b)"
)
"""Catches: "two catches", "2 ct", "took the winning catch", "took a screamer", "caught one at
mid-on", "held two in the deep"; the count is whichever group matched ("the" is one)."""
_STUMPINGS = re.compile(rf"\b{_N}\s+stumpings?\b")
_BYES = re.compile(rf"\b{_N}\s+byes?\b")
_RUN_OUTS = re.compile(
    rf"\b(?:ran|run)\s+(\d+|a|an|one|him|her|them|someone|the \w+)\s+out\b"
    r"|(?<!in )(?<!was )\b((?<!scored )(?<!made )(?<!got )"
    rf"(?:1|\d+(?=\s+(?:[\w-]+\s+)?run ?outs\b))|a|an|one|{_NO})\s+"
    r"(?:(?:direct[- ]hit|direct|brilliant|great|good|sharp|smart|quick|tidy|nice)\s+)?"
    r"run ?outs?\b"
    r"|\bran out (?:their|the|a|an|one of their) \w+()"
)

_RESULTS: Final = tuple((re.compile(rf"\b(?:{r.pattern})\b"), r) for r in RESULTS)
_AGAINST = r"(?:a|')?gainst|vs\.?|versus|v\.?"
"""Before the team played; "gainst" is how "against" often comes back from speech to text."""
_OPPONENT_CAPS = re.compile(
    rf"\b(?i:{_AGAINST}|played|play|playing|beat|beating|{LOST_TO}|"
    r"lost (?:by [\w ]{1,20}? |in [\w ]{1,20}? |yesterday |today |on \w+ |last \w+ )?to|"
    r"drew with|tied with|"
    r"(?:a )?(?:tie|draw) with|(?:beaten|beat|thumped|hammered|thrashed|"
    r"smashed|done|rolled|knocked over|bowled out) by|(?:match|game|fixture) with|"
    rf"we (?:{BEAT_VERBS}))"
    r"\s+(?:(?i:the)\s+)?([A-Z][\w'&.-]*(?:\s+(?:[A-Z][\w'&.-]*|of|on|upon))*)"
)
_OPPONENT_ANY = re.compile(
    rf"\b(?:{_AGAINST}|beaten by|beat by|beat|{LOST_TO}|lost by [\w ]{{1,20}}? to|drew with|"
    r"tied with)"
    r"\s+(?:the\s+)?([a-z][\w'-]+\.?)(?:\s+([a-z][\w'-]+))?(?:\s+([a-z][\w'-]+))?"
)
_OPPONENT_BEFORE_DAY = re.compile(
    rf"\b(?:played|(?:match|game|fixture) with|we (?:{BEAT_VERBS}))\s+(?:the\s+)?"
    r"([a-z][\w'-]+\.?(?:\s+[a-z][\w'-]+){0,2}?)\s+(?="
    rf"(?:on\s+|last\s+)?{WEEKDAY}\b|yesterday\b|today\b|"
    r"tonight\b|this (?:morning|arvo|afternoon|evening|weekend)\b|"
    r"(?:(?:and|but)\s+)?(?:won|lost|drew|tied)\b|by \d+ (?:runs|wickets)\b)"
)
"""A team named in lower case by where it ends: "played college rifles on saturday", "we
klapped grey high school today by 9 wickets"."""
_NAME_GOES_ON = re.compile(
    rf"(?:\s+[a-z][\w'-]*){{0,2}}\s+(?:{'|'.join(re.escape(w) for w in NAME_SUFFIXES)})\b"
)
"""Lower-case words up to a word that ends team names, after a capitalised name."""
_CORRECTED_NAME = re.compile(
    r"[\s,]*(?:(?i:no|sorry|i mean|actually|or rather|wait)[\s,]+)+"
    r"(?:(?i:against|vs\.?|versus|v)\s+)?(?:(?i:the)\s+)?([A-Z][\w'&.-]*(?:\s+[A-Z][\w'&.-]*)*)"
)
"""A name said again after a slip ("against Glamorgan, sorry, against Gwent"): the second one."""
_SAID_BY_ME = re.compile(
    rf"\bi (?:then |only |just |also |eventually )*(?:{RUN_VERBS}|(?:got |was )?out for)"
    r"\s+(?:a |an |only |just )?$"
)
"""Just before a score: the player says it of themselves ("i got out for 3", "i made 20")."""
_NOT_NAMES: Final = frozenset(
    {
        "I",
        "T20",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "Today",
        "Yesterday",
        "Then",
        "It",
        "We",
    }
)


def _innings_runs(text: str) -> re.Match[str] | None:
    """The player's runs: the first score said right after "I" ("dave got a fifty, i got out for
    3"), else the first score said."""
    matches = sorted((m for p in _RUNS for m in p.finditer(text)), key=lambda m: m.start())
    mine = (m for m in matches if _SAID_BY_ME.search(text, max(0, m.start(1) - 40), m.start(1)))
    return next(mine, matches[0] if matches else None)


def _dismissal(clauses: list[Clause]) -> Dismissal | None:
    for clause in clauses:
        lower = _TEAM_TOTAL.sub("", clause.num) if _TEAM_TOTAL.search(clause.num) else clause.lower
        lower = _RUN_OUTS.sub("", lower)  # running a batter out is fielding, not how I got out
        for pattern, row in _DISMISSALS:
            if found := pattern.search(lower):
                trace.note("batting.dismissal", found[0], f"DISMISSALS row {row.name!r}")
                return row.means[0]  # type: ignore[return-value]
    return None


def _how_out(clauses: list[Clause], innings: list[Clause]) -> Dismissal | None:
    """How the player got out: said with the runs, else anywhere not about fielding ("Got out
    caught at long on in the end" in a sentence of its own)."""
    elsewhere = [c for c in clauses if c not in innings and not _IN_THE_FIELD.search(c.lower)]
    return _dismissal(innings) or _dismissal(elsewhere)


def _own(clauses: list[Clause]) -> list[Clause]:
    """The clauses that may hold the player's figures: not a teammate's or an opponent's ("our
    opener Fahad made a hundred", "Rahul also scored fifty", "their spinner took four")."""
    return [own_part(c) for c in clauses if not someone_elses(c)]


def batting(clauses: list[Clause]) -> Figures | None:
    """The innings the clauses describe, or None when there was none."""
    clauses = _own(clauses)
    text = corrected(" , ".join(_TEAM_TOTAL.sub("", _POSITION.sub("", c.num)) for c in clauses))
    if _NO_BAT.search(text):
        return None
    for milestone, digits in _MILESTONES:
        text = milestone.sub(digits, text)
    runs = _innings_runs(text)
    if runs and (exact := _EXACT_AFTER_ROUND.match(text, runs.start(1))):
        runs = exact if int(runs[1]) < int(exact[1]) < int(runs[1]) + 50 else runs
    duck = _DUCK.search(text)
    if runs is None and duck is None:
        return None
    at = runs if runs and (duck is None or runs.start() < duck.start()) else duck
    assert at is not None
    sentence = _sentence_at(clauses, text, at.start())
    innings = [c for c in clauses if c.sentence == sentence]
    balls_after = _BALLS_AFTER.search(text[at.end() :])
    balls = _BALLS.search(text)
    fours, sixes = _FOURS.search(text), _SIXES.search(text)
    n_balls = int(balls_after[1]) if balls_after else int(balls[1]) if balls else None
    if at is duck and duck is not None:
        n_balls = {"golden": 1, "diamond": 0}.get(duck[1] or "", n_balls)
    if n_balls is None and (nth := _NTH_BALL.search(text)):
        n_balls = BALL_ORDINALS[nth[1]]
    how = "a duck" if at is duck else f"SCORES row {_RUNS.get(at.re, 'the exact score')!r}"
    trace.note("batting.runs", at[0], how)
    if said := balls_after or balls:
        trace.note(
            "batting.balls", said[0], "balls: said with the runs" if balls_after else "balls"
        )
    for name, found in (("fours", fours), ("sixes", sixes)):
        if found:
            trace.note(f"batting.{name}", found[0], f"{name}: counted")
    return dict(
        runs=0 if at is duck else int(at[1]),
        balls=n_balls,
        fours=count(fours[1]) if fours else None,
        sixes=count(sixes[1]) if sixes else None,
        dismissal=_how_out(clauses, innings),
    )


def _sentence_at(clauses: list[Clause], text: str, position: int) -> int:
    """The sentence of the clause that ``position`` in the " , "-joined text falls in."""
    clause_index = text[:position].count(" , ")
    return clauses[min(clause_index, len(clauses) - 1)].sentence


def bowling(clauses: list[Clause]) -> Figures | None:
    """The bowling figures the clauses describe, or None when the player did not bowl."""
    text = _OVERS_NOT_BOWLED.sub("", corrected(" , ".join(c.num for c in _own(clauses))))
    if _NO_BOWL.search(text):
        return None
    omrw = next((m for m in _OMRW.finditer(text) if _is_spell(m)), None)
    if omrw:
        trace.note("bowling", omrw[0], "the scorebook's overs-maidens-runs-wickets")
        return dict(
            overs=float(omrw[1]), maidens=int(omrw[2]), runs=int(omrw[3]), wickets=int(omrw[4])
        )
    figures = next((m for m in _FIGURES.finditer(text) if int(m[1]) <= 10), None)
    overs = _spell_overs(text) or _FIGURES_OVERS.search(text)
    wickets = _WICKETS.search(text)
    haul = _HAUL.search(text)
    conceded = _CONCEDED.search(text) or (_AND_RUNS.search(text) if overs else None)
    if not (figures or overs or wickets or haul):
        return None
    n_wickets = int(figures[1]) if figures else count(wickets[1]) if wickets else 0
    if haul and not figures:
        n_wickets = int(haul[1]) if haul[1] else 0
    maidens = _MAIDENS.search(text)
    for name, found in (
        ("wickets", figures or wickets or haul),
        ("runs", figures or conceded),
        ("overs", overs),
        ("maidens", maidens),
    ):
        if found:
            trace.note(
                f"bowling.{name}", found[0], "wickets for runs" if found is figures else name
            )
    runs = int(figures[2]) if figures else int(_taken(conceded)) if conceded else None
    return dict(
        overs=float(overs[1]) if overs else 0.0,
        maidens=count(maidens[1]) if maidens else None,
        runs=runs,
        wickets=n_wickets,
    )


def _taken(match: re.Match[str]) -> str:
    """Whichever group of ``match`` took part: the patterns with several alternatives keep their
    number in a group of its own each."""
    return next(g for g in match.groups() if g)


def _spell_overs(text: str) -> re.Match[str] | None:
    """The overs bowled: said right after "bowled" ("bowled my full ten", "rained off after 15
    overs, i bowled 3 overs"); else the first said with a word about bowling in its clause when
    there are several ("20 overs, we lost. I did 3 overs, went for 30"); else the first."""
    if bowled := _BOWLED_OVERS.search(text) or _MY_OVERS.search(text):
        return bowled
    said = list(_OVERS.finditer(text))
    for overs in said if len(said) > 1 else ():
        start = text.rfind(" , ", 0, overs.start())
        end = text.find(" , ", overs.end())
        if _SPELL_WORDS.search(text[start + 1 : end if end >= 0 else len(text)]):
            return overs
    return said[0] if said else None


def _is_spell(omrw: re.Match[str]) -> bool:
    """Whether four dashed figures can be a spell: no more maidens than overs, ten wickets at
    most."""
    overs, maidens, wickets = float(omrw[1]), int(omrw[2]), int(omrw[4])
    return maidens <= overs and wickets <= 10


def keeping_and_fielding(clauses: list[Clause]) -> tuple[Figures | None, Figures | None]:
    """Keeping when the player kept wicket, and catches and run outs taken in the field."""
    text = corrected(" , ".join(c.num for c in clauses))
    catches = _CATCHES.search(text)
    n_catches = count(_taken(catches)) if catches else None
    run_outs = _RUN_OUTS.search(text)
    n_run_outs = count(run_outs[1] or run_outs[2] or "1") if run_outs else None
    keeping: Figures | None = None
    if kept := _KEPT.search(text):
        stumpings, byes = _STUMPINGS.search(text), _BYES.search(text)
        trace.note("keeping", kept[0], "kept wicket")
        for name, found in (("catches", catches), ("stumpings", stumpings), ("byes", byes)):
            if found:
                trace.note(f"keeping.{name}", found[0], f"keeping: {name}")
        keeping = dict(
            catches=n_catches,
            stumpings=count(stumpings[1]) if stumpings else None,
            byes=count(byes[1]) if byes else None,
        )
        n_catches = None
    if n_catches is None and n_run_outs is None:
        return keeping, None
    for name, found in (
        ("catches", catches if n_catches is not None else None),
        ("run_outs", run_outs),
    ):
        if found:
            trace.note(f"fielding.{name}", found[0], f"fielding: {name.replace('_', ' ')}")
    return keeping, dict(catches=n_catches, run_outs=n_run_outs)


def result(clauses: list[Clause]) -> Result | None:
    """Won, lost, drawn, tied or no result, when the player said, or when both teams' totals
    were said ("we made 190, they were all out for 142")."""
    text = " , ".join(c.lower for c in clauses)
    for pattern, row in _RESULTS:
        if found := pattern.search(text):
            trace.note("result", found[0], f"RESULTS row {row.name!r}")
            return row.means[0]  # type: ignore[return-value]
    num = " , ".join(c.num for c in clauses)
    ours, theirs = _OUR_TOTAL.search(num), _THEIR_TOTAL.search(num)
    if ours is None or theirs is None:
        return None
    mine, other = (int(_taken(m)) for m in (ours, theirs))
    trace.note("result", f"{ours[0]} ... {theirs[0]}", "both teams' totals")
    return "won" if mine > other else "lost" if mine < other else "tied"


def opponent(clauses: list[Clause]) -> str | None:
    """The team played, from "against X", "vs X", "played X", "beat X", "lost to X", or a
    lower-case name said before the day or the result ("played kew on saturday")."""
    text = " , ".join(c.raw for c in clauses)
    for match in _OPPONENT_CAPS.finditer(text):
        if corrected := _CORRECTED_NAME.match(text, match.end()):
            match = corrected
        words = match[1].split()
        cut = next((i for i, w in enumerate(words) if i and w in _NOT_NAMES), len(words))
        name = " ".join(words[:cut])
        if cut == len(words) and (rest := _NAME_GOES_ON.match(text, match.end())):
            name += rest[0]  # "Royal challengers club": speech to text lost a capital
        name = re.sub(r"\s+(?:of|on|upon)(?:\s+[A-Z]\w*)?$", _kept_on, name).strip(".")
        if name not in _NOT_NAMES:
            trace.note(
                "opponent", match[0], "opponent: a name after 'against', 'played', 'beat'..."
            )
            return name
    lower = text.lower()
    for match in _OPPONENT_ANY.finditer(lower):
        if match[1] not in NOT_OPPONENTS and not match[1].isdigit():
            trace.note("opponent", match[0], "opponent: a lower-case name after 'against'...")
            return _lower_case_name([w for w in match.groups() if w])
    for match in _OPPONENT_BEFORE_DAY.finditer(lower):
        words = match[1].split()
        if not NOT_OPPONENTS.intersection(words) and not any(w.isdigit() for w in words):
            trace.note("opponent", match[0], "opponent: a name before the day or the result")
            return match[1]
    return None


def _kept_on(match: re.Match[str]) -> str:
    """A trailing "on X" stays in a name ("Stratford upon Avon") unless X is a day or the like."""
    tail = match[0].split()
    return match[0] if len(tail) == 2 and tail[1] not in _NOT_NAMES else ""


def _lower_case_name(words: list[str]) -> str:
    """A team named in lower case: one word, or more when the words read as one name ("st
    kilda", "old collegians", "hutt valley cc")."""
    name = [words[0]]
    for word in words[1:]:
        if name[-1].rstrip(".") in NAME_PREFIXES or word in NAME_SUFFIXES:
            name.append(word)
        else:
            break
    return " ".join(name)
