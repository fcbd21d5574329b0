"""Matching for :mod:`diplomeet.story`: which records of different articles are the same fact.

Three matchers, one per kind of record, each working by *blocking*: a record is
compared only with the clusters that share a key with it, never with every
cluster, so that reconciling many articles takes time close to linear in their
number.

* :class:`ParticipantMatcher` groups participants into parties. People are
  compared with the rules the ``people`` rule applies inside one article
  (:func:`diplomeet.rules.people.surname_of`, :func:`diplomeet.names.similar_words`):
  the same surname up to spelling and transliteration, and given names that do
  not differ. Blocking key: the phonetic key of the surname and its one-letter
  deletions (two keys one edit apart always share one of them).
* :class:`MeetingMatcher` groups meetings with compatible participants, status,
  date and place. Blocking key: each pair of participants, the status and the
  month (or year) of the date.
* :class:`StatementMatcher` groups statements that carry the same words.
  Blocking key: pairs of consecutive content words of the quotation.

Everything here is internal; :mod:`diplomeet.story` turns the clusters into records.
"""

from __future__ import annotations

import datetime as _dt
import functools
import itertools
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Sequence

from diplomeet import names
from diplomeet.gazetteer import fold
from diplomeet.lexicons import load
from diplomeet.models import MeetingStatus, Participant, ParticipantKind, Place, Precision, StatementKind, TimeRef
from diplomeet.patterns import WORD, compile_pattern
from diplomeet.resources import Resources
from diplomeet.rules.lexical import Lexical, lexical
from diplomeet.rules.people import surname_of

__all__ = [
    "MeetingMatcher",
    "ParticipantMatcher",
    "StatementMatcher",
    "When",
    "compatible_given",
    "contains",
    "label_key",
    "name_words",
    "place_key",
    "quote_words",
    "when",
]

When = tuple[_dt.date, Precision]
"""A resolved date and its precision; ``None`` stands for "no date"."""

_RANK = {Precision.DAY: 0, Precision.MONTH: 1, Precision.YEAR: 2}
_NAME_EDGE = ".,;:()[]{}\"'“”‘’"

SCAN_LIMIT = 32
"""Most clusters a vague date (a year, or none) is compared with; more means "ambiguous"."""
POSTING_LIMIT = 64
"""A word pair shared by this many quotations is too common to tell quotations apart."""
CANDIDATE_LIMIT = 16
"""Most earlier quotations one quotation is compared with (those sharing most word pairs)."""
MIN_SHARED_WORDS = 3
"""Content words two quotations must share to be one quotation."""
SAME_SPEAKER_OVERLAP = 0.6
"""Share of the shorter quotation's content words the other must contain (same or unknown speaker)."""
OTHER_SPEAKER_OVERLAP = 0.8
"""The same share when the articles name different speakers: the words must be nearly identical."""


# Names and words recur across articles: their keys are worth remembering.
name_key = functools.lru_cache(maxsize=1 << 16)(names.name_key)
similar_words = functools.lru_cache(maxsize=1 << 16)(names.similar_words)


@functools.lru_cache(maxsize=1 << 16)
def _fold_word(word: str) -> str:
    return fold(names.strip_accents(word))


@functools.cache
def _lexical() -> Lexical:
    """The shipped lexicons compiled as the rules see them (built once per process)."""
    return lexical(Resources())


@functools.cache
def _function_words() -> frozenset[str]:
    return frozenset(fold(e.text) for e in load("function_words"))


@functools.cache
def _determiners() -> frozenset[str]:
    return frozenset(fold(e.text) for e in load("function_words") if e.get("class") == "det")


def label_key(text: str) -> str:
    """Compare labels without case or leading determiners: "the State Department" = "State Department"."""
    words = fold(text).split()
    determiners = _determiners()
    while len(words) > 1 and words[0] in determiners:
        words.pop(0)
    return " ".join(words)


# --- participants -------------------------------------------------------------------------------


def name_words(name: str) -> tuple[str, ...]:
    """The words of a name without surrounding punctuation: "Joseph R. Biden" → (Joseph, R, Biden)."""
    words = (w.strip(_NAME_EDGE) for w in name.split())
    return tuple(w for w in words if w)


def compatible_given(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """True unless both given names are known and differ (up to spelling, or one abbreviating the other)."""
    if not a or not b:
        return True
    ka, kb = "".join(name_key(g) for g in a), "".join(name_key(g) for g in b)
    if ka == kb or ka.startswith(kb) or kb.startswith(ka):
        return True
    return similar_words(a[0], b[0])


def _keys(word: str) -> set[str]:
    """The phonetic key of *word* and, when long enough for a one-letter slip, its one-letter deletions."""
    key = name_key(word)
    keys = {key}
    if len(key) >= 6:
        keys.update(key[:i] + key[i + 1 :] for i in range(len(key)))
    return keys


class ParticipantMatcher:
    """Groups the participants of many articles into parties.

    Full names are matched first, in input order; single words (a surname alone)
    then join the one full name they fit (by surname up to spelling, or by
    another word of the name), or stay on their own when several fit (the
    country, when known, may settle it) or none does. Across articles there is
    no "last mentioned" to break a tie, so a tie is left unresolved.
    Organisations, countries and groups match by name or alias.
    """

    def __init__(self) -> None:
        self.clusters: list[list[int]] = []
        self._surname: list[str] = []
        self._given: list[tuple[str, ...]] = []
        self._country: list[str | None] = []
        self._by_surname: defaultdict[str, list[int]] = defaultdict(list)
        self._by_word: defaultdict[str, list[int]] = defaultdict(list)
        self._singles: defaultdict[str, list[int]] = defaultdict(list)
        self._by_label: dict[tuple[ParticipantKind, str], int] = {}

    def match(self, items: Sequence[Participant]) -> list[int]:
        """Cluster *items* (every article's participants, in input order); return each one's cluster."""
        lx = _lexical()
        out = [-1] * len(items)
        singles: list[tuple[int, str]] = []
        for i, p in enumerate(items):
            if p.kind is not ParticipantKind.PERSON:
                out[i] = self._label(i, p)
                continue
            words = name_words(p.name) or (p.name,)
            surname, given = surname_of(words, lx)
            if not given:
                singles.append((i, surname or words[-1]))
                continue
            out[i] = self._full(i, p, surname, given)
        for i, word in singles:
            out[i] = self._single(i, items[i], word)
        return out

    def _new(self, i: int, surname: str, given: tuple[str, ...], country: str | None) -> int:
        self.clusters.append([i])
        self._surname.append(surname)
        self._given.append(given)
        self._country.append(country)
        return len(self.clusters) - 1

    def _join(self, c: int, i: int, country: str | None) -> int:
        self.clusters[c].append(i)
        if self._country[c] is None:
            self._country[c] = country
        return c

    def _label(self, i: int, p: Participant) -> int:
        labels = [(p.kind, fold(n)) for n in (p.name, *p.aliases)]
        for label in labels:
            found = self._by_label.get(label)
            if found is not None:
                return self._join(found, i, p.country)
        c = self._new(i, p.name, (), p.country)
        for label in labels:
            self._by_label.setdefault(label, c)
        return c

    def _full(self, i: int, p: Participant, surname: str, given: tuple[str, ...]) -> int:
        keys = _keys(surname)
        candidates = sorted({c for k in keys for c in self._by_surname.get(k, ())})
        for c in candidates:
            if similar_words(self._surname[c], surname) and compatible_given(self._given[c], given):
                if len(given) > len(self._given[c]):
                    self._given[c] = given
                    self._index_words(c, given)
                return self._join(c, i, p.country)
        c = self._new(i, surname, given, p.country)
        for k in keys:
            self._by_surname[k].append(c)
        self._index_words(c, (surname, *given))
        return c

    def _index_words(self, c: int, words: Iterable[str]) -> None:
        for w in words:
            bucket = self._by_word[name_key(w)]
            if c not in bucket:
                bucket.append(c)

    def _single(self, i: int, p: Participant, word: str) -> int:
        keys = _keys(word)
        by_surname = {c for k in keys for c in self._by_surname.get(k, ()) if similar_words(self._surname[c], word)}
        hits = sorted(by_surname.union(self._by_word.get(name_key(word), ())))
        if len(hits) > 1 and p.country is not None:
            hits = [c for c in hits if self._country[c] == p.country] or hits
        if len(hits) == 1:
            return self._join(hits[0], i, p.country)
        for c in sorted({c for k in keys for c in self._singles.get(k, ())}):
            if similar_words(self._surname[c], word):
                return self._join(c, i, p.country)
        c = self._new(i, word, (), p.country)
        for k in keys:
            self._singles[k].append(c)
        return c


# --- meetings -----------------------------------------------------------------------------------


def when(ref: TimeRef | None) -> When | None:
    """The date and precision of *ref*, or ``None`` when it has none."""
    if ref is None or ref.value is None or ref.precision is None:
        return None
    return ref.value, ref.precision


def contains(coarse: When, fine: When) -> bool:
    """True when the period *coarse* names strictly contains the (more precise) period *fine*."""
    (dc, pc), (df, pf) = coarse, fine
    if _RANK[pc] <= _RANK[pf]:
        return False
    if pc is Precision.YEAR:
        return dc.year == df.year
    return (dc.year, dc.month) == (df.year, df.month)


def _date_class(a: When | None, b: When | None) -> int | None:
    """How well two dates agree: 0 the same, 1 adjacent days, 2 one contains the other, ``None`` not at all."""
    if a is None and b is None:
        return 0
    if a is None or b is None:
        return 2
    if a[1] is b[1]:
        if a[0] == b[0]:
            return 0
        if a[1] is Precision.DAY and abs((a[0] - b[0]).days) == 1:
            return 1
        return None
    return 2 if contains(a, b) or contains(b, a) else None


def place_key(place: Place) -> tuple[str, str]:
    """What a place is compared by: its city, else its country, else its text."""
    if place.city:
        return ("city", fold(place.city))
    if place.country:
        return ("country", place.country)
    return ("text", fold(place.text))


def _places_agree(a: Place | None, b: Place | None) -> bool:
    if a is None or b is None:
        return True
    if a.city and b.city:
        return fold(a.city) == fold(b.city)
    if a.country and b.country:
        return a.country == b.country
    return True


def _fit_participants(a: frozenset[int], b: frozenset[int]) -> bool:
    if a == b:
        return True
    small, big = (a, b) if len(a) <= len(b) else (b, a)
    return len(small) >= 2 and small <= big


class _MeetingCluster:
    __slots__ = ("articles", "date", "members", "parties", "place", "registered", "status")

    def __init__(self, status: MeetingStatus, parties: frozenset[int], date: When | None, place: Place | None) -> None:
        self.status = status
        self.parties = parties
        self.date = date
        self.place = place
        self.articles: set[int] = set()
        self.members: list[int] = []
        self.registered: set[Hashable] = set()


class MeetingMatcher:
    """Groups meetings of many articles into real-world meetings.

    Two meetings are one when they have the same status, the same named
    participants (or one's are a subset of the other's, with at least two), a
    compatible date (the same, adjacent days, or one containing the other) and
    a compatible place (no different city or country); two meetings on the same
    day between the same people are one whatever the places say (a place
    conflict). One article's meetings are never merged with each other: the
    article already told them apart. Precise dates are matched first; a vague
    one (a month, a year, none) joins an existing meeting only when exactly
    one fits.
    """

    def __init__(self) -> None:
        self.clusters: list[_MeetingCluster] = []
        self._reported: defaultdict[Hashable, set[int]] = defaultdict(set)
        self._index: defaultdict[Hashable, list[int]] = defaultdict(list)

    def match(
        self,
        items: Sequence[tuple[int, MeetingStatus, frozenset[int], tuple[str, ...], When | None, Place | None]],
    ) -> list[list[int]]:
        """Cluster *items* ``(article, status, party clusters, others, date, place)``; return member indices."""
        order = sorted(range(len(items)), key=lambda i: (_precision_rank(items[i][4]), i))
        # an article that reports the same people meeting on a vague date and on a more precise
        # one ("a summit later this year", "the G20 in September") tells the two apart
        self._reported.clear()
        for article, status, parties, _others, date, _place in items:
            if date is None or date[1] is Precision.YEAR:
                self._reported[(status, parties, date)].add(article)
        for i in order:
            article, status, parties, others, date, place = items[i]
            keys = _party_keys(parties, others)
            best = self._best(article, status, parties, keys, date, place)
            if best is None:
                self.clusters.append(_MeetingCluster(status, parties, date, place))
                best = len(self.clusters) - 1
            cluster = self.clusters[best]
            cluster.members.append(i)
            cluster.articles.add(article)
            cluster.parties = cluster.parties | parties
            if cluster.place is None:
                cluster.place = place
            self._register(best, _party_keys(cluster.parties, others))
        return [sorted(c.members) for c in self.clusters]

    def _register(self, c: int, keys: list[Hashable]) -> None:
        cluster = self.clusters[c]
        for key in keys:
            for bucket in _buckets(cluster.date):
                full = (key, cluster.status, bucket)
                if full not in cluster.registered:
                    cluster.registered.add(full)
                    self._index[full].append(c)

    def _best(
        self,
        article: int,
        status: MeetingStatus,
        parties: frozenset[int],
        keys: list[Hashable],
        date: When | None,
        place: Place | None,
    ) -> int | None:
        vague = date is None or date[1] is Precision.YEAR
        seen: set[int] = set()
        scored: list[tuple[int, int, int]] = []
        for key in keys:
            for bucket in _queries(date):
                found = self._index.get((key, status, bucket), ())
                if vague and len(found) > SCAN_LIMIT:
                    continue
                for c in found:
                    if c in seen:
                        continue
                    seen.add(c)
                    cluster = self.clusters[c]
                    if vague and cluster.date != date and cluster.articles & self._reported[(status, parties, date)]:
                        continue
                    cls = self._fits(cluster, article, parties, date, place)
                    if cls is not None:
                        scored.append((cls, -len(self.clusters[c].articles), c))
        if not scored:
            return None
        scored.sort()
        if scored[0][0] == 2 and sum(1 for s in scored if s[0] == 2) > 1:
            return None
        return scored[0][2]

    @staticmethod
    def _fits(
        cluster: _MeetingCluster, article: int, parties: frozenset[int], date: When | None, place: Place | None
    ) -> int | None:
        if article in cluster.articles or not _fit_participants(cluster.parties, parties):
            return None
        cls = _date_class(cluster.date, date)
        if cls is None:
            return None
        same_day = cls == 0 and date is not None and date[1] is Precision.DAY
        if not same_day and not _places_agree(cluster.place, place):
            return None
        return cls


def _precision_rank(date: When | None) -> int:
    return 3 if date is None else _RANK[date[1]]


def _party_keys(parties: frozenset[int], others: tuple[str, ...]) -> list[Hashable]:
    if len(parties) >= 2:
        return list(itertools.combinations(sorted(parties), 2))
    if parties:
        return [tuple(parties)]
    return [("others", tuple(sorted(fold(o) for o in others)))]


def _month(day: _dt.date) -> Hashable:
    return ("m", day.year, day.month)


def _buckets(date: When | None) -> list[Hashable]:
    """Where a meeting dated *date* is filed: every meeting under "any", dated ones by year and month."""
    if date is None:
        return [("any",)]
    day, precision = date
    found: list[Hashable] = [("any",), ("y", day.year)]
    if precision is not Precision.YEAR:
        found.append(_month(day))
    return found


def _queries(date: When | None) -> list[Hashable]:
    """Where a meeting dated *date* looks for its match (adjacent days may fall in the next month)."""
    if date is None:
        return [("any",)]
    day, precision = date
    if precision is Precision.YEAR:
        return [("y", day.year)]
    if precision is Precision.MONTH:
        return [_month(day)]
    months = [_month(day - _dt.timedelta(days=1)), _month(day), _month(day + _dt.timedelta(days=1))]
    return list(dict.fromkeys(months))


# --- statements ---------------------------------------------------------------------------------


def quote_words(text: str) -> tuple[str, ...]:
    """The words of a quotation without case, accents or curly apostrophes: what tells wordings apart."""
    return tuple(_fold_word(m.group()) for m in compile_pattern(WORD).finditer(text))


def _content(words: Iterable[str]) -> tuple[str, ...]:
    """The content words, plural -s folded ("agreements" = "agreement", "towards" = "toward")."""
    stop = _function_words()
    return tuple(
        w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words if w not in stop
    )


class _Quote:
    __slots__ = ("content", "kind", "shingles", "speaker", "words")

    def __init__(self, text: str, kind: StatementKind, speaker: int | None) -> None:
        self.kind = kind
        self.speaker = speaker
        self.words = quote_words(text)
        content = _content(self.words)
        self.content = frozenset(content)
        self.shingles = tuple(dict.fromkeys(f"{a} {b}" for a, b in itertools.pairwise(content)))


class StatementMatcher:
    """Groups statements of many articles that carry the same words.

    Two statements of the same kind are one when they share at least three
    content words and the shorter one's content words are mostly (60 %) in the
    other: outlets trim, extend and retouch quotations. When the articles name
    different speakers the words must be nearly identical (80 %): the match is
    then a speaker conflict. A quotation of fewer than three content words
    ("progress") matches only the same words from the same speaker.
    """

    def __init__(self) -> None:
        self.clusters: list[list[int]] = []
        self._cluster_of: list[int] = []
        self._quotes: list[_Quote] = []
        self._postings: defaultdict[str, list[int]] = defaultdict(list)
        self._short: dict[Hashable, int] = {}

    def match(self, items: Sequence[tuple[str, StatementKind, int | None]]) -> list[list[int]]:
        """Cluster *items* ``(text, kind, speaker cluster)`` in input order; return member indices."""
        for text, kind, speaker in items:
            quote = _Quote(text, kind, speaker)
            i = len(self._quotes)
            self._quotes.append(quote)
            c = self._short_match(quote) if len(quote.content) < MIN_SHARED_WORDS else self._long_match(quote)
            if c is None:
                self.clusters.append([])
                c = len(self.clusters) - 1
            self.clusters[c].append(i)
            self._cluster_of.append(c)
            if len(quote.content) < MIN_SHARED_WORDS:
                if quote.speaker is not None:
                    self._short.setdefault((quote.kind, quote.words, quote.speaker), c)
                continue
            for shingle in quote.shingles:
                posting = self._postings[shingle]
                if len(posting) < POSTING_LIMIT:
                    posting.append(i)
        return self.clusters

    def _short_match(self, quote: _Quote) -> int | None:
        if quote.speaker is None or not quote.words:
            return None
        return self._short.get((quote.kind, quote.words, quote.speaker))

    def _long_match(self, quote: _Quote) -> int | None:
        counts: Counter[int] = Counter()
        for shingle in quote.shingles:
            posting = self._postings.get(shingle)
            if posting and len(posting) < POSTING_LIMIT:
                counts.update(posting)
        best: tuple[float, int, int] | None = None
        for j, _ in counts.most_common(CANDIDATE_LIMIT):
            other = self._quotes[j]
            if other.kind is not quote.kind:
                continue
            shared = len(quote.content & other.content)
            overlap = shared / min(len(quote.content), len(other.content))
            differ = quote.speaker is not None and other.speaker is not None and quote.speaker != other.speaker
            need = OTHER_SPEAKER_OVERLAP if differ else SAME_SPEAKER_OVERLAP
            if shared >= MIN_SHARED_WORDS and overlap >= need:
                score = (overlap, shared, -j)
                if best is None or score > best:
                    best = score
        return None if best is None else self._cluster_of[-best[2]]
