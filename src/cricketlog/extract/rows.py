"""The mechanics of the vocabulary tables: a row of phrases, what they mean, and when not.

Words live in tables (:mod:`cricketlog.extract.vocab`, :mod:`cricketlog.extract.feeling_words`)
as :class:`Row`\\ s: the phrases that say a thing, what they mean, and named exceptions, "unless
followed by" and "unless preceded by", so that a row reads as a sentence ("run, unless
followed by out, chase, rate...; unless preceded by buy a, score a...") instead of a chain of
lookarounds. Each row has a name, which ``extract --explain`` shows beside what it read. This
module turns a row into the pattern the readers search with; it holds no word of its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from cricketlog.extract.vocab_syntax import phrases

_TOUCHING = frozenset("/-")
"""Signs that come right before a figure with no space ("2/30", "3-20")."""


@dataclass(frozen=True)
class Row:
    """One way of saying something.

    ``said``, ``unless_followed_by`` and ``unless_preceded_by`` are comma-separated phrases
    (lower case; a phrase may use pattern syntax: ``\\d+``, ``(?:a|the)``, ``\\w*``). A phrase
    of ``unless_preceded_by`` must have a fixed length ("buy a", "\\d "), as it is checked
    backwards from where ``said`` starts.
    """

    name: str
    """What the row is called where it is shown (``extract --explain``) and in tests."""
    said: str
    means: tuple[str, ...] = ()
    """What the phrases stand for, in the table's own terms (an activity's kind, a result)."""
    unless_followed_by: str = ""
    """Whole phrases that, said right after (after a space), make it mean something else."""
    unless_preceded_by: str = ""
    """Phrases that, said right before (with a space between), make it mean something else."""
    when_followed_by: str = ""
    """Whole phrases one of which must come right after (after a space) for it to count; they
    are not part of what the row reads ("sleep" is "slip" when "catch" follows)."""
    activity: str = ""
    """For activity rows: which activity the row names. Two clauses that name different
    activities may be two entries; rows of one activity are one, however the table is split."""
    tags: frozenset[str] = field(default_factory=frozenset)

    @property
    def pattern(self) -> str:
        """The row as one pattern (without word boundaries, which the reader adds)."""
        before = "".join(
            f"(?<!{p})" if p in _TOUCHING else f"(?<!{p} )"
            for p in phrases(self.unless_preceded_by)
        )
        said = "|".join(phrases(self.said))
        after = phrases(self.unless_followed_by)
        unless = rf"(?! (?:{'|'.join(after)})(?!\w))" if after else ""
        needed = phrases(self.when_followed_by)
        when = rf"(?= (?:{'|'.join(needed)})(?!\w))" if needed else ""
        return f"{before}(?:{said}){unless}{when}"
