"""The typed records diplomeet extracts: frozen, slotted, validated attrs classes.

Every record keeps the character spans of the caller's original text that it was
read from, so that results can be highlighted, linked and evaluated by offset.
Records are plain values: hashable, comparable with ``==``, picklable, and
convertible to and from JSON-ready dicts with ``to_dict()`` / ``from_dict()``.
Use :func:`attrs.evolve` to derive a changed copy.
"""

from __future__ import annotations

import datetime as _dt
import enum
import operator
from collections.abc import Callable, Iterable, Mapping
from itertools import repeat
from typing import Any, TypeVar

import attrs

from diplomeet._validators import (
    non_empty_str,
    optional_str,
    span_bounds,
    tuple_of,
)

__all__ = [
    "Duration",
    "Extraction",
    "Meeting",
    "MeetingKind",
    "MeetingStatus",
    "Mention",
    "MentionForm",
    "Outcome",
    "OutcomeKind",
    "Participant",
    "ParticipantKind",
    "Place",
    "Precision",
    "Qualifier",
    "Span",
    "Statement",
    "StatementKind",
    "TimeRef",
    "Topic",
]

SCHEMA_VERSION = "1.0"
"""Version of the JSON produced by :meth:`Extraction.to_dict`; bumped only by additions."""


class _Choice(str, enum.Enum):
    """A string enumeration whose JSON form is its value."""

    def __str__(self) -> str:
        return str(self.value)


class ParticipantKind(_Choice):
    """What sort of party a :class:`Participant` is."""

    PERSON = "person"
    ORGANIZATION = "organization"
    COUNTRY = "country"
    GROUP = "group"
    """An unnamed party acting as one ("the two sides", "Chinese officials")."""
    DOCUMENT = "document"
    """A text that speaks for itself as a statement's source ("a joint statement", "the final communiqué")."""


class MentionForm(_Choice):
    """How a :class:`Mention` refers to its participant."""

    NAME = "name"
    """A full or partial proper name: "Antony Blinken", "Blinken"."""
    DESCRIPTION = "description"
    """A title or description without the name: "the Chinese leader"."""
    PRONOUN = "pronoun"
    """A personal pronoun: "he", "she"."""


class StatementKind(_Choice):
    """Whether a :class:`Statement` quotes words or reports them."""

    DIRECT = "direct"
    INDIRECT = "indirect"


class MeetingStatus(_Choice):
    """Whether a :class:`Meeting` took place (or is under way) or is only planned."""

    HELD = "held"
    PLANNED = "planned"


class MeetingKind(_Choice):
    """The form of an encounter."""

    MEETING = "meeting"
    TALKS = "talks"
    SUMMIT = "summit"
    VISIT = "visit"
    CALL = "call"


class Precision(_Choice):
    """How precisely a :class:`TimeRef` value is known."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class Qualifier(_Choice):
    """How the text hedges a :class:`Duration`: "about", "more than", ..."""

    EXACT = "exact"
    ABOUT = "about"
    MORE_THAN = "more_than"
    AT_LEAST = "at_least"
    LESS_THAN = "less_than"
    NEARLY = "nearly"


class OutcomeKind(_Choice):
    """What came of talks: an agreement, a pledge, or an explicit failure to agree."""

    AGREED = "agreed"
    PLEDGED = "pledged"
    NOT_AGREED = "not_agreed"


_E = TypeVar("_E", bound=_Choice)


def _coerce(cls: type[_E], value: object) -> _E:
    """Return *value* as a member of *cls*, accepting a member or its string value."""
    if isinstance(value, cls):
        return value
    if isinstance(value, str):
        try:
            return cls(value)
        except ValueError:
            allowed = ", ".join(repr(m.value) for m in cls)
            raise ValueError(f"{cls.__name__} must be one of {allowed}, not {value!r}") from None
    raise TypeError(f"{cls.__name__} must be a {cls.__name__} or str, not {type(value).__name__}")


# One named converter per enumeration: attrs' mypy plugin types a field's
# ``__init__`` parameter from its converter only when the converter is a named
# function (not the result of a factory call).


def _to_mention_form(value: MentionForm | str) -> MentionForm:
    return _coerce(MentionForm, value)


def _to_participant_kind(value: ParticipantKind | str) -> ParticipantKind:
    return _coerce(ParticipantKind, value)


def _to_precision(value: Precision | str) -> Precision:
    return _coerce(Precision, value)


def _to_qualifier(value: Qualifier | str) -> Qualifier:
    return _coerce(Qualifier, value)


def _to_statement_kind(value: StatementKind | str) -> StatementKind:
    return _coerce(StatementKind, value)


def _to_outcome_kind(value: OutcomeKind | str) -> OutcomeKind:
    return _coerce(OutcomeKind, value)


def _to_meeting_status(value: MeetingStatus | str) -> MeetingStatus:
    return _coerce(MeetingStatus, value)


def _to_meeting_kind(value: MeetingKind | str) -> MeetingKind:
    return _coerce(MeetingKind, value)


def _tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    if isinstance(value, (str, bytes)):
        raise TypeError(f"expected a sequence, not {type(value).__name__}")
    return tuple(value)


@attrs.frozen(weakref_slot=False)  # no weak references: the most numerous record, kept lean
class Span:
    """A slice of the caller's original text: ``text == original[start:end]``."""

    start: int = attrs.field(validator=attrs.validators.instance_of(int))
    """Offset of the first character (0-based, in Python ``str`` code points)."""
    end: int = attrs.field(validator=[attrs.validators.instance_of(int), span_bounds])
    """Offset one past the last character."""
    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    """The characters of the original text between ``start`` and ``end``."""

    @text.validator
    def _check_text(self, _attribute: attrs.Attribute[str], value: str) -> None:
        if len(value) != self.end - self.start:
            raise ValueError(
                f"Span text has {len(value)} characters but covers {self.end - self.start} "
                f"({self.start}..{self.end}): {value!r}"
            )

    @classmethod
    def of(cls, source: str, start: int, end: int) -> Span:
        """Build the span of ``source[start:end]``."""
        return cls(start, end, source[start:end])

    def to_dict(self) -> dict[str, Any]:
        """Return ``{"start", "end", "text"}``."""
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Span:
        """Inverse of :meth:`to_dict`."""
        return cls(data["start"], data["end"], data["text"])

    def __len__(self) -> int:
        return self.end - self.start


_new_record = object.__new__
# the slots' own setters (a frozen class refuses plain assignment): each sets its slot directly, where
# ``object.__setattr__`` would look the name up on the class first
_set_start = Span.__dict__["start"].__set__
_set_end = Span.__dict__["end"].__set__
_set_text = Span.__dict__["text"].__set__


def trusted_span(start: int, end: int, text: str) -> Span:
    """A :class:`Span` made without running its validators, for a caller that sliced *text* itself.

    Only for ``text == source[start:end]`` with ``0 <= start <= end <= len(source)``, which
    :meth:`Document.span <diplomeet.document.Document.span>` checks first: the validators cannot fail
    there, and an article builds thousands of spans (each would call five of them). The extraction
    still checks every span against its text.
    """
    span: Span = _new_record(Span)
    _set_start(span, start)
    _set_end(span, end)
    _set_text(span, text)
    return span


def _span_or_none(data: Mapping[str, Any] | None) -> Span | None:
    return None if data is None else Span.from_dict(data)


def _opt_span(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, Span):
        raise TypeError(f"{attribute.name} must be a Span or None, not {type(value).__name__}")


@attrs.frozen(weakref_slot=False)  # no weak references: the most numerous record, kept lean
class Mention:
    """One place in the text where a participant is referred to."""

    span: Span = attrs.field(validator=attrs.validators.instance_of(Span))
    """Where: the exact characters of the mention."""
    form: MentionForm = attrs.field(default=MentionForm.NAME, converter=_to_mention_form)
    """How it refers: by name, by description or by pronoun."""

    @property
    def start(self) -> int:
        """Start offset of the mention."""
        return self.span.start

    @property
    def end(self) -> int:
        """End offset of the mention."""
        return self.span.end

    @property
    def text(self) -> str:
        """The mention as written."""
        return self.span.text

    def to_dict(self) -> dict[str, Any]:
        """Return ``{"start", "end", "text", "form"}``."""
        return {**self.span.to_dict(), "form": self.form.value}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Mention:
        """Inverse of :meth:`to_dict`."""
        return cls(Span.from_dict(data), data.get("form", MentionForm.NAME.value))


_set_mention_span = Mention.__dict__["span"].__set__
_set_mention_form = Mention.__dict__["form"].__set__


def trusted_mention(span: Span, form: MentionForm) -> Mention:
    """A :class:`Mention` made without its converter and validator, for a caller whose *form* is a member
    of :class:`MentionForm` (the converter returns it as it is) and whose *span* is a :class:`Span` (checked:
    anything else goes through the class, which refuses it). The extraction builds hundreds an article.
    """
    if type(span) is not Span:
        return Mention(span, form)
    mention: Mention = _new_record(Mention)
    _set_mention_span(mention, span)
    _set_mention_form(mention, form)
    return mention


@attrs.frozen
class Participant:
    """A person, organisation or country the article mentions, with every mention of it."""

    name: str = attrs.field(validator=non_empty_str)
    """The canonical name: the fullest, best-supported form in the article."""
    kind: ParticipantKind = attrs.field(default=ParticipantKind.PERSON, converter=_to_participant_kind)
    """Person, organisation or country."""
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_tuple, validator=tuple_of(str))
    """Other names the article uses for it (surname alone, spelling variants)."""
    title: str | None = attrs.field(default=None, validator=optional_str)
    """The office or title the article gives, as written ("Secretary of State")."""
    country: str | None = attrs.field(default=None, validator=optional_str)
    """The country it belongs to or represents, as a canonical country name."""
    mentions: tuple[Mention, ...] = attrs.field(default=(), converter=_tuple, validator=tuple_of(Mention))
    """Every mention, in text order."""

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready form (see ``docs/json.md``)."""
        return {
            "name": self.name,
            "aliases": list(self.aliases),
            "title": self.title,
            "country": self.country,
            "kind": self.kind.value,
            "mentions": [m.to_dict() for m in self.mentions],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Participant:
        """Inverse of :meth:`to_dict`."""
        return cls(
            name=data["name"],
            kind=data.get("kind", "person"),
            aliases=data.get("aliases") or (),
            title=data.get("title"),
            country=data.get("country"),
            mentions=[Mention.from_dict(m) for m in data.get("mentions") or ()],
        )


@attrs.frozen
class TimeRef:
    """A time expression and the calendar value it resolves to."""

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    """The expression as written ("Monday", "later this year", "14 November")."""
    value: _dt.date | None = attrs.field(default=None)
    """The first day of the period it names; ``None`` when it cannot be resolved."""
    precision: Precision | None = attrs.field(default=None, converter=attrs.converters.optional(_to_precision))
    """Day, month or year: how much of ``value`` is meaningful."""
    span: Span | None = attrs.field(default=None, validator=_opt_span)
    """Where the expression is in the text."""

    @value.validator
    def _check_value(self, _attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None and (not isinstance(value, _dt.date) or isinstance(value, _dt.datetime)):
            raise TypeError(f"TimeRef.value must be a datetime.date or None, not {type(value).__name__}")

    @precision.validator
    def _check_precision(self, _attribute: attrs.Attribute[Any], value: Precision | None) -> None:
        if (value is None) != (self.value is None):
            raise ValueError("TimeRef.value and TimeRef.precision are given together or not at all")

    @property
    def iso(self) -> str | None:
        """The value as ISO 8601 cut to its precision: ``2023-06-19``, ``2023-06`` or ``2023``."""
        if self.value is None or self.precision is None:
            return None
        full = self.value.isoformat()
        return {Precision.DAY: full, Precision.MONTH: full[:7], Precision.YEAR: full[:4]}[self.precision]

    def to_dict(self) -> dict[str, Any]:
        """Return ``{"text", "value", "precision", "span"}``."""
        return {
            "text": self.text,
            "value": self.iso,
            "precision": None if self.precision is None else self.precision.value,
            "span": None if self.span is None else self.span.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TimeRef:
        """Inverse of :meth:`to_dict`."""
        value = data.get("value")
        day = None
        if value:
            parts = [int(p) for p in str(value).split("-")]
            day = _dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
        return cls(data["text"], day, data.get("precision"), _span_or_none(data.get("span")))


@attrs.frozen
class Duration:
    """How long something lasted, as the text states it."""

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    """The expression as written ("roughly 30-minute", "more than three hours")."""
    minutes: int = attrs.field(validator=attrs.validators.instance_of(int))
    """The length in whole minutes."""
    qualifier: Qualifier = attrs.field(default=Qualifier.EXACT, converter=_to_qualifier)
    """How the text hedges the number."""
    span: Span | None = attrs.field(default=None, validator=_opt_span)
    """Where the expression is in the text."""

    @minutes.validator
    def _check_minutes(self, _attribute: attrs.Attribute[int], value: int) -> None:
        if value < 0:
            raise ValueError(f"Duration.minutes must not be negative, got {value}")

    def to_dict(self) -> dict[str, Any]:
        """Return ``{"text", "minutes", "qualifier", "span"}``."""
        return {
            "text": self.text,
            "minutes": self.minutes,
            "qualifier": self.qualifier.value,
            "span": None if self.span is None else self.span.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Duration:
        """Inverse of :meth:`to_dict`."""
        return cls(data["text"], data["minutes"], data.get("qualifier", "exact"), _span_or_none(data.get("span")))


@attrs.frozen
class Place:
    """Where something happened: a venue, a city and a country, as far as the text says."""

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    """The place as written ("the Great Hall of the People", "Bali, Indonesia")."""
    venue: str | None = attrs.field(default=None, validator=optional_str)
    """A named building or site, if any."""
    city: str | None = attrs.field(default=None, validator=optional_str)
    """The city (or region, island) if known."""
    country: str | None = attrs.field(default=None, validator=optional_str)
    """The country if known, as a canonical country name."""
    span: Span | None = attrs.field(default=None, validator=_opt_span)
    """Where the place is named in the text."""

    @property
    def name(self) -> str:
        """The most useful plain name: the city, else the country, else the venue, else the text."""
        return self.city or self.country or self.venue or self.text

    def to_dict(self) -> dict[str, Any]:
        """Return ``{"text", "venue", "city", "country", "span"}``."""
        return {
            "text": self.text,
            "venue": self.venue,
            "city": self.city,
            "country": self.country,
            "span": None if self.span is None else self.span.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Place:
        """Inverse of :meth:`to_dict`."""
        return cls(
            data["text"],
            data.get("venue"),
            data.get("city"),
            data.get("country"),
            _span_or_none(data.get("span")),
        )


@attrs.frozen
class Statement:
    """Words a source is reported to have said: quoted (direct) or reported (indirect)."""

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    """What was said: the words between the quotation marks, or the reported content."""
    span: Span = attrs.field(validator=attrs.validators.instance_of(Span))
    """Where ``text`` is in the original text (``span.text == text``)."""
    kind: StatementKind = attrs.field(default=StatementKind.DIRECT, converter=_to_statement_kind)
    """Direct quotation or reported speech."""
    speaker: Participant | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Participant))
    )
    """Whose words they are, or ``None`` when the text does not say."""
    verb: str | None = attrs.field(default=None, validator=optional_str)
    """The reporting verb or cue as written ("said", "according to")."""
    channel: str | None = attrs.field(default=None, validator=optional_str)
    """The outlet or document the words came through ("Xinhua", "a statement")."""
    speaker_span: Span | None = attrs.field(default=None, validator=_opt_span)
    """The mention that attributes the words (a name, description or pronoun)."""
    cue_span: Span | None = attrs.field(default=None, validator=_opt_span)
    """Where the reporting verb or cue is."""

    @text.validator
    def _check_text(self, _attribute: attrs.Attribute[str], value: str) -> None:
        if value != self.span.text:
            raise ValueError(f"Statement.text {value!r} differs from its span's text {self.span.text!r}")

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready form; ``speaker`` is the speaker's canonical name."""
        return {
            "speaker": None if self.speaker is None else self.speaker.name,
            "text": self.text,
            "kind": self.kind.value,
            "verb": self.verb,
            "channel": self.channel,
            "span": self.span.to_dict(),
            "speaker_span": None if self.speaker_span is None else self.speaker_span.to_dict(),
            "cue_span": None if self.cue_span is None else self.cue_span.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], participants: Mapping[str, Participant] | None = None) -> Statement:
        """Inverse of :meth:`to_dict`; *participants* maps canonical names to participants."""
        return cls(
            text=data["text"],
            span=Span.from_dict(data["span"]),
            kind=data.get("kind", "direct"),
            speaker=_lookup(data.get("speaker"), participants),
            verb=data.get("verb"),
            channel=data.get("channel"),
            speaker_span=_span_or_none(data.get("speaker_span")),
            cue_span=_span_or_none(data.get("cue_span")),
        )


def _lookup(name: str | None, participants: Mapping[str, Participant] | None) -> Participant | None:
    if name is None:
        return None
    if participants and name in participants:
        return participants[name]
    return Participant(name)


@attrs.frozen
class Topic:
    """An issue the article says was discussed, raised or in dispute."""

    label: str = attrs.field(validator=non_empty_str)
    """A short noun phrase naming the issue ("Taiwan", "passenger flights")."""
    span: Span = attrs.field(validator=attrs.validators.instance_of(Span))
    """Where the issue is named."""
    evidence: Span | None = attrs.field(default=None, validator=_opt_span)
    """The clause that says it was discussed, if wider than ``span``."""

    def to_dict(self) -> dict[str, Any]:
        """Return ``{"label", "span", "evidence"}``."""
        return {
            "label": self.label,
            "span": self.span.to_dict(),
            "evidence": None if self.evidence is None else self.evidence.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Topic:
        """Inverse of :meth:`to_dict`."""
        return cls(data["label"], Span.from_dict(data["span"]), _span_or_none(data.get("evidence")))


@attrs.frozen
class Outcome:
    """What came of talks: agreed, pledged, or explicitly not agreed."""

    kind: OutcomeKind = attrs.field(converter=_to_outcome_kind)
    """Agreement, pledge or non-agreement."""
    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    """The content, without the verb ("to work on increasing passenger flights")."""
    span: Span = attrs.field(validator=attrs.validators.instance_of(Span))
    """Where ``text`` is."""
    parties: tuple[str, ...] = attrs.field(default=(), converter=_tuple, validator=tuple_of(str))
    """Canonical participant names or countries; empty when the text says only "the two sides"."""
    cue_span: Span | None = attrs.field(default=None, validator=_opt_span)
    """The verb or noun that states the outcome ("agreed", "pledged")."""

    @text.validator
    def _check_text(self, _attribute: attrs.Attribute[str], value: str) -> None:
        if value != self.span.text:
            raise ValueError(f"Outcome.text {value!r} differs from its span's text {self.span.text!r}")

    def to_dict(self) -> dict[str, Any]:
        """Return ``{"kind", "text", "parties", "span", "cue_span"}``."""
        return {
            "kind": self.kind.value,
            "text": self.text,
            "parties": list(self.parties),
            "span": self.span.to_dict(),
            "cue_span": None if self.cue_span is None else self.cue_span.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Outcome:
        """Inverse of :meth:`to_dict`."""
        return cls(
            data["kind"],
            data["text"],
            Span.from_dict(data["span"]),
            data.get("parties") or (),
            _span_or_none(data.get("cue_span")),
        )


@attrs.frozen
class Meeting:
    """An encounter between parties that the article reports or announces."""

    participants: tuple[Participant, ...] = attrs.field(converter=_tuple, validator=tuple_of(Participant))
    """The named people (or organisations) who took or will take part."""
    status: MeetingStatus = attrs.field(converter=_to_meeting_status)
    """Held (or under way) or planned."""
    kind: MeetingKind = attrs.field(default=MeetingKind.MEETING, converter=_to_meeting_kind)
    """Meeting, talks, summit, visit or call."""
    others: tuple[str, ...] = attrs.field(default=(), converter=_tuple, validator=tuple_of(str))
    """Unnamed parties as written ("Chinese officials", a host country)."""
    date: TimeRef | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(TimeRef))
    )
    """When it happened or will happen."""
    location: Place | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Place))
    )
    """Where."""
    duration: Duration | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Duration))
    )
    """How long, when the text says."""
    evidence: tuple[Span, ...] = attrs.field(default=(), converter=_tuple, validator=tuple_of(Span))
    """Every passage that states this meeting, in text order."""
    cameo: str | None = attrs.field(default=None, validator=optional_str)
    """CAMEO event code (036, 040, 042, 043, 044, 046); see ``docs/event-codes.md``."""
    plover: str | None = attrs.field(default=None, validator=optional_str)
    """PLOVER event and mode, e.g. ``CONSULT:visit``; see ``docs/event-codes.md``."""
    topics: tuple[Topic, ...] = attrs.field(default=(), converter=_tuple, validator=tuple_of(Topic))
    """Issues discussed at this meeting."""
    outcomes: tuple[Outcome, ...] = attrs.field(default=(), converter=_tuple, validator=tuple_of(Outcome))
    """What came of this meeting."""

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready form; ``participants`` are canonical names."""
        return {
            "participants": [p.name for p in self.participants],
            "others": list(self.others),
            "status": self.status.value,
            "kind": self.kind.value,
            "date": None if self.date is None else self.date.to_dict(),
            "location": None if self.location is None else self.location.to_dict(),
            "duration": None if self.duration is None else self.duration.to_dict(),
            "evidence": [s.to_dict() for s in self.evidence],
            "cameo": self.cameo,
            "plover": self.plover,
            "topics": [t.to_dict() for t in self.topics],
            "outcomes": [o.to_dict() for o in self.outcomes],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], participants: Mapping[str, Participant] | None = None) -> Meeting:
        """Inverse of :meth:`to_dict`; *participants* maps canonical names to participants."""
        people = [_lookup(n, participants) for n in data.get("participants") or ()]
        return cls(
            participants=[p for p in people if p is not None],
            status=data["status"],
            kind=data.get("kind", "meeting"),
            others=data.get("others") or (),
            date=None if data.get("date") is None else TimeRef.from_dict(data["date"]),
            location=None if data.get("location") is None else Place.from_dict(data["location"]),
            duration=None if data.get("duration") is None else Duration.from_dict(data["duration"]),
            evidence=[Span.from_dict(s) for s in data.get("evidence") or ()],
            cameo=data.get("cameo"),
            plover=data.get("plover"),
            topics=[Topic.from_dict(t) for t in data.get("topics") or ()],
            outcomes=[Outcome.from_dict(o) for o in data.get("outcomes") or ()],
        )


_NOTHING_SEEN: frozenset[int] = frozenset()


def _record_spans(record: object, seen: frozenset[int] = _NOTHING_SEEN) -> list[Span]:
    """Every :class:`Span` reachable from *record* (depth-first over attrs fields).

    Records whose ``id`` is in *seen* are skipped: a statement's speaker is one of the
    extraction's participants, whose mentions need not be walked again for each statement.
    """
    out: list[Span] = []
    _collect_spans(record, seen, out)
    return out


_FIELD_VALUES: dict[type, Callable[[Any], tuple[Any, ...]]] = {}
"""Per attrs class met: a function that reads a record's field values, in field order (none for other
types). An ``attrgetter`` of all the names reads them in C: one call a record, not one ``getattr`` a field."""


def _no_fields(_record: object) -> tuple[Any, ...]:
    return ()


def _field_values(kind: type) -> Callable[[Any], tuple[Any, ...]]:
    read = _FIELD_VALUES.get(kind)
    if read is None:
        names = tuple(f.name for f in attrs.fields(kind)) if attrs.has(kind) else ()
        if len(names) > 1:
            read = operator.attrgetter(*names)  # (of several names, an attrgetter returns their tuple)
        elif names:
            one = operator.attrgetter(names[0])
            read = lambda record: (one(record),)  # noqa: E731
        else:
            read = _no_fields
        _FIELD_VALUES[kind] = read
    return read


class _Leaves(dict[type, bool]):
    """Whether a type of field value holds no span, by type: :func:`_collect_spans` does not descend into
    such values. Spans are found in spans, mentions, tuples and attrs records only; anything else (text,
    numbers, ``None``, enumeration members, dates) is a leaf. The lookup runs in C for a type met before,
    and the types are a record's few field types.
    """

    __slots__ = ()

    def __missing__(self, kind: type) -> bool:
        leaf = not issubclass(kind, (Span, Mention, tuple)) and not attrs.has(kind)
        self[kind] = leaf
        return leaf


_LEAVES = _Leaves({str: True, int: True, float: True, bool: True, type(None): True})


def _collect_spans(record: object, seen: frozenset[int], out: list[Span]) -> None:
    """Append to *out* what :func:`_record_spans` returns, in the same order."""
    if isinstance(record, Span):
        out.append(record)
        return
    if isinstance(record, Mention):
        out.append(record.span)
        return
    if isinstance(record, tuple):
        items: tuple[Any, ...] = record
    elif id(record) in seen:
        return
    else:
        items = _field_values(type(record))(record)
    for item in items:
        kind = type(item)
        if kind is Mention:
            out.append(item.span)  # (the most numerous items: a participant's mentions, without a call)
        elif kind is Span:
            out.append(item)
        elif not _LEAVES[kind]:
            _collect_spans(item, seen, out)


@attrs.frozen
class Extraction:
    """Everything diplomeet found in one article."""

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    """The caller's original text; every span of every record slices it."""
    published: _dt.date | None = attrs.field(default=None)
    """The reference date for relative time expressions, if one was given."""
    participants: tuple[Participant, ...] = attrs.field(default=(), converter=_tuple, validator=tuple_of(Participant))
    """People, organisations and countries, in order of first mention."""
    meetings: tuple[Meeting, ...] = attrs.field(default=(), converter=_tuple, validator=tuple_of(Meeting))
    """Meetings, in order of first evidence."""
    statements: tuple[Statement, ...] = attrs.field(default=(), converter=_tuple, validator=tuple_of(Statement))
    """Statements, in text order."""
    topics: tuple[Topic, ...] = attrs.field(default=(), converter=_tuple, validator=tuple_of(Topic))
    """Topics the article raises that are not tied to one meeting."""
    outcomes: tuple[Outcome, ...] = attrs.field(default=(), converter=_tuple, validator=tuple_of(Outcome))
    """Outcomes not tied to one meeting."""

    @published.validator
    def _check_published(self, _attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None and (not isinstance(value, _dt.date) or isinstance(value, _dt.datetime)):
            raise TypeError(f"Extraction.published must be a datetime.date or None, not {type(value).__name__}")

    def __attrs_post_init__(self) -> None:
        names = [p.name for p in self.participants]
        if len(set(names)) != len(names):
            dupes = sorted({n for n in names if names.count(n) > 1})
            raise ValueError(f"participant names must be unique in one extraction: {dupes}")
        text = self.text
        for span in self._span_list():
            if span.end > len(text) or text[span.start : span.end] != span.text:
                raise ValueError(f"span {span.start}..{span.end} {span.text!r} does not slice the text")

    def _span_list(self) -> list[Span]:
        """What :meth:`spans` yields, as one list (no generator to resume for each span)."""
        out: list[Span] = []
        for participant in self.participants:
            _collect_spans(participant, _NOTHING_SEEN, out)
        listed = frozenset(id(p) for p in self.participants)
        for group in (self.meetings, self.statements, self.topics, self.outcomes):
            for record in group:
                _collect_spans(record, listed, out)
        return out

    def spans(self) -> Iterable[Span]:
        """Every span of every record, for checking and highlighting."""
        yield from self._span_list()

    def participant(self, name: str) -> Participant | None:
        """Return the participant whose canonical name or alias is *name*, if any."""
        for p in self.participants:
            if name == p.name or name in p.aliases:
                return p
        return None

    @property
    def people(self) -> tuple[Participant, ...]:
        """The participants that are persons."""
        return tuple(p for p in self.participants if p.kind is ParticipantKind.PERSON)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready form documented in ``docs/json.md``."""
        return {
            "schema": SCHEMA_VERSION,
            "published": None if self.published is None else self.published.isoformat(),
            "participants": [p.to_dict() for p in self.participants],
            "meetings": [m.to_dict() for m in self.meetings],
            "statements": [s.to_dict() for s in self.statements],
            "topics": [t.to_dict() for t in self.topics],
            "outcomes": [o.to_dict() for o in self.outcomes],
            "text": self.text,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Extraction:
        """Inverse of :meth:`to_dict`: ``Extraction.from_dict(x.to_dict()) == x``.

        Raises:
            KeyError: a required key is missing.
            ValueError: a value is out of range or a span does not slice ``text``.
        """
        participants = [Participant.from_dict(p) for p in data.get("participants") or ()]
        by_name = {p.name: p for p in participants}
        published = data.get("published")
        return cls(
            text=data["text"],
            published=None if published is None else _dt.date.fromisoformat(published),
            participants=participants,
            meetings=[Meeting.from_dict(m, by_name) for m in data.get("meetings") or ()],
            statements=[Statement.from_dict(s, by_name) for s in data.get("statements") or ()],
            topics=[Topic.from_dict(t) for t in data.get("topics") or ()],
            outcomes=[Outcome.from_dict(o) for o in data.get("outcomes") or ()],
        )


_R = TypeVar("_R")

_SETTERS: dict[type, tuple[Callable[[Any, Any], None], ...]] = {
    cls: tuple(cls.__dict__[field.name].__set__ for field in attrs.fields(cls))
    for cls in (Participant, Statement, Meeting, Extraction)
}
"""The slots' own setters of the fields of the records built without their checks, in field order (see
:func:`trusted_span`)."""


def _trusted(cls: type[_R], *values: Any) -> _R:
    """``cls(*values)`` without the class's converters and validators, for values they would return and accept
    as they are (tuples, enumeration members).
    """
    record: _R = _new_record(cls)
    for set_value, value in zip(_SETTERS[cls], values, strict=True):
        set_value(record, value)
    return record


def _all_str(values: Iterable[object]) -> bool:
    """Whether every item of *values* is a ``str`` (the test runs in C: no frame per item)."""
    return all(map(isinstance, values, repeat(str)))


def trusted_participant(
    name: str,
    kind: ParticipantKind,
    aliases: tuple[str, ...],
    title: str | None,
    country: str | None,
    mentions: list[Mention],
) -> Participant:
    """A :class:`Participant` made without its converters and validators, for
    :func:`~diplomeet.build.build_extraction`: *mentions* are the mentions it made, and the values it read from
    the parse state are tested as the validators would test them (a value they would refuse or convert goes
    through the class).
    """
    if (
        isinstance(name, str)
        and name.strip()
        and isinstance(kind, ParticipantKind)
        and _all_str(aliases)
        and (title is None or isinstance(title, str))
        and (country is None or isinstance(country, str))
    ):
        return _trusted(Participant, name, kind, aliases, title, country, tuple(mentions))
    return Participant(name, kind, aliases, title, country, mentions)


def trusted_statement(
    span: Span,
    kind: StatementKind,
    speaker: Participant | None,
    verb: str | None,
    channel: str | None,
    speaker_span: Span | None,
    cue_span: Span | None,
) -> Statement:
    """A :class:`Statement` of the text of *span*, made without its converter and validators, for
    :func:`~diplomeet.build.build_extraction`: the spans are the document's and *speaker* one of its participants,
    and the values it read from the parse state are tested as the validators would test them (a value they would
    refuse or convert goes through the class).
    """
    if (
        isinstance(kind, StatementKind)
        and (verb is None or isinstance(verb, str))
        and (channel is None or isinstance(channel, str))
    ):
        return _trusted(Statement, span.text, span, kind, speaker, verb, channel, speaker_span, cue_span)
    return Statement(span.text, span, kind, speaker, verb, channel, speaker_span, cue_span)


def trusted_meeting(
    participants: list[Participant],
    status: MeetingStatus,
    kind: MeetingKind,
    others: list[str],
    date: TimeRef | None,
    location: Place | None,
    duration: Duration | None,
    evidence: list[Span],
    codes: tuple[str, str],
    topics: list[Topic],
    outcomes: list[Outcome],
) -> Meeting:
    """A :class:`Meeting` made without its converters and validators, for
    :func:`~diplomeet.build.build_extraction`: the participants, records and spans are those it made, and the
    values it read from the parse state are tested as the validators would test them (a value they would refuse
    or convert goes through the class). *codes* are its CAMEO and PLOVER codes.
    """
    cameo, plover = codes
    if (
        isinstance(status, MeetingStatus)
        and isinstance(kind, MeetingKind)
        and _all_str(others)
        and isinstance(cameo, str)
        and isinstance(plover, str)
    ):
        return _trusted(
            Meeting,
            tuple(participants),
            status,
            kind,
            tuple(others),
            date,
            location,
            duration,
            tuple(evidence),
            cameo,
            plover,
            tuple(topics),
            tuple(outcomes),
        )
    return Meeting(
        participants, status, kind, others, date, location, duration, evidence, cameo, plover, topics, outcomes
    )


def trusted_extraction(
    text: str,
    published: _dt.date | None,
    participants: Iterable[Participant],
    meetings: Iterable[Meeting],
    statements: Iterable[Statement],
    topics: Iterable[Topic],
    outcomes: Iterable[Outcome],
) -> Extraction:
    """An :class:`Extraction` made without its checks, for :func:`~diplomeet.build.build_extraction`.

    Only for records the library built from one article: every span sliced from *text* by
    :meth:`Document.span <diplomeet.document.Document.span>` (never past its end, see
    :attr:`Document.outside <diplomeet.document.Document.outside>`), participants of distinct names, and
    every record of its class. The checks cannot fail there, and walking every span of an article to check
    it again costs more than the rest of the extraction's construction. A *published* that is not a plain
    date (or None) goes through the class, which refuses it.
    """
    if published is not None and type(published) is not _dt.date:
        return Extraction(text, published, participants, meetings, statements, topics, outcomes)
    return _trusted(
        Extraction,
        text,
        published,
        tuple(participants),
        tuple(meetings),
        tuple(statements),
        tuple(topics),
        tuple(outcomes),
    )
