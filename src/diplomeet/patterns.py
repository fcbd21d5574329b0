"""Regular-expression helpers: the one place that imports :mod:`regex`.

Lexicon entries become alternations sorted longest first, escaped, with word
boundaries, so that "Secretary of State" wins over "Secretary" and no entry
matches inside a longer word. Compiled patterns are cached.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any

import regex  # type: ignore[import-untyped,unused-ignore]

__all__ = ["TOKEN", "TOKEN_ASCII", "WORD", "Pattern", "alternation", "compile_pattern"]

Pattern = regex.Pattern
"""A compiled pattern of the :mod:`regex` module."""

WORD = (
    r"[\p{L}\p{M}\p{N}]+"
    r"(?:-(?!\p{L}\.\p{L}\.)[\p{L}\p{M}\p{N}]+|['’](?![sS](?![\p{L}\p{M}\p{N}]))[\p{L}\p{M}\p{N}]+)*+"
)
"""One word: letters, marks and digits, with inner hyphens and apostrophes (O'Brien, Jae-in),
but not a possessive ending, which is a token of its own (Xi / ’s), nor a dotted abbreviation after a hyphen
("China-U.S." is China, a hyphen and U.S.)."""

TOKEN = (
    r"(?P<abbr>(?:\p{L}\.){2,}+)"  # U.S., U.N., e.g.
    rf"|(?P<word>{WORD})"
    r"|(?P<poss>['’][sS](?![\p{L}\p{M}\p{N}]))"
    r"|(?P<punct>[^\s\p{L}\p{M}\p{N}])"
)
"""A token: a dotted abbreviation, a word, a possessive ending, or one punctuation character."""

TOKEN_ASCII = (
    r"[A-Za-z]\.[A-Za-z]\.(?:[A-Za-z]\.)*"  # noqa: S105 (a pattern, not a password)
    r"|[A-Za-z0-9]+(?:-(?![A-Za-z]\.[A-Za-z]\.)[A-Za-z0-9]+|['’](?![sS](?![A-Za-z0-9]))[A-Za-z0-9]+)*+"
    r"|['’][sS](?![A-Za-z0-9])"
    r"|[^\t\n\x0b\x0c\r A-Za-z0-9]"
)
""":data:`TOKEN` for text whose letters, digits and spaces are all ASCII (punctuation may be any), in the
syntax of the standard :mod:`re` module, which reads such text about twice as fast. Same tokens, same offsets.

The dotted abbreviation has its first two letters written out (the standard engine then sets up no repeat
for the many words that are no abbreviation and fail at their second character), and the word takes its
hyphenated and apostrophed parts possessively, as :data:`TOKEN`'s word does (nothing after them in a token
can need a character back)."""


def alternation(words: Iterable[str], *, boundaries: bool = True) -> str:
    """Return a pattern matching any of *words*, longest first, escaped.

    Args:
        words: the literal strings to match.
        boundaries: wrap the alternation in lookarounds so that matches start and
            end at word edges (a word character never sits just outside).

    Returns:
        A pattern string; ``(?!)`` (never matches) when *words* is empty.
    """
    unique = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    if not unique:
        return "(?!)"
    body = "|".join(regex.escape(w) for w in unique)
    if not boundaries:
        return f"(?:{body})"
    return rf"(?<![\p{{L}}\p{{M}}\p{{N}}])(?:{body})(?![\p{{L}}\p{{M}}\p{{N}}])"


@functools.lru_cache(maxsize=512)
def compile_pattern(pattern: str, flags: int = 0) -> Any:
    """Compile *pattern* with :mod:`regex` (VERSION1 semantics off, cached)."""
    return regex.compile(pattern, flags)
