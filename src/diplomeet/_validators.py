"""Small reusable attrs validators for the models' invariants."""

from __future__ import annotations

from typing import Any

import attrs

__all__ = ["non_empty_str", "optional_str", "span_bounds", "tuple_of"]


def non_empty_str(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require a ``str`` with at least one non-blank character."""
    if not isinstance(value, str):
        raise TypeError(f"{attribute.name} must be a str, not {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"{attribute.name} must not be empty")


def optional_str(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require ``None`` or a ``str``."""
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{attribute.name} must be a str or None, not {type(value).__name__}")


def span_bounds(instance: Any, _attribute: attrs.Attribute[Any], value: int) -> None:
    """Require ``0 <= start <= end`` on the instance being built."""
    if instance.start < 0:
        raise ValueError(f"Span.start must be >= 0, got {instance.start}")
    if value < instance.start:
        raise ValueError(f"Span.end ({value}) must be >= Span.start ({instance.start})")


@attrs.frozen(repr=False)
class _TupleOf:
    kind: type

    def __call__(self, _instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, tuple):
            raise TypeError(f"{attribute.name} must be a tuple, not {type(value).__name__}")
        for i, item in enumerate(value):
            if not isinstance(item, self.kind):
                raise TypeError(f"{attribute.name}[{i}] must be a {self.kind.__name__}, not {type(item).__name__}")

    def __repr__(self) -> str:
        return f"<tuple_of validator for {self.kind.__name__}>"


def tuple_of(kind: type) -> _TupleOf:
    """Require a tuple whose every item is an instance of *kind*."""
    return _TupleOf(kind)
