"""Rule ``meetings``: who met whom, held or planned, when, where, for how long.

Every meeting word of the ``meeting_words`` lexicon outside quotations is a
candidate, and inside a quotation its speaker's own ("“I met Xi on Monday,” Biden
said"). Its parties come from the clause around it:

* verbs: the subject (``Biden and Xi met``, ``Blinken, who …, met``, ``Before
  meeting Xi, Biden …``, ``Wang will travel to Moscow to meet Lavrov``) and the
  object (``met Xi``, ``met with Xi``, ``hosted Albanese``, ``visited Taiwan``),
  or the agent of a passive (``Blinken was received by Xi``); an invitation
  makes the host a party (``Xi invited Putin to visit``);
* nouns: ``a meeting between X and Y``, ``X's talks with Y``, ``X held talks
  with Y``, ``talks with Y`` (the other side is then the subject of the clause),
  ``X's visit to Z``, ``Xi told Biden during talks`` (the people of the clause).

``they``, ``the two leaders``, ``both sides`` stand for the parties of the
meeting just mentioned, or the last two people named. Countries, organisations
and unnamed groups go to ``others``. A visit to a place (``Pelosi visited
Taiwan``) is a meeting of the visitor with the place as ``others``, one per
visitor. A meeting word with no parties of its own (``the meeting lasted 35
minutes``, ``their talks``) adds its facts to the meeting just mentioned.

Status comes from cue words before the meeting word in its clause (the
``status_cues`` lexicon: will, could, expected, plans, invited, agreed to, pave
the way for…), the verb form (``to meet``) and the date (after publication →
planned). Negated meetings (``did not meet``, ``declined to meet``, ``no
meeting``, ``cancelled``) are dropped.

Date, place and duration are the nearest ones in the clause; dates resolve
against the publication date looking back for held meetings and forward for
planned ones. Mentions of one real meeting are merged; sittings on different
days stay apart, and a day range for a held meeting gives one meeting per day.
"""

from __future__ import annotations

import bisect
import datetime as _dt
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TypeVar

import attrs

from diplomeet.document import POSSESSIVE, where
from diplomeet.gazetteer import Match, fold
from diplomeet.lexicons import Entry
from diplomeet.models import MeetingKind, MeetingStatus, ParticipantKind, Precision
from diplomeet.resources import Resources
from diplomeet.rules._ranges import inside
from diplomeet.rules.context import SentenceView, sentence_mentions, sentence_view, verbs
from diplomeet.rules.lexical import lexical
from diplomeet.rules.mentions import SIDES
from diplomeet.rules.sentences import dateline_place
from diplomeet.state import ExtractionState, MeetingDraft, MentionKind, MentionRecord, PlaceRecord
from diplomeet.temporal import TimeExpression, TimeKind, resolve, resolve_range

__all__ = ["meetings"]

# The enum members read once into module names: a member read from its enum class goes through the enum
# metaclass's attribute hook (Python 3.11), several times slower than a global name, and the rules read
# them for every meeting word and mention.
_HELD, _PLANNED = (MeetingStatus.HELD, MeetingStatus.PLANNED)
_DAY, _MONTH, _YEAR = (Precision.DAY, Precision.MONTH, Precision.YEAR)
_PERSON, _PRONOUN, _GROUP, _DESCRIPTION, _COUNTRY, _ORGANIZATION = (
    MentionKind.PERSON,
    MentionKind.PRONOUN,
    MentionKind.GROUP,
    MentionKind.DESCRIPTION,
    MentionKind.COUNTRY,
    MentionKind.ORGANIZATION,
)
_VISIT, _MEETING, _CALL = (MeetingKind.VISIT, MeetingKind.MEETING, MeetingKind.CALL)
_PERSON_PARTICIPANT = ParticipantKind.PERSON
_RELATIVE_DAY, _WEEKDAY, _STORY_DAY, _DATE, _VAGUE, _RELATIVE_PERIOD = (
    TimeKind.RELATIVE_DAY,
    TimeKind.WEEKDAY,
    TimeKind.STORY_DAY,
    TimeKind.DATE,
    TimeKind.VAGUE,
    TimeKind.RELATIVE_PERIOD,
)

_PLACE_PREPOSITIONS = frozenset({"in", "at", "to", "inside", "near", "outside"})
_DASHES = frozenset({"\u2014", "\u2013", "--"})


@attrs.define
class _Frame:
    """The parties of one meeting word, before they are resolved to entities."""

    side_a: list[int] = attrs.field(factory=list)
    side_b: list[int] = attrs.field(factory=list)
    role: str | None = None
    explicit: bool = False
    reciprocal: bool = False
    visit: bool = False
    """A visit or trip: a place among the parties is the destination."""


_KINDS = {kind.value: kind for kind in MeetingKind}
"""Each kind by its value (``MeetingKind(value)`` without the enum machinery)."""


def _kind(entry: Entry) -> MeetingKind:
    return _KINDS.get(entry.get("kind") or "meeting", _MEETING)


_T = TypeVar("_T")


def _per_token(view: SentenceView, name: str, k: int, find: Callable[[SentenceView, int], _T]) -> _T:
    """``find(view, k)``, kept per sentence and token under *name* for the article: rules ask again for the
    same token (the clause of a meeting word, the light verb of a meeting noun).
    """
    # the memo looked up in C first (state.built), :meth:`~ExtractionState.cached` only to make it: asked
    # for thousands of times an article, the method's frame cost more than the memo saved (the same idiom
    # stands wherever this rule reads a per-article index for every word it looks at)
    known: dict[tuple[int, int], _T] | None = view.state.built(name)
    if known is None:
        known = view.state.cached(name, dict)
    key = (view.index, k)
    if key in known:
        return known[key]
    found = known[key] = find(view, k)
    return found


@attrs.frozen
class _MeetingWords:
    """The meeting words of one sentence by role (:func:`_words_of`)."""

    trips: list[int]
    """The tokens, in order, of verbs of a visit ("travel to") or of travel ("arrived")."""
    nouns: dict[int, Match[Entry]]
    """The meeting nouns by their first token."""


def _words_of(view: SentenceView) -> _MeetingWords:
    """The :class:`_MeetingWords` of the sentence, found once per sentence."""
    known: dict[int, _MeetingWords] | None = view.state.built("meetings.words_of")
    if known is None:
        known = view.state.cached("meetings.words_of", dict)
    found = known.get(view.index)
    if found is None:
        travel = view.lx.words("traveller_verb")
        trips = {m.first for m in view.meeting if m.payload.get("pos") == "verb" and m.payload.get("kind") == "visit"}
        trips.update(where(view.toks.folded[0], travel))
        nouns = {m.first: m for m in view.meeting if m.payload.get("pos") == "noun"}
        found = known[view.index] = _MeetingWords(sorted(trips), nouns)
    return found


@attrs.frozen
class _Clauses:
    """Where the clauses of one sentence start and end (:func:`_clause_start`, :func:`_clause_end`)."""

    stops: list[int]
    """The tokens, in order, where a scan back from a later token finds its clause's start."""
    starts: list[int]
    """The clause start each of :attr:`stops` gives."""
    ends: list[int]
    """The tokens, in order, that end a clause."""


def _clauses(view: SentenceView) -> _Clauses:
    """The :class:`_Clauses` of the sentence, found once per sentence."""
    known: dict[int, _Clauses] | None = view.state.built("meetings.clauses")
    if known is None:
        known = view.state.cached("meetings.clauses", dict)
    found = known.get(view.index)
    if found is None:
        found = known[view.index] = _find_clauses(view)
    return found


def _find_clauses(view: SentenceView) -> _Clauses:
    conj = view.lx.words("conjunction")
    subordinators = view.lx.words("finite_subordinator")
    boundary = view.lx.words("clause_boundary")
    stops: list[int] = []
    starts: list[int] = []
    ends: list[int] = []
    # only the punctuation and subordinators can stop a clause: found in C (a punctuation mark folds to itself)
    for j in where(view.toks.folded[0], _CLAUSE_MARKS | subordinators):
        t = view.token_list[j].text
        if t in {";", ":"}:
            stops.append(j)
            starts.append(j + 1)
            ends.append(j)
        elif t == ",":
            if view.word(j + 1) in conj and view.word(j + 1) != "also":
                stops.append(j)
                starts.append(j + 1)
            if view.word(j + 1) in boundary:
                ends.append(j)
        elif j > 0 and _subject_at(view, j + 1):
            stops.append(j)
            starts.append(j)  # "said he would visit the UK as he met the Prime Minister"
    return _Clauses(stops, starts, ends)


def _clause_start(view: SentenceView, k: int) -> int:
    """First token of the clause that token *k* is in (after a semicolon, colon or ", but")."""
    clauses = _clauses(view)
    i = bisect.bisect_left(clauses.stops, k) - 1  # the last stop before token k
    return clauses.starts[i] if i >= 0 else 0


def _subject_at(view: SentenceView, k: int) -> bool:
    """True when a person or pronoun mention starts at token *k* and a verb-like word follows it."""
    if k >= len(view.toks) or view.owner[k] is None:
        return False
    m = view.state.mentions[view.owner[k]]  # type: ignore[index]
    if m.first_token != k or m.kind not in (_PERSON, _PRONOUN):
        return False
    nxt = view.token_list[m.last_token].text if m.last_token < len(view.toks) else ""
    return nxt.islower() and m.text.lower() not in {"his", "her", "their", "its"}


def _clause_end(view: SentenceView, k: int) -> int:
    """One past the last token of the clause that token *k* is in (", which …", ", with …", "; …")."""
    ends = _clauses(view).ends
    i = bisect.bisect_right(ends, k)  # the first end after token k
    return ends[i] if i < len(ends) else len(view.toks)


def _meeting_starts(view: SentenceView) -> frozenset[int]:
    """The first token of every meeting word of the sentence, built once per sentence."""
    known: dict[int, frozenset[int]] | None = view.state.built("meetings.meeting_starts")
    if known is None:
        known = view.state.cached("meetings.meeting_starts", dict)
    found = known.get(view.index)
    if found is None:
        found = known[view.index] = frozenset(x.first for x in view.meeting)
    return found


_SETTING_REACH = 10
"""Most tokens of time, length and medium between a meeting word and its "with" that do not count against
the reach of :func:`_after`."""


def _after(view: SentenceView, k: int, words: frozenset[str], reach: int = 4, *, setting: bool = False) -> list[int]:
    """Parties after one of *words* ("with", "between", "by", "to") within *reach* tokens of token *k*;
    with *setting* (after a verb), tokens of time, length and medium do not count against the reach.

    Over a long reach, the commas of a list of lower-case words may stand in between ("discussed
    bilateral, regional, and global issues with his counterpart").
    """
    if view.toks.folded[1].isdisjoint(words):
        return []  # (none of the words in the sentence: nothing to find)
    toks = view.token_list
    texts = view.texts
    limit = min(len(toks), k + reach)
    boundary = view.lx.words("clause_boundary")
    extra = 0
    j = k
    own = view.quoted[k - 1] if k > 0 else None  # a quoted meeting word's parties are in its quotation
    inside = view.speech(k - 1) if own is not None else None  # (but a scare quote's words are the writer's)
    allowed = (inside, own)
    # (read once for all the tokens asked about, and only when they are asked about)
    media: frozenset[str] = frozenset()
    starts: frozenset[int] = frozenset()
    settings: Sequence[tuple[int, int]] = ()
    durations: Sequence[int] = ()
    lengths = venues = False
    if setting:
        media = view.lx.words("call_medium") | {"by", "for"}  # "by phone", "for about an hour" (the length's span)
        starts = _meeting_starts(view)
        settings = _setting_spans(view.state)
        durations = _duration_starts(view.state)
        lengths = _lengths_in(view, durations)
        venues = "at" in view.toks.folded[1]  # (an unknown venue follows an "at")
    while j < limit:
        word = view.word(j)
        if word in words:
            break
        if setting and j in starts:
            return []  # "to meet Lavrov following Malta meeting with Sullivan": the "with" of another word
        if (
            setting
            and extra < _SETTING_REACH
            and (
                word in media  # (the set lookup first: the tests below call functions)
                or _in_setting(view, j, settings)
                or (lengths and _in_duration(view, j, durations))
                or (word in {"in", "at", "on"} and _in_setting(view, j + 1, settings))
                or (venues and _unknown_venue(view, j))
            )
        ):
            # "spoke by telephone for about an hour on Saturday with Putin": the call's medium, length and
            # time do not count against the reach
            extra += 1
            limit = min(len(toks), limit + 1)
        text = texts[j]
        if reach >= _FAR_REACH and word == "to" and _infinitive_at(view, j + 1):
            return []  # "would discuss ways to strengthen cooperation with the US": the other verb's "with"
        if text == ",":
            if view.word(j + 1) in view.lx.words("inclusion") and view.word(j + 2) in words:
                j += 2  # "held bilateral meetings on Friday, including with Biden and Modi": some of their parties
                break
            if reach <= 4:
                return []
            nxt = texts[j + 1] if j + 1 < len(toks) else ""
            if not nxt.islower() or view.word(j + 1) in boundary or view.owner[j + 1] is not None:
                return []
        elif text in {".", ";", ":"} or view.quoted[j] not in allowed:
            return []
        j += 1
    if j >= limit:
        return []
    return view.party_after(j + 1, skip=view.lx.words("determiner") | {"separately", "virtually", "briefly"})


_FAR_REACH = 18
"""Tokens after a verb of the frame "far" its party may follow ("discussed bilateral, regional and global issues
with his counterpart")."""


def _infinitive_at(view: SentenceView, j: int) -> bool:
    """Whether token *j*, after "to", is a verb in lower case: no determiner, name, number or place."""
    return j < len(view.toks) and _plain_word(view, j)


def _unknown_venue(view: SentenceView, j: int) -> bool:
    """Whether token *j* is a word of a capitalised place no lexicon knows after "at" ("received at the
    Nnamdi Azikiwe International Airport by …"): part of the setting.
    """
    k = j
    while k > 0 and k > j - 6 and view.owner[k] is None and (view.token_list[k].is_cap or view.word(k) == "the"):
        k -= 1
    return (
        k < j
        and view.word(k) == "at"
        and view.owner[j] is None
        and (view.token_list[j].is_cap or view.word(j) == "the")
    )


def _skip_modifiers(view: SentenceView, j: int) -> int:
    """Step left from token *j* over adjectives and durations of a meeting noun ("their 35-minute high-stakes")."""
    return _per_token(view, "meetings.skip_modifiers", j, _find_modifiers_start)


def _find_modifiers_start(view: SentenceView, j: int) -> int:
    modifiers = view.lx.words("meeting_modifier")
    durations = _duration_starts(view.state)
    lengths = _lengths_in(view, durations)
    adjective = False
    while j >= 0 and view.owner[j] is None:
        scare = _scare_quote_start(view, j) if view.quoted[j] is not None else None  # (no call outside quotations)
        if scare is not None:
            j = scare - 1  # a "positive" summit, a 'very productive' meeting
            adjective = True
            continue
        if (
            view.word(j) in modifiers
            or _lower_adjective(view, j)
            or _numeric_ordinal(view.token_list[j].text)
            or _country_pair(view, j)
        ):
            adjective = True
        elif (
            view.word(j) == "of"
            and j > 0
            and (view.word(j - 1) in view.lx.words("partitive") or (lengths and _in_duration(view, j - 1, durations)))
        ):
            j -= 1  # "a new round of talks", "a historic day of talks", "more than two hours of talks"
            adjective = False
        elif adjective and (_adverb(view, j) or view.word(j) in view.lx.words("intensifier")):
            adjective = False  # "a previously unannounced visit", "a highly secretive trip"
        elif (
            adjective
            and view.word(j) in {"and", ","}
            and j > 0
            and view.owner[j - 1] is None
            and (view.word(j - 1) in modifiers or _lower_adjective(view, j - 1))
        ):
            adjective = False  # "frank and constructive talks", "a long, cordial meeting"
        elif (lengths and _in_duration(view, j, durations)) or view.token_list[j].text == "-":
            adjective = False
        elif view.token_list[j].text in {"'", "’"} and _plural_possessor(view, j - 1):
            adjective = True  # "their annual leaders' meeting": a plural noun in the possessive
        else:
            break
        j -= 1
    return j


def _plural_possessor(view: SentenceView, k: int) -> bool:
    """Whether token *k* is a lower-case plural noun of no mention before a possessive apostrophe ("leaders'")."""
    return k >= 0 and view.owner[k] is None and view.token_list[k].text.islower() and view.word(k).endswith("s")


_SCARE_QUOTE_WORDS = 4
"""Most words of a scare-quoted modifier of a meeting noun ("a “frank and candid” meeting")."""


def _scare_quote_start(view: SentenceView, j: int) -> int | None:
    """First token of a short quotation closing at token *j* (scare-quoted words before a meeting noun: 'a
    “positive” summit', 'the “Peace First” summit'), else None.
    """
    qi = view.quoted[j]
    if qi is None or view.token_list[j].is_word:
        return None
    first = j
    limit = max(0, j - _SCARE_QUOTE_WORDS - 1)
    while first > limit and view.quoted[first - 1] == qi:
        first -= 1
    if (first > 0 and view.quoted[first - 1] == qi) or view.token_list[first].is_word:
        return None  # longer than a modifier, or no opening mark of its own
    return first if any(view.token_list[k].is_word for k in range(first + 1, j)) else None


def _numeric_ordinal(text: str) -> bool:
    """ "21st", "2nd", "3rd", "10th": a number written as an ordinal."""
    return len(text) > 2 and text[:-2].isdigit() and text[-2:].lower() in {"st", "nd", "rd", "th"}


def _adverb(view: SentenceView, j: int) -> bool:
    """A lower-case -ly adverb ("previously", "highly"), as it qualifies an adjective."""
    text = view.token_list[j].text
    return text.islower() and text.endswith("ly") and len(text) > 4


def _city_before(view: SentenceView, k: int) -> int | None:
    """First token of a city or venue named just before token *k* ("the Hanoi summit", "the Geneva talks",
    "their Oval Office meeting"), else None.
    """
    return _per_token(view, "meetings.city_before", k, _find_city_before)


def _find_city_before(view: SentenceView, k: int) -> int | None:
    if k < 1:
        return None
    state = view.state
    found = _place_ending_at(state, view.token_list[k - 1].end)
    if found is not None:
        place = state.places[found]
        first = view.token_index(place.start)
        if (place.venue or (place.city and view.owner[k - 1] is not None)) and view.owner[first] == view.owner[k - 1]:
            return first
    return None


def _past_city(view: SentenceView, k: int) -> int:
    """Token *k*, or the first token of a city naming the meeting noun at *k* ("the Hanoi summit")."""
    first = _city_before(view, k)
    return k if first is None else first


def _before_noun_phrase(view: SentenceView, k: int) -> int:
    """The token before the determiners and modifiers of the noun at token *k* ("during" in
    "during their 35-minute meeting").
    """
    return _per_token(view, "meetings.before_noun_phrase", k, _find_before_noun_phrase)


def _find_before_noun_phrase(view: SentenceView, k: int) -> int:
    j = _skip_modifiers(view, k - 1)
    while j >= 0 and view.word(j) in view.lx.words("determiner"):
        j = _skip_modifiers(view, j - 1)
    return j


def _arrived_on_a_visit(view: SentenceView, k: int) -> tuple[list[int], list[int]]:
    """ "Saddam Hussein arrived in Amman on a previously unannounced visit": the subject of the
    clause is the visitor, the country named after "in" or "to" before the noun the visited.
    """
    start = _clause_start(view, k)
    subject = view.main_subject(k) if start == 0 else view.party_after(start)
    places: list[int] = []
    for j in range(start + 1, k):
        mi = view.owner[j]
        if (
            mi is not None
            and mi not in places
            and mi not in subject
            and view.word(j - 1) in view.lx.words("destination_preposition")
            and view.state.mentions[mi].kind is _COUNTRY
        ):
            places.append(mi)
    return (subject, places) if subject and len(places) == 1 else ([], [])


def _after_arrival_purpose(view: SentenceView, k: int) -> bool:
    """The meeting noun at token *k* is a trip's purpose: "(is in Ghana) on a state visit", or
    "for talks" after a verb of arrival in the same clause ("arrived in Pyongyang for talks").
    """
    purposes = view.lx.words("arrival_purpose")
    if view.toks.folded[1].isdisjoint(purposes):
        return False  # (most sentences: no "on" or "for" of a purpose)
    word = view.word(_before_noun_phrase(view, k))
    if word not in purposes:
        return False
    if word == "on":
        return True
    travel = view.lx.words("traveller_verb")
    return any(view.word(j) in travel for j in range(_clause_start(view, k), k))


def _purpose_traveller(view: SentenceView, k: int) -> list[int]:
    """The subject of the verb of travel whose purpose the meeting noun at token *k* is ("… confirmed that
    Otieno would travel to Addis Ababa next month for talks with Abebe"), else [].
    """
    if view.word(_before_noun_phrase(view, k)) != "for":
        return []
    trips = _words_of(view).trips
    i = bisect.bisect_left(trips, k) - 1
    if i < 0 or trips[i] < _clause_start(view, k):
        return []
    verb = trips[i]
    if view.word(verb - 1) == "to":
        return _infinitive_subject(view, verb - 1)[0]  # "is expected to travel to Beijing … for talks"
    return view.subject_before(verb)


def _process_started(view: SentenceView, m: Match[Entry]) -> bool:
    """Whether the meeting noun *m* is a process its verb starts on some instrument ("agreed to launch
    negotiations on a pact", "to begin talks on a free trade agreement"): what was agreed, not a meeting.
    """
    if m.payload.get("pos") != "noun" or view.word(m.last) not in {"on", "for"}:
        return False
    verb = _before_noun_phrase(view, m.first)
    if view.word(verb) not in view.lx.words("process_start"):
        return False
    if view.word(m.last + 1) in view.lx.words("indefinite"):
        return True  # "to begin talks on a free trade agreement"
    # "agreed to resume talks on the free movement of people": what was agreed, whatever the topic;
    # not "would start consultations on cybersecurity", nor "agreed to resume talks on Monday"
    topic = m.last + 2 if view.word(m.last + 1) == "the" else m.last + 1
    return (
        view.word(verb - 1) == "to"
        and view.word(verb - 2) in view.lx.words("agreeing_verb")
        and not view.in_time(topic)
        and view.owner[topic] is None
        and not _in_setting(view, topic)
        and view.word(topic) not in view.lx.words("in_person")
    )


def _invited_for(view: SentenceView, k: int) -> tuple[list[int], list[int]]:
    """The host and the guest when the meeting noun at token *k* is what a guest is invited, or taken, for
    ("Wadephul invited Sybiha to Berlin in September for talks", "will take Xi to the Pyrenees for talks"), else
    two empty lists.
    """
    j = _before_noun_phrase(view, k)
    if view.word(j) in view.lx.words("sequel_modifier"):
        j = _before_noun_phrase(view, j)  # "for the next trilateral meeting"
    if view.word(j) != "for":
        return [], []
    invitation = view.lx.words("invitation") | view.lx.words("escort")  # "will take Xi to the Pyrenees for talks"
    for v in range(j - 1, max(-1, j - _INVITED_FOR_REACH), -1):
        if view.token_list[v].text in {",", ";", ":"} or view.quoted[v] != view.quoted[k]:
            break
        if view.word(v) in invitation:
            guest = view.party_after(v + 1)
            host = view.subject_before(v)
            return (host, guest) if host and guest else ([], [])
    return [], []


_INVITED_FOR_REACH = 12
"""Tokens back from "for talks" to the verb of invitation, at most."""


def _invitation_host(view: SentenceView, k: int) -> list[int]:
    """The people whose invitation a visit ending at token *k* answers ("… at the invitation of President
    Muizzu", "…, on an invitation from Xi"), else [].
    """
    nouns = view.lx.words("invitation_noun")
    if view.toks.folded[1].isdisjoint(nouns):
        return []  # (most sentences: no invitation to look for)
    for j in range(k, min(len(view.toks) - 1, k + _INVITATION_REACH)):
        if view.token_list[j].text in {";", ":"} or view.quoted[j] != view.quoted[k - 1]:
            break
        if view.word(j) in nouns and view.word(j + 1) in {"of", "from"}:
            return [x for x in view.party_after(j + 2, skip=view.lx.words("determiner")) if _person(view, x)]
    return []


_INVITATION_REACH = 16
"""Tokens from a visit to the invitation it answers ("a State Visit to the Maldives in the second half of the
year at the invitation of …"), at most."""


def _lower_adjective(view: SentenceView, j: int) -> bool:
    """A hyphenated or -ic/-al/-ful adjective before a meeting noun ("high-stakes", "historic", "cordial")."""
    text = view.token_list[j].text
    if not text.islower() or not view.token_list[j].is_word:
        return False
    if view.word(j) in view.lx.function_words or view.word(j) in view.lx.verb_words:
        return False  # "described the talks": a verb, not an adjective of the meeting noun
    return "-" in text or text.endswith(("ic", "al", "ful", "ive", "ous", "ed"))


def _country_pair(view: SentenceView, j: int) -> bool:
    """Whether token *j* joins countries by hyphens before a meeting noun ("the China-Uzbekistan dialogue")."""
    text = view.token_list[j].text
    return "-" in text and any(view.lx.countries.lookup(part) for part in text.split("-"))


def _duration_starts(state: ExtractionState) -> list[int]:
    """The start of every length of time of the article (``state.durations``, in their order), built once."""
    starts: list[int] | None = state.built("meetings.duration_starts")
    if starts is None:  # (no closure made when it is built already)
        starts = state.cached("meetings.duration_starts", lambda: [d.start for d in state.durations])
    return starts


def _place_starts(state: ExtractionState) -> list[int]:
    """The start of every place record of the article (``state.places``, in their order), built once."""
    starts: list[int] | None = state.built("meetings.place_starts")
    if starts is None:  # (no closure made when it is built already)
        starts = state.cached("meetings.place_starts", lambda: [p.start for p in state.places])
    return starts


def _lengths_in(view: SentenceView, starts: Sequence[int]) -> bool:
    """Whether a length of time overlaps the sentence (*starts* is :func:`_duration_starts`): without one,
    :func:`_in_duration` is false at every token. The lengths are in text order and never overlap
    (:func:`~diplomeet.temporal.find_durations`), so the last one to start before the sentence ends ends last.
    """
    i = bisect.bisect_left(starts, view.sentence.end) - 1
    return i >= 0 and view.state.durations[i].end > view.sentence.start


def _in_duration(view: SentenceView, k: int, starts: Sequence[int] | None = None) -> bool:
    """True when token *k* is inside a length of time ("35 minutes"); *starts* is :func:`_duration_starts`,
    given by a caller that asks about many tokens.
    """
    state = view.state
    if starts is None:
        starts = _duration_starts(state)
    offset = view.token_list[k].start if 0 <= k < len(view.toks) else -1
    i = bisect.bisect_right(starts, offset) - 1
    return i >= 0 and state.durations[i].start <= offset < state.durations[i].end


def _possessor(view: SentenceView, k: int) -> list[int]:
    """The owner of a meeting noun at token *k*: "Xi's meeting", "his talks", "their meeting"."""
    j = _skip_modifiers(view, _past_city(view, k) - 1)
    if j >= 1 and view.token_list[j].text in POSSESSIVE and view.owner[j - 1] is not None:
        owner: int = view.owner[j - 1]  # type: ignore[assignment]
        i = view.start_of([owner]) - 1
        first = view.owner[i - 1] if i >= 1 and view.word(i) == "and" else None
        if first is not None and first != owner and _person(view, first) and _person(view, owner):
            return [first, owner]  # "Trump and Zelensky's Oval Office meeting": a possessive joint pair
        return [owner]
    if j >= 0 and view.owner[j] is not None:
        m = view.mention(view.owner[j])
        if m is not None and m.kind is _PRONOUN and m.key and "possessive" in m.key:
            return [view.owner[j]]  # type: ignore[list-item]
    return []


def _person(view: SentenceView, mi: int) -> bool:
    m = view.mention(mi)
    return m is not None and m.kind is _PERSON


def _pronoun(view: SentenceView, ids: Sequence[int]) -> bool:
    """Whether *ids* is one pronoun mention ("his" of "his first visit")."""
    m = view.mention(ids[0]) if len(ids) == 1 else None
    return m is not None and m.kind is _PRONOUN


def _light_verb(view: SentenceView, k: int) -> int | None:
    """The light verb of a meeting noun at token *k* ("held talks", "had a one-on-one", "paid a visit")."""
    return _per_token(view, "meetings.light_verb", k, _find_light_verb)


def _find_light_verb(view: SentenceView, k: int) -> int | None:
    if view.toks.folded[1].isdisjoint(view.lx.words("light_verb")):
        return None  # (no light verb in the sentence)
    j = _skip_modifiers(view, _past_city(view, k) - 1)
    if j >= 2 and view.token_list[j].text in POSSESSIVE:
        # "hold the committee's first meeting": past a body's possessive to its determiner
        body = view.owner[j - 1]
        if body is not None and not _person(view, body):
            j = view.start_of([body]) - 1
        elif body is None and view.token_list[j - 1].text.islower():
            j -= 2
    while (
        j >= 0
        and view.word(j) in view.lx.words("determiner")
        and (
            view.owner[j] is None or _pronoun(view, [view.owner[j]])  # type: ignore[list-item]
        )
    ):
        j = _skip_modifiers(view, j - 1)  # "held talks", "held their first meeting"
    if j >= 0 and view.word(j) in view.lx.words("light_verb"):
        return j
    if j >= 0 and view.owner[j] is not None and j + 1 < k and view.word(j + 1) in view.lx.words("light_verb"):
        return j + 1  # "Israel and Lebanon renewed negotiations": a verb that can also be an adjective
    return None


def _infinitive_subject(view: SentenceView, to: int) -> tuple[list[int], list[int]]:
    """The subject of an infinitive at token *to* + 1, and an inviting host if any.

    "Xi invited Putin to visit Beijing" → ([Putin], [Xi]); "Faye extended an invitation to
    Tinubu to visit" → ([Tinubu], [Faye]); "Tinubu accepted an invitation from Faye to visit"
    → ([Tinubu], [Faye]); "Wang will travel to Moscow to meet Lavrov" → ([Wang], []).
    """
    j = to - 1
    if j >= 2 and view.owner[j] is None and view.word(j) in view.lx.words("invitation_noun"):
        # "Tremblay accepted Odhiambo's invitation to visit Kenya", "accepted his invitation to visit": the
        # clause's subject is the guest, the invitation's owner the host
        host = _possessor(view, j)
        if host:
            verb = view.start_of(host) - 1
            guest = view.subject_before(verb) if verb >= 1 else []
            return (guest, host) if guest else ([], [])
    if j >= 0 and view.owner[j] is not None:
        obj = view.owner[j]
        first = view.start_of([obj])  # type: ignore[list-item]
        verb = first - 1
        words = view.lx.words("invitation") | view.lx.words("object_control")
        if verb >= 0 and view.word(verb) in words:
            host = view.subject_before(verb) if view.word(verb) in view.lx.words("invitation") else []
            return [obj], host  # type: ignore[list-item]
        if verb >= 1 and view.word(verb) in {"to", "from"} and view.word(verb - 1) in view.lx.words("invitation_noun"):
            k = verb - 2
            while k >= 0 and view.word(k) in view.lx.words("determiner"):
                k -= 1
            subject = view.subject_before(k) if k >= 0 else []  # "Faye extended", "Tinubu accepted"
            if view.word(verb) == "to":
                return [obj], subject  # type: ignore[list-item]  # "extended an invitation to Tinubu to visit"
            return subject, [obj]  # type: ignore[list-item]  # "accepted an invitation from Faye to visit"
    # otherwise the subject of the clause it depends on: the nearest party to the left that is not
    # the object of a preposition or a possessive ("Wang will be on his way to Russia soon to meet")
    prepositions = view.lx.words("preposition") - {"for"}  # "for Kim to meet Trump": Kim is the subject
    k = to - 1
    while k >= 0 and k > to - 16 and view.token_list[k].text not in {";", ":"}:
        mi = view.owner[k]
        if mi is None:
            if view.word(k) in {"and", "but"} and k + 1 < to and view.owner[k + 1] is None:
                # "X met Y on Thursday but was not allowed to meet Z": the predicate after the conjunction
                # is the subject's, not Y's
                return _coordinated_subject(view, k + 1) or view.main_subject(k), []
            k -= 1
            continue
        m = view.state.mentions[mi]
        first = view.start_of([mi])
        possessive = m.kind is _PRONOUN and m.key is not None and "possessive" in m.key
        # "Kondo is arranging to visit Australia in late April to hold talks": the object of a verb is not
        # the subject of the infinitive
        governed = view.word(first - 1) in prepositions or view.word(first - 1) in view.lx.meeting_verbs
        if governed and view.word(first - 1) == "with" and view.word(view.end_of([mi])) in view.lx.words("verb_lead"):
            governed = False  # "…, with Ishiba expected to visit Seoul": the subject of a clause opened by "with"
        if not possessive and not governed:
            return view.subject_before(view.end_of([mi])) or [mi], []
        k = first - 1
    return view.main_subject(to), []


def _coordinated_subject(view: SentenceView, k: int) -> list[int]:
    """The subject of a verb at token *k* that a conjunction joins to an earlier one ("Russia and
    the United States shared a responsibility …, and would hold talks"): the nearest party before
    the conjunction that a verb follows, else the subject of the main clause; [] without a
    conjunction.
    """
    between = view.lx.words("between_subject_verb")
    j = k - 1
    while j >= 0 and ((view.word(j) in between and view.owner[j] is None) or view.in_time(j)):
        j -= 1  # "…, and the next day was received by Xi": a time may stand before the verb too
    if j < 0 or view.word(j) not in view.lx.words("conjunction"):
        return []
    closed = view.lx.words("preposition") | view.lx.words("determiner") | view.lx.words("conjunction")
    i = j - 1
    while i >= 0 and i > j - 30 and view.token_list[i].text not in {";", ":"}:
        mi = view.owner[i]
        if mi is None or view.quoted[i] is not None:
            i -= 1
            continue
        first = view.start_of([mi])
        after = view.end_of([mi])
        while after < j and view.word(after) in between and view.owner[after] is None:
            after += 1
        nxt = view.token_list[after].text if after < j else ""
        # "at their summit": a possessive, or a party after a preposition, is no subject
        governed = view.possessive_at(first) or view.word(first - 1) in view.lx.words("preposition")
        if nxt[:1].islower() and view.owner[after] is None and nxt not in closed and not governed:
            return view.subject_before(after) or [mi]
        i = first - 1
    return view.main_subject(k)


def _gerund_subject(view: SentenceView, k: int) -> list[int]:
    """ "Before meeting Xi, Biden talked…" / "…, meeting Xi on Monday": the subject of the main clause.

    Also "Speaking in Yerevan after meeting the EU envoy, Henrik Sorensen, Hakobyan said …" (a participle
    phrase opens the sentence; a name in apposition is not the subject) and "“…,” said Sirichai on
    Thursday after meeting the envoy" (the subject after the reporting verb).
    """
    opener = view.word(k - 1) in view.lx.words("clause_opener") and _clause_start(view, k - 1) == k - 1
    # "Speaking in Yerevan after meeting …, Hakobyan said", but not "Visiting minister Wong held …, before
    # calling on …": no party stands in the opening phrase
    leading = _participle_opens(view) and not any(
        (mi := view.owner[j]) is not None and view.state.mentions[mi].kind is _PERSON for j in range(k)
    )
    if k >= 1 and (opener or leading):
        for j in range(k, min(len(view.toks), k + _GERUND_REACH)):
            if view.token_list[j].text == ",":
                found = view.party_after(j + 1)
                if found and view.word(view.end_of(found)) == "," and not opener:
                    continue  # "…, Henrik Sorensen, Hakobyan said": the name in apposition
                return found
    subject = view.main_subject(k)
    if not subject:
        before = [vm for vm in view.reporting if vm.last <= k and view.quoted[vm.first] is None]
        if before:
            inverted = view.party_after(before[-1].last)
            if inverted and view.end_of(inverted) <= k:
                return inverted
    return subject


_GERUND_REACH = 40
"""Tokens from a gerund to the comma after which its subject stands ("After meeting …, Xi said")."""


def _participle_opens(view: SentenceView) -> bool:
    """Whether the sentence opens with a participle phrase ("Speaking in Yerevan on Monday, …")."""
    text = view.token_list[0].text if view.toks else ""
    return len(text) > 5 and text.endswith("ing") and text[0].isupper() and text[1:].islower()


def _clause_people(view: SentenceView, k: int) -> list[int]:
    """Person mentions of the clause before token *k*, outside quotations."""
    start = _clause_start(view, k)
    out: list[int] = []
    entities: set[int] = set()
    for j in range(start, k):
        mi = view.owner[j]
        if mi is None or mi in out or view.quoted[j] is not None:
            continue
        m = view.state.mentions[mi]
        if m.kind is _PRONOUN and m.key is not None and "possessive" in m.key and m.entity in entities:
            continue  # "Wong and her Chinese counterpart Wang Yi": "her" is Wong again
        if _stood_in_for(view, view.start_of([mi])):
            continue  # "Li, who is representing Xi at the summit": Xi is not there
        if m.kind in (_PERSON, _DESCRIPTION, _PRONOUN):
            out.append(mi)
            if m.entity is not None:
                entities.add(m.entity)
    return out


def _stood_in_for(view: SentenceView, j: int) -> bool:
    """Whether a word of the grammar class ``proxy`` stands before the party at token *j*, or before the "of" or
    "for" that opens it ("representing Xi", "on behalf of the president", "deputising for Putin"): someone else
    is there for that party.
    """
    proxy = view.lx.words("proxy")
    before = view.word(j - 1)
    return before in proxy or (before in {"of", "for"} and view.word(j - 2) in proxy)


def _meeting_word_before(view: SentenceView, k: int) -> bool:
    """Whether another meeting word stands in the clause before token *k*."""
    start = _clause_start(view, k)
    return any(start <= x.first and x.last <= k for x in view.meeting)


def _clause_office_group(view: SentenceView, k: int) -> list[int]:
    """The one group of office holders the clause before token *k* names outside quotations ("the leaders
    of France and Germany"), as a list of its mention; else empty.
    """
    found: list[int] = []
    for j in range(_clause_start(view, k), k):
        mi = view.owner[j]
        if mi is None or mi in found or view.quoted[j] is not None:
            continue
        if _office_group(view.state.mentions[mi]):
            found.append(mi)
    return found if len(found) == 1 else []


_BODY_NAME_WORDS = 8
"""Most words of the name of a body or forum after "a meeting of the" ("the High-Level Cooperation Council")."""


def _past_body_name(view: SentenceView, k: int) -> int:
    """After "of the" and the capitalised name of a body at token *k* ("a meeting of the Strategic Dialogue"),
    the token past the name: a meeting of a named body, whose parties may follow it ("… with Erdogan"); else 0.
    """
    if view.word(k) != "of":
        return 0
    j = k + 2 if view.word(k + 1) == "the" else k + 1
    start = j
    toks = view.token_list
    while j < min(len(toks), start + _BODY_NAME_WORDS) and toks[j].text[:1].isupper():
        owner = view.owner[j]
        if owner is not None and view.state.mentions[owner].kind is not _ORGANIZATION:
            return 0  # "a meeting of Blinken and Wang with …": the parties themselves
        j += 1
    return j if j > start else 0


def _described_sides(state: ExtractionState, f: _Frame) -> bool:
    """Whether both sides of a meeting are people described but not yet named ("Turkey's foreign minister met
    his Greek counterpart on Friday"): a meeting of unnamed parties, which the story may name next.
    """
    return bool(f.side_a and f.side_b) and all(
        state.mentions[x].kind is _DESCRIPTION and state.mentions[x].entity is None for x in f.side_a + f.side_b
    )


def _frame(view: SentenceView, m: Match[Entry]) -> _Frame:
    entry = m.payload
    frames = set(entry.values("frame"))
    f = _Frame(role=entry.get("role"), visit=entry.get("kind") == "visit")
    # "a phone call from Biden", "a phone call to the emir": the other side of a call
    with_ = frozenset({"with"})
    if entry.get("pos") == "noun":
        with_ |= ({"from"} & frames) | ({"to"} if "addressee" in frames else set())
    if entry.get("pos") == "verb":
        prev = view.word(m.first - 1)
        tense = entry.get("tense")
        aux = m.first - 1
        if prev not in view.lx.words("passive_aux") and prev in view.lx.words("between_subject_verb"):
            aux -= 1  # "was later received by Zelenskyy", "was warmly received"
        if "passive" in frames and view.word(aux) in view.lx.words("passive_aux"):
            j = aux
            while j >= 0 and view.word(j) in view.lx.words("passive_aux"):
                j -= 1
            f.side_a = view.subject_before(j + 1) or _coordinated_subject(view, j + 1)
            f.side_b = _after(view, m.last, frozenset({"by"}), setting=True)
            f.role = "visit"  # "Blinken was received by Xi": the subject is the visitor
            f.explicit = bool(f.side_a)
            return f
        if prev == "to" and (tense == "base" or (tense == "gerund" and view.word(m.first - 2) == "forward")):
            # "travel to Moscow to meet Lavrov"; "looked forward to meeting Xi": the subject of "look"
            f.side_a, f.side_b = _infinitive_subject(view, m.first - 1)
        elif tense == "gerund" and (
            m.first == 0 or view.token_list[m.first - 1].text == "," or prev in view.lx.words("clause_opener")
        ):
            f.side_a = _gerund_subject(view, m.first)
        else:
            f.side_a = view.subject_before(m.first)
            if not f.side_a and prev == "who" and m.first >= 3 and view.token_list[m.first - 2].text == ",":
                f.side_a = view.subject_before(m.first - 2) or (
                    [view.owner[m.first - 3]] if view.owner[m.first - 3] is not None else []  # type: ignore[list-item]
                )
            if not f.side_a:
                f.side_a = _coordinated_subject(view, m.first)
            if not f.side_a and (prev in view.lx.words("conjunction") or view.token_list[m.first - 1].text == ","):
                f.side_a = view.main_subject(m.first)
        if "gather" in frames:
            # "the first of which will bring together Carmody, Tremblay-Ouellet and O'Driscoll": all of them
            f.side_a = view.party_after(m.last, skip=view.lx.words("determiner"))
            f.explicit = len(f.side_a) > 1
            return f
        if "attend" in frames:
            # "the two leaders will attend the G20 summit": the people the text puts at one event
            plural = len(f.side_a) > 1 or _refers_to_pair(view, f.side_a)
            # "Peña invited Milei to attend the Mercosur summit": the guest and the host who invited him
            f.explicit = (plural or bool(f.side_b)) and _event_after(view, m.last)
            return f
        obj: list[int] = []
        if "reciprocal" in frames:
            f.reciprocal = True
        if "with" in frames:
            if view.word(m.last - 1) == "with":  # "sat down with", "talked with": the party follows
                obj = view.party_after(m.last, skip=view.lx.words("determiner"))
            else:
                obj = _after(view, m.last, with_, setting=True)
        if not obj and "far" in frames:
            obj = _after(view, m.last, with_, reach=_FAR_REACH)
        if not obj and "obj" in frames:
            obj = view.party_after(
                _past_shifted_setting(view, m.last),
                skip=view.lx.words("determiner") | {"with", "separately", "virtually", "briefly"},
            )
            end = view.end_of(obj) if obj else 0
            if end and end < len(view.toks) and view.token_list[end].text in POSSESSIVE:
                obj = []  # "welcomed the minister's stand": what is welcomed is hers, not her
        if not obj and "obj" in frames and f.role == "host":
            obj = _guest_of_event(view, m.last)
        if not obj and "obj" in frames:
            obj = _named_after_unnamed(view, m.last)
        if not obj and "to" in frames:
            obj = _after(view, m.last, frozenset({"to"}))
        f.side_b = [x for x in f.side_b + obj if x not in f.side_a]
        plural = len(f.side_a) > 1 or _refers_to_pair(view, f.side_a) or _both_sides(view, f.side_a)
        f.explicit = bool(f.side_a) and (bool(f.side_b) or f.reciprocal or f.visit or plural or "with" in frames)
        if "far" in frames and not obj and not plural:
            f.explicit = False
        return f
    # nouns
    between = _after(view, m.last, frozenset({"between"}), reach=6, setting=True)
    if between:
        end = view.end_of(between)
        if view.word(end) == "with":  # "between X with Y" (sic, but common)
            between += [x for x in view.party_after(end + 1, skip=view.lx.words("determiner")) if x not in between]
        f.side_a = between
        f.explicit = len(between) > 1 or _refers_to_pair(view, between) or _both_sides(view, between)
        return f
    # "talks in Lima on Monday with Peru's president": past the talks' time and place
    other = _after(view, m.last, with_) or _after(view, m.last, with_, setting=True)
    if not other and (body := _past_body_name(view, m.last)):
        other = _after(view, body, with_)  # "a meeting of the High-Level Cooperation Council with Erdogan"
    owner = _possessor(view, m.first)
    light = _light_verb(view, m.first)
    subject: list[int] = []
    host: list[int] = []
    if owner and light is not None and view.word(light - 1) != "to" and _pronoun(view, owner):
        # "Moroccan diplomats held their first meeting with Biden": the pronoun is the subject
        owner = view.subject_before(light) or owner
    elif owner and light is not None and not any(_person(view, o) for o in owner):
        # "The two ministers will hold the committee's first meeting": the body is no party, the subject is
        subject = (
            view.subject_before(light) if view.word(light - 1) != "to" else _infinitive_subject(view, light - 1)[0]
        )
        if any(_person(view, x) or view.state.mentions[x].kind is _GROUP for x in subject):
            owner = []
    if not owner and light is not None:
        if view.word(light - 1) == "to":
            subject, host = _infinitive_subject(view, light - 1)
        else:
            subject = view.subject_before(light) or _coordinated_subject(view, light)
    if "to" in frames:
        dest = _after(view, m.last, frozenset({"to"}))
        by = _after(view, m.last, frozenset({"by"}))
        if by and view.word(view.start_of(by) - 2) in view.lx.words("leading_participle"):
            by = []  # "a state visit hosted by Biden": the host, not the visitor (see _leaders)
        # "a visit by Blinken to Beijing", "visits to China by Blinken and Yellen": either order
        if by and not dest:
            dest = _after(view, view.end_of(by), frozenset({"to"}), reach=1)
        elif dest and not by:
            by = _after(view, view.end_of(dest), frozenset({"by"}), reach=1)
        f.side_a = owner or subject or by
        f.side_b = dest or other
        if not f.side_b and _after_arrival_purpose(view, m.first) and not (subject or by):
            # "Xi arrived in Ghana on a state visit", "… on his first official visit", "for a visit"
            visitor, visited = _arrived_on_a_visit(view, m.first)
            if visited and (not owner or _pronoun(view, owner)):
                f.side_a, f.side_b = visitor, visited
        elif f.side_b and not (owner or subject or by) and _after_arrival_purpose(view, m.first):
            # "Li Qiang arrived in Canberra on Saturday for a four-day official visit to Australia"
            f.side_a = _arrived_on_a_visit(view, m.first)[0]
        if not f.side_a:
            f.side_a = _planning_subject(view, m.first) or (_aside_subject(view, m.first) if f.side_b else [])
        f.side_b += [h for h in host if h not in f.side_b]
        f.explicit = bool(f.side_a) and bool(f.side_b)
        return f
    f.side_a = owner or subject
    f.side_b = other + [h for h in host if h not in other]
    if other and not f.side_a:
        f.side_a = (
            _purpose_traveller(view, m.first)
            or view.main_subject(m.first)
            or _planning_subject(view, m.first)
            or _opener_subject(view, m.first)
        )
    if not f.side_a and not f.side_b and not owner and _after_arrival_purpose(view, m.first):
        # "Lavrov arrived in Pyongyang for talks": the trip is the meeting, the country its host
        f.side_a, f.side_b = _arrived_on_a_visit(view, m.first)
    if not f.side_a and not f.side_b and not owner:
        # "Wadephul invited Sybiha to Berlin in September for talks": the host and the guest
        f.side_a, f.side_b = _invited_for(view, m.first)
    if not f.side_a and not f.side_b and (opener := _opener_subject(view, m.first)):
        # "In a meeting in Beijing on Monday, Wang Yi told Shoigu …": the main clause's subject and the
        # person it addresses; "After talks in Ankara, Fidan and al-Shibani told reporters": the subjects
        addressed = _addressee_after(view, view.end_of(opener))
        f.side_a = opener + [a for a in addressed if a not in opener]
    if not f.side_a and not f.side_b:
        people = _clause_people(view, m.first)
        j = _before_noun_phrase(view, m.first)
        if (
            view.word(j) in view.lx.words("people_setting")
            and (len(people) == 2 or (not people and (people := _clause_office_group(view, m.first))))
            # "X and Y met in Berlin, at talks attended by Z": the meeting told; but "…, after meeting in Bali" is
            # another
            and (view.word(j) in view.lx.words("sequence") or not _meeting_word_before(view, m.first))
        ):
            # "Xi told Biden during three hours of talks": the two people of the clause; "The leaders of France
            # and Germany made pledges after talks in Paris": the holders of the office the group names
            f.side_a = people
        elif len(people) == 1 and view.word(j) in view.lx.words("within_meeting"):
            f.side_a = people  # "Wang said during the meeting": one side, the other told by the story
        elif view.word(j + 1) in {"the", "their"} or view.word(j) in {"the", "their"}:
            # "Both Blinken and Qin Gang described the talks": the subjects are the parties
            subject = view.main_subject(m.first)
            if len(subject) >= 2:
                f.side_a = subject
    f.explicit = bool(f.side_a) and (
        bool(f.side_b) or len(f.side_a) > 1 or _refers_to_pair(view, f.side_a) or _both_sides(view, f.side_a)
    )
    return f


def _past_shifted_setting(view: SentenceView, k: int) -> int:
    """Past a place or a meeting noun after "in" that a verb at token *k* - 1 puts before its long object
    ("received in Moscow a delegation of …", "received in audience the Ambassador of …"); *k* otherwise.
    """
    if view.word(k) != "in" or k + 2 >= len(view.toks):
        return k
    place = view.mention(view.owner[k + 1])
    if place is not None and place.kind is MentionKind.COUNTRY and view.start_of([view.owner[k + 1]]) == k + 1:  # type: ignore[list-item]
        return view.end_of([view.owner[k + 1]])  # type: ignore[list-item]
    noun = _words_of(view).nouns.get(k + 1)
    return noun.last if noun is not None else k


def _destination(view: SentenceView | None, mi: int) -> bool:
    """Whether mention *mi* is where someone goes ("arrived in Pyongyang", "travel to Beijing")."""
    return view is not None and view.word(view.start_of([mi]) - 1) in view.lx.words("destination_preposition")


def _opener_subject(view: SentenceView, k: int) -> list[int]:
    """The subject after a leading adverbial that holds the meeting noun at token *k*: "In a phone
    call with Xi on Thursday, Biden raised Taiwan" → Biden.
    """
    if not 0 < k < 16 or view.word(0) not in view.lx.words("clause_opener") or view.owner[0] is not None:
        return []  # the adverbial opens the sentence and runs to a comma within 16 tokens
    if any(view.token_list[t].text in {",", ";", ":"} for t in range(1, k)):
        return []  # the noun is past the adverbial
    comma = next((t for t in range(k + 1, min(len(view.toks), k + 16)) if view.token_list[t].text == ","), None)
    if comma is None:
        return []
    subject = view.party_after(comma + 1)
    end = view.end_of(subject) if subject else comma + 1
    if subject and view.word(end) == "," and _renames_a_description(view, view.start_of(subject[-1:])):
        end += 1  # "Fraser and his counterpart, Billy Kaupa, signed …": the comma closes the apposition
    return subject if subject and view.owner[end] is None and view.token_list[end].is_word else []


def _renames_a_description(view: SentenceView, k: int) -> bool:
    """Whether the name at token *k* stands in apposition to a description: "his counterpart, Billy Kaupa"."""
    described = view.owner[k - 2] if k >= 2 and view.token_list[k - 1].text == "," else None
    return described is not None and view.state.mentions[described].kind is MentionKind.DESCRIPTION


def _addressee_after(view: SentenceView, k: int) -> list[int]:
    """The people a verb at token *k* (past words that stand between a subject and its verb) is said to,
    as its object ("told Shoigu", "assured Lavrov"), else [].
    """
    between = view.lx.words("between_subject_verb")
    while k < len(view.toks) and view.word(k) in between and view.owner[k] is None:
        k += 1
    if view.word(k) not in view.lx.verb_words:
        return []
    if any(vm.first == k and "obj_clause" not in vm.payload.frames for vm in view.reporting):
        return []  # "…, Peskov said President Putin had …": "said" is said to no one; its words follow
    found = view.party_after(k + 1)
    return [mi for mi in found if view.state.mentions[mi].kind is _PERSON]


def _guest_of_event(view: SentenceView, k: int) -> list[int]:
    """The guest of an event a host gives, from token *k* on ("hosted a state banquet for Xi")."""
    skip = view.lx.words("determiner") | view.lx.words("meeting_modifier")
    j = k
    while j < min(len(view.toks), k + 4) and view.owner[j] is None and view.word(j) in skip:
        j += 1
    if view.word(j) in view.lx.words("event_noun") and view.word(j + 1) == "for":
        return view.party_after(j + 2, skip=view.lx.words("determiner"))
    return []


_COUNT_REACH = 4
"""Most tokens between a meeting verb (or its object) and the count of meetings after it."""


def _counted(view: SentenceView, m: Match[Entry], f: _Frame) -> bool:
    """Whether a meeting verb counts meetings rather than reporting one: "has met Xi only once",
    "met twice last year", "have met several times", "on three occasions".
    """
    if m.payload.get("pos") != "verb":
        return False
    once = view.lx.words("meeting_count")
    counted = view.lx.words("meeting_count_noun")
    present = view.toks.folded[1]
    if present.isdisjoint(once) and present.isdisjoint(counted):
        return False  # (most sentences: no "once", "times" … to count with)
    k = view.end_of(f.side_b) if f.side_b else m.last
    quantifiers = view.lx.words("quantifier")
    for j in range(k, min(len(view.toks), k + _COUNT_REACH)):
        word = view.word(j)
        if (word in once and view.word(j - 1) != "at" and view.word(j + 1) not in {"more", "again"}) or (
            word in counted and (view.word(j - 1) in quantifiers or view.token_list[j - 1].text.isdigit())
        ):
            # but "met Xi once more", "met him at once", and "met twice on Monday": sittings of one day
            return not (view.word(j + 1) == "on" and view.in_time(j + 2))
        if not view.token_list[j].is_word:
            return False
    return False


def _passive_without_agent(view: SentenceView, m: Match[Entry]) -> bool:
    """ "The plan was met with scepticism", "the demand was met": a meeting verb with no passive
    frame, after a form of "be" and not followed by "by", is not a meeting.
    """
    entry = m.payload
    return (
        entry.get("pos") == "verb"
        and entry.get("tense") in {"past", "participle"}
        and "passive" not in entry.values("frame")
        and view.word(m.first - 1) in view.lx.words("be_form")
        and view.word(m.last) != "by"
    )


_RELATIVE_BACK = 40
"""How many tokens back from a meeting word the opener of its "when"/"where" clause is looked for."""

_CLAUSE_MARKS = frozenset({",", ";", ":"})
"""The marks that end a scan back for the opener of a clause."""


def _before_relative(view: SentenceView, m: Match[Entry], role: str) -> int | None:
    """Where the phrase ends that a ", when …" or ", where …" clause holding meeting word *m*
    is about ("in 2019, when he … met with Putin"; "on Capitol Hill, where her meetings …"): a
    clean offset, or None when *m* is in no such clause.
    """
    openers = view.lx.words(role)
    if view.toks.folded[1].isdisjoint(openers):
        return None  # (most sentences: no "when" or "where" to look for)
    floor = max(2, m.first - _RELATIVE_BACK)
    # the nearest comma, semicolon, colon or opener before the meeting word and not before *floor*, else
    # the token just before *floor* (or the meeting word's): every stop of the sentence found in C, then
    # bisected (a punctuation mark folds to itself, and no other token folds to one)
    stops = view.toks.positions(openers | _CLAUSE_MARKS, folded=True)
    i = bisect.bisect_left(stops, m.first) - 1
    k = stops[i] if i >= 0 and stops[i] >= floor else min(m.first - 1, floor - 1)
    if k < 2 or view.word(k) not in openers or view.token_list[k - 1].text != ",":
        return None
    return view.token_list[k - 2].end


def _place_of_where_clause(state: ExtractionState, view: SentenceView, m: Match[Entry]) -> int | None:
    """A meeting in a "where" clause took place at the place named just before it, past a time after the place
    ("leaving for Malaysia on Tuesday, where he is due to hold talks").
    """
    end = _before_relative(view, m, "where_clause")
    if end is None:
        return None
    found = _place_ending_at(state, end)
    if found is None:
        k = _past_purpose(view, view.token_index(end - 1))
        if view.in_time(k):
            while k >= 0 and view.in_time(k):
                k -= 1
            if view.word(k) in view.lx.words("preposition"):
                k -= 1
        found = _place_ending_at(state, view.token_list[k].end) if k >= 0 else None
    return None if found is None else _combine_place(state, found)


def _past_purpose(view: SentenceView, k: int) -> int:
    """The token before a trip's purpose ending at token *k* ("travel to China later this month for the SCO
    summit, where …": "month"), else *k*: "for" and a meeting noun, at most :data:`_PURPOSE_WORDS` words.
    """
    if not any(x.last == k + 1 and x.payload.get("pos") == "noun" for x in view.meeting):
        return k
    j = k - 1
    while j > max(0, k - _PURPOSE_WORDS) and view.word(j) != "for":
        j -= 1
    return j - 1 if view.word(j) == "for" else k


_PURPOSE_WORDS = 6
"""Most words from "for" to the meeting noun of a trip's purpose ("for the annual SCO summit")."""


def _place_ending_at(state: ExtractionState, end: int) -> int | None:
    """Index of a place mention ending at clean offset *end*, else None."""
    ends: list[tuple[int, int]] | None = state.built("meetings.place_ends")
    if ends is None:
        ends = state.cached("meetings.place_ends", lambda: sorted((p.end, i) for i, p in enumerate(state.places)))
    at = bisect.bisect_left(ends, (end, -1))
    return ends[at][1] if at < len(ends) and ends[at][0] == end else None


def _another_predicate_between(view: SentenceView, a: int, b: int) -> bool:
    """True when "and" and an auxiliary or modal stand between tokens *a* and *b* ("on Friday and is
    expected to meet"): the time before belongs to the other verb of the coordination.
    """
    auxiliaries = view.lx.words("passive_aux") | view.lx.words("modal")
    return any(view.word(k) == "and" and view.word(k + 1) in auxiliaries for k in range(a, b))


def _time_of_when_clause(view: SentenceView, m: Match[Entry], time_spans: Sequence[tuple[int, int]]) -> int | None:
    """A meeting in a "when" or "where" clause happened at the time named just before it ("in 2019, when
    he met Putin", "a visit to Japan later this month, where he is scheduled to meet Ishiba").
    """
    end = _before_relative(view, m, "when_clause")
    if end is None and (end := _before_relative(view, m, "where_clause")) is not None:
        end = view.token_list[_past_purpose(view, view.token_index(end - 1))].end  # "… for the summit, where"
    if end is None:
        return None
    i = bisect.bisect_left(time_spans, (end, -1)) - 1
    while i >= 0 and time_spans[i][1] >= end:
        if time_spans[i][1] == end:
            return i
        i -= 1
    return None


def _an_earlier_one(view: SentenceView, m: Match[Entry]) -> bool:
    """ "a prior meeting", "an earlier meeting": a meeting noun that is not the one just reported."""
    j = m.first - 1
    return (
        m.payload.get("pos") == "noun"
        and view.word(j) in view.lx.words("earlier_one")
        and view.word(j - 1) in view.lx.words("indefinite")
    )


def _traveller(drafts: Sequence[MeetingDraft]) -> int | None:
    """The guest of the latest meeting a mention of which tells the host ("Xi receives Blinken")."""
    for d in reversed(drafts):
        if len(d.participants) == 2 and d.role == "host":
            return d.participants[1]
        if len(d.participants) == 2 and d.role == "visit":
            return d.participants[0]
    return None


def _took_place(
    state: ExtractionState,
    view: SentenceView,
    m: Match[Entry],
    last: MeetingDraft,
    status: MeetingStatus,
    kind: MeetingKind,
) -> bool:
    """True when "the <meeting noun>" is said to have happened ("the call took place", "the talks
    lasted an hour") right after a meeting of the same kind was planned for a time not after the
    day of publication: the meeting planned is the one held.
    """
    if status is not _HELD or last.status is not _PLANNED or kind is not last.kind:
        return False
    if m.payload.get("pos") == "verb" or view.word(m.first - 1) not in view.lx.words("anaphoric"):
        return False
    if view.word(m.last) not in view.lx.words("completed_predicate"):
        return False
    if last.time is not None and (state.times[last.time].offset or 0) > 0:
        return False  # "next week", "in the coming days": not yet
    when = last.date[0] if last.date else None
    return when is None or state.published is None or when <= state.published


def _event_after(view: SentenceView, k: int) -> bool:
    """True when an event word ("summit", "session", "forum") follows token *k* in its clause."""
    events = view.lx.words("event_noun")
    for j in range(k, min(len(view.toks), k + 10)):
        if view.word(j) in events:
            return True
        if view.token_list[j].text in {",", ";", ":", "."}:
            return False
    return False


_ASIDE_WORDS = 5
"""Most words between the comma that opens an aside and the meeting noun in it ("…, who is on a visit to")."""


def _aside_subject(view: SentenceView, k: int) -> list[int]:
    """The party an aside set off by commas right after it is about, when the aside holds the meeting noun at
    token *k* ("Cameron, on a visit to Kyiv, told Reuters …", "Cameron, who was on his first visit to Kyiv,
    said …"): the visitor.
    """
    j = k - 1
    while j >= 0 and k - j <= _ASIDE_WORDS and view.owner[j] is None and view.token_list[j].text.islower():
        j -= 1
    if j < 1 or j == k - 1 or view.token_list[j].text != "," or view.owner[j - 1] is None:
        return []
    opener = view.word(j + 1)
    if opener not in view.lx.words("preposition") and opener not in view.lx.words("personal_relative"):
        return []
    return view.subject_before(j) or [view.owner[j - 1]]  # type: ignore[list-item]


def _planning_subject(view: SentenceView, k: int) -> list[int]:
    """ "X, Y and Z are all planning trips to China": the subject of the verb governing a noun."""
    j = k - 1
    while j >= 0 and view.owner[j] is None and view.token_list[j].text not in {",", ";", "."} and k - j < 8:
        j -= 1
    if j >= 0 and view.owner[j] is not None:
        subject = view.subject_before(j + 1)
        if subject:
            return subject
        first = view.start_of([view.owner[j]])  # type: ignore[list-item]
        return view.subject_before(view.end_of([view.owner[j]])) if first >= 0 else []  # type: ignore[list-item]
    return []


def _both_sides(view: SentenceView, ids: Sequence[int]) -> bool:
    """True when a party is a group standing for both sides ("US and Chinese officials")."""
    return any(view.state.mentions[mi].kind is _GROUP and view.state.mentions[mi].key == SIDES for mi in ids)


def _refers_to_pair(view: SentenceView, ids: Sequence[int]) -> bool:
    pair = view.lx.words("pair")
    for mi in ids:
        m = view.state.mentions[mi]
        if m.kind is _GROUP and m.key == "pair":
            return True
        if m.kind is _PRONOUN and m.text.lower() in pair:
            return True
    return False


def _status(
    view: SentenceView, m: Match[Entry], cues: list[Match[Entry]], triggers: Sequence[int] = (), depth: int = 0
) -> MeetingStatus | None:
    """``None`` for a negated meeting, else held or planned (from cue words and the verb form).

    A cue before the meeting word counts only when no other meeting word stands between them:
    in "hoped to meet him again after their meeting in November", "hoped" is about "meet". A
    verb that is the purpose of a meeting word before it ("travelled to Beirut to meet Berri")
    takes that word's status.
    """
    start = _clause_start(view, m.first)
    if _denied(view, m.first):
        return None  # "denied reports on social media that A and B had met secretly": no meeting
    here = view.token_list[m.first].start
    between = [t for t in triggers if t < here]
    if between and m.payload.get("pos") == "noun" and (light := _light_verb(view, m.first)) is not None:
        # "will host bilateral meetings": the verb of the noun itself, no other meeting word
        between = [t for t in between if t != view.token_list[light].start]
    if depth < _PURPOSE_DEPTH and (
        _purpose_of(view, m, cues)
        or _journey_for(view, m, triggers, start)
        or _journey_for(view, m, triggers, start, view.lx.words("setting_preposition"))
    ):
        previous = _trigger_before(view, m, triggers, start)
        # a verb ("met … to discuss") or a noun after its verb ("held talks … to discuss")
        verb = previous is not None and (
            previous.payload.get("pos") == "verb" and view.word(previous.first - 1) not in view.lx.words("determiner")
        )
        if previous is not None and (verb or _light_verb(view, previous.first)):
            return _status(view, previous, cues, triggers, depth + 1)
    if depth < _PURPOSE_DEPTH and (trip := _where_of_trip(view, m, triggers, start)) is not None:
        return _status(view, trip, cues, triggers, depth + 1)
    if (
        depth < _PURPOSE_DEPTH
        and _after_and_base(view, m)
        and (previous := _trigger_before(view, m, triggers, start)) is not None
        and previous.payload.get("pos") == "verb"
        and previous.payload.get("tense") == "base"
    ):
        # "Ishiba and Trump will meet at the White House on Feb. 7 and discuss tariffs", "is set to visit Seoul
        # and hold a summit with Choi": one predicate after the modal or plan of both verbs
        return _status(view, previous, cues, triggers, depth + 1)
    if between:
        last_other = max(between)
        start = max(start, view.token_index(last_other) + 1)
    tense = m.payload.get("tense")
    planned = False
    for cue in cues:
        effect = cue.payload.get("effect")
        scope = cue.payload.get("scope") or "before"
        reach = int(cue.payload.get("reach") or 10)
        if cue.last <= m.first and cue.first >= start:
            distance = view.gap(cue.last, m.first)
            if distance > reach:
                continue
            if effect == "retracted":
                return None  # "there had been no such meeting": see _retracted
            if effect == "negated":
                near = 1 if cue.phrase.lower() == "no" else 4
                if _deferred(view, cue):
                    planned = True  # "postponed their meeting … to Nov 20": a plan for the new time
                elif distance <= near or _proposal_between(view, cue.last, m.first) or _for_party_to(view, cue, m):
                    return None
            elif effect in {"planned", "ahead"} and scope in {"before", "either"} and distance <= 10:
                planned = planned or not _setting_of_cue(view, cue, m)
        elif m.last <= cue.first <= m.last + 3:
            if effect == "negated" and scope in {"after", "either"}:
                if not _deferred(view, cue):
                    return None
                planned = True
            if effect == "planned" and scope in {"after", "either"} and tense != "past":
                planned = True  # (not "discussed the next summit", "met as planned": a past verb was held)
    if tense == "base" and view.word(m.first - 1) == "to" and not planned and _after_past_motion(view, m.first - 1):
        return _HELD  # "Kim crossed the line to shake hands with Moon": what he went on to do
    if tense == "base" and view.word(m.first - 1) == "to":
        planned = True
        j = m.first - 2
        if view.word(j) in view.lx.words("plan_participle"):
            if view.word(j - 1) == "been" and view.word(j - 2) == "had":
                return None  # "had been due to meet …, but": a plan that fell through
            if view.word(j - 1) in {"was", "were"}:
                # "they were expected to talk": what was expected then is under way or done now;
                # but "were supposed to meet" did not happen
                return None if view.word(j) == "supposed" else _HELD
    if tense in {"base", "present"} and _prospective(view, m.first):
        planned = True  # "… when they meet on the margins of the summit", "once Xi meets Biden"
    if between and _setting_of_denied_meeting(view, m, cues, start):
        return None
    cancelled = _predicate_cancel(view, m, cues) if m.payload.get("pos") == "noun" else None
    if cancelled is not None:
        if not _deferred(view, cancelled):
            return None
        planned = True  # "a meeting between X and Y has been postponed to Nov 20"
    if m.payload.get("pos") == "noun":
        light = _light_verb(view, m.first)
        if light is not None and view.word(light - 1) == "to":
            planned = True  # "arrived to hold meetings with", "invited him to pay a visit"
        elif _predicate_planned(view, m, cues):
            planned = True  # "talks between Blinken and Wang will continue on Friday"
    return _PLANNED if planned else _HELD


_MOTION_OBJECT = 6
"""Most tokens of the object or place between a past verb of motion and the "to" of its purpose."""


def _after_past_motion(view: SentenceView, to: int) -> bool:
    """Whether a past verb of motion or occasion governs the "to" at token *to* ("crossed the line to", "stopped
    in Paris to", "used the occasion to"), past its object or place and no comma.
    """
    motion = view.lx.words("past_motion")
    for j in range(to - 1, max(-1, to - 1 - _MOTION_OBJECT), -1):
        if view.word(j) in motion:
            return True
        if view.token_list[j].text in {",", ";", ":"} or view.word(j) == "and":
            return False
    return False


_SUBORDINATE_SUBJECT = 6
"""Most tokens of a subject between a subordinator and its verb ("when the two leaders meet")."""


def _prospective(view: SentenceView, k: int) -> bool:
    """Whether the finite verb at token *k* is the present tense of a clause of time or condition ("when they
    meet", "once Xi meets Biden", "if the two sides meet"): what has not happened yet.
    """
    openers = view.lx.words("prospective_subordinator")
    for j in range(k - 1, max(-1, k - 1 - _SUBORDINATE_SUBJECT), -1):
        if view.word(j) in openers:
            return j < k - 1  # a subject stands between them ("after meet" is no clause)
        if not view.token_list[j].is_word or view.word(j) == "to":
            return False
    return False


def _told_as_earlier(view: SentenceView, m: Match[Entry]) -> bool:
    """ "The two ministers last spoke by telephone last month", "He last visited in February, when he also met
    Netanyahu": an earlier meeting than the one reported (the meeting verb's own, or that of the clause a "when"
    clause holding it hangs on).
    """
    if m.payload.get("pos") != "verb":
        return False
    markers = view.lx.words("earlier_marker")
    if view.word(m.first - 1) in markers:
        return True
    when = next((j for j in range(m.first - 1, max(0, m.first - _WHEN_REACH), -1) if view.word(j) == "when"), None)
    if when is None or view.texts[when - 1] != ",":
        return False
    verbs = {x.first for x in view.meeting if x.payload.get("pos") == "verb"}
    return any(view.word(j - 1) in markers for j in verbs if j < when)


_WHEN_REACH = 6
"""Most tokens from "when" to the meeting verb of its clause ("…, when he also met")."""


def _retracted(view: SentenceView, m: Match[Entry], cues: list[Match[Entry]], resolver: _Resolver) -> None:
    """ "Media reported that the two ministers had met in Basra. The ministry denied that, saying there had been no
    such meeting": a cue that retracts (``effect`` retracted in ``status_cues``) right before meeting word *m*
    takes back the held meeting told last, when it was told at most :data:`_RETRACT_SENTENCES` sentences before
    (a plan told since, "to prepare for Sunday's talks", stays).
    """
    if not any(c.last == m.first and c.payload.get("effect") == "retracted" for c in cues):
        return
    for k in range(len(resolver.drafts) - 1, -1, -1):
        draft = resolver.drafts[k]
        if view.index - draft.sentence > _RETRACT_SENTENCES:
            return
        if draft.status is _HELD:
            del resolver.drafts[k]
            return


_RETRACT_SENTENCES = 2
"""Most sentences from a meeting to the words that retract it ("there had been no such meeting")."""


def _denied(view: SentenceView, k: int) -> bool:
    """Whether the meeting word at token *k* stands in a clause that a verb of denial governs ("denied reports on
    social media that A and B had met", "denies that …"): the nearest "that" before it, within a clause's
    reach, has the verb a few tokens before it.
    """
    if "that" not in view.toks.folded[1]:
        return False  # (most sentences: no "that" to look for)
    for j in range(k - 1, max(-1, k - _DENIED_CLAUSE_REACH), -1):
        if view.token_list[j].text in {".", ";", ":", ","}:
            return False  # "Peskov, who denied that the talks had stalled, said Putin met …": another clause
        if view.word(j) == "that":
            denial = view.lx.words("denial_verb")
            return any(view.word(i) in denial for i in range(max(0, j - _DENIAL_REACH), j))
    return False


_DENIED_CLAUSE_REACH = 16
"""Most tokens from a meeting word back to the "that" of a denied clause."""

_DENIAL_REACH = 6
"""Most tokens from a verb of denial to the "that" of the clause it denies ("denied reports on social media
that")."""


_WHERE_REACH = 8
"""Most tokens between a trip's noun and the meeting verb of its "where" clause."""


def _where_of_trip(view: SentenceView, m: Match[Entry], triggers: Sequence[int], start: int) -> Match[Entry] | None:
    """The meeting noun whose "where" clause holds meeting word *m* ("scrapped a planned trip to
    Washington where he was to meet Trump"): *m* shares its status; None otherwise.
    """
    openers = view.lx.words("where_clause")
    if view.toks.folded[1].isdisjoint(openers):
        return None  # (most sentences: no "where" to look for)
    noun = _trigger_before(view, m, triggers, start)
    if noun is None or noun.payload.get("pos") != "noun" or m.first - noun.last > _WHERE_REACH:
        return None
    return noun if any(view.word(k) in openers for k in range(noun.last, m.first)) else None


_PURPOSE_DEPTH = 3
"""How many purposes in a row ("travel to X to meet Y to discuss Z") lead back to a status."""


def _trigger_before(view: SentenceView, m: Match[Entry], triggers: Sequence[int], start: int) -> Match[Entry] | None:
    """The meeting word just before *m*, if it stands in the clause that starts at token *start*."""
    here = view.token_list[m.first].start
    before = [t for t in triggers if t < here]
    if not before or view.token_index(max(before)) < start:
        return None
    last = max(before)
    return next((x for x in view.meeting if view.token_list[x.first].start == last), None)


def _purpose_of(view: SentenceView, m: Match[Entry], cues: list[Match[Entry]]) -> bool:
    """True when the meeting verb at *m* reads as the purpose of a meeting word before it ("met in
    Caracas on Tuesday to discuss migration", "travelled to Beirut on Monday to meet Berri"): a base
    form after "to" that no cue governs; it then shares that word's status instead of being planned.
    """
    if m.payload.get("tense") != "base" or view.word(m.first - 1) != "to":
        return False
    if "for" in (view.word(m.first - 2), view.word(m.first - 3), view.word(m.first - 4)):
        return False  # "set the stage for Kim to meet Trump": a subject of its own
    for j in range(m.first - 2, max(0, m.first - 8), -1):
        if view.word(j) in {"and", "but"} and view.owner[j + 1] is None:
            return False  # "met Y on Thursday but was not allowed to meet Z": a predicate of its own
    # "agreed to meet", "invited him to visit", "is expected to meet": a cue of its own, not a purpose
    return not any(c.last in (m.first, m.first - 1) for c in cues) and view.word(m.first - 2) not in view.lx.words(
        "plan_participle"
    )


def _someone(state: ExtractionState, mi: int) -> bool:
    """Whether mention *mi* names a person: a name, or a description of someone named ("the Nepali premier")."""
    m = state.mentions[mi]
    if m.kind is _PERSON:
        return True
    return m.kind is _DESCRIPTION and m.entity is not None and state.entities[m.entity].kind is _PERSON_PARTICIPANT


def _urged(state: ExtractionState, view: SentenceView, f: _Frame) -> bool:
    """True when "called on X" urges rather than visits, or "saw X" judges rather than meets: X is no person,
    or "to", "for", "as", a possessive or an -ing form follows X ("called on Israel to stop", "called on Biden
    to resign", "saw Trump as a threat"); "called on Modi at Hyderabad House" and "is due to see Trump on
    Friday" are meetings.
    """
    if not f.side_b or not all(_someone(state, i) for i in f.side_b):
        return True
    end = view.end_of(f.side_b)
    # "saw Xi as a partner", "saw Xi's remarks", "sees Putin winning": no visit either
    return view.word(end) in {"to", "for", "as"} or view.possessive_at(end) or view.word(end).endswith("ing")


def _journey_for(
    view: SentenceView,
    m: Match[Entry],
    triggers: Sequence[int],
    start: int,
    prepositions: frozenset[str] = frozenset({"for"}),
) -> bool:
    """True when the meeting noun at *m* follows "for" right after a meeting verb and its object, place
    or time ("will not travel to Istanbul for talks with Zelenskiy", "flew to Doha on Monday for a
    meeting"): the purpose of that verb, whose status it shares. Not "no date for the visit". With
    the setting prepositions, the occasion of that verb's meeting ("will meet Kagame at the summit in
    Nairobi on Friday": the summit is not held already).
    """
    if m.payload.get("pos") != "noun" or view.toks.folded[1].isdisjoint(prepositions):
        return False  # (a verb, or none of the prepositions in the sentence)
    j = _before_noun_phrase(view, m.first)
    if view.word(j) not in prepositions:
        return False
    verb = _trigger_before(view, m, triggers, start)
    if verb is None or verb.payload.get("pos") != "verb":
        return False
    state = view.state
    ends: frozenset[int] | None = state.built("meetings.time_place_ends")
    if ends is None:
        ends = state.cached(
            "meetings.time_place_ends",
            lambda: frozenset([*(t.end for t in state.times), *(p.end for p in state.places)]),
        )
    k = j - 1
    return k == verb.last - 1 or view.owner[k] is not None or view.token_list[k].end in ends


def _host_of_a_thing(view: SentenceView, m: Match[Entry]) -> bool:
    """Whether the host's verb at *m* takes a thing, not a guest: its object is a common noun of no one and no
    meeting ("received the letter", "welcomed the decision"), or its subject is one in the passive with no agent
    ("the letter had been received").
    """
    if m.payload.get("role") != "host" or m.payload.get("pos") != "verb":
        return False
    lx = view.lx
    be, aux = lx.words("be_form"), lx.words("passive_aux")
    passive = m.payload.get("tense") in {"past", "participle"} and view.word(m.first - 1) in be
    if passive and view.word(m.last) != "by":
        k = m.first - 1
        while k > 0 and (view.word(k) in be or view.word(k) in aux):
            k -= 1
        return _common_noun(view, k)
    k = m.last
    while view.word(k) in lx.words("determiner") and view.owner[k] is None:
        k += 1
    return k > m.last and _common_noun(view, k)


def _common_noun(view: SentenceView, k: int) -> bool:
    """Whether token *k* is a lower-case word of no mention that is no meeting noun ("letter", "proposal")."""
    tok = view.token_list[k] if 0 <= k < len(view.toks) else None
    return (
        tok is not None
        and tok.text.isalpha()
        and tok.text.islower()
        and view.owner[k] is None
        and view.word(k) not in view.lx.meeting_nouns
        and view.word(k) not in view.lx.verb_words
    )


def _earlier_event(view: SentenceView, m: Match[Entry], last: MeetingDraft) -> bool:
    """Whether the meeting word at *m* stands in a clause about an earlier event ("since …") opened after the
    words of the meeting just told in its sentence.
    """
    if last.sentence != view.index or not last.evidence:
        return False
    told = view.token_index(max(b for _a, b in last.evidence) - 1)
    return told < m.first and _in_subordinate(view, view.lx.words("retrospective_subordinator"), told, m.first)


def _on_sourcing_terms(view: SentenceView, k: int) -> bool:
    """Whether "on (the) condition" starts at token *k*, after "spoke": the terms a source talked on."""
    if view.word(k) != "on":
        return False
    terms = view.lx.words("sourcing_terms")
    return view.word(k + 1) in terms or (view.word(k + 1) == "the" and view.word(k + 2) in terms)


def _purpose_after(view: SentenceView, m: Match[Entry], last: MeetingDraft) -> bool:
    """True when the meeting verb at *m* is an infinitive right after a party of the meeting just drafted in its
    sentence ("met Friday with Haniyeh and Kamel to discuss the proposal"): the purpose of that meeting, not
    another ("… and agreed to meet again": the infinitive follows another verb).
    """
    if m.payload.get("pos") != "verb" or last.sentence != view.index or view.word(m.first - 1) != "to":
        return False
    o = view.owner[m.first - 2] if m.first >= 2 else None
    entity = view.state.mentions[o].entity if o is not None else None
    return entity is not None and entity in last.participants


def _purpose_of_last(view: SentenceView, m: Match[Entry], triggers: Sequence[int], last: MeetingDraft) -> bool:
    """True when the meeting noun at *m* follows "for a" after the meeting verb of its clause that
    made the meeting just drafted ("will host Kishida … for a trilateral summit with Li"): the same meeting.
    """
    if m.payload.get("pos") != "noun" or last.sentence != view.index:
        return False
    j = _before_noun_phrase(view, m.first)
    if view.word(j) != "for" or view.word(j + 1) not in view.lx.words("indefinite"):
        return False  # "for a trilateral summit", not "preludes for the meeting with Xi"
    verb = _trigger_before(view, m, triggers, _clause_start(view, m.first))
    if verb is None or verb.payload.get("pos") != "verb":
        return False
    start = view.token_list[verb.first].start
    return any(a <= start < b for a, b in last.evidence)


def _setting_of_denied_meeting(view: SentenceView, m: Match[Entry], cues: list[Match[Entry]], start: int) -> bool:
    """True when the event noun at *m* follows "at" or "during" after a denied meeting word of its
    clause ("did not hold a bilateral meeting at the summit"): the event is only that meeting's setting.
    """
    if m.payload.get("pos") != "noun":
        return False
    j = _before_noun_phrase(view, m.first)
    if view.word(j) not in view.lx.words("setting_preposition"):
        return False
    clause = _clause_start(view, m.first)
    for cue in cues:
        if cue.payload.get("effect") == "negated" and clause <= cue.first and cue.last <= start <= cue.last + 5:
            return True
    return False


def _proposal_between(view: SentenceView, a: int, b: int) -> bool:
    """True when a proposal noun stands in tokens ``[a, b)``: a negating verb rejects it, and with it
    the meeting proposed ("rejected a fresh offer from Kabul for direct talks").
    """
    proposals = view.lx.words("proposal_noun")
    return any(view.word(k) in proposals and view.owner[k] is None for k in range(a, b))


def _ahead(view: SentenceView, m: Match[Entry], cues: list[Match[Entry]]) -> bool:
    """True when the only cue that makes meeting word *m* planned is one of narrative order
    ("shook hands ahead of their summit"), within its reach before the word.
    """
    start = _clause_start(view, m.first)
    found = False
    for cue in cues:
        if not (start <= cue.first and cue.last <= m.first):
            continue
        effect = cue.payload.get("effect")
        if effect == "ahead" and m.first - cue.last <= int(cue.payload.get("reach") or 10):
            found = True
        elif effect == "planned":
            return False
    return found


_PREDICATE_REACH = 20
"""How many tokens of parties a meeting noun's predicate may follow ("a meeting between Pakistani Foreign
Minister Ishaq Dar and Afghan acting Foreign Minister Amir Khan Muttaqi is scheduled for …")."""


def _predicate(view: SentenceView, m: Match[Entry]) -> int:
    """The token after a meeting noun and its parties ("talks between Blinken and Wang Yi", "the
    meeting with Xi"): where its predicate starts, when the noun is a subject.
    """
    joiners = view.lx.words("party_joiner")
    j = m.last
    limit = min(len(view.toks), m.last + _PREDICATE_REACH)
    while j < limit:
        if view.owner[j] is not None or view.word(j) in joiners:
            j += 1
        elif view.possessive_at(j) and j + 1 < limit and view.owner[j + 1] is not None:
            j += 1  # "a meeting between Todd and his Surinamese counterpart Albert Ramdin"
        elif view.word(j) in {"in", "at", "on"} and _in_setting(view, j + 1):
            j += 1  # "a meeting between X and Y in Luanda in December was cancelled"
            settings = _setting_spans(view.state)
            while j < limit and _in_setting(view, j, settings):
                j += 1
        else:
            break
    return j


def _setting_spans(state: ExtractionState) -> list[tuple[int, int]]:
    """The places and time expressions of the article as sorted ``(start, end)`` spans, built once."""
    spans: list[tuple[int, int]] | None = state.built("meetings.setting_spans")
    if spans is None:  # (no closure made when it is built already)
        spans = state.cached(
            "meetings.setting_spans",
            lambda: sorted([*((p.start, p.end) for p in state.places), *((t.start, t.end) for t in state.times)]),
        )
    return spans


def _in_setting(view: SentenceView, k: int, spans: Sequence[tuple[int, int]] | None = None) -> bool:
    """True when token *k* is inside a place or time expression ("Luanda", "in December"); *spans* is
    :func:`_setting_spans`, given by a caller that asks about many tokens.
    """
    state = view.state
    if spans is None:
        spans = _setting_spans(state)
    if k >= len(view.toks):
        return False
    at = view.token_list[k].start
    i = bisect.bisect_right(spans, (at, len(state.text) + 1)) - 1
    return i >= 0 and spans[i][0] <= at < spans[i][1]


def _predicate_cancel(view: SentenceView, m: Match[Entry], cues: list[Match[Entry]]) -> Match[Entry] | None:
    """The cancelling cue whose subject is a meeting noun ("the meeting with Wang Yi was cancelled",
    "talks between the two sides have been called off"), also past a relative clause on the noun
    ("talks between X and Y that had been scheduled for Thursday were called off"); else None.
    """
    if not any(c.payload.get("effect") == "negated" for c in cues):
        return None  # (most sentences: no cue of cancelling)
    j = _main_predicate(view, m)
    auxiliaries = view.lx.words("passive_aux")
    modals = view.lx.words("modal") | {"did", "does", "do"}
    k = j
    while k < j + 2 and view.word(k) in auxiliaries:
        k += 1
    if k == j and view.word(k) in modals:
        k += 1  # "will not take place", "did not go ahead"
        if view.word(k) in {"not", "never", "n't"} and view.word(k + 1) in view.lx.words("meeting_predicate"):
            return next((c for c in cues if c.first == k and c.payload.get("effect") == "negated"), None)
        return None
    if k == j:
        return None  # "the meeting cancelled …" is no predicate of the noun
    return next((c for c in cues if c.first == k and c.payload.get("effect") == "negated"), None)


def _main_predicate(view: SentenceView, m: Match[Entry]) -> int:
    """Where the predicate of a meeting noun starts past its parties and an aside on it: a relative clause
    ("talks between X and Y, which had been planned for Thursday, were called off") or a participle
    ("A meeting between X and Y, planned for Thursday in Paramaribo, has been cancelled").
    """
    known: dict[tuple[int, int], int] | None = view.state.built("meetings.main_predicate")
    if known is None:
        known = view.state.cached("meetings.main_predicate", dict)
    found = known.get((view.index, m.last))
    if found is None:  # (it depends on where the noun ends only; rules ask again for the same noun)
        found = known[view.index, m.last] = _find_main_predicate(view, m)
    return found


def _find_main_predicate(view: SentenceView, m: Match[Entry]) -> int:
    j = _predicate(view, m)
    if view.word(j) == "," and view.word(j + 1) in view.lx.words("relative_opener"):
        j += 1
    elif view.word(j - 1) == "," and view.word(
        j + (adverb := view.word(j) in view.lx.words("between_subject_verb"))
    ) in view.lx.words("plan_participle") | view.lx.words("aside_participle"):
        k = j + 1 + adverb  # "…, planned for Thursday, …", "…, originally scheduled for March, …"
        while k < min(len(view.toks), j + _RELATIVE_REACH) and view.token_list[k].text not in {",", ".", ";"}:
            k += 1
        if view.word(k) == ",":
            j = k + 1
    elif (comma := _appositive_comma(view, m.last, j)) is not None:
        j = _past_appositive(view, comma, j)  # "The meeting between X and Y, the first in a decade, is expected to …"
    if view.word(j) in view.lx.words("relative_opener"):
        j = _past_relative(view, j)
    return j


_ARTICLES = frozenset({"the", "a", "an"})
"""The articles that open an appositive noun phrase."""


def _appositive_comma(view: SentenceView, a: int, j: int) -> int | None:
    """The comma in tokens ``[a, j]`` (after a noun and its parties) that an article or a possessive follows,
    opening an appositive noun phrase ("…, the first in nearly a decade, …"); None when there is none.
    """
    return next(
        (
            c
            for c in range(a, min(j + 1, len(view.toks) - 1))
            if view.token_list[c].text == "," and (view.word(c + 1) in _ARTICLES or view.possessive_at(c + 1))
        ),
        None,
    )


def _past_appositive(view: SentenceView, comma: int, j: int) -> int:
    """Past an appositive noun phrase set off by commas from the comma at token *comma* ("…, the first in nearly
    a decade, …"): the token after its closing comma; *j* when no comma closes it in reach or a verb stands in it.
    """
    finite = view.lx.words("passive_aux") | view.lx.words("modal")
    for k in range(comma + 2, min(len(view.toks), comma + _RELATIVE_REACH)):
        text = view.token_list[k].text
        if text == ",":
            return k + 1
        if text in {".", ";", ":"} or view.word(k) in finite or any(x.first == k for x in view.meeting):
            return j
    return j


_RELATIVE_REACH = 14
"""The most tokens of a relative clause on a meeting noun that its main predicate is looked for past."""


def _past_relative(view: SentenceView, j: int) -> int:
    """The main predicate after the relative clause that opens at token *j* ("that had been scheduled for
    Thursday | were called off"): the last run of auxiliaries in reach, or *j* when none follows.
    """
    auxiliaries = view.lx.words("passive_aux") | view.lx.words("modal")
    found = j
    k = j + 1
    while k < min(len(view.toks), j + _RELATIVE_REACH):
        if (not view.token_list[k].is_word and view.token_list[k].text != ",") or any(
            x.first == k for x in view.meeting
        ):
            break
        if view.word(k) in auxiliaries and view.word(k - 1) not in auxiliaries:
            found = k
        k += 1
    return found


def _for_party_to(view: SentenceView, cue: Match[Entry], m: Match[Entry]) -> bool:
    """True when only "for <party> to" stands between a negating cue and the meeting verb ("no plans
    for Secretary of State Antony Blinken to meet Xi").
    """
    a, b = cue.last, m.first
    if b - a < 3 or view.word(a) != "for" or view.word(b - 1) != "to":
        return False
    return all(view.owner[k] is not None for k in range(a + 1, b - 1))


def _deferred(view: SentenceView, cue: Match[Entry]) -> bool:
    """True when a cancelling cue moves the meeting to a new time ("postponed to Nov 20", "delayed until
    next week"): a plan for that time, not a cancellation.
    """
    if view.word(cue.first) not in view.lx.words("deferral") or view.word(cue.last) not in {"to", "until", "till"}:
        return False
    return _time_at(view, cue.last + 1)


def _time_at(view: SentenceView, k: int) -> bool:
    """True when a time expression starts at token *k*."""
    starts: frozenset[int] | None = view.state.built("meetings.time_starts")
    if starts is None:
        starts = view.state.cached("meetings.time_starts", lambda: frozenset(t.start for t in view.state.times))
    return k < len(view.toks) and view.token_list[k].start in starts


def _predicate_planned(view: SentenceView, m: Match[Entry], cues: list[Match[Entry]]) -> bool:
    """True when a meeting noun is the subject of a future predicate: past its parties ("talks
    between Blinken and Wang Yi", "the meeting with Xi") comes a modal ("will continue", "is
    expected to take place").
    """
    if not any(c.payload.get("effect") == "planned" and c.payload.get("scope") != "after" for c in cues):
        return False  # (most sentences: no cue of a plan to look for)
    j = _main_predicate(view, m)
    if view.word(j) in view.lx.words("passive_aux"):
        j += 1  # "are expected to", "is set to"
    cue = next((c for c in cues if c.first == j and c.payload.get("effect") == "planned"), None)
    if cue is not None and cue.payload.get("scope") == "after":
        cue = None
    if cue is None:
        return False
    if view.word(cue.first) in view.lx.words("plan_participle") and (
        view.word(cue.last) == "for" or view.in_time(cue.last) or view.in_time(cue.last + 1)
    ):
        return True  # "is scheduled for Thursday", "is set for next month", "are expected in June"
    # "will continue", "is expected to take place", "will be held"; not "could pave the way for a summit"
    predicate = view.lx.words("meeting_predicate")
    for k in range(cue.last, min(len(view.toks), cue.last + 4)):
        if view.word(k) in predicate:
            return True
        if view.word(k) not in {"to", "be", "now", "also", "then", "again"}:
            return False
    return False


def _facts_end(view: SentenceView, m: Match[Entry]) -> int:
    """Where the date, place and length of meeting word *m* may be looked for: its clause, and a
    relative clause that tells how the meeting went ("…, which lasted for 4.5 hours") or, for an
    event attended, describes the event ("…, which is to be held in New Delhi in September").
    """
    end = _clause_end(view, m.last - 1)
    if m.payload.get("pos") == "noun" and _clause_start(view, m.first) >= m.first - 1:
        # "The meeting between X and Y, which would be the first in a decade, will take place on Friday": the
        # subject's predicate past the relative clause
        predicate = _main_predicate(view, m)
        if predicate > end:
            return _clause_end(view, predicate)
    if view.word(end + 1) not in view.lx.words("describing_relative"):
        return end
    if "attend" in m.payload.values("frame") or _describes_meeting(view, end + 2):
        end = _clause_end(view, end + 1)
    return end


def _describes_meeting(view: SentenceView, k: int) -> bool:
    """True when the relative clause whose verb starts at token *k* tells how a meeting went
    ("…, which lasted for 4.5 hours", "…, which took place at the Kremlin").
    """
    while view.word(k) in view.lx.words("be_form"):
        k += 1
    word = view.word(k)
    return word in view.lx.words("completed_predicate") or word == "held"


def _predicate_status(
    view: SentenceView, m: Match[Entry], cues: list[Match[Entry]], status: MeetingStatus
) -> MeetingStatus:
    """Planned when a modal later in the clause of a meeting noun, outside any aside, makes its
    predicate future ("The meeting in the Swiss city — … — will be on June 16").
    """
    end = _clause_end(view, m.last - 1)
    aside = _aside(view, m.first)
    for c in cues:
        if (
            m.last <= c.first < end
            and c.payload.get("effect") == "planned"
            and c.payload.get("scope") != "after"
            and _aside(view, c.first) == aside
        ):
            return _PLANNED
    return status


def _owned(offset: int, m: Match[Entry], view: SentenceView, triggers: Sequence[int]) -> bool:
    """True when the phrase at *offset* belongs to meeting word *m* rather than to another one of
    the sentence: the last meeting word before it, or the first one when none comes before.
    """
    start = view.token_list[m.first].start
    k = view.token_index(offset)
    if m.first - 4 <= k < m.first:
        return True  # a modifier of the meeting word itself: "the May 8 meeting"
    # a meeting word inside a dash aside owns nothing outside it, and none outside owns what is inside
    dashes = _dashes(view)
    if len(dashes) > 1:  # (with fewer, every token is outside every aside)
        aside = _aside(view, k, dashes)
        triggers = [t for t in triggers if _aside(view, view.token_index(t), dashes) == aside]
    before = [t for t in triggers if t <= offset]
    owner = before[-1] if before else min(triggers, default=start)
    if not before and owner < start and view.word(m.first - 1) == "to":
        # "Today, she will travel to Perth to meet Walsh": the journey's time is that of its purpose
        return m.first - view.token_index(owner) <= _PURPOSE_REACH
    if owner < start and offset < start and _journey_for(view, m, triggers, _clause_start(view, m.first)):
        return True  # "travelled to Washington last week for a two-hour meeting": the journey's time is its purpose's
    return owner == start


_PURPOSE_REACH = 6
"""Tokens from a journey's word to the meeting it is for ("travel to Perth to meet"), at most."""


def _nearest(
    spans: Sequence[tuple[int, int]],
    view: SentenceView,
    m: Match[Entry],
    end: int,
    *,
    skip_words: frozenset[str] = frozenset(),
    triggers: Sequence[int] = (),
    dates: bool = False,
) -> int | None:
    """Index of the span in the trigger's clause nearest the meeting word, those after it first (*end*:
    :func:`_facts_end` of the meeting word). With *dates*, a time after the event a word of sequence names is
    that event's ("followed a deal last month"); a length after it is still the meeting's ("took place after noon
    and lasted 25 minutes").
    """
    lo, hi = view.token_list[m.first].start, view.token_list[m.last - 1].end
    clause = view.token_list[_clause_start(view, m.first)].start
    clause_end = view.token_list[end - 1].end if end > 0 else view.sentence.end
    best: tuple[int, int] | None = None
    first = bisect.bisect_left(spans, (clause, -1))
    if first == len(spans) or spans[first][0] >= clause_end:
        return None  # (no span starts in the clause)
    dashes = _dashes(view)
    aside = _aside(view, m.first, dashes)
    subordinators = view.lx.words("subordinator")
    for i in range(first, len(spans)):
        a, b = spans[i]
        if a >= clause_end:
            break
        if a < clause or b > clause_end:
            continue
        k = view.token_index(a)
        if view.quoted[k] != view.quoted[m.first]:
            continue
        # "talks since May"; but "delayed until July 3" is the new date
        deferred = view.word(k - 2) in view.lx.words("deferral")
        if view.word(k - 1) in skip_words and not deferred:
            continue
        if len(dashes) > 1 and _aside(view, k, dashes) != aside:  # (with fewer, no token is in an aside)
            continue  # "The meeting — where Reagan met Gorbachev in 1985 — will be on June 16"
        if triggers and not _owned(a, m, view, triggers):
            continue
        if a >= hi and not deferred and _in_subordinate(view, subordinators, m.last, k):
            continue  # "have met since Biden became president in January": the date is the other clause's
        if a >= hi and _attribution_between(view, m.last, k):
            continue  # "Trump wants to meet Kim, the White House said on Thursday": the day it was said
        if dates and a >= hi and _other_event_between(view, m.last, k):
            continue  # "The talks followed a China-brokered deal last month": the deal's month
        if b <= lo and _said_at(view, k) and "," not in view.texts[k : m.first]:
            continue  # "Putin said on Wednesday he was ready to meet Zelenskiy": the day it was said
        if b <= lo and _another_predicate_between(view, view.token_index(b - 1) + 1, m.first):
            continue  # "arrived in Cairo on Friday and is expected to meet Al Thani": the arrival's day
        if _owns_other_noun(view, view.token_index(b - 1) + 1, m):
            continue  # "Prior to Tuesday's hospital bombing, Biden was slated to follow his trip …": the bombing's
        if b <= lo and _in_person_aside(view, k, m.first):
            continue  # "Biden, who arrived in New Delhi earlier on Friday, is expected to hold talks": his arrival's
        distance = a - hi if a >= hi else (lo - b) * 2
        if b <= lo and m.payload.get("pos") == "verb" and view.word(m.first - 1) == "and":
            distance += _OTHER_VERB  # "arrived on May 12 and met Xi the following day": the arrival's day
        elif b <= lo and _sequence_between(view, view.token_index(b - 1) + 1, m.first):
            distance += _OTHER_VERB  # "arrived on Wednesday ahead of talks … on Friday": the arrival's day
        elif b <= lo and "for" in (view.word(j) for j in range(view.token_index(b - 1) + 1, m.first)):
            # "will head to Washington on Sunday for a summit with Trump on Monday": the journey's day, unless the
            # meeting has no day of its own
            distance += _OTHER_VERB
        if best is None or distance < best[0]:
            best = (distance, i)
    return None if best is None else best[1]


def _owns_other_noun(view: SentenceView, k: int, m: Match[Entry]) -> bool:
    """Whether a possessive at token *k* after a time makes it the time of a noun phrase other than meeting word
    *m* ("Tuesday's hospital bombing"; but "Monday's talks" is the meeting's).
    """
    if k >= len(view.toks) or view.token_list[k].text not in POSSESSIVE:
        return False
    return not (k < m.first <= k + 1 + _OWNED_NOUN_WORDS)


_OWNED_NOUN_WORDS = 3
"""Most modifiers between a time's possessive and the meeting noun it dates ("Monday's long-awaited talks")."""


_ASIDE_REACH = 12
"""Most tokens from the comma opening a relative aside on a person to a time inside it."""


def _in_person_aside(view: SentenceView, k: int, end: int) -> bool:
    """Whether token *k* is inside a relative clause on a person set off by commas that closes before token
    *end* ("Biden, who arrived in New Delhi earlier on Friday, is expected to …").
    """
    j = k - 1
    while j > 0 and k - j < _ASIDE_REACH and view.token_list[j].text != ",":
        j -= 1
    if view.token_list[j].text != "," or view.word(j + 1) not in view.lx.words("personal_relative"):
        return False
    return any(view.token_list[t].text == "," for t in range(k + 1, end))


_OTHER_VERB = 1_000_000
"""Added to the distance of a time before "and <meeting verb>": it is the first verb's, and dates the
meeting only when the meeting's own clause names no time ("arrived on Monday and met Xi")."""


def _sequence_between(view: SentenceView, a: int, b: int) -> bool:
    """True when "ahead of", "before" or "after" stands in tokens ``[a, b)``: what comes before it is
    another event's ("arrived on Wednesday ahead of talks").
    """
    return any(_sequence_at(view, k) for k in range(a, b))


def _sequence_at(view: SentenceView, k: int) -> bool:
    """Whether token *k* is a word of the grammar class ``sequence`` ("before", "after", "since") or the "ahead"
    of "ahead of": what follows it is a point in time, another event's.
    """
    return view.word(k) in view.lx.words("sequence") or (view.word(k) == "ahead" and view.word(k + 1) == "of")


def _other_event_between(view: SentenceView, a: int, k: int) -> bool:
    """True when a word of sequence ("after", "since") or a verb of sequence ("followed", "preceded") stands in
    tokens ``[a, k)`` with words between it and token *k*: the time at *k* dates the event it names ("came after a
    deal last month"), not what came before it ("talks began after 5 p.m." is the talks' time).
    """
    verbs = view.lx.words("sequence_verb")
    return any(
        (_sequence_at(view, j) or view.word(j) in verbs) and j < k - 1 and view.quoted[j] is None
        for j in range(a, k)
    )


def _attribution_between(view: SentenceView, a: int, k: int) -> bool:
    """True when a trailing attribution (", the White House said") stands between tokens *a* and *k*:
    a reporting verb after a comma, outside quotations.
    """
    for vm in view.reporting:
        if a < vm.first < k and view.quoted[vm.first] is None:
            return any(view.token_list[j].text == "," for j in range(a, vm.first))
    return False


def _said_at(view: SentenceView, k: int) -> bool:
    """True when the time at token *k* follows a reporting verb outside quotations, past "on" and a listener
    ("said on Wednesday", "told reporters Wednesday"): the time of the saying, not of what the clause after it
    says (but "made pledges on Friday, following a day of talks" may date the talks).
    """
    j = k - 1
    if view.word(j) == "on":
        j -= 1
    if view.word(j) in view.lx.words("audience"):
        j -= 1
    return any(vm.last == j + 1 and view.quoted[vm.first] is None for vm in view.reporting)


def _in_subordinate(view: SentenceView, subordinators: frozenset[str], a: int, k: int) -> bool:
    """True when token *k* lies in a subordinate clause opened between tokens *a* and *k* and not yet
    closed by a comma ("met since Biden became president in January"; but "their first since 2022,
    lasted four hours" is back in the main clause).
    """
    for j in range(k - 1, a - 1, -1):
        if view.token_list[j].text == ",":
            return False
        if view.word(j) in subordinators:
            return True
    return False


def _dashes(view: SentenceView) -> list[int]:
    """The tokens of the sentence that are dashes, found once per sentence."""
    by_sentence: dict[int, list[int]] | None = view.state.built("meetings.dashes")
    if by_sentence is None:
        by_sentence = view.state.cached("meetings.dashes", dict)
    dashes = by_sentence.get(view.index)
    if dashes is None:
        dashes = by_sentence[view.index] = view.toks.positions(_DASHES, folded=False)  # (in C)
    return dashes


def _aside(view: SentenceView, k: int, dashes: Sequence[int] | None = None) -> int:
    """The number of the dash-enclosed aside (" — home to many UN bodies — ") that token *k* is
    in, or -1 outside every aside; *dashes* is :func:`_dashes`, given by a caller that asks about many
    tokens.
    """
    if dashes is None:
        dashes = _dashes(view)
    for n in range(0, len(dashes) - 1, 2):
        if dashes[n] < k < dashes[n + 1]:
            return n
    return -1


def _setting_of_cue(view: SentenceView, cue: Match[Entry], m: Match[Entry]) -> bool:
    """Whether the meeting noun *m* is only where the object of a plan cue was raised ("called for a
    regional fund during talks with Peru's president"): a cue that ends in a preposition governs its own
    object, not the talks; "will raise it during talks", "is expected to raise it during talks" are plans.
    """
    last = view.word(cue.last - 1)
    if m.payload.get("pos") != "noun" or last not in view.lx.words("preposition"):
        return False
    j = _before_noun_phrase(view, m.first)
    if last == "to":
        # "agree to limited energy ceasefire in lengthy call": what was agreed to comes first, and no verb of a
        # plan ("agreed to hold talks") stands before the meeting noun
        return (
            view.word(j) in view.lx.words("within_meeting") | {"in"}
            and j > cue.last
            and not any(
                view.word(k) in view.lx.verb_words or view.word(k) in view.lx.words("light_verb")
                for k in range(cue.last, j)
            )
        )
    return view.word(j) in view.lx.words("within_meeting") and j > cue.last


def _appositive_noun(view: SentenceView, m: Match[Entry]) -> bool:
    """Whether the meeting noun *m* heads a noun phrase set off by a comma after a clause ("…, their
    first in-person talks since 2019", "…, the first such meeting in years"): it renames the meeting
    the clause reports.
    """
    if m.payload.get("pos") != "noun" or "," not in view.toks.folded[1]:
        return False  # (a verb, or no comma to set the phrase off)
    j = m.first - 1
    while (
        j > m.first - 5
        and j > 0
        and view.token_list[j].text.replace("-", "").isalpha()
        and view.token_list[j].text.islower()
    ):
        word = view.word(j)
        if word in view.lx.words("preposition") or word in view.lx.words("quantifier"):
            return False  # "…, two days after talks with Chen": another meeting, dated by its own phrase
        if word in view.lx.words("definite"):
            return view.token_list[j - 1].text == ","
        j -= 1
    return False


def _modifies_place(view: SentenceView, k: int) -> bool:
    """Whether the words from token *k* name the kind of a place after "of" ("… port city of Aqaba",
    "… border town of Leticia"): the name just before them only says which place.
    """
    for h in range(k, min(k + 3, len(view.toks))):
        if not view.token_list[h].text.islower():
            return False
        if view.word(h) in view.lx.words("place_head") and view.word(h + 1) == "of":
            return True
    return False


def _place_for(
    state: ExtractionState,
    view: SentenceView,
    m: Match[Entry],
    parties: Sequence[int],
    visit: bool,
    triggers: Sequence[int],
    end: int,
) -> int | None:
    """The place of a meeting: "in Bali, Indonesia", "at the Great Hall of the People", "visited Taiwan"
    (*end*: :func:`_facts_end` of the meeting word).
    """
    party_spans = []
    for mi in parties:
        pm = state.mentions[mi]
        if pm.kind is not _COUNTRY:
            party_spans.append((pm.start, pm.end))
        if pm.title_span:
            party_spans.append(pm.title_span)
    lo = view.token_list[m.first].start
    first = _clause_start(view, m.first)
    clause = view.token_list[first].start
    # the place follows the meeting word and its parties ("held talks with visiting Brazilian
    # President Luiz Inacio Lula da Silva at the Great Hall of the People")
    reach = max(m.last, view.end_of([mi for mi in parties if mi in view.span_of]))
    end = _speech_clause(view, reach, end)
    # "The meeting between X and Y, the first in a decade, will take place in New York": past an aside
    horizon = max(reach, _main_predicate(view, m)) if m.payload.get("pos") == "noun" else reach
    clause_end = view.token_list[min(end, horizon + 15) - 1].end
    best: tuple[int, int] | None = None
    starts = _place_starts(state)
    dashes = _dashes(view)
    for i in range(bisect.bisect_left(starts, clause), len(starts)):
        p = state.places[i]
        if p.start >= clause_end:
            break
        if p.end > clause_end:
            continue
        if p.start < lo and view.token_index(p.start) < m.first - 12:
            continue
        k = view.token_index(p.start)
        during = _during_visit_to(view, k)  # "During a state visit to China, Macron held talks with Xi"
        if triggers and not during and not _owned(p.start, m, view, triggers):
            continue
        if any(a <= p.start < b for a, b in party_spans):
            continue
        if view.quoted[k] != view.quoted[m.first] or (
            len(dashes) > 1 and _aside(view, k, dashes) != _aside(view, m.first, dashes)  # (with fewer, no aside)
        ):
            continue
        prev_k = k - 2 if view.word(k - 1) == "the" else k - 1
        prev = view.word(prev_k)
        owner = view.owner[k]
        party_kinds = (_PERSON, _ORGANIZATION, _DESCRIPTION, _GROUP)
        seat = p.venue and prev in {"at", "in", "inside", "to"}  # "at the White House": a seat is a venue
        if owner is not None and state.mentions[owner].kind in party_kinds and not seat:
            continue
        if prev == "of" and view.owner[view.token_index(p.end - 1) + 1] in parties:
            continue  # "Prime Minister of the Solomon Islands Jeremiah Manele": the country of a party's title
        if prev == "of" and view.word(prev_k - 1) in view.lx.words("place_head"):
            prev = "in"  # "in the Russian city of Kazan"
        if view.word(prev_k - 1) in view.lx.words("place_attractor"):
            continue  # "the war in Ukraine" is not where they met
        if _modifies_place(view, view.token_index(p.end - 1) + 1):
            continue  # "in the Red Sea port city of Aqaba": the sea only says which city
        if _owner_of_noun(view, view.token_index(p.end - 1) + 1):
            continue  # "his first trip abroad since Russia's invasion": whose invasion, not where
        # "in Bali, Indonesia": a country after a city or venue; "of France, Germany and Italy" is a list
        after_place = prev == "," and any(
            q.end <= p.start and p.start - q.end <= 3 and (q.city or q.venue) for q in state.places[max(0, i - 1) : i]
        )
        if (
            prev not in _PLACE_PREPOSITIONS
            and not (prev == "on" and p.venue)  # "on Capitol Hill": a venue one is on
            and not after_place
            and not (visit and (k == m.last or (k == m.last + 1 and view.word(m.last) == "the")))  # "visited (the) X"
            and not _names_the_meeting(view, p.end, m)
        ):
            continue
        if (
            prev == "to"
            and not visit
            and m.payload.get("role") != "host"
            and not _journey_purpose(view, p.end, m)
            and not during
        ):
            continue  # "welcomed Macron to the White House" names the place; "talks to Moscow" does not
        distance = p.start - lo if p.start >= lo else (lo - p.start) + 60
        if best is None or distance < best[0]:
            best = (distance, i)
    if best is None:
        here = _here(state, view, m, end)
        return here if here is not None else _unknown_place(state, view, m, reach, end)
    found = state.places[best[1]]
    if found.venue is None and found.city is None and found.country is not None:
        venue = _venue_in_country(state, view, m, reach, end, found)
        if venue is not None:
            return venue
    return _combine_place(state, best[1])


def _during_visit_to(view: SentenceView, k: int) -> bool:
    """Whether the place at token *k* is the destination of a visit the clause happens during ("During a
    three-day state visit to China, Macron held talks with Xi"): the meeting's place.
    """
    to = k - 2 if view.word(k - 1) == "the" else k - 1
    if view.word(to) != "to":
        return False
    noun = next((x for x in view.meeting if x.last == to and x.payload.get("kind") == "visit"), None)
    if noun is None:
        return False
    return view.word(_before_noun_phrase(view, noun.first)) in view.lx.words("within_meeting")


def _owner_of_noun(view: SentenceView, k: int) -> bool:
    """Whether a possessive at token *k* makes the place before it the owner of a common noun after it
    ("Russia's invasion", "China's economy"), not a place (but "Russia's Far East" is one).
    """
    if k + 1 >= len(view.toks) or view.token_list[k].text not in POSSESSIVE:
        return False
    return view.token_list[k + 1].text.islower() and view.owner[k + 1] is None


def _venue_in_country(
    state: ExtractionState, view: SentenceView, m: Match[Entry], reach: int, stop: int, country: PlaceRecord
) -> int | None:
    """A venue the gazetteer does not know right before the country a meeting took place in ("at the
    Vostochny Cosmodrome in Russia's Far East"): the venue, in that country; else None.
    """
    known = len(state.places)
    venue = _unknown_place(state, view, m, reach, stop)
    if venue is None:
        return None
    v = state.places[venue]
    if v.venue and v.end <= country.start and state.text[v.end : country.start].strip() in {"in", ","}:
        v.country = country.country
        return venue
    del state.places[known:]  # (no venue of that country: the record made on the way is not kept)
    return None


def _here(state: ExtractionState, view: SentenceView, m: Match[Entry], end: int) -> int | None:
    """The dateline's place when "here" follows the meeting word in its clause ("called on Lee here",
    "at Seri Perdana here today"), as wire copy writes the city it is filed from.
    """
    if "here" not in view.toks.keys(folded=True)[1] or not any(
        view.word(k) == "here" and view.quoted[k] is None for k in range(m.last, min(end, len(view.toks)))
    ):
        return None  # (most sentences have no "here" at all: that is asked of the set of their words)
    return _dateline(state)


def _dateline_record(state: ExtractionState) -> int | None:
    """The index of the place record of the article's dateline, made when the gazetteer gave none."""
    span = dateline_place(state)
    if span is None:
        return None
    start, end = span
    known = next((i for i, p in enumerate(state.places) if p.start == start and p.city), None)
    if known is not None:
        return known
    text = state.text[start:end]
    name = text.title() if text.isupper() else text  # "PUTRAJAYA": the city as it is spelled
    info = next(iter(lexical(state.resources).places.lookup(name)), None)
    city = info.city if info is not None and info.kind == "venue" else (info.name if info is not None else name)
    state.places.append(PlaceRecord(start, end, text, city=city, country=info.country if info else None))
    return len(state.places) - 1


def _speech_clause(view: SentenceView, k: int, end: int) -> int:
    """The comma that opens a participle clause of speech after token *k* and before token *end*
    (", urging him to avoid an operation in Rafah", ", saying talks in Doha had stalled"): the places
    of that clause are not where the meeting was. *end* when there is none.
    """
    for r in view.reporting:
        j = r.first - 1
        if k <= j < end and view.token_list[j].text == "," and view.word(r.first).endswith("ing"):
            return j
    return end


def _names_the_meeting(view: SentenceView, place_end: int, m: Match[Entry]) -> bool:
    """True when the place ending at offset *place_end* modifies meeting noun *m* ("the Hanoi
    summit", "the Geneva talks", "the Alaska summit").
    """
    if m.payload.get("pos") != "noun":
        return False
    after = view.token_index(place_end - 1) + 1
    return after == m.first or (after < m.first and _skip_modifiers(view, m.first - 1) < after)


def _journey_purpose(view: SentenceView, place_end: int, m: Match[Entry]) -> bool:
    """True when the place ending at offset *place_end* is where a journey goes to hold meeting
    word *m* ("a visit to Jordan to meet with Abbas", "flew to Moscow to hold talks"), maybe past a
    time ("invited Sybiha to Berlin in September for talks").
    """
    after = view.token_index(place_end - 1) + 1
    while after < m.first and (view.in_time(after) or (view.word(after) in {"in", "on"} and view.in_time(after + 1))):
        after += 1
    return view.word(after) in {"to", "for"} and after < m.first <= after + 3


_PLACE_PREPOSITIONS_UNKNOWN = frozenset({"in", "at"})
"""Prepositions before a place the gazetteer does not know."""
_HOST_PLACE_PREPOSITIONS = _PLACE_PREPOSITIONS_UNKNOWN | {"to"}
"""The same after a host's verb, which also receives its guest to a place ("welcomed Kim to …")."""


def _unknown_place(state: ExtractionState, view: SentenceView, m: Match[Entry], reach: int, stop: int) -> int | None:
    """A place the gazetteer does not know: "in Mahabalipuram", "at Qasr Al Hosn" right after the meeting
    or its parties (token *reach*), or past a phrase in lower case ("at his home in Wilmington"); a
    venue after "at" or when a venue word heads it ("at the Catshuis",
    "in the Vostochny Cosmodrome", "the Chateau de Rambouillet").
    """
    toks = view.token_list
    start = m.last if reach - m.last > _PLACE_AFTER_PARTIES else reach
    end = min(_clause_end(view, m.last - 1), stop, start + 8)
    # "welcomed Kim to the Vostochny Cosmodrome": a host receives a guest to a place
    prepositions = _HOST_PLACE_PREPOSITIONS if m.payload.get("role") == "host" else _PLACE_PREPOSITIONS_UNKNOWN
    for k in range(start, end):
        if view.word(k) not in prepositions or view.quoted[k] is not None:
            continue
        if view.word(k - 1) in view.lx.words("place_attractor"):
            continue  # "discussed the situation in West Asia" is not where they spoke
        j = k + 1
        if view.word(j) == "the":
            j += 1
        town = False
        name = j
        while j < len(toks) and j < name + 2 and toks[j].is_cap and toks[j].is_word:
            j += 1  # "in the Amazon border town of Leticia": a name before the place's kind
        if not _modifies_place(view, j):
            j = name
        for h in range(j, min(j + 3, len(toks))):
            if not toks[h].text.islower():
                break
            if view.word(h) in view.lx.words("place_head") and view.word(h + 1) == "of":
                j, town = h + 2, True  # "in the (border) town of Rosso": a town, however unknown
                break
        first = j
        while j < len(toks) and toks[j].is_word and (toks[j].is_cap or _place_particle(view, j, first)):
            if toks[j].text in view.lx.calendar_words or not _unnamed(state, view.owner[j]):
                break
            j += 1
        if j > first and j - first <= _UNKNOWN_PLACE_WORDS and toks[j - 1].is_cap:
            city = _city_after(state, view, j)
            if city is not None:
                return city  # "at State House, Nairobi": the city, which the guidelines put before a venue
            text = state.text[toks[first].start : toks[j - 1].end]
            # "at the Catshuis", "in the Vostochny Cosmodrome": a building; "in Mahabalipuram": a town
            venue = not town and (
                view.word(k) == "at" or any(view.lx.heads.get(view.word(h)) == "venue" for h in (first, j - 1))
            )
            state.places.append(
                PlaceRecord(
                    toks[first].start,
                    toks[j - 1].end,
                    text,
                    venue=text if venue else None,
                    city=None if venue else text,
                )
            )
            return len(state.places) - 1
    return None


def _city_after(state: ExtractionState, view: SentenceView, j: int) -> int | None:
    """The known city right after the comma at token *j* ("State House, Nairobi"), if any; not a region."""
    if view.word(j) != "," or j + 1 >= len(view.toks):
        return None
    start = view.token_list[j + 1].start
    starts = _place_starts(state)
    at = bisect.bisect_left(starts, start)
    found = at if at < len(starts) and starts[at] == start and state.places[at].city else None
    if found is None or not any(info.kind == "city" for info in view.lx.places.lookup(state.places[found].text)):
        return None  # "in Mahabalipuram, Tamil Nadu": a region after the town does not replace it
    return found


_PLACE_AFTER_PARTIES = 12
"""How many tokens of parties after a meeting word an unknown place may follow."""
_UNKNOWN_PLACE_WORDS = 4
"""The most words a place the gazetteer does not know may have."""


def _place_particle(view: SentenceView, j: int, first: int) -> bool:
    """A lower-case particle inside a place's name ("Chateau de Rambouillet") after its first word."""
    return (
        j > first
        and view.token_list[j].text in view.lx.name_particles
        and view.toks[j + 1 : j + 2] != []
        and view.token_list[j + 1].is_cap
    )


def _unnamed(state: ExtractionState, owner: int | None) -> bool:
    """True when a token belongs to no mention, or only to a lone capitalised run that named no one."""
    if owner is None:
        return True
    mention = state.mentions[owner]
    return mention.kind is _PERSON and mention.entity is None and not mention.strong


def _combine_place(state: ExtractionState, index: int) -> int:
    """ "the Great Hall of the People in Beijing", "Bali, Indonesia": venue, city and country as one place."""
    p = state.places[index]
    if index + 1 < len(state.places):
        q = state.places[index + 1]
        between = state.text[p.end : q.start].strip()
        if between in {",", "in", "of", ", in"} and q.start - p.end <= 6:
            if p.venue and not q.venue:
                p.city = q.city or p.city
                p.country = q.country or p.country
            elif q.city is None and q.country:
                p.country = p.country or q.country
    return index


def _group_numbers(resources: Resources) -> dict[str, int]:
    """The number words of the lexicons by their value ("three": 3), built once per extractor."""
    return {
        fold(e.text): int(value)
        for e in resources.lexicon("numbers")
        if e.get("kind") == "unit" and (value := e.get("value") or "").isdigit()
    }


class _Resolver:
    """Turns party mentions into entities, others and pronoun mentions for one article."""

    def __init__(self, state: ExtractionState) -> None:
        self.state = state
        self.drafts: list[MeetingDraft] = []
        self.people_seen: list[tuple[int, int, int]] = []
        """(sentence, offset, entity) of person mentions outside quotations, in text order."""
        self._holders: dict[str, _Holders] = {}
        """Office named by a group ("minister") -> the people whose title ends with it."""

    def see(self, view: SentenceView) -> None:
        mentions, entities, owner, quoted = self.state.mentions, self.state.entities, view.owner, view.quoted
        # (token, start, entity) of the unquoted tokens of the sentence's people, in token order: only the
        # mentions that own tokens (view.span_of) are read, and only their own token ranges
        tokens: list[tuple[int, int, int]] = []
        for mi, (first, stop) in view.span_of.items():
            m = mentions[mi]
            entity = m.entity
            if entity is None or entities[entity].kind is not _PERSON_PARTICIPANT:
                continue
            size = stop - first
            if owner[first:stop].count(mi) == size and quoted[first:stop].count(None) == size:
                tokens.append((first, m.start, entity))  # the usual case, one run of tokens: its first stands for all
            else:
                tokens.extend((k, m.start, entity) for k in range(first, stop) if owner[k] == mi and quoted[k] is None)
        tokens.sort()
        for _k, start, entity in tokens:
            if self.people_seen and self.people_seen[-1][1] == start:
                continue
            self.people_seen.append((view.index, start, entity))

    def _office(self, group: MentionRecord | None) -> Callable[[int], bool] | None:
        """Whether a person may be one of the holders of the office a group names ("the two presidents": a
        President, or someone with no title of another office); None for a group that names no office ("the
        two leaders").
        """
        words = group.text.split() if group is not None else []
        lx = lexical(self.state.resources)
        offices = lx.group_nouns.lookup(words[-1]) if words else []
        head = next((fold(office) for e in offices if (office := e.get("office"))), "")
        # "the two defence ministers": the office's own words, not "the", "two" or a country ("Chinese")
        kinds = tuple(fold(w) for w in words[:-1] if w.isalpha() and w.islower() and fold(w) not in lx.function_words)

        # "the two foreign ministers" are also an External Affairs Minister: the office's category
        title = next(iter(lx.titles.lookup(" ".join((*kinds, head)))), None) if kinds else None
        category = title.category.split("|")[0] if title is not None and "descriptor" not in title.category else ""

        def holds(entity: int) -> bool:
            e = self.state.entities[entity]
            if category and e.kind is _PERSON_PARTICIPANT and category in (e.title_category or "").split("|"):
                return True  # "the two prime ministers": a Premier too, whose title is of the same office
            title_words = fold(e.title or "").split()
            return entity in self._holding(head).members and all(k in title_words for k in kinds)

        def fits(entity: int) -> bool:
            # no title of another office: "his counterpart" or an untitled name may hold it too
            e = self.state.entities[entity]
            return holds(entity) or not e.title or e.title_category == "descriptor"

        # when no one holds the office, the people of another office are not its holders either ("the two
        # presidents" are not a Secretary of State and a Foreign Minister); an untitled name may be
        return fits if head else None

    def _of_rank(self, group: MentionRecord | None) -> Callable[[int], bool] | None:
        """Whether a person may be one of the group a noun of rank with no office of its own names ("the
        leaders": a head of state or government, or someone with no title of another rank); None for a group
        whose noun names no rank.
        """
        words = group.text.split() if group is not None else []
        nouns = lexical(self.state.resources).group_nouns.lookup(words[-1]) if words else []
        ranks = next((frozenset(ranks) for e in nouns if (ranks := e.values("holds"))), frozenset())
        if not ranks:
            return None
        entities = self.state.entities

        def of_rank(entity: int) -> bool:
            e = entities[entity]
            category = e.title_category or ""
            return not e.title or category == "descriptor" or not ranks.isdisjoint(category.split("|"))

        return of_rank

    def names_office(self, group: MentionRecord) -> bool:
        """Whether *group* names an office of its own ("the two presidents", not "the two leaders")."""
        return group.kind is _GROUP and self._office(group) is not None

    def _holding(self, head: str) -> _Holders:
        """The people whose title ends with the office *head* ("minister"), found once per office and article
        (the people's titles are settled by now).
        """
        found = self._holders.get(head)
        if found is None:
            found = self._holders[head] = _Holders()
            for e, entity in enumerate(self.state.entities):
                title = entity.title
                if entity.kind is _PERSON_PARTICIPANT and title and fold(title.split()[-1]) == head:
                    found.members.add(e)
                    found.words.update(fold(title).split())
                    if entity.country:
                        found.by_country.setdefault(entity.country, []).append(e)
        return found

    def _ranked(self, ranks: tuple[str, ...]) -> _Holders:
        """The people whose title is of one of the categories *ranks* ("head_of_state" of a President, a
        King), or a generic title that refers to one ("North Korean leader Kim Jong Un"), found once per
        article.
        """
        key = "|".join(ranks)
        found = self._holders.get(key)
        if found is None:
            found = self._holders[key] = _Holders()
            titles = lexical(self.state.resources).titles
            for e, entity in enumerate(self.state.entities):
                if entity.kind is not _PERSON_PARTICIPANT or not entity.title or not entity.country:
                    continue
                categories = set((entity.title_category or "").split("|"))
                if "descriptor" in categories:
                    categories.update(r for t in titles.lookup(entity.title) for r in t.refers)
                if not categories.isdisjoint(ranks):
                    found.members.add(e)
                    found.by_country.setdefault(entity.country, []).append(e)
        return found

    def pair(
        self,
        sentence: int,
        before: int,
        view: SentenceView | None = None,
        group: MentionRecord | None = None,
        besides: frozenset[int] = frozenset(),
        *,
        earlier: bool = False,
    ) -> list[int]:
        """The parties "they" / "the two leaders" refer to: the people just named, or the last meeting's
        (of the office the group names, when someone holds it: "the two presidents"). The people named as the
        other side of the same meeting (*besides*: "X held a trilateral meeting with the two ministers") are
        not among the group's.
        """
        office = self._office(group)
        fits = office or (lambda _entity: True)
        current: list[int] = []
        reporters: set[int] = set(besides)
        if view is not None:
            reporters |= self._reporters(view, before)
            for k, mi in enumerate(view.owner):
                if mi is None or view.quoted[k] is not None or view.token_list[k].start >= before:
                    continue
                m = self.state.mentions[mi]
                if (
                    m.kind is _PERSON
                    and m.entity is not None
                    and m.entity not in current
                    and m.entity not in reporters
                    and fits(m.entity)
                ):
                    current.append(m.entity)
        count = self._count(group)
        if count == 2 and len(current) == 1 and view is not None:
            # "Pistorius said he would not meet Hegseth … but that the two had spoken by phone": the speaker, whom
            # a pronoun of his own words names, is one of the two
            speaker = self._speaker_named_in_words(view, before, reporters)
            if speaker is not None and speaker != current[0]:
                current.insert(0, speaker)
        if count > 2:
            # "the three foreign ministers": the people of the last few meetings, when they are that many
            for d in reversed(self.drafts[-_PAIR_DRAFTS:]):
                if sentence - d.sentence > _GROUP_SENTENCES:
                    break
                current += [p for p in d.participants if p not in current and p not in reporters and fits(p)]
            if len(current) == count:
                return current
            # "the three ministers were received by …" later in the article: the last meeting of that many
            return self._last_of(count, fits)
        if len(current) > 2 and group is None and self.drafts:
            last = self.drafts[-1]
            if last.sentence == sentence and len(last.participants) > 2 and set(last.participants) <= set(current):
                # "Merz, Macron, Starmer and Tusk met Zelenskyy …, where they held a call with Trump": all of them
                return list(last.participants)
        if len(current) >= 2:
            return current[-2:]
        ranked = self._of_rank(group) if office is None else None
        for d in reversed(self.drafts[-_PAIR_DRAFTS:]):
            if sentence - d.sentence > 4:
                break
            if len(d.participants) >= 2 and all(fits(p) for p in d.participants):
                if ranked is None or all(map(ranked, d.participants)):
                    return list(d.participants)
                continue  # "The leaders last met in June": not the minister who received one of them since
            if office is None and ranked is None:
                break  # "the two sides": the last meeting's, or the people just named
        out: list[int] = list(current)
        for si, offset, entity in reversed(self.people_seen):
            if offset >= before:
                continue
            if sentence - si > 2:
                break
            if entity not in out and entity not in reporters and fits(entity):
                out.append(entity)
            if len(out) == 2:
                return out[::-1]
        # "They had last met on February 16": "they" needs an antecedent, the pair last told; a group noun
        # ("the first time the leaders have met since …") may speak of leaders in general
        if group is None:
            return self._last_pair(sentence, before, fits, reporters)
        # "the two ministers, who last met in Melbourne" many sentences after their call: a group of an office
        # that an earlier meeting is told of is the last meeting of as many holders of it
        return self._last_of(count, fits) if office is not None and earlier else []

    def _speaker_named_in_words(self, view: SentenceView, before: int, reporters: set[int]) -> int | None:
        """The one speaker of the sentence whom a pronoun before offset *before* names ("he would not meet …"), or
        None.
        """
        found = {
            m.entity
            for k, mi in enumerate(view.owner)
            if mi is not None
            and view.token_list[k].start < before
            and (m := self.state.mentions[mi]).kind is _PRONOUN
            and m.entity in reporters
        }
        return found.pop() if len(found) == 1 else None

    def _last_of(self, count: int, fits: Callable[[int], bool]) -> list[int]:
        """The participants of the last meeting (of the last :data:`_COUNTED_DRAFTS`) with *count* people who all
        fit, or none.
        """
        return next(
            (
                list(d.participants)
                for d in reversed(self.drafts[-_COUNTED_DRAFTS:])
                if len(d.participants) == count and all(fits(p) for p in d.participants)
            ),
            [],
        )

    def _last_pair(self, sentence: int, before: int, fits: Callable[[int], bool], reporters: set[int]) -> list[int]:
        """ "They had last met on February 16" several sentences after the talks of two people: that meeting's
        two, when no one else has been named since it (a bound on how far back: :data:`_LAST_PAIR_SENTENCES`).
        """
        last = self.drafts[-1] if self.drafts else None  # the meeting last told, not one before it
        if last is None or sentence - last.sentence > _LAST_PAIR_SENTENCES or len(last.participants) != 2:
            return []
        if not all(fits(p) for p in last.participants):
            return []
        for looked, (si, offset, entity) in enumerate(reversed(self.people_seen)):
            if si < last.sentence:
                break
            if looked >= _LAST_PAIR_PEOPLE:
                return []  # many people named since (and a bound on any input)
            if offset < before and entity not in last.participants and entity not in reporters:
                return []  # someone else named since: "they" may be them
        return list(last.participants)

    def _count(self, group: MentionRecord | None) -> int:
        """How many people a group counts ("the three foreign ministers": 3); 2 for "both", "they" and a
        group with no number.
        """
        numbers = self.state.resources.get("meetings.group_numbers", _group_numbers)
        words = group.text.split() if group is not None else []
        return next((n for w in words[:3] if 2 < (n := numbers.get(fold(w), 0)) <= _GROUP_MOST), 2)

    def _holders_of(self, view: SentenceView, group: MentionRecord) -> list[int]:
        """The people who hold the office a group names for each of its countries ("the foreign ministers of
        Greece and Turkey": the Foreign Minister of each), when the article names exactly one per country.
        """
        state = self.state
        lx = lexical(state.resources)
        toks = view.toks
        first, last = group.first_token, group.last_token
        if first < 0 or last > len(toks):
            return []
        noun = next(
            (k for k in range(first, min(last, first + _HOLDER_WORDS)) if lx.group_nouns.lookup(toks[k].text)), -1
        )
        if noun < 0:
            return []
        nouns = lx.group_nouns.lookup(toks[noun].text)
        head = next((fold(office) for e in nouns if (office := e.get("office"))), "")
        # "the leaders of France and Germany": no office of its own, but the ranks of the leaders of states
        ranks = next((tuple(ranks) for e in nouns if (ranks := e.values("holds"))), ())
        if not head and not ranks:
            return []
        # "foreign" of "the foreign ministers of …": the words of the group before its noun
        kinds = [
            view.word(k)
            for k in range(first, noun)
            if toks[k].text.isalpha() and toks[k].text.islower() and view.word(k) not in lx.function_words
        ]
        # the group's countries are no mentions of their own ("officials from the US and Russia")
        countries = list(dict.fromkeys(c.payload.country for c in lx.countries.find_all(toks, first, last)))
        if not 2 <= len(countries) <= _HOLDER_COUNTRIES:
            return []
        holders = self._holding(head).by_country if head else self._ranked(ranks).by_country
        out: list[int] = []
        for country in countries:
            found = [
                e
                for e in holders.get(country, [])[:_HOLDERS_PER_COUNTRY]
                if all(kind in fold(state.entities[e].title or "").split() for kind in kinds)
            ]
            if len(found) != 1:
                return []
            out.append(found[0])
        return out

    def _reporters(self, view: SentenceView, before: int) -> set[int]:
        """The people who report the words a pair is named in ("…, with Peskov adding that the two leaders
        would hold talks"): the speaker is not one of the two.
        """
        out: set[int] = set()
        for vm in view.reporting:
            if view.token_list[vm.first].start >= before:
                break
            for mi in view.subject_before(vm.first):
                entity = self.state.mentions[mi].entity
                if entity is not None:
                    out.add(entity)
        return out

    def expand(
        self,
        ids: Sequence[int],
        sentence: int,
        before: int,
        view: SentenceView | None = None,
        *,
        earlier: bool = False,
        visit: bool = False,
    ) -> tuple[list[int], list[str], list[int]]:
        """The people, the other parties (as names) and the pronouns behind mentions *ids*. A capital or seat of
        power that acts is named as written ("Moscow and Washington would start consultations"); one visited, or
        arrived in, stands for its country, the host ("would visit Washington", "arrived in Pyongyang").
        """
        persons: list[int] = []
        others: list[str] = []
        pronouns: list[int] = []
        named = frozenset(
            m.entity for m in map(self.state.mentions.__getitem__, ids) if m.kind is _PERSON and m.entity is not None
        )
        for mi in ids:
            m = self.state.mentions[mi]
            if m.kind is _PRONOUN:
                if m.entity is not None and m.gender in ("m", "f"):
                    persons.append(m.entity)
                    pronouns.append(mi)
                elif m.gender == "u":
                    persons.extend(self.pair(sentence, before, view))
                continue
            if m.kind is _GROUP:
                pair = self.pair(sentence, before, view, m, named, earlier=earlier) if m.key == "pair" else []
                if not pair and view is not None:
                    pair = self._holders_of(view, m)  # "the foreign ministers of Greece and Turkey"
                if pair:
                    persons.extend(pair)
                else:
                    words = m.text.split()
                    others.append(" ".join(words[1:]) if words[0].lower() == "the" else m.text)
                continue
            if m.entity is None:
                if m.kind is _DESCRIPTION:
                    others.append(m.text)  # "Iraq's national security advisor": unnamed, but a party
                continue
            e = self.state.entities[m.entity]
            if e.kind is _PERSON_PARTICIPANT:
                persons.append(m.entity)
            else:
                host = e.kind is ParticipantKind.COUNTRY and (visit or _destination(view, mi))
                others.append(e.country if host and e.country else e.name)
        return list(dict.fromkeys(persons)), list(dict.fromkeys(others)), pronouns


_GROUP_MOST = 6
"""The largest group of people a number word counts back to ("the six leaders")."""

_GROUP_SENTENCES = 6
"""How many sentences back the meetings of a counted group ("the three ministers") are looked for."""

_HOLDER_COUNTRIES = 4
"""Most countries of a group whose office holders are its people ("the ministers of A, B and C")."""

_HOLDERS_PER_COUNTRY = 16
"""Most holders of one office for one country looked through for the one a group's words name."""

_HOLDER_WORDS = 3
"""Tokens of a group looked at for its office noun ("ministers" of "ministers of Greece and Turkey")."""


@attrs.define
class _Holders:
    """The holders of one office in an article."""

    members: set[int] = attrs.field(factory=set)
    """Their entities."""
    words: set[str] = attrs.field(factory=set)
    """The words of their titles ("defence" of "Defence Minister")."""
    by_country: dict[str, list[int]] = attrs.field(factory=dict)
    """Country -> the holders of the office for it."""


_PAIR_DRAFTS = 4
"""Most recent meetings looked through for the pair a group of an office names ("the two presidents")."""

_COUNTED_DRAFTS = 12
"""Most recent meetings looked through for the one of as many people as a counted group ("the three
ministers") when the meetings of the last sentences do not count them."""

_LAST_PAIR_SENTENCES = 12
"""Most sentences back to the meeting of two people "they" refers to when no one else was named since."""

_LAST_PAIR_PEOPLE = 32
"""Most mentions of people since that meeting looked through for someone else."""


def meetings(state: ExtractionState) -> None:
    """Find meetings (``state.meetings``)."""
    cue_gazetteer = verbs(state.resources).status
    resolver = _Resolver(state)
    time_spans = [(t.start, t.end) for t in state.times]
    speakers = _quote_speakers(state)
    shifts = lexical(state.resources).words("time_shift")
    # a shift ("two hours earlier") keeps its place in the list but can never be chosen
    duration_spans = [
        (d.start, d.end) if _next_word(state.text, d.end) not in shifts else (d.start, len(state.text) + 1)
        for d in state.durations
    ]
    story_days = [(t.start, t.end) for t in state.times if t.kind is _STORY_DAY]
    for si in range(len(state.sentences)):
        view = sentence_view(state, si)
        if view.meeting:
            # a capitalised cue inside a sentence is a name or a month ("the May 8 meeting"), not a modal
            cues = [
                c
                for c in cue_gazetteer.find_all(view.toks)
                if (c.first == 0 or not view.token_list[c.first].text[0].isupper())
                and not inside(story_days, view.token_list[c.first].start)  # "the next day he met": no plan
            ]
            active: list[tuple[Match[Entry], int | None]] = []
            for m in view.meeting:
                # outside quotations; inside one, the speaker's own meeting ("“I met Xi,” Biden said") or one whose
                # parties are all named there
                quoted = view.speech(m.first) is not None
                speaker = _first_person(view, m, speakers) if quoted else None
                named = quoted and speaker is None and _named_in_quote(view, m)  # "“Trump and Kim met …”"
                if (
                    (not quoted or named or speaker is not None)
                    and not _skip(view, m)
                    and _part_of_speech_fits(view, m)
                ):
                    active.append((m, speaker))
            triggers = [view.token_list[m.first].start for m, _speaker in active]
            for match, speaker in active:
                _candidate(state, view, match, cues, resolver, time_spans, duration_spans, triggers, speaker)
                _attendees(view, match, resolver)
        _arrivals(state, view, resolver)
        resolver.see(view)
    merged = _merge(state, _split_ranges(state, resolver.drafts))
    _infer_dates(state, merged)
    _infer_places(merged)
    _cities_of_countries(state, merged)
    _places_from_dateline(state, merged)
    for d in merged:
        if d.kind is _CALL:
            d.place = None  # a call takes place nowhere: a place in its sentence is what the parties talked about
    state.meetings = merged


_LEADER_REACH = 8
"""Most tokens of a group's name between a meeting word and the "led by" that names its leader."""


def _office_group(m: MentionRecord) -> bool:
    """A group that is no pair ("the foreign ministers of Greece and Turkey", not "the two delegations")."""
    return m.kind is _GROUP and m.key != "pair"


def _leaders(view: SentenceView, k: int) -> list[int]:
    """The people named as leading the group a meeting word at token *k* takes as its party ("met the
    government delegation, led by Deputy Foreign Minister X", "received a delegation headed by Z"): they take
    part in the meeting. A named organisation just before "led by" is what they lead ("representatives of
    the RSF, led by General Dagalo").
    """
    if "by" not in view.toks.folded[1]:
        return []  # (most sentences: no "led by" to look for)
    leading = view.lx.words("leading_participle")
    for j in range(k, min(len(view.toks), k + _LEADER_REACH)):
        if view.word(j) in leading and view.word(j + 1) == "by":
            before = j - 2 if view.token_list[j - 1].text == "," else j - 1
            o = view.owner[before]
            if o is not None and (view.state.mentions[o].kind is not _GROUP or view.token_list[before].is_cap):
                return []  # "representatives of the RSF, led by General Dagalo": he leads the RSF, not the group
            found = [x for x in view.party_after(j + 2, skip=view.lx.words("determiner")) if _person(view, x)]
            return found or _described_leader(view, j + 2)
        if (
            view.token_list[j].text in {".", ";", ":"}
            or ((o := view.owner[j]) is not None and _person(view, o))
            or view.quoted[j] != view.quoted[k]
        ):
            break
    return []


def _members(view: SentenceView, k: int) -> list[int]:
    """The people named after "including" within a few tokens of a group that ends at token *k* ("met a
    delegation of U.S. senators in Kyiv on Friday, including Lindsey Graham and Richard Blumenthal"): members of
    the group, who take part in the meeting. Nothing past a verb or another person.
    """
    inclusion = view.lx.words("inclusion")
    if view.toks.folded[1].isdisjoint(inclusion):
        return []  # (most sentences: no "including" to look for)
    for j in range(k, min(len(view.toks) - 1, k + _LEADER_REACH)):
        word = view.word(j)
        if word in inclusion:
            return [x for x in view.party_after(j + 1, skip=view.lx.words("determiner")) if _person(view, x)]
        if (
            view.token_list[j].text in {".", ";", ":"}
            or word in view.lx.verb_words
            or ((o := view.owner[j]) is not None and _person(view, o))
            or view.quoted[j] != view.quoted[k - 1]
        ):
            break
    return []


def _companions(view: SentenceView, a: int, b: int) -> list[int]:
    """The people of an aside that opens with a participle of company right after the subject ending at token
    *a*, closed before token *b* ("Macron, accompanied by von der Leyen, held talks", "Blinken, joined by
    Austin, met …"): they take part with the subject.
    """
    if view.word(a) != "," or view.word(a + 1) not in view.lx.words("companion_participle") or view.word(a + 2) != "by":
        return []
    close = next((j for j in range(a + 3, b) if view.token_list[j].text == ","), None)
    if close is None:
        return []
    found = view.party_after(a + 3, skip=view.lx.words("determiner"))
    return [x for x in found if _person(view, x) and view.start_of([x]) < close]


def _described_leader(view: SentenceView, k: int) -> list[int]:
    """The person named in apposition after an office the lexicons do not read as one, from token *k* on
    ("headed by the Taliban administration's defence minister, Mullah Nurullah Akhund"): the first person
    after a comma within a few tokens, with no verb before it; else [].
    """
    for j in range(k, min(len(view.toks) - 1, k + _LEADER_NAME_REACH)):
        if view.word(j) in view.lx.verb_words or view.token_list[j].text in {".", ";", ":"}:
            return []
        if view.token_list[j].text == "," and (mi := view.owner[j + 1]) is not None:
            return [mi] if _person(view, mi) else []
    return []


_LEADER_NAME_REACH = 10
"""Most tokens from "led by" to the comma before the leader's name in apposition."""


def _quote_speakers(state: ExtractionState) -> dict[int, int]:
    """Quotation index -> the mention of its attributed speaker, for quotations a person speaks."""
    out: dict[int, int] = {}
    for st in state.statements:
        if (
            st.quote is not None
            and st.speaker_mention is not None
            and st.speaker is not None
            and state.entities[st.speaker].kind is _PERSON_PARTICIPANT
        ):
            out.setdefault(st.quote, st.speaker_mention)
    return out


def _named_in_quote(view: SentenceView, m: Match[Entry]) -> bool:
    """Whether a quoted meeting word has named people on both sides, all inside its quotation ("“President Trump
    of the United States and Chairman Kim Jong Un … had very good and constructive meetings in Hanoi”").
    """
    f = _frame(view, m)
    qi = view.quoted[m.first]
    sides = f.side_a + f.side_b
    people = [x for x in sides if _person(view, x)]
    return (
        f.explicit
        and len(people) >= 2
        and len(people) == len(sides)
        and all(view.quoted[view.start_of([x])] == qi for x in people)
    )


_FIRST_PERSON_REACH = 3
"""Most words (adverbs, auxiliaries) between "I" / "we" and the meeting verb ("I have also met")."""


def _first_person(view: SentenceView, m: Match[Entry], speakers: dict[int, int]) -> int | None:
    """The speaker's mention when a quoted meeting word is the speaker's own act ("I met", "we held talks",
    "I had a useful meeting"), else None.
    """
    qi = view.quoted[m.first]
    speaker = speakers.get(qi) if qi is not None else None
    if speaker is None:
        return None
    k = m.first
    if m.payload.get("pos") == "noun":
        light = _light_verb(view, m.first)
        if light is None:
            return None
        k = light
    between = view.lx.words("between_subject_verb")
    j = k - 1
    while j >= 0 and j >= k - _FIRST_PERSON_REACH and view.word(j) in between and view.quoted[j] == qi:
        j -= 1
    if j < 0 or view.quoted[j] != qi or view.word(j) not in view.lx.words("first_person"):
        return None
    return speaker


_DATELINE_DAYS = 2
"""How many days before publication a held meeting with no place may be placed at the dateline."""


def _places_from_dateline(state: ExtractionState, drafts: list[MeetingDraft]) -> None:
    """Place meetings (not calls) around the dispatch where the story is filed from.

    * a held meeting of the day of the dispatch (or the two days before) that names no place:
      "SINGAPORE, Mar 23 (PTI) - … called on Prime Minister Lee", "NEW YORK (Reuters) - Araqchi met his
      European counterparts on Tuesday" (a named party and unnamed ones; not a visit, whose others are where it
      goes);
    * a meeting within a week of it at a venue the gazetteer does not place ("at the Presidential
      Villa", "at the Shangri-La Hotel"): the venue, in the dateline's city.
    """
    if state.published is None:
        return
    for d in drafts:
        day = d.date[0] if d.date and d.date[1] is _DAY else None
        if d.kind is _CALL or day is None:
            continue  # a call takes place nowhere in particular
        days = (state.published - day).days
        if d.place is None:
            parties = len(d.participants) + (len(d.others) if d.kind is not _VISIT else 0)
            if d.status is _HELD and parties > 1 and d.participants and 0 <= days <= _DATELINE_DAYS:
                d.place = _dateline(state)
            continue
        place = state.places[d.place]
        if place.venue and not place.city and abs(days) <= _VENUE_DAYS:
            found = _dateline(state)
            city = state.places[found] if found is not None else None
            if city is not None and city.city:
                state.places.append(attrs.evolve(place, city=city.city, country=city.country))
                d.place = len(state.places) - 1


def _dateline(state: ExtractionState) -> int | None:
    """The index of the dateline's place record, made once per article (None without a dateline)."""
    found: list[int | None] = state.cached("meetings.dateline", lambda: [_dateline_record(state)])
    return found[0]


_VENUE_DAYS = 7
"""How many days from publication a meeting at a venue of no known city may be placed in the dateline's city."""


def _cities_of_countries(state: ExtractionState, drafts: list[MeetingDraft]) -> None:
    """ "the summit … in Switzerland" in an article whose only Swiss city is Geneva: Geneva.

    A visit to a country takes place in the country ("is expected to visit the United States", in a story filed
    from Washington), unless the words telling it name the city ("arrived in Canberra … for a visit to
    Australia"; not "will visit Albania …, the first … since Tirana split with Moscow").
    """
    cities: dict[str, dict[str, list[int]]] = {}
    for i, p in enumerate(state.places):
        if p.city and p.country and not p.venue:
            cities.setdefault(p.country, {}).setdefault(p.city, []).append(i)
    for d in drafts:
        if d.place is None:
            continue
        place = state.places[d.place]
        if place.city is None and place.venue is None and place.country:
            found = cities.get(place.country, {})
            if d.kind is _VISIT:
                found = {
                    city: own
                    for city, mentions in found.items()
                    if (own := [i for i in mentions if _within(state.places[i], d.evidence)])
                }
            if len(found) == 1:
                d.place = next(iter(found.values()))[0]


def _within(place: PlaceRecord, spans: list[tuple[int, int]]) -> bool:
    """Whether the place is named inside one of the spans."""
    return any(a <= place.start and place.end <= b for a, b in spans)


def _infer_dates(state: ExtractionState, drafts: list[MeetingDraft]) -> None:
    """A held meeting the text does not date takes a recent day from a sentence naming all its
    people ("Xi told his US counterpart Joe Biden Monday that …").
    """
    if state.published is None:
        return
    skip = lexical(state.resources).words("not_a_meeting_date")
    quoted = sorted((q.start, q.end) for q in state.quotes if q.depth == 0)
    quote_starts = [a for a, _b in quoted]

    def in_quote(offset: int) -> bool:
        i = bisect.bisect_right(quote_starts, offset) - 1
        return i >= 0 and quoted[i][0] <= offset < quoted[i][1]

    undated = [d for d in drafts if d.status is _HELD and len(d.participants) >= 2 and not (d.date and d.date[0])]
    if not undated:
        return
    sentences_of: dict[int, set[int]] = {}
    for si, mention_ids in enumerate(sentence_mentions(state)):
        for mi in mention_ids:
            m = state.mentions[mi]
            if m.entity is not None and not in_quote(m.start):
                sentences_of.setdefault(m.entity, set()).add(si)
    time_starts = [t.start for t in state.times]
    for d in undated:
        common = set.intersection(*(sentences_of.get(p, set()) for p in d.participants))
        for si in sorted(common):
            s = state.sentences[si]
            for ti in range(bisect.bisect_left(time_starts, s.start), len(time_starts)):
                expr = state.times[ti]
                if expr.start >= s.end:
                    break
                if in_quote(expr.start):
                    continue
                if _word_before(state.text, expr.start) in skip:
                    continue
                value, precision = resolve(expr, state.published, future=False)
                if value and precision is _DAY and 0 <= (state.published - value).days <= 7:
                    d.time, d.date = ti, (value + _dt.timedelta(days=d.day_shift), precision)
                    break
            if d.date and d.date[0]:
                break


def _word_before(text: str, start: int) -> str:
    j = start
    while j > 0 and text[j - 1] == " ":
        j -= 1
    i = j
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    return text[i:j].lower()


def _with_protagonist(
    view: SentenceView,
    match: Match[Entry],
    resolver: _Resolver,
    persons: Sequence[int],
    status: MeetingStatus,
    kind: MeetingKind,
    evidence: tuple[int, int],
    duration: int | None,
) -> None:
    """ "Wang was reported to have said during the meeting", in a story whose meetings so far all
    include one person (Blinken on his trip): a meeting of that person with Wang, of the length the words
    give ("During the 90-minute meeting, Cho asked …").
    """
    if len(persons) != 1 or status is not _HELD or match.payload.get("pos") != "noun":
        return
    if view.word(_before_noun_phrase(view, match.first)) not in view.lx.words("within_meeting"):
        return
    earlier = [d for d in resolver.drafts if d.status is _HELD and (len(d.participants) > 1 or d.others)]
    if len(earlier) < 2:
        return
    common = set(earlier[0].participants).intersection(*(d.participants for d in earlier[1:]))
    if len(common) != 1 or persons[0] in common:
        return
    draft = MeetingDraft([*common, persons[0]], status, kind, evidence=[evidence], sentence=view.index)
    draft.duration = duration
    resolver.drafts.append(draft)


def _infer_places(drafts: list[MeetingDraft]) -> None:
    """A meeting with no place takes the place of a held meeting of the same trip: one of its
    people, within two days ("talks he had earlier today with Wang Yi" in Beijing, "they will
    continue their discussions on Friday").
    """
    placed: dict[int, list[MeetingDraft]] = {}
    for o in drafts:
        if o.place is not None and o.status is _HELD and o.date and o.date[0]:
            for person in o.participants:
                placed.setdefault(person, []).append(o)
    for d in drafts:
        if d.place is not None or not (d.date and d.date[0]):
            continue
        for o in (o for person in d.participants for o in placed.get(person, ())):
            if o is not d and o.date and o.date[0] and abs((o.date[0] - d.date[0]).days) <= 2:
                d.place = o.place
                break


def _candidate(
    state: ExtractionState,
    view: SentenceView,
    match: Match[Entry],
    cues: list[Match[Entry]],
    resolver: _Resolver,
    time_spans: Sequence[tuple[int, int]],
    duration_spans: Sequence[tuple[int, int]],
    triggers: Sequence[int],
    speaker: int | None = None,
) -> None:
    """Record the meeting one meeting word states (*speaker*: the mention of the person who says it, for a
    meeting word in a quotation whose subject is "I" or "we").
    """
    if "join" in match.payload.values("frame"):
        _joined(view, match, resolver)
        return
    if "sit_in" in match.payload.values("frame") or (
        "attend" in match.payload.values("frame")
        and match.payload.get("pos") == "verb"
        and (match.last >= len(view.toks) or view.word(match.last) in {",", ".", ";"})
    ):
        _sat_in(view, match, resolver)  # (a bare "attended": "Lammy and Barrot also attended, along with Kallas")
        return
    if match.payload.get("pos") == "noun" and _presided(view, match, resolver):
        return
    if match.payload.get("pos") == "verb" and _presides_over_told(view, match, resolver):
        return  # "Starmer and Macron co-chaired the virtual meeting": its noun adds them to the meeting just told
    if match.payload.get("pos") == "noun" and _joined_the_meeting(view, match, resolver):
        return
    if match.payload.get("pos") == "noun" and _share_of_the(view, match.first):
        return  # "will be joined by Macron for part of the meeting": a share of the meeting just told
    if _passive_without_agent(view, match) or view.judgement(match.first) is not None:
        return  # "Trump called Zelensky a dictator": a judgement, not a call
    if match.payload.get("lemma") == "speak" and _on_sourcing_terms(view, match.last):
        return  # "The officials spoke on condition of anonymity": terms for the press, not a call
    if _process_started(view, match):
        return  # "agreed to launch negotiations on a pact": a process, not a sitting
    f = _frame(view, match)
    if f.visit and f.side_a and not any(_person(view, x) for x in f.side_b):
        # "will pay a State Visit to the Maldives at the invitation of President Muizzu": the host
        host = _invitation_host(view, match.last)
        f.side_b += [x for x in host if x not in f.side_a + f.side_b]
        f.explicit = f.explicit or bool(host)
    if f.side_a and not any(_person(view, x) for x in f.side_a) and view.end_of(f.side_a) < match.first:
        # "The Pakistani delegation, led by Defence Minister X, held talks with …": the group's leader
        led = [x for x in _leaders(view, view.end_of(f.side_a)) if view.start_of([x]) < match.first]
        f.side_a = led or f.side_a
    if f.side_a and any(_person(view, x) for x in f.side_a) and view.end_of(f.side_a) < match.first:
        # "Macron, accompanied by von der Leyen, held talks with Xi": who came with the subject takes part
        f.side_a += [x for x in _companions(view, view.end_of(f.side_a), match.first) if x not in f.side_a + f.side_b]
    if not any(_person(view, x) for x in f.side_b):
        led = [x for x in _leaders(view, match.last) if x not in f.side_a + f.side_b]
        if not led and any(_office_group(state.mentions[x]) for x in f.side_b):
            # "met a delegation of U.S. senators in Kyiv on Friday, including Graham and Blumenthal": some of them
            led = [x for x in _members(view, view.end_of(f.side_b)) if x not in f.side_a + f.side_b]
        f.side_b += led
        # "The talks, led by A and B, were held in Bishkek": the people who led them are its parties
        f.explicit = f.explicit or (bool(f.side_a) and bool(f.side_b)) or (not f.side_a and len(led) > 1)
    if speaker is not None:
        # "“I spoke with Foreign Minister Wang Yi on Tuesday,” Wong said": the speaker and the named party
        f.side_a = [speaker]
        f.side_b = [x for x in f.side_b if state.mentions[x].kind is _PERSON]
        f.explicit = bool(f.side_b)
        if not f.explicit:
            return
    if "call_on" in match.payload.values("frame") and _urged(state, view, f):
        return
    if _counted(view, match, f):
        return  # "has met Xi only once since taking office", "have met several times": a summary
    if _appositive_noun(view, match) and any(d.sentence == view.index for d in resolver.drafts[-3:]):
        return  # "… will meet later on Monday, their first in-person talks since …": the same meeting
    status = _status(view, match, cues, triggers)
    if status is None:
        _retracted(view, match, cues, resolver)
        return
    trigger_start = view.token_list[match.first].start
    ids = f.side_a + [x for x in f.side_b if x not in f.side_a]
    earlier = _told_as_earlier(view, match)  # "the two ministers last met …"
    persons, others, pronouns = resolver.expand(ids, view.index, trigger_start, view, earlier=earlier, visit=f.visit)
    if (
        f.visit
        and persons
        and others
        and all(state.entities[p].country in others for p in persons)
        and not any(state.mentions[b].kind is _PERSON for b in f.side_b)
    ):
        return  # "President Lee will visit Seoul": a leader at home is no visitor
    if not persons and match.payload.get("pos") == "noun" and (pair := _named_pair(state, view, match)):
        persons, f.explicit = pair, True  # "weeks after the Trump-Putin summit in Alaska"
    if not f.explicit and len(persons) >= 2 and any(_office_group(state.mentions[i]) for i in ids):
        f.explicit = True  # "the foreign ministers of Greece and Turkey held talks": the office holders met
    facts_end = _facts_end(view, match)  # (where _place_for and _nearest look, found once)
    pi = _place_of_where_clause(state, view, match)
    if pi is None:
        pi = _place_for(state, view, match, ids, f.visit, triggers, facts_end)
    if pi is not None and _in_unnamed_object(view, match, f.side_b, state.places[pi].start):
        pi = None  # "to meet families of hostages held in Gaza and President Herzog": the hostages' place
    kind = _kind(match.payload)
    spoke = kind is _CALL and match.payload.get("lemma") in {"speak", "speak with", "speak to"}
    if spoke and (_in_person_after(view, match.last) or _spoken_at(state, view, match, pi)):
        kind = _MEETING  # "spoke with Trump on the sidelines of the summit", "spoke at a villa in Istanbul"
    elif kind is _MEETING and match.payload.get("pos") == "verb" and _by_phone(view, match.last):
        kind = _CALL  # "Lavrov and Wang discussed the situation in Ukraine by phone"
    not_dates = view.lx.words("not_a_meeting_date")
    ti = _nearest(time_spans, view, match, facts_end, skip_words=not_dates, triggers=triggers, dates=True)
    if ti is None:
        ti = _time_of_when_clause(view, match, time_spans)
    di = _nearest(duration_spans, view, match, facts_end)
    if di is not None and state.durations[di].minutes >= 24 * 60:
        di = None  # "a three-day visit": days are a trip's length, not a sitting's
    evidence = _evidence(view, match, ids)
    last = resolver.drafts[-1] if resolver.drafts else None
    if last is not None and persons and set(persons) <= set(last.participants) and _purpose_after(view, match, last):
        _add_facts(state, last, evidence, ti, di, pi)  # "met … with A and B to discuss the proposal": that meeting
        return
    if (
        last is not None
        and last.kind is not _VISIT
        and any(p not in last.participants for p in persons)
        and _purpose_of_last(view, match, triggers, last)
    ):
        # "will host Kishida in Seoul on May 26 for a trilateral summit with Li Qiang": one meeting
        last.participants.extend(p for p in persons if p not in last.participants)
        last.others.extend(o for o in others if o not in last.others)
        _add_facts(state, last, evidence, ti, di, pi)
        return
    group_meeting = not persons and (
        _between_group(view, match)
        or (len(f.side_a) >= 2 and len(others) >= 2 and not f.side_b)
        or _both_sides(view, ids)
        or _described_sides(state, f)
    )
    if not f.explicit or (not persons and not group_meeting) or (len(persons) < 2 and not others):
        # "the meeting lasted 35 minutes", "their talks": facts for the meeting just mentioned;
        # "with formal talks planned for tomorrow": another sitting of the same parties
        if last is not None and not persons:
            last = _meeting_of_teller(view, match, resolver, last, status)
            last = _call_told(view, match, resolver, last, kind)
        if last is not None and not persons and status is _HELD and _an_earlier_one(view, match):
            traveller = _traveller(resolver.drafts)
            if traveller is not None:
                # "A prior meeting of three hours had taken place": the traveller's earlier sitting
                draft = MeetingDraft([traveller], status, kind, evidence=[evidence], sentence=view.index)
                draft.duration, draft.place, draft.apart = di, pi, True
                if ti is not None:
                    _set_date(state, draft, ti)
                resolver.drafts.append(draft)
            return
        if last is None or view.index - last.sentence > 6 or (persons and not set(persons) <= set(last.participants)):
            _with_protagonist(view, match, resolver, persons, status, kind, evidence, di)
            return
        if not persons and _host_of_a_thing(view, match):
            return  # "said it had received the letter", "the letter had been received": a thing, not a guest
        if not persons and _earlier_event(view, match, last):
            return  # "his first visit since the two fell out over Nairobi's hosting of a meeting …": another event
        if not persons and _delegated(view, match):
            return  # "working-level talks would continue next month": officials below the parties just told
        if match.payload.get("pos") == "verb" and _unnamed_people_after(view, match.last):
            return  # "where he will meet local business leaders": people no one names, not the pair just told
        if not persons and any(resolver.names_office(state.mentions[i]) for i in ids):
            return  # "expected the two presidents to meet": not the foreign ministers just told
        # "Xi is also invited to travel to San Francisco", "The chancellor is due to attend a NATO summit": the
        # person's own trip or attendance, not another sitting of the meeting just told
        own_trip = (
            (f.visit or "attend" in match.payload.values("frame"))
            and bool(persons)
            and set(persons) != set(last.participants)
        )
        verb = match.payload.get("pos") == "verb"
        if (
            verb
            and last.sentence == view.index
            and view.word(match.first - 1) == "to"
            and not (ti is not None and _another_sitting(state, last, ti, status, verb=verb))
        ):
            # "met Wang on Sunday to discuss Taiwan": the purpose of the meeting just reported (but "met Biden on
            # Monday and agreed to meet again next year": another sitting)
            return
        if not verb and status is _HELD and last.status is _PLANNED:
            status = _predicate_status(view, match, cues, status)
        if _took_place(state, view, match, last, status, kind):
            # "… his intention to speak to Lavrov this week. … the call took place shortly after
            # noon": the call planned is the call held
            last.status = status
            _add_facts(state, last, evidence, ti, di, pi)
        elif (
            ti is not None
            and (verb or _attached(view, match, state.times[ti].start))
            and _another_sitting(state, last, ti, status, verb=verb)
        ):
            if own_trip:
                return
            draft = MeetingDraft(
                list(last.participants),
                status,
                kind,
                list(last.others),
                evidence=[evidence],
                sentence=view.index,
            )
            draft.place = pi
            _set_date(state, draft, ti)
            resolver.drafts.append(draft)
        elif last.status is status:
            if not verb and ti is not None and last.sentence < view.index and _another_sitting(state, last, ti, status):
                # "… later called on Sharif. The first trilateral meeting … was held in Baku in 2012": an
                # earlier sitting, not the one just reported
                return
            own = _relative_time(view, match, time_spans) if not verb and ti is None else None
            if own is not None and _another_sitting(state, last, own, status):
                return  # "During Lee's two-day trip, which begins on Sept. 23, …": not the meeting in June
            trip = kind is _VISIT and last.kind is not _VISIT
            _add_facts(state, last, evidence, ti, None if trip else di, pi)
        return
    if f.visit and not f.side_b:
        return  # "easier for their citizens to visit": no one is visited
    visitors = list(persons) if f.visit and others and len(persons) >= 1 and _only_places(state, f.side_b) else []
    groups: list[list[int]] = [[v] for v in visitors] if len(visitors) > 1 else [persons]
    one_by_one = _one_by_one(view, match, f, resolver)
    if one_by_one:
        groups = one_by_one  # "met separately with Netanyahu and Gallant": two meetings
    for group in groups:
        draft = MeetingDraft(
            group,
            status,
            kind,
            list(others),
            evidence=[evidence],
            sentence=view.index,
            role=f.role,
            pronouns=list(pronouns),
        )
        draft.place = pi
        draft.duration = di
        draft.day_shift = _day_shift(state, view, match)
        if ti is not None:
            _set_date(state, draft, ti, past=match.payload.get("tense") == "past")
        elif (occasion := _occasion_before(view, match, resolver) or _later_that_day(view, match, resolver, status)):
            draft.date, draft.time = occasion.date, occasion.time  # "Before the talks, Anwar met Li": that day
        elif draft.day_shift and (told := _told_subject(view, match, resolver)) is not None:
            # "The 90-minute meeting came two days after Lee hosted Trump": two days before the meeting told
            day = told.date[0] if told.date else None
            if day is not None:
                draft.date, draft.time = (day + _dt.timedelta(days=draft.day_shift), _DAY), told.time
        draft.event = "attend" in match.payload.values("frame") and not f.side_b  # not an invited guest
        draft.ahead = status is _PLANNED and _ahead(view, match, cues)
        draft.apart = (
            view.word(match.first).endswith("ing")  # "after meeting", "before visiting": a gerund
            and view.word(match.first - 1) in view.lx.words("sequence")
            and draft.date is not None
            and draft.date[0] is not None
        )
        draft.earlier = earlier
        resolver.drafts.append(draft)
    _gapped(state, view, match, f, resolver, status, kind)
    if len(groups) == 1 and match.payload.get("pos") == "verb":
        _again(state, view, match, resolver.drafts[-1], time_spans, duration_spans, resolver)


def _again(
    state: ExtractionState,
    view: SentenceView,
    match: Match[Entry],
    draft: MeetingDraft,
    time_spans: Sequence[tuple[int, int]],
    duration_spans: Sequence[tuple[int, int]],
    resolver: _Resolver,
) -> None:
    """ "met al-Wazir on Wednesday …, and again on Thursday for a session that lasted more than four hours": a
    second sitting of the same people, on its own day and with its own length.
    """
    toks = view.token_list
    stop = min(len(toks), match.last + _AGAIN_REACH)
    again = view.lx.words("repeat_sitting")
    if view.toks.folded[1].isdisjoint(again):
        return  # (most sentences: no "again" to look for)
    k = next((j for j in range(match.last, stop) if view.word(j) in again and view.word(j - 1) == "and"), None)
    if k is None or any(toks[j].text in {";", ":"} for j in range(match.last, k)):
        return
    after = toks[k].end
    i = bisect.bisect_left(time_spans, (after, -1))
    if i >= len(time_spans) or view.token_index(time_spans[i][0]) > k + 2:
        return  # "and again": a time must follow at once ("and again on Thursday")
    second = MeetingDraft(
        list(draft.participants),
        draft.status,
        draft.kind,
        list(draft.others),
        evidence=[(toks[k - 1].start, time_spans[i][1])],
        sentence=view.index,
        role=draft.role,
    )
    second.place = draft.place
    _set_date(state, second, i, past=match.payload.get("tense") == "past")
    d = bisect.bisect_left(duration_spans, (time_spans[i][1], -1))
    if (
        d < len(duration_spans)
        and view.token_index(duration_spans[d][0]) <= view.token_index(time_spans[i][1] - 1) + _AGAIN_LENGTH_REACH
    ):
        second.duration = d  # "… for a session that lasted more than four hours"
        if draft.duration == d:
            draft.duration = None
    if second.date is not None and second.date != draft.date:
        resolver.drafts.append(second)


_AGAIN_REACH = 24
"""Most tokens from a verb of meeting to the "and again" of a second sitting."""

_AGAIN_LENGTH_REACH = 10
"""Most tokens from the day of that second sitting to its length ("on Thursday for a session that lasted …")."""

_GAP_REACH = 8
"""Most tokens of place and time between a verb's object and the "and" of a gapped second object."""


def _gapped(
    state: ExtractionState,
    view: SentenceView,
    match: Match[Entry],
    f: _Frame,
    resolver: _Resolver,
    status: MeetingStatus,
    kind: MeetingKind,
) -> None:
    """ "met Xi in Beijing on Saturday and Biden in Washington on Tuesday": the verb left out before the
    second object makes a second meeting of the subject, with that object's own place and time; so does
    each object of a list ("met Wang on Monday, Lavrov on Tuesday and Jaishankar on Thursday").
    """
    if match.payload.get("pos") != "verb" or not f.side_a or not f.side_b:
        return
    k = view.end_of(f.side_b)
    while k < len(view.toks):
        start = k
        while k < len(view.toks) and k - start <= _GAP_REACH and view.word(k) not in {"and", ","}:
            if view.token_list[k].text in {";", ":", "."} or view.word(k) in view.lx.verb_words:
                return  # a new clause, not a gapped object
            k += 1
        nxt = k + 1
        preposition = view.word(view.start_of(f.side_b) - 1)
        if view.word(nxt) == preposition and preposition in view.lx.words("preposition"):
            nxt += 1  # "spoke with Xi on Tuesday and with Modi on Thursday": the object's preposition again
        if view.word(k) not in {"and", ","} or k == start or view.owner[nxt] is None:
            return
        end = _gapped_object(state, view, match, f, resolver, status, kind, nxt, listed=view.word(k) == ",")
        if end is None or view.word(k) == "and":
            return
        k = end


def _gapped_object(
    state: ExtractionState,
    view: SentenceView,
    match: Match[Entry],
    f: _Frame,
    resolver: _Resolver,
    status: MeetingStatus,
    kind: MeetingKind,
    k: int,
    *,
    listed: bool,
) -> int | None:
    """The meeting of the subject with the gapped object at token *k*, and the token after the object;
    None when no person stands there before a place, a time, a comma or the end. An object of a list
    (*listed*: after a comma) needs its own place or time ("met Xi on Monday, Biden said" has none).
    """
    times: list[int] = state.cached("meetings.time_start_list", lambda: [t.start for t in state.times])
    second = view.party_after(k)
    end = view.end_of(second) if second else k
    # the object must end at a place, a time, a comma or the end: "met Xi and Biden held talks" has a new subject
    ends = not listed and (end >= len(view.toks) or view.token_list[end].text in {",", "."})
    if not second or not (ends or view.word(end) in {"in", "at", "on", "last", "this"}):
        return None
    if any(state.mentions[mi].kind is not _PERSON for mi in second):
        return None
    persons = resolver.expand(f.side_a + second, view.index, view.token_list[match.first].start, view)[0]
    if len(persons) < 2:
        return None
    draft = MeetingDraft(persons, status, kind, evidence=[_evidence(view, match, second)], sentence=view.index)
    after = view.token_list[end].start if end < len(view.toks) else view.sentence.end
    limit = view.token_list[min(end + _GAP_REACH, len(view.toks)) - 1].end
    ti = bisect.bisect_left(times, after)
    if ti < len(times) and times[ti] < limit:
        _set_date(state, draft, ti, past=match.payload.get("tense") == "past")
    starts = _place_starts(state)
    pi = bisect.bisect_left(starts, after)
    if pi < len(starts) and starts[pi] < limit and view.word(end) in {"in", "at"}:
        draft.place = pi
    resolver.drafts.append(draft)
    return end


def _one_by_one(view: SentenceView, match: Match[Entry], f: _Frame, resolver: _Resolver) -> list[list[int]]:
    """ "met separately with Netanyahu and Gallant", "held separate talks with A and B", "met A and B in
    separate meetings", "held bilateral meetings with the leaders of A, B and C": one meeting of the subject with
    each person after the meeting word (or each holder of the office a group names); empty when the word is not
    so marked.
    """
    marked = view.lx.words("one_by_one")
    office = len(f.side_b) == 1 and _office_group(view.state.mentions[f.side_b[0]])
    if not f.side_a or (len(f.side_b) < 2 and not office):
        return []
    pairwise = view.word(match.first - 1) in view.lx.words("pairwise") and view.word(match.first) != match.payload.get(
        "lemma"
    )  # "held bilateral meetings with A and B": a meeting word in the plural, each of two parties
    if not (
        pairwise
        or view.word(match.last) in marked
        or view.word(match.first - 1) in marked
        or view.word(match.first - 2) in marked
        or _separate_meetings_after(view, view.end_of(f.side_b))
    ):
        return []
    start = view.token_list[match.first].start
    hosts = resolver.expand(f.side_a, view.index, start, view)[0]
    guests = [resolver.expand([b], view.index, start, view)[0] for b in f.side_b]
    if office:
        guests = [[g] for g in guests[0]]  # "bilateral meetings with the leaders of A, B and C": each holder
    if not hosts or not all(guests) or len(guests) < 2:
        return []
    return [hosts + [g for g in guest if g not in hosts] for guest in guests]


def _separate_meetings_after(view: SentenceView, k: int) -> bool:
    """True when "in separate meetings" (or talks, calls) follows the parties ending at token *k*."""
    return (
        view.word(k) in {"in", "during", "at"}
        and view.word(k + 1) in view.lx.words("one_by_one")
        and any(m.first == k + 2 and m.payload.get("pos") == "noun" for m in view.meeting)
    )


def _next_word(text: str, end: int) -> str:
    """The lower-cased word after offset *end* ("earlier" in "two hours earlier than expected")."""
    i = end
    while i < len(text) and text[i] == " ":
        i += 1
    j = i
    while j < len(text) and text[j].isalpha():
        j += 1
    return text[i:j].lower()


def _between_group(view: SentenceView, match: Match[Entry]) -> bool:
    """ "a meeting between their teams": one plural unnamed party on both sides."""
    return any(view.word(k) == "between" for k in range(match.last, min(len(view.toks), match.last + 3)))


def _joined(view: SentenceView, match: Match[Entry], resolver: _Resolver) -> None:
    """ "Biden and Putin were joined by Blinken and Lavrov": more people at the meeting just mentioned."""
    j = match.first - 1
    while j >= 0 and view.word(j) in view.lx.words("passive_aux"):
        j -= 1
    hosts, _others, _pronouns = resolver.expand(
        view.subject_before(j + 1), view.index, view.token_list[match.first].start, view
    )
    joiners, _others, _pronouns = resolver.expand(
        view.party_after(match.last, skip=view.lx.words("determiner")),
        view.index,
        view.token_list[match.first].start,
        view,
    )
    for d in reversed(resolver.drafts[-6:]):
        if hosts and set(hosts) <= set(d.participants):
            d.participants.extend(p for p in joiners if p not in d.participants)
            d.evidence.append((view.token_list[match.first].start, view.token_list[match.last - 1].end))
            return


def _joined_the_meeting(view: SentenceView, match: Match[Entry], resolver: _Resolver) -> bool:
    """ "Kirill Dmitriev also attended the talks", "von der Leyen, who joined part of the talks, said …": the
    subject of an active attending verb whose object is the meeting just told (a definite meeting noun, or part
    of it) was at that meeting. True when the noun at *match* is such an object.
    """
    if match.payload.get("kind") not in _SITTING_KINDS:
        return False  # "attended the summit": an event of its own
    j = match.first - 1
    if view.word(j) not in view.lx.words("definite"):
        return False  # "attended talks in Geneva": other talks
    j -= 1
    if _share_of_the(view, match.first):
        j -= 2  # "joined part of the talks"
    attending = next((x.first for x in view.meeting if x.last == j + 1 and "attend" in x.payload.values("frame")), None)
    if attending is not None:
        j = attending  # "took part in the talks", "participated in the meeting"
    elif view.word(j) not in view.lx.words("attending_verb") or view.word(j + 1) == "by":
        return False
    at = view.token_list[match.first].start
    people = resolver.expand(view.subject_before(j), view.index, at, view)[0]
    _add_to_last(view, resolver, people, at, view.token_list[match.last - 1].end, _PRESIDED_REACH)
    return bool(people)


def _meeting_of_teller(
    view: SentenceView, match: Match[Entry], resolver: _Resolver, last: MeetingDraft, status: MeetingStatus
) -> MeetingDraft:
    """ "Rutte met Fidan. Fidan is due in Washington for talks with Rubio. … Rutte told reporters after the
    meeting, which lasted 90 minutes": a definite meeting (of *status*) told by someone of an earlier meeting
    of that status, and by no one of the one told last, is their meeting (at most :data:`_TELLER_REACH` drafts
    back).
    """
    if view.word(match.first - 1) not in view.lx.words("definite"):
        return last
    mentions, entities = view.state.mentions, view.state.entities
    tellers = {
        e
        for mi, (first, _stop) in view.span_of.items()
        if first < match.first
        and view.quoted[first] is None
        and (e := mentions[mi].entity) is not None
        and entities[e].kind is _PERSON_PARTICIPANT
    }
    if not tellers or not tellers.isdisjoint(last.participants):
        return last
    return _recent(view, resolver, lambda d: d.status is status and not tellers.isdisjoint(d.participants)) or last


def _call_told(
    view: SentenceView, match: Match[Entry], resolver: _Resolver, last: MeetingDraft, kind: MeetingKind
) -> MeetingDraft:
    """ "Albanese received a call from Li on Tuesday, a day after he met Trump. The call lasted 30 minutes": a
    definite call noun is the call told last (at most :data:`_TELLER_REACH` drafts and sentences back), though a
    meeting of another kind was told since.
    """
    if kind is not _CALL or last.kind is _CALL or view.word(match.first - 1) not in view.lx.words("definite"):
        return last
    return _recent(view, resolver, lambda d: d.kind is _CALL) or last


def _recent(view: SentenceView, resolver: _Resolver, fits: Callable[[MeetingDraft], bool]) -> MeetingDraft | None:
    """The last draft that *fits*, at most :data:`_TELLER_REACH` drafts and sentences back, else None."""
    return next(
        (d for d in reversed(resolver.drafts[-_TELLER_REACH:]) if view.index - d.sentence <= _TELLER_REACH and fits(d)),
        None,
    )


_TELLER_REACH = 4
"""Drafts (and sentences) back that :func:`_recent` looks for the teller's meeting or the call told."""


def _occasion_before(view: SentenceView, match: Match[Entry], resolver: _Resolver) -> MeetingDraft | None:
    """ "… held talks with Anwar on Monday. Prior to the talks, Anwar paid a courtesy call on Li": a sentence
    that opens with a word of sequence and the definite meeting just told, then a comma, tells of that meeting's
    day. The meeting told last before the sentence, when it is dated to a day, else None.
    """
    j = 1 if view.word(0) in view.lx.words("occasion_sequence") else 0
    if j and view.word(j) in {"to", "of"}:
        j += 1  # "prior to", "ahead of"
    if not j or view.word(j) not in view.lx.words("definite"):
        return None
    noun = next((x for x in view.meeting if x.first == j + 1 and x.payload.get("pos") == "noun"), None)
    if noun is None or noun.last >= match.first or view.texts[noun.last] != ",":
        return None
    last = next((d for d in reversed(resolver.drafts) if d.sentence < view.index), None)
    return _of_a_day(view, last, _OCCASION_SENTENCES)


def _later_that_day(
    view: SentenceView, match: Match[Entry], resolver: _Resolver, status: MeetingStatus
) -> MeetingDraft | None:
    """ "… received Jaishankar in Abu Dhabi on Thursday. Jaishankar later held talks with Sheikh Abdullah": a held
    meeting told with a same-day sequel word before its verb, or after "followed by", took place on the day of the
    held meeting told last (dated to a day, at most :data:`_LATER_SENTENCES` back), else None.
    """
    if status is not _HELD:
        return None
    if match.payload.get("pos") == "noun":
        j = _before_noun_phrase(view, match.first)
        if view.word(j) == "by" and view.word(j - 1) in view.lx.words("sequel_participle"):
            # "Lam and Prabowo held talks …, followed by a meeting between Prabowo and Chinh": the last held meeting
            # of a day, the held talks just told being told again without one
            return _recent(view, resolver, lambda d: d.status is _HELD and _of_a_day(view, d, _LATER_SENTENCES) is d)
    sequel = view.lx.words("same_day_sequel")
    verb = match.first if match.payload.get("pos") == "verb" else _light_verb(view, match.first)
    opens = view.word(0) in sequel and view.word(1) == ","  # "Afterwards, Jaishankar met Sheikh Abdullah"
    if verb is None or not (opens or view.word(verb - 1) in sequel):
        return None
    last = next((d for d in reversed(resolver.drafts) if d.status is _HELD), None)
    return _of_a_day(view, last, _LATER_SENTENCES)


def _told_subject(view: SentenceView, m: Match[Entry], resolver: _Resolver) -> MeetingDraft | None:
    """The held meeting dated to a day that a definite meeting noun opening the sentence before *m* tells again
    ("The 90-minute meeting came two days after …"), told at most :data:`_LATER_SENTENCES` back; else None.
    """
    if view.word(0) not in view.lx.words("definite"):
        return None
    if not any(x.first < min(m.first, _SUBJECT_NOUN_REACH) and x.payload.get("pos") == "noun" for x in view.meeting):
        return None
    return _of_a_day(view, _recent(view, resolver, lambda d: d.status is _HELD), _LATER_SENTENCES)


_SUBJECT_NOUN_REACH = 5
"""Most tokens from the sentence's start to the meeting noun of a subject that tells a meeting again ("The
90-minute meeting")."""


def _of_a_day(view: SentenceView, draft: MeetingDraft | None, reach: int) -> MeetingDraft | None:
    """*draft* when it is dated to a day and told at most *reach* sentences before the sentence of *view*."""
    if draft is None or view.index - draft.sentence > reach or not draft.date or draft.date[1] is not _DAY:
        return None
    return draft


_LATER_SENTENCES = 3
"""How many sentences back :func:`_later_that_day` finds the held meeting of the day."""

_OCCASION_SENTENCES = 2
"""How many sentences back :func:`_occasion_before` finds the meeting a sentence opens with."""


def _named_after_unnamed(view: SentenceView, k: int) -> list[int]:
    """ "is due to meet families of hostages held in Gaza and President Isaac Herzog": past an object of common
    nouns (no more than :data:`_UNNAMED_OBJECT_WORDS` words, no punctuation, no person), the people named after
    its "and" are objects too.
    """
    if k >= len(view.toks) or not view.texts[k].islower():
        return []
    mentions = view.state.mentions
    for j in range(k, min(len(view.toks) - 1, k + _UNNAMED_OBJECT_WORDS)):
        owner = view.owner[j]
        if owner is not None and mentions[owner].kind is _PERSON:
            return []
        if not view.texts[j][:1].isalnum():
            return []  # "met families, then …": the clause goes on
        if view.word(j) == "and" and j > k:
            named = view.party_after(j + 1)
            return named if named and mentions[named[0]].kind is _PERSON else []
    return []


def _in_unnamed_object(view: SentenceView, match: Match[Entry], side_b: list[int], at: int) -> bool:
    """Whether offset *at* lies in an object of common nouns right after the meeting verb, before the party
    named after it (see :func:`_named_after_unnamed`).
    """
    if not side_b or match.payload.get("pos") != "verb" or match.last >= len(view.toks):
        return False
    first = match.last
    return (
        view.texts[first].islower()
        and view.word(first) not in view.lx.words("preposition")
        and view.token_list[first].start < at < view.token_list[view.start_of(side_b)].start
    )


_UNNAMED_OBJECT_WORDS = 8
"""Most words of an unnamed object that :func:`_named_after_unnamed` reads past to an "and"."""


def _unnamed_people_after(view: SentenceView, k: int) -> bool:
    """Whether the object at token *k* is people of a group noun with common words before it and no article
    ("local business leaders", "senior officials"): unnamed, and no party the story has named.
    """
    for j in range(k, min(len(view.toks), k + _UNNAMED_OBJECT_WORDS)):
        if view.owner[j] is not None or not view.texts[j].isalpha() or not view.texts[j].islower():
            return False
        if view.lx.group_nouns.lookup(view.texts[j]):
            return j > k or view.word(j).endswith("s")
        if view.word(j) in view.lx.function_words or view.word(j) in view.lx.verb_words:
            return False
    return False


def _after_and_base(view: SentenceView, m: Match[Entry]) -> bool:
    """Whether meeting word *m* is a base-form verb after "and" ("and discuss"), or a noun whose light verb stands
    right after "and" ("and hold a summit"; whether that verb is a base form the caller's previous verb tells).
    """
    if m.payload.get("pos") == "verb":
        return m.payload.get("tense") == "base" and view.word(m.first - 1) == "and"
    light = _light_verb(view, m.first)
    return light is not None and view.word(light - 1) == "and"


def _share_of_the(view: SentenceView, i: int) -> bool:
    """ "part of the talks", "some of the meeting": the word at *i* follows a share of a definite noun."""
    return (
        view.word(i - 1) in view.lx.words("definite")
        and view.word(i - 2) == "of"
        and view.word(i - 3) in view.lx.words("partitive_share")
    )


_SITTING_KINDS = frozenset({"meeting", "talks"})
"""Kinds of meeting noun whose definite form someone may join or attend as the meeting just told."""


def _sat_in(view: SentenceView, match: Match[Entry], resolver: _Resolver) -> None:
    """ "Miano, who sat in on the talks alongside Kijaji, told reporters …": more people at the meeting just
    mentioned (the subject, and whoever sat in with them).
    """
    bare = view.word(match.last - 1) not in view.lx.words("preposition")  # "took part", not "sat in on"
    if bare and match.last < len(view.toks) and view.word(match.last) not in {",", ".", ";", "alongside", "with"}:
        return  # a bare phrase ends its clause ("Dmitriev also took part."); "took part in the G20" is an event's
    at = view.token_list[match.first].start
    people, _others, _pronouns = resolver.expand(view.subject_before(match.first), view.index, at, view)
    j = match.last
    while j < len(view.toks) and j < match.last + 4 and view.word(j) not in {"alongside", "with"}:
        j += 1  # past "the talks", "the meeting"
    if view.word(j) in {"alongside", "with"}:
        more, _others, _pronouns = resolver.expand(view.party_after(j + 1), view.index, at, view)
        people += [p for p in more if p not in people]
    # a bare "took part" looks back as far as a chair does; "sat in on the talks" names what it sat in on
    reach = _PRESIDED_REACH if bare else _SIT_IN_REACH
    _add_to_last(view, resolver, people, at, view.token_list[match.last - 1].end, reach)


_SIT_IN_REACH = 12
"""Most sentences back to the meeting someone "sat in on" (captions and short lines count)."""


def _add_to_last(
    view: SentenceView, resolver: _Resolver, people: list[int], at: int, end: int, reach: int = _SIT_IN_REACH
) -> None:
    """Put *people* at the held meeting told last, at most *reach* sentences back (evidence: clean offsets
    ``[at, end)``).
    """
    if not people:
        return
    recent = [d for d in resolver.drafts[-6:] if view.index - d.sentence <= reach and d.status is _HELD]
    talks = [d for d in recent if d.kind is not _VISIT]  # "sat in on the talks": not the trip
    met = [d for d in talks or recent if len(d.participants) >= 2]  # a meeting of its own, not an arrival
    if met or talks or recent:
        d = (met or talks or recent)[-1]
        d.participants.extend(p for p in people if p not in d.participants)
        d.evidence.append((at, end))


def _presiding_verb_before(view: SentenceView, k: int) -> int | None:
    """The presiding verb whose definite object is the meeting noun at token *k* ("mediated both sessions",
    "chaired the talks"), else None.
    """
    presiding = view.lx.words("presiding_verb")
    if view.toks.folded[1].isdisjoint(presiding):
        return None  # (most sentences: no presiding verb to look for)
    v = k - 1  # past "the", "both", "their first" (a presiding verb may look like an adjective)
    while v > k - _PRESIDED_NOUN_WORDS and v >= 0 and view.owner[v] is None and view.word(v) not in presiding:
        v -= 1
    if view.word(v) not in presiding or view.word(v + 1) not in view.lx.words("definite"):
        return None
    return v


_PRESIDED_NOUN_WORDS = 4
"""Most tokens from a presiding verb to the meeting noun it takes ("chaired both closed sessions")."""


def _presided(view: SentenceView, match: Match[Entry], resolver: _Resolver) -> bool:
    """ "Al Thani hosted and mediated both sessions", "The talks were chaired by Wong": whoever presides over
    the meeting just told takes part in it. True when the meeting noun at *match* is such a meeting.
    """
    presiding = view.lx.words("presiding_verb")
    after = match.last
    if view.word(after) in {"with", "between"} or view.toks.folded[1].isdisjoint(presiding):
        return False  # "chaired talks between X and Y": the parties follow, a meeting of its own; or none presides
    k = after
    while k < len(view.toks) and k < after + 2 and view.word(k) in view.lx.words("be_form") | {"been"}:
        k += 1
    if k > after and view.word(k) in presiding and view.word(k + 1) == "by":
        people = view.party_after(k + 2, skip=view.lx.words("determiner"))  # "The talks were chaired by X"
        end = view.end_of(people) if people else k + 1
    else:
        v = _presiding_verb_before(view, match.first)
        if v is None:
            return False  # "hosted talks with X", "chaired a meeting": not the meeting just told
        if view.word(v - 1) == "and" and view.word(v - 2) in presiding:
            v -= 2  # "hosted and mediated both sessions"
        people = view.subject_before(v)
        end = match.last
    at = view.token_list[match.first].start
    persons = resolver.expand(people, view.index, at, view)[0]
    _add_to_last(view, resolver, persons, at, view.token_list[end - 1].end, _PRESIDED_REACH)
    return bool(persons)


def _presides_over_told(view: SentenceView, match: Match[Entry], resolver: _Resolver) -> bool:
    """Whether a meeting verb that is also a presiding verb ("co-chaired") has as object a definite meeting noun
    that is the held meeting just told (see :func:`_presided`, which reads that noun).
    """
    if view.word(match.first) not in view.lx.words("presiding_verb"):
        return False
    if not any(d.status is _HELD and view.index - d.sentence <= _PRESIDED_REACH for d in resolver.drafts[-6:]):
        return False
    return any(
        x.payload.get("pos") == "noun" and _presiding_verb_before(view, x.first) == match.first for x in view.meeting
    )


def _attending_agents(view: SentenceView, after: int) -> tuple[list[int], int]:
    """The parties a meeting noun's clause says presided over or attended it, and the token after them: "…,
    which was also attended by X and Y", "at talks attended by X", "a session chaired by X and attended by Y",
    "The meeting at the Kadriorg Art Museum was attended by X", "…, which also included X".
    """
    lx = view.lx
    verbs = lx.words("presiding_verb") | lx.words("attending_verb")
    present = view.toks.folded[1]
    if present.isdisjoint(verbs) and present.isdisjoint(lx.words("including_verb")):
        return [], after  # (most sentences: no "attended by" nor "included" to read)
    between = lx.words("be_form") | lx.words("between_subject_verb")
    people: list[int] = []
    k = end = after
    for turn in range(_ATTENDING_CLAUSES):
        j = k + 1 if view.word(k) in {",", "and"} else k
        if view.word(j) in lx.words("relative_opener"):
            j += 1
        if turn == 0 and view.word(j) in {"at", "in"}:
            # "the meeting at the Kadriorg Art Museum was attended by", "talks in Lomé, hosted by"
            place = j + 1
            place_end = verbs | between | {",", ".", ""}
            while place < j + _ATTENDING_PLACE and view.word(place) not in place_end:
                place += 1
            j = place + 1 if view.word(place) == "," else place
        stop = j + _ATTENDING_AUX
        while j < stop and view.word(j) in between:
            j += 1  # "which will also be", "was"
        if view.word(j) in lx.words("including_verb") and view.word(j + 1) != "by":
            j -= 1  # "…, which also included Kaja Kallas,": the object of an active verb, right after it
        elif view.word(j) not in verbs or view.word(j + 1) != "by":
            break
        found = view.party_after(j + 2, skip=lx.words("determiner"))
        if not found:
            break
        people += [p for p in found if p not in people]
        k = end = view.end_of(found)
    return people, end


_ATTENDING_CLAUSES = 2
"""Most "chaired by"/"attended by" clauses read after one meeting noun ("chaired by X and attended by Y")."""
_ATTENDING_PLACE = 7
"""Most tokens of the place between a meeting noun and its "attended by" ("at the Kadriorg Art Museum")."""
_ATTENDING_AUX = 4
"""Most auxiliaries and adverbs before "attended by" ("which will also be attended by")."""


def _attendees(view: SentenceView, match: Match[Entry], resolver: _Resolver) -> None:
    """ "The 90-minute meeting, which was also attended by X and Y, covered …", "at talks attended by X", "the
    next meeting, which will also be attended by X": the people who attended a meeting noun's meeting, or the
    meeting a passive "attended by" made, take part in it.
    """
    if match.payload.get("pos") == "noun":
        people, end = _attending_agents(view, match.last)
    elif (
        view.word(match.last - 1) in view.lx.words("attending_verb") | view.lx.words("presiding_verb")
        and view.word(match.last) == "by"
    ):
        # "the next 2+2 meeting, which will also be attended by X and Y": the meeting the verb made
        people = view.party_after(match.last + 1, skip=view.lx.words("determiner"))
        end = view.end_of(people) if people else match.last
    else:
        return
    if not people:
        return
    at = view.token_list[match.first].start
    draft = next(
        (d for d in reversed(resolver.drafts[-_ATTENDED_DRAFTS:]) if any(a <= at < b for a, b in d.evidence)), None
    )
    if draft is None:
        return
    persons = resolver.expand(people, view.index, at, view)[0]
    draft.participants.extend(p for p in persons if p not in draft.participants)
    draft.evidence.append((at, view.token_list[end - 1].end))


_ATTENDED_DRAFTS = 8
"""Most meetings, latest first, searched for the one a meeting noun with attendees made or joined."""


_PRESIDED_REACH = 3
"""Most sentences back to the meeting someone "chaired" or "mediated" (nearer than one "sat in on": a chair
named later may be another sitting's)."""


_RELATIVE_TIME_WORDS = 7
"""Most tokens from a meeting noun to the time in a relative clause of its own (", which begins on Sept. 23")."""


def _relative_time(view: SentenceView, match: Match[Entry], time_spans: Sequence[tuple[int, int]]) -> int | None:
    """The index of the time in the relative clause right after the meeting noun *match* ("Lee's two-day trip,
    which begins on Sept. 23"), else None.
    """
    if view.word(match.last) != "," or view.word(match.last + 1) not in view.lx.words("describing_relative"):
        return None
    lo = view.token_list[match.last].end
    hi = view.token_list[min(len(view.toks), match.last + _RELATIVE_TIME_WORDS) - 1].end
    i = bisect.bisect_left(time_spans, (lo, -1))
    return i if i < len(time_spans) and time_spans[i][0] < hi else None


def _attached(view: SentenceView, match: Match[Entry], offset: int) -> bool:
    """True when the time at *offset* belongs to the meeting noun's own phrase: right before it
    ("Monday's talks", "the 1985 summit") or within a few words after it ("the talks on Sunday",
    "talks planned for tomorrow"), not elsewhere in its clause ("Unlike in 2009, … the summit").
    """
    k = view.token_index(offset)
    if k < match.first:
        j = _skip_modifiers(view, match.first - 1)
        return k >= j - 2
    return k - match.last <= 4


def _named_pair(state: ExtractionState, view: SentenceView, m: Match[Entry]) -> list[int]:
    """The people a hyphenated pair of surnames before a meeting noun names ("the Trump-Putin summit", "a
    Biden-Xi meeting"), when each part is the surname of one person the article names; else [].
    """
    j = m.first - 1
    if j >= 0 and view.word(j) in view.lx.words("meeting_modifier"):
        j -= 1  # "the Trump-Kim nuclear summit"
    text = view.token_list[j].text if j >= 0 else ""
    parts = text.split("-")
    if not 2 <= len(parts) <= _PAIR_NAMES or not all(p[:1].isupper() for p in parts):
        return []
    found: list[int] = []
    for part in parts:
        key = fold(part)
        holders = [
            i
            for i, e in enumerate(state.entities)
            if e.kind is _PERSON_PARTICIPANT and key in (fold(w) for w in e.name.split())
        ]
        if len(holders) != 1 or holders[0] in found:
            return []
        found.append(holders[0])
    return found


_PAIR_NAMES = 3
"""Most surnames joined by hyphens before a meeting noun ("the Trump-Kim-Moon meeting")."""


def _delegated(view: SentenceView, m: Match[Entry]) -> bool:
    """Whether a meeting noun is held a level below its parties ("working-level talks", "technical talks",
    "expert-level consultations"): word of the ``delegated_level`` class among the two words before it.
    """
    if m.payload.get("pos") != "noun":
        return False
    level = view.lx.words("delegated_level")
    return view.word(m.first - 1) in level or view.word(m.first - 2) in level


def _another_sitting(
    state: ExtractionState, last: MeetingDraft, ti: int, status: MeetingStatus, *, verb: bool = False
) -> bool:
    """True when a meeting word without parties dates a different sitting than the last meeting."""
    if len(last.participants) < 2:
        return False
    value, precision = resolve(state.times[ti], state.published, future=status is _PLANNED)
    if value is None:
        return False
    if status is not last.status:
        return status is _PLANNED  # an earlier held sitting needs its parties named
    if last.date is not None and last.date[0] is not None:
        if verb:
            return value != last.date[0]
        return not _compatible(last, MeetingDraft([], status, date=(value, precision)))
    # the meeting just reported has no date: a time long before publication is an earlier meeting
    # ("… has met Xi, after meeting on the sidelines of the G20 a year ago")
    return status is _HELD and state.published is not None and _long_before(value, precision, state.published)


def _long_before(value: _dt.date, precision: Precision | None, published: _dt.date) -> bool:
    """True when a date lies well before publication: an earlier year, two months or a month of days."""
    if precision is _YEAR:
        return value.year < published.year
    if precision is _MONTH:
        return (published.year - value.year) * 12 + published.month - value.month >= 2
    return (published - value).days > 31


def _only_places(state: ExtractionState, ids: Sequence[int]) -> bool:
    return bool(ids) and all(state.mentions[mi].kind is _COUNTRY for mi in ids)


def _direction(expr: TimeExpression) -> int:
    """-1 for a time that lies before publication by its wording ("yesterday", "last week", "a year
    ago", "earlier this year"), +1 after it ("tomorrow", "next month", "later this year"), else 0.
    """
    if expr.kind in (_RELATIVE_DAY, _RELATIVE_PERIOD, _VAGUE, _WEEKDAY):
        if expr.offset:
            return 1 if expr.offset > 0 else -1
        first = expr.text.split()[0].lower() if expr.text else ""
        if first == "later" and expr.kind is not _WEEKDAY:
            return 1  # "later this year"; but "met … later on Monday" is later that day, as the verb says
        if first == "earlier":
            return -1
    return 0


def _day_shift(state: ExtractionState, view: SentenceView, match: Match[Entry]) -> int:
    """Days from the date of the clause to the meeting word at *match*: "met Wang on Friday, a day
    after holding talks with Chen" → -1; "a day after Albanese met Trump" → -1; "two days before meeting Xi" → +2;
    else 0.
    """
    j = match.first - 1
    skip = view.lx.words("determiner") | view.lx.words("light_verb")
    while j > match.first - 3 and view.word(j) in skip:
        j -= 1  # "a day after the talks", "a day after holding talks"
    subject = view.owner[j] if j >= 0 else None
    shifts = view.lx.words("day_shift")
    if subject is not None and match.payload.get("pos") == "verb":
        j = view.span_of.get(subject, (j, j))[0] - 1  # "a day after Albanese met Trump": past the verb's subject
        for _ in range(_SHIFT_DESCRIPTION):
            if j < 0 or view.word(j) in shifts or not view.token_list[j].text.islower():
                break
            j -= 1  # "a day after the army chief General Burhan held talks": past the subject's description
    if view.word(j) not in shifts:
        return 0
    at = view.token_list[j].start
    starts = _duration_starts(state)
    i = bisect.bisect_right(starts, at) - 1
    if i < 0:
        return 0
    d = state.durations[i]
    if not (d.end <= at and at - d.end <= 2 and d.minutes > 0 and d.minutes % (24 * 60) == 0):
        return 0
    days = d.minutes // (24 * 60)
    return -days if view.word(j) == "after" else days


_SHIFT_DESCRIPTION = 4
"""Most lower-case words of a description before the subject of a meeting verb shifted by a day ("the army
chief")."""


def _set_date(state: ExtractionState, draft: MeetingDraft, ti: int, *, past: bool = False) -> None:
    """Date *draft* by time expression *ti*; *past* when its meeting word is a past form ("met")."""
    expr = state.times[ti]
    direction = _direction(expr)
    if direction > 0 and past and expr.kind is _RELATIVE_DAY:
        direction = 0  # "She met Jaishankar later in the day": later that day, as the verb says
    if direction > 0:
        draft.status = _PLANNED
    elif direction < 0:
        draft.status = _HELD
    value, precision = resolve(expr, state.published, future=draft.status is _PLANNED)
    if past and expr.kind is _RELATIVE_DAY and expr.offset == 0:
        value = _narrative_day(state, draft, ti) or value
    if expr.kind is _STORY_DAY:
        # "arrived in Beijing on May 12 and met Xi the following day": counted from the story's day
        value, precision = _story_date(state, ti, future=draft.status is _PLANNED)
    if value is not None and draft.day_shift and precision is _DAY:
        value += _dt.timedelta(days=draft.day_shift)
    if draft.status is _HELD and state.published and value and value > state.published:
        # a meeting dated after publication is still to come
        future_value, future_precision = resolve(expr, state.published, future=True)
        if precision is _DAY or (future_value and future_value > state.published):
            draft.status = _PLANNED
            value, precision = future_value, future_precision
    draft.time = ti
    draft.date = (value, precision)


_NARRATIVE_REACH = 2
"""How many sentences back "later in the day" looks for the day the story tells of."""


def _narrative_day(state: ExtractionState, draft: MeetingDraft, ti: int) -> _dt.date | None:
    """The day "later in the day" means: the last day named in the sentence or the two before it
    ("Baerbock arrived in New Delhi on Monday. She met Jaishankar later in the day"), when it is past;
    None when the phrase is not of that kind or no day is named.
    """
    expr = state.times[ti]
    first = fold(expr.text.split()[0]) if expr.text.split() else ""
    if first not in lexical(state.resources).words("narrative_day") or state.published is None:
        return None
    value = _day_before(state, ti, draft.sentence, future=False)
    return value if value is not None and value <= state.published else None


def _story_date(state: ExtractionState, ti: int, *, future: bool) -> tuple[_dt.date | None, Precision | None]:
    """The day story day *ti* names ("the following day", "that evening"), counted from the day the story
    tells of before it; (None, None) when no day is named there.
    """
    expr = state.times[ti]
    anchor = _day_before(state, ti, state.sentence_at(expr.start), future=future)
    return (None, None) if anchor is None else (anchor + _dt.timedelta(days=expr.offset or 0), _DAY)


_STORY_CHAIN = 4
"""How many story days in a row ("that evening", "the next day", "a day later") count on from one another."""


def _day_before(state: ExtractionState, ti: int, sentence: int, *, future: bool, depth: int = 0) -> _dt.date | None:
    """The last day named before time expression *ti*, in sentence *sentence* or the two before it; a story day
    there counts from the day before it in turn ("arrived on Monday. … that evening. … the next day. A day
    later, …": Monday, Tuesday, Wednesday).
    """
    floor = state.sentences[max(0, sentence - _NARRATIVE_REACH)].start
    for i in range(ti - 1, -1, -1):
        other = state.times[i]
        if other.start < floor:
            break
        if other.kind is _STORY_DAY and depth < _STORY_CHAIN:
            anchor = _day_before(state, i, state.sentence_at(other.start), future=future, depth=depth + 1)
            return None if anchor is None else anchor + _dt.timedelta(days=other.offset or 0)
        if other.kind not in (_WEEKDAY, _DATE, _RELATIVE_DAY):
            continue
        value, precision = resolve(other, state.published, future=future)
        return value if precision is _DAY else None
    return None


def _evidence(view: SentenceView, match: Match[Entry], ids: Sequence[int]) -> tuple[int, int]:
    lo, hi = match.first, match.last
    if "attend" in match.payload.values("frame"):
        # "to attend a summit": the event attended is the evidence too (see _occasion_only)
        hi = max(
            [hi] + [x.last for x in view.meeting if x.first >= hi and _before_noun_phrase(view, x.first) == hi - 1]
        )
    for mi in ids:
        m = view.state.mentions[mi]
        if m.sentence != view.index:
            continue
        lo = min(lo, m.first_token)
        hi = max(hi, m.last_token)
    return view.token_list[lo].start, view.token_list[hi - 1].end


def _part_of_speech_fits(view: SentenceView, m: Match[Entry]) -> bool:
    """For a word listed as noun and verb ("visit"), the reading its left context allows: a noun
    after a determiner, a possessive or a modifier ("a two-day visit", "Li's visit"), else a verb.
    """
    pos = m.payload.get("pos")
    other = next(
        (o for o in view.meeting if o.first == m.first and o.last == m.last and o.payload.get("pos") != pos), None
    )
    if other is None:
        return True
    verb = m if pos == "verb" else other
    if verb.payload.get("tense") == "gerund":
        # "is meeting Xi", "Before meeting Xi,", ", meeting with Xi": a party must follow the verb
        prev = view.word(m.first - 1)
        opens = (
            m.first == 0
            or prev in view.lx.words("be_form")
            or prev in view.lx.words("preposition")
            or prev in view.lx.words("sequence")
            or prev in view.lx.words("clause_opener")
            or view.token_list[m.first - 1].text == ","
        )
        party = m.last < len(view.toks) and (view.owner[m.last] is not None or view.word(m.last) == "with")
        return (opens and party) == (pos == "verb")
    j = _skip_modifiers(view, m.first - 1)
    mention = view.mention(view.owner[j]) if j >= 0 else None
    noun = j >= 0 and (
        view.word(j) in view.lx.words("determiner")
        or view.token_list[j].text in POSSESSIVE
        or j < m.first - 1
        or (mention is not None and mention.kind is _PRONOUN and "possessive" in (mention.key or ""))
    )
    return noun == (pos == "noun")


_IN_PERSON_REACH = 8
"""How far after "spoke" the words of an encounter in person may stand ("spoke for 20 minutes on the sidelines")."""


def _in_person_after(view: SentenceView, k: int) -> bool:
    """True when words of an encounter in person ("on the sidelines of", "on the margins of") follow
    token *k* closely: a conversation there is a meeting, not a call.
    """
    words = view.lx.words("in_person")
    return any(view.word(j) in words for j in range(k, min(len(view.toks), k + _IN_PERSON_REACH)))


def _spoken_at(state: ExtractionState, view: SentenceView, match: Match[Entry], place: int | None) -> bool:
    """Whether the place found for "spoke" follows it in its predicate as where the talk was held ("spoke for
    two hours at a villa in Istanbul", "spoke with Putin in Sochi"): face to face, for a call is held nowhere.
    Not past a topic ("spoke about the war in Ukraine").
    """
    if place is None or state.places[place].start < view.token_list[match.last].end:
        return False
    k = view.token_index(state.places[place].start)
    topics = view.lx.words("topic_preposition")
    if any(view.word(j) in topics and not _in_duration(view, j) for j in range(match.last + 1, k)):
        return False  # ("about two hours" is a length)
    return view.word(k - 2 if view.word(k - 1) == "the" else k - 1) in {"in", "at"}


def _spoke_together_for(view: SentenceView, match: Match[Entry]) -> bool:
    """ "Biden and Xi spoke for two hours on Thursday": two people talking for a length of time (a call
    unless the story puts them together), not one speaking to an audience.
    """
    k = match.last
    if view.word(k) in view.lx.words("in_person"):
        k += 1  # "Witkoff and Araghchi spoke directly for about 45 minutes"
    return view.word(k) == "for" and _in_duration(view, k + 1) and len(view.subject_before(match.first)) > 1


def _by_phone(view: SentenceView, k: int) -> bool:
    """True when "by phone", "over the telephone" or "by video" follows token *k* in the same predicate, before
    a comma or a coordinated predicate ("discussed the war by phone"; not "met Wang and later briefed Putin by
    phone").
    """
    if view.toks.folded[1].isdisjoint(view.lx.words("call_medium")):
        return False  # (most sentences: no medium to look for)
    for j in range(k, _clause_end(view, k)):
        if view.word(j) in {"and", "but", ",", ";"}:
            return False
        if _medium_at(view, j, {"by", "over", "via"}):
            return True
    return False


def _medium_at(view: SentenceView, j: int, prepositions: set[str]) -> bool:
    """Whether one of *prepositions* at token *j* opens a call's medium ("by phone", "over the telephone")."""
    return view.word(j) in prepositions and bool(view.lx.words("call_medium") & {view.word(j + 1), view.word(j + 2)})


def _call_medium_after(view: SentenceView, k: int) -> bool:
    """True when "for" and a length of time at token *k* lead to "by phone" / "on the telephone"
    ("spoke for nearly two hours by telephone"): a call whose length splits its phrase.
    """
    if view.word(k) != "for":
        return False
    return any(_medium_at(view, j, {"by", "on", "over"}) for j in range(k + 2, min(len(view.toks), k + 7)))


_OCCASION_WORDS = 8
"""Most tokens between "the sidelines of" and the noun of the occasion ("of the annual leaders' summit", "of the
Shanghai Cooperation Organisation meeting", "of a Group of 20 foreign ministers' meeting")."""


def _sidelines_of(view: SentenceView, k: int) -> bool:
    """Whether the noun at token *k* is the occasion after "on the sidelines of" / "the margins of", past a
    determiner and a few modifiers ("of the summit", "of the annual summit", "of the ASEAN meeting").
    """
    present = view.toks.folded[1]
    if "of" not in present or present.isdisjoint(view.lx.words("in_person")):
        return False  # (most sentences: no "sidelines of" to look for)
    in_person = view.lx.words("in_person")
    j = k - 1
    # "of the annual summit", "of the ASEAN meeting", "of a Group of 20 foreign ministers' meeting"
    while j > k - 1 - _OCCASION_WORDS and j >= 0:
        if view.word(j) == "of" and view.word(j - 1) in in_person:
            return True
        if not view.token_list[j].is_word and view.token_list[j].text not in POSSESSIVE:
            return False
        j -= 1
    return False


def _manner_adverb(view: SentenceView, k: int) -> bool:
    """Whether token *k* is an adverb of how or when something was done, in "-ly" or standing between a subject
    and its verb ("separately", "briefly", "again"): lower case, no mention.
    """
    if k >= len(view.toks) or view.owner[k] is not None or not view.texts[k].islower():
        return False
    word = view.word(k)
    return word.endswith("ly") or word in view.lx.words("between_subject_verb")


def _skip(view: SentenceView, match: Match[Entry]) -> bool:
    """Meeting words in another sense: "called for", "talks about", "the G20 summit" as the occasion."""
    nxt = view.word(match.last)
    prev = view.word(match.first - 1)
    lemma = match.payload.get("lemma")
    if lemma == "call" and nxt in {"for", "on", "to", "off"}:
        return not (nxt == "on" and _time_at(view, match.last + 1))  # "calls on Iran to …"; not "a call on Monday"
    if (
        lemma == "speak"
        and _manner_adverb(view, match.last)
        and view.word(match.last + 1) == "with"
        and any(_person(view, x) for x in view.party_after(match.last + 2))
    ):
        nxt = "with"  # "spoke separately with Zelenskiy" (but not "spoke briefly to the press")
    if (
        lemma == "speak"
        and nxt not in {"with", "to", "by", "on", "over"}
        and not _call_medium_after(view, match.last)
        and not _in_person_after(view, match.last)
        and not _spoke_together_for(view, match)
    ):
        return True
    if match.payload.get("pos") == "noun" and _sidelines_of(view, match.first):
        return True  # "on the sidelines of the summit": the occasion of another meeting
    if (
        match.payload.get("pos") == "noun"
        and _kind(match.payload) is _MEETING
        and any(x.first == match.last and x.payload.get("pos") == "noun" for x in view.meeting)
    ):
        return True  # "bilateral meetings": a modifier of the meeting noun after it (a summit's kind is kept)
    if (
        match.payload.get("pos") == "noun"
        and match.payload.get("kind") == "summit"
        and view.owner[match.first - 1] is not None
        and _city_before(view, match.first) is None  # "the Hanoi summit" is a meeting of its own
        and not view.possessive_at(match.first - 1)  # "their summit" is theirs
    ):
        return not _after(view, match.last, frozenset({"between", "with"}))  # "the G20 summit" is an occasion
    if match.payload.get("pos") == "noun" and match.payload.get("kind") == "summit" and _occasion_only(view, match):
        return True  # "ahead of the climate summit", "will attend the climate summit": no sitting of its own
    if lemma == "talks" and nxt in {"about", "to"} and view.owner[match.first - 1] is not None:
        return True
    if (
        "named" in match.payload.values("frame")
        and not _after(view, match.last, frozenset({"with", "between"}), setting=True)
        and _presiding_verb_before(view, match.first) is None  # "mediated both sessions": the ones just told
        and not _held_sitting(view, match)  # "agreed to hold a strategic dialogue": the subject's
    ):
        return True  # "the closed plenary session of the summit": no parties, no meeting (nor a trigger)
    if (
        match.payload.get("tense") == "gerund"
        and view.word(match.first) == "visiting"
        and match.last < len(view.toks)
        and (_person_starts(view, match.last) or view.lx.titles.match_at(view.toks, match.last))
    ):
        return True  # "met with visiting Prime Minister …": an adjective of the guest, not a visit of its own
    if prev == "to" and match.payload.get("pos") == "verb" and _ordinal_relative(view, match.first - 1):
        return True  # "the first secretary of state to meet Xi since 2018": an implied meeting
    # "welcomed the move": not a guest; "gave a warm welcome to Ramaphosa" is the noun
    verb = match.payload.get("pos") == "verb"
    # "was welcomed by X" is the passive of a guest's welcome
    return verb and lemma == "welcome" and view.owner[match.last] is None and nxt not in {"to", "with", "by"}


_EVENT_NAME_WORDS = 6
"""Most capitalised words of an event's name before its summit noun ("the COP30 climate summit")."""


def _occasion_only(view: SentenceView, match: Match[Entry]) -> bool:
    """Whether the summit noun *match*, with no parties or owner of its own, is only a point in time ("ahead of
    the COP30 climate summit", "after the G20 summit": see :func:`_sequence_at`) or the event a verb of attending
    already reports ("will attend the climate summit").
    """
    j = _before_noun_phrase(view, match.first)
    if any(view.possessive_at(x) for x in range(j + 1, match.first)) or _after(
        view, match.last, frozenset({"between", "with"})
    ):
        return False  # "ahead of their summit", "before the summit with Kim": theirs
    if any(x.last == j + 1 and "attend" in x.payload.values("frame") for x in view.meeting):
        return True
    stop = j - _EVENT_NAME_WORDS
    while j >= max(0, stop) and (view.token_list[j].text[:1].isupper() or _plain_word(view, j)):
        j -= 1  # "ahead of the COP30 climate summit", "ahead of an emergency Arab summit": past the event's name
    while j >= 0 and view.word(j) in view.lx.words("determiner"):
        j -= 1
    return _sequence_at(view, j) or (view.word(j) == "of" and _sequence_at(view, j - 1))


def _plain_word(view: SentenceView, j: int) -> bool:
    """Whether token *j* is a lower-case content word ("emergency", "strengthen"): no function word, no mention."""
    text = view.texts[j]
    return text.isalpha() and text.islower() and view.owner[j] is None and view.word(j) not in view.lx.function_words


def _held_sitting(view: SentenceView, match: Match[Entry]) -> bool:
    """Whether a verb that holds one sitting governs the meeting noun *match* ("agreed to hold a strategic
    dialogue"), not one that starts or resumes a process ("agreed to resume the dialogue").
    """
    light = _light_verb(view, match.first)
    return light is not None and view.word(light) in view.lx.words("sitting_verb")


def _person_starts(view: SentenceView, k: int) -> bool:
    """Whether a person's mention (a name, or a title and name) starts at token *k*."""
    m = view.mention(view.owner[k])
    return m is not None and m.kind is _PERSON and view.start_of([view.owner[k]]) == k  # type: ignore[list-item]


def _ordinal_relative(view: SentenceView, to: int) -> bool:
    """ "the first/only/last … to meet": an infinitive that describes someone rather than an event."""
    for j in range(to - 1, max(-1, to - 10), -1):
        word = view.word(j)
        if word in {"first", "only", "last", "second", "third", "latest"} and view.word(j - 1) in {"the", "his", "her"}:
            return True
        if view.token_list[j].text in {",", ";"}:
            return False
    return False


def _add_facts(
    state: ExtractionState,
    draft: MeetingDraft,
    evidence: tuple[int, int],
    ti: int | None,
    di: int | None,
    pi: int | None,
) -> None:
    if evidence not in draft.evidence:
        draft.evidence.append(evidence)
    if draft.duration is None and di is not None:
        draft.duration = di
    if draft.place is None and pi is not None:
        draft.place = pi
    if ti is None:
        return
    expr = state.times[ti]
    if expr.kind is _STORY_DAY:  # "hosted him for a dinner that evening": the story's day
        value, precision = _story_date(state, ti, future=draft.status is _PLANNED)
    else:
        value, precision = resolve(expr, state.published, future=draft.status is _PLANNED)
    if draft.date is None or draft.date[0] is None:
        if value is not None or draft.date is None:
            draft.time, draft.date = ti, (value, precision)
    elif (
        value is not None
        and precision is _DAY
        and draft.date[1] is not _DAY
        and _compatible(draft, MeetingDraft([], draft.status, date=(value, precision)))
    ):
        draft.time, draft.date = ti, (value, precision)  # "next month" … "will be on June 16"


def _split_ranges(state: ExtractionState, drafts: list[MeetingDraft]) -> list[MeetingDraft]:
    """A meeting over a range of days ("met over May 10-11", "is set to hold talks on Thursday and Friday") is
    one meeting per day (not a planned trip: "will visit from May 10 to 14" is one visit).
    """
    out: list[MeetingDraft] = []
    for d in drafts:
        future = d.status is _PLANNED
        if d.time is None or (future and d.kind is _VISIT):
            out.append(d)
            continue
        expr = state.times[d.time]
        if expr.range_end is None:
            second = _second_day(state, d, future=future)
            out.append(attrs.evolve(d, duration=None, day_of_range=True) if second else d)
            out.extend(second)
            continue
        first, last, precision = resolve_range(expr, state.published, future=future)
        if first is None or last is None or precision is not _DAY or not 0 < (last - first).days <= _RANGE_DAYS:
            out.append(d)
            continue
        day = first
        while day <= last:
            out.append(attrs.evolve(d, date=(day, _DAY), duration=None, evidence=list(d.evidence), day_of_range=True))
            day += _dt.timedelta(days=1)
    return out


_RANGE_DAYS = 6
"""Most days from the first to the last sitting of one meeting told over a range of days."""


def _second_day(state: ExtractionState, d: MeetingDraft, *, future: bool) -> list[MeetingDraft]:
    """ "held talks on Saturday and Sunday": the day after "and" is a second sitting (*future*: of a planned
    meeting, whose days are resolved forward).
    """
    assert d.time is not None  # noqa: S101 (the caller checked)
    k = d.time + 1
    if k >= len(state.times) or d.date is None or d.date[1] is not _DAY:
        return []
    expr, other = state.times[d.time], state.times[k]
    if other.kind is not expr.kind or state.text[expr.end : other.start] != " and ":
        return []
    value, precision = resolve(other, state.published, future=future)
    if value is None or precision is not _DAY or value == d.date[0] or d.date[0] is None:
        return []
    if value < d.date[0]:
        value += _dt.timedelta(days=7)  # "on Monday and Tuesday", told on a Tuesday: the Tuesday after that Monday
    if (value - d.date[0]).days > _RANGE_DAYS:
        return []
    return [
        attrs.evolve(d, time=k, date=(value, precision), duration=None, evidence=list(d.evidence), day_of_range=True)
    ]


def _compatible(a: MeetingDraft, b: MeetingDraft) -> bool:
    if a.status is not b.status:
        return False
    da = a.date[0] if a.date else None
    db = b.date[0] if b.date else None
    if da is None or db is None:
        return True
    pa = a.date[1] if a.date else None
    pb = b.date[1] if b.date else None
    if pa is _DAY and pb is _DAY:
        return da == db
    if _YEAR in (pa, pb):
        return da.year == db.year
    return (da.year, da.month) == (db.year, db.month)


_SAME_SENTENCE_DRAFTS = 4
"""Most recent meetings of the same people looked through for one told in the same sentence."""


def _apart(state: ExtractionState, a: MeetingDraft, b: MeetingDraft) -> bool:
    """True when two visits of the same people went to different countries ("visited Kyiv in August, weeks after
    he travelled to Moscow"): two trips, however their dates compare.

    The place of a visit is its destination; other meetings may take a place from words about something else,
    so they are not told apart by it.
    """
    return a.kind is _VISIT and b.kind is _VISIT and _other_countries(state, a, b)


def _other_countries(state: ExtractionState, a: MeetingDraft, b: MeetingDraft) -> bool:
    """True when the places of two meetings lie in different known countries."""
    if a.place is None or b.place is None:
        return False
    ca, cb = state.places[a.place].country, state.places[b.place].country
    return bool(ca and cb and ca != cb)


def _may_join(a: MeetingDraft, b: MeetingDraft) -> bool:
    """A meeting set apart ("after meeting in Bali a year ago") joins only a dated mention, as does one told as
    earlier ("last met") with what was told before it; an event attended joins only mentions of an event
    attended. Draft *b* is told after draft *a*.
    """
    if a.event != b.event:
        return False
    if a.apart or b.apart or b.earlier:  # b is told after a: an earlier meeting is no later mention of a
        return bool(a.date and a.date[0] and b.date and b.date[0])
    return True


def _merge_into(a: MeetingDraft, b: MeetingDraft) -> None:
    seen = set(a.evidence)
    a.evidence.extend(x for x in b.evidence if x not in seen)
    names = set(a.others)
    a.others.extend(name for name in b.others if name not in names)
    better_date = (
        b.date is not None
        and b.date[0] is not None
        and (a.date is None or a.date[0] is None or (b.date[1] is _DAY and a.date[1] is not _DAY))
    )
    if better_date or (a.date is None and b.date is not None):
        a.date, a.time = b.date, b.time
    a.place = a.place if a.place is not None else b.place
    if a.duration is None and not a.day_of_range:
        a.duration = b.duration
    a.pronouns.extend(b.pronouns)
    if a.kind is _MEETING and b.kind not in (_MEETING, _VISIT) and not (b.kind is _CALL and a.place is not None):
        a.kind = b.kind  # (but "met Xi at the Great Hall … The two spoke for an hour": a meeting in a place)


def _merge(state: ExtractionState, drafts: list[MeetingDraft]) -> list[MeetingDraft]:
    """One draft per real-world meeting: same people, same status, compatible dates."""
    out: list[MeetingDraft] = []
    by_key: dict[tuple[frozenset[int], frozenset[str]], list[MeetingDraft]] = {}
    for d in drafts:
        key = (frozenset(d.participants), frozenset() if d.participants else frozenset(d.others))
        told = by_key.get(key, [])
        # the first told, unless one was told in the same sentence ("last met in July, where they held …")
        target = next(
            (
                o
                for o in reversed(told[-_SAME_SENTENCE_DRAFTS:])
                if o.sentence == d.sentence and _compatible(o, d) and _may_join(o, d) and not _apart(state, o, d)
            ),
            None,
        ) or next((o for o in told if _compatible(o, d) and _may_join(o, d) and not _apart(state, o, d)), None)
        if target is None:
            out.append(d)
            by_key.setdefault(key, []).append(d)
        else:
            _merge_into(target, d)
    out = _some_of_them(state, _named_later(_plans_kept(state, _ahead_of_held(out))))
    _places_from_trips(state, drafts, out)
    _days_from_arrivals(state, out)
    # a visit whose meetings the article reports is not a meeting of its own, nor is a summary
    # such as "Blinken met Chinese officials" next to his meetings with named counterparts
    with_others: dict[int, list[MeetingDraft]] = {}
    for o in out:
        if len(o.participants) > 1:
            for person in o.participants:
                with_others.setdefault(person, []).append(o)
    kept: list[MeetingDraft] = []
    folded: list[tuple[MeetingDraft, MeetingDraft]] = []
    for d in out:
        during = (
            [
                o
                for o in with_others.get(d.participants[0], ())
                if (o.status is d.status or _same_destination(state, o, d))
                and (not _other_day(o, d) or _during_trip(state, o, d))
                and not _other_time(o, d)
                and not _elsewhere(state, o, d)
            ]
            if len(d.participants) == 1 and d.others
            else []
        )
        if not during:
            kept.append(d)
        elif (
            len(during) == 1  # (of several meetings, which one the trip was for is not known)
            and d.kind is _VISIT
            and during[0].status is d.status
            and (during[0].place is None or _same_destination(state, during[0], d))
        ):
            folded.append((d, during[0]))
    trips = Counter(id(meeting) for _d, meeting in folded)
    for d, meeting in folded:
        # "Lee will make a state visit to Japan next month. … Ishiba is expected to host a dinner for Lee": the
        # visit's time and place are its meeting's when the meeting names none (and no other trip was folded in)
        if trips[id(meeting)] > 1:
            continue
        if (meeting.date is None or meeting.date[0] is None) and d.date is not None and d.date[0] is not None:
            meeting.date, meeting.time = d.date, d.time
        if meeting.place is None and d.place is not None:
            meeting.place = d.place
    return kept


def _named_later(drafts: list[MeetingDraft]) -> list[MeetingDraft]:
    """ "European foreign ministers held three and a half hours of talks with Iran's foreign minister in
    Geneva. … Helen Marlowe, … and Katja Lind met Reza Tavakoli on Friday": a meeting whose parties the
    article does not name yet is the one it names in the next sentences, when their facts agree.
    """
    kept: list[MeetingDraft] = []
    for i, d in enumerate(drafts):
        if not d.participants:
            target = next(
                (
                    t
                    for t in drafts[i + 1 :]
                    if d.sentence < t.sentence <= d.sentence + _NAMED_LATER_REACH
                    and len(t.participants) >= 2
                    and _compatible(t, d)
                    and _may_join(d, t)
                    and (t.place is None or d.place is None or t.place == d.place)
                ),
                None,
            )
            if target is not None:
                _merge_into(target, attrs.evolve(d, others=[]))  # its groups are the people named
                continue
        kept.append(d)
    return kept


_NAMED_LATER_REACH = 3
"""Sentences after a meeting of unnamed parties in which the article may name them."""


def _some_of_them(state: ExtractionState, drafts: list[MeetingDraft]) -> list[MeetingDraft]:
    """ "Putin met Witkoff and Kushner at the Kremlin on Tuesday. … It was Witkoff's sixth meeting with Putin this
    year.": a meeting of some of the people of the meeting just told, dated only by a year or month that the
    told meeting's day falls in, with no place of its own, is that meeting told again.
    """
    kept: list[MeetingDraft] = []
    for d in drafts:
        target = next(
            (
                t
                for t in reversed(kept[-_SAME_SENTENCE_DRAFTS:])
                if 0 < d.sentence - state.sentence_at(max(a for a, _b in t.evidence)) <= _SOME_OF_THEM_REACH
                and 2 <= len(d.participants) < len(t.participants)
                and set(d.participants) <= set(t.participants)
                and d.kind in (t.kind, _MEETING)
                and d.place is None
                and d.date is not None
                and d.date[1] in (_YEAR, _MONTH)  # "this year": a span the meeting just told falls in
                and t.date is not None
                and t.date[1] is _DAY
                and _compatible(t, d)
                and _may_join(t, d)
            ),
            None,
        )
        if target is None:
            kept.append(d)
        else:
            _merge_into(target, d)
    return kept


_SOME_OF_THEM_REACH = 2
"""Sentences after a meeting was last told in which a meeting of some of its people may be that meeting again."""

_ARRIVAL_REACH = 4
"""How many tokens after a verb of arrival its place may start ("arrived in New Delhi")."""


def _arrivals(state: ExtractionState, view: SentenceView, resolver: _Resolver) -> None:
    """Note where people arrive ("Baerbock arrived in New Delhi on Monday"): not a meeting, but where
    the meetings of their trip take place when those give no place of their own.
    """
    travel = view.lx.words("traveller_verb")
    words, present = view.toks.keys(folded=True)
    if present.isdisjoint(travel):
        return
    found: dict[int, set[int]] = state.cached("meetings.arrivals", dict)
    starts = _place_starts(state)
    for k, word in enumerate(words):
        if word not in travel or view.quoted[k] is not None:
            continue
        persons = resolver.expand(view.subject_before(k), view.index, view.token_list[k].start, view)[0]
        if not persons:
            continue
        for j in range(k + 1, min(len(view.toks), k + _ARRIVAL_REACH)):
            if view.word(j - 1) not in {"in", "at"}:
                continue
            i = bisect.bisect_left(starts, view.token_list[j].start)
            if i < len(starts) and starts[i] == view.token_list[j].start:
                for person in persons:
                    found.setdefault(person, set()).add(i)
                break
        ti = _arrival_day(state, view, k)
        if ti is not None:
            days: dict[tuple[int, int], int] = state.cached("meetings.arrival_days", dict)
            for person in persons:
                days[person, view.index] = ti


def _arrival_day(state: ExtractionState, view: SentenceView, k: int) -> int | None:
    """The index of the past day a traveller arrives on, named within a few tokens of the verb at token
    *k* ("arrived in Kyiv on Monday morning by overnight train"), else None.
    """
    stop = view.token_list[min(len(view.toks), k + _ARRIVAL_DAY_REACH) - 1].end
    starts: list[int] = state.cached("context.time_starts", lambda: [t.start for t in state.times])
    for i in range(bisect.bisect_left(starts, view.token_list[k].end), len(starts)):
        expr = state.times[i]
        if expr.start >= stop:
            break
        if expr.kind in (_WEEKDAY, _RELATIVE_DAY, _DATE) and _direction(expr) <= 0:
            return i
        return None  # the first time after the verb is its time, whatever it is
    return None


_ARRIVAL_DAY_REACH = 8
"""How many tokens after a verb of arrival its day may end ("arrived in New Delhi on Monday")."""


def _days_from_arrivals(state: ExtractionState, drafts: list[MeetingDraft]) -> None:
    """ "Wadephul arrived in Kyiv on Monday morning. He held talks with Sybiha …": a held meeting with no
    time of its own, told in the sentence of a participant's arrival or the next, is on the day of
    the arrival.
    """
    days: dict[tuple[int, int], int] = state.cached("meetings.arrival_days", dict)
    if not days:
        return
    for d in drafts:
        if d.date is not None or d.status is not _HELD or len(d.participants) < 2:
            continue
        found = {
            ti for p in d.participants for s in (d.sentence, d.sentence - 1) if (ti := days.get((p, s))) is not None
        }
        if len(found) == 1:
            _set_date(state, d, found.pop(), past=True)


def _places_from_trips(state: ExtractionState, mentions: list[MeetingDraft], drafts: list[MeetingDraft]) -> None:
    """ "Blinken met with Chinese officials during a rare trip to Beijing … On Monday, Blinken met
    with Xi": a meeting with no place of its own, of someone whose one recent trip in the article
    went to one place, took place there.
    """
    published = state.published
    destinations: dict[tuple[int, MeetingStatus], set[int]] = {}
    trips: dict[tuple[int, int], MeetingDraft] = {}
    """(person, place) -> the trip there, whose time a meeting must fit to take its place."""
    arrived: dict[int, set[int]] = state.cached("meetings.arrivals", dict)
    for person, places in arrived.items():
        destinations.setdefault((person, _HELD), set()).update(places)
    for d in mentions:  # before merging, which keeps one place per meeting
        if len(d.participants) != 1 or not d.others or d.place is None:
            continue
        if published is not None and d.date and d.date[0] and _long_before(d.date[0], d.date[1], published):
            continue  # "Lavrov last visited Beijing in October": another trip
        destinations.setdefault((d.participants[0], d.status), set()).add(d.place)
        trips.setdefault((d.participants[0], d.place), d)
    for d in drafts:
        if d.place is not None or len(d.participants) < 2:
            continue
        if published is not None and d.date and d.date[0] and _long_before(d.date[0], d.date[1], published):
            continue
        found = sorted(
            {
                p
                for person in d.participants
                for p in destinations.get((person, d.status), ())
                if not _other_time(d, trip := trips.get((person, p), d))  # "the next summit in 2025": not the trip
                and not _before_the_trip(d, trip)  # "will meet Xi on Thursday … will fly on to Shanghai on Friday"
            }
        )
        if len({state.places[p].country or state.places[p].text for p in found}) == 1:
            # one country: its city when a trip names one ("arrived in China … in Beijing")
            cities = {state.places[p].city for p in found if state.places[p].city}
            if len(cities) <= 1:
                d.place = next((p for p in found if state.places[p].city), found[0])


def _ahead_of_held(drafts: list[MeetingDraft]) -> list[MeetingDraft]:
    """ "Trump and Kim shook hands on Tuesday ahead of their summit": when the article reports the
    same people meeting on the day (or the summit has no day of its own), the summit is that held
    meeting, not a planned one.
    """
    held = [d for d in drafts if d.status is _HELD and len(d.participants) > 1]
    kept: list[MeetingDraft] = []
    for d in drafts:
        if d.ahead:
            target = next(
                (
                    h
                    for h in held
                    if set(h.participants) == set(d.participants)
                    and (d.date is None or d.date[0] is None or (h.date is not None and h.date[0] == d.date[0]))
                ),
                None,
            )
            if target is not None:
                _merge_into(target, d)
                continue
        kept.append(d)
    return kept


def _plans_kept(state: ExtractionState, drafts: list[MeetingDraft]) -> list[MeetingDraft]:
    """ "Blinken … announced on Wednesday his intention to speak to Lavrov this week. … the two discussed …": a
    plan told first, and then a held meeting of the same people on a day within the plan's time, is the plan
    carried out: one held meeting. A plan told after the meeting ("will meet again next month") is another.
    """
    kept: list[MeetingDraft] = []
    for i, d in enumerate(drafts):
        if d.status is _PLANNED and d.date is not None and d.date[0] is not None and len(d.participants) > 1:
            target = next(
                (
                    h
                    for h in drafts[i + 1 : i + 1 + _SAME_SENTENCE_DRAFTS]
                    if h.status is _HELD
                    and h.sentence > d.sentence
                    and set(h.participants) == set(d.participants)
                    and _carried_out(state, d, h)
                ),
                None,
            )
            if target is not None:
                # its day, when it has one; else the plan's time ("this week")
                _merge_into(target, d if target.date is None else attrs.evolve(d, date=None, time=None))
                continue
        kept.append(d)
    return kept


def _carried_out(state: ExtractionState, plan: MeetingDraft, held: MeetingDraft) -> bool:
    """Whether the *held* meeting falls in the time of the *plan* (a week, month or year, not a day): on a past
    day inside it, or with no day of its own when the plan's time is the present one ("this week"). A plan for a
    coming period ("will travel to Washington next week to meet Trump") is not carried out by a meeting held by
    the time of the story ("spoke by telephone with Trump on Wednesday").
    """
    if plan.date is None or plan.date[0] is None or plan.date[1] is _DAY or state.published is None:
        return False
    if plan.time is not None and _coming_period(state.times[plan.time]):
        return False
    day = held.date[0] if held.date is not None and held.date[1] is _DAY else None
    if held.date is not None and day is None:
        return False  # a held meeting of a month or year of its own
    when = attrs.evolve(held, date=(day or state.published, _DAY))
    return (day or state.published) <= state.published and _compatible(attrs.evolve(plan, status=_HELD), when)


def _coming_period(expr: TimeExpression) -> bool:
    """Whether a time names a period after the story's own ("next week", "next month"), which nothing held by
    then falls in.
    """
    return expr.kind is _RELATIVE_PERIOD and expr.offset is not None and expr.offset > 0


def _other_time(a: MeetingDraft, b: MeetingDraft) -> bool:
    """True when both meetings are dated and their times cannot overlap ("the next annual summit in 2025" beside
    "is due to travel to Guyana on Tuesday"), whatever their precision.
    """
    if a.date is None or b.date is None or a.date[0] is None or b.date[0] is None:
        return False
    if a.date[1] is _DAY and b.date[1] is _DAY:
        return False  # two days: see _other_day (a trip's days may differ from its meetings')
    return not _compatible(attrs.evolve(a, status=b.status), b)


def _before_the_trip(meeting: MeetingDraft, trip: MeetingDraft) -> bool:
    """True when both are dated to the day and the meeting's comes before the trip's: not held where the trip
    goes.
    """
    return (
        _other_day(meeting, trip)
        and meeting.date is not None
        and trip.date is not None
        and meeting.date[0] is not None
        and trip.date[0] is not None
        and meeting.date[0] < trip.date[0]
    )


def _other_day(a: MeetingDraft, b: MeetingDraft) -> bool:
    """True when both meetings have a day and the days differ ("talked with the leaders of Japan
    … on Sunday" beside the summit with Xi on Monday).
    """
    return bool(
        a.date
        and b.date
        and a.date[0]
        and b.date[0]
        and a.date[1] is _DAY
        and b.date[1] is _DAY
        and a.date[0] != b.date[0]
    )


def _elsewhere(state: ExtractionState, meeting: MeetingDraft, visit: MeetingDraft) -> bool:
    """True when a visit cannot be the trip of a meeting: they took place in different countries, or in
    different months ("hosted Mitsotakis in Ankara on Monday" and "in December, when Erdogan visited Athens").
    """
    if _other_countries(state, meeting, visit):
        return True
    da, db = meeting.date, visit.date
    if not (da and db and da[0] and db[0]) or _YEAR in (da[1], db[1]):
        return False
    return (da[0].year, da[0].month) != (db[0].year, db[0].month)


_TRIP_DAYS = 7
"""How many days after a visit begins a meeting in the country visited may still belong to it."""


def _during_trip(state: ExtractionState, meeting: MeetingDraft, visit: MeetingDraft) -> bool:
    """True when *visit* is a trip and *meeting* took place in its country within a few days of its
    start ("arrived in Beijing on Sunday for a two-day visit … met Xi on Monday").
    """
    if visit.kind is not _VISIT or not _same_destination(state, meeting, visit):
        return False
    start, end = visit.date[0] if visit.date else None, meeting.date[0] if meeting.date else None
    return start is not None and end is not None and 0 <= (end - start).days <= _TRIP_DAYS


def _same_destination(state: ExtractionState, meeting: MeetingDraft, visit: MeetingDraft) -> bool:
    """True when a meeting took place in the country a visit went to."""
    if meeting.place is None or visit.place is None:
        return False
    a, b = state.places[meeting.place], state.places[visit.place]
    return bool(a.country and a.country == b.country)
