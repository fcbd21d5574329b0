"""Lexicons: the word lists diplomeet's rules read, shipped as data files.

Every lexicon is one tab-separated file in this package::

    # titles: offices and honorific titles that precede or follow a person's name.
    # Provenance: written for diplomeet from general knowledge of English news usage.
    # Licence: MIT, as the rest of diplomeet.
    title	category	country
    Prime Minister	head_of_government
    Taoiseach	head_of_government	Ireland

* Lines starting with ``#`` before the header are the provenance header; later
  ``#`` lines are comments. Blank lines are ignored.
* The first non-comment line names the columns. The first column is the surface
  form (the key); the others are attributes. A multi-valued cell separates its
  values with ``|``. An empty cell means "no value".

Users extend a lexicon for one :class:`~diplomeet.Extractor` without touching
the package, from code (:meth:`Lexicon.with_entries`) or from a file of the same
format (:meth:`Lexicon.from_file`).
"""

from __future__ import annotations

import importlib.resources
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import attrs
from attrs import field

from diplomeet.errors import LexiconError

if TYPE_CHECKING:
    from typing_extensions import Self

__all__ = ["Entry", "Lexicon", "available", "load"]

_MULTI = "|"


def _columns(
    value: Mapping[str, tuple[str, ...]] | Iterable[tuple[str, tuple[str, ...]]],
) -> dict[str, tuple[str, ...]]:
    """Copy an entry's attributes into a dict of its own (a mapping or ``(column, values)`` pairs)."""
    return dict(value)


@attrs.frozen
class Entry:
    """One row of a lexicon: a surface form and its attributes."""

    text: str
    """The surface form as it is written in news (the key column)."""
    attrs: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict, converter=_columns)
    """Other columns, each a tuple of values (empty when the cell is empty)."""
    get: Callable[[str], str | None] = field(init=False, repr=False, eq=False)
    """Return the first value of a column, or ``None`` when it is empty.

    The lookup of a dictionary of the first values, made with the entry: rules ask entries for a
    column many thousand times an article, and a bound ``dict.get`` answers from C, with no Python
    frame (the field takes no part in comparing or printing entries)."""

    @get.default
    def _first_values(self) -> Callable[[str], str | None]:
        return {column: values[0] for column, values in self.attrs.items() if values}.get

    def values(self, column: str) -> tuple[str, ...]:
        """Return every value of *column* (an empty tuple when it is empty)."""
        return self.attrs.get(column, ())

    def __hash__(self) -> int:
        return hash((self.text, tuple(sorted(self.attrs.items()))))


@attrs.frozen
class Lexicon:
    """A named, immutable list of :class:`Entry` with the file's provenance.

    .. versionadded:: 0.1
    """

    name: str
    """The lexicon's name, e.g. ``"titles"``."""
    columns: tuple[str, ...]
    """Column names; the first one is the surface form."""
    entries: tuple[Entry, ...]
    """The rows, in file order."""
    provenance: str = ""
    """The file's leading comment block: what it is, where it comes from, its licence."""

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, text: object) -> bool:
        return isinstance(text, str) and any(e.text == text for e in self.entries)

    def texts(self) -> list[str]:
        """Return the surface forms, in file order."""
        return [e.text for e in self.entries]

    def with_entries(self, entries: Iterable[Entry | str | Mapping[str, object]]) -> Self:
        """Return a copy with *entries* appended.

        An entry may be an :class:`Entry`, a plain string (a surface form with no
        attributes), or a mapping of column name to a string or list of strings.

        Raises:
            LexiconError: an entry names a column this lexicon does not have.
        """
        added = tuple(self._coerce(e) for e in entries)
        return attrs.evolve(self, entries=self.entries + added)

    def merged(self, other: Lexicon) -> Self:
        """Return a copy with the entries of *other* (same columns) appended."""
        return self.with_entries(other.entries)

    def _coerce(self, entry: Entry | str | Mapping[str, object]) -> Entry:
        if isinstance(entry, Entry):
            result = entry
        elif isinstance(entry, str):
            result = Entry(entry)
        elif isinstance(entry, Mapping):
            key = self.columns[0]
            if key not in entry:
                raise LexiconError(f"lexicon {self.name!r}: entry {entry!r} has no {key!r}")
            values: dict[str, tuple[str, ...]] = {}
            for column, value in entry.items():
                if column == key:
                    continue
                if isinstance(value, str):
                    values[column] = tuple(v for v in value.split(_MULTI) if v)
                elif value is None:
                    values[column] = ()
                else:
                    values[column] = tuple(str(v) for v in value)  # type: ignore[attr-defined]
            result = Entry(str(entry[key]), values)
        else:
            raise LexiconError(f"lexicon {self.name!r}: cannot add {type(entry).__name__}")
        unknown = set(result.attrs) - set(self.columns[1:])
        if unknown:
            raise LexiconError(f"lexicon {self.name!r} has no column(s) {sorted(unknown)}; it has {list(self.columns)}")
        if not result.text.strip():
            raise LexiconError(f"lexicon {self.name!r}: empty surface form")
        return result

    @classmethod
    def from_text(cls, name: str, text: str) -> Self:
        """Parse a lexicon from the text of a file in the format above.

        Raises:
            LexiconError: the text has no header row or a row has too many cells.
        """
        provenance: list[str] = []
        columns: tuple[str, ...] | None = None
        entries: list[Entry] = []
        for lineno, raw in enumerate(text.splitlines(), 1):
            line = raw.rstrip("\r\n")
            if not line.strip():
                continue
            if line.startswith("#"):
                if columns is None:
                    provenance.append(line[1:].strip())
                continue
            cells = line.split("\t")
            if columns is None:
                columns = tuple(c.strip() for c in cells)
                continue
            if len(cells) > len(columns):
                raise LexiconError(f"lexicon {name!r} line {lineno}: {len(cells)} cells for {len(columns)} columns")
            key = cells[0].strip()
            if not key:
                raise LexiconError(f"lexicon {name!r} line {lineno}: empty surface form")
            values = {
                column: tuple(v.strip() for v in cell.split(_MULTI) if v.strip())
                for column, cell in zip(columns[1:], cells[1:], strict=False)
            }
            entries.append(Entry(key, {k: v for k, v in values.items() if v}))
        if columns is None:
            raise LexiconError(f"lexicon {name!r} has no header row")
        return cls(name, columns, tuple(entries), "\n".join(provenance))

    @classmethod
    def from_file(cls, path: str | Path, name: str | None = None) -> Self:
        """Read a lexicon file; its name defaults to the file's stem."""
        path = Path(path)
        return cls.from_text(name or path.stem, path.read_text(encoding="utf-8"))


_SUFFIXES = (".tsv", ".txt")


def available() -> list[str]:
    """Return the names of the lexicons shipped with diplomeet, sorted."""
    root = importlib.resources.files(__name__)
    names = {item.name.rsplit(".", 1)[0] for item in root.iterdir() if item.name.endswith(_SUFFIXES)}
    return sorted(names)


def load(name: str) -> Lexicon:
    """Load the shipped lexicon called *name*.

    Raises:
        LexiconError: there is no such lexicon.
    """
    root = importlib.resources.files(__name__)
    for suffix in _SUFFIXES:
        item = root.joinpath(name + suffix)
        if item.is_file():
            return Lexicon.from_text(name, item.read_text(encoding="utf-8"))
    raise LexiconError(f"no lexicon named {name!r}; available: {', '.join(available())}")
