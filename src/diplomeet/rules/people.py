"""Rule ``people``: who is who across the article.

Full names (two words or more) found by ``mentions`` become entities, merged
when their surnames and given names agree up to spelling ("Anthony Blinken" /
"Antony Blinken"), never when the given names differ ("Joe Biden" / "Hunter
Biden"). Single words then join the entity whose surname (or, failing that,
other name word) they match, by spelling variant if need be ("Chin" → Qin
Gang, "Xii" → Xi Jinping); with several candidates, the one mentioned last
wins. A single word that matches no one is a person of its own only when
something vouches for it (a title, an honorific, an appositive) or when it acts
like one: it is followed by a reporting or meeting verb ("Lavrov said").

Descriptions ("the Chinese leader") resolve to the last person mentioned whose
country and office fit; pronouns to the subject of the nearest sentence that
names a person. Organisations and countries become entities of their own kind.
"""

from __future__ import annotations

import operator
from collections import Counter, OrderedDict
from collections.abc import Iterator, Sequence
from itertools import compress, count

from diplomeet.document import POSSESSIVE, Token
from diplomeet.gazetteer import fold
from diplomeet.models import ParticipantKind
from diplomeet.names import name_key, similar_words
from diplomeet.rules._ranges import inside
from diplomeet.rules.lexical import Lexical, lexical
from diplomeet.rules.sentences import headline
from diplomeet.rules.topics import is_quote
from diplomeet.state import Entity, ExtractionState, MentionKind, MentionRecord

__all__ = ["entity_genders", "people", "surname_of"]


def surname_of(words: tuple[str, ...], lx: Lexical) -> tuple[str, tuple[str, ...]]:
    """Split name words into (surname, given names), family-first where the surname says so."""
    # initials dropped; most names hold none, and then no Python step runs per word
    words = tuple(w for w in words if not (len(w) == 1 and w.isupper())) if 1 in map(len, words) else tuple(words)
    while len(words) > 1 and words[-1] in lx.words("name_suffix"):
        words = words[:-1]
    if not words:
        return "", ()
    if len(words) >= 2 and words[0].lower() in lx.name_particles:
        # "Mac Gabhann", "Al Busaidi", "von der Leyen": a surname opened by its particles
        return words[-1], tuple(w for w in words[1:-1] if w.lower() not in lx.name_particles)
    if len(words) >= 2 and words[0] in lx.family_first and _family_first_order(words, lx):
        return words[0], words[1:]
    if len(words) >= 2 and words[-1] in lx.family_first and words[0] not in lx.given_names:
        # family-first names written Western order ("Jinping Xi") are rare; keep the last word
        return words[-1], words[:-1]
    # "Ursula von der Leyen" and "Von der Leyen": particles are not given names
    given = words[:-1]
    if lx.name_particles.isdisjoint(map(str.lower, given)):
        return words[-1], given  # (the usual case, tested in C)
    return words[-1], tuple(w for w in given if w.lower() not in lx.name_particles)


_FAMILY_FIRST_ORIGINS = frozenset({"zh", "ko", "vi", "km"})


def _family_first_order(words: tuple[str, ...], lx: Lexical) -> bool:
    """True when a name that opens with an East Asian family name is written family name first.

    "Xi Jinping", "Moon Jae-in", "Wang Yi": the rest is an East Asian given name or no known
    given name at all; "Kim Darroch", "Lee Anderson": the first word is a Western given name and
    the rest is not East Asian.
    """
    rest = words[1]
    origins = lx.given_origins.get(rest)
    if origins is None:
        # "Kim Jong Un": unknown short syllables after the family name
        syllables = all(w not in lx.given_names and len(w) <= 5 for w in words[1:])
        return words[0] not in lx.given_names or "-" in rest or syllables
    return bool(origins & _FAMILY_FIRST_ORIGINS)


def _given_key(given: tuple[str, ...]) -> str:
    return "".join(name_key(g) for g in given)


class _Person:
    def __init__(self, entity: int, surname: str, given: tuple[str, ...]) -> None:
        self.entity = entity
        self.surname = surname
        self.given = given
        self.words: set[str] = {fold(surname), *(fold(g) for g in given)}
        self.full: tuple[str, ...] = ()
        """The longest form of the name met so far, folded, in the order written."""
        self.last_seen = -1
        self.first_seen = -1
        self.named = 0
        """How many of the article's mentions name this person so far: the figure a shared surname means."""
        self.family = False
        """Named with a family title ("his wife", "First Lady"): a shared name alone is rather the other's."""


def _compatible_given(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if not a or not b:
        return True
    ka, kb = _given_key(a), _given_key(b)
    if ka == kb or ka.startswith(kb) or kb.startswith(ka):
        return True
    return similar_words(a[0], b[0])


def _meeting_noun_after(lx: Lexical, toks: Sequence[Token], k: int) -> bool:
    """Whether a meeting noun follows from token *k* on, past a determiner and adjectives in lower case
    ("talks", "a lengthy meeting"), or capitalised words just before it ("their Hanoi summit").
    """
    capitalised = False
    for j in range(k, min(len(toks), k + 4)):
        word = fold(toks[j].text)
        if word in lx.meeting_nouns:
            return True
        if word in lx.verb_words:
            return False  # "Blinken's aides said the talks …": the noun is another clause's
        if not toks[j].text.islower():
            if not toks[j].is_cap:
                return False
            capitalised = True
        elif capitalised:
            return False  # "their Hanoi summit", "the Oval Office meeting", not "Hanoi on Monday for talks"
    return False


def _verb_after(state: ExtractionState, lx: Lexical, m: MentionRecord) -> bool:
    toks = state.tokens(m.sentence)
    k = m.last_token
    title = headline(state.text, state.sentences[m.sentence])
    # a headline joins its subjects with a comma: "Modi, Xi hold talks", "Putin, Trump to meet"
    joined = title and m.first_token == 0
    if k < len(toks) and toks[k].text == "," and not joined:
        # "Scholz, who arrived on Monday, said", "Scholz, speaking in Berlin, said"
        nxt = fold(toks[k + 1].text) if k + 1 < len(toks) else ""
        if nxt in lx.words("personal_relative"):
            return True
        # "Traoré, a researcher at the institute, said", "Blinken, the top US diplomat, met …": an appositive,
        # then the name's verb
        article = nxt == "the" or nxt in lx.words("indefinite")
        appositive = article and k + 2 < len(toks) and toks[k + 2].text.islower()
        # "Macron, accompanied by von der Leyen, held talks": a participle's phrase, then the name's verb
        agent = nxt.endswith("ed") and k + 2 < len(toks) and fold(toks[k + 2].text) == "by"
        participle = nxt.endswith("ing") and (nxt in lx.verb_words or nxt in lx.words("clause_opener"))
        if not (appositive or agent or participle):
            return _first_of_list(state, lx, toks, m)
        # the participle phrase closes with a comma and the name's own verb follows
        close = next((j for j in range(k + 2, min(len(toks), k + 12)) if toks[j].text == ","), None)
        return close is not None and close + 1 < len(toks) and fold(toks[close + 1].text) in lx.verb_words
    name_end = k
    for _ in range(5):
        if k >= len(toks):
            return False
        word = fold(toks[k].text)
        if word in lx.verb_words or word in lx.words("traveller_verb"):
            return True
        if word in lx.words("light_verb") and _meeting_noun_after(lx, toks, k + 1):
            return True  # "Blinken and Wang resumed talks", "Modi held a meeting with …"
        if (
            (word == "and" or (joined and word == ","))
            and k == m.last_token
            and (start := _past_owner(state, toks, m.sentence, k + 1)) is not None
            and (past := _past_partner(lx, toks, start)) > start
        ):
            k = name_end = past  # "Obama and Putin will meet", "Jaishankar and his counterpart Wang Yi held talks"
            continue
        if word == "to" and (
            (k > name_end and fold(toks[k - 1].text) in lx.words("verb_lead") | lx.words("be_form"))
            # a headline's "Blinken to meet Wang"; not "“Nice to meet you,” Kim said."
            or (k == name_end and title and k + 1 < len(toks) and fold(toks[k + 1].text) in lx.verb_words)
        ):
            k += 1  # "Putin is set to host", "Kishida and Yoon agreed to meet", "Blinken is to meet"
            continue
        if word in {"on", "last", "this"} and _in_time(state, toks, k + 1):
            k += 1  # "Xi on Tuesday said", "Lavrov last week told"
            continue
        if _in_time(state, toks, k) or is_quote(toks[k].text):
            k += 1  # "Xi Tuesday said", 'Lavrov “strongly suggested” that …'
            continue
        # (each set asked on its own: their union would copy a hundred words per call)
        if word not in lx.words("between_subject_verb") and word not in lx.words("verb_lead"):
            return False
        k += 1
    return False


_LIST_NAMES = 6
"""Most names after the first in a list of subjects ("Blinken, Austin, Sullivan and Raimondo met")."""


def _first_of_list(state: ExtractionState, lx: Lexical, toks: Sequence[Token], m: MentionRecord) -> bool:
    """Whether the name *m*, followed by a comma, opens a list of names closed by "and" whose last name acts
    ("Blinken, Austin and Sullivan met …"): the first name acts with them.
    """
    k = m.last_token
    for _ in range(_LIST_NAMES):
        if k >= len(toks) or toks[k].text != ",":
            return False
        start = _past_owner(state, toks, m.sentence, k + 1)
        if start is None or (past := _past_partner(lx, toks, start)) == start:
            return False
        if past < len(toks) and fold(toks[past].text) in {"and", "or"}:
            starts: dict[tuple[int, int], MentionRecord] = state.cached(
                "people.person_starts",
                lambda: {(x.sentence, x.first_token): x for x in state.mentions if x.kind is _PERSON_MENTION},
            )
            last = starts.get((m.sentence, past + 1))
            return last is not None and _verb_after(state, lx, last)
        k = past
    return False


def _in_time(state: ExtractionState, toks: Sequence[Token], k: int) -> bool:
    """Whether token *k* lies in a time expression ("Tuesday", "week")."""
    spans: list[tuple[int, int]] = state.cached("people.time_spans", lambda: [(t.start, t.end) for t in state.times])
    return 0 <= k < len(toks) and inside(spans, toks[k].start)


_PARTIES = (MentionKind.COUNTRY, MentionKind.ORGANIZATION, MentionKind.PLACE)
# Loops over the mentions of an article read the kinds they compare with into local names first, and the
# functions they call read them from module names: a member read from its enum class goes through the enum
# metaclass's attribute hook (Python 3.11), several times slower.
_PERSON_ENTITY, _PERSON_MENTION = ParticipantKind.PERSON, MentionKind.PERSON

_KIND = operator.attrgetter("kind")
"""A mention's kind, read in C."""


def _party_ends(state: ExtractionState) -> dict[tuple[int, int], int]:
    """(sentence, first token) -> one past the last token of every country, organisation and place mention."""
    return state.cached(
        "people.party_ends",
        lambda: {(m.sentence, m.first_token): m.last_token for m in state.mentions if m.kind in _PARTIES},
    )


def _past_owner(state: ExtractionState, toks: Sequence[Token], sentence: int, k: int) -> int | None:
    """Where a partner named from token *k* on starts: past "Jordan's" in "Jordan's King Abdullah";
    None when a country, organisation or place is itself the partner ("South and North Korea").
    """
    end = _party_ends(state).get((sentence, k))
    if end is None:
        return k
    if end < len(toks) and toks[end].text in POSSESSIVE:
        return end + 1
    return None


def _past_partner(lx: Lexical, toks: Sequence[Token], k: int) -> int:
    """One past the partner named from token *k* on after "and" ("Putin", "Chinese Foreign Minister
    Wang Yi", "his Chinese counterpart Wang Yi", "his wife Brigitte"): capitalised words, possibly
    after a possessive, with titles in lower case ("his Chinese counterpart"); *k* when none follows.
    """
    j = k
    word = fold(toks[j].text) if j < len(toks) else ""
    possessive = word in lx.pronouns and "possessive" in lx.pronouns[word].values("case")
    if possessive:
        j += 1  # "his wife Brigitte", "his Chinese counterpart Wang Yi"
    first = j
    end = min(len(toks), k + 8)
    while j < end:
        if toks[j].is_cap or (j > first and toks[j].text in POSSESSIVE):
            j += 1  # "Jordan's King Abdullah"
        elif possessive and (found := lx.titles.match_at(toks, j)):
            j = found[0].last  # "wife", "counterpart", "foreign minister"
        else:
            break
    return j if j > first else k


def _elliptic_country(lx: Lexical, toks: Sequence[Token], j: int) -> bool:
    """True when the word before token *j* opens an elided country name: "North and South Korea"
    ("North Korea"), "East and West Germany".
    """
    if j + 2 >= len(toks) or fold(toks[j].text) != "and":
        return False
    k = j + 2
    while k < min(len(toks), j + 5) and toks[k].is_cap:
        k += 1
    return bool(lx.countries.lookup(f"{toks[j - 1].text} {toks[k - 1].text}"))


def _after_meeting_noun(lx: Lexical, toks: Sequence[Token], k: int) -> bool:
    """True when token *k* is the preposition of a meeting noun's party ("talks with", "a call from")."""
    return k >= 1 and fold(toks[k].text) in {"with", "between", "from"} and fold(toks[k - 1].text) in lx.meeting_nouns


def _acts(state: ExtractionState, lx: Lexical, m: MentionRecord) -> bool:
    """A lone capitalised word that behaves like a person: "Lavrov said", "met Lavrov"."""
    if _verb_after(state, lx, m):
        return True
    toks = state.tokens(m.sentence)
    possessive = m.last_token < len(toks) and toks[m.last_token].text in POSSESSIVE
    if possessive and _meeting_noun_after(lx, toks, m.last_token + 1):
        return True  # "Erdogan's meeting with Zelenskiy", "Trump's Oval Office talks"
    if possessive and m.last_token + 1 < len(toks) and fold(toks[m.last_token + 1].text) in lx.words("spokes_noun"):
        return True  # "Putin's spokesman said", "Erdogan's office said"
    k = m.first_token - 1
    if k >= 1 and fold(toks[k].text) == "to" and fold(toks[k - 1].text) == "according":
        return True  # "according to Blinken, …"
    if (
        m.first_token == 0
        and m.last_token + 1 < len(toks)
        and toks[m.last_token].text == ":"
        and toks[m.last_token + 1].text in {"“", '"', "«", "„", "‘"}
    ):
        return True  # "Blinken: “…”", a speaker's label (not "Details: …", a page's)
    if _after_meeting_noun(lx, toks, k) and not _elliptic_country(lx, toks, m.last_token):
        return True  # "a meeting with Zelenskiy", "talks between Modi and …", "a call from Biden"
    if k >= 1 and fold(toks[k].text) == "and" and toks[k - 1].is_cap:
        # "met Wang and Xi": the second object of the verb; "talks between Modi and Zelenskiy"
        j = k - 1
        while j > max(0, k - 5) and toks[j - 1].is_cap:
            j -= 1
        k = j - 1
        if _after_meeting_noun(lx, toks, k):
            return True
    if k >= 2 and fold(toks[k].text) == "with" and fold(toks[k - 1].text) in lx.verb_words:
        return True  # "Zelensky spoke with Trump", "met with Wang": the other party of a verb
    if k >= 3 and fold(toks[k].text) == "with" and fold(toks[k - 1].text) in lx.words("call_medium"):
        j = k - 3 if fold(toks[k - 2].text) == "the" else k - 2
        if fold(toks[j].text) in {"by", "over", "via", "on"}:
            return True  # "Ruto spoke by phone with Museveni", "over the phone with": the other side of a call
    if k >= 1 and fold(toks[k].text) in lx.meeting_nouns and fold(toks[k - 1].text) == "to" and m.first_token > 1:
        return True  # "looked forward to meeting Xi": a gerund after "to" is the verb of its object
    return k >= 0 and fold(toks[k].text) in lx.verb_words and m.first_token > 1


def people(state: ExtractionState) -> None:
    """Resolve person, organisation and country mentions into ``state.entities``."""
    lx = lexical(state.resources)
    entities: list[Entity] = []
    persons = _People()
    mentions = state.mentions

    def new_person(m: MentionRecord, surname: str, given: tuple[str, ...]) -> _Person:
        entities.append(Entity(_PERSON_ENTITY, m.text, first=m.start))
        p = _Person(len(entities) - 1, surname, given)
        persons.add(p)
        return p

    def attach(m: MentionRecord, index: int, p: _Person) -> None:
        m.entity = p.entity
        entities[p.entity].mentions.append(index)
        p.last_seen = max(p.last_seen, m.start)
        p.first_seen = m.start if p.first_seen < 0 else min(p.first_seen, m.start)
        p.named += 1
        p.family = p.family or "family" in (m.title_category or "").split("|")

    person = MentionKind.PERSON  # (read once: see the note at _PARTIES)
    person_idx = [i for i, m in enumerate(mentions) if m.kind is person and m.words]
    names = {i: surname_of(mentions[i].words, lx) for i in person_idx}
    """Person mention -> its (surname, given names): split once, read by each step below."""
    multi = [i for i in person_idx if len(names[i][1]) > 0]
    multi_set = set(multi)
    single = [i for i in person_idx if i not in multi_set]
    last_words = Counter(fold(mentions[i].words[-1]) for i in person_idx)

    # 1. full names; a full name nothing vouches for waits until the rest of the article supports it
    weak = [i for i in multi if not mentions[i].strong]
    supported = [i for i in weak if last_words[fold(mentions[i].words[-1])] > 1 or _acts(state, lx, mentions[i])]
    for i in [i for i in multi if mentions[i].strong] + supported:
        m = mentions[i]
        surname, given = names[i]
        match = None
        folded = tuple(fold(w) for w in m.words)
        for p in persons.near(m.words):
            if (
                (similar_words(p.surname, surname) and _compatible_given(p.given, given))
                or _same_words(p, m.words)
                or _opens(p.full, folded)
                or _opens(folded, p.full)
                or _ends(p.full, folded)
                or _ends(folded, p.full)
            ):
                match = p
                break
        if match is None:
            match = new_person(m, surname, given)
        elif _opens(folded, match.full) or _ends(folded, match.full):
            match.surname, match.given = surname, given  # "Sri Wahyuni", then "Sri Wahyuni Pratiwi"
            persons.add(match)
        elif len(given) > len(match.given):
            match.given = given
            persons.add(match)
        if len(folded) > len(match.full):
            match.full = folded
        attach(m, i, match)

    # 2. single words, in text order
    pending: list[int] = []
    for i in single:
        m = mentions[i]
        word = names[i][0] or m.text  # "S. Jaishankar": the name, not the initial
        found = persons.find_single(word, m.start)
        if found is not None:
            attach(m, i, found)
        else:
            pending.append(i)

    # 3. single words that match no full name: a person of their own when vouched for or acting
    for i in pending:
        m = mentions[i]
        word = names[i][0] or m.text  # "S. Jaishankar": the name, not the initial
        found = persons.find_single(word, m.start)
        if found is None:
            if not (m.strong or _acts(state, lx, m)) or word.isupper():
                continue
            found = new_person(m, word, ())
        attach(m, i, found)

    _finish_people(state, lx, entities, persons.all)
    _organisations(state, entities)
    # the description mentions, found in C: most mentions are none, and many articles hold none
    described = list(compress(count(), map(MentionKind.DESCRIPTION.__eq__, map(_KIND, mentions))))
    if described:
        # two passes: what the first pass learns ("the Prime Minister" is Starmer) keeps the second from
        # giving "the US President" to him
        _descriptions(state, entities, described)
        _titles_from_descriptions(state, entities, described)
        _descriptions(state, entities, described, again=True)
        _titles_from_descriptions(state, entities, described)
    _pronouns(state, entities)
    start_of = [m.start for m in mentions].__getitem__  # (a mention's start by its index, read in C)
    for e in entities:
        e.mentions.sort(key=start_of)
        if e.mentions:
            e.first = mentions[e.mentions[0]].start
    state.entities = entities


def _opens(full: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """Whether two name words or more are the first words of a longer full name ("Sri Wahyuni" of "Sri
    Wahyuni Pratiwi", "Mohammed bin Salman" of "Mohammed bin Salman Al Saud"): the same person.
    """
    return 2 <= len(words) < len(full) <= len(words) + _LONGER_BY and full[: len(words)] == words


def _ends(full: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """Whether two name words or more are the last words of a longer full name ("Mirzaei Tabrizi" of "Hossein
    Mirzaei Tabrizi", "Martínez Echeverría" of "Gerardo Martínez Echeverría"): the same person, named by
    a compound surname.
    """
    return 2 <= len(words) < len(full) <= len(words) + _LONGER_BY and full[-len(words) :] == words


_LONGER_BY = 2
"""Most words a full name may add to a shorter form of it ("Mohammed bin Salman" of "… Al Saud")."""


def _same_words(p: _Person, words: tuple[str, ...]) -> bool:
    """ "Xii Jinping" and "Xi Jinping": the same words up to spelling, in the same order."""
    known = (p.surname, *p.given)
    if len(known) != len(words):
        return False
    return sorted(name_key(w) for w in known) == sorted(name_key(w) for w in words) or all(
        similar_words(a, b) for a, b in zip(sorted(known), sorted(words), strict=False)
    )


_RECENT = 256
"""How many persons of one spelling bucket a new name is compared with."""


class _People:
    """The persons found so far, indexed for lookups by word and by spelling."""

    def __init__(self) -> None:
        self.all: list[_Person] = []
        self._by_word: dict[str, list[_Person]] = {}
        self._by_key: dict[str, list[_Person]] = {}
        self._by_letter: dict[str, list[_Person]] = {}

    def add(self, p: _Person) -> None:
        if p not in self.all:
            self.all.append(p)
        for word in (p.surname, *p.given):
            bucket = self._by_word.setdefault(fold(word), [])
            if p not in bucket:
                bucket.append(p)
            keyed = self._by_key.setdefault(name_key(word), [])
            if p not in keyed:
                keyed.append(p)
            letter = self._by_letter.setdefault(name_key(word)[:1], [])
            if p not in letter:
                letter.append(p)

    def near(self, words: Sequence[str]) -> list[_Person]:
        """Persons sharing the first letter of a word's spelling key with *words* (the latest few hundred:
        a misspelling sits near its correct form, and the work per name stays bounded).
        """
        out: dict[int, _Person] = {}
        for word in words:
            for p in self._by_letter.get(name_key(word)[:1], ())[-_RECENT:]:
                out.setdefault(p.entity, p)
        return [out[k] for k in sorted(out)]

    def _single_candidates(self, word: str) -> Iterator[list[_Person]]:
        """The people a lone name word may refer to, one list per test in the order :meth:`find_single` tries
        them: by surname, by other name words, by the word without its accents, by spelling. Each list is made
        only when the ones before it decided nothing (comparing spellings costs most, and is needed least).
        """
        folded = fold(word)
        candidates = self._by_word.get(folded, [])
        yield [p for p in candidates if fold(p.surname) == folded]
        yield list(candidates)
        key = name_key(word)
        yield list(self._by_key.get(key, ()))  # "Cuong" after "Lương Cường": the same word without its accents
        yield [p for p in self._by_letter.get(key[:1], [])[-_RECENT:] if similar_words(p.surname, word)]

    def find_single(self, word: str, at: int) -> _Person | None:
        """The person a lone name word refers to: by surname, then by other name words, then by spelling."""
        for hits in self._single_candidates(word):
            # "Lula" after "First Lady Rosângela Lula da Silva": the figure, not the spouse
            kept = [p for p in hits if not p.family] if len(hits) > 1 else hits
            if len(kept or hits) == 1:
                return (kept or hits)[0]
            if hits:
                # "Wang" in a story of Wang Yi that once names Commerce Minister Wang Wentao: the person it
                # names most, then the one seen last
                before = [p for p in kept or hits if 0 <= p.first_seen <= at]
                return max(before or kept or hits, key=lambda p: (p.named, p.last_seen))
        return None


def _finish_people(state: ExtractionState, lx: Lexical, entities: list[Entity], persons: list[_Person]) -> None:
    """Choose each person's canonical name, aliases, title and country."""
    mentions = state.mentions
    for p in persons:
        e = entities[p.entity]
        forms = [mentions[k] for k in e.mentions]
        if not forms:
            continue
        counts = Counter(" ".join(m.words) for m in forms)
        longest = max(len(m.words) for m in forms)
        best = max(
            (m for m in forms if len(m.words) == longest),
            key=lambda m: (counts[" ".join(m.words)], -m.start),
        )
        e.name = best.text
        seen = {e.name}
        for m in forms:
            form = m.text
            if form not in seen:
                seen.add(form)
                e.aliases.append(form)
        for m in forms:
            relational = m.title is not None and fold(m.title.split()[-1]) in lx.words("relational_title")
            if m.title and not e.title and not relational:
                e.title = m.title
                e.title_category = m.title_category
            if m.country and not e.country:
                e.country = m.country
        _ = lx


def _organisations(state: ExtractionState, entities: list[Entity]) -> None:
    by_key: dict[tuple[ParticipantKind, str], int] = {}
    # (the kinds read once: see the note at _PARTIES)
    organization, country = MentionKind.ORGANIZATION, MentionKind.COUNTRY
    organization_entity, country_entity = ParticipantKind.ORGANIZATION, ParticipantKind.COUNTRY
    countries = lexical(state.resources).countries
    forms_of: dict[str, set[str]] = {}
    """A country as written -> every form it is listed as: an article names the same countries again and again."""
    for i, m in enumerate(state.mentions):
        if m.kind is organization:
            kind = organization_entity
            name = key_name = _org_name(m.text)
        elif m.kind is country:
            kind = country_entity
            name = key_name = m.key or m.text
            forms = forms_of.get(m.text)
            if forms is None:
                forms = forms_of[m.text] = {form.form for form in countries.lookup(m.text)}
            if forms & _SEATS:
                name = key_name = m.text  # "Washington said", "Akorda said": the capital or seat of power as written
            elif "alias" in forms and "name" not in forms:
                name = _org_name(m.text)  # "the U.S. said": the country as written (one party with "United States")
        else:
            continue
        key = (kind, fold(key_name))
        index = by_key.get(key)
        if index is None:
            entities.append(Entity(kind, name, country=m.country, first=m.start))
            index = len(entities) - 1
            by_key[key] = index
        entities[index].mentions.append(i)
        m.entity = index


_SEATS = frozenset({"capital", "metonym"})
"""Forms of a country that name where its government sits: a party of their own, named as written."""


def _org_name(text: str) -> str:
    words = text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return " ".join(words)  # as written: "China's foreign ministry", not "China foreign ministry"


_SPECIFIC_OFFICES = frozenset(
    {"head_of_state", "head_of_government", "vice_head", "royal", "foreign_minister", "org_head", "spokesperson"}
)
"""Categories with one holder per country: any two titles of one of them name the same office."""


def _fits(e: Entity, m: MentionRecord) -> bool:
    if e.kind is not _PERSON_ENTITY:
        return False
    if m.country and e.country and m.country != e.country:
        return False
    refers = set(m.refers)
    if m.title_category and "descriptor" not in m.title_category:
        refers.update(m.title_category.split("|"))
    if not refers:
        return True
    if e.title_category is None:
        return e.country is None or m.country is None or e.country == m.country
    if fold(e.title or "") == fold(m.title or ""):
        return True
    shared = refers & set(e.title_category.split("|"))
    if shared and e.title and m.title and len(m.title.split()) > 1 and not (shared & _SPECIFIC_OFFICES):
        return False  # "China's defense minister" is not Commerce Minister Wang Wentao
    return bool(shared)


def _title_word(e: Entity, m: MentionRecord) -> bool:
    """True when a one-word description names the head of the person's title ("the Secretary" of
    "Secretary of State", "the minister" of "Foreign Minister"), not a rank of it ("President" of
    "Vice President" is another office).
    """
    if not m.title or not e.title or " " in m.title.strip():
        return False
    words = fold(e.title).split()
    word = fold(m.title)
    if len(words) < 2:
        return False
    if word == words[0]:
        return "of" in words or "for" in words
    return word == words[-1] and "descriptor" in (m.title_category or "") and "of" not in words


def _descriptions(state: ExtractionState, entities: list[Entity], described: list[int], *, again: bool = False) -> None:
    """Resolve the description mentions (at indices *described*, in order, one at least) to the people seen
    before them.
    """
    mentions = state.mentions
    # (the kinds read once: see the note at _PARTIES)
    description, group, person = MentionKind.DESCRIPTION, MentionKind.GROUP, ParticipantKind.PERSON
    pronoun = MentionKind.PRONOUN
    if again:
        touched: set[int] = set()
        for k in described:
            m = mentions[k]
            if m.entity is not None:
                touched.add(m.entity)
                m.entity = None
        for e in touched:
            entities[e].mentions = [k for k in entities[e].mentions if mentions[k].kind is not description]
    # the people seen lately, most recent last; a description looks back over the last few dozen
    last_seen: OrderedDict[int, int] = OrderedDict()
    seen_in: dict[int, int] = {}
    """Entity -> the sentence it was last named or described in."""
    named_at: dict[int, int] = {}
    """Entity -> where its last mention by name starts (see governed())."""
    lx = lexical(state.resources)
    prepositions = lx.words("preposition")

    def governed(e: int) -> bool:
        """Whether a preposition governed the last mention of person *e* by name ("talks with Xi Jinping"): not a
        subject. Read when a description asks, which few do, not at every name.
        """
        start = named_at.get(e)
        return start is not None and _word_before(state.text, start) in prepositions

    possessor: tuple[int, int | None] = (-1, None)
    """(sentence, entity) of the last person named or pronoun ("he": no entity yet) before a description."""
    unnamed: dict[str, int] = {}
    """Head noun of the unnamed sources seen ("official" of "a ministry official") -> offset."""
    # (the mentions after the last description tell nothing: what they add to the people seen is read by none)
    for i, m in enumerate(mentions[: described[-1] + 1]):
        if m.kind is group:
            unnamed[fold(m.text).rsplit(" ", 1)[-1]] = m.start
        if m.kind is pronoun:
            possessor = (m.sentence, None)
        if m.kind is not description:
            if m.entity is not None and entities[m.entity].kind is person:
                possessor = (m.sentence, m.entity)
                last_seen[m.entity] = m.start
                seen_in[m.entity] = m.sentence
                named_at[m.entity] = m.start
                last_seen.move_to_end(m.entity)
                if len(last_seen) > 64:
                    last_seen.popitem(last=False)
            continue
        named = _named_after(state, entities, i)
        if named is not None:
            # "The Foreign Secretary, Helen Carrow, said": the name in apposition, not someone seen before
            m.entity = named
            entities[named].mentions.append(i)
            continue
        # a person whose country is the description's beats one whose country is unknown
        fitting = [e for e in reversed(last_seen) if _fits(entities[e], m)]
        tier: int | None = None
        """The tier of office (:data:`_TIERS`) of the one whose counterpart the description names, when known."""
        if possessor[0] == m.sentence and _relation_of_possessor(lx, m):
            # "he had invited his Saudi counterpart", "Blinken and his counterpart": not the possessor himself,
            # who is the person just named, or, for a pronoun, the last person seen as a subject; nor a family
            # member ("Macron and his wife Brigitte … his American counterpart")
            owner = possessor[1]
            if owner is None:
                owner = next((e for e in reversed(last_seen) if not governed(e)), None)
            fitting = [
                e for e in fitting if e != owner and "family" not in (entities[e].title_category or "").split("|")
            ]
            if owner is not None and m.title and fold(m.title.split()[-1]) in lx.words("peer_title"):
                # "External Affairs Minister Jaishankar will hold talks with his Russian counterpart": no president
                tier = _tier(entities[owner])
                if tier is not None:
                    fitting = [e for e in fitting if _tier(entities[e]) in (None, tier)]
        # "the chancellor" is Chancellor Scholz before Premier Li, seen later, whose office is the same kind
        title = fold(m.title or "")
        best = next(
            (
                e
                for e in fitting
                if title
                and fold(entities[e].title or "") == title
                and (m.country is None or entities[e].country == m.country)
            ),
            None,
        )
        # "the Secretary" is the Secretary of State before it is another minister seen later
        if best is None:
            best = next((e for e in fitting if _title_word(entities[e], m)), None)
        if best is None:
            best = next((e for e in fitting if m.country and entities[e].country == m.country), None)
        if (
            best is None
            and fitting
            and (entities[fitting[0]].title or m.sentence - seen_in.get(fitting[0], m.sentence) <= _UNTITLED_REACH)
        ):
            best = fitting[0]  # someone named without a title only while the story is still about them
            if m.country and _unvouched(entities[best]) and governed(best):
                # "Macron … held talks with Xi Jinping. …, the French president said": of two people nothing
                # tells apart, the one a description by country means is the one last seen as a subject
                best = next(
                    (
                        e
                        for e in fitting[1:]
                        if _unvouched(entities[e])
                        and not governed(e)
                        and m.sentence - seen_in.get(e, m.sentence) <= _UNTITLED_REACH
                    ),
                    best,
                )
        if best is None and m.country and "descriptor" in (m.title_category or ""):
            # "the Qatari envoy" for Qatar's minister of state: the one person of that country seen lately,
            # whatever his office (a description naming an office, "China's defense minister", is that office)
            compatriots = [
                e
                for e in last_seen
                if entities[e].country == m.country and (tier is None or _tier(entities[e]) in (None, tier))
            ]
            if len(compatriots) == 1:
                best = compatriots[0]
        head = fold(m.title or "").rsplit(" ", 1)[-1]
        source = unnamed.get(head)
        if source is not None and (
            best is None or source > last_seen[best] or head not in fold(entities[best].title or "").split()
        ):
            # "a ministry official told reporters … “…,” the official said": no one named; nor is the official
            # someone named since whose title does not say official ("Sullivan is expected …, the official said")
            continue
        if best is None:
            continue
        possessor = (m.sentence, best)  # "the French President said his American counterpart's …"
        m.entity = best
        entities[best].mentions.append(i)
        last_seen[best] = m.start
        seen_in[best] = m.sentence  # "the Head of State said": the story is still about him
        last_seen.move_to_end(best)


def _relation_of_possessor(lx: Lexical, m: MentionRecord) -> bool:
    """Whether description *m* names a relation of a possessive's owner ("his Saudi counterpart", "her host")."""
    words = m.text.split()
    if len(words) < 2 or m.title is None or fold(m.title.split()[-1]) not in lx.words("relational_title"):
        return False
    pronoun = lx.pronouns.get(fold(words[0]))
    return pronoun is not None and "possessive" in pronoun.values("case")


_TIERS = (
    frozenset({"head_of_state", "head_of_government", "vice_head", "royal"}),
    frozenset({"foreign_minister", "minister"}),
)
"""Categories of title whose holders are each other's counterparts: leaders, and ministers."""


def _tier(e: Entity) -> int | None:
    """The index in :data:`_TIERS` of the person's office, ``None`` when it is in none or unknown."""
    categories = set((e.title_category or "").split("|"))
    return next((i for i, tier in enumerate(_TIERS) if categories & tier), None)


def _unvouched(e: Entity) -> bool:
    """Whether nothing but the name is known of person *e*: no title, no country."""
    return e.title is None and e.country is None


_WORD_BEFORE = 16
"""Characters looked back for the word before a mention (a preposition is short)."""


def _word_before(text: str, start: int) -> str:
    """The lower-cased word just before offset *start* ("with" of "talks with Xi"), "" when none."""
    words = text[max(0, start - _WORD_BEFORE) : start].split()
    return fold(words[-1]) if words and start > 0 and text[start - 1].isspace() else ""


_UNTITLED_REACH = 6
"""Most sentences since a person named without a title was last named for a description to mean them ("the
AES chair" is not a name in the site's menu twenty sentences up)."""


def _named_after(state: ExtractionState, entities: list[Entity], i: int) -> int | None:
    """The person named in apposition right after description mention *i* ("the Foreign Secretary, Helen
    Carrow,"), when only a comma stands between them; else None.
    """
    mentions = state.mentions
    j = i + 1
    while j < len(mentions) and j <= i + _INSIDE_DESCRIPTION and mentions[j].start < mentions[i].end:
        j += 1  # the description's own country or posting ("Kenya's Cabinet Secretary for …")
    if j >= len(mentions):
        return None
    nxt = mentions[j]
    if nxt.kind is not _PERSON_MENTION or nxt.entity is None or entities[nxt.entity].kind is not _PERSON_ENTITY:
        return None
    opens = nxt.start
    if nxt.title_span and nxt.title_span[0] < nxt.start and _same_office(mentions[i], nxt):
        # "Sudan's army chief, General Abdel Fattah al-Burhan,": a title of the same office may open the name
        # (but "the King, Prime Minister Keir Starmer" is a list)
        opens = nxt.title_span[0]
    return nxt.entity if state.text[mentions[i].end : opens].strip() == "," else None


def _same_office(description: MentionRecord, name: MentionRecord) -> bool:
    """Whether the title of *name* is of an office category of *description* ("army chief" and "General": military)."""
    ours = set((description.title_category or "").split("|")) - {"descriptor", ""}
    return not ours.isdisjoint((name.title_category or "").split("|"))


_INSIDE_DESCRIPTION = 4
"""Most mentions inside a description looked past for the name in apposition after it."""


def _titles_from_descriptions(state: ExtractionState, entities: list[Entity], described: list[int]) -> None:
    """A person named without a title takes the one a description (at indices *described*) gives ("the US
    president").
    """
    mentions = state.mentions
    for k in described:
        m = mentions[k]
        if m.entity is None:
            continue
        e = entities[m.entity]
        if not e.title and m.title and "descriptor" not in (m.title_category or ""):
            e.title = m.title
            e.title_category = m.title_category
        if not e.country and m.country:
            e.country = m.country


def _pronouns(state: ExtractionState, entities: list[Entity]) -> None:
    """Resolve he/she/his/her to a person; they/their are left to the meeting and statement rules."""
    mentions = state.mentions
    person, pronoun = ParticipantKind.PERSON, MentionKind.PRONOUN  # (read once: see the note at _PARTIES)
    # the pronouns of a gender ("he", "her"), picked in C: most mentions are none, and some articles hold none
    gendered = [m for m in compress(mentions, map(pronoun.__eq__, map(_KIND, mentions))) if m.gender in ("m", "f")]
    if not gendered:
        return
    quoted = _quoted_ranges(state)
    by_sentence: dict[int, list[int]] = {}
    for i, m in enumerate(mentions):
        if m.entity is not None and entities[m.entity].kind is person and not inside(quoted, m.start):
            by_sentence.setdefault(m.sentence, []).append(i)
    for m in gendered:
        if inside(quoted, m.start):
            continue  # "he" inside quoted words is the speaker's, not the narrator's
        target = _antecedent(state, entities, by_sentence, m, quoted)
        if target is not None:
            m.entity = target


def _quoted_ranges(state: ExtractionState) -> list[tuple[int, int]]:
    return sorted((q.start, q.end) for q in state.quotes if q.depth == 0)


def _gender_ok(state: ExtractionState, entities: list[Entity], entity: int, gender: str | None) -> bool:
    if gender is None:
        return True
    seen = entity_genders(state, entities, entity)
    return not seen or gender in seen


def entity_genders(state: ExtractionState, entities: list[Entity], entity: int) -> frozenset[str]:
    """The genders (``m``, ``f``) that the named mentions of a person show (honorifics, given names)."""
    memo: dict[int, frozenset[str]] = state.cached("people.genders", dict)
    found = memo.get(entity)
    if found is None:
        found = frozenset(
            g
            for k in entities[entity].mentions
            if (g := state.mentions[k].gender) in ("m", "f") and state.mentions[k].kind is MentionKind.PERSON
        )
        memo[entity] = found
    return found


def _antecedent(
    state: ExtractionState,
    entities: list[Entity],
    by_sentence: dict[int, list[int]],
    m: MentionRecord,
    quoted: list[tuple[int, int]],
) -> int | None:
    mentions = state.mentions
    toks = state.tokens(m.sentence)
    # cataphora: "During his talks with Chin, Blinken stressed ..."
    if toks and fold(toks[0].text) in lexical(state.resources).words("clause_opener"):
        comma = next((k for k in range(m.last_token, len(toks)) if toks[k].text == ","), None)
        if comma is not None:
            for k in by_sentence.get(m.sentence, []):
                cand = mentions[k]
                if (
                    cand.first_token == comma + 1
                    and cand.entity is not None
                    and _gender_ok(state, entities, cand.entity, m.gender)
                ):
                    return cand.entity
    # "He said Nawrocki would also ask Trump …": a subject pronoun is no one its own sentence names after it
    named_after = (
        {mentions[k].entity for k in by_sentence.get(m.sentence, []) if mentions[k].start > m.end}
        if m.key == "subject"
        else set()
    )
    same = [k for k in by_sentence.get(m.sentence, []) if mentions[k].end <= m.start]
    if m.key == "possessive" and (relative := _relative_antecedent(state, toks, same, m)) is not None:
        # "… with Stubb, who had briefed him on his conversation with Trump": Stubb's conversation
        entity = mentions[relative].entity
        if entity is not None and _gender_ok(state, entities, entity, m.gender):
            return entity
    if m.key == "object":
        # "Kagame received him": an object pronoun is not the subject of its own clause
        same = [k for k in same if not _same_clause(state, toks, mentions[k].last_token, m.first_token)]
    for k in same:
        entity = mentions[k].entity
        if entity is not None and entity not in named_after and _gender_ok(state, entities, entity, m.gender):
            return entity
    counted = 0
    back = m.sentence - 1
    # three sentences back, not counting those inside a quotation: "she said" after a quotation of
    # several paragraphs is the person named before it
    while back >= 0 and counted < _ANTECEDENT_SENTENCES and back > m.sentence - _ANTECEDENT_REACH:
        earlier = by_sentence.get(back, [])
        for i, k in enumerate(earlier):
            entity = mentions[k].entity
            if entity in named_after or _possessor_of_next(state, mentions[k], earlier[i + 1 : i + 2]):
                continue  # "Nawrocki's foreign policy adviser Marcin Przydacz told reporters …": the adviser
            if entity is not None and _gender_ok(state, entities, entity, m.gender):
                return entity
        if not inside(quoted, state.sentences[back].start):
            counted += 1
        back -= 1
    return None


def _possessor_of_next(state: ExtractionState, m: MentionRecord, following: list[int]) -> bool:
    """Whether person mention *m* owns, by "'s", a description of the next person named, a few tokens on
    ("Nawrocki's foreign policy adviser Marcin Przydacz"): that person is who the sentence is about.
    """
    if not following:
        return False
    toks = state.tokens(m.sentence)
    nxt = state.mentions[following[0]]
    return (
        m.last_token < len(toks)
        and toks[m.last_token].text in POSSESSIVE
        and nxt.sentence == m.sentence
        and 0 < nxt.first_token - m.last_token <= _POSSESSED_TITLE_WORDS
    )


_POSSESSED_TITLE_WORDS = 5
"""Most tokens from a possessor's "'s" to the name of the person whose office it owns."""


def _relative_antecedent(
    state: ExtractionState, toks: Sequence[Token], same: list[int], m: MentionRecord
) -> int | None:
    """The person mention (of *same*) a relative clause holding pronoun *m* hangs on: "Stubb, who had briefed
    him on his conversation" (the clause from "who" to the pronoun one clause), else None.
    """
    lx = lexical(state.resources)
    k = m.first_token - 1
    while k > max(0, m.first_token - _CLAUSE_REACH) and fold(toks[k].text) not in lx.words("personal_relative"):
        k -= 1
    if k < 2 or toks[k - 1].text != "," or not _same_clause(state, toks, k + 1, m.first_token):
        return None
    return next((i for i in same if state.mentions[i].last_token == k - 1), None)


def _same_clause(state: ExtractionState, toks: Sequence[Token], a: int, b: int) -> bool:
    """Whether tokens ``[a, b)`` hold no punctuation and no word that opens another clause."""
    if b - a > _CLAUSE_REACH:
        return False
    lx = lexical(state.resources)
    return not any(not tok.is_word or _opens_clause(lx, fold(tok.text)) for tok in toks[a:b])


def _opens_clause(lx: Lexical, word: str) -> bool:
    """Whether *word* opens a clause of its own: "and", "after", "who", "that", "where"."""
    return any(
        word in lx.words(role)
        for role in ("conjunction", "finite_subordinator", "personal_relative", "relative_opener", "where_clause")
    )


_CLAUSE_REACH = 12
"""Tokens between a subject and an object pronoun of its clause, at most."""

_ANTECEDENT_SENTENCES = 3
"""Sentences of narration a pronoun may look back over for its person."""

_ANTECEDENT_REACH = 12
"""Sentences in all, quoted ones included, that it may look back over (a bound on any input)."""
