"""Phrase matching over tokens: multi-word lexicon entries found longest first.

A :class:`Gazetteer` keeps its phrases in one dictionary keyed by their tokens,
and for each first token the lengths of the phrases that start with it. Matching
at a token costs one lookup per such length: linear in the text, whatever the
size of the lexicon.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Generic, TypeVar

from diplomeet.document import MEMO_LIMIT, Token, Tokens, fold, where
from diplomeet.patterns import TOKEN, compile_pattern

__all__ = ["Gazetteer", "Match", "fold", "tokenize"]

P = TypeVar("P")


def tokenize(phrase: str) -> list[str]:
    """Split a lexicon phrase into the token texts the document tokenizer would give."""
    return [m.group() for m in compile_pattern(TOKEN).finditer(phrase)]


class Match(Generic[P]):
    """A phrase found at tokens ``[first, last)`` with its payload."""

    __slots__ = ("first", "last", "payload", "phrase")

    def __init__(self, first: int, last: int, phrase: str, payload: P) -> None:
        self.first = first
        self.last = last
        self.phrase = phrase
        self.payload = payload

    def __repr__(self) -> str:
        return f"Match({self.first}, {self.last}, {self.phrase!r})"


def _found(found: list[tuple[str, P]], i: int, n: int) -> list[Match[P]]:
    """The matches of the phrases *found* (all listed with the same key) at tokens ``[i, i + n)``."""
    if len(found) == 1:  # (most phrases are listed once: no comprehension's frame for them)
        phrase, payload = found[0]
        return [Match(i, i + n, phrase, payload)]
    return [Match(i, i + n, phrase, payload) for phrase, payload in found]


class Gazetteer(Generic[P]):
    """Find lexicon phrases in token sequences.

    Args:
        entries: ``(phrase, payload)`` pairs; a phrase may be listed with several payloads.
        case_sensitive: compare tokens as written (``"US"`` is not ``"us"``).
    """

    def __init__(self, entries: Iterable[tuple[str, P]], *, case_sensitive: bool = True) -> None:
        self.case_sensitive = case_sensitive
        self._keys: dict[str, str] = {}
        """Memo: token text as written -> lookup key (bounded)."""
        self._phrases: dict[tuple[str, ...], list[tuple[str, P]]] = {}
        """Phrase keys -> every (phrase, payload) listed for them, in lexicon order."""
        lengths: dict[str, set[int]] = {}
        for phrase, payload in entries:
            toks = tuple(self._key(t) for t in tokenize(phrase))
            if toks:
                self._phrases.setdefault(toks, []).append((phrase, payload))
                lengths.setdefault(toks[0], set()).add(len(toks))
        self._lengths: dict[str, list[int]] = {first: sorted(ns, reverse=True) for first, ns in lengths.items()}
        """First key -> the lengths of the phrases that start with it, longest first: a match costs
        one lookup per length, however many phrases share a first word ("the ...")."""
        self._firsts = frozenset(self._lengths)
        """The first keys of the phrases, as a set: a set tests another set for common keys faster
        than a dictionary does (with their stored hashes)."""
        self._longest = max((n for ns in self._lengths.values() for n in ns), default=1)
        """Tokens in the longest phrase."""
        self._phrase_keys: dict[str, tuple[str, ...]] = {}
        """Memo: a phrase looked up -> its key (bounded): tokenising it costs a pattern's scan each time,
        and rules look the same names up again and again ("US-China", a country's name)."""

    def _phrase_key(self, phrase: str) -> tuple[str, ...]:
        key = self._phrase_keys.get(phrase)
        if key is None:
            key = tuple(self._key(t) for t in tokenize(phrase))
            if len(self._phrase_keys) >= MEMO_LIMIT:
                self._phrase_keys.clear()
            self._phrase_keys[phrase] = key
        return key

    @property
    def firsts(self) -> frozenset[str]:
        """The lookup keys that open a phrase (as written, or case-folded when the gazetteer ignores case):
        a phrase can start only at a token whose key is one of them.
        """
        return self._firsts

    def _key(self, text: str) -> str:
        key = self._keys.get(text)
        if key is None:
            key = text.replace("’", "'") if self.case_sensitive else fold(text)
            if len(self._keys) >= MEMO_LIMIT:
                self._keys.clear()
            self._keys[text] = key
        return key

    def __contains__(self, phrase: object) -> bool:
        if not isinstance(phrase, str):
            return False
        return self._phrase_key(phrase) in self._phrases

    def lookup(self, phrase: str) -> list[P]:
        """Return every payload listed for exactly *phrase*."""
        return [payload for _, payload in self._phrases.get(self._phrase_key(phrase), ())]

    def match_at(self, tokens: Sequence[Token], i: int) -> list[Match[P]]:
        """Return the matches starting at token *i*, longest first (all payloads of the longest)."""
        if type(tokens) is Tokens:
            keys = (tokens.plain if self.case_sensitive else tokens.folded)[0]
            lengths = self._lengths.get(keys[i])
            if lengths is None:
                return []  # most tokens start no phrase
            # the loop of _matches, inlined: a lexicon is asked at thousands of tokens an article
            size = len(keys)
            for n in lengths:
                if i + n <= size:
                    found = self._phrases.get(tuple(keys[i : i + n]))
                    if found:
                        return _found(found, i, n)
            return []
        if self._key(tokens[i].text) not in self._lengths:
            return []
        return self._matches([self._key(t.text) for t in tokens[i : i + self._longest]], 0, i)

    def _matches(self, keys: Sequence[str], k: int, i: int) -> list[Match[P]]:
        """The matches of the phrases starting with ``keys[k]`` (token *i* of the caller's sequence)."""
        lengths = self._lengths.get(keys[k])
        if lengths is None:
            return []
        size = len(keys)
        for n in lengths:
            if k + n <= size:
                found = self._phrases.get(tuple(keys[k : k + n]))
                if found:
                    return _found(found, i, n)
        return []

    def starts(self, tokens: Sequence[Token], start: int = 0, stop: int | None = None) -> list[int]:
        """Positions in ``[start, stop)`` where some phrase of this gazetteer may start."""
        end = len(tokens) if stop is None else stop
        index = self._firsts
        if type(tokens) is Tokens:
            keys, present = tokens.plain if self.case_sensitive else tokens.folded
            if present.isdisjoint(index):
                return []
            if start == 0 and end == len(keys):
                return where(keys, index)
            if start >= 0 and end <= len(keys):
                return where(keys, index, start, end)
            return [i for i in range(start, end) if keys[i] in index]
        return [i for i in range(start, end) if self._key(tokens[i].text) in index]

    def find_all(self, tokens: Sequence[Token], start: int = 0, stop: int | None = None) -> list[Match[P]]:
        """Return non-overlapping matches left to right, the longest at each position."""
        if type(tokens) is not Tokens:
            return self._find_all(tokens, start, stop)
        keys, present = tokens.plain if self.case_sensitive else tokens.folded
        if present.isdisjoint(self._firsts):
            return []  # most sentences hold none of a lexicon's first words: nothing more to do
        end = len(keys) if stop is None else stop
        out: list[Match[P]] = []
        after = start
        lengths, phrases = self._lengths, self._phrases
        size = len(keys)
        # the loop of _matches, inlined: a sentence's starts are tested at one Python frame's cost
        if start == 0 and end == size:
            positions = where(keys, self._firsts)  # the whole sentence, the usual call: no copy of its keys
        elif start >= 0 and end <= size:
            positions = where(keys, self._firsts, start, end)
        else:
            positions = self.starts(tokens, start, end)
        for i in positions:
            if i < after:
                continue
            for n in lengths[keys[i]]:
                if i + n <= size:
                    found = phrases.get(tuple(keys[i : i + n]))
                    if found:
                        if i + n <= end:  # the longest phrase at i, or none (never a shorter one)
                            out += _found(found, i, n)
                            after = i + n
                        break
        return out

    def _find_all(self, tokens: Sequence[Token], start: int, stop: int | None) -> list[Match[P]]:
        """:meth:`find_all` over tokens without precomputed keys (a plain list or slice)."""
        end = len(tokens) if stop is None else stop
        out: list[Match[P]] = []
        after = start
        for i in self.starts(tokens, start, end):
            if i < after:
                continue
            matches = [m for m in self.match_at(tokens, i) if m.last <= end]
            if matches:
                out.extend(matches)
                after = matches[0].last
        return out
