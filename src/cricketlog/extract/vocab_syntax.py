"""How a word table writes a list of phrases: one string, commas between them.

Word tables read best as lists of words ("um, uh, erm"); a comma inside a pattern's brackets
("hit (?:\\w+ ){0,2}the middle") belongs to the phrase.
"""

from __future__ import annotations


def phrases(text: str) -> tuple[str, ...]:
    """A comma-separated list of phrases, so word tables read as lists of words. A comma inside
    a pattern's brackets ("hit (?:\\w+ ){0,2}the middle") is part of the phrase."""
    found: list[str] = []
    depth = start = 0
    for i, char in enumerate(text):
        depth += (char in "({[") - (char in ")}]")
        if char == "," and depth == 0:
            found.append(text[start:i])
            start = i + 1
    found.append(text[start:])
    return tuple(p.strip() for p in found if p.strip())
