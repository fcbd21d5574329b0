"""Types of diplomeet's extension points."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from diplomeet.extractor import Extractor
    from diplomeet.state import ExtractionState

__all__ = ["Plugin", "Rule"]

Rule = Callable[["ExtractionState"], None]
"""A rule of the chain: reads and updates the :class:`~diplomeet.state.ExtractionState` in place."""


class Plugin(Protocol):
    """A function that configures an extractor: adds rules, lexicon entries, options.

    Called as ``plugin(extractor, **options)`` by :meth:`Extractor.use
    <diplomeet.Extractor.use>`; options are keyword-only.
    """

    def __call__(self, extractor: Extractor, /, **options: Any) -> None:
        """Configure *extractor*."""
