"""Measure an extractor against gold annotations of your own articles.

A gold folder holds, for each article, ``NAME.txt`` (the text as published) and
``NAME.json`` (what a careful reader extracts from it: people, meetings,
statements, topics, outcomes), in the format the development corpus uses (see
``docs/evaluation.md``). :func:`evaluate_corpus` reads every article with an
:class:`~diplomeet.Extractor`, in process, and compares the records with the
gold; the :class:`Report` gives precision, recall and F1 per category, the
accuracy of meeting dates, places and durations, a per-article breakdown and
every miss with its text::

    >>> gold = Gold.from_dict(
    ...     {"id": "a1", "people": [{"name": "Olaf Scholz", "aliases": ["Scholz"]}],
    ...      "meetings": [], "statements": []},
    ...     text="Olaf Scholz spoke.",
    ... )
    >>> from diplomeet import Extraction, Participant
    >>> score = score_article(Extraction("Olaf Scholz spoke.", participants=[Participant("Scholz")]), gold)
    >>> score.scores.people
    Counts(tp=1, pred=1, gold=1)

How records are matched (the protocol of the project's referee,
``tools/score.py``, implemented here independently):

* Names compare after Unicode decomposition, accent stripping, case folding and
  keeping only word characters ("Xi  Jinping." is "xi jinping"). A system
  person matches the gold person one of whose forms (name or alias) equals its
  name or one of its aliases; failing that, the only gold person one of whose
  forms ends with the same last word (the surname rule). Each gold person is
  matched once; a second system record for them is a false positive.
* Statements match one to one, in gold order, with the first unused system
  statement of the same kind whose words overlap enough: shared words (as a
  multiset) divided by the word count of the longer one, at least 0.5. Direct
  quotes of fewer than three words are left out on both sides. A matched
  statement is also right "end to end" when its speaker is right: any speaker
  when the gold has none, the same gold person by the rules above, or, for an
  organisation, one normalised name containing the other.
* A meeting matches an unused system meeting with exactly the same set of
  participants (resolved to gold people as above) and the same status,
  preferring one whose date agrees. On matched meetings only: the date is right
  when the ISO values agree at the gold's precision (a gold month wants a
  month); the place is right when the gold place, normalised, occurs in the
  system place's text, venue, city or country; the duration is right within
  ``max(5 minutes, 10 %)``.
* Topics match when the word sets of the labels, without a few function words,
  are one a subset of the other; system labels are counted once each, whether
  given at article level or on a meeting. Outcomes match on kind and the
  statement overlap rule applied to their texts.

.. versionadded:: 0.1
"""

from __future__ import annotations

import datetime as _dt
import enum
import json
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol, TypeVar

import attrs

from diplomeet.errors import GoldError
from diplomeet.models import (
    Extraction,
    Meeting,
    MeetingStatus,
    Outcome,
    OutcomeKind,
    Participant,
    Span,
    StatementKind,
)

__all__ = [
    "ACCURACIES",
    "CATEGORIES",
    "Accuracy",
    "ArticleScore",
    "Counts",
    "Gold",
    "GoldError",
    "GoldMeeting",
    "GoldOutcome",
    "GoldPerson",
    "GoldStatement",
    "GoldTopic",
    "Matching",
    "Miss",
    "MissKind",
    "Report",
    "Scores",
    "SupportsExtract",
    "evaluate_corpus",
    "load_corpus",
    "load_gold",
    "score_article",
]

CATEGORIES: tuple[str, ...] = (
    "people",
    "direct",
    "direct_e2e",
    "indirect",
    "indirect_e2e",
    "meetings",
    "topics",
    "outcomes",
)
"""The categories scored with precision, recall and F1, in table order."""

ACCURACIES: tuple[str, ...] = ("date", "location", "duration")
"""The meeting attributes scored as accuracy over matched meetings, in table order."""

_LABELS = {"direct": "direct (span)", "indirect": "indirect (span)"}
"""Row names of the referee's table where they differ from the category names."""

_HEADLINE = ("people", "direct_e2e", "indirect_e2e", "meetings", "date", "location", "duration", "topics", "outcomes")
"""The figures of the one-line summary, in the referee's order."""

_ISO_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
_WORD = re.compile(r"\w+")
"""A word for scoring: the standard library's notion, as the referee's (``regex`` differs on a few marks)."""


# ---------------------------------------------------------------- normalisation


def normalize(text: str | None) -> str:
    """Return *text* as scoring compares it: decomposed, unaccented, case-folded words joined by spaces.

    >>> normalize("  Xi Jinping’s  ")
    'xi jinping s'
    >>> normalize("Erdoğan")
    'erdogan'
    """
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_WORD.findall(bare.casefold()))


def _words(text: str | None) -> list[str]:
    return normalize(text).split()


# ---------------------------------------------------------------- the protocol


@attrs.frozen
class Matching:
    """The thresholds of the matching protocol; the defaults are the referee's.

    .. versionadded:: 0.1
    """

    quote_overlap: float = 0.5
    """Least share of shared words (over the longer text) for two quotes or outcome texts to match."""
    min_direct_words: int = 3
    """Direct quotes with fewer words are not statements (scare quotes) and are left out on both sides."""
    duration_minutes: float = 5
    """Absolute tolerance on a meeting's duration, in minutes..."""
    duration_ratio: float = 0.1
    """...or this share of the gold duration, whichever is larger."""
    label_stopwords: frozenset[str] = attrs.field(
        default=frozenset({"the", "a", "an", "of", "on", "in", "and", "to", "for"}), converter=frozenset
    )
    """Words ignored when topic labels are compared (normalised forms). Part of the protocol, not a lexicon."""

    def quotes_match(self, gold: str, system: str) -> bool:
        """Return whether two quotes share at least :attr:`quote_overlap` of the longer one's words."""
        a, b = Counter(_words(gold)), Counter(_words(system))
        if not a or not b:
            return False
        shared = sum((a & b).values())
        return shared / max(a.total(), b.total()) >= self.quote_overlap

    def labels_match(self, gold: str, system: str) -> bool:
        """Return whether two topic labels' content words are one a subset of the other."""
        a = set(_words(gold)) - self.label_stopwords
        b = set(_words(system)) - self.label_stopwords
        return bool(a and b) and (a <= b or b <= a)

    def duration_ok(self, gold: float, system: float | None) -> bool:
        """Return whether *system* minutes are within tolerance of *gold* minutes."""
        return system is not None and abs(system - gold) <= max(self.duration_minutes, self.duration_ratio * gold)

    @staticmethod
    def date_ok(gold: str, system: str | None) -> bool:
        """Return whether an ISO *system* date agrees with the *gold* one at the gold's precision.

        A gold day accepts any system value that starts with it (a timestamp);
        a gold month or year wants exactly that month or year.
        """
        value = system or ""
        return value.startswith(gold) and (len(value) == len(gold) or len(gold) == 10)

    @staticmethod
    def location_ok(gold: str, system: Iterable[str | None]) -> bool:
        """Return whether the normalised *gold* place occurs in one of the *system* place names."""
        wanted = normalize(gold)
        return bool(wanted) and any(wanted in normalize(v) for v in system if v)


_REFEREE = Matching()


class _PeopleIndex:
    """The gold people of one article, and which of them a name designates."""

    def __init__(self, people: Sequence[GoldPerson]) -> None:
        self.forms = [{f for f in map(normalize, (p.name, *p.aliases)) if f} for p in people]
        self.surnames = [{f.rsplit(" ", 1)[-1] for f in forms} for forms in self.forms]

    def find(self, *names: str | None) -> int | None:
        """Return the index of the gold person one of *names* designates, or ``None``."""
        wanted = [normalize(n) for n in names if n]
        for i, forms in enumerate(self.forms):
            if any(w in forms for w in wanted):
                return i
        for w in wanted:
            if not w:
                continue
            last = w.rsplit(" ", 1)[-1]
            hits = [i for i, surnames in enumerate(self.surnames) if last in surnames]
            if len(hits) == 1:
                return hits[0]
        return None


# ---------------------------------------------------------------- gold records


def _check_iso(value: str | None, what: str) -> None:
    if value is None:
        return
    if not _ISO_DATE.fullmatch(value):
        raise GoldError(f"{what} {value!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)")
    parts = [int(p) for p in value.split("-")]
    try:
        _dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        raise GoldError(f"{what} {value!r} is not a real date") from None


def _opt_str(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, str):
        raise GoldError(f"{attribute.name} must be a string or null, not {type(value).__name__}")


def _text(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise GoldError(f"{attribute.name} must be a non-empty string, not {value!r}")


def _strings(value: object) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise GoldError(f"expected a list of strings, not {value!r}")
    items = tuple(value)
    for item in items:
        if not isinstance(item, str):
            raise GoldError(f"expected a list of strings, found {item!r}")
    return items


_E = TypeVar("_E", bound=enum.Enum)


def _member(cls: type[_E], value: object) -> _E:
    try:
        return cls(value)
    except ValueError:
        allowed = ", ".join(repr(m.value) for m in cls)
        raise GoldError(f"must be one of {allowed}, not {value!r}") from None


def _status(value: object) -> MeetingStatus:
    return _member(MeetingStatus, value)


def _statement_kind(value: object) -> StatementKind:
    return _member(StatementKind, value)


def _outcome_kind(value: object) -> OutcomeKind:
    return _member(OutcomeKind, value)


@attrs.frozen
class GoldPerson:
    """A named person of the article, as the annotator resolved them."""

    name: str = attrs.field(validator=_text)
    """The fullest correct form the article supports."""
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    """Every other form the article uses (surname alone, misspellings)."""
    title: str | None = attrs.field(default=None, validator=_opt_str)
    """The title as the article gives it."""
    country: str | None = attrs.field(default=None, validator=_opt_str)
    """The country as the article gives it."""

    def to_dict(self) -> dict[str, Any]:
        """Return the record as in a gold file."""
        return {"name": self.name, "aliases": list(self.aliases), "title": self.title, "country": self.country}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GoldPerson:
        """Read the record of a gold file."""
        return cls(_need(data, "name"), data.get("aliases") or (), data.get("title"), data.get("country"))


@attrs.frozen
class GoldMeeting:
    """A meeting the article reports, with the attributes scored on matched meetings."""

    participants: tuple[str, ...] = attrs.field(converter=_strings)
    """The named participants: canonical names of :attr:`Gold.people`."""
    status: MeetingStatus = attrs.field(converter=_status)
    """Held or planned."""
    others: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    """Unnamed parties as written (not scored)."""
    date: str | None = attrs.field(default=None, validator=_opt_str)
    """ISO ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``, or ``None`` when the article gives no time."""
    location: str | None = attrs.field(default=None, validator=_opt_str)
    """The plain place name, or ``None``."""
    duration_minutes: float | None = attrs.field(default=None)
    """The stated length in minutes, or ``None``."""
    evidence: str | None = attrs.field(default=None, validator=_opt_str)
    """An exact substring of the text that states the meeting."""

    @date.validator
    def _check_date(self, _attribute: attrs.Attribute[Any], value: str | None) -> None:
        _check_iso(value, "date")

    @duration_minutes.validator
    def _check_duration(self, _attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None:
            return
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
            raise GoldError(f"duration_minutes must be a positive number or null, not {value!r}")

    def describe(self) -> str:
        """Return a one-line summary: participants, status and date."""
        names = " + ".join(self.participants) or "(no named participant)"
        return f"{names} ({self.status.value}, {self.date or 'no date'})"

    def to_dict(self) -> dict[str, Any]:
        """Return the record as in a gold file."""
        return {
            "participants": list(self.participants),
            "others": list(self.others),
            "status": self.status.value,
            "date": self.date,
            "location": self.location,
            "duration_minutes": self.duration_minutes,
            "evidence": self.evidence,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GoldMeeting:
        """Read the record of a gold file."""
        return cls(
            participants=_need(data, "participants"),
            status=_need(data, "status"),
            others=data.get("others") or (),
            date=data.get("date"),
            location=data.get("location"),
            duration_minutes=data.get("duration_minutes"),
            evidence=data.get("evidence"),
        )


@attrs.frozen
class GoldStatement:
    """A statement the article reports: quoted or reported words and whose they are."""

    kind: StatementKind = attrs.field(converter=_statement_kind)
    """Direct (inside quotation marks) or indirect (reported speech)."""
    quote: str = attrs.field(validator=_text)
    """The exact words (an exact substring of the text)."""
    speaker: str | None = attrs.field(default=None, validator=_opt_str)
    """A person's canonical name, an organisation as written, or ``None`` when the text names no one."""
    channel: str | None = attrs.field(default=None, validator=_opt_str)
    """The outlet or document it came through (not scored)."""

    def to_dict(self) -> dict[str, Any]:
        """Return the record as in a gold file."""
        data: dict[str, Any] = {"speaker": self.speaker, "kind": self.kind.value, "quote": self.quote}
        if self.channel is not None:
            data["channel"] = self.channel
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GoldStatement:
        """Read the record of a gold file."""
        return cls(_need(data, "kind"), _need(data, "quote"), data.get("speaker"), data.get("channel"))


@attrs.frozen
class GoldTopic:
    """An issue the article says was discussed."""

    label: str = attrs.field(validator=_text)
    """A short noun phrase as the article words it."""
    evidence: str = attrs.field(validator=_text)
    """An exact substring of the text that states it."""

    def to_dict(self) -> dict[str, Any]:
        """Return the record as in a gold file."""
        return {"label": self.label, "evidence": self.evidence}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GoldTopic:
        """Read the record of a gold file."""
        return cls(_need(data, "label"), _need(data, "evidence"))


@attrs.frozen
class GoldOutcome:
    """What came of the talks: agreed, pledged or not agreed."""

    kind: OutcomeKind = attrs.field(converter=_outcome_kind)
    """Agreement, pledge or non-agreement."""
    text: str = attrs.field(validator=_text)
    """The content, an exact substring of the text."""
    parties: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    """Canonical names or countries (not scored)."""

    def to_dict(self) -> dict[str, Any]:
        """Return the record as in a gold file."""
        return {"kind": self.kind.value, "text": self.text, "parties": list(self.parties)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GoldOutcome:
        """Read the record of a gold file."""
        return cls(_need(data, "kind"), _need(data, "text"), data.get("parties") or ())


def _need(data: Mapping[str, Any], key: str) -> Any:
    if not isinstance(data, Mapping):
        raise GoldError(f"expected an object, not {data!r}")
    if key not in data:
        raise GoldError(f"missing key {key!r}")
    return data[key]


def _records(data: Mapping[str, Any], key: str, read: Any, *, required: bool = True) -> tuple[Any, ...] | None:
    if key not in data and not required:
        return None
    items = _need(data, key)
    if not isinstance(items, list):
        raise GoldError(f"{key} must be a list, not {type(items).__name__}")
    out = []
    i = 0
    try:
        for i, item in enumerate(items):  # noqa: B007 (i names the record in the error)
            out.append(read(item))
    except GoldError as exc:
        raise GoldError(f"{key}[{i}]: {exc}") from None
    return tuple(out)


def _gold_tuple(kind: type) -> Any:
    def check(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, tuple) or not all(isinstance(v, kind) for v in value):
            raise GoldError(f"{attribute.name} must be a tuple of {kind.__name__}")

    return check


def _opt_gold_tuple(kind: type) -> Any:
    check = _gold_tuple(kind)

    def optional(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None:
            check(instance, attribute, value)

    return optional


def _people(value: Iterable[GoldPerson]) -> tuple[GoldPerson, ...]:
    return tuple(value)


def _meetings(value: Iterable[GoldMeeting]) -> tuple[GoldMeeting, ...]:
    return tuple(value)


def _statements(value: Iterable[GoldStatement]) -> tuple[GoldStatement, ...]:
    return tuple(value)


def _topics(value: Iterable[GoldTopic] | None) -> tuple[GoldTopic, ...] | None:
    return None if value is None else tuple(value)


def _outcomes(value: Iterable[GoldOutcome] | None) -> tuple[GoldOutcome, ...] | None:
    return None if value is None else tuple(value)


@attrs.frozen
class Gold:
    """The gold annotation of one article, checked against its text.

    Construction checks that every quote, evidence and outcome text is an exact
    substring of :attr:`text` and that every meeting participant is one of
    :attr:`people`, and raises :class:`GoldError` naming the field otherwise.

    .. versionadded:: 0.1
    """

    id: str = attrs.field(validator=_text)
    """The article's identifier (the file name without extension by default)."""
    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    """The article text exactly as published."""
    people: tuple[GoldPerson, ...] = attrs.field(default=(), converter=_people, validator=_gold_tuple(GoldPerson))
    """Every named person."""
    meetings: tuple[GoldMeeting, ...] = attrs.field(default=(), converter=_meetings, validator=_gold_tuple(GoldMeeting))
    """Every meeting held or planned."""
    statements: tuple[GoldStatement, ...] = attrs.field(
        default=(), converter=_statements, validator=_gold_tuple(GoldStatement)
    )
    """Every statement, direct or indirect."""
    topics: tuple[GoldTopic, ...] | None = attrs.field(
        default=None, converter=_topics, validator=_opt_gold_tuple(GoldTopic)
    )
    """Topics, or ``None`` when the file does not annotate them (then they are not scored)."""
    outcomes: tuple[GoldOutcome, ...] | None = attrs.field(
        default=None, converter=_outcomes, validator=_opt_gold_tuple(GoldOutcome)
    )
    """Outcomes, or ``None`` when the file does not annotate them (then they are not scored)."""
    published: str | None = attrs.field(default=None, validator=_opt_str)
    """The publication date (ISO, possibly only ``YYYY-MM``): the reference for "Monday"."""
    source: str | None = attrs.field(default=None, validator=_opt_str)
    """Where the article came from (not scored)."""

    def __attrs_post_init__(self) -> None:
        _check_iso(self.published, "published")
        names = {p.name for p in self.people}
        for i, m in enumerate(self.meetings):
            for name in m.participants:
                if name not in names:
                    raise GoldError(f"meetings[{i}].participants: {name!r} is not the name of one of people")
            self._substring(m.evidence, f"meetings[{i}].evidence")
        for i, s in enumerate(self.statements):
            self._substring(s.quote, f"statements[{i}].quote")
        for i, t in enumerate(self.topics or ()):
            self._substring(t.evidence, f"topics[{i}].evidence")
        for i, o in enumerate(self.outcomes or ()):
            self._substring(o.text, f"outcomes[{i}].text")

    def _substring(self, value: str | None, where: str) -> None:
        if value is not None and value not in self.text:
            short = value if len(value) <= 70 else value[:67] + "..."
            raise GoldError(
                f"{where} is not an exact substring of the article text: {short!r}"
                " (check quotation marks, apostrophes, dashes and spaces)"
            )

    def locate(self, value: str | None) -> Span | None:
        """Return the span of the first occurrence of *value* in the text, if any."""
        if not value:
            return None
        start = self.text.find(value)
        return None if start < 0 else Span.of(self.text, start, start + len(value))

    def to_dict(self) -> dict[str, Any]:
        """Return the gold file's JSON object (without the text, which lives in the ``.txt`` file)."""
        data: dict[str, Any] = {
            "id": self.id,
            "source": self.source,
            "published": self.published,
            "people": [p.to_dict() for p in self.people],
            "meetings": [m.to_dict() for m in self.meetings],
            "statements": [s.to_dict() for s in self.statements],
        }
        if self.topics is not None:
            data["topics"] = [t.to_dict() for t in self.topics]
        if self.outcomes is not None:
            data["outcomes"] = [o.to_dict() for o in self.outcomes]
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, text: str, id: str | None = None) -> Gold:  # noqa: A002
        """Read a gold file's JSON object; *text* is the article.

        Args:
            data: the parsed JSON (``people``, ``meetings`` and ``statements``
                are required; ``topics`` and ``outcomes`` are optional).
            text: the article text the quotes and evidence are substrings of.
            id: the article's identifier when ``data`` has no ``id``.

        Raises:
            GoldError: a key is missing, a value has the wrong type, or a quote
                or evidence is not in the text.
        """
        if not isinstance(data, Mapping):
            raise GoldError(f"a gold file holds a JSON object, not {type(data).__name__}")
        ident = data.get("id") or id
        if not ident:
            raise GoldError("missing key 'id'")
        return cls(
            id=ident,
            text=text,
            people=_records(data, "people", GoldPerson.from_dict) or (),
            meetings=_records(data, "meetings", GoldMeeting.from_dict) or (),
            statements=_records(data, "statements", GoldStatement.from_dict) or (),
            topics=_records(data, "topics", GoldTopic.from_dict, required=False),
            outcomes=_records(data, "outcomes", GoldOutcome.from_dict, required=False),
            published=data.get("published"),
            source=data.get("source"),
        )


def load_gold(path: str | os.PathLike[str]) -> Gold:
    """Read one annotated article: ``NAME.json`` and its text.

    The text is ``NAME.txt`` beside the JSON file, or the file the JSON's
    optional ``text_file`` key names (relative to the JSON file). It is read as
    UTF-8 with universal newlines, as ``python -m diplomeet extract`` reads it.

    Args:
        path: the ``.json`` file (the ``.txt`` or the name without extension work too).

    Returns:
        The checked :class:`Gold`; its :attr:`~Gold.id` is the JSON's ``id``
        or, failing that, the file name without extension.

    Raises:
        GoldError: the JSON is malformed or does not fit its text; the message
            starts with the file name.
        OSError: a file cannot be read.

    .. versionadded:: 0.1
    """
    json_path = Path(path).with_suffix(".json")
    try:
        data = json.loads(json_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise GoldError(f"{json_path}: not valid JSON: {exc}") from None
    text_file = data.get("text_file") if isinstance(data, dict) else None
    text_path = json_path.parent / text_file if isinstance(text_file, str) else json_path.with_suffix(".txt")
    text = text_path.read_text(encoding="utf-8")
    try:
        return Gold.from_dict(data, text=text, id=json_path.stem)
    except GoldError as exc:
        raise GoldError(f"{json_path}: {exc}") from None


def load_corpus(folder: str | os.PathLike[str], *, only: Iterable[str] | None = None) -> list[Gold]:
    """Read every annotated article of *folder*, in file-name order.

    JSON files without a ``people`` key (a manifest, say) are skipped.

    Args:
        folder: a directory of ``NAME.json`` + ``NAME.txt`` pairs.
        only: keep just these articles (by ``id`` or file name without extension).

    Raises:
        GoldError: a gold file is malformed (the message names it).
        NotADirectoryError: *folder* is not a directory.

    .. versionadded:: 0.1
    """
    root = Path(folder)
    if not root.is_dir():
        raise NotADirectoryError(f"not a corpus folder: {root}")
    wanted = None if only is None else set(only)
    out = []
    for json_path in sorted(root.glob("*.json")):
        try:
            data = json.loads(json_path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise GoldError(f"{json_path}: not valid JSON: {exc}") from None
        if not isinstance(data, dict) or "people" not in data:
            continue
        if wanted is not None and data.get("id") not in wanted and json_path.stem not in wanted:
            continue
        out.append(load_gold(json_path))
    return out


# ---------------------------------------------------------------- scores


@attrs.frozen
class Counts:
    """True positives, system records and gold records of one category; adds up across articles.

    .. versionadded:: 0.1
    """

    tp: int = attrs.field(default=0, validator=attrs.validators.ge(0))
    """Gold records matched by a system record (for ``*_e2e``: matched with the right speaker)."""
    pred: int = attrs.field(default=0, validator=[attrs.validators.ge(0)])
    """System records."""
    gold: int = attrs.field(default=0, validator=[attrs.validators.ge(0)])
    """Gold records."""

    def __attrs_post_init__(self) -> None:
        if self.tp > min(self.pred, self.gold):
            raise ValueError(f"Counts.tp ({self.tp}) must not exceed pred ({self.pred}) or gold ({self.gold})")

    @property
    def precision(self) -> float:
        """``tp / pred``; 1.0 when the system found nothing and there was nothing, else 0.0 for no output."""
        if self.pred:
            return self.tp / self.pred
        return 0.0 if self.gold else 1.0

    @property
    def recall(self) -> float:
        """``tp / gold``; 1.0 when there is no gold record."""
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall (0.0 when both are 0)."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.pred + other.pred, self.gold + other.gold)

    def to_dict(self) -> dict[str, Any]:
        """Return the counts and ``precision``, ``recall``, ``f1``."""
        return {
            "tp": self.tp,
            "pred": self.pred,
            "gold": self.gold,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@attrs.frozen
class Accuracy:
    """How many matched meetings got an attribute right, out of those whose gold gives it.

    .. versionadded:: 0.1
    """

    correct: int = attrs.field(default=0, validator=attrs.validators.ge(0))
    """Matched meetings with the attribute right."""
    total: int = attrs.field(default=0, validator=attrs.validators.ge(0))
    """Matched meetings whose gold states the attribute."""

    def __attrs_post_init__(self) -> None:
        if self.correct > self.total:
            raise ValueError(f"Accuracy.correct ({self.correct}) must not exceed total ({self.total})")

    @property
    def value(self) -> float:
        """``correct / total``; 0.0 when no matched meeting could be judged (nothing shown right)."""
        return self.correct / self.total if self.total else 0.0

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(self.correct + other.correct, self.total + other.total)

    def to_dict(self) -> dict[str, Any]:
        """Return ``correct``, ``total`` and ``value``."""
        return {"correct": self.correct, "total": self.total, "value": self.value}


_C = attrs.Factory(Counts)
_A = attrs.Factory(Accuracy)


@attrs.frozen
class Scores:
    """Every category's counts and every attribute's accuracy; adds up across articles.

    .. versionadded:: 0.1
    """

    people: Counts = _C
    """Named people."""
    direct: Counts = _C
    """Direct statements by span (words in quotation marks)."""
    direct_e2e: Counts = _C
    """Direct statements by span and speaker."""
    indirect: Counts = _C
    """Indirect statements by span (reported speech)."""
    indirect_e2e: Counts = _C
    """Indirect statements by span and speaker."""
    meetings: Counts = _C
    """Meetings (participants and status)."""
    topics: Counts = _C
    """Topics (only from gold files that annotate them)."""
    outcomes: Counts = _C
    """Outcomes (only from gold files that annotate them)."""
    date: Accuracy = _A
    """Dates of matched meetings."""
    location: Accuracy = _A
    """Places of matched meetings."""
    duration: Accuracy = _A
    """Durations of matched meetings."""

    def __add__(self, other: Scores) -> Scores:
        return Scores(**{f.name: getattr(self, f.name) + getattr(other, f.name) for f in attrs.fields(Scores)})

    def counts(self) -> dict[str, Counts]:
        """Return the counts by category name, in :data:`CATEGORIES` order."""
        return {name: getattr(self, name) for name in CATEGORIES}

    def accuracies(self) -> dict[str, Accuracy]:
        """Return the accuracies by attribute name, in :data:`ACCURACIES` order."""
        return {name: getattr(self, name) for name in ACCURACIES}

    def figures(self) -> dict[str, float]:
        """Return the headline figures: F1 per category, then accuracy per attribute."""
        out = {name: c.f1 for name, c in self.counts().items()}
        out.update({name: a.value for name, a in self.accuracies().items()})
        return out

    def to_dict(self) -> dict[str, Any]:
        """Return every category's and attribute's ``to_dict()`` by name."""
        return {f.name: getattr(self, f.name).to_dict() for f in attrs.fields(Scores)}


class MissKind(str, enum.Enum):
    """What went wrong with one record."""

    FALSE_POSITIVE = "false_positive"
    """The system found a record the gold does not have."""
    FALSE_NEGATIVE = "false_negative"
    """The gold has a record the system did not find."""
    WRONG_SPEAKER = "wrong_speaker"
    """A statement was found with the wrong (or no) speaker."""
    WRONG_DATE = "wrong_date"
    """A meeting was found with the wrong (or no) date."""
    WRONG_LOCATION = "wrong_location"
    """A meeting was found with the wrong (or no) place."""
    WRONG_DURATION = "wrong_duration"
    """A meeting was found with the wrong (or no) duration."""

    def __str__(self) -> str:
        return str(self.value)


_SHORT = {
    MissKind.FALSE_POSITIVE: "FP",
    MissKind.FALSE_NEGATIVE: "FN",
    MissKind.WRONG_SPEAKER: "wrong speaker",
    MissKind.WRONG_DATE: "wrong date",
    MissKind.WRONG_LOCATION: "wrong location",
    MissKind.WRONG_DURATION: "wrong duration",
}


@attrs.frozen
class Miss:
    """One disagreement between the system and the gold, with the text it is about.

    .. versionadded:: 0.1
    """

    category: str
    """``people``, ``direct``, ``indirect``, ``meetings``, ``topics`` or ``outcomes``."""
    kind: MissKind = attrs.field(converter=MissKind)
    """False positive, false negative or a wrong attribute."""
    text: str
    """The record: a name, a quote, a meeting summary, a topic label, an outcome text."""
    expected: str | None = None
    """For a wrong attribute: the gold's value (``None`` when the gold has none)."""
    found: str | None = None
    """For a wrong attribute: the system's value (``None`` when it has none)."""
    span: Span | None = None
    """Where it is: the system record's span, or the first occurrence of the gold text."""

    def __str__(self) -> str:
        line = f"{self.category} {_SHORT[self.kind]}: {self.text}"
        if self.kind not in {MissKind.FALSE_POSITIVE, MissKind.FALSE_NEGATIVE}:
            line += f" (gold {self.expected!r}, got {self.found!r})"
        return line

    def to_dict(self) -> dict[str, Any]:
        """Return every field; ``span`` as ``{start, end, text}`` or ``None``."""
        return {
            "category": self.category,
            "kind": self.kind.value,
            "text": self.text,
            "expected": self.expected,
            "found": self.found,
            "span": None if self.span is None else self.span.to_dict(),
        }


def _miss_tuple(value: Iterable[Miss]) -> tuple[Miss, ...]:
    return tuple(value)


@attrs.frozen
class ArticleScore:
    """The scores and misses of one article.

    .. versionadded:: 0.1
    """

    id: str
    """The article's identifier."""
    scores: Scores
    """Its counts and accuracies."""
    misses: tuple[Miss, ...] = attrs.field(default=(), converter=_miss_tuple)
    """Every disagreement, by category in table order."""
    error: str | None = None
    """The extractor's error when it failed on this article (then scored as an empty answer)."""

    def to_dict(self) -> dict[str, Any]:
        """Return ``id``, ``error``, ``scores`` and ``misses``."""
        return {
            "id": self.id,
            "error": self.error,
            "scores": self.scores.to_dict(),
            "misses": [m.to_dict() for m in self.misses],
        }


def _article_tuple(value: Iterable[ArticleScore]) -> tuple[ArticleScore, ...]:
    return tuple(value)


def _floor_value(scores: Scores, key: str) -> float:
    name, _, measure = key.partition(".")
    name = {v: k for k, v in _LABELS.items()}.get(name, name)
    if name in CATEGORIES and measure in {"", "f1", "precision", "recall"}:
        counts: Counts = getattr(scores, name)
        return float(getattr(counts, measure or "f1"))
    if name in ACCURACIES and measure in {"", "value"}:
        accuracy: Accuracy = getattr(scores, name)
        return accuracy.value
    known = ", ".join((*CATEGORIES, *ACCURACIES))
    raise KeyError(f"unknown figure {key!r}: use one of {known}, optionally with .precision or .recall")


@attrs.frozen
class Report:
    """The evaluation of a corpus: totals, per-article scores and misses.

    .. versionadded:: 0.1
    """

    articles: tuple[ArticleScore, ...] = attrs.field(default=(), converter=_article_tuple)
    """One score per article, in corpus order."""

    @property
    def totals(self) -> Scores:
        """The counts and accuracies summed over every article."""
        total = Scores()
        for article in self.articles:
            total += article.scores
        return total

    @property
    def errors(self) -> dict[str, str]:
        """The extractor's errors by article id (those articles count as empty answers)."""
        return {a.id: a.error for a in self.articles if a.error is not None}

    @property
    def misses(self) -> list[tuple[str, Miss]]:
        """Every miss with its article id, in corpus order."""
        return [(a.id, m) for a in self.articles for m in a.misses]

    def figures(self) -> dict[str, float]:
        """Return the headline figures of the totals (see :meth:`Scores.figures`)."""
        return self.totals.figures()

    def below(self, floors: Mapping[str, float]) -> list[str]:
        """Return what falls short of *floors*; an empty list when everything passes.

        Args:
            floors: minimum figures by name: a category (its F1) or an attribute
                (its accuracy), e.g. ``{"people": 0.9, "date": 0.8}``; a
                category may take ``.precision`` or ``.recall``
                (``"meetings.recall"``). The referee's row names
                ``"direct (span)"`` and ``"indirect (span)"`` are accepted.

        Returns:
            One message per figure below its floor (``"people 0.850 < 0.9"``),
            and one for extractor errors if there were any.

        Raises:
            KeyError: a name is not a known figure.
        """
        totals = self.totals
        short = []
        for key, floor in floors.items():
            value = _floor_value(totals, key)
            if value < floor:
                short.append(f"{key} {value:.3f} < {floor:g}")
        if self.errors:
            short.append(f"{len(self.errors)} extractor errors")
        return short

    def table(self) -> str:
        """Return the totals as the referee's table: one row per category, then the summary line."""
        totals = self.totals
        lines = [f"{'category':16} {'P':>6} {'R':>6} {'F1':>6}   tp/pred/gold"]
        for name, c in totals.counts().items():
            label = _LABELS.get(name, name)
            lines.append(f"{label:16} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f}   {c.tp}/{c.pred}/{c.gold}")
        for name, a in totals.accuracies().items():
            lines.append(f"{name + ' acc':16} {a.value:6.3f}   {a.correct}/{a.total} of matched meetings")
        lines.append(self.summary())
        return "\n".join(lines)

    def summary(self) -> str:
        """Return the one-line headline: documents, errors and the main figures."""
        figures = self.figures()
        parts = [f"docs {len(self.articles)} errors {len(self.errors)}"]
        parts.extend(f"{name} {figures[name]:.3f}" for name in _HEADLINE)
        return " | ".join(parts)

    def details(self) -> str:
        """Return every article's misses, one per line under an ``== ID`` heading (the referee's ``-v`` layout)."""
        lines = []
        for article in self.articles:
            lines.append(f"== {article.id}")
            if article.error:
                lines.append(f"  ERROR {article.error}")
            lines.extend(f"  {miss}" for miss in article.misses)
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        """Return ``documents``, ``errors``, ``figures``, ``totals`` and ``articles`` (JSON-ready)."""
        return {
            "documents": len(self.articles),
            "errors": self.errors,
            "figures": self.figures(),
            "totals": self.totals.to_dict(),
            "articles": [a.to_dict() for a in self.articles],
        }


# ---------------------------------------------------------------- scoring


class _Scorer:
    """Scores one extraction against one gold; collects counts and misses."""

    def __init__(self, extraction: Extraction, gold: Gold, matching: Matching) -> None:
        self.x = extraction
        self.gold = gold
        self.m = matching
        self.index = _PeopleIndex(gold.people)
        self.misses: list[Miss] = []
        self.counts: dict[str, Any] = {}

    def miss(self, category: str, kind: MissKind, text: str, **more: Any) -> None:
        self.misses.append(Miss(category, kind, text, **more))

    def people(self) -> None:
        found = self.x.people
        matched: set[int] = set()
        for p in found:
            i = self.index.find(p.name, *p.aliases)
            if i is None or i in matched:
                span = p.mentions[0].span if p.mentions else None
                self.miss("people", MissKind.FALSE_POSITIVE, p.name, span=span)
            else:
                matched.add(i)
        for i, g in enumerate(self.gold.people):
            if i not in matched:
                self.miss("people", MissKind.FALSE_NEGATIVE, g.name, span=self._first_form(g))
        self.counts["people"] = Counts(len(matched), len(found), len(self.gold.people))

    def _first_form(self, person: GoldPerson) -> Span | None:
        spans = [s for s in map(self.gold.locate, (person.name, *person.aliases)) if s is not None]
        return min(spans, key=lambda s: s.start) if spans else None

    def speaker_ok(self, gold: str | None, found: Participant | None) -> bool:
        if gold is None:
            return True
        found_name = None if found is None else found.name
        person = self.index.find(gold)
        if person is not None:
            return found_name is not None and self.index.find(found_name) == person
        a, b = normalize(gold), normalize(found_name)
        return bool(a and b) and (a in b or b in a)

    def statements(self, kind: StatementKind) -> None:
        name = kind.value
        short = self.m.min_direct_words if kind is StatementKind.DIRECT else 0
        golds = [s for s in self.gold.statements if s.kind is kind and len(_words(s.quote)) >= short]
        found = [s for s in self.x.statements if s.kind is kind and len(_words(s.text)) >= short]
        used: set[int] = set()
        tp = e2e = 0
        for g in golds:
            hit = next(
                (j for j, s in enumerate(found) if j not in used and self.m.quotes_match(g.quote, s.text)),
                None,
            )
            if hit is None:
                self.miss(name, MissKind.FALSE_NEGATIVE, g.quote, expected=g.speaker, span=self.gold.locate(g.quote))
                continue
            used.add(hit)
            tp += 1
            s = found[hit]
            if self.speaker_ok(g.speaker, s.speaker):
                e2e += 1
            else:
                got = None if s.speaker is None else s.speaker.name
                self.miss(name, MissKind.WRONG_SPEAKER, g.quote, expected=g.speaker, found=got, span=s.span)
        for j, s in enumerate(found):
            if j not in used:
                got = None if s.speaker is None else s.speaker.name
                self.miss(name, MissKind.FALSE_POSITIVE, s.text, found=got, span=s.span)
        self.counts[name] = Counts(tp, len(found), len(golds))
        self.counts[f"{name}_e2e"] = Counts(e2e, len(found), len(golds))

    def _participants(self, meeting: Meeting) -> frozenset[int | str]:
        out: set[int | str] = set()
        for p in meeting.participants:
            i = self.index.find(p.name)
            out.add(i if i is not None else "?" + normalize(p.name))
        return frozenset(out)

    def meetings(self) -> None:
        found = self.x.meetings
        sets = [self._participants(m) for m in found]
        used: set[int] = set()
        tp = 0
        acc = {name: [0, 0] for name in ACCURACIES}
        for g in self.gold.meetings:
            wanted = frozenset(i for i in map(self.index.find, g.participants) if i is not None)
            candidates = [
                j for j, m in enumerate(found) if j not in used and sets[j] == wanted and m.status == g.status
            ]
            if not candidates:
                self.miss("meetings", MissKind.FALSE_NEGATIVE, g.describe(), span=self.gold.locate(g.evidence))
                continue
            if g.date:
                candidates.sort(key=lambda j: not _iso(found[j]).startswith(g.date or ""))
            j = candidates[0]
            used.add(j)
            tp += 1
            self._attributes(g, found[j], acc)
        for j, m in enumerate(found):
            if j not in used:
                self.miss("meetings", MissKind.FALSE_POSITIVE, _describe(m), span=m.evidence[0] if m.evidence else None)
        self.counts["meetings"] = Counts(tp, len(found), len(self.gold.meetings))
        for name, (correct, total) in acc.items():
            self.counts[name] = Accuracy(correct, total)

    def _attributes(self, g: GoldMeeting, m: Meeting, acc: dict[str, list[int]]) -> None:
        span = m.evidence[0] if m.evidence else None
        if g.date:
            acc["date"][1] += 1
            if self.m.date_ok(g.date, _iso(m)):
                acc["date"][0] += 1
            else:
                self.miss(
                    "meetings", MissKind.WRONG_DATE, g.describe(), expected=g.date, found=_iso(m) or None, span=span
                )
        if g.location:
            acc["location"][1] += 1
            place = m.location
            names = () if place is None else (place.text, place.venue, place.city, place.country)
            if self.m.location_ok(g.location, names):
                acc["location"][0] += 1
            else:
                got = None if place is None else place.text
                self.miss("meetings", MissKind.WRONG_LOCATION, g.describe(), expected=g.location, found=got, span=span)
        if g.duration_minutes is not None:
            acc["duration"][1] += 1
            minutes = None if m.duration is None else m.duration.minutes
            if self.m.duration_ok(g.duration_minutes, minutes):
                acc["duration"][0] += 1
            else:
                self.miss(
                    "meetings",
                    MissKind.WRONG_DURATION,
                    g.describe(),
                    expected=f"{g.duration_minutes:g}",
                    found=None if minutes is None else str(minutes),
                    span=span,
                )

    def topics(self) -> None:
        if self.gold.topics is None:
            return
        seen: set[str] = set()
        labels: list[tuple[str, Span]] = []
        for t in (*self.x.topics, *(t for m in self.x.meetings for t in m.topics)):
            key = normalize(t.label)
            if key not in seen:
                seen.add(key)
                labels.append((t.label, t.span))
        used: set[int] = set()
        for g in self.gold.topics:
            hit = next(
                (j for j, (label, _) in enumerate(labels) if j not in used and self.m.labels_match(g.label, label)),
                None,
            )
            if hit is None:
                self.miss("topics", MissKind.FALSE_NEGATIVE, g.label, span=self.gold.locate(g.evidence))
            else:
                used.add(hit)
        for j, (label, span) in enumerate(labels):
            if j not in used:
                self.miss("topics", MissKind.FALSE_POSITIVE, label, span=span)
        self.counts["topics"] = Counts(len(used), len(labels), len(self.gold.topics))

    def outcomes(self) -> None:
        if self.gold.outcomes is None:
            return
        found: list[Outcome] = [*self.x.outcomes, *(o for m in self.x.meetings for o in m.outcomes)]
        used: set[int] = set()
        for g in self.gold.outcomes:
            hit = next(
                (
                    j
                    for j, o in enumerate(found)
                    if j not in used and o.kind is g.kind and self.m.quotes_match(g.text, o.text)
                ),
                None,
            )
            if hit is None:
                self.miss(
                    "outcomes", MissKind.FALSE_NEGATIVE, f"{g.kind.value}: {g.text}", span=self.gold.locate(g.text)
                )
            else:
                used.add(hit)
        for j, o in enumerate(found):
            if j not in used:
                self.miss("outcomes", MissKind.FALSE_POSITIVE, f"{o.kind.value}: {o.text}", span=o.span)
        self.counts["outcomes"] = Counts(len(used), len(found), len(self.gold.outcomes))

    def run(self, error: str | None) -> ArticleScore:
        self.people()
        self.statements(StatementKind.DIRECT)
        self.statements(StatementKind.INDIRECT)
        self.meetings()
        self.topics()
        self.outcomes()
        return ArticleScore(self.gold.id, Scores(**self.counts), self.misses, error)


def _iso(meeting: Meeting) -> str:
    return (meeting.date.iso if meeting.date is not None else None) or ""


def _describe(meeting: Meeting) -> str:
    names = " + ".join(p.name for p in meeting.participants) or "(no named participant)"
    return f"{names} ({meeting.status.value}, {_iso(meeting) or 'no date'})"


def score_article(extraction: Extraction, gold: Gold, *, matching: Matching | None = None) -> ArticleScore:
    """Compare one extraction with the gold of the same article.

    Args:
        extraction: what the system found (from :meth:`Extractor.extract
            <diplomeet.Extractor.extract>` or built by hand).
        gold: the article's :class:`Gold`.
        matching: the protocol's thresholds; the referee's by default.

    Returns:
        The :class:`ArticleScore`: counts, accuracies and misses.

    .. versionadded:: 0.1
    """
    return _Scorer(extraction, gold, matching or _REFEREE).run(None)


class SupportsExtract(Protocol):
    """Anything with :meth:`Extractor.extract <diplomeet.Extractor.extract>`'s signature."""

    def extract(self, text: str, *, published: _dt.date | _dt.datetime | str | None = None) -> Extraction:
        """Read one article."""


def evaluate_corpus(
    corpus: str | os.PathLike[str] | Iterable[Gold],
    extractor: SupportsExtract | None = None,
    *,
    only: Iterable[str] | None = None,
    matching: Matching | None = None,
) -> Report:
    """Run *extractor* on every article of a gold folder and score it.

    Args:
        corpus: a folder of ``NAME.json`` + ``NAME.txt`` pairs (see
            :func:`load_corpus`), or :class:`Gold` records already loaded.
        extractor: the extractor to measure; a default :class:`~diplomeet.Extractor` if ``None``.
        only: keep just these articles (by id or file name without extension).
        matching: the protocol's thresholds; the referee's by default.

    Returns:
        The :class:`Report`. An article on which the extractor raises is scored
        as an empty answer and its error kept in :attr:`ArticleScore.error`.

    Raises:
        GoldError: a gold file is malformed.

    .. versionadded:: 0.1
    """
    if isinstance(corpus, (str, os.PathLike)):
        golds: Iterable[Gold] = load_corpus(corpus, only=only)
    else:
        wanted = None if only is None else set(only)
        golds = [g for g in corpus if wanted is None or g.id in wanted]
    if extractor is None:
        from diplomeet.extractor import Extractor  # noqa: PLC0415 (the scoring half needs no rules)

        extractor = Extractor()
    return Report(tuple(_evaluate_one(extractor, g, matching or _REFEREE) for g in golds))


def _evaluate_one(extractor: SupportsExtract, gold: Gold, matching: Matching) -> ArticleScore:
    error = None
    try:
        extraction = extractor.extract(gold.text, published=gold.published)
    except Exception as exc:  # noqa: BLE001 (a crash on one article is reported, as the referee does)
        error = f"{type(exc).__name__}: {exc}"
        extraction = Extraction(gold.text)
    return _Scorer(extraction, gold, matching).run(error)
