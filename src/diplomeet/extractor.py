"""The extractor: one rule chain, lexicons and options, reused for every article."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from diplomeet import presets
from diplomeet.build import build_extraction
from diplomeet.document import Document
from diplomeet.lexicons import Entry, Lexicon
from diplomeet.options import Options
from diplomeet.resources import Resources
from diplomeet.ruler import Ruler
from diplomeet.state import ExtractionState
from diplomeet.typing import Plugin, Rule
from diplomeet.windows import join, windows

if TYPE_CHECKING:
    from typing_extensions import Self

    from diplomeet.models import Extraction

__all__ = ["Extractor"]


class Extractor:
    """Reads articles into :class:`~diplomeet.Extraction` records.

    An extractor is built once (rules, lexicons, options) and reused for every
    article; lexicons and patterns are compiled on first use and shared. Calling
    :meth:`extract` from several threads at once is safe; changing the extractor
    (:meth:`use`, :meth:`add_entries`, the :attr:`rules` chain) while it is
    extracting is not.

    Args:
        preset: the name of a preset in :mod:`diplomeet.presets`: ``"default"``
            (every rule), ``"zero"`` (no rule: build your own chain), or another.
        options: an :class:`~diplomeet.Options`; the preset's options otherwise.
        lexicons: lexicons that replace shipped ones of the same name.
        plugins: load the plugins registered under the ``diplomeet.plugins``
            entry-point group (see :mod:`diplomeet.plugins`).

    .. versionadded:: 0.1
    """

    def __init__(
        self,
        preset: str = "default",
        *,
        options: Options | None = None,
        lexicons: Mapping[str, Lexicon] | None = None,
        plugins: bool = False,
    ) -> None:
        chosen = presets.get(preset)
        self.rules: Ruler[Rule] = chosen.ruler()
        """The rule chain; edit it by name (``before``, ``after``, ``at``, ``disable``...)."""
        self.options: Options = options if options is not None else chosen.options
        """The options every call uses."""
        self._lexicons: dict[str, Lexicon] = dict(lexicons or {})
        self._resources: Resources | None = None
        if plugins:
            from diplomeet.plugins import load_all  # noqa: PLC0415 (plugins import the extractor)

            for plugin in load_all():
                self.use(plugin)

    def __repr__(self) -> str:
        return f"Extractor(rules={self.rules.names(enabled_only=True)})"

    def __getstate__(self) -> dict[str, Any]:
        """Pickle the configuration, not the compiled caches."""
        return {"rules": self.rules, "options": self.options, "lexicons": self._lexicons}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.rules = state["rules"]
        self.options = state["options"]
        self._lexicons = state["lexicons"]
        self._resources = None

    @property
    def resources(self) -> Resources:
        """Lexicons and compiled patterns (built lazily, rebuilt after a lexicon change)."""
        if self._resources is None:
            self._resources = Resources(self._lexicons)
        return self._resources

    def lexicon(self, name: str) -> Lexicon:
        """Return the lexicon this extractor uses under *name*."""
        return self.resources.lexicon(name)

    def set_lexicon(self, lexicon: Lexicon) -> Self:
        """Replace the lexicon of the same name for this extractor only; returns ``self``."""
        self._lexicons[lexicon.name] = lexicon
        self._resources = None
        return self

    def add_entries(self, name: str, entries: Iterable[Entry | str | Mapping[str, object]]) -> Self:
        """Add entries to the lexicon *name* for this extractor only; returns ``self``.

        Example: ``extractor.add_entries("titles", [{"title": "Emir", "category": "head_of_state"}])``.

        Raises:
            LexiconError: the lexicon does not exist or an entry does not fit it.
        """
        return self.set_lexicon(self.lexicon(name).with_entries(entries))

    def add_lexicon_file(self, path: str, name: str | None = None) -> Self:
        """Add the entries of a lexicon file (same format) to the lexicon it names."""
        extra = Lexicon.from_file(path, name)
        return self.set_lexicon(self.lexicon(extra.name).merged(extra))

    def use(self, plugin: Plugin, **options: Any) -> Self:
        """Apply *plugin* (``plugin(extractor, **options)``) and return ``self``."""
        plugin(self, **options)
        self._resources = None
        return self

    def extract(self, text: str, *, published: _dt.date | _dt.datetime | str | None = None) -> Extraction:
        """Read one article.

        Args:
            text: the article, as published (boilerplate and all).
            published: the article's date, the reference for relative dates
                ("Monday", "yesterday"): a ``date``, a ``datetime`` or an ISO string.

        Returns:
            The :class:`~diplomeet.Extraction`; empty for an empty text.

        Raises:
            TypeError: *text* is not a ``str`` (bytes must be decoded first) or
                *published* is of an unsupported type.
            ValueError: *published* is a string that is not an ISO date.
        """
        if not isinstance(text, str):
            raise TypeError(
                f"text must be a str, not {type(text).__name__}"
                + (" (decode bytes first, e.g. data.decode('utf-8'))" if isinstance(text, (bytes, bytearray)) else "")
            )
        from diplomeet.temporal import parse_published  # noqa: PLC0415

        day = parse_published(published)
        if len(text) <= self.options.window_chars:
            return self._read(Document(text), day)
        return join([self._read(Document(text, *piece), day) for piece in windows(text, self.options.window_chars)])

    def _read(self, document: Document, day: _dt.date | None) -> Extraction:
        state = ExtractionState(document, day, self.options, self.resources)
        for rule in self.rules.active():
            rule(state)
        result = build_extraction(state)
        state.release()
        return result
