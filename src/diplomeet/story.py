"""Stories: many articles about the same events reconciled into one account, with provenance and conflicts.

Outlets covering one event each tell it a little differently: one spells a
name "Anthony", another "Antony"; one says a meeting lasted "roughly 30"
minutes, another 35; one transliterates a minister as "Chin", another as "Qin".
:func:`reconcile` reads the :class:`~diplomeet.Extraction` of every article and
returns a :class:`Story`:

* **participants** resolved across articles (spelling and transliteration
  variants, a surname alone, titles), never merging people whose given names
  differ;
* **meetings** resolved across articles: the same participants, the same status
  and a compatible date and place are one meeting;
* **statements** resolved across articles: the same quotation carried by
  several outlets is one statement, each wording kept as a :class:`Variant`.

Every record lists its :class:`Support`: the articles that state it and the
spans in each. Where articles disagree on a field (a duration, a date, a place,
a speaker, a title, the spelling of a name), the record carries a
:class:`Conflict` listing every value with the articles that give it. The
record's own field holds the default choice, :attr:`Conflict.choice`: the value
given by the most articles, ties going to the value whose first article comes
first in the input. The choice is a convenience, never a verdict: the conflict
keeps every value.

>>> import datetime
>>> from diplomeet import Duration, Extraction, Meeting, Participant, Span
>>> def article(text, minutes):
...     a, b = Participant("Ann Lee"), Participant("Bo Ray")
...     return Extraction(text, participants=[a, b], meetings=[
...         Meeting([a, b], "held", duration=Duration(f"{minutes} minutes", minutes),
...                 evidence=[Span.of(text, 0, len(text))])])
>>> story = reconcile([article("Lee met Ray.", 30), article("Lee and Ray met.", 35),
...                    article("Ray met Lee.", 35)], names=["a", "b", "c"])
>>> meeting = story.meetings[0]
>>> meeting.sources, meeting.duration.minutes
(('a', 'b', 'c'), 35)
>>> [(v.value, v.sources) for v in meeting.conflict("duration").variants]
[(35, ('b', 'c')), (30, ('a',))]

.. versionadded:: 0.1
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable, Iterator, Mapping, Sequence
from typing import Any, Generic, TypeVar, Union

import attrs

from diplomeet._story_match import (
    MeetingMatcher,
    ParticipantMatcher,
    StatementMatcher,
    When,
    contains,
    label_key,
    name_words,
    place_key,
    quote_words,
    when,
)
from diplomeet._validators import non_empty_str, optional_str, tuple_of
from diplomeet.gazetteer import fold
from diplomeet.models import (
    Duration,
    Extraction,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Participant,
    ParticipantKind,
    Place,
    Span,
    Statement,
    StatementKind,
    TimeRef,
)

__all__ = [
    "STORY_SCHEMA_VERSION",
    "Conflict",
    "Story",
    "StoryMeeting",
    "StoryParticipant",
    "StoryRecord",
    "StoryStatement",
    "Support",
    "Variant",
    "reconcile",
]

STORY_SCHEMA_VERSION = "1.0"
"""Version of the JSON produced by :meth:`Story.to_dict`; bumped only by additions."""

_K = TypeVar("_K", bound=Hashable)


def _tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    if isinstance(value, (str, bytes)):
        raise TypeError(f"expected a sequence, not {type(value).__name__}")
    return tuple(value)


def _scalar(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise TypeError(f"{attribute.name} must be a str or int, not {type(value).__name__}")


@attrs.frozen
class Support:
    """One article's backing for a fact: the article and the passages that state it."""

    article: str = attrs.field(validator=non_empty_str)
    """The article's id: its name as given to :func:`reconcile`, or its position ("0", "1", ...)."""
    spans: tuple[Span, ...] = attrs.field(default=(), converter=_tuple, validator=tuple_of(Span))
    """Where that article states the fact, in text order (spans of that article's text); may be empty."""

    def to_dict(self) -> dict[str, Any]:
        """Return ``{"article", "spans"}``."""
        return {"article": self.article, "spans": [s.to_dict() for s in self.spans]}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Support:
        """Inverse of :meth:`to_dict`."""
        return cls(data["article"], [Span.from_dict(s) for s in data.get("spans") or ()])


def _sources(support: tuple[Support, ...]) -> tuple[str, ...]:
    return tuple(s.article for s in support)


@attrs.frozen
class Variant:
    """One value of a field, or one wording of a quotation, with the articles that give it."""

    value: str | int = attrs.field(validator=_scalar)
    """The value as one article writes it: a name, an ISO date, minutes, a place, a wording."""
    support: tuple[Support, ...] = attrs.field(converter=_tuple, validator=tuple_of(Support))
    """The articles that give this value, in input order, with where they give it."""

    @property
    def sources(self) -> tuple[str, ...]:
        """The ids of the articles that give this value."""
        return _sources(self.support)

    def to_dict(self) -> dict[str, Any]:
        """Return ``{"value", "support"}``."""
        return {"value": self.value, "support": [s.to_dict() for s in self.support]}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Variant:
        """Inverse of :meth:`to_dict`."""
        return cls(data["value"], [Support.from_dict(s) for s in data.get("support") or ()])


@attrs.frozen
class Conflict:
    """Articles that disagree on one field of one record: every value and who gives it."""

    field: str = attrs.field(validator=non_empty_str)
    """The field: ``name``, ``title``, ``country`` (participants); ``kind``, ``date``, ``location``,
    ``duration`` (meetings); ``speaker``, ``channel`` (statements)."""
    variants: tuple[Variant, ...] = attrs.field(converter=_tuple, validator=tuple_of(Variant))
    """Every value, the default choice first: most articles first, ties by the earliest article."""

    @variants.validator
    def _check_variants(self, _attribute: attrs.Attribute[Any], value: tuple[Variant, ...]) -> None:
        if len(value) < 2:
            raise ValueError(f"a conflict has at least two values, {self.field!r} has {len(value)}")

    @property
    def choice(self) -> Variant:
        """The default choice: the value given by the most articles (ties: the earliest article's)."""
        return self.variants[0]

    @property
    def values(self) -> tuple[str | int, ...]:
        """Every value, in the order of :attr:`variants`."""
        return tuple(v.value for v in self.variants)

    def to_dict(self) -> dict[str, Any]:
        """Return ``{"field", "variants"}``."""
        return {"field": self.field, "variants": [v.to_dict() for v in self.variants]}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Conflict:
        """Inverse of :meth:`to_dict`."""
        return cls(data["field"], [Variant.from_dict(v) for v in data["variants"]])


class _Provenance:
    """What every story record offers: its sources and its conflicts by field."""

    __slots__ = ()
    support: tuple[Support, ...]
    conflicts: tuple[Conflict, ...]

    @property
    def sources(self) -> tuple[str, ...]:
        """The ids of the articles that state this record, in input order."""
        return _sources(self.support)

    def conflict(self, field: str) -> Conflict | None:
        """Return the conflict on *field*, or ``None`` when the articles agree on it."""
        for c in self.conflicts:
            if c.field == field:
                return c
        return None


@attrs.frozen
class StoryParticipant(_Provenance):
    """A person, organisation or country as all the articles together know it."""

    id: str = attrs.field(validator=non_empty_str)
    """Unique in the story: ``p1``, ``p2``... in order of first appearance."""
    name: str = attrs.field(validator=non_empty_str)
    """The canonical name: the default choice among the fullest names the articles give."""
    kind: ParticipantKind = attrs.field(default=ParticipantKind.PERSON, converter=ParticipantKind)
    """Person, organisation, country or group."""
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_tuple, validator=tuple_of(str))
    """Every other name the articles use (spelling variants, a surname alone), in order of appearance."""
    title: str | None = attrs.field(default=None, validator=optional_str)
    """The office or title, as the default choice among the articles' titles."""
    country: str | None = attrs.field(default=None, validator=optional_str)
    """The country, as the default choice among the articles' countries."""
    support: tuple[Support, ...] = attrs.field(default=(), converter=_tuple, validator=tuple_of(Support))
    """The articles that mention it, with every mention."""
    conflicts: tuple[Conflict, ...] = attrs.field(default=(), converter=_tuple, validator=tuple_of(Conflict))
    """Disagreements on ``name``, ``title`` and ``country``."""

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready form."""
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind.value,
            "aliases": list(self.aliases),
            "title": self.title,
            "country": self.country,
            "support": [s.to_dict() for s in self.support],
            "conflicts": [c.to_dict() for c in self.conflicts],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> StoryParticipant:
        """Inverse of :meth:`to_dict`."""
        return cls(
            id=data["id"],
            name=data["name"],
            kind=data.get("kind", "person"),
            aliases=data.get("aliases") or (),
            title=data.get("title"),
            country=data.get("country"),
            support=[Support.from_dict(s) for s in data.get("support") or ()],
            conflicts=[Conflict.from_dict(c) for c in data.get("conflicts") or ()],
        )


def _ref(p: StoryParticipant | None) -> dict[str, str] | None:
    return None if p is None else {"id": p.id, "name": p.name}


def _deref(data: Mapping[str, Any] | None, participants: Mapping[str, StoryParticipant]) -> StoryParticipant | None:
    if data is None:
        return None
    try:
        return participants[data["id"]]
    except KeyError:
        raise ValueError(f"unknown participant id {data.get('id')!r}") from None


def _opt(kind: type) -> Any:
    return attrs.validators.optional(attrs.validators.instance_of(kind))


@attrs.frozen
class StoryMeeting(_Provenance):
    """A meeting as all the articles together report it."""

    id: str = attrs.field(validator=non_empty_str)
    """Unique in the story: ``m1``, ``m2``... in order of first appearance."""
    participants: tuple[StoryParticipant, ...] = attrs.field(converter=_tuple, validator=tuple_of(StoryParticipant))
    """Every named participant any supporting article gives."""
    status: MeetingStatus = attrs.field(converter=MeetingStatus)
    """Held or planned: articles that disagree on it report two meetings."""
    kind: MeetingKind = attrs.field(default=MeetingKind.MEETING, converter=MeetingKind)
    """Meeting, talks, summit, visit or call (the default choice)."""
    others: tuple[str, ...] = attrs.field(default=(), converter=_tuple, validator=tuple_of(str))
    """Unnamed parties as the articles write them, each once."""
    date: TimeRef | None = attrs.field(default=None, validator=_opt(TimeRef))
    """The most precise date the articles agree on (the default choice); its ``span`` is ``None``."""
    location: Place | None = attrs.field(default=None, validator=_opt(Place))
    """Where (the default choice, with the fullest detail an article gives for it); ``span`` is ``None``."""
    duration: Duration | None = attrs.field(default=None, validator=_opt(Duration))
    """How long (the default choice); ``span`` is ``None``."""
    cameo: str | None = attrs.field(default=None, validator=optional_str)
    """CAMEO event code, as an article with the chosen kind gives it."""
    plover: str | None = attrs.field(default=None, validator=optional_str)
    """PLOVER event and mode, as an article with the chosen kind gives it."""
    topics: tuple[Variant, ...] = attrs.field(default=(), converter=_tuple, validator=tuple_of(Variant))
    """Issues discussed: each label (compared without case) with the articles that name it."""
    support: tuple[Support, ...] = attrs.field(default=(), converter=_tuple, validator=tuple_of(Support))
    """The articles that report the meeting, with their evidence passages."""
    conflicts: tuple[Conflict, ...] = attrs.field(default=(), converter=_tuple, validator=tuple_of(Conflict))
    """Disagreements on ``kind``, ``date``, ``location`` and ``duration``."""

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready form; participants are ``{"id", "name"}`` references."""
        return {
            "id": self.id,
            "participants": [_ref(p) for p in self.participants],
            "others": list(self.others),
            "status": self.status.value,
            "kind": self.kind.value,
            "date": None if self.date is None else self.date.to_dict(),
            "location": None if self.location is None else self.location.to_dict(),
            "duration": None if self.duration is None else self.duration.to_dict(),
            "cameo": self.cameo,
            "plover": self.plover,
            "topics": [t.to_dict() for t in self.topics],
            "support": [s.to_dict() for s in self.support],
            "conflicts": [c.to_dict() for c in self.conflicts],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], participants: Mapping[str, StoryParticipant]) -> StoryMeeting:
        """Inverse of :meth:`to_dict`; *participants* maps ids to the story's participants.

        Raises:
            ValueError: a participant reference names no participant.
        """
        people = [_deref(p, participants) for p in data.get("participants") or ()]
        return cls(
            id=data["id"],
            participants=[p for p in people if p is not None],
            status=data["status"],
            kind=data.get("kind", "meeting"),
            others=data.get("others") or (),
            date=None if data.get("date") is None else TimeRef.from_dict(data["date"]),
            location=None if data.get("location") is None else Place.from_dict(data["location"]),
            duration=None if data.get("duration") is None else Duration.from_dict(data["duration"]),
            cameo=data.get("cameo"),
            plover=data.get("plover"),
            topics=[Variant.from_dict(t) for t in data.get("topics") or ()],
            support=[Support.from_dict(s) for s in data.get("support") or ()],
            conflicts=[Conflict.from_dict(c) for c in data.get("conflicts") or ()],
        )


@attrs.frozen
class StoryStatement(_Provenance):
    """A statement as all the articles together carry it."""

    id: str = attrs.field(validator=non_empty_str)
    """Unique in the story: ``s1``, ``s2``... in order of first appearance."""
    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    """The words, in the default choice among the :attr:`wordings`."""
    kind: StatementKind = attrs.field(default=StatementKind.DIRECT, converter=StatementKind)
    """Direct quotation or reported speech."""
    speaker: StoryParticipant | None = attrs.field(default=None, validator=_opt(StoryParticipant))
    """Whose words (the default choice), or ``None`` when no article says."""
    channel: str | None = attrs.field(default=None, validator=optional_str)
    """The outlet or document the words came through (the default choice)."""
    wordings: tuple[Variant, ...] = attrs.field(default=(), converter=_tuple, validator=tuple_of(Variant))
    """Every wording the articles print (differences of case and punctuation aside), the chosen one first."""
    support: tuple[Support, ...] = attrs.field(default=(), converter=_tuple, validator=tuple_of(Support))
    """The articles that carry the statement, with the spans of its words."""
    conflicts: tuple[Conflict, ...] = attrs.field(default=(), converter=_tuple, validator=tuple_of(Conflict))
    """Disagreements on ``speaker`` and ``channel``."""

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready form; the speaker is an ``{"id", "name"}`` reference."""
        return {
            "id": self.id,
            "speaker": _ref(self.speaker),
            "text": self.text,
            "kind": self.kind.value,
            "channel": self.channel,
            "wordings": [w.to_dict() for w in self.wordings],
            "support": [s.to_dict() for s in self.support],
            "conflicts": [c.to_dict() for c in self.conflicts],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], participants: Mapping[str, StoryParticipant]) -> StoryStatement:
        """Inverse of :meth:`to_dict`; *participants* maps ids to the story's participants.

        Raises:
            ValueError: the speaker reference names no participant.
        """
        return cls(
            id=data["id"],
            text=data["text"],
            kind=data.get("kind", "direct"),
            speaker=_deref(data.get("speaker"), participants),
            channel=data.get("channel"),
            wordings=[Variant.from_dict(w) for w in data.get("wordings") or ()],
            support=[Support.from_dict(s) for s in data.get("support") or ()],
            conflicts=[Conflict.from_dict(c) for c in data.get("conflicts") or ()],
        )


StoryRecord = Union[StoryParticipant, StoryMeeting, StoryStatement]  # noqa: UP007 (a runtime alias on 3.10)
"""Any record of a :class:`Story`."""


@attrs.frozen
class Story:
    """Many articles reconciled: participants, meetings and statements with provenance and conflicts."""

    articles: tuple[str, ...] = attrs.field(default=(), converter=_tuple, validator=tuple_of(str))
    """The article ids, in input order."""
    participants: tuple[StoryParticipant, ...] = attrs.field(
        default=(), converter=_tuple, validator=tuple_of(StoryParticipant)
    )
    """Parties, in order of first appearance."""
    meetings: tuple[StoryMeeting, ...] = attrs.field(default=(), converter=_tuple, validator=tuple_of(StoryMeeting))
    """Meetings, in order of first appearance."""
    statements: tuple[StoryStatement, ...] = attrs.field(
        default=(), converter=_tuple, validator=tuple_of(StoryStatement)
    )
    """Statements, in order of first appearance."""

    def __attrs_post_init__(self) -> None:
        if len(set(self.articles)) != len(self.articles):
            raise ValueError("article ids must be unique in a story")
        ids = [r.id for r in self.records()]
        if len(set(ids)) != len(ids):
            dupes = sorted({i for i in ids if ids.count(i) > 1})
            raise ValueError(f"record ids must be unique in a story: {dupes}")
        known = {p.id: p for p in self.participants}

        def listed(p: StoryParticipant) -> bool:
            found = known.get(p.id)
            return found is p or found == p

        for m in self.meetings:
            for p in m.participants:
                if not listed(p):
                    raise ValueError(f"meeting {m.id} names participant {p.id} that the story does not list")
        for s in self.statements:
            if s.speaker is not None and not listed(s.speaker):
                raise ValueError(f"statement {s.id} names speaker {s.speaker.id} that the story does not list")
        articles = set(self.articles)
        for r in self.records():
            unknown = sorted(set(r.sources) - articles)
            if unknown:
                raise ValueError(f"{r.id} cites articles the story does not list: {unknown}")

    def records(self) -> Iterator[StoryRecord]:
        """Every record: participants, then meetings, then statements."""
        yield from self.participants
        yield from self.meetings
        yield from self.statements

    def conflicts(self) -> Iterator[tuple[StoryRecord, Conflict]]:
        """Every conflict of every record, with its record, in record order."""
        for r in self.records():
            for c in r.conflicts:
                yield r, c

    def participant(self, name: str) -> StoryParticipant | None:
        """Return the participant whose name or alias is *name* (the first one, if several), or ``None``."""
        for p in self.participants:
            if name == p.name or name in p.aliases:
                return p
        return None

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready form (see ``docs/stories.md``)."""
        return {
            "schema": STORY_SCHEMA_VERSION,
            "articles": list(self.articles),
            "participants": [p.to_dict() for p in self.participants],
            "meetings": [m.to_dict() for m in self.meetings],
            "statements": [s.to_dict() for s in self.statements],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Story:
        """Inverse of :meth:`to_dict`: ``Story.from_dict(s.to_dict()) == s``.

        Raises:
            KeyError: a required key is missing.
            ValueError: a reference names no participant, or ids are not unique.
        """
        participants = [StoryParticipant.from_dict(p) for p in data.get("participants") or ()]
        by_id = {p.id: p for p in participants}
        return cls(
            articles=data.get("articles") or (),
            participants=participants,
            meetings=[StoryMeeting.from_dict(m, by_id) for m in data.get("meetings") or ()],
            statements=[StoryStatement.from_dict(s, by_id) for s in data.get("statements") or ()],
        )


# --- reconciling ---------------------------------------------------------------------------------


class _Votes(Generic[_K]):
    """Observations of one field across articles, grouped by a comparison key into :class:`Variant` values."""

    def __init__(self) -> None:
        self._groups: dict[_K, tuple[str | int, dict[int, list[Span]]]] = {}

    def add(self, key: _K, value: str | int, article: int, spans: Iterable[Span | None] = ()) -> None:
        """Record that *article* gives *value* (compared by *key*), stated at *spans*."""
        group = self._groups.get(key)
        if group is None:
            group = self._groups[key] = (value, {})
        group[1].setdefault(article, []).extend(s for s in spans if s is not None)

    def keys(self) -> list[_K]:
        """Every key seen, in order of first observation."""
        return list(self._groups)

    def value(self, key: _K | None) -> str | int | None:
        """The value as first written for *key*."""
        return None if key is None else self._groups[key][0]

    def drop(self, key: _K) -> None:
        """Forget *key* (a value that does not disagree with the others)."""
        del self._groups[key]

    def ranked(self, names: Sequence[str], *, by_support: bool = True) -> list[tuple[_K, Variant]]:
        """Every value with its support: the default choice first, or in order of first observation."""
        order = list(self._groups.items())
        if by_support:
            order.sort(key=lambda kv: (-len(kv[1][1]), min(kv[1][1])))
        return [(key, Variant(value, _support(by_article, names))) for key, (value, by_article) in order]

    def decide(self, field: str, names: Sequence[str], conflicts: list[Conflict]) -> _K | None:
        """Return the key of the default choice (``None`` when no article gives a value); record any conflict."""
        if len(self._groups) < 2:
            return next(iter(self._groups), None)
        ranked = self.ranked(names)
        conflicts.append(Conflict(field, [v for _, v in ranked]))
        return ranked[0][0]


def _support(by_article: Mapping[int, Iterable[Span]], names: Sequence[str]) -> tuple[Support, ...]:
    return tuple(
        Support(names[a], sorted(set(by_article[a]), key=lambda s: (s.start, s.end))) for a in sorted(by_article)
    )


class _Article:
    """One article's records and where its participants went."""

    def __init__(self, index: int, extraction: Extraction) -> None:
        self.index = index
        self.extraction = extraction
        self.participants: list[Participant] = list(extraction.participants)
        self.position: dict[str, int] = {}
        for i, p in enumerate(self.participants):
            self.position.setdefault(p.name, i)
        for m in extraction.meetings:
            for p in m.participants:
                self._extra(p)
        for s in extraction.statements:
            if s.speaker is not None:
                self._extra(s.speaker)
        self.cluster: list[int] = []

    def _extra(self, p: Participant) -> None:
        if p.name not in self.position:
            self.position[p.name] = len(self.participants)
            self.participants.append(p)

    def party(self, p: Participant) -> int:
        return self.cluster[self.position[p.name]]


def reconcile(extractions: Iterable[Extraction], *, names: Sequence[str] | None = None) -> Story:
    """Reconcile the extractions of several articles about the same events into one :class:`Story`.

    Args:
        extractions: one :class:`~diplomeet.Extraction` per article; the input order
            breaks ties between equally supported values (earliest first).
        names: an id for each article (file names, URLs), used in every
            :class:`Support`; by default the articles' positions ``"0"``, ``"1"``...

    Returns:
        The story: participants, meetings and statements, each with its support
        and conflicts, ids in order of first appearance.

    Raises:
        ValueError: *names* does not give one unique, non-empty id per article.

    .. versionadded:: 0.1
    """
    articles = [_Article(i, x) for i, x in enumerate(extractions)]
    ids = [str(i) for i in range(len(articles))] if names is None else [str(n) for n in names]
    if len(ids) != len(articles):
        raise ValueError(f"{len(ids)} names for {len(articles)} articles")
    if len(set(ids)) != len(ids) or not all(i.strip() for i in ids):
        raise ValueError("article names must be unique and non-empty")
    participants = _participants(articles, ids)
    return Story(
        articles=ids,
        participants=sorted(participants.values(), key=lambda p: int(p.id[1:])),
        meetings=_meetings(articles, ids, participants),
        statements=_statements(articles, ids, participants),
    )


def _participants(articles: Sequence[_Article], ids: Sequence[str]) -> dict[int, StoryParticipant]:
    """Story participants by matcher cluster, numbered in order of first appearance."""
    flat = [(a, p) for a in articles for p in a.participants]
    matcher = ParticipantMatcher()
    clusters = matcher.match([p for _, p in flat])
    start = 0
    for a in articles:
        a.cluster = clusters[start : start + len(a.participants)]
        start += len(a.participants)
    order = sorted(range(len(matcher.clusters)), key=lambda c: min(matcher.clusters[c]))
    return {
        c: _participant(f"p{n + 1}", [flat[i] for i in sorted(matcher.clusters[c])], ids) for n, c in enumerate(order)
    }


def _participant(pid: str, members: Sequence[tuple[_Article, Participant]], ids: Sequence[str]) -> StoryParticipant:
    conflicts: list[Conflict] = []
    person = members[0][1].kind is ParticipantKind.PERSON
    longest = max(len(name_words(p.name)) for _, p in members) if person else 0
    names: _Votes[str] = _Votes()
    titles: _Votes[str] = _Votes()
    countries: _Votes[str] = _Votes()
    support: dict[int, list[Span]] = defaultdict(list)
    for a, p in members:
        spans = [m.span for m in p.mentions]
        support[a.index].extend(spans)
        if not person or len(name_words(p.name)) == longest:
            names.add(p.name, p.name, a.index, (s for s in spans if s.text == p.name))
        if p.title:
            titles.add(label_key(p.title), p.title, a.index, (s for s in spans if fold(p.title) in fold(s.text)))
        if p.country:
            countries.add(p.country, p.country, a.index)
    # an organisation's short and long names are aliases of each other, not a disagreement
    name = str(names.decide("name", ids, conflicts if person else []))
    title_key = titles.decide("title", ids, conflicts)
    country = countries.decide("country", ids, conflicts)
    aliases = dict.fromkeys(n for _, p in members for n in (p.name, *p.aliases) if n != name)
    return StoryParticipant(
        id=pid,
        name=name,
        kind=members[0][1].kind,
        aliases=aliases,
        title=_str(titles.value(title_key)),
        country=country,
        support=_support(support, ids),
        conflicts=conflicts,
    )


def _str(value: str | int | None) -> str | None:
    return None if value is None else str(value)


def _meetings(
    articles: Sequence[_Article], ids: Sequence[str], participants: Mapping[int, StoryParticipant]
) -> list[StoryMeeting]:
    flat = [(a, m) for a in articles for m in a.extraction.meetings]
    items = [
        (a.index, m.status, frozenset(a.party(p) for p in m.participants), m.others, when(m.date), m.location)
        for a, m in flat
    ]
    clusters = MeetingMatcher().match(items)
    clusters.sort(key=min)
    return [_meeting(f"m{n + 1}", [flat[i] for i in members], ids, participants) for n, members in enumerate(clusters)]


def _meeting(
    mid: str,
    members: Sequence[tuple[_Article, Meeting]],
    ids: Sequence[str],
    participants: Mapping[int, StoryParticipant],
) -> StoryMeeting:
    conflicts: list[Conflict] = []
    kinds: _Votes[str] = _Votes()
    dates: _Votes[When] = _Votes()
    places: _Votes[tuple[str, str]] = _Votes()
    durations: _Votes[int] = _Votes()
    topics: _Votes[str] = _Votes()
    support: dict[int, list[Span]] = defaultdict(list)
    parties: dict[int, None] = {}
    others: dict[str, str] = {}
    first_date: dict[When, TimeRef] = {}
    place_of: dict[tuple[str, str], list[Place]] = defaultdict(list)
    first_duration: dict[int, Duration] = {}
    for a, m in members:
        support[a.index].extend(m.evidence)
        parties.update(dict.fromkeys(a.party(p) for p in m.participants))
        for o in m.others:
            others.setdefault(label_key(o), o)
        kinds.add(m.kind.value, m.kind.value, a.index, m.evidence)
        day = when(m.date)
        if day is not None and m.date is not None:
            dates.add(day, m.date.iso or m.date.text, a.index, [m.date.span])
            first_date.setdefault(day, m.date)
        if m.location is not None:
            key = place_key(m.location)
            places.add(key, m.location.city or m.location.country or m.location.text, a.index, [m.location.span])
            place_of[key].append(m.location)
        if m.duration is not None:
            durations.add(m.duration.minutes, m.duration.minutes, a.index, [m.duration.span])
            first_duration.setdefault(m.duration.minutes, m.duration)
        for t in m.topics:
            topics.add(label_key(t.label), t.label, a.index, [t.span])
    _drop_vaguer_dates(dates)
    _drop_vaguer_places(places, place_of)
    kind = kinds.decide("kind", ids, conflicts)
    day_key = dates.decide("date", ids, conflicts)
    place = places.decide("location", ids, conflicts)
    minutes = durations.decide("duration", ids, conflicts)
    chosen = next((m for _, m in members if m.kind.value == kind), members[0][1])
    date = None if day_key is None else first_date[day_key]
    duration = None if minutes is None else first_duration[minutes]
    return StoryMeeting(
        id=mid,
        participants=[participants[c] for c in parties],
        status=members[0][1].status,
        kind=chosen.kind,
        others=others.values(),
        date=None if date is None else TimeRef(date.text, date.value, date.precision),
        location=None if place is None else _fullest(place_of[place]),
        duration=None if duration is None else Duration(duration.text, duration.minutes, duration.qualifier),
        cameo=chosen.cameo,
        plover=chosen.plover,
        topics=[v for _, v in topics.ranked(ids, by_support=False)],
        support=_support(support, ids),
        conflicts=conflicts,
    )


def _drop_vaguer_dates(dates: _Votes[When]) -> None:
    """A month or a year that contains a more precise date the articles give is no disagreement."""
    days = dates.keys()
    for k in days:
        if any(contains(k, other) for other in days):
            dates.drop(k)


def _drop_vaguer_places(places: _Votes[tuple[str, str]], place_of: Mapping[tuple[str, str], list[Place]]) -> None:
    """A country that contains a city the articles give, or a bare venue beside a city, is no disagreement."""
    keys = places.keys()
    countries = {p.country for k in keys if k[0] == "city" for p in place_of[k]}
    for kind, value in keys:
        if (kind == "country" and value in countries) or (kind == "text" and len(keys) > 1):
            places.drop((kind, value))


def _fullest(places: Sequence[Place]) -> Place:
    """The place with the most detail (ties: the first), without its span."""
    best = max(places, key=lambda p: sum(x is not None for x in (p.venue, p.city, p.country)))
    return Place(best.text, best.venue, best.city, best.country)


def _statements(
    articles: Sequence[_Article], ids: Sequence[str], participants: Mapping[int, StoryParticipant]
) -> list[StoryStatement]:
    flat = [(a, s) for a in articles for s in a.extraction.statements]
    items = [(s.text, s.kind, None if s.speaker is None else a.party(s.speaker)) for a, s in flat]
    clusters = StatementMatcher().match(items)
    return [
        _statement(f"s{n + 1}", [flat[i] for i in members], ids, participants) for n, members in enumerate(clusters)
    ]


def _statement(
    sid: str,
    members: Sequence[tuple[_Article, Statement]],
    ids: Sequence[str],
    participants: Mapping[int, StoryParticipant],
) -> StoryStatement:
    conflicts: list[Conflict] = []
    wordings: _Votes[tuple[str, ...]] = _Votes()
    speakers: _Votes[int] = _Votes()
    channels: _Votes[str] = _Votes()
    support: dict[int, list[Span]] = defaultdict(list)
    for a, s in members:
        support[a.index].append(s.span)
        wordings.add(quote_words(s.text) or (s.text,), s.text, a.index, [s.span])
        if s.speaker is not None:
            c = a.party(s.speaker)
            speakers.add(c, participants[c].name, a.index, [s.speaker_span])
        if s.channel:
            channels.add(label_key(s.channel), s.channel, a.index)
    speaker = speakers.decide("speaker", ids, conflicts)
    channel = channels.decide("channel", ids, conflicts)
    ranked = [v for _, v in wordings.ranked(ids)]
    return StoryStatement(
        id=sid,
        text=str(ranked[0].value),
        kind=members[0][1].kind,
        speaker=None if speaker is None else participants[speaker],
        channel=_str(channels.value(channel)),
        wordings=ranked,
        support=_support(support, ids),
        conflicts=conflicts,
    )
