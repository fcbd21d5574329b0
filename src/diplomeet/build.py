"""Turn a finished :class:`~diplomeet.state.ExtractionState` into an :class:`~diplomeet.Extraction`.

This is the only place where clean-view offsets become spans of the caller's
original text, and where entity indices become :class:`~diplomeet.Participant`
values.
"""

from __future__ import annotations

import operator

from diplomeet.codes import event_codes
from diplomeet.models import (
    Duration,
    Extraction,
    MentionForm,
    Outcome,
    Participant,
    ParticipantKind,
    Place,
    Precision,
    Span,
    TimeRef,
    Topic,
    trusted_extraction,
    trusted_meeting,
    trusted_mention,
    trusted_participant,
    trusted_statement,
)
from diplomeet.state import ExtractionState, MeetingDraft, MentionKind

__all__ = ["build_extraction"]

_FORMS = {
    MentionKind.PERSON: MentionForm.NAME,
    MentionKind.ORGANIZATION: MentionForm.NAME,
    MentionKind.COUNTRY: MentionForm.NAME,
    MentionKind.GROUP: MentionForm.NAME,
    MentionKind.DOCUMENT: MentionForm.DESCRIPTION,
    MentionKind.DESCRIPTION: MentionForm.DESCRIPTION,
    MentionKind.PRONOUN: MentionForm.PRONOUN,
}


# The enum members read once into module names: a member read from its enum class goes through the enum
# metaclass's attribute hook (Python 3.11), several times slower than a global name, and the loops below
# read them for every mention.
_PRONOUN, _PERSON = MentionKind.PRONOUN, ParticipantKind.PERSON
_NAME, _PRONOUN_FORM = MentionForm.NAME, MentionForm.PRONOUN

# attribute readers that run in C: sort keys and tests over every entity and mention, with no Python frame
_FIRST = operator.attrgetter("first")
_START_END = operator.attrgetter("start", "end")
_FORM = operator.attrgetter("form")
_MENTION_START = operator.attrgetter("span.start")
"""A mention's start (what ``Mention.start`` reads, without the property's frame)."""


def _participants(state: ExtractionState, spans: dict[int, Span]) -> dict[int, Participant]:
    """Participants by entity index: every person, and the organisations and countries that act.

    Puts the span of each mention it reads into *spans*, by mention index (:func:`_mention_span`).
    """
    used_pronouns: set[int] = set()
    acting: set[int] = set()
    for s in state.statements:
        if s.speaker is not None:
            acting.add(s.speaker)
        if s.speaker_mention is not None and state.mentions[s.speaker_mention].kind is _PRONOUN:
            used_pronouns.add(s.speaker_mention)
    for md in state.meetings:
        acting.update(md.participants)
        used_pronouns.update(md.pronouns)
    pronouns_of: dict[int, list[int]] = {}
    for k in used_pronouns:
        entity = state.mentions[k].entity
        if entity is not None:
            pronouns_of.setdefault(entity, []).append(k)
    out: dict[int, Participant] = {}
    names: set[str] = set()
    order = sorted(range(len(state.entities)), key=list(map(_FIRST, state.entities)).__getitem__)
    for index in order:
        e = state.entities[index]
        if e.kind is not _PERSON and index not in acting:
            continue
        mentions = []
        for k in e.mentions:
            m = state.mentions[k]
            if m.kind is _PRONOUN and k not in used_pronouns:
                continue
            span = spans[k] = state.span(m.start, m.end)
            mentions.append(trusted_mention(span, _FORMS[m.kind]))
        pronouns = pronouns_of.get(index)
        if pronouns:
            listed = set(e.mentions)
            for k in pronouns:
                if k not in listed and state.mentions[k].kind is _PRONOUN:
                    m = state.mentions[k]
                    mentions.append(trusted_mention(state.span(m.start, m.end), _PRONOUN_FORM))
        if e.kind is _PERSON and _NAME not in map(_FORM, mentions):
            continue
        mentions.sort(key=_MENTION_START)
        name = e.name
        while name in names:  # two entities that could not be told apart by name
            name = f"{name} ({e.country or e.kind.value})" if "(" not in name else name + "'"
        names.add(name)
        aliases = dict.fromkeys(e.aliases)
        aliases.pop(name, None)
        out[index] = trusted_participant(name, e.kind, tuple(aliases), e.title, e.country, mentions)
    return out


def _mention_span(state: ExtractionState, spans: dict[int, Span], k: int) -> Span:
    """The span of mention *k*: the one its participant has already when it has one (*spans*, by mention index),
    as most speakers do.
    """
    span = spans.get(k)
    if span is None:
        m = state.mentions[k]
        span = spans[k] = state.span(m.start, m.end)
    return span


def _timeref(state: ExtractionState, md: MeetingDraft) -> TimeRef | None:
    if md.time is None:
        return None
    expr = state.times[md.time]
    value, precision = md.date if md.date is not None else (None, None)
    span = state.span(expr.start, expr.end)
    if value is None or precision is None:
        return TimeRef(span.text, span=span)
    return TimeRef(span.text, value, Precision(precision), span)


def _place(state: ExtractionState, md: MeetingDraft) -> Place | None:
    if md.place is None:
        return None
    p = state.places[md.place]
    span = state.span(p.start, p.end)
    return Place(span.text, p.venue, p.city, p.country, span)


def _duration(state: ExtractionState, md: MeetingDraft) -> Duration | None:
    if md.duration is None:
        return None
    d = state.durations[md.duration]
    span = state.span(d.start, d.end)
    return Duration(span.text, d.minutes, d.qualifier, span)


def build_extraction(state: ExtractionState) -> Extraction:
    """Build the frozen records of one article from the parse state."""
    mention_spans: dict[int, Span] = {}
    people = _participants(state, mention_spans)
    topics = [
        Topic(
            t.label,
            state.span(t.start, t.end),
            None if t.evidence is None else state.span(*t.evidence),
        )
        for t in state.topics
    ]
    outcomes = []
    for o in state.outcomes:
        span = state.span(o.start, o.end)
        outcomes.append(
            Outcome(o.kind, span.text, span, tuple(o.parties), None if o.cue is None else state.span(*o.cue))
        )
    statements = [
        trusted_statement(
            state.span(s.start, s.end),
            s.kind,
            None if s.speaker is None else people.get(s.speaker),
            s.verb,
            s.channel,
            None if s.speaker_mention is None else _mention_span(state, mention_spans, s.speaker_mention),
            None if s.cue is None else state.span(*s.cue),
        )
        for s in sorted(state.statements, key=_START_END)
    ]
    meetings = []
    meeting_topics: set[int] = set()
    meeting_outcomes: set[int] = set()
    for md in state.meetings:
        persons = [people[i] for i in md.participants if i in people and people[i].kind is _PERSON]
        others = list(md.others)
        for i in md.participants:
            if i in people and people[i].kind is not _PERSON and people[i].name not in others:
                others.append(people[i].name)
        meeting_topics.update(md.topics)
        meeting_outcomes.update(md.outcomes)
        meetings.append(
            trusted_meeting(
                persons,
                md.status,
                md.kind,
                others,
                _timeref(state, md),
                _place(state, md),
                _duration(state, md),
                list(dict.fromkeys(state.span(a, b) for a, b in _outermost(md.evidence))),
                event_codes(state, md),
                [topics[i] for i in md.topics],
                [outcomes[i] for i in md.outcomes],
            )
        )
    # every span above is the document's slice of its text, and every name is told apart (_participants): the
    # extraction's checks cannot fail, but for a span past the end of the text, which only the class refuses
    make = Extraction if state.document.outside else trusted_extraction
    return make(
        state.document.text,
        state.published,
        sorted(people.values(), key=lambda p: p.mentions[0].start if p.mentions else 0),
        meetings,
        statements,
        [t for i, t in enumerate(topics) if i not in meeting_topics],
        [o for i, o in enumerate(outcomes) if i not in meeting_outcomes],
    )


def _outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans not inside another, in text order: a meeting told twice in one passage ("to attend" and "to
    attend a summit") gives its longer evidence only.
    """
    out: list[tuple[int, int]] = []
    reach = -1
    for start, end in sorted(set(spans), key=lambda sp: (sp[0], -sp[1])):
        if end > reach:
            out.append((start, end))
            reach = end
    return out
