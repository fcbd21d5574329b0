"""Options of an extractor: frozen, validated, documented values."""

from __future__ import annotations

import attrs

__all__ = ["Options"]


def _positive(_instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ValueError(f"Options.{attribute.name} must be a positive int, got {value!r}")


@attrs.frozen
class Options:
    """Settings that change what an :class:`~diplomeet.Extractor` reports.

    .. versionadded:: 0.1
    """

    min_quote_words: int = attrs.field(default=3, validator=_positive)
    """Quotations with fewer words are scare quotes, not statements ("progress")."""
    max_sentence_chars: int = attrs.field(default=1500, validator=_positive)
    """Longer stretches without a sentence end are cut into pieces of this size, which
    bounds the work per sentence whatever the input (no punctuation, one huge line)."""
    window_chars: int = attrs.field(default=100_000, validator=_positive)
    """Longer texts are read in windows of at most this many characters, cut at paragraph
    breaks where possible, and joined (see :mod:`diplomeet.windows`): time and memory then
    grow with the text. News articles are far shorter and are read whole. A record cannot
    span two windows, and a meeting reported in two of them is reported twice."""
    resolve_pronouns: bool = attrs.field(default=True, validator=attrs.validators.instance_of(bool))
    """Attribute statements and meetings to the person a pronoun refers to."""
    indirect_statements: bool = attrs.field(default=True, validator=attrs.validators.instance_of(bool))
    """Report reported speech (kind ``indirect``) as well as quotations."""
