"""Rules ``quotes`` and ``times``: thin wrappers over self-contained finders."""

from __future__ import annotations

from diplomeet.quotes import find_quotations
from diplomeet.state import ExtractionState

__all__ = ["quotes", "times"]


def quotes(state: ExtractionState) -> None:
    """Find every quotation of the article (``state.quotes``)."""
    state.quotes = find_quotations(state.text)


def times(state: ExtractionState) -> None:
    """Find date expressions (``state.times``) and durations (``state.durations``)."""
    from diplomeet.temporal import find_durations, find_time_expressions  # noqa: PLC0415

    state.times = find_time_expressions(state.text)
    state.durations = find_durations(state.text)
