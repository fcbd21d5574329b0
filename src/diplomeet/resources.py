"""Lexicons and the structures compiled from them, built once per extractor.

Rules ask for what they need with :meth:`Resources.get`, giving a key and a
builder; the result is built on first use and shared by every later call, from
any thread. Changing a lexicon on the extractor makes a fresh ``Resources``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from typing import TypeVar

from diplomeet import lexicons as _lexicons
from diplomeet.errors import LexiconError
from diplomeet.lexicons import Lexicon

__all__ = ["Resources"]

T = TypeVar("T")


class Resources:
    """The lexicons of one extractor and everything compiled from them.

    Args:
        overrides: lexicons that replace the shipped ones of the same name (or add
            new names). Shipped lexicons not overridden are loaded on demand.
    """

    def __init__(self, overrides: Mapping[str, Lexicon] | None = None) -> None:
        self._overrides = dict(overrides or {})
        self._lexicons: dict[str, Lexicon] = {}
        self._built: dict[str, object] = {}
        self._lock = threading.RLock()

    def lexicon(self, name: str) -> Lexicon:
        """Return the lexicon called *name* (the override if any, else the shipped one).

        Raises:
            LexiconError: no lexicon has that name.
        """
        found = self._lexicons.get(name)
        if found is not None:
            return found
        with self._lock:
            found = self._overrides.get(name)
            if found is None:
                if name not in _lexicons.available():
                    raise LexiconError(f"no lexicon named {name!r} (neither added nor shipped)")
                found = _lexicons.load(name)  # a malformed shipped file raises with its line
            self._lexicons[name] = found
            return found

    def get(self, key: str, build: Callable[[Resources], T]) -> T:
        """Return the structure called *key*, building it with ``build(self)`` once."""
        try:
            return self._built[key]  # type: ignore[return-value]
        except KeyError:
            pass
        with self._lock:
            if key not in self._built:
                self._built[key] = build(self)
            return self._built[key]  # type: ignore[return-value]

    def warm(self, builders: Mapping[str, Callable[[Resources], object]]) -> None:
        """Build every structure in *builders* now (e.g. before forking workers)."""
        for key, build in builders.items():
            self.get(key, build)
