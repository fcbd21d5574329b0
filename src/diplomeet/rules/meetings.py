"""Rule ``meetings``: who met whom, held or planned, when, where, for how long.

Every meeting word of the ``meeting_words`` lexicon outside quotations is a
candidate. Its parties come from the clause around it:

* verbs: the subject (``Biden and Xi met``, ``Blinken, who …, met``) and the
  object (``met Xi``, ``met with Xi``, ``hosted Albanese``, ``visited Taiwan``),
  or the agent of a passive (``Blinken was received by Xi``);
* nouns: ``a meeting between X and Y``, ``X's talks with Y``, ``X held talks
  with Y``, ``talks with Y`` (the other side is then the subject of the
  sentence), ``X's visit to Z``.

``they``, ``the two leaders`` and ``both sides`` stand for the parties of the
meeting just mentioned. Countries, organisations and unnamed groups go to
``others``. A noun with no parties of its own (``the meeting lasted 35
minutes``, ``their talks``) adds its facts to the meeting just mentioned.

Status comes from cue words before the meeting word in its clause
(``status_cues`` lexicon: will, could, expected, plans, invited, agreed to, pave
the way for, …), the verb form (``to meet``) and the date (after publication →
planned). Negated meetings (``did not meet``, ``declined to meet``, ``no
meeting``, ``cancelled``) are dropped.

Date, place and duration are the nearest ones in the sentence; dates resolve
against the publication date looking back for held meetings and forward for
planned ones. Mentions of one real meeting are merged; sittings on different
days stay apart, and a day range for a held meeting gives one meeting per day.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence

from diplomeet.gazetteer import Match, fold
from diplomeet.lexicons import Entry
from diplomeet.models import MeetingKind, MeetingStatus, ParticipantKind, Precision
from diplomeet.rules.context import SentenceView, sentence_mentions
from diplomeet.state import ExtractionState, MeetingDraft, MentionKind
from diplomeet.temporal import TimeExpression, resolve, resolve_range

__all__ = ["meetings"]



def _kind(entry: Entry) -> MeetingKind:
    try:
        return MeetingKind(entry.get("kind") or "meeting")
    except ValueError:
        return MeetingKind.MEETING


class _Candidate:
    """One meeting mention before merging."""

    def __init__(self, view: SentenceView, match: Match[Entry]) -> None:
        self.view = view
        self.match = match
        self.entry = match.payload
        self.side_a: list[int] = []
        self.side_b: list[int] = []
        self.explicit = False
        self.pair_ref = False
        self.role: str | None = self.entry.get("role")


def _clause_start(view: SentenceView, k: int) -> int:
    """First token of the clause that token *k* is in (after a semicolon or a comma + conjunction)."""
    j = k - 1
    while j >= 0:
        t = view.toks[j].text
        if t in {";", ":"} or (t == "," and view.word(j + 1) in {"but", "while", "whereas", "although", "though"}):
            return j + 1
        if view.word(j) in {"but", "although", "though", "whereas"}:
            return j + 1
        j -= 1
    return 0


def _after_with(view: SentenceView, k: int, words: frozenset[str] = frozenset({"with"})) -> list[int]:
    """Parties after "with" (or *words*) within a few tokens of token *k*."""
    toks = view.toks
    j = k
    limit = min(len(toks), k + 4)
    while j < limit and view.word(j) not in words:
        if toks[j].text in {",", ".", ";"} or view.quoted[j] is not None:
            return []
        j += 1
    if j >= limit:
        return []
    return view.party_after(j + 1, skip=frozenset({"the", "a", "an", "his", "her", "their", "its"}))


def _possessor(view: SentenceView, k: int) -> list[int]:
    """The owner of a noun at token *k*: "Xi's meeting", "his talks", "their meeting"."""
    j = k - 1
    while j >= 0 and (view.word(j) in view.lx.words("meeting_modifier") or _is_duration_token(view, j)) and view.owner[j] is None:
        j -= 1
    if j >= 0 and view.toks[j].text in {"’s", "'s"} and j > 0 and view.owner[j - 1] is not None:
        return [view.owner[j - 1]]  # type: ignore[list-item]
    if j >= 0 and view.owner[j] is not None:
        m = view.mention(view.owner[j])
        assert m is not None  # noqa: S101
        if m.kind is MentionKind.PRONOUN and m.key and "possessive" in m.key:
            return [view.owner[j]]  # type: ignore[list-item]
    return []


def _is_duration_token(view: SentenceView, k: int) -> bool:
    tok = view.toks[k]
    return any(d.start <= tok.start < d.end for d in view.state.durations)


def _light_verb_subject(view: SentenceView, k: int) -> list[int]:
    """ "X held talks with Y": the subject of the light verb before the noun at token *k*."""
    j = k - 1
    while j >= 0 and (
        view.word(j) in view.lx.words("meeting_modifier")
        or view.word(j) in {"a", "an", "the", "their", "his", "her"}
        or _is_duration_token(view, j)
    ):
        j -= 1
    if j >= 0 and view.word(j) in view.lx.words("light_verb"):
        return view.subject_before(j)
    return []


def _sentence_subject(view: SentenceView, before: int) -> list[int]:
    """The first party named in the sentence before token *before* (the subject of the main clause)."""
    for k in range(before):
        mi = view.owner[k]
        if mi is None or view.quoted[k] is not None:
            continue
        m = view.mention(mi)
        assert m is not None  # noqa: S101
        if m.kind in (MentionKind.PERSON, MentionKind.DESCRIPTION, MentionKind.PRONOUN):
            return view.party_after(k)
        return []
    return []


def _parties(c: _Candidate) -> None:
    view, m, entry = c.view, c.match, c.entry
    frames = set(entry.values("frame"))
    pos = entry.get("pos")
    if pos == "verb":
        prev = view.word(m.first - 1)
        if "passive" in frames and prev in {"was", "were", "been", "being", "be", "is", "are"}:
            j = m.first - 1
            while j >= 0 and view.word(j) in {"was", "were", "been", "being", "be", "is", "are", "has", "have", "had"}:
                j -= 1
            c.side_a = view.subject_before(j + 1)
            c.side_b = _after_with(view, m.last, frozenset({"by"}))
            c.role = "visit"  # the subject of "was received by" is the visitor
            c.explicit = True
            return
        subject = view.subject_before(m.first)
        if not subject and prev == "who" and m.first >= 2:
            subject = view.subject_before(m.first - 1) or (
                [view.owner[m.first - 3]]
                if m.first >= 3 and view.toks[m.first - 2].text == "," and view.owner[m.first - 3] is not None
                else []  # type: ignore[list-item]
            )
        if not subject and prev == "to":
            # "agreed to visit", "plans to meet", "invited X to visit": the subject of the governing verb
            j = m.first - 2
            while j >= 0 and view.owner[j] is None and view.toks[j].text not in {",", ";"} and m.first - j < 6:
                j -= 1
            if j >= 0 and view.owner[j] is not None and view.word(j + 1) == "to":
                subject = [view.owner[j]]  # type: ignore[list-item]
            elif j >= 0 and view.owner[j] is not None:
                subject = view.subject_before(view.start_of([view.owner[j]]))  # type: ignore[list-item]
                if not subject:
                    subject = [view.owner[j]]  # type: ignore[list-item]
            else:
                subject = _sentence_subject(view, m.first)
        if not subject and m.first > 0 and view.toks[m.first - 1].text == ",":
            subject = _sentence_subject(view, m.first)
        c.side_a = subject
        obj: list[int] = []
        if "with" in frames:
            obj = _after_with(view, m.last)
        if not obj and "obj" in frames:
            obj = view.party_after(m.last, skip=frozenset({"the", "with", "separately", "virtually", "briefly"}))
        if not obj and "to" in frames:
            obj = _after_with(view, m.last, frozenset({"to"}))
        c.side_b = obj
        c.explicit = bool(subject)
        return
    # nouns
    between = _after_with(view, m.last, frozenset({"between"}))
    if between:
        c.side_a = between
        c.explicit = True
        return
    other = _after_with(view, m.last)
    owner = _possessor(view, m.first)
    light = _light_verb_subject(view, m.first) if not owner else []
    if "to" in frames:
        dest = _after_with(view, m.last, frozenset({"to"}))
        by = _after_with(view, m.last, frozenset({"by"}))
        c.side_a = owner or light or by
        c.side_b = dest or other
        c.explicit = bool(c.side_a)
        return
    c.side_a = owner or light
    c.side_b = other
    if other and not c.side_a:
        c.side_a = _sentence_subject(view, m.first)
    c.explicit = bool(c.side_a or c.side_b)


def _status(c: _Candidate, cues: list[Match[Entry]]) -> MeetingStatus | None:
    """``None`` for a negated meeting, else held or planned."""
    view, m = c.view, c.match
    start = _clause_start(view, m.first)
    tense = c.entry.get("tense")
    planned = False
    for cue in cues:
        effect = cue.payload.get("effect")
        scope = cue.payload.get("scope") or "before"
        if cue.last <= m.first and cue.first >= start:
            distance = m.first - cue.last
            if effect == "negated":
                word = fold(cue.phrase)
                near = 1 if word == "no" else 4
                if distance <= near and view.word(m.first - 1) != "the":
                    return None
            elif effect == "planned" and scope in {"before", "either"} and distance <= 10:
                planned = True
        elif cue.first >= m.last and cue.first - m.last <= 3:
            if effect == "negated" and scope in {"after", "either"}:
                return None
            if effect == "planned" and scope in {"after", "either"}:
                planned = True
    if tense == "base" and view.word(m.first - 1) == "to":
        planned = True
    if tense == "past" and not planned:
        return MeetingStatus.HELD
    return MeetingStatus.PLANNED if planned else MeetingStatus.HELD


def _nearest(items: Sequence[tuple[int, int]], view: SentenceView, m: Match[Entry]) -> int | None:
    """Index of the item (start, end) in the sentence nearest to the meeting word, after it first."""
    s = view.sentence
    lo, hi = view.toks[m.first].start, view.toks[m.last - 1].end
    best: tuple[int, int] | None = None
    for i, (a, b) in enumerate(items):
        if a < s.start or b > s.end:
            continue
        if any(q.start <= a < q.end for q in view.state.quotes if q.depth == 0):
            continue
        distance = a - hi if a >= hi else (lo - b) * 2
        if best is None or distance < best[0]:
            best = (distance, i)
    return None if best is None else best[1]


def _expand(
    state: ExtractionState, ids: Sequence[int], last_meeting: MeetingDraft | None
) -> tuple[list[int], list[str], list[int], bool]:
    """Split party mentions into entities and unnamed parties; resolve "they" / "the two sides"."""
    entities: list[int] = []
    others: list[str] = []
    pronouns: list[int] = []
    pair = False
    for mi in ids:
        m = state.mentions[mi]
        if m.kind is MentionKind.PRONOUN:
            if m.entity is not None:
                entities.append(m.entity)
                pronouns.append(mi)
            elif m.gender == "u" and last_meeting is not None:
                entities.extend(last_meeting.participants)
                pair = True
            continue
        if m.kind is MentionKind.GROUP:
            if m.key == "pair" and last_meeting is not None and len(last_meeting.participants) >= 2:
                entities.extend(last_meeting.participants)
                pair = True
            else:
                words = m.text.split()
                others.append(" ".join(words[1:]) if words[0].lower() == "the" else m.text)
            continue
        if m.entity is None:
            continue
        e = state.entities[m.entity]
        if e.kind is ParticipantKind.PERSON:
            entities.append(m.entity)
        else:
            others.append(e.name)
    return list(dict.fromkeys(entities)), list(dict.fromkeys(others)), pronouns, pair


def _date_of(
    state: ExtractionState, expr: TimeExpression, status: MeetingStatus
) -> tuple[_dt.date | None, Precision | None]:
    return resolve(expr, state.published, future=status is MeetingStatus.PLANNED)


def _compatible(a: MeetingDraft, b: MeetingDraft) -> bool:
    if a.status is not b.status:
        return False
    da = a.date[0] if a.date else None
    db = b.date[0] if b.date else None
    if da is None or db is None:
        return True
    pa = a.date[1] if a.date else None
    pb = b.date[1] if b.date else None
    if pa is Precision.DAY and pb is Precision.DAY:
        return da == db
    return da.year == db.year


def _merge_into(a: MeetingDraft, b: MeetingDraft) -> None:
    a.evidence.extend(x for x in b.evidence if x not in a.evidence)
    for name in b.others:
        if name not in a.others:
            a.others.append(name)
    if (
        a.date is None
        or (a.date[0] is None and b.date and b.date[0] is not None)
        or (b.date and b.date[1] is Precision.DAY and a.date[1] is not Precision.DAY and b.date[0] is not None)
    ) and b.date is not None:
        a.date, a.time = b.date, b.time
    if a.place is None:
        a.place = b.place
    if a.duration is None:
        a.duration = b.duration
    a.pronouns.extend(b.pronouns)
    if a.kind is MeetingKind.MEETING and b.kind is not MeetingKind.MEETING and b.kind is not MeetingKind.VISIT:
        a.kind = b.kind


def meetings(state: ExtractionState) -> None:
    """Find meetings (``state.meetings``)."""
    by_sentence = sentence_mentions(state)
    status_cues = None
    drafts: list[MeetingDraft] = []
    time_spans = [(t.start, t.end) for t in state.times]
    duration_spans = [(d.start, d.end) for d in state.durations]
    place_spans = [(p.start, p.end) for p in state.places]
    for si in range(len(state.sentences)):
        if not by_sentence[si] and si and not drafts:
            continue
        view = SentenceView(state, si, by_sentence[si])
        if not view.meeting:
            continue
        if status_cues is None:
            from diplomeet.rules.context import verbs  # noqa: PLC0415

            status_cues = verbs(state.resources).status
        cues = status_cues.find_all(view.toks)
        for match in view.meeting:
            if view.quoted[match.first] is not None:
                continue
            if _skip(view, match):
                continue
            c = _Candidate(view, match)
            _parties(c)
            status = _status(c, cues)
            if status is None:
                continue
            last = drafts[-1] if drafts else None
            ids = c.side_a + [x for x in c.side_b if x not in c.side_a]
            entities, others, pronouns, _pair = _expand(state, ids, last)
            evidence = (view.toks[match.first].start, view.toks[match.last - 1].end)
            ti = _nearest(time_spans, view, match)
            di = _nearest(duration_spans, view, match)
            pi = _place_for(state, view, match, place_spans, ids)
            kind = _kind(c.entry)
            if not c.explicit or (len(entities) < 2 and not others and kind is not MeetingKind.VISIT):
                # "the meeting lasted 35 minutes", "their talks": facts for the meeting just mentioned
                if (last is not None and si - last.sentence <= 6 and not entities) or (
                    last is not None
                    and entities
                    and set(entities) <= set(last.participants)
                    and si - last.sentence <= 3
                ):
                    _add_facts(state, last, view, evidence, ti, di, pi)
                continue
            if not entities:
                continue
            if len(entities) == 1 and not others:
                continue
            draft = MeetingDraft(
                entities,
                status,
                kind,
                others,
                evidence=[_evidence(view, match, ids)],
                sentence=si,
                role=c.role,
                pronouns=pronouns,
            )
            if kind is MeetingKind.VISIT and len(entities) == 1:
                # "Pelosi visited Taiwan": the visitor, the host country in others, the place visited
                draft.place = pi
            else:
                draft.place = pi
            draft.duration = di
            if ti is not None:
                draft.time = ti
                draft.date = _date_of(state, state.times[ti], status)
                if (
                    status is MeetingStatus.HELD
                    and state.published
                    and draft.date[0]
                    and draft.date[0] > state.published
                ) and draft.date[1] is Precision.DAY:
                    draft.status = MeetingStatus.PLANNED
            drafts.append(draft)
    state.meetings = _merge(state, _split_ranges(state, drafts))


def _evidence(view: SentenceView, match: Match[Entry], ids: Sequence[int]) -> tuple[int, int]:
    toks = view.toks
    lo, hi = match.first, match.last
    for mi in ids:
        m = view.state.mentions[mi]
        if m.sentence != view.index:
            continue
        lo = min(lo, m.first_token)
        hi = max(hi, m.last_token)
    return toks[lo].start, toks[hi - 1].end


def _skip(view: SentenceView, match: Match[Entry]) -> bool:
    """Meeting words used in another sense: "called for", "talks about", "the G20 summit" as an event."""
    nxt = view.word(match.last)
    prev = view.word(match.first - 1)
    lemma = match.payload.get("lemma")
    if lemma == "call" and nxt in {"for", "on", "to", "off"}:
        return True
    if (
        lemma == "welcome"
        and nxt in {"the", "a", "an", "this", "that", "his", "her", "their", "its"}
        and view.owner[match.last] is None
        and view.owner[match.last + 1] is None
    ):
        return True
    if (
        match.payload.get("pos") == "noun"
        and prev == "of"
        and view.word(match.first - 2) in {"sidelines", "margins", "side"}
    ):
        return True
    if lemma == "talks" and nxt in {"about", "to"} and view.owner[match.first - 1] is not None:
        return True
    if (
        lemma in {"visit", "meet"}
        and match.payload.get("tense") in {"base", "present"}
        and prev in {"their", "citizens", "to"}
        and nxt in {".", ","}
    ):
        return lemma == "visit" and view.owner[match.last] is None
    return False


def _place_for(
    state: ExtractionState,
    view: SentenceView,
    match: Match[Entry],
    place_spans: Sequence[tuple[int, int]],
    parties: Sequence[int],
) -> int | None:
    """The place of a meeting: "in Bali, Indonesia", "at the Great Hall of the People", "visited Taiwan"."""
    party_spans = []
    for mi in parties:
        m = state.mentions[mi]
        party_spans.append((m.start, m.end))
        if m.title_span:
            party_spans.append(m.title_span)
    candidates = []
    for i, (a, b) in enumerate(place_spans):
        if a < view.sentence.start or b > view.sentence.end:
            continue
        if any(pa <= a < pb for pa, pb in party_spans):
            # a visited place is a party of the visit ("visited Taiwan") and its place too
            if match.payload.get("kind") != "visit":
                continue
        k = view.token_index(a)
        prev = view.word(k - 1)
        owner = view.owner[k]
        if owner is not None and state.mentions[owner].kind in (
            MentionKind.PERSON,
            MentionKind.ORGANIZATION,
            MentionKind.DESCRIPTION,
            MentionKind.GROUP,
        ):
            continue
        if prev in {"from", "of"} and match.payload.get("kind") != "visit":
            continue
        if view.quoted[k] is not None:
            continue
        if prev not in {"in", "at", "to", "inside", "near", "outside", ","} and match.payload.get("kind") != "visit":
            if not (prev == "the" and view.word(k - 2) in {"in", "at"}):
                continue
        candidates.append(i)
    if not candidates:
        return None
    lo = view.toks[match.first].start
    best = min(candidates, key=lambda i: abs(place_spans[i][0] - lo) + (0 if place_spans[i][0] >= lo else 40))
    return _combine_place(state, best)


def _combine_place(state: ExtractionState, index: int) -> int:
    """ "the Great Hall of the People in Beijing", "Bali, Indonesia": one place with venue, city and country."""
    p = state.places[index]
    if index + 1 < len(state.places):
        q = state.places[index + 1]
        between = state.text[p.end : q.start]
        if between.strip() in {",", "in", "of"} and q.start - p.end <= 5:
            if p.venue and not q.venue:
                p.city = q.city or p.city
                p.country = q.country or p.country
            elif q.city is None and q.country:
                p.country = p.country or q.country
    return index


def _add_facts(
    state: ExtractionState,
    draft: MeetingDraft,
    view: SentenceView,
    evidence: tuple[int, int],
    ti: int | None,
    di: int | None,
    pi: int | None,
) -> None:
    draft.evidence.append(evidence)
    if draft.duration is None and di is not None:
        draft.duration = di
    if draft.place is None and pi is not None:
        draft.place = pi
    if ti is not None and (draft.date is None or draft.date[0] is None):
        date = _date_of(state, state.times[ti], draft.status)
        if date[0] is not None or draft.date is None:
            draft.time, draft.date = ti, date
    _ = view


def _split_ranges(state: ExtractionState, drafts: list[MeetingDraft]) -> list[MeetingDraft]:
    """A held meeting over a range of days ("met over May 10-11") is one meeting per day."""
    out: list[MeetingDraft] = []
    for d in drafts:
        if d.time is None or d.status is not MeetingStatus.HELD:
            out.append(d)
            continue
        expr = state.times[d.time]
        if expr.range_end is None:
            out.append(d)
            continue
        first, last, precision = resolve_range(expr, state.published, future=False)
        if first is None or last is None or precision is not Precision.DAY or not 0 < (last - first).days <= 6:
            out.append(d)
            continue
        day = first
        while day <= last:
            copy = MeetingDraft(
                list(d.participants),
                d.status,
                d.kind,
                list(d.others),
                d.time,
                (day, Precision.DAY),
                d.place,
                None,
                list(d.evidence),
                d.sentence,
                d.role,
                pronouns=list(d.pronouns),
            )
            out.append(copy)
            day += _dt.timedelta(days=1)
    return out


def _merge(state: ExtractionState, drafts: list[MeetingDraft]) -> list[MeetingDraft]:
    """One draft per real-world meeting: same people, same status, compatible dates."""
    out: list[MeetingDraft] = []
    for d in drafts:
        target = None
        for o in out:
            if set(o.participants) == set(d.participants) and _compatible(o, d):
                target = o
                break
        if target is None:
            out.append(d)
        else:
            _merge_into(target, d)
    # a visit whose meetings are reported is not a meeting of its own
    kept: list[MeetingDraft] = []
    for d in out:
        if d.kind is MeetingKind.VISIT and len(d.participants) == 1:
            person = d.participants[0]
            if any(
                o is not d and person in o.participants and len(o.participants) > 1 and o.status is d.status
                for o in out
            ):
                continue
        kept.append(d)
    _ = state
    return kept
