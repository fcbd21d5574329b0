"""Presets: named, readable lists of enabled rules plus options.

``default`` runs every rule. ``zero`` runs none, for users who build their own
chain from the named rules. ``quotes`` finds quotations and their speakers only.
"""

from __future__ import annotations

import attrs

from diplomeet.options import Options
from diplomeet.ruler import Ruler
from diplomeet.rules import DEFAULT_RULES
from diplomeet.typing import Rule

__all__ = ["PRESETS", "Preset", "get"]


_DEFAULT_OPTIONS = Options()
"""The options of a preset that gives none (one shared, frozen instance)."""


@attrs.frozen
class Preset:
    """A name, the rules it enables (in chain order) and its options."""

    name: str
    rules: tuple[str, ...]
    options: Options = _DEFAULT_OPTIONS

    def ruler(self) -> Ruler[Rule]:
        """Return a fresh chain of every known rule with exactly this preset's enabled."""
        chain: Ruler[Rule] = Ruler(DEFAULT_RULES)
        chain.enable_only(self.rules)
        return chain


_ALL = tuple(name for name, _ in DEFAULT_RULES)

PRESETS: dict[str, Preset] = {
    "default": Preset("default", _ALL),
    "zero": Preset("zero", ()),
    "quotes": Preset(
        "quotes",
        ("quotes", "sentences", "mentions", "people", "statements"),
        Options(indirect_statements=False),
    ),
}
"""Every preset by name."""


def get(name: str) -> Preset:
    """Return the preset called *name*.

    Raises:
        ValueError: there is no such preset.
    """
    try:
        return PRESETS[name]
    except KeyError:
        raise ValueError(f"no preset named {name!r}; choose one of {sorted(PRESETS)}") from None
