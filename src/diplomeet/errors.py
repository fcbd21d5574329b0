"""Exceptions raised by diplomeet.

Every error diplomeet raises on purpose derives from :class:`DiplomeetError`, and
also from the builtin exception a caller would expect (``KeyError``,
``ValueError``), so ``except ValueError`` keeps working.
"""

from __future__ import annotations

__all__ = ["DiplomeetError", "LexiconError", "RuleNotFoundError"]


class DiplomeetError(Exception):
    """Root of diplomeet's own exceptions."""


class RuleNotFoundError(DiplomeetError, KeyError):
    """A rule chain was asked for a rule name it does not have."""

    def __str__(self) -> str:  # KeyError quotes its argument; keep the message readable
        return str(self.args[0]) if self.args else ""


class LexiconError(DiplomeetError, ValueError):
    """A lexicon file or entry is malformed, or a lexicon name is unknown."""
