# Copyright 2026 diplomeet developers. Licence: MIT.

"""Find quotations in English web news text: straight, curly, low-high, guillemets, CJK.

:func:`find_quotations` returns one :class:`Quotation` per quoted stretch, with exact
character offsets into the caller's string. The quotation mark characters and how
they pair are data, in the ``quote_marks`` lexicon (``lexicons/quote_marks.tsv``).

How marks are read
------------------
The text is read once, left to right, one paragraph (line) at a time. Each mark is
classified by its neighbours, like CommonMark's flanking rules:

* *opening position*: it follows the start of the line, a space, an opening bracket,
  a dash, or another mark standing in such a place (``“‘``), and precedes a
  non-space that is not a closing bracket or clause punctuation (``,.;:!?``);
* *closing position*: it follows a non-space and precedes the end of the line, a
  space, punctuation or a symbol.

A mark in opening position opens its family, one in closing position closes the
innermost open quotation whose family it may close, whatever the glyph's drawn
direction: web text mixes them, so ``”Yes,” he said`` and ``“Yes,“ he said`` both
give ``Yes,``. When the position decides nothing (``" spaced "``, ``the"word"``), a
straight mark closes its own open family or else opens, and a curly mark does what
its glyph says. An open quotation lives on a small stack, so quotations nest
(``depth``) and a closer drops any unclosed quotation opened inside it.

Apostrophes
-----------
Marks that double as apostrophes (``'`` and ``’``, ``‘``) are read strictly: inside a
word (``Xi’s``, ``don't``, ``o’clock``) or between spaces they are never quotes; at a
word start they are not openers before an elision (``’em``, ``rock ’n’ roll``,
``’til``) or a two-digit year (``the ’90s``); after ``s`` (or ``in``) and before a
further word they are a plural possessive (``students’ union``, ``goin’ home``), not a
closer, when the next decisive single mark on the line closes and only one single
quotation is open. A single-weight closer never closes across an open double
quotation, so a stray apostrophe cannot cut a double-quoted passage short.

Paragraphs and unclosed quotations
----------------------------------
A quotation never spans a line break, with one exception, the news convention for
quoting several paragraphs: when a paragraph ends inside a quotation and the next
non-blank paragraph *starts* with an opening mark of the same weight, the quotation
continues there (the repeated mark is not a new quotation) until its closing mark. It
is reported once, with ``text`` running from its first to its last quoted character
and ``paragraphs`` listing the piece in each paragraph.

An opening mark that is never closed is dropped by default, so a lone stray mark
never swallows the rest of the article. With ``keep_unclosed=True`` the outermost
unclosed quotation of a paragraph is instead reported cut at the paragraph's end
(after any continuation), with ``close=None``.

Quoted words are trimmed of surrounding white space; quotations with no word
character (``""``, ``"..."``) are dropped, while one-word scare quotes are kept (filter
on :attr:`Quotation.words`). Nesting is capped at :data:`MAX_DEPTH` open quotations,
which keeps time and memory linear on hostile input (100,000 marks, every quote
character, control characters); the function never raises on a ``str``.
"""

from __future__ import annotations

import bisect
import re
import unicodedata

import attrs
import regex  # type: ignore[import-untyped,unused-ignore]

from diplomeet import lexicons

__all__ = ["MAX_DEPTH", "Quotation", "find_quotations"]

MAX_DEPTH = 8
"""Most quotations open at once; further opening marks are ignored until one closes."""


@attrs.frozen
class Quotation:
    """One quoted stretch of text, located by character offsets in the source string.

    .. versionadded:: 0.1
    """

    start: int
    """Offset of the first quoted character (after the opening mark and any space)."""
    end: int
    """One past the last quoted character (before any space and the closing mark)."""
    text: str
    """The quoted text, ``source[start:end]``; spans every paragraph of a continued quote."""
    open: int
    """Offset of the opening mark."""
    close: int | None
    """Offset of the closing mark, or ``None`` for an unclosed quotation cut at a boundary."""
    style: str
    """The family of the opening mark in the ``quote_marks`` lexicon, e.g. ``"curly_double"``."""
    paragraphs: tuple[tuple[int, int], ...]
    """``(start, end)`` of the quoted piece in each paragraph; ``((start, end),)`` for one."""
    depth: int
    """How many reported quotations contain this one: 0 at top level, 1 nested, and so on."""
    words: int
    """Number of word tokens (``\\w+``) in :attr:`text`."""


@attrs.frozen
class _Mark:
    """A quotation mark character as the ``quote_marks`` lexicon describes it."""

    char: str
    role: str
    double: bool
    family: str | None
    closes: frozenset[str]
    apostrophe: bool


@attrs.define
class _Open:
    """A quotation opened and not yet closed."""

    mark: int
    family: str
    double: bool
    piece_start: int
    pieces: list[tuple[int, int]] = attrs.field(factory=list)


@attrs.frozen
class _Found:
    """A quotation found, before nesting depth is known."""

    open: int
    close: int | None
    family: str
    pieces: tuple[tuple[int, int], ...]


def _load_marks() -> dict[str, _Mark]:
    marks: dict[str, _Mark] = {}
    for entry in lexicons.load("quote_marks"):
        role = entry.get("role") or "none"
        if role == "none" or len(entry.text) != 1:
            continue
        marks[entry.text] = _Mark(
            char=entry.text,
            role=role,
            double=entry.get("weight") != "single",
            family=entry.get("family"),
            closes=frozenset(entry.values("closes")),
            apostrophe=entry.get("apostrophe") == "yes",
        )
    return marks


_MARKS = _load_marks()
_NON_SPACE_RE = re.compile(r"\S")
_WORD_RE = re.compile(r"\w+")
_ASCII_WORDS = bytes(ord("w") if _WORD_RE.fullmatch(chr(i)) else ord(" ") for i in range(128)) + b" " * 128
"""Each ASCII byte as ``w`` when it is a word character (``_WORD_RE``), else as a blank: a table for
:meth:`bytes.translate`."""
_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
"""The line boundaries of :meth:`str.splitlines`."""
_BREAK_RE = re.compile("\r\n|[" + _BREAKS + "]")
_BREAK_BACK_RE = regex.compile("(?r)[" + _BREAKS + "]")
"""The last line break before an offset (a backwards search)."""
_OTHER_BREAKS = _BREAKS.replace("\n", "")
"""The line boundaries other than a newline (none is left in a document's clean view)."""

_OPENING_CONTEXT = frozenset({"Ps", "Pi", "Pd"})
"""Unicode categories after which a mark stands in opening position: brackets, dashes."""

_CLAUSE_END = frozenset(",.;:!?")
"""Punctuation that ends a clause: a mark before it is not in opening position."""

_ELISIONS = frozenset({"bout", "cause", "cos", "coz", "em", "n", "nuff", "til", "tis", "twas"})
"""Words an apostrophe shortens at their start (``’em``, ``rock ’n’ roll``, ``’til``)."""


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Return *start*/*end* moved inwards past white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _offsets(text: str) -> list[int]:
    """The offsets of the marks in *text*, in order.

    Each mark character the text holds is found with ``str.find`` (``memchr``, in C): most texts hold
    two or three of them, and a pattern of the class tests every character against all of them.
    """
    out: list[int] = []
    for mark in _MARKS:
        i = text.find(mark)
        while i != -1:
            out.append(i)
            i = text.find(mark, i + 1)
    out.sort()
    return out


class _Scanner:
    """The left-to-right state machine over one text."""

    def __init__(self, text: str, *, keep_unclosed: bool) -> None:
        self.text = text
        self.keep_unclosed = keep_unclosed
        self.stack: list[_Open] = []
        self.pending: _Open | None = None
        self.found: list[_Found] = []
        self.newlines_only = not any(c in text for c in _OTHER_BREAKS)
        self.marks = _offsets(text)
        """The offset of every mark in the text, in order."""
        """Whether a newline is the only line boundary in the text: then the lines are found with
        ``str.find`` and ``str.rfind`` (in C, by ``memchr``), several times faster than the patterns of
        all boundaries, which test a class of ten characters at every offset."""

    # -- context -------------------------------------------------------------------------

    def _position(self, i: int, line_start: int, line_end: int) -> tuple[bool, bool]:
        """Return whether the mark at *i* stands in (opening, closing) position."""
        text = self.text
        prev = text[i - 1] if i > line_start else ""
        nxt = text[i + 1] if i + 1 < line_end else ""
        prev_opens = not prev or self._opens_after(prev)
        if not prev_opens and prev in _MARKS:
            # “‘ or "' at a word start: a mark after another mark that itself starts a word.
            before = text[i - 2] if i - 1 > line_start else ""
            prev_opens = not before or self._opens_after(before) or before in _MARKS
        opening = (
            prev_opens
            and bool(nxt)
            and not nxt.isspace()
            and (nxt in _MARKS or not (nxt in _CLAUSE_END or unicodedata.category(nxt) == "Pe"))
        )
        closing = (
            bool(prev) and not prev.isspace() and (not nxt or nxt.isspace() or unicodedata.category(nxt)[0] in "PS")
        )
        return opening, closing

    @staticmethod
    def _opens_after(ch: str) -> bool:
        """Return whether a mark after *ch* may open: space, opening bracket or dash."""
        return ch.isspace() or unicodedata.category(ch) in _OPENING_CONTEXT

    def _elision(self, i: int, line_end: int) -> int | None:
        """Return the end of the elided word or year the apostrophe at *i* starts, if any."""
        text = self.text
        j = i + 1
        limit = min(line_end, i + 7)
        while j < limit and text[j].isalpha():
            j += 1
        word = text[i + 1 : j].lower()
        if word and (j >= line_end or not text[j].isalnum()) and word in _ELISIONS:  # not ‘N0’
            return j
        if i + 2 < line_end and text[i + 1].isdigit() and text[i + 2].isdigit():
            j = i + 3
            if j < line_end and text[j] in "sS":
                j += 1
            if j >= line_end or not text[j].isalnum():
                return j
        return None

    def _possessive(self, i: int, line_end: int) -> bool:
        """Return whether the closing-position apostrophe at *i* ends a word like ``students’``."""
        text = self.text
        if not (i + 2 < line_end and text[i + 1].isspace() and text[i + 2].isalnum()):
            return False
        return text[i - 1] in "sS" or text[max(0, i - 2) : i] == "in"

    # -- stack ---------------------------------------------------------------------------

    def _open(self, mark: _Mark, i: int) -> None:
        if mark.family is not None and len(self.stack) < MAX_DEPTH:
            self.stack.append(_Open(i, mark.family, mark.double, i + 1))

    def _match(self, mark: _Mark, *, own_only: bool) -> int | None:
        """Return the stack index of the quotation *mark* would close, if any."""
        for k in range(len(self.stack) - 1, -1, -1):
            entry = self.stack[k]
            if entry.family == mark.family if own_only else entry.family in mark.closes:
                return k
            if not mark.double and entry.double:
                return None
        return None

    def _open_singles(self, mark: _Mark) -> int:
        """Count the open single quotations *mark* could close without crossing a double."""
        count = 0
        for entry in reversed(self.stack):
            if entry.double:
                break
            if entry.family in mark.closes:
                count += 1
        return count

    def _close(self, k: int, i: int) -> None:
        entry = self.stack[k]
        del self.stack[k:]
        self._emit(entry, i, _trim(self.text, entry.piece_start, i))

    def _emit(self, entry: _Open, close: int | None, last: tuple[int, int]) -> None:
        if entry.pieces:
            pieces = tuple(p for p in [*entry.pieces, last] if p[0] < p[1])
        else:  # a quotation within one paragraph, the usual case: no generator for one piece
            pieces = (last,) if last[0] < last[1] else ()
        if pieces:
            self.found.append(_Found(entry.mark, close, entry.family, pieces))

    def _give_up(self, entry: _Open) -> None:
        """End an unclosed quotation at a paragraph boundary: drop it or cut it."""
        if self.keep_unclosed and entry.pieces:
            *before, last = entry.pieces
            entry.pieces = before
            self._emit(entry, None, last)

    # -- lines ---------------------------------------------------------------------------

    def scan(self) -> list[_Found]:
        """Read the text line by line, visiting only lines with a mark (or after an open quotation)."""
        text = self.text
        n = len(text)
        pos = 0
        while pos < n:
            # Without a pending quotation only a line with a mark can change anything; with
            # one, only the next non-blank line (which continues it or ends it).
            if self.pending is None:
                k = bisect.bisect_left(self.marks, pos)
                if k == len(self.marks):
                    break
                at = self.marks[k]
            else:
                nxt = _NON_SPACE_RE.search(text, pos)
                if nxt is None:
                    break
                at = nxt.start()
            if self.newlines_only:
                newline = text.rfind("\n", pos, at)
                line_start = pos if newline < 0 else newline + 1
                line_end = text.find("\n", at)
                self._line(line_start, n if line_end < 0 else line_end)
                if line_end < 0:
                    break
                pos = line_end + 1
                continue
            before = _BREAK_BACK_RE.search(text, pos, at)
            line_start = pos if before is None else before.end()
            after = _BREAK_RE.search(text, at)
            self._line(line_start, n if after is None else after.start())
            if after is None:
                break
            pos = after.end()
        if self.pending is not None:
            self._give_up(self.pending)
            self.pending = None
        return self.found

    def _continues(self, p: int, line_end: int) -> bool:
        """Return whether the paragraph starting at *p* continues the pending quotation."""
        pending = self.pending
        mark = _MARKS.get(self.text[p])
        if pending is None or mark is None or mark.family is None:
            return False
        if mark.double != pending.double:
            return False
        if p + 1 >= line_end or self.text[p + 1].isspace():
            return False
        return not (mark.apostrophe and self._elision(p, line_end) is not None)

    def _line(self, line_start: int, line_end: int) -> None:
        text = self.text
        first = _NON_SPACE_RE.search(text, line_start, line_end)
        if first is None:
            return  # a blank line: a pending quotation may still continue after it
        begin = line_start
        if self.pending is not None:
            p = first.start()
            if self._continues(p, line_end):
                self.pending.piece_start = p + 1
                self.stack = [self.pending]
                begin = p + 1
            else:
                self._give_up(self.pending)
            self.pending = None

        events: list[tuple[int, _Mark, bool, bool]] = []
        skip_to = -1
        marks = self.marks
        for i in marks[bisect.bisect_left(marks, begin) : bisect.bisect_left(marks, line_end)]:
            mark = _MARKS[text[i]]
            if mark.apostrophe and line_start < i < line_end - 1 and text[i - 1].isalnum() and text[i + 1].isalnum():
                continue  # inside a word ("Xi’s", "don't"): in neither position (what _position finds, sooner)
            opening, closing = self._position(i, line_start, line_end)
            if mark.apostrophe and (i < skip_to or opening == closing):
                continue  # inside a word, between spaces, or the second mark of ’n’
            if mark.apostrophe and opening:
                elided = self._elision(i, line_end)
                if elided is not None:
                    if elided < line_end and text[elided] in _MARKS:
                        skip_to = elided + 1  # rock ’n’ roll: both marks are apostrophes
                    continue
            events.append((i, mark, opening, closing))

        # For each event, whether the next apostrophe-like mark on the line is a closer.
        next_closes: list[bool] = [False] * len(events)
        running = False
        for n in range(len(events) - 1, -1, -1):
            next_closes[n] = running
            _, mark, opening, closing = events[n]
            if mark.apostrophe:
                running = closing

        for n, (i, mark, opening, closing) in enumerate(events):
            if mark.apostrophe:
                if opening:
                    self._open(mark, i)
                    continue
                k = self._match(mark, own_only=False)
                if k is None:
                    continue
                if self._possessive(i, line_end) and next_closes[n] and self._open_singles(mark) <= 1:
                    continue
                self._close(k, i)
            elif opening and not closing:
                self._open(mark, i)
            elif closing and not opening:
                k = self._match(mark, own_only=False)
                if k is not None:
                    self._close(k, i)
            elif mark.role == "both":
                k = self._match(mark, own_only=True)
                if k is not None:
                    self._close(k, i)
                else:
                    self._open(mark, i)
            elif mark.role == "open":
                self._open(mark, i)
            else:
                k = self._match(mark, own_only=False)
                if k is not None:
                    self._close(k, i)

        if self.stack:
            outer = self.stack[0]
            outer.pieces.append(_trim(text, outer.piece_start, line_end))
            self.pending = outer
            self.stack = []


def _count_words(text: str) -> int:
    """The number of word tokens (as ``_WORD_RE`` finds them) in *text*.

    An ASCII text (nearly every quotation) is counted in C without a string per word: its word characters
    made ``w`` and the others blanks, each word is a ``w`` at the start or after a blank. The pattern
    tests a character for each class of Unicode letters and digits in turn.
    """
    if text.isascii():
        marked = text.encode("ascii").translate(_ASCII_WORDS)
        return marked.count(b" w") + marked.startswith(b"w")
    return len(_WORD_RE.findall(text))


def _nest(found: list[_Found], text: str) -> list[Quotation]:
    """Turn raw finds into :class:`Quotation` records with their nesting depth."""
    result: list[Quotation] = []
    ends: list[int] = []
    for item in sorted(found, key=lambda f: f.open):
        while ends and ends[-1] <= item.open:
            ends.pop()
        start, end = item.pieces[0][0], item.pieces[-1][1]
        quoted = text[start:end]
        words = _count_words(quoted)
        if not words:
            continue
        result.append(
            Quotation(
                start=start,
                end=end,
                text=quoted,
                open=item.open,
                close=item.close,
                style=item.family,
                paragraphs=item.pieces,
                depth=len(ends),
                words=words,
            )
        )
        ends.append(item.close if item.close is not None else end)
    result.sort(key=lambda q: (q.start, q.open))
    return result


def find_quotations(text: str, *, keep_unclosed: bool = False) -> list[Quotation]:
    """Find the quotations in *text*.

    Args:
        text: The caller's original text; every offset returned points into it.
        keep_unclosed: Report a quotation whose closing mark is missing, cut at the end
            of its (last) paragraph with ``close=None``, instead of dropping it.

    Returns:
        The quotations, sorted by :attr:`Quotation.start`; nested ones included with
        ``depth`` above 0.

    Raises:
        TypeError: *text* is not a ``str``.

    Examples:
        >>> [q.text for q in find_quotations("“A,” he said, “B.”")]
        ['A,', 'B.']
    """
    if not isinstance(text, str):
        raise TypeError(f"find_quotations() needs a str, not {type(text).__name__}")
    return _nest(_Scanner(text, keep_unclosed=keep_unclosed).scan(), text)
