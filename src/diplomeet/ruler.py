"""A named, ordered chain of rules that can be edited by name.

Modelled on markdown-it's ``Ruler``: rules have stable snake_case names, which
are the vocabulary of presets, plugins, docs and tests. A plugin inserts its
rule relative to a named one (``ruler.before("meetings", "summit_words", fn)``)
instead of subclassing anything.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Generic, TypeVar

import attrs

from diplomeet.errors import RuleNotFoundError

__all__ = ["Ruler"]

RuleT = TypeVar("RuleT")


@attrs.define
class _Entry(Generic[RuleT]):
    name: str
    fn: RuleT
    enabled: bool = True


class Ruler(Generic[RuleT]):
    """An ordered list of named rules, each of which can be enabled or disabled.

    .. versionadded:: 0.1
    """

    def __init__(self, rules: Iterable[tuple[str, RuleT]] = ()) -> None:
        self._rules: list[_Entry[RuleT]] = []
        self._active: list[RuleT] | None = None
        for name, fn in rules:
            self.push(name, fn)

    def __repr__(self) -> str:
        names = ", ".join(e.name if e.enabled else f"({e.name})" for e in self._rules)
        return f"Ruler([{names}])"

    def __contains__(self, name: object) -> bool:
        return any(e.name == name for e in self._rules)

    def __iter__(self) -> Iterator[tuple[str, RuleT]]:
        """Iterate over ``(name, rule)`` of the enabled rules, in order."""
        return iter([(e.name, e.fn) for e in self._rules if e.enabled])

    def __len__(self) -> int:
        return len(self._rules)

    def copy(self) -> Ruler[RuleT]:
        """Return an independent copy (same rules, same enabled flags)."""
        other: Ruler[RuleT] = Ruler()
        other._rules = [attrs.evolve(e) for e in self._rules]
        return other

    def names(self, *, enabled_only: bool = False) -> list[str]:
        """Return the rule names in order."""
        return [e.name for e in self._rules if e.enabled or not enabled_only]

    def get(self, name: str) -> RuleT:
        """Return the rule called *name*.

        Raises:
            RuleNotFoundError: there is no rule of that name.
        """
        return self._rules[self._index(name)].fn

    def active(self) -> list[RuleT]:
        """Return the enabled rules in order (cached until the chain changes)."""
        if self._active is None:
            self._active = [e.fn for e in self._rules if e.enabled]
        return self._active

    def _index(self, name: str) -> int:
        for i, entry in enumerate(self._rules):
            if entry.name == name:
                return i
        raise RuleNotFoundError(f"no rule named {name!r}; the chain has {self.names()}")

    def _check_new(self, name: str) -> None:
        if not isinstance(name, str) or not name:
            raise ValueError(f"a rule name must be a non-empty str, not {name!r}")
        if name in self:
            raise ValueError(f"a rule named {name!r} is already in the chain")

    def _changed(self) -> None:
        self._active = None

    def push(self, name: str, fn: RuleT) -> None:
        """Append a rule at the end of the chain."""
        self._check_new(name)
        self._rules.append(_Entry(name, fn))
        self._changed()

    def before(self, existing: str, name: str, fn: RuleT) -> None:
        """Insert a rule just before the rule called *existing*."""
        index = self._index(existing)
        self._check_new(name)
        self._rules.insert(index, _Entry(name, fn))
        self._changed()

    def after(self, existing: str, name: str, fn: RuleT) -> None:
        """Insert a rule just after the rule called *existing*."""
        index = self._index(existing)
        self._check_new(name)
        self._rules.insert(index + 1, _Entry(name, fn))
        self._changed()

    def at(self, name: str, fn: RuleT) -> None:
        """Replace the function of the rule called *name*, keeping its place."""
        self._rules[self._index(name)].fn = fn
        self._changed()

    def remove(self, name: str) -> None:
        """Delete the rule called *name* from the chain."""
        del self._rules[self._index(name)]
        self._changed()

    def enable(self, names: str | Iterable[str]) -> None:
        """Enable the named rules."""
        self._set(names, enabled=True)

    def disable(self, names: str | Iterable[str]) -> None:
        """Disable the named rules (they stay in the chain, in place)."""
        self._set(names, enabled=False)

    def enable_only(self, names: str | Iterable[str]) -> None:
        """Enable exactly the named rules and disable every other."""
        wanted = [names] if isinstance(names, str) else list(names)
        for name in wanted:
            self._index(name)
        for entry in self._rules:
            entry.enabled = entry.name in wanted
        self._changed()

    def _set(self, names: str | Iterable[str], *, enabled: bool) -> None:
        # look every name up first: an unknown name changes nothing
        indices = [self._index(name) for name in ([names] if isinstance(names, str) else list(names))]
        for index in indices:
            self._rules[index].enabled = enabled
        self._changed()
