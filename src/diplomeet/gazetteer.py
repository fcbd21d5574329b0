"""Phrase matching over tokens: multi-word lexicon entries found longest first.

A :class:`Gazetteer` keeps its phrases in one dictionary keyed by their tokens,
and in a tree of their tokens (a trie): matching at a token follows the tree one
token at a time, one lookup per token of the longest phrase that could still
match (bounded by the longest phrase): linear in the text, whatever the size of
the lexicon.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import compress, count
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
        # the phrases as a tree of their keys (a trie) of numbered nodes, kept in flat containers of strings,
        # numbers and tuples of them, which the garbage collector need not walk: an object per node (some
        # 13,000 for the shipped lexicons) would add to every collection of the old objects, and a walk
        # follows a phrase a key at a time with no slice of the keys made at each length
        self._roots: dict[str, int] = {}
        """First key -> the node of the phrases that start with it."""
        self._edges: dict[tuple[int, str], int] = {}
        """(node, next key) -> the node of the longer phrases that go on with that key."""
        self._ends: list[list[tuple[str, P]] | None] = []
        """Node -> every (phrase, payload) listed for exactly its keys (the list of ``_phrases``), or None."""
        self._open: list[bool] = []
        """Node -> whether some longer phrase goes on from it."""
        for phrase, payload in entries:
            toks = tuple(self._key(t) for t in tokenize(phrase))
            if toks:
                found = self._phrases.setdefault(toks, [])
                found.append((phrase, payload))
                node = self._roots.get(toks[0])
                if node is None:
                    node = self._roots[toks[0]] = self._new_node()
                for key in toks[1:]:
                    self._open[node] = True
                    following = self._edges.get((node, key))
                    if following is None:
                        following = self._edges[node, key] = self._new_node()
                    node = following
                self._ends[node] = found
        self._firsts = frozenset(self._roots)
        """The first keys of the phrases, as a set: a set tests another set for common keys faster
        than a dictionary does (with their stored hashes)."""
        self._longest = max(map(len, self._phrases), default=1)
        """Tokens in the longest phrase."""
        self._phrase_keys: dict[str, tuple[str, ...]] = {}
        """Memo: a phrase looked up -> its key (bounded): tokenising it costs a pattern's scan each time,
        and rules look the same names up again and again ("US-China", a country's name)."""

    def _new_node(self) -> int:
        self._ends.append(None)
        self._open.append(False)
        return len(self._ends) - 1

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
        found = self._phrases.get(self._phrase_key(phrase))
        return [payload for _, payload in found] if found else []  # (most phrases looked up are none)

    def match_at(self, tokens: Sequence[Token], i: int) -> list[Match[P]]:
        """Return the matches starting at token *i*, longest first (all payloads of the longest)."""
        if type(tokens) is not Tokens:
            if self._key(tokens[i].text) not in self._roots:
                return []
            return self._matches([self._key(t.text) for t in tokens[i : i + self._longest]], 0, i)
        keys = (tokens.plain if self.case_sensitive else tokens.folded)[0]
        node = self._roots.get(keys[i])
        if node is None:
            return []  # most tokens start no phrase
        found = self._ends[node]
        last = j = i + 1
        if self._open[node]:
            # the walk of _matches, inlined: a lexicon is asked at thousands of tokens an article
            ends, is_open, edges, size = self._ends, self._open, self._edges, len(keys)
            while j < size and (following := edges.get((node, keys[j]))) is not None:
                node = following
                j += 1
                if ends[node] is not None:
                    found, last = ends[node], j
                if not is_open[node]:
                    break
        if found is None:
            return []
        if len(found) == 1:  # (what _found makes of a phrase listed once, without its frame)
            return [Match(i, last, *found[0])]
        return _found(found, i, last - i)

    def _matches(self, keys: Sequence[str], k: int, i: int) -> list[Match[P]]:
        """The matches of the phrases starting with ``keys[k]`` (token *i* of the caller's sequence):
        the longest phrase of ``keys[k:]``, found by following the tree as far as its keys go.
        """
        node = self._roots.get(keys[k])
        if node is None:
            return []
        found, last = self._ends[node], k + 1
        for j in range(k + 1, len(keys)):
            if not self._open[node]:
                break
            following = self._edges.get((node, keys[j]))
            if following is None:
                break
            node = following
            if self._ends[node] is not None:
                found, last = self._ends[node], j + 1
        return [] if found is None else _found(found, i, last - k)

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
        size = len(keys)
        if start == 0 and end == size:
            # the whole sentence, the usual call: where's test in C, without its frame (no copy of the keys)
            positions = list(compress(count(), map(self._firsts.__contains__, keys)))
        elif start >= 0 and end <= size:
            positions = where(keys, self._firsts, start, end)
        else:
            positions = self.starts(tokens, start, end)
        return self._walk(keys, positions, start, end)

    def find_keys(self, keys: list[str]) -> list[Match[P]]:
        """Return :meth:`find_all`'s matches in tokens given by their lookup *keys* (case-folded when the
        gazetteer ignores case, as :meth:`Tokens.keys <diplomeet.document.Tokens.keys>` gives them): for a
        caller that reads a sentence with some tokens left out, without making new tokens for it.
        """
        return self._walk(keys, where(keys, self._firsts), 0, len(keys))

    def _walk(self, keys: list[str], positions: Iterable[int], start: int, end: int) -> list[Match[P]]:
        """The longest phrase at each of *positions* in the tokens of lookup *keys*, left to right, none
        overlapping the one before nor ending past *end*.
        """
        out: list[Match[P]] = []
        after = start
        roots, edges, ends, is_open = self._roots, self._edges, self._ends, self._open
        size = len(keys)
        # the walk of _matches, inlined: a sentence's starts are tested at one Python frame's cost
        for i in positions:
            if i < after:
                continue
            node = roots[keys[i]]
            found = ends[node]
            last = j = i + 1
            if is_open[node]:
                while j < size and (following := edges.get((node, keys[j]))) is not None:
                    node = following
                    j += 1
                    if ends[node] is not None:
                        found, last = ends[node], j
                    if not is_open[node]:
                        break
            if found is not None and last <= end:  # the longest phrase at i, or none (never a shorter one)
                if len(found) == 1:  # (what _found makes of a phrase listed once, without its frame)
                    out.append(Match(i, last, *found[0]))
                else:
                    out += _found(found, i, last - i)
                after = last
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
