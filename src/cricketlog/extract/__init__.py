"""Text to entries: the :class:`Extractor` backends and the one factory that picks one."""

from __future__ import annotations

from cricketlog.config import Settings
from cricketlog.extract.base import Extractor

__all__ = ["Extractor", "make_extractor"]


def make_extractor(settings: Settings) -> Extractor:
    """The backend the settings ask for."""
    if settings.extractor == "openai":
        from cricketlog.extract.openai import OpenAIExtractor

        return OpenAIExtractor(settings)
    from cricketlog.extract.rules import RulesExtractor

    return RulesExtractor()
