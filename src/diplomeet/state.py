"""The parse state that rules read and write while one article is extracted.

A rule is a function ``rule(state) -> None``. Offsets inside the state are
offsets of :attr:`Document.clean <diplomeet.document.Document.clean>`; they become
spans of the caller's text only when the final records are built
(:attr:`ExtractionState.span`). Rules communicate only through this object:

===============  ===========================================================
attribute        written by (default chain)
===============  ===========================================================
``quotes``       ``quotes``: quotation-mark spans
``sentences``    ``sentences``: sentence boundaries
``mentions``     ``mentions``: names, titles, countries, organisations, places
``entities``     ``people``: who is who (participants in the making)
``times``        ``times``: date expressions; ``durations`` too
``places``       ``places``: places with their venue, city, country
``statements``   ``statements``: quotations and reported speech
``meetings``     ``meetings``: meeting drafts, merged per real-world meeting
``topics``       ``topics``: issues discussed
``outcomes``     ``outcomes``: agreements, pledges, refusals
``env``          anything: a dict for plugins, keyed by plugin name
===============  ===========================================================
"""

from __future__ import annotations

import bisect
import datetime as _dt
import enum
import operator
from collections import OrderedDict
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from diplomeet.document import Document, Tokens, fold
from diplomeet.models import (
    MeetingKind,
    MeetingStatus,
    OutcomeKind,
    ParticipantKind,
    Span,
    StatementKind,
)

if TYPE_CHECKING:
    from diplomeet.options import Options
    from diplomeet.quotes import Quotation
    from diplomeet.resources import Resources
    from diplomeet.temporal import DurationExpression, TimeExpression

__all__ = [
    "Entity",
    "ExtractionState",
    "MeetingDraft",
    "MentionKind",
    "MentionRecord",
    "OutcomeDraft",
    "PlaceRecord",
    "Sentence",
    "StatementDraft",
    "TopicDraft",
]

T = TypeVar("T")

_START = operator.attrgetter("start")
"""A sentence's start offset, read in C (the key of :meth:`ExtractionState.sentence_at`'s search)."""

TOKEN_CACHE_LIMIT = 100_000
"""Most tokens :meth:`ExtractionState.tokens` keeps at once (about 500 kB of news text, some 14 MB of memory;
always the whole of a window of the default ``Options.window_chars``)."""


class MentionKind(str, enum.Enum):
    """What a mention names."""

    PERSON = "person"
    """A person's name, with or without its title ("President Joe Biden", "Biden")."""
    DESCRIPTION = "description"
    """A person named by office only ("the Chinese leader", "the secretary")."""
    PRONOUN = "pronoun"
    """He, she, him, her, his."""
    ORGANIZATION = "organization"
    """A ministry, agency, outlet, party, international body."""
    COUNTRY = "country"
    """A country by name, alias or seat of power ("Beijing", "the Kremlin")."""
    PLACE = "place"
    """A city, region or venue that is not acting as a party."""
    GROUP = "group"
    """An unnamed party ("Chinese officials", "the two sides", "the US side")."""
    DOCUMENT = "document"
    """A document that speaks for itself ("a joint statement"); made by the statements rule."""


@attrs.define(eq=False)
class MentionRecord:
    """One mention found in the text (clean-view offsets)."""

    start: int
    """Start of the name or phrase itself (after any title)."""
    end: int
    kind: MentionKind
    text: str
    """The mention as written (clean view)."""
    words: tuple[str, ...] = ()
    """The name's words without honorifics, for matching ("Joe", "Biden")."""
    title: str | None = None
    """A title attached to this mention, as written ("Secretary of State")."""
    title_category: str | None = None
    """The title's category from the ``titles`` lexicon (``head_of_state``...)."""
    refers: tuple[str, ...] = ()
    """For descriptions ("the leader"): the title categories it can refer to (empty: any)."""
    title_span: tuple[int, int] | None = None
    """Where the title (with its country) is, when there is one."""
    country: str | None = None
    """A country attached to this mention (canonical name)."""
    key: str | None = None
    """A normalised lookup key: the country or organisation name for those kinds."""
    category: str | None = None
    """For organisations: their kind in the ``organizations`` lexicon (``news_agency``, ``ministry``...)."""
    gender: str | None = None
    """``m`` or ``f`` when an honorific, given name or pronoun says so."""
    strong: bool = False
    """For person names: a title, honorific, given name or appositive vouches for it."""
    entity: int | None = None
    """Index into :attr:`ExtractionState.entities` once resolved."""
    sentence: int = -1
    """Index of the sentence it is in."""
    first_token: int = -1
    """Index of its first token in its sentence's tokens."""
    last_token: int = -1
    """Index one past its last token in its sentence's tokens."""


@attrs.define(eq=False)
class Entity:
    """A participant in the making: one real person, organisation or country."""

    kind: ParticipantKind
    name: str
    aliases: list[str] = attrs.field(factory=list)
    title: str | None = None
    title_category: str | None = None
    country: str | None = None
    mentions: list[int] = attrs.field(factory=list)
    """Indices into :attr:`ExtractionState.mentions`."""
    first: int = 0
    """Clean offset of the first mention (for ordering)."""


@attrs.define(eq=False)
class Sentence:
    """A sentence of the clean view."""

    start: int
    end: int
    paragraph: int = 0
    """Index of the paragraph (block of text between blank lines or line breaks)."""


@attrs.define(eq=False)
class PlaceRecord:
    """A place mention with what the gazetteer knows about it (clean offsets)."""

    start: int
    end: int
    text: str
    venue: str | None = None
    city: str | None = None
    country: str | None = None

    @property
    def local(self) -> bool:
        """Whether the mention names a venue or a known city of a country itself ("Seoul", "the Kremlin"),
        not a country or a region ("Asia", stored as a city with no country): a place where people meet or
        sign, never an issue's name.
        """
        city = self.city is not None and self.country is not None and fold(self.city) == fold(self.text)
        return self.venue is not None or city


@attrs.define(eq=False)
class StatementDraft:
    """A statement before the final records are built."""

    start: int
    end: int
    kind: StatementKind
    speaker: int | None = None
    """Entity index of the speaker."""
    speaker_mention: int | None = None
    """Index of the mention that attributes it."""
    verb: str | None = None
    cue: tuple[int, int] | None = None
    channel: str | None = None
    quote: int | None = None
    """Index into :attr:`ExtractionState.quotes` for direct statements."""


@attrs.define(eq=False)
class MeetingDraft:
    """A meeting before the final records are built; merged per real-world meeting."""

    participants: list[int]
    """Entity indices (people or organisations)."""
    status: MeetingStatus
    kind: MeetingKind = MeetingKind.MEETING
    others: list[str] = attrs.field(factory=list)
    time: int | None = None
    """Index into :attr:`ExtractionState.times`."""
    date: tuple[_dt.date | None, Any] | None = None
    """The resolved ``(value, precision)`` of ``time``."""
    place: int | None = None
    """Index into :attr:`ExtractionState.places`."""
    duration: int | None = None
    """Index into :attr:`ExtractionState.durations`."""
    evidence: list[tuple[int, int]] = attrs.field(factory=list)
    sentence: int = -1
    role: str | None = None
    """Who travelled: ``visit`` (a visitor came to a host), ``host``, ``third`` (a third location)."""
    topics: list[int] = attrs.field(factory=list)
    outcomes: list[int] = attrs.field(factory=list)
    pronouns: list[int] = attrs.field(factory=list)
    """Indices of pronoun mentions that name a participant ("his talks with Chin")."""
    day_of_range: bool = False
    """One day of talks held over several ("met on May 10 and 11"): a length given for the whole
    is not this day's."""
    day_shift: int = 0
    """Days from the date of the clause to the meeting's ("a day after holding talks": -1)."""
    event: bool = False
    """People put at one event they attend ("both attended the G20 summit"): another encounter
    than their own meetings, merged only with mentions of the same event."""
    ahead: bool = False
    """Planned only as the story is told ("shook hands ahead of their summit"): the held meeting
    of the same people that day, when the article reports one."""
    apart: bool = False
    """Another meeting than the one its sentence reports ("… after meeting him a year ago"): it
    joins only a dated mention of the same meeting, never an undated one."""
    earlier: bool = False
    """Told as an earlier meeting than the one reported ("the two ministers last met in June"): it joins
    no mention told before it unless both are dated; mentions after it may tell more of it ("…, where they
    held a 40-minute meeting")."""


@attrs.define(eq=False)
class TopicDraft:
    """A topic before the final records are built."""

    label: str
    start: int
    end: int
    evidence: tuple[int, int] | None = None
    meeting: int | None = None


@attrs.define(eq=False)
class OutcomeDraft:
    """An outcome before the final records are built."""

    kind: OutcomeKind
    start: int
    end: int
    parties: list[str] = attrs.field(factory=list)
    cue: tuple[int, int] | None = None
    meeting: int | None = None


@attrs.define(eq=False)
class ExtractionState:
    """Everything rules know about one article while it is being read."""

    document: Document
    """The article (original text and clean view)."""
    published: _dt.date | None
    """The reference date for relative time expressions."""
    options: Options
    """The extractor's options."""
    resources: Resources
    """Lexicons and compiled patterns, shared by every call of the extractor."""
    quotes: list[Quotation] = attrs.field(factory=list)
    sentences: list[Sentence] = attrs.field(factory=list)
    mentions: list[MentionRecord] = attrs.field(factory=list)
    entities: list[Entity] = attrs.field(factory=list)
    times: list[TimeExpression] = attrs.field(factory=list)
    durations: list[DurationExpression] = attrs.field(factory=list)
    places: list[PlaceRecord] = attrs.field(factory=list)
    statements: list[StatementDraft] = attrs.field(factory=list)
    meetings: list[MeetingDraft] = attrs.field(factory=list)
    topics: list[TopicDraft] = attrs.field(factory=list)
    outcomes: list[OutcomeDraft] = attrs.field(factory=list)
    env: dict[str, Any] = attrs.field(factory=dict)
    """Free space for plugins, keyed by plugin name."""
    _memo: dict[str, Any] = attrs.field(factory=dict, alias="_memo")
    _tokens: OrderedDict[int, Tokens] = attrs.field(factory=OrderedDict, alias="_tokens")
    _tokens_held: int = attrs.field(default=0, alias="_tokens_held")
    text: str = attrs.field(init=False, repr=False)
    """The clean view of the article (what rules match against): ``document.clean``, kept as a field
    because rules read it thousands of times an article (a property would run Python each time)."""
    span: Callable[[int, int], Span] = attrs.field(init=False, repr=False)
    """Return the span of the caller's original text for clean offsets (``start``, ``end``).

    The document's own :meth:`~diplomeet.document.Document.span`, kept as a field: the records of an
    article are built from thousands of spans, and a method that passed them on would add a Python
    frame to each."""

    built: Callable[[str], Any] = attrs.field(init=False, repr=False)
    """Return the per-article value called *key* if :meth:`cached` has built it, else ``None``.

    The memo's own ``dict.get``, kept as a field: a rule that asks for the same index for every token
    it reads looks it up in C, with no Python frame and no ``build`` closure made for each call
    (``state.built(key)``, then :meth:`cached` only when that is ``None``)."""

    def __attrs_post_init__(self) -> None:
        self.text = self.document.clean
        self.span = self.document.span
        self.built = self._memo.get

    def tokens(self, sentence: int) -> Tokens:
        """Return the tokens of sentence number *sentence*.

        They are cached per state, up to :data:`TOKEN_CACHE_LIMIT` tokens: the
        sentences read longest ago are dropped first (and tokenised again if
        asked for), so memory stays bounded on a very long article.
        """
        cached = self._tokens.get(sentence)
        if cached is None:
            s = self.sentences[sentence]
            cached = self.document.tokens(s.start, s.end)
            held = self._tokens_held + len(cached)
            while held > TOKEN_CACHE_LIMIT and self._tokens:
                held -= len(self._tokens.popitem(last=False)[1])
            self._tokens[sentence] = cached
            self._tokens_held = held
        return cached

    def sentence_at(self, offset: int) -> int:
        """Return the index of the sentence containing clean *offset* (or the nearest before)."""
        return max(0, bisect.bisect_right(self.sentences, offset, key=_START) - 1)

    def local_place_at(self, offset: int) -> bool:
        """Whether a city or venue mention (:attr:`PlaceRecord.local`) starts at clean *offset*.

        For the rules after ``meetings``, which may still add the places it finds.
        """
        starts: frozenset[int] = self.cached(
            "state.local_place_starts", lambda: frozenset(p.start for p in self.places if p.local)
        )
        return offset in starts

    def release(self) -> None:
        """Drop the per-article caches of :meth:`cached` and :meth:`tokens`.

        Sentence views and other indexes refer back to the state; without this the
        state of an article lives on until the garbage collector's next full pass
        (which matters when a very long text is read window after window).
        """
        self._memo.clear()
        self._tokens.clear()
        self._tokens_held = 0

    def cached(self, key: str, build: Callable[[], T]) -> T:
        """Return the per-article value called *key*, building it with *build* the first time.

        Rules keep indexes here (sentence views, sorted offsets); ``env`` stays free for plugins.
        Build such values only from what earlier rules have finished writing.
        """
        try:
            value: T = self._memo[key]
        except KeyError:
            value = self._memo[key] = build()
        return value
