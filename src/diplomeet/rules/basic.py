r"""Rules ``quotes`` and ``times``: thin wrappers over self-contained finders.

The ``quotes`` rule adds one repair to :func:`diplomeet.quotes.find_quotations`:
web copies of the multi-paragraph convention often lose the opening mark of the
continuing paragraph ("“A.\\n\\nB,” Xi said"). When a paragraph ends inside an
open quotation and the next paragraph has a closing mark of the same family
before any opening mark, the two pieces are one quotation.
"""

from __future__ import annotations

import bisect

from diplomeet.quotes import Quotation, find_quotations
from diplomeet.resources import Resources
from diplomeet.state import ExtractionState

__all__ = ["quotes", "times"]


def _closers(resources: Resources) -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """Closing characters per quotation family, and every opening-capable character."""
    closers: dict[str, set[str]] = {}
    openers: set[str] = set()
    for e in resources.lexicon("quote_marks"):
        role = e.get("role")
        if role in ("close", "both"):
            for family in e.values("closes"):
                closers.setdefault(family, set()).add(e.text)
        if role in ("open", "both"):
            openers.add(e.text)
    return {k: frozenset(v) for k, v in closers.items()}, frozenset(openers)


def _words(text: str) -> int:
    count = 0
    in_word = False
    for ch in text:
        if ch.isalnum():
            if not in_word:
                count += 1
            in_word = True
        else:
            in_word = False
    return count


def _repair(text: str, cut: Quotation, found: _Found, resources: Resources) -> Quotation | None:
    """Join an unclosed quotation with the closing mark that ends the next paragraph's first words."""
    closers, openers = resources.get("quotes.closers", _closers)
    close_set = closers.get(cut.style, frozenset())
    n = len(text)
    start = cut.end
    while start < n and text[start].isspace():
        start += 1
    if start >= n or text.count("\n", cut.end, start) > 3 or "\n" not in text[cut.end : start + 1]:
        return None
    stop = text.find("\n", start)
    stop = n if stop < 0 else stop
    first_quote = found.first_after(start)
    for i in range(start, min(stop, start + 5000)):
        ch = text[i]
        if first_quote is not None and i >= first_quote:
            return None  # a quotation of its own starts first: not a continuation
        if ch in close_set and i > start and not text[i - 1].isspace():
            end = i
            while end > start and text[end - 1].isspace():
                end -= 1
            return Quotation(
                start=cut.start,
                end=end,
                text=text[cut.start : end],
                open=cut.open,
                close=i,
                style=cut.style,
                paragraphs=((cut.start, cut.end), (start, end)),
                depth=0,
                words=_words(text[cut.start : end]),
            )
        if ch in openers and ch not in close_set and (i == start or text[i - 1].isspace()):
            return None
    return None


class _Found:
    """Closed quotations by opening offset, to ask what opens first after a point."""

    def __init__(self, quotations: list[Quotation]) -> None:
        self.opens = sorted(q.open for q in quotations)

    def first_after(self, offset: int) -> int | None:
        i = bisect.bisect_left(self.opens, offset)
        return self.opens[i] if i < len(self.opens) else None


def quotes(state: ExtractionState) -> None:
    """Find every quotation of the article (``state.quotes``)."""
    text = state.text
    found = find_quotations(text, keep_unclosed=True)
    closed = [q for q in found if q.close is not None]
    index = _Found(closed)
    repaired = []
    for q in found:
        if q.close is None and q.depth == 0:
            joined = _repair(text, q, index, state.resources)
            if joined is not None:
                repaired.append(joined)
    # a repair that would cut across another quotation is not one (two stray openers closed by apostrophes)
    tops = sorted((q for q in closed if q.depth == 0), key=lambda q: q.start)
    top_starts = [q.start for q in tops]
    kept: list[Quotation] = []
    for joined in sorted(repaired, key=lambda q: q.start):
        first = max(0, bisect.bisect_left(top_starts, joined.start) - 1)
        last = bisect.bisect_left(top_starts, joined.end)
        near = [*tops[first : last + 1], *kept[-1:]]
        crosses = any(
            (q.start < joined.start < q.end < joined.end) or (joined.start < q.start < joined.end < q.end) for q in near
        )
        if not crosses:
            kept.append(joined)
    state.quotes = sorted(closed + kept, key=lambda q: (q.start, -q.end))


def times(state: ExtractionState) -> None:
    """Find date expressions (``state.times``) and durations (``state.durations``)."""
    from diplomeet.temporal import find_durations, find_time_expressions  # noqa: PLC0415

    text = state.text
    # "the 18th-century villa", "a 2023-style deal": a time joined to a word by a hyphen is a modifier
    state.times = [
        t
        for t in find_time_expressions(text)
        if not (text[t.end : t.end + 1] == "-" and text[t.end + 1 : t.end + 2].isalpha())
    ]
    state.durations = find_durations(text)
