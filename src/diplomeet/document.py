r"""The article being read: its original text, a cleaned view, and offset mapping.

Rules never read the caller's string directly. They read :attr:`Document.clean`,
in which every Unicode space is a plain space, control characters are spaces,
lone carriage returns are newlines, and invisible format characters (soft
hyphens, zero-width spaces, byte-order marks, direction marks) are removed so
that "Bli\\u00adnken" reads as one word. :meth:`Document.span` maps offsets of the
clean view back to the original, so every record points at the caller's text.
"""

from __future__ import annotations

import bisect
import operator
import re
import sys
from collections.abc import Callable, Iterable
from functools import reduce
from itertools import accumulate, compress, count, repeat
from typing import NamedTuple

from diplomeet.models import Span, trusted_span
from diplomeet.patterns import TOKEN, TOKEN_ASCII, compile_pattern

__all__ = ["POSSESSIVE", "Document", "Token", "Tokens", "where"]

POSSESSIVE = frozenset({"’s", "'s", "’", "'"})
"""Possessive endings as tokens: "Xi's", "the leaders'"."""

_SPACES = {
    **{c: " " for c in range(0x20) if c != 0x0A},
    0x7F: " ",
    0x85: "\n",
    0xA0: " ",
    0x1680: " ",
    **dict.fromkeys(range(8192, 8203), " "),
    0x2028: "\n",
    0x2029: "\n",
    0x202F: " ",
    0x205F: " ",
    0x3000: " ",
    **{c: " " for c in range(0x80, 0xA0) if c != 0x85},
}
"""Same-length replacements: Unicode spaces and C0/C1 controls (tab included) become spaces."""

_INVISIBLE = r"[\p{Cf}]"
"""Format characters to delete: soft hyphen, zero-width (non-)joiners and spaces, BOM, bidi marks."""

_CRLF = r"\r(?=\n)"


def _char_class(codes: list[int]) -> str:
    """A character class of *codes*, written as ranges (the engine tests ranges much faster)."""
    ranges: list[list[int]] = []
    for c in sorted(codes):
        if ranges and c == ranges[-1][1] + 1:
            ranges[-1][1] = c
        else:
            ranges.append([c, c])
    return "[" + "".join(f"\\U{a:08x}" + (f"-\\U{b:08x}" if b > a else "") for a, b in ranges) + "]"


_TO_REPLACE = re.compile(_char_class(list(_SPACES)))
"""Any character the clean view changes (most texts have none, and then nothing is copied)."""

_NOT_ASCII_WORDISH = r"[^\x00-\x7F](?<=[\s\p{L}\p{M}\p{N}])"
"""A character outside ASCII that is a space, letter, mark or digit: :data:`TOKEN_ASCII` would misread it."""

_WORDISH = compile_pattern(_NOT_ASCII_WORDISH)
""":data:`_NOT_ASCII_WORDISH` compiled once: the pattern cache's own lookup costs more than a search of a
sentence, and every sentence is tokenised."""

_TOKEN_ASCII = re.compile(f"({TOKEN_ASCII})")
""":data:`TOKEN_ASCII` as the one group of a pattern to split by: the parts between are the gaps."""

_TOKEN_SPLIT = "(" + re.sub(r"\(\?P<\w+>", "(?:", TOKEN) + ")"
""":data:`TOKEN` with its named groups made plain, as the one group of a pattern to split by."""

_new_token = tuple.__new__

_intern = sys.intern

_SHARED_TEXT = 40
"""Spans up to this long share one string per distinct text (a long article repeats its names)."""


class Token(NamedTuple):
    """A word, dotted abbreviation or punctuation mark of the clean view."""

    start: int
    """Offset in :attr:`Document.clean`."""
    end: int
    """End offset in :attr:`Document.clean`."""
    text: str
    """The token's characters."""

    @property
    def is_word(self) -> bool:
        """True for words and dotted abbreviations, False for punctuation."""
        return self.text[0].isalnum()

    @property
    def is_cap(self) -> bool:
        """True when the token starts with an upper-case letter."""
        return self.text[0].isupper()


_TEXT = operator.itemgetter(2)
"""A token's text (a ``Token`` is a tuple: ``start``, ``end``, ``text``), read in C."""

MEMO_LIMIT = 20_000
"""Entries a memo keeps before it starts afresh (bounded memory on any input)."""


class _Folds(dict[str, str]):
    """Memo of :func:`fold`: token texts repeat, folding them again costs more than a lookup."""

    __slots__ = ()

    def __missing__(self, text: str) -> str:
        folded = text.casefold().replace("’", "'")
        if len(self) >= MEMO_LIMIT:
            self.clear()
        self[text] = folded
        return folded


_FOLDED = _Folds()

fold: Callable[[str], str] = _FOLDED.__getitem__
"""Case- and quote-fold one token for case-insensitive lookups.

The memo's own lookup, called from C: a word folded before costs no Python frame (rules fold
thousands of words an article), and only a new one is folded (by :meth:`_Folds.__missing__`).
"""


_FEW_KEYS = 4
"""Distinct keys up to which :meth:`Tokens.positions` finds them by list searches (a few passes
at C speed) rather than by testing every token in turn (linear in the text either way)."""


class _Pieces(dict[str, tuple[str, ...]]):
    """Memo: a piece of text between two single spaces -> the parts :data:`_TOKEN_ASCII` splits it into
    after its leading gap: each token, then the gap after it (none inside the piece, the space after it).

    Words and their punctuation recur ("the", "said,"), and each is split by the pattern once, not one
    match per token of every sentence.
    """

    __slots__ = ()

    def __missing__(self, piece: str) -> tuple[str, ...]:
        value: tuple[str, ...]
        if piece.isascii() and piece.isalnum():
            value = (piece, " ")  # most pieces: one word, which the pattern takes whole (no pattern's call)
        else:
            parts = _TOKEN_ASCII.split(piece)  # "", token, "", token, ..., token, "": the piece has no space
            parts[-1] = " "
            value = tuple(parts[1:])
        if len(self) >= MEMO_LIMIT:
            self.clear()
        self[piece] = value
        return value


_pieces = _Pieces().__getitem__


class Tokens(list[Token]):
    """The tokens of one stretch of text, with the lookup keys lexicons need, computed once.

    A plain ``list`` of :class:`Token`; every lexicon that looks the same
    sentence up shares the keys computed when it was made instead of folding
    each token again (slices are plain lists and fold their own). Every sentence
    is looked up both ways (names as written, titles and verbs folded), so both
    are computed at once, in C for the words met before.

    Args:
        tokens: the tokens, in order.
        texts: the text of every token when the caller has them already (the list is kept, not copied).
        curly: whether some text holds a curly apostrophe (’), when the caller knows it from the text the
            tokens were read from; looked for otherwise.
    """

    __slots__ = ("folded", "plain", "texts")

    def __init__(
        self, tokens: Iterable[Token] = (), texts: list[str] | None = None, curly: bool | None = None
    ) -> None:
        list.__init__(self, tokens)  # (not through super(): no proxy object made for every sentence)
        if texts is None:
            texts = list(map(_TEXT, self))
        self.texts: list[str] = texts
        """The text of every token, as written: a plain list, for reading the texts one by one without
        a token's attribute lookup each."""
        keys = list(map(fold, texts))  # (the words met before are folded in C, the others by the memo's __missing__)
        self.folded: tuple[list[str], frozenset[str]] = (keys, frozenset(keys))
        """The case- and quote-folded key of every token (see :func:`fold`), and the set of them."""
        if curly is None:
            curly = "’" in "".join(texts)  # (one character: only a token that holds it can make the join hold it)
        if curly:
            texts = [x.replace("’", "'") for x in texts]
        self.plain: tuple[list[str], frozenset[str]] = (texts, frozenset(texts))
        """The key of every token as written (quote-folded only), and the set of them."""

    def keys(self, *, folded: bool) -> tuple[list[str], frozenset[str]]:
        """The lookup key of every token (case-folded or as written), and the set of them."""
        return self.folded if folded else self.plain

    def positions(self, wanted: frozenset[str], *, folded: bool) -> list[int]:
        """The indices of the tokens whose lookup key (see :meth:`keys`) is one of *wanted*, in order."""
        keys, present = self.folded if folded else self.plain  # (what keys() returns, without its frame)
        if present.isdisjoint(wanted):
            return []  # most calls: no set of hits made (and dropped) for them
        hits = present & wanted
        if len(hits) > _FEW_KEYS:
            return where(keys, hits)
        out: list[int] = []
        for key in hits:
            i = -1
            for _ in range(keys.count(key)):
                i = keys.index(key, i + 1)
                out.append(i)
        if len(hits) > 1:
            out.sort()
        return out


def where(keys: list[str], wanted: frozenset[str], start: int = 0, stop: int | None = None) -> list[int]:
    """The indices in ``[start, stop)`` of the *keys* that are in *wanted*, in order.

    The test runs in C (``map`` of the set's membership test, picked by ``compress``): several times
    faster than a Python loop over the tokens, and still one set lookup per token.
    """
    if start == 0 and stop is None:
        return list(compress(count(), map(wanted.__contains__, keys)))
    return list(compress(count(start), map(wanted.__contains__, keys[start:stop])))


class Document:
    """One article: the caller's text, its clean view, and token access.

    Args:
        text: the caller's original string.
        start: read only ``text[start:end]`` (a window of a very long text): the
            clean view covers that slice, and spans still point into *text*.
        end: see *start*; the end of *text* by default.
    """

    __slots__ = ("_ascii", "_printable", "_removed", "clean", "offset", "outside", "text")

    def __init__(self, text: str, start: int = 0, end: int | None = None) -> None:
        self.text = text
        self.offset = start
        """Offset in :attr:`text` of the first character the clean view covers."""
        self.outside = False
        """Whether :meth:`span` was asked for offsets past the end of the text (a rule's mistake): the empty
        span it gives then does not slice the text, and only the checks of an
        :class:`~diplomeet.Extraction` refuse it."""
        self._removed: list[int] = []
        """Clean-view offsets at which a deleted character used to stand (sorted)."""
        self._ascii: tuple[str, bool] | None = None
        """A clean view and whether :data:`TOKEN_ASCII` reads all of it (no letter, digit or space
        outside ASCII): then no stretch of it needs the slower full pattern."""
        clean = text if start == 0 and end is None else text[start:end]
        # every character the clean view replaces or deletes is unprintable (a control, a space other than
        # " ", a format character: checked against every code point): a text printable but for its newlines,
        # as most are, is taken as it is after one pass in C, with neither pattern's scan
        printable = clean.replace("\n", " ").isprintable()
        if not printable:
            clean = self._cleaned(clean)
        self.clean = clean
        self._printable: str | None = clean if printable else None
        """The clean view when all of it is printable but its newlines (as most texts are): a stretch of it is
        then printable when it holds no newline, found by a search in C instead of a test of every character."""

    def _cleaned(self, clean: str) -> str:
        """*clean* with its Unicode spaces and controls made plain and its invisible characters deleted
        (their offsets noted in :attr:`_removed`).
        """
        present = set(_TO_REPLACE.findall(clean))
        if present:
            # str.replace per character present is many times faster than str.translate
            if "\r" in present:
                clean = clean.replace("\r\n", " \n")
            for ch in present:
                clean = clean.replace(ch, _SPACES[ord(ch)])
            clean = clean.replace("\r", "\n")
        invisible = compile_pattern(_INVISIBLE)
        if invisible.search(clean):
            kept: list[str] = []
            last = 0
            for i, m in enumerate(invisible.finditer(clean)):
                kept.append(clean[last : m.start()])
                self._removed.append(m.start() - i)
                last = m.end()
            kept.append(clean[last:])
            clean = "".join(kept)
        return clean

    def __len__(self) -> int:
        return len(self.clean)

    def original(self, offset: int, *, end: bool = False) -> int:
        """Map an offset of the clean view to the original text (the whole of it).

        Args:
            offset: an offset in :attr:`clean`.
            end: map an exclusive end offset (deleted characters just before it
                stay outside the span).
        """
        if not self._removed:
            return offset + self.offset
        if end:
            return offset + self.offset + bisect.bisect_left(self._removed, offset)
        return offset + self.offset + bisect.bisect_right(self._removed, offset)

    def span(self, start: int, end: int) -> Span:
        """Return the :class:`~diplomeet.Span` of the original text for clean offsets."""
        # what original() computes, inline: an article builds thousands of spans
        removed = self._removed
        if removed:
            o_start = start + self.offset + bisect.bisect_right(removed, start)
            o_end = end + self.offset + bisect.bisect_left(removed, end) if end > start else o_start
        else:
            o_start = start + self.offset
            o_end = end + self.offset if end > start else o_start
        if o_end < o_start:  # noqa: PLR1730 (what max(o_start, o_end) gives, without the call)
            o_end = o_start
        original = self.text
        text = original[o_start:o_end]
        if o_end - o_start <= _SHARED_TEXT:
            text = _intern(text)  # names, titles and verbs recur: one string for all their spans
        if o_start >= 0 and o_end <= len(original):
            return trusted_span(o_start, o_end, text)  # a slice of the text: the checks cannot fail
        span = Span(o_start, o_end, text)  # (refuses any offsets but those of an empty span past the end)
        self.outside = True
        return span

    def tokens(self, start: int = 0, end: int | None = None) -> Tokens:
        """Return the tokens of ``clean[start:end]`` with clean-view offsets."""
        clean = self.clean
        start = max(start, 0)  # as a pattern's search clamps its bounds (a slice would count from the end)
        stop = len(clean) if end is None else max(end, 0)
        pattern = _TOKEN_ASCII
        wordish = _WORDISH
        known = self._ascii
        if known is None or known[0] is not clean:
            known = self._ascii = (clean, wordish.search(clean) is None)
        if not known[1] and wordish.search(clean, start, stop):
            pattern = compile_pattern(_TOKEN_SPLIT)
        # split by the token pattern: gap, token, gap, ..., gap (no lookbehind: the slice reads as the
        # whole would); the offsets are the running sums of the parts' lengths, and the tokens are made
        # in C, not one Python step and one match object each
        chunk = clean[start:stop]
        if (
            pattern is _TOKEN_ASCII
            and ("\n" not in chunk if self._printable is clean else chunk.isprintable())
            and "  " not in chunk
            and chunk[:1] != " "
        ):
            # words set apart by single spaces, and no other space (no tab or newline, which isprintable
            # refuses): the pattern's parts are those of each piece between spaces, read from a memo in C
            # (no token takes a space, and a lookahead reads a space as it reads the end: the pieces split as the whole)
            # (each piece's parts appended by one in-place concatenation, in C: no iterator over each)
            parts = reduce(operator.iadd, map(_pieces, chunk.split(" ")), [""])
        else:
            parts = pattern.split(chunk)
        texts = parts[1::2]
        # the offsets, one running sum read twice a token (its start, then its end) as the tokens are made:
        # no list of them, no slices
        offsets = accumulate(map(len, parts), initial=start)
        next(offsets)  # (the start of the leading gap)
        # (a curly apostrophe is in a token if it is in the text at all: no space holds one)
        # (the sum runs one offset past the last token: zip stops there, with no strict check's keyword to parse)
        tokens = map(_new_token, repeat(Token), zip(offsets, offsets, texts))  # noqa: B905
        return Tokens(tokens, texts, "’" in chunk)
