"""Exceptions raised by diplomeet.

Every error diplomeet raises on purpose derives from :class:`DiplomeetError`, and
also from the builtin exception a caller would expect (``KeyError``,
``ValueError``, ``LookupError``), so ``except ValueError`` keeps working.
"""

from __future__ import annotations

__all__ = ["DiplomeetError", "GoldError", "LexiconError", "PluginError", "RuleNotFoundError"]


class DiplomeetError(Exception):
    """Root of diplomeet's own exceptions."""


class RuleNotFoundError(DiplomeetError, KeyError):
    """A rule chain was asked for a rule name it does not have."""

    def __str__(self) -> str:  # KeyError quotes its argument; keep the message readable
        return str(self.args[0]) if self.args else ""


class LexiconError(DiplomeetError, ValueError):
    """A lexicon file or entry is malformed, or a lexicon name is unknown."""


class GoldError(DiplomeetError, ValueError):
    """A gold file or record is malformed: the message names the file, the field and the problem.

    Raised by :mod:`diplomeet.evaluate` (and importable from it).
    """


class PluginError(DiplomeetError, LookupError):
    """A plugin is not registered, is registered twice, cannot be imported, or is not callable.

    Raised by :mod:`diplomeet.plugins` (and importable from it).

    .. versionadded:: 0.1
    """


# Tracebacks keep naming the plugin error where it was first defined, as the
# documentation shows (docs/extending.md); drop this once that page says
# ``diplomeet.errors.PluginError``.
PluginError.__module__ = "diplomeet.plugins"
