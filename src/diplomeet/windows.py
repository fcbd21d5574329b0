"""Very long texts: read in windows of bounded size, then joined into one extraction.

A news article is a few thousand characters; a scraped page, a transcript or a
concatenated dump can be megabytes. Reading such a text whole would keep the
parse state of every sentence alive at once and let the stages that compare
records of one article with each other (merging meetings, resolving surnames)
grow faster than the text. :func:`windows` cuts the text, at paragraph breaks
where it can, into pieces of at most ``Options.window_chars`` characters, each
read with spans into the whole text; :func:`join` merges the participants the
pieces share. Time and memory then grow with the text, not
faster, and texts shorter than one window are read exactly as before.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, TypeVar

import attrs

from diplomeet.models import Extraction, Mention, Participant, ParticipantKind, Span

__all__ = ["join", "windows"]

T = TypeVar("T")

_BREAKS = ("\n\n", "\n", ". ", " ")
"""Where a window may end, best first: a paragraph, a line, a sentence, a word."""


def windows(text: str, size: int) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of consecutive pieces of *text* no longer than *size*.

    A piece ends after the last paragraph break in its second half, else the last
    line break, sentence end or space there; a text with none of them is cut at
    *size*. The pieces cover the text exactly, in order.
    """
    if size < 2:
        raise ValueError(f"window size must be at least 2 characters, got {size}")
    n = len(text)
    start = 0
    while n - start > size:
        limit = start + size
        half = start + size // 2
        end = limit
        for brk in _BREAKS:
            at = text.rfind(brk, half, limit)
            if at >= 0:
                end = at + len(brk)
                break
        yield start, end
        start = end
    if start < n or n == 0:
        yield start, n


def _resolve(record: T, people: dict[str, Participant]) -> T:
    """*record* with every participant in it replaced by the one of the same name in *people*."""
    if isinstance(record, Participant):
        return people[record.name]  # type: ignore[return-value]
    if isinstance(record, tuple):
        items = tuple(_resolve(item, people) for item in record)
        return record if all(a is b for a, b in zip(items, record, strict=True)) else items  # type: ignore[return-value]
    kind: Any = type(record)
    if kind is Span or not attrs.has(kind):
        return record
    changes: dict[str, Any] = {}
    for field in attrs.fields(kind):
        value = getattr(record, field.name)
        resolved = _resolve(value, people)
        if resolved is not value:
            changes[field.alias] = resolved
    return attrs.evolve(record, **changes) if changes else record  # type: ignore[misc]


class _People:
    """The participants of the windows read so far, merged, with indexes to find them again."""

    def __init__(self) -> None:
        self.first: dict[str, Participant] = {}
        self.aliases: dict[str, list[str]] = {}
        self.mentions: dict[str, list[Mention]] = {}
        self.facts: dict[str, dict[str, str | None]] = {}
        self.merged: set[str] = set()
        """Names of participants found in more than one window."""
        self._by_alias: dict[tuple[ParticipantKind, str], str] = {}
        self._by_surname: dict[str, list[str]] = {}

    def _same(self, found: Participant) -> str | None:
        """The name of an earlier participant that *found* (from a later window) is, if any."""
        if found.name in self.first:
            return found.name
        name = self._by_alias.get((found.kind, found.name))
        if name is not None:
            return name
        if found.kind is ParticipantKind.PERSON and " " not in found.name:
            ends = self._by_surname.get(found.name, [])
            if len(ends) == 1:
                return ends[0]
        return None

    def add(self, found: Participant) -> str:
        """Merge *found* with the participant it is, or keep it as a new one; return its name."""
        name = self._same(found)
        if name is not None:
            self.merged.add(name)
        else:
            name = found.name
            self.first[name] = found
            self.aliases[name] = []
            self.mentions[name] = []
            self.facts[name] = {"title": found.title, "country": found.country}
            if found.kind is ParticipantKind.PERSON and " " in name:
                self._by_surname.setdefault(name.rsplit(" ", 1)[1], []).append(name)
        aliases = self.aliases[name]
        for alias in (found.name, *found.aliases):
            if alias != name and alias not in aliases:
                aliases.append(alias)
                self._by_alias.setdefault((found.kind, alias), name)
        facts = self.facts[name]
        facts["title"] = facts["title"] or found.title
        facts["country"] = facts["country"] or found.country
        self.mentions[name].extend(found.mentions)
        return name

    def built(self) -> dict[str, Participant]:
        """The merged participants; one found in a single window is the very record it read."""
        return {
            name: first
            if name not in self.merged
            else attrs.evolve(
                first,
                aliases=self.aliases[name],
                title=self.facts[name]["title"],
                country=self.facts[name]["country"],
                mentions=self.mentions[name],
            )
            for name, first in self.first.items()
        }


def join(parts: Sequence[Extraction]) -> Extraction:
    """One :class:`Extraction` from the extractions of the windows of one text.

    Args:
        parts: the extraction of each window, in text order; each has the whole
            text and spans into it (see :class:`~diplomeet.document.Document`).

    Participants of several windows become one (by name, alias or surname), with
    every mention; records keep the order of their windows.
    """
    if len(parts) == 1:
        return parts[0]
    merged = _People()
    names = [{p.name: merged.add(p) for p in part.participants} for part in parts]
    people = merged.built()
    records: dict[str, list[Any]] = {"meetings": [], "statements": [], "topics": [], "outcomes": []}
    for part, local in zip(parts, names, strict=True):
        resolve = {name: people[key] for name, key in local.items()}
        for group, found in records.items():
            found.extend(_resolve(record, resolve) for record in getattr(part, group))
    return Extraction(text=parts[0].text, published=parts[0].published, participants=list(people.values()), **records)
