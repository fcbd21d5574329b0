"""Rule ``mentions``: names, titles, countries, organisations, groups and pronouns.

Per sentence, the lexicons are matched over the tokens first (countries with
their aliases, adjectives, capitals and seats of power; organisations; cities
and venues; titles; honorifics). The capitalised runs left over are candidate
names. A run is a person when something vouches for it: a title or honorific
before it ("Foreign Minister Qin Gang", "Mr Xi"), an appositive title after it
("Sullivan, the national security adviser"), a known given name ("Nancy
Pelosi"), a family-first surname ("Wang Yi"), or the shape of a full name (two
or three name-like words that end in no organisation, place or event word).
Single words ("Blinken") are kept as weak candidates; the ``people`` rule keeps
those that match a full name or act as a person.

Titles without a name after them are descriptions ("the Chinese leader", "the
top US diplomat"); plural nouns for unnamed parties are groups ("Chinese
officials", "the two sides").
"""

from __future__ import annotations

import operator
from bisect import bisect_left
from collections.abc import Sequence
from itertools import compress, count
from typing import Any

import attrs

from diplomeet.document import POSSESSIVE, Token, Tokens, where
from diplomeet.gazetteer import Match, fold
from diplomeet.rules.context import QUOTE_MARKS, verbs
from diplomeet.rules.lexical import CountryForm, Lexical, OrgInfo, PlaceInfo, TitleInfo, lexical
from diplomeet.state import ExtractionState, MentionKind, MentionRecord, PlaceRecord

__all__ = ["UNNAMED", "mentions"]

_START = operator.itemgetter(0)
"""A token's start offset (``Token`` is a tuple), read in C."""

_TEXT = operator.itemgetter(2)
"""A token's text, read in C."""

_FIRST_CHAR = operator.itemgetter(0)
"""A string's first character, read in C."""

_START_OFFSET, _END = operator.attrgetter("start"), operator.attrgetter("end")
"""A record's start and end offsets, read in C."""

_COUNTRY_FORMS_AS_ACTORS = frozenset({"name", "alias", "capital", "metonym"})

# The kinds read once into module names: a member read from its enum class goes through the enum metaclass's
# attribute hook (Python 3.11), several times slower than a global name, and the rules read them for every mention.
_PERSON, _COUNTRY, _ORGANIZATION, _GROUP = (
    MentionKind.PERSON,
    MentionKind.COUNTRY,
    MentionKind.ORGANIZATION,
    MentionKind.GROUP,
)


_PORTFOLIO_REACH = 6
"""Most portfolios listed after the first in one minister's title."""


class _Sentence:
    """Lexical layers of one sentence."""

    def __init__(self, state: ExtractionState, lx: Lexical, index: int, staff: set[tuple[str, ...]]) -> None:
        self.state = state
        self.lx = lx
        self.index = index
        self.staff = staff
        """The names of the article's staff so far (bylines, credits): not people wherever they recur."""
        self.tokens: Tokens = state.tokens(index)
        """The sentence's tokens with their lookup keys: what the lexicons are asked with."""
        self.toks: list[Token] = list(self.tokens)
        """The same tokens as a plain list, for reading them one by one: the interpreter indexes a plain list
        several times faster than a subclass of one (through its ``__getitem__`` method), and the rules read
        the tokens of a sentence thousands of times."""
        self.texts: list[str] = self.tokens.texts
        """The text of each token, as written (what ``toks[i].text`` reads, without its attribute lookup)."""
        self.words: list[str] = self.tokens.folded[0]
        """The case-folded text of each token."""
        n = len(self.toks)
        self.country: list[Match[CountryForm] | None] = [None] * n
        self.org: list[Match[OrgInfo] | None] = [None] * n
        self.place: list[Match[PlaceInfo] | None] = [None] * n
        self.title: list[Match[TitleInfo] | None] = [None] * n
        self.honorific: list[Match[str] | None] = [None] * n
        self.title_end: dict[int, Match[TitleInfo]] = {}
        self.covered: list[bool] = [False] * n
        """Whether each token is inside a phrase of any layer above (country, organisation, place, title or
        honorific): one list to read where a name word is asked for, not five."""
        self.enclosed: list[tuple[int, int]] = []
        """Token ranges of groups that enclose countries ("officials from the US and Russia")."""
        self.lexical_starts: list[int] = []
        """The first token of every country and organisation phrase, in order."""
        self.first_word = next(compress(count(), map(str.isalnum, map(_FIRST_CHAR, self.texts))), n)
        """The first word of the sentence (after a bullet or dash)."""
        self.group_firsts = lx.group_nouns.firsts
        """The (folded) words that open a group noun: only at one of them can a name word be a group noun."""
        self._scan()
        if self.lexical_starts and "and" in self.tokens.folded[1]:
            self._elided_countries()
        self.title_case = self._is_title_case()
        self.caption = bool(self.toks) and self.words[0] in lx.caption_words

    def _is_title_case(self) -> bool:
        """A headline in Title Case: no lower-case word but function words, three capitalised words or more."""
        texts, words, function_words = self.texts, self.words, self.lx.function_words
        # the words written in lower case, picked in C (most sentences have one that is no function word early on)
        for i in compress(count(), map(str.islower, map(_FIRST_CHAR, texts))):
            if len(texts[i]) >= 3 and words[i] not in function_words:
                return False
        capitalised = 0
        for i in range(1, len(texts)):
            # (a word: what Token.is_word tests, read inline, without a property's frame for every token)
            text = texts[i]
            if text[0].isalnum() and len(text) >= 3 and words[i] not in function_words:
                capitalised += 1
        return capitalised >= 3

    def _scan(self) -> None:
        toks, tokens, lx = self.toks, self.tokens, self.lx
        # the tokens a lexicon phrase can start at, found by two passes in C over the sentence's keys (the
        # four lexicons of names match as written, titles case-folded); at each, a lexicon is asked only
        # when the token's key opens one of its phrases
        plain, present = self.tokens.plain
        folded, folded_present = self.tokens.folded
        orgs, places, countries, honorifics = lx.name_firsts
        titles = lx.titles.firsts
        starts = [] if present.isdisjoint(lx.any_name_first) else where(plain, lx.any_name_first)
        if not folded_present.isdisjoint(titles):
            title_starts = where(folded, titles)
            starts = sorted({*starts, *title_starts}) if starts else title_starts
        after = 0
        none: list[Match[Any]] = []
        for i in starts:
            if i < after:
                continue
            key = plain[i]
            org = lx.organizations.match_at(tokens, i) if key in orgs else none
            place = lx.places.match_at(tokens, i) if key in places else none
            country = lx.countries.match_at(tokens, i) if key in countries else none
            if (
                (country or place)
                and not org
                and (not place or place[0].last == i + 1)
                and self._given_name_after_title(i, (country or place)[0].last)
            ):
                # "Defence Minister Israel Katz", "President Santiago Pena": a first name that is also a
                # country or a city (or both: a capital)
                country, place = none, none
            if org and country and org[0].last - 1 > i and folded[org[0].last - 1] in titles:
                inner = lx.titles.match_at(tokens, org[0].last - 1)
                if inner and inner[0].last > org[0].last and inner[0].last < len(toks) and toks[inner[0].last].is_cap:
                    org = none  # "U.S. Treasury Secretary Scott Bessent": the country, then the longer title
            # the longest phrase found at i (0 for none: every phrase ends past i)
            best = (
                max(org[0].last if org else i, place[0].last if place else i, country[0].last if country else i) - i
                if org or place or country
                else 0
            )
            if best and folded[i] in titles and toks[i].is_cap:
                longer = lx.titles.match_at(tokens, i)
                named = longer and longer[0].last < len(toks) and toks[longer[0].last].is_cap
                if named and longer[0].last - i > best:
                    # "Treasury Secretary Janet Yellen": the longer title before a name, not the department
                    # (but "a Kremlin spokesman said": the Kremlin speaks)
                    best = 0
            if best:
                # the longest lexicon phrase wins; on a tie organisations beat places beat countries
                if org and org[0].last - i == best:
                    self._mark(self.org, org[0])
                    self.lexical_starts.append(i)
                    if place and place[0].last - i == best:
                        self._mark(self.place, place[0])  # "the Kremlin", "the White House": a seat is a venue too
                elif place and place[0].last - i == best:
                    self._mark(self.place, place[0])
                    if country and country[0].last - i == best:
                        self._mark(self.country, country[0])
                        self.lexical_starts.append(i)
                else:
                    self._mark(self.country, country[0])
                    self.lexical_starts.append(i)
                    if place and place[0].last - i == best:
                        self._mark(self.place, place[0])
                after = i + best
                continue
            honor = lx.honorifics.match_at(tokens, i) if key in honorifics else none
            if honor and toks[i].is_cap and not self._inside_name(i):
                self._mark(self.honorific, honor[0])
                after = honor[0].last
                continue
            title = lx.titles.match_at(tokens, i) if folded[i] in titles else none
            if (
                title
                and title[0].last == i + 1
                and toks[i].text.islower()
                and i > 0
                and self.words[i - 1] in lx.words("verb_marker")
            ):
                title = none  # "will host Xi", "to chair the talks": a verb, not a title
            if title and self._given_name_after_title(title[0].first, title[0].last):
                title = none  # "acting Foreign Minister Amir Khan Muttaqi": a first name that is also a title
            if (
                title
                and title[0].payload.category == "family"
                and toks[i].is_cap
                and i > 0
                and (
                    (toks[i - 1].is_cap and toks[i - 1].is_word and not self.title[i - 1])
                    or (i in self.title_end and i + 1 < len(toks) and toks[i + 1].is_cap and toks[i + 1].is_word)
                )
            ):
                # "Foreign Minister Bui Thanh Son", "Foreign Minister Son Sang-hyun": a name word, not "son"
                title = none
            if title:
                title = [self._portfolio_list(title[0])]
                self._mark(self.title, title[0])
                self.title_end[title[0].last] = title[0]
                after = title[0].last

    def _portfolio_list(self, title: Match[TitleInfo]) -> Match[TitleInfo]:
        """A minister's title over a list of portfolios: "Minister of Investment, Trade and Industry",
        "Minister of Energy and Tourism" (each portfolio one the titles list). A comma needs the list's
        "and" to follow, and a title after the list ("Minister of Defence and Interior Minister X") makes
        it two titles, not one.
        """
        toks, words, lx = self.toks, self.words, self.lx
        first, n = title.first, len(self.toks)
        if first + 2 >= title.last or words[first] not in lx.portfolio_heads or words[first + 1] not in {"of", "for"}:
            return title
        last = piece = title.last
        j = last
        for _ in range(_PORTFOLIO_REACH):
            comma = j < n and toks[j].text == ","
            k = j + 1 if comma else j
            joined = k < n and words[k] in {"and", "&"}
            if joined:
                k += 1
            if not (comma or joined) or k >= n or not toks[k].is_cap:
                break
            found = [m for m in lx.portfolios.match_at(self.tokens, k) if m.payload == words[first]]
            if not found:
                break
            j = found[0].last
            if joined or any(w in {"and", "&"} for w in words[k:j]):  # ", Trade and Industry"
                last, piece = j, k
        if last == title.last or any(m.last > last for m in lx.titles.match_at(self.tokens, piece)):
            return title  # "… and Interior Minister X": the last portfolio opens a title of its own
        phrase = self.state.document.text[toks[first].start : toks[last - 1].end]
        return Match(first, last, phrase, attrs.evolve(title.payload, title=phrase))

    def _given_name_after_title(self, i: int, last: int) -> bool:
        """True when the one word at tokens ``[i, last)`` right after a title is a given name before a
        capitalised name word, not a country, city or a second title: "Defence Minister Israel Katz",
        "President Santiago Pena",
        "Foreign Minister Amir Khan Muttaqi" (but "Foreign Minister Prince Faisal", "Minister Sheikh …").
        """
        nxt = i + 1
        return (
            last == nxt
            and i in self.title_end
            and self.toks[i].text in self.lx.given_names
            and nxt < len(self.toks)
            and self.toks[nxt].is_cap
            and self.toks[nxt].is_word
            and not self.lx.countries.match_at(self.tokens, nxt)
            and not self.lx.honorifics.match_at(self.tokens, nxt)
            and not self.lx.titles.match_at(self.tokens, nxt)
        )

    def _inside_name(self, i: int) -> bool:
        """True when the honorific at token *i* follows a given name as part of the name itself
        ("Hassan Sheikh Mohamud"): a capitalised word before it that is no title, honorific or place.
        """
        if i == 0:
            return False
        prev = self.toks[i - 1]
        return (
            prev.is_cap
            and prev.is_word
            and prev.text in self.lx.given_names
            and self.title[i - 1] is None
            and self.honorific[i - 1] is None
            and not self.lexical_at(i - 1)
        )

    def _elided_countries(self) -> None:
        """A capitalised word before "and" that shares the head of the country after it is a country too ("North
        and South Korea": North Korea; "East and West Germany").
        """
        toks = self.toks
        for i in list(self.lexical_starts):
            m = self.country[i]
            k = i - 2
            if m is None or m.first != i or m.last - i < 2 or k < 0 or self.words[i - 1] != "and":
                continue
            if self.covered[k] or not toks[k].is_cap or not toks[k].is_word:
                continue
            rest = " ".join(t.text for t in toks[i + 1 : m.last])
            found = self.lx.countries.lookup(f"{toks[k].text} {rest}")
            if found:
                self._mark(self.country, Match(k, k + 1, toks[k].text, found[0]))
                self.lexical_starts.insert(bisect_left(self.lexical_starts, k), k)

    def _mark(self, layer: list, match: Match) -> None:  # type: ignore[type-arg]
        # (one assignment each, in C)
        layer[match.first : match.last] = [match] * (match.last - match.first)
        self.covered[match.first : match.last] = [True] * (match.last - match.first)

    def lexical_at(self, i: int) -> bool:
        """True when token *i* belongs to a country, organisation or place phrase."""
        return bool(self.country[i] or self.org[i] or self.place[i])


def _is_initial(texts: Sequence[str], i: int) -> bool:
    t = texts[i]
    return len(t) == 1 and t.isupper() and i + 1 < len(texts) and texts[i + 1] == "."


def _name_before_name(s: _Sentence, i: int) -> bool:
    """Whether the shortened month or weekday at token *i* is a name's word: another capitalised word that is
    no calendar word follows it ("Jan Lipavsky", "Sun Weidong"), unlike "Thu 12 June" or "Mon Jan 13".
    """
    lx = s.lx
    if s.toks[i].text not in lx.calendar_abbreviations or i + 1 >= len(s.toks):
        return False
    nxt = s.toks[i + 1].text
    return nxt[:1].isupper() and nxt.isalpha() and nxt not in lx.calendar_words and not s.place[i + 1]


def _name_word(s: _Sentence, i: int) -> bool:
    """True when token *i* can be part of a personal name."""
    text = s.texts[i]
    first = text[0]
    if not first.isupper() and "-" not in text:
        return False  # most words of a sentence: lower case, punctuation
    if not first.isalnum() or s.covered[i]:
        return False
    lx = s.lx
    if not first.isupper():
        # "al-Sisi", "bin-Laden": a lower-case particle joined to a capitalised surname
        head, _, rest = text.partition("-")
        if not (rest[:1].isupper() and head in lx.name_particles):
            return False
        # "Khalil al-Hayya", and "al-Hayya said" alone: a surname the people rule matches to the full name
    word = s.words[i]
    if word in lx.verb_words or (text in lx.calendar_words and not _name_before_name(s, i)):
        return False
    if s.title_case and word in lx.function_words:
        return False  # "Biden Meets Xi In Bali": a headline's capitalised preposition
    texts = s.texts
    if word in s.group_firsts:  # (the words around it are read only at a group noun: most name words are none)
        opens = i <= s.first_word or texts[i - 1] == ":"
        plural_possessive = i + 1 < len(texts) and texts[i + 1] in {"'", "’"} and text.endswith("s")
        if (opens or plural_possessive) and any(
            m.last > i + 1 or m.payload.get("number") == "plural" for m in lx.group_nouns.match_at(s.tokens, i)
        ):
            # "State media said …", "Summit: Leaders agree …", "■ Leaders to meet": a group noun capitalised
            # only as it opens a clause; "the G20 Leaders' Summit": a plural's possessive in a name
            return False
    if word in lx.title_modifiers and i + 1 < len(texts):
        if s.title[i + 1] or s.lexical_at(i + 1):
            return False  # "Republican House Speaker Kevin McCarthy": a word of the title, not a name
        if texts[i + 1].islower():
            return False  # "the Arab states", "Western nations": an adjective, not a name
    if text.lower() in lx.pronouns and (i == 0 or not texts[i - 1][0].isalnum() or text.isupper()):
        return False  # "He said", but "Vice Premier He Lifeng"
    if text in lx.channel_names:
        return False  # "on Telegram", "on X": media, not people
    if "-" in text and any(lx.countries.lookup(part) for part in text.split("-")):
        return False  # "Korea-Japan", "US-China": relations between countries
    return text.isalpha() or not any(map(str.isdigit, text))  # (most names are letters only: no digit)


def _after_particle(s: _Sentence, k: int) -> bool:
    """Whether the capitalised word at token *k*, after a name particle and before more of the name, is a
    name though it is also a verb or a month ("Talib bin Said Al Busaidi"): the father's name.
    """
    text = s.toks[k].text
    return text[0].isupper() and text.isalpha() and not (s.lexical_at(k) or s.title[k] or s.honorific[k])


def _runs(s: _Sentence) -> list[tuple[int, int]]:
    """Maximal runs of name words (with particles, initials and ordinals) in a sentence."""
    toks, texts = s.toks, s.texts
    n = len(toks)
    out: list[tuple[int, int]] = []
    i = 0
    particles = s.lx.name_particles
    suffixes = s.lx.words("name_suffix")
    text = s.state.text
    country, org, place, title, covered = s.country, s.org, s.place, s.title, s.covered
    for start in _run_starts(s):
        if start < i:
            continue
        i = start
        if covered[i] or not _name_word(s, i):  # (a token inside a lexicon phrase is no name word: no call)
            if texts[i] not in particles:
                continue  # (what _leading_particles would find first, tested here for most tokens)
            lead = _leading_particles(s, i)
            if lead == i:
                continue
            j = lead  # "said von der Leyen": a surname opened by its particles
        else:
            # the run's first token is a name word (just tested, not tested again below), or an initial
            j = i if _is_initial(texts, i) else i + 1
        while j < n:
            if j > i and toks[j].start - toks[j - 1].end > 1 and text[toks[j - 1].end] == " ":
                break  # "TAGS: William Ruto  Samia Suluhu Hassan": a list set out by spaces, not one name
            if len(text_j := texts[j]) == 1 and text_j.isupper() and j + 1 < n and texts[j + 1] == ".":
                j += 2  # an initial (what _is_initial tests, without its frame)
            elif (
                # (a lower-case word with no hyphen, the usual end of a run, is no name word: no call)
                ((text_j[0].isupper() or "-" in text_j) and _name_word(s, j))
                or (text_j in suffixes and j > i)
                # (each test below only when the layers allow what it looks for: most runs end at a word
                # none of them takes)
                or (j == i + 1 and _month_surname(s, i, j))
                or (j - i >= 2 and org[j] is not None and _alias_surname(s, i, j))
                or (j == i + 1 and title[j] is not None and _title_surname(s, i, j))
                or (j - i >= 2 and (country[j] is not None or place[j] is not None) and _place_surname(s, i, j))
            ):
                j += 1
                if j > i + 1 and _suffix_stop(s, j):
                    j += 1  # "Ferdinand Marcos Jr.": the abbreviation's full stop is the name's
            elif j > i and text_j in particles:
                # "Luiz Inácio Lula da Silva", "Ursula von der Leyen", "Pedro de la Fuente"
                k = j + 1
                if k < n and texts[k] in particles:
                    k += 1
                if k < n and _name_word(s, k):
                    j = k
                elif k + 1 < n and _after_particle(s, k) and _name_word(s, k + 1):
                    j = k + 1  # "Talib bin Said Al Busaidi": the name goes on past the father's name
                else:
                    break
            else:
                break
        out.append((i, j))
        i = j
    return out


def _alias_surname(s: _Sentence, i: int, j: int) -> bool:
    """Whether the one-word short name of an organisation at token *j* is the surname ending the
    name begun at token *i* ("Therese Kayikwamba Wagner", where "Wagner" alone is the Wagner Group).

    Only after two name words, and only for a short name written in title case: an organisation's own
    name ("Hamas") or an acronym ("NATO") after a name is a list or a headline, not a surname.
    """
    org = s.org[j]
    if org is None or j - i < 2 or (org.first, org.last) != (j, j + 1) or s.country[j] or s.place[j]:
        return False
    text = s.toks[j].text
    return text.istitle() and org.payload.name != text and (j + 1 >= len(s.toks) or not _name_word(s, j + 1))


def _place_surname(s: _Sentence, i: int, j: int) -> bool:
    """Whether the one-word place at token *j* is the surname ending the name begun at token *i* ("Fernando
    Albuquerque Lima", "Ana Paula Costa"): after a known given name and another name word, in running text,
    with no name after it.
    """
    country = s.country[j]
    place = country if country is not None and country.payload.form == "capital" else s.place[j]
    if (
        place is None
        or (country is not None and country is not place)
        or j - i < 2
        or (place.first, place.last) != (j, j + 1)
        or s.title_case
    ):
        return False
    if s.toks[i].text not in s.lx.given_names or not s.toks[j].text.istitle():
        return False
    return j + 1 >= len(s.toks) or not (_name_word(s, j + 1) or s.words[j + 1] in s.lx.meeting_nouns)


def _title_surname(s: _Sentence, i: int, j: int) -> bool:
    """Whether the one-word title at token *j* is the surname after the given name at token *i* ("Claudia
    Major said", "John Major"): a known given name just before it, and no name after it to be its holder.
    """
    title = s.title[j]
    if j != i + 1 or title is None or (title.first, title.last) != (j, j + 1) or not s.toks[j].text.istitle():
        return False
    if s.toks[i].text not in s.lx.given_names or s.title[i] is not None:
        return False
    return j + 1 >= len(s.toks) or not (_name_word(s, j + 1) or s.honorific[j + 1] or s.title[j + 1])


def _run_starts(s: _Sentence) -> list[int]:
    """The tokens a run of name words can start at: capitalised or hyphenated words and name particles.

    Any other token is neither a name word (:func:`_name_word`) nor a particle opening a surname
    (:func:`_leading_particles`), so :func:`_runs` skips it without looking further.
    """
    return list(compress(count(), map(s.lx.run_start, s.texts)))


def _month_surname(s: _Sentence, i: int, j: int) -> bool:
    """Whether the month name at token *j* is the surname after the given name at token *i*
    ("Theresa May met …"), or a given name after a family name ("Dong Jun said"), not a date
    ("on Friday May 3", "in May 2024", "Jun. 3").
    """
    texts, lx = s.texts, s.lx
    if j != i + 1:
        return False
    # (the names first: most pairs of words are no such name, and the date after is not looked at)
    first = texts[i]
    if not (
        (first in lx.family_first and texts[j] in lx.given_names)  # "Dong Jun": a family name, then "Jun(e)"
        or (first in lx.given_names and s.words[j] in lx.words("month_surname"))
    ):
        return False
    return not (j + 1 < len(texts) and (texts[j + 1][:1].isdigit() or texts[j + 1] == "."))


def _suffix_stop(s: _Sentence, j: int) -> bool:
    """True when token *j* is the full stop of an abbreviated name suffix just before it ("Jr.", "Sr.")."""
    toks = s.toks
    prev = toks[j - 1]
    return (
        j < len(toks)
        and toks[j].text == "."
        and toks[j].start == prev.end
        and prev.text[-1].islower()
        and prev.text in s.lx.words("name_suffix")
    )


def _leading_particles(s: _Sentence, i: int) -> int:
    """Past the particles opening a surname at token *i* ("von der Leyen", "de la Fuente"), if a name
    word follows them and token *i* does not continue a name already; else *i*.
    """
    toks = s.toks
    particles = s.lx.name_particles
    if toks[i].text not in particles or (i > 0 and _name_word(s, i - 1)):
        return i
    k = i + 1
    if k < len(toks) and toks[k].text in particles:
        k += 1
    elif toks[i].text not in s.lx.leading_particles:
        return i
    return k if k < len(toks) and _name_word(s, k) else i


def _possessive_before(s: _Sentence, j: int) -> bool:
    return j > 0 and s.toks[j - 1].text in POSSESSIVE


_LISTED_COUNTRIES = 8
"""Most countries before "and" in a list that qualifies a group ("French, British, … and German officials")."""


def _country_before(s: _Sentence, j: int) -> tuple[int, str | None]:
    """Extend leftwards over a country (or organisation) that qualifies a title ending before *j*."""
    k = j - 1 if j > 0 and s.toks[j - 1].text in POSSESSIVE else j
    if k >= 3 and s.toks[k - 1].text == ")" and s.toks[k - 3].text == "(" and s.toks[k - 2].text.isupper():
        k -= 3  # "People's Republic of China (PRC) Foreign Minister": the abbreviation in parentheses
    if k <= 0:
        return j, None
    country = s.country[k - 1]
    if country is not None:
        return country.first, country.payload.country
    org = s.org[k - 1]
    if org is not None:
        return org.first, org.payload.country
    return j, None


def _modifiers_before(s: _Sentence, j: int) -> int:
    # (not a word of a country: "South African Foreign Minister", where "African" alone is a modifier)
    while j > 0 and s.words[j - 1].strip("-") in s.lx.title_modifiers and s.country[j - 1] is None:
        j -= 1
    return j


def _title_before(s: _Sentence, start: int) -> tuple[TitleInfo, int, int, str | None] | None:
    """A title chain ending just before token *start*: (title, first token, title first, country)."""
    if start == 0 or not s.covered[start - 1]:
        return None  # (most names: no title, honorific, country or place just before them, where a chain ends)
    j = start
    # "Ambassador to China Nicholas Burns", "Special Envoy for the Middle East Daniel Whitcomb": the posting is
    # part of the title, and is not the person's country
    posting = (s.country[j - 1] or s.place[j - 1]) if j >= 2 else None
    if posting is not None and posting.last == j:
        k = posting.first - 1
        k -= 1 if k >= 1 and s.words[k] == "the" else 0
        if k >= 1 and s.words[k] in {"to", "for"} and k in s.title_end:
            j = k
    country_of: str | None = None
    if j >= 3 and (cm := s.country[j - 1]) is not None and cm.last == j:
        k = cm.first - 1
        k -= 1 if k >= 1 and s.words[k] == "the" else 0
        if k >= 1 and s.words[k] == "of" and k in s.title_end:
            country_of, j = cm.payload.country, k  # "Prime Minister of the Solomon Islands Jeremiah Manele"
    for _ in range(_HONORIFIC_CHAIN):
        if j >= 1 and (honor := s.honorific[j - 1]) is not None:
            j = honor.first  # "President Sheikh Mohamed bin Zayed", "President His Highness Sheikh Hamdan"
        else:
            break  # (asking again at the same token would find the same)
    title = s.title_end.get(j)
    if title is None:
        return None
    first = _modifiers_before(s, title.first)
    outer = s.title_end.get(first)
    if outer is not None and first == title.first:
        # "Saudi Foreign Minister Prince Faisal", "military leader Captain Ibrahim Traore": the office
        # before the rank or royal title is the person's title too
        title = outer
        first = _modifiers_before(s, title.first)
    first2, country = _country_before(s, first)
    first3 = _modifiers_before(s, first2)
    # a second title in front ("Prime Minister Sir Keir" is handled by honorifics; "US President-elect")
    held = s.title_end.get(first3 - 1) if first3 >= 2 and s.words[first3 - 1] == "and" else None
    if held is not None and held.payload.category != "descriptor" and s.title[held.first] is held:
        # "Deputy Prime Minister and Foreign Minister Ishaq Dar": two offices of one person
        before, held_country = _country_before(s, _modifiers_before(s, held.first))
        first3 = _modifiers_before(s, before)
        country = country or held_country
    return title.payload, first3, title.first, country_of or country or title.payload.country


def _appositive_title(s: _Sentence, end: int) -> tuple[TitleInfo, int, int, str | None] | None:
    """A title in apposition after a name: ", the national security adviser" / ", Britain's first ..."."""
    toks = s.toks
    n = len(toks)
    if end >= n or toks[end].text != ",":
        return None
    k = end + 1
    if k < n and s.words[k] in {"the", "a", "an", "his", "her"}:
        k += 1
    country: str | None = None
    for _ in range(5):
        if k >= n:
            return None
        if s.title[k]:
            m = s.title[k]
            assert m is not None  # noqa: S101
            if m.first == k:
                if _reports_next(s, m.last):
                    return None  # "… with Trump, an official said": the subject of the next clause
                return m.payload, end + 1, m.last, country or m.payload.country
        if s.country[k]:
            cm = s.country[k]
            assert cm is not None  # noqa: S101
            country = cm.payload.country
            k = cm.last
            if k < n and toks[k].text in POSSESSIVE:
                k += 1
            continue
        if toks[k].is_word and toks[k].text[0].islower() and _appositive_adjective(s, k):
            k += 1  # "Britain's first female Chancellor"
            continue
        return None
    return None


def _reports_next(s: _Sentence, k: int) -> bool:
    """Whether a reporting verb follows from token *k* on, past adverbs ("said", "also told")."""
    between = s.lx.words("between_subject_verb")
    while k < len(s.toks) and s.words[k] in between and s.toks[k].text.islower():
        k += 1
    return k < len(s.toks) and bool(verbs(s.state.resources).reporting.match_at(s.tokens, k))


def _appositive_adjective(s: _Sentence, k: int) -> bool:
    """A lower-case word that may stand inside an appositive title, not a verb ("met", "said")."""
    word = s.words[k]
    # (each set asked on its own: a difference or union of the lexicons would copy hundreds of words per call)
    if word in s.lx.verb_words or (word in s.lx.function_words and word not in s.lx.words("appositive_adjective")):
        return False
    return word.strip("-") in s.lx.title_modifiers or word in s.lx.words("appositive_adjective")


def _description_before(s: _Sentence, start: int, end_of_name: int) -> tuple[TitleInfo, str | None] | None:
    """ "the Russian leader, Vladimir Putin": a description, a comma, then the name.

    Not when the description closes a phrase and the name opens the next clause: in "invited by
    the King, Sir Keir Starmer has said", Sir Keir is not the King.
    """
    if start >= 1 and s.honorific[start - 1] is not None:
        start = s.honorific[start - 1].first  # type: ignore[union-attr]
    if start < 2 or s.toks[start - 1].text != ",":
        return None
    end = start - 1
    cm = s.country[end - 1]
    if cm is not None and s.toks[cm.first - 1].text == "of":
        end = cm.first - 1  # "The Emir of Qatar, Sheikh Tamim"
    title = s.title_end.get(end)
    if title is None:
        return None
    first, country = _country_before(s, _modifiers_before(s, title.first))
    if first > 0 and s.words[first - 1] in s.lx.words("determiner"):
        first -= 1
    toks = s.toks
    governed = first > 0 and s.words[first - 1] in s.lx.words("preposition")
    if governed and end_of_name < len(toks) and toks[end_of_name].text != ",":
        return None
    return title.payload, country or title.payload.country


_HONORIFIC_CHAIN = 3
"""Most honorifics between a title and its name ("President His Highness Sheikh Hamdan")."""


def _post_nominal(s: _Sentence, a: int, b: int) -> bool:
    """Whether the capitals of tokens ``[a, b)`` are the letters of an honour or degree after a name, set off by
    commas ("Hon. Peter Otieno Mbugua, EGH, said"): a comma and a capitalised word before, a comma or the end
    of the sentence after.
    """
    toks = s.toks
    after = toks[b].text if b < len(toks) else "."
    return (
        a >= 2
        and toks[a - 1].text == ","
        and toks[a - 2].text[:1].isupper()
        and len(toks[a].text) <= _POST_NOMINAL_LETTERS
        and after in {",", ".", ";"}
    )


_POST_NOMINAL_LETTERS = 5
"""Most capitals in an honour's letters after a name (EGH, DBE, GCMG, KCVO)."""


def _classify_run(s: _Sentence, a: int, b: int) -> MentionRecord | None:
    toks, lx = s.toks, s.lx
    # drop capitalised function words that open a sentence or headline ("The", "During"), but not one
    # that opens a name right after its title ("General Secretary To Lam", "Vice Premier He Lifeng")
    if not (a in s.title_end and b - a >= 2 and not s.title_case):
        while a < b and s.words[a] in lx.function_words:
            a += 1
    if a >= b:
        return None
    if a > 0 and toks[a - 1].text in {"/", "©"}:
        return None  # a photo credit: "REUTERS/Jonathan Ernst"
    if (
        b - a >= 3
        and a > 0
        and s.words[a - 1] == "of"
        and toks[a].text not in lx.given_names
        and toks[a + 1].text in lx.given_names
    ):
        a += 1  # "Advisor of State Jake Sullivan": the end of a garbled title before a first name
    words = list(filter(".".__ne__, map(_TEXT, toks[a:b])))
    if not words:
        return None  # only full stops left of the run ("A.\n\nChina’s" after repairs)
    credit = _credit(s, _list_start(s, a))
    if credit in s.lx.words("image_credit"):
        if _credit_ends(s, b):
            return None  # a picture's credit: "Photo by …", "Credit: X / Twitter"; not "Photo: X and Y at …"
        credit = None
    if _photo_credit(s, a, b):
        return None  # "Leah Millis/Pool via REUTERS", "(Mikhail Tereshchenko, Sputnik, Pool Photo via AP)"
    if (
        credit is not None
        or tuple(words) in s.staff
        # (the first tests of _byline and _signed, asked here: most names are neither near the top nor open
        # their line)
        or (s.index <= _BYLINE_SENTENCES and _byline(s, a, b))
        or (a == s.first_word and _signed(s, a, b))
    ):
        # a byline or the staff's credits: "By A and B", "Reporting by A; Editing by C", "Conor Devane,
        # Political Correspondent"; the writer's bio at the end ("A is the Post's diplomatic editor")
        if len(words) >= 2:
            s.staff.add(tuple(words))
        return None
    if b - a > 1 and any(m.last == b for m in lx.channel_words.match_at(s.tokens, a)):
        return None  # "wrote on Truth Social": a platform, not a person
    if a >= 2 and s.words[a - 1] == "of" and lx.heads.get(s.words[a - 2]) == "organization" and toks[a - 2].is_cap:
        # "the Ministry of Foreign Affairs", "Department of Homeland Security": the institution's name
        return _org_record(s, a - 2, b, toks[a - 2].start, toks[b - 1].end, None)
    suffixes = lx.words("name_suffix")
    last_word = words[-1]
    for w in reversed(words):
        if w not in suffixes:
            last_word = w
            break
    last = fold(last_word)
    head = lx.heads.get(last)
    if len(words) > 2 and lx.heads.get(fold(words[0])) == "venue" and words[1] in lx.name_particles:
        head = "venue"  # "the Chateau de Rambouillet", "Palacio de la Moneda": a venue named after its place
    if len(words) == 1 and words[0] in lx.family_first and (a == 0 or s.words[a - 1] != "the"):
        head = None  # "“…,” Park said": a Korean family name alone, not a park
    if head == "staff" and len(words) == 1:
        head = None  # "REPORTER: “…”": a transcript's label for the asker, not a role phrase
    if head is not None and head != "person":
        if head == "organization":
            return _org_record(s, a, b, toks[a].start, toks[b - 1].end, None)
        return None
    if a > 0 and s.words[a - 1] in lx.words("outlet_noun") and toks[a - 1].text.islower():
        # "state news agency Khovar reported", "the newspaper Kommersant": the outlet's name
        return _org_record(s, a, b, toks[a].start, toks[b - 1].end, None)
    honor = s.honorific[a - 1] if a > 0 else None
    gender = (honor.payload or None) if honor else None
    titled = _title_before(s, a)
    appos = None if titled else _appositive_title(s, b)
    desc = None if (titled or appos) else _description_before(s, a, b)
    given = lx.given_names.get(words[0])
    family_first = len(words) in (2, 3) and words[0] in lx.family_first
    all_caps = all(map(str.isupper, words)) and min(map(len, words)) > 1  # (words is not empty)
    leader_of = b < len(toks) and s.words[b] in lx.words("person_noun") and b - a == 1
    strong = bool(honor or titled or appos or desc or (given and len(words) > 1) or family_first or leader_of)
    if s.title_case or s.caption:
        # headlines and captions capitalise everything: only a real first name or honorific vouches
        strong = bool(honor or (given and len(words) > 1) or family_first)
        if not strong and len(words) > 1:
            if not s.title_case or a != 0 or b - a != len(words):
                return None
            # "Blinken Heads To Beijing": the headline's first word alone, a surname only if the story names it
            b, words = a + 1, words[:1]
    if not strong:
        if len(words) == 1 and b < len(toks) and s.title[b] is not None and not (s.title_case and a == 0):
            return None  # "Soviet leader Mikhail Gorbachev": an adjective of the title, not a name
        if len(words) == 1 and a == 0 and fold(words[0]) in lx.verb_words:
            return None  # "Greeting the Prime Minister, Trump said": a verb opening the sentence
        indefinite = a > 0 and s.words[a - 1] in lx.words("indefinite")
        if (
            (s.title_case or indefinite)
            and len(words) == 1
            and b < len(toks)
            and (s.words[b] in lx.meeting_nouns or s.words[b] in lx.words("partitive"))
            and (indefinite or s.words[b] not in lx.verb_words)
        ):
            # "March Brings New Round Of Talks", "Historic Summit": a headline's adjective; but "Jake Calls …";
            # "a State Visit": no name after "a"
            return None
        if len(words) > 1 and fold(words[-1]) in lx.number_words:
            return None  # "Pillar Two of AUKUS", "Vision Twenty": a numbered thing, not a person
        if len(words) == 1 and all_caps and _post_nominal(s, a, b):
            return None  # "Peter Otieno Mbugua, EGH, said", "Dame Sarah Jones, DBE,": letters of an honour
        if len(words) == 1 or all_caps:
            strong = False
        elif len(words) > 4 or (a == 0 and len(words) == 2 and fold(words[0]) in lx.function_words):
            return None
    if gender is None and given:
        gender = given if given in ("m", "f") else None
    title: TitleInfo | None = None
    title_span: tuple[int, int] | None = None
    country: str | None = None
    if titled:
        title, first, _tfirst, country = titled
        title_span = (toks[first].start, toks[a - 1].end) if first < a else None
        if honor and honor.first < a:
            pass
    elif appos:
        title, tfirst, tlast, country = appos
        title_span = (toks[tfirst].start, toks[tlast - 1].end)
    elif desc:
        title, country = desc
    if honor is not None and title_span is None:
        title_span = (toks[honor.first].start, toks[a - 1].end)
    if country is None:
        country = _country_of_name(s, a, b)
    return MentionRecord(
        start=toks[a].start,
        end=toks[b - 1].end,
        kind=_PERSON,
        text=s.state.text[toks[a].start : toks[b - 1].end],
        words=tuple(words),
        title=(_title_text(s, titled, appos) or title.title) if title else None,
        title_category=title.category if title else None,
        title_span=title_span,
        country=country,
        gender=gender,
        strong=strong,
        sentence=s.index,
        first_token=a,
        last_token=b,
    )


def _country_of_name(s: _Sentence, a: int, b: int) -> str | None:
    """The country a name spanning tokens ``[a, b)`` belongs to by its own words: a possessive right before
    it ("Egypt's Abdel Fattah el-Sisi") or "of" and a country right after it ("Ayman Safadi of Jordan").
    """
    if a >= 2 and s.toks[a - 1].text in POSSESSIVE and (c := s.country[a - 2]) is not None and c.last == a - 1:
        return c.payload.country
    if b + 1 < len(s.toks) and s.words[b] == "of" and (c := s.country[b + 1]) is not None and c.first == b + 1:
        return c.payload.country if c.payload.form in _COUNTRY_FORMS_AS_ACTORS else None
    return None


_BYLINE_SENTENCES = 8
"""How many sentences from the top of an article a bare name on its own line may be a byline."""


def _byline(s: _Sentence, a: int, b: int) -> bool:
    """Whether the name at tokens ``[a, b)`` stands alone near the top of the article, with at most a
    date beside it ("Tahir Khan", "Dilan Pamuk | 12.04.2025 - Update : 12.04.2025"): its writer's byline.
    """
    if s.index > _BYLINE_SENTENCES or b - a < 2:
        return False
    fillers = s.lx.words("byline_filler")
    for k, tok in enumerate(s.toks):
        if a <= k < b:
            continue
        if tok.is_word and not any(map(str.isdigit, tok.text)) and s.words[k] not in fillers:
            return False
    return True


_SIGNATURE_WORDS = 5
"""Most words after the comma of a signed line ("Conor Devane, Political Correspondent")."""


def _signed(s: _Sentence, a: int, b: int) -> bool:
    """Whether the name at tokens ``[a, b)`` signs its line with a staff role after a comma: a byline or
    sign-off ("Amelia Tan, Senior Correspondent", "— Nora Blaisdell, World Briefing editor").
    """
    toks = s.toks
    if a != s.first_word or b >= len(toks) or toks[b].text != ",":
        return False  # once per sentence at most: the name opens its line
    rest = [k for k in range(b + 1, len(toks)) if toks[k].is_word]
    if not rest or len(rest) > _SIGNATURE_WORDS or toks[-1].text not in {".", toks[rest[-1]].text}:
        return False
    line = s.state.text[toks[a].start : toks[-1].end]
    return "\n" not in line and s.lx.heads.get(s.words[rest[-1]]) == "staff"


_CREDIT_LIST = 12
"""Most tokens of the names in a picture's credit after the one being read ("Photo: A, B and C")."""


def _credit_ends(s: _Sentence, b: int) -> bool:
    """Whether the names of a picture credit from token *b* on end as a credit does (at the end of the line,
    or before "/", "|", "for" or a bracket: "Picture: Sam Rooney", "Credit: X / Twitter"), not as a caption
    goes on ("Photo: Annalena Baerbock and Murat Nurtleu at the ministry").
    """
    toks = s.toks
    k = b
    while k < len(toks) and k < b + _CREDIT_LIST and (toks[k].is_cap or s.words[k] in {"and", ",", "&"}):
        k += 1
    return k >= len(toks) or toks[k].text in {"/", "|", "]", ")", ";", ".", "via"} or s.words[k] == "for"


def _credit(s: _Sentence, a: int) -> str | None:
    """The credit word the names from token *a* on follow: "by" of a byline ("By A and B"), a credit word
    before "by" ("Reporting by", "Photo by") or before its colon ("Story: Vo Hai"); else None.
    """
    toks = s.toks
    if a == 1 and toks[0].text in {"By", "BY"}:
        return "by"
    if a >= 2 and (toks[a - 1].text == ":" or s.words[a - 1] == "by") and s.words[a - 2] in s.lx.words("credit_word"):
        return s.words[a - 2]
    return None


_LIST_REACH = 5
"""How many names back a list ("By A, B and C") is followed to its start."""


def _list_start(s: _Sentence, a: int) -> int:
    """The first token of the list of names whose last member starts at token *a* ("A, B and C"): *a*
    when no "and" or comma joins it to capitalised words before it.
    """
    toks = s.toks
    for _ in range(_LIST_REACH):
        j = a - 1
        if j < 1 or s.words[j] not in {"and", ",", "&"}:
            return a
        k = j
        while k > 0 and k > j - 6 and (toks[k - 1].is_cap or toks[k - 1].text == ".") and s.words[k - 1] != "by":
            k -= 1
        if k == j:
            return a
        a = k
    return a


def _photo_credit(s: _Sentence, a: int, b: int) -> bool:
    """Whether the name at tokens ``[a, b)`` is a photographer's credit: followed by a slash and the
    agency ("Leah Millis/Pool via REUTERS"), or opening a parenthesis that credits a photo
    ("(Mikhail Tereshchenko, Sputnik, Kremlin Pool Photo via AP)").
    """
    toks = s.toks
    if a >= 2 and toks[a - 1].text == "|" and (s.words[a - 2] in s.lx.caption_words or toks[a - 2].text == "/"):
        return True  # "Photo: picture alliance/dpa | Lena Kroll": the photographer after the agency
    if b + 1 < len(toks) and toks[b].text == "/" and toks[b].start == toks[b - 1].end:
        after = s.words[b + 1]  # an agency or pool, not "Kamala Harris/Secretary of State …"
        return after in s.lx.words("credit_word") or after in s.lx.caption_words
    if a == 0 or toks[a - 1].text != "(":
        return False
    for k in range(b, min(len(toks), b + 12)):
        text = s.texts[k]
        if text == ")":
            return False
        # "via AP", "Pool Photo": a credit's words, capitalised; not "(Biden spoke in a video call)"
        if text == "via" or (text[:1].isupper() and fold(text) in s.lx.words("credit_word")):
            return True
    return False


def _title_text(
    s: _Sentence,
    titled: tuple[TitleInfo, int, int, str | None] | None,
    appos: tuple[TitleInfo, int, int, str | None] | None,
) -> str | None:
    """The title as written, without the country ("Secretary of State", "top diplomat")."""
    if titled:
        info, _first, tfirst, _c = titled
        m = s.title[tfirst]
        if m is not None:
            start = _modifiers_before(s, m.first)
            return s.state.text[s.toks[start].start : s.toks[m.last - 1].end]
        return info.title
    if appos:
        info, _a, tlast, _c = appos
        m = s.title[tlast - 1]
        if m is not None:
            return s.state.text[s.toks[m.first].start : s.toks[m.last - 1].end]
        return info.title
    return None


def _org_record(s: _Sentence, a: int, b: int, start: int, end: int, country: str | None) -> MentionRecord:
    text = s.state.text[start:end]
    return MentionRecord(
        start=start,
        end=end,
        kind=_ORGANIZATION,
        text=text,
        key=text,
        country=country,
        sentence=s.index,
        first_token=a,
        last_token=b,
    )


def _descriptions(s: _Sentence, taken: list[bool]) -> list[MentionRecord]:
    """Titles used without a name: "the Chinese leader", "the top US diplomat", "his counterpart"."""
    out: list[MentionRecord] = []
    toks = s.toks
    n = len(toks)
    for last, m in s.title_end.items():
        if any(taken[m.first : m.last]):
            continue
        if last < n and _name_word(s, last):
            continue  # a title before a name is part of the person mention
        if _adjective_of_noun(s, last) or _rank_as_adjective(s, m.first, last):
            continue  # "his first official visit", "the major relationships": an adjective, not a person
        if fold(m.phrase) != fold(m.payload.title):
            continue  # a plural title without names ("the two leaders") is a group, not one person
        first = _modifiers_before(s, m.first)
        first, country = _country_before(s, first)
        first = _modifiers_before(s, first)
        opener = first - 1
        if country and s.country[first] is not None and toks[s.country[first].last].text in POSSESSIVE:  # type: ignore[union-attr]
            opener = first  # "Iraq's foreign minister": the country's possessive stands for "the"
            first += 1
        elif first >= 2 and toks[first - 1].text in POSSESSIVE and taken[first - 2] and toks[first].is_cap:
            opener = first  # "the UN Secretary-General's Personal Envoy, …": an office of the office before it
        elif first == 0 or s.words[first - 1] not in s.lx.words("definite"):
            continue
        # "the president of Russia"
        if last + 1 < n and toks[last].text == "of" and s.country[last + 1]:
            cm = s.country[last + 1]
            assert cm is not None  # noqa: S101
            country = country or cm.payload.country
        end = _posting_end(s, last)
        info = m.payload
        out.append(
            MentionRecord(
                start=toks[opener].start,
                end=toks[end - 1].end,
                kind=MentionKind.DESCRIPTION,
                text=s.state.text[toks[opener].start : toks[end - 1].end],
                title=s.state.text[toks[m.first].start : toks[m.last - 1].end],
                title_category=info.category,
                refers=info.refers,
                country=country or info.country,
                sentence=s.index,
                first_token=opener,
                last_token=end,
            )
        )
        for k in range(opener, end):
            taken[k] = True
    return out


def _posting_end(s: _Sentence, last: int) -> int:
    """The end of the posting after a title that ends at token *last*, when a name in apposition follows it
    ("China's Special Envoy for Pacific Island Affairs, Wang Zhiqiang"; "the Ambassador to the United Arab
    Emirates, …"); else *last*.
    """
    toks = s.toks
    if last >= len(toks) or s.words[last] not in s.lx.words("posting_preposition"):
        return last
    k = last + 1
    while k < min(len(toks), last + _POSTING_WORDS) and (toks[k].is_cap or s.words[k] in {"and", "the", "of"}):
        k += 1
    if k > last + 1 and toks[k - 1].is_cap and k < len(toks) and toks[k].text == ",":
        return k
    return last


_POSTING_WORDS = 8
"""Most tokens of a title's posting after its preposition ("for Foreign and Diaspora Affairs")."""


def _adjective_of_noun(s: _Sentence, j: int) -> bool:
    """Whether a word ending before token *j* is an adjective of the noun that follows it: a meeting noun
    ("his first official visit") or an outlet ("the official broadcaster CCTV").
    """
    return _before_meeting_noun(s, j) or (j < len(s.toks) and s.words[j] in s.lx.words("outlet_noun"))


def _rank_as_adjective(s: _Sentence, first: int, last: int) -> bool:
    """Whether a military rank written in lower case at tokens ``[first, last)`` is an adjective of the common
    noun after it ("the major relationships", "the general public"), not a person ("the general said").
    """
    if last >= len(s.toks) or not s.toks[first].text.islower():
        return False
    found = s.lx.titles.match_at(s.tokens, first)
    if not found or "military" not in found[0].payload.category.split("|"):
        return False
    return _common_word(s, last)


def _common_word(s: _Sentence, k: int) -> bool:
    """Whether token *k* is a lower-case word that is neither a function word nor a verb ("relationships",
    "coalition").
    """
    text, word = s.toks[k].text, s.words[k]
    return text.isalpha() and text.islower() and word not in s.lx.function_words and word not in s.lx.verb_words


def _before_meeting_noun(s: _Sentence, j: int) -> bool:
    """Whether a meeting noun follows from token *j* on, past its adjectives ("foreign visit")."""
    modifiers = s.lx.words("meeting_modifier")
    end = min(len(s.toks), j + 4)
    while j < end and s.words[j] in modifiers:
        j += 1
    return j < end and s.words[j] in s.lx.meeting_nouns


def _groups(s: _Sentence, taken: list[bool]) -> list[MentionRecord]:
    """Unnamed parties: "Chinese officials", "the two sides", "the US side", "both leaders"."""
    out: list[MentionRecord] = []
    toks = s.toks
    n = len(toks)
    after = 0
    for i in s.lx.group_nouns.starts(s.tokens):
        if i < after or taken[i]:
            continue
        found = s.lx.group_nouns.match_at(s.tokens, i)
        if not found:
            continue
        m = found[0]
        if m.last < n and (_name_word(s, m.last) or toks[m.last].text in POSSESSIVE):
            after = m.last
            continue
        # "his first official visit": an adjective of the meeting noun, not a party (a plural is
        # the subject of a verb: "Chinese officials visit Washington")
        if m.payload.get("number") == "singular" and _adjective_of_noun(s, m.last):
            after = m.last
            continue
        first = m.first
        first = _modifiers_before(s, first)
        spokes = s.words[m.first] in s.lx.words("spokesperson") and m.payload.get("number") == "singular"
        if spokes:
            k = first - 2 if first > 1 and toks[first - 1].text in POSSESSIVE else first - 1
            org = s.org[k] if k >= 0 else None
            if org is not None and toks[org.first].text[:1].isupper():
                after = m.last  # "a Kremlin spokesman", "the Kremlin's spokesman": the organisation speaks
                continue
            if org is not None and k == first - 1:
                first = org.first  # "a government spokesman", "a foreign ministry spokeswoman"
        first, country = _country_before(s, first)
        first = _modifiers_before(s, first)
        key = m.payload.get("refers")
        plural = m.payload.get("number") == "plural"
        if plural and country is not None and first >= 2 and s.words[first - 1] == "and":
            other_first, other = _country_before(s, first - 1)
            if other is not None and other != country:
                first, country, key = other_first, None, SIDES  # "Chinese and American officials"
                for _ in range(_LISTED_COUNTRIES):
                    comma = first >= 2 and s.words[first - 1] == ","
                    more_first, more = _country_before(s, first - 1) if comma else (first, None)
                    if more is None:
                        break
                    first = more_first  # "his French, British and German counterparts"
        last = m.last
        sides_end = _sides_after(s, last) if plural else None
        if sides_end is not None:
            last, country, key = sides_end, None, SIDES  # "officials from the US and Russia"
        elif m.last < n and s.words[m.last] in {"of", "from"}:
            key = None  # "the leaders of Japan, South Korea and Australia" are not the two just named
            # "leaders of Romania's new government", "officials from Japan", "a delegation of the Sudanese
            # Revolutionary Front": one party
            of_end = _country_or_org_after(s, m.last)
            if of_end is not None:
                last, country = of_end
            elif plural and s.words[m.last] == "of":
                last = _common_body_after(s, m.last) or last  # "leaders of the coalition of the willing"
        elif (in_end := _locative_after(s, m.last)) is not None:
            last = in_end  # "Officials in Seoul said", "a senior diplomat in Brussels told Reuters": where they sit
        if m.payload.get("office"):
            # "the two defence ministers"; "the foreign ministers of Saudi Arabia and Iran", whose countries follow
            first = _office_words_before(s, first, definite=last > m.last)
        det = first
        if det > 0 and s.words[det - 1] in s.lx.words("group_count"):
            det -= 1
        elif plural and det > 0 and s.words[det - 1] in s.lx.words("source_count"):
            det -= 1  # "several officials said", "some diplomats": sources counted, none named
        if det > 0 and s.words[det - 1] in {"the", "both", "their", "his", "her", "its"}:
            det -= 1  # "the two sides", "their teams", "his delegation"
        if key == PAIR and det == first:
            key = None  # "a summit with Gulf Arab leaders": leaders at large, not the two just named
        has_qualifier = country is not None or det < first or first < m.first or key == SIDES or last > m.last
        if not has_qualifier and first >= 2 and toks[first - 1].text in POSSESSIVE and toks[first - 2].is_cap:
            has_qualifier, key = True, UNNAMED  # "Blinken's aides said": people of his, none named
        if s.words[m.first] in s.lx.words("anonymous_source"):
            anonymous = _anonymous_source(s, first, last)
            if anonymous is None:
                after = m.last
                continue
            det, last = anonymous
            has_qualifier, key = True, UNNAMED  # "a source familiar with the plans said": no one is named
        elif not spokes and (
            (not plural and _indefinite_before(s, first))
            or (plural and last < n and s.words[last] in s.lx.words("source_postmodifier"))
        ):
            anonymous = _anonymous_source(s, first, last)
            if anonymous is not None:
                # "a ministry official said", "officials familiar with the plans said": unnamed, but a
                # source as written ("senior State Department official"), without its article
                det, last = anonymous
                if s.words[det] in s.lx.words("indefinite") | s.lx.words("source_count"):
                    det += 1
                has_qualifier = True
        if spokes and not has_qualifier:
            # "A spokesman said …", "a government spokesman said", "a foreign ministry spokeswoman told"
            j = first - 1
            while j >= max(0, first - 3) and toks[j].text.isalpha() and toks[j].text.islower():
                if s.words[j] in s.lx.function_words:
                    break
                j -= 1
            if j >= 0 and s.words[j] in s.lx.words("indefinite") and _source_of_report(s, j, last, opening=True):
                has_qualifier, first, det = True, j + 1, j + 1
                if first == m.first:
                    key = UNNAMED  # "a spokesperson said": a source, but it names no one
        if not has_qualifier and not (plural and _source_of_report(s, det, last)):
            after = m.last
            continue
        out.append(
            MentionRecord(
                start=toks[det].start,
                end=toks[last - 1].end,
                kind=_GROUP,
                text=s.state.text[toks[det].start : toks[last - 1].end],
                key=key,
                country=country,
                sentence=s.index,
                first_token=det,
                last_token=last,
            )
        )
        for k in range(det, last):
            taken[k] = True
        if last > m.last:
            s.enclosed.append((det, last))  # its countries are not parties of their own
        after = last
    return out


def _bare_pairs(s: _Sentence, taken: list[bool]) -> list[MentionRecord]:
    """ "the two" with no noun, before a verb: "… but that the two had spoken by phone", "the two met in Rome".
    Like "the two leaders", it refers back to two parties just named.
    """
    out: list[MentionRecord] = []
    toks, words = s.toks, s.words
    lx = s.lx
    n = len(toks)
    # (read at each count of two the sentence holds, not at every token; the verbs' lexicons are asked each on its
    # own: their union would copy hundreds of words per sentence)
    for j in s.tokens.positions(lx.words("pair_count"), folded=True):
        i = j - 1
        if i < 0 or j + 1 >= n or words[i] != "the" or taken[i] or taken[j]:
            continue
        if i > 0 and words[i - 1] in lx.words("preposition"):
            continue  # "representatives of the two states": no subject
        nxt, verb = s.texts[j + 1], words[j + 1]
        if not nxt.islower() or not (
            verb in lx.words("between_subject_verb")
            or verb in lx.verb_words
            or verb in lx.meeting_verbs
            or nxt.endswith("ed")
        ):
            continue  # "the two sides" is a group of its own; "the two of them" …
        text = s.state.text[toks[i].start : toks[j].end]
        out.append(
            MentionRecord(
                start=toks[i].start,
                end=toks[j].end,
                kind=_GROUP,
                text=text,
                key=PAIR,
                sentence=s.index,
                first_token=i,
                last_token=i + 2,
            )
        )
        taken[i] = taken[j] = True
    return out


_OFFICE_WORDS = 2
"""Most lower-case words naming an office between "the two" and its noun ("the two defence ministers")."""


def _office_words_before(s: _Sentence, j: int, *, definite: bool = False) -> int:
    """The first of the lower-case words that name the kind of an office before the noun at token *j*
    ("the two defence ministers", "both foreign ministers"), when a count opens them (or, with *definite*,
    "the": "the foreign ministers of …"); else *j*.
    """
    k = j
    while (
        k > 0
        and k > j - _OFFICE_WORDS
        and s.toks[k - 1].text.isalpha()
        and s.toks[k - 1].text.islower()
        and s.words[k - 1] not in s.lx.function_words
    ):
        k -= 1
    opener = s.words[k - 1] if k > 0 else ""
    return k if k < j and (opener in s.lx.words("group_count") - {"all"} or (definite and opener == "the")) else j


def _common_body_after(s: _Sentence, j: int) -> int | None:
    """One past a body named in common words after "of" at token *j* ("leaders of the coalition", "members of
    the ruling party", "leaders of the coalition of the willing"): at most :data:`_BODY_WORDS` lower-case words
    that are neither function words nor verbs, then at most one more such "of the" phrase; None if none.
    """
    n = len(s.toks)
    end = None
    k = j
    for _ in range(2):
        if k >= n or s.words[k] != "of":
            break
        h = k + 1
        if h < n and s.words[h] == "the":
            h += 1
        if h < n and s.toks[h].text in QUOTE_MARKS:
            h += 1  # 'leaders of the "coalition of the willing"'
        start = h
        while h < min(n, start + _BODY_WORDS) and _common_word(s, h):
            h += 1
        if h == start:
            break
        if h < n and s.toks[h].text in QUOTE_MARKS:
            h += 1
        end = k = h
    return end


_BODY_WORDS = 3
"""Most words of a body named in common words after a group noun's "of" (see :func:`_common_body_after`)."""


def _country_or_org_after(s: _Sentence, j: int) -> tuple[int, str | None] | None:
    """One past "of Romania", "from the Philippines", "of Romania's new government" or "from ASEAN"
    after a group noun ending before token *j*, and the country (of the organisation, if any);
    None if no country or organisation follows.
    """
    toks = s.toks
    n = len(toks)
    k = j + 1
    if k < n and s.words[k] == "the":
        k += 1
    org = s.org[k] if k < n else None
    if org is not None and org.first == k:
        # "foreign ministers from ASEAN", "officials of the European Union": one party with it
        return org.last, org.payload.country
    c = s.country[k] if k < n else None
    if c is None or c.first != k or c.payload.form not in _COUNTRY_FORMS_AS_ACTORS:
        return None
    end = c.last
    if end < n and toks[end].text in POSSESSIVE:
        # "of Romania's new government": the country's institution
        h = end + 1
        while h < min(n, end + 4) and toks[h].text.islower() and s.words[h] not in s.lx.function_words:
            found = s.lx.group_nouns.match_at(s.tokens, h)
            if found:
                return found[0].last, c.payload.country
            h += 1
        return None
    if end + 1 < n and s.words[end] in {"and", ","} and s.country[end + 1] is not None:
        return None  # "the leaders of Japan, South Korea and Australia": a list, not one party
    if end < n and toks[end].text.isalpha() and toks[end].text.islower() and s.words[end] not in s.lx.function_words:
        return None  # "a delegation of U.S. senators": the country qualifies a noun of its own
    return end, c.payload.country


def _locative_after(s: _Sentence, j: int) -> int | None:
    """One past "in Seoul" / "in the Gulf" after a group noun ending before token *j*, when a reporting verb
    follows it: the place where an unnamed source sits is part of it, not a party that speaks. Else None.
    """
    toks = s.toks
    n = len(toks)
    if j >= n or s.words[j] != "in":
        return None
    k = j + 1
    if k < n and s.words[k] == "the":
        k += 1
    found = (s.country[k] or s.place[k]) if k < n else None
    if found is None or found.first != k or (found.last < n and toks[found.last].text in POSSESSIVE):
        return None
    return found.last if _reports_next(s, found.last) else None


def _source_of_report(s: _Sentence, first: int, last: int, *, opening: bool = False) -> bool:
    """A bare plural group that opens a clause and says something: "Officials said …",
    "…, diplomats told Reuters": the unnamed source of a report, a party of its own. With *opening*,
    any group before a reporting verb ("a spokesman said").
    """
    if not opening and first > 0 and s.toks[first - 1].text not in {",", "“", "”", '"'}:
        return False
    return _reports_next(s, last)  # "Officials privately say …", "Western nations regularly urge …"


_SOURCE_REACH = 8
"""How many tokens a phrase after an anonymous source may run to its reporting verb."""


def _anonymous_source(s: _Sentence, first: int, last: int) -> tuple[int, int] | None:
    """The tokens ``(first, last)`` of an anonymous source that reports ("a source familiar with the plans
    said", "two sources close to the president told Reuters", "diplomatic sources said"), with its
    article; None when no reporting verb follows it.
    """
    toks = s.toks
    j = _past_source_adjectives(s, first)
    if j > 0 and s.words[j - 1] in s.lx.words("indefinite") | s.lx.words("source_count"):
        j -= 1
    first = j
    reporting = verbs(s.state.resources).reporting
    if last < len(toks) and reporting.match_at(s.tokens, last):
        return first, last
    if last < len(toks) and toks[last].text == "," and _report_after_aside(s, last):
        return first, last  # "A senior official, speaking on condition of anonymity, said …"
    if first >= 2 and any(
        m.last == first and "source" in m.payload.frames for m in reporting.match_at(s.tokens, first - 2)
    ):
        return first, last  # "according to diplomatic sources"
    if last >= len(toks) or s.words[last] not in s.lx.words("source_postmodifier"):
        return None
    for j in range(last + 1, min(len(toks), last + _SOURCE_REACH)):
        if not toks[j].is_word:
            return None
        if reporting.match_at(s.tokens, j):
            return first, j
    return None


def _report_after_aside(s: _Sentence, comma: int) -> bool:
    """Whether an aside opened by the comma at token *comma* closes with a comma that a reporting verb follows
    ("…, speaking on condition of anonymity, said", "…, who asked not to be named, told Reuters").
    """
    toks = s.toks
    reporting = verbs(s.state.resources).reporting
    for j in range(comma + 2, min(len(toks) - 1, comma + _SOURCE_ASIDE)):
        text = toks[j].text
        if text in {".", ";", ":", "!", "?"}:
            return False
        if text == ",":
            return bool(reporting.match_at(s.tokens, j + 1))
    return False


_SOURCE_ASIDE = 24
"""Most tokens of an aside between an anonymous source and its reporting verb."""

_SOURCE_ADJECTIVES = 3
"""How many words may qualify an anonymous source ("a senior Western diplomatic source")."""


def _indefinite_before(s: _Sentence, first: int) -> bool:
    """Whether an indefinite article (or "one") opens the noun phrase that ends at token *first* ("a senior
    ministry official", "one diplomat"): one unnamed person, not a description of someone named.
    """
    j = _past_source_adjectives(s, first)
    return j > 0 and (s.words[j - 1] in s.lx.words("indefinite") or s.words[j - 1] in s.lx.words("source_count"))


def _past_source_adjectives(s: _Sentence, first: int) -> int:
    """Leftwards from token *first* over the words that qualify a source ("a Western diplomatic source")."""
    j = first
    while j > max(0, first - _SOURCE_ADJECTIVES) and _source_adjective(s, j - 1):
        j -= 1
    return j


def _source_adjective(s: _Sentence, j: int) -> bool:
    """A word that may qualify an anonymous source: a lower-case word that is no function word or verb,
    a regional adjective ("Western") or a country adjective ("a Chinese government source").
    """
    text = s.toks[j].text
    if s.words[j] in s.lx.title_modifiers or s.country[j] is not None:
        return True
    # (each set asked on its own: their union would copy about a thousand words per call)
    return (
        text.isalpha()
        and text.islower()
        and s.words[j] not in s.lx.function_words
        and s.words[j] not in s.lx.verb_words
    )


UNNAMED = "unnamed"
"""The key of a source that names no one ("a spokesperson said"): its statements have no speaker."""

SIDES = "sides"
"""The key of a group that stands for both sides of an encounter ("US and Chinese officials")."""

PAIR = "pair"
"""The key of a group that refers back to two parties just named ("the two sides", "the two"), as the group nouns'
``refers`` column says."""


def _sides_after(s: _Sentence, j: int) -> int | None:
    """One past "from the US and Russia" / "of both countries" after a plural group noun ending
    before token *j*, or None.
    """
    toks = s.toks
    n = len(toks)
    if j >= n or s.words[j] not in {"from", "of"}:
        return None
    k = j + 1
    if k + 1 < n and s.words[k] == "both" and s.words[k + 1] in s.lx.words("both_sides"):
        return k + 2
    count = 0
    while k < n:
        if s.words[k] == "the":
            k += 1
        c = s.country[k] if k < n else None
        if c is None or c.first != k:
            return None
        count += 1
        k = c.last
        if k < n and toks[k].text == "," and count < 6:
            k += 1
            continue
        if k < n and s.words[k] == "and" and count < 6:
            k += 1
            continue
        break
    return k if count >= 2 and s.words[k - 1] != "and" else None


def _lexical_mentions(s: _Sentence, taken: list[bool]) -> list[MentionRecord]:
    """Countries and organisations acting as parties; generic ministries ("China's foreign ministry")."""
    out: list[MentionRecord] = []
    toks = s.toks
    n = len(toks)
    i = 0
    for candidate in _lexical_candidates(s):
        if candidate < i:
            continue
        i = candidate
        if taken[i]:
            continue
        org = s.org[i]
        country = s.country[i]
        if s.words[i] in s.lx.words("institution_determiner") and country is None and org is None:
            # "the foreign ministry", "the embassy", "…, his ministry said": an institution named generically
            for width in (1, 2, 3):
                h = i + width
                if h >= n or taken[h] or not s.texts[h][0].isalnum() or s.lexical_at(h) or not s.texts[h].islower():
                    break
                if s.words[h] in s.lx.generic_heads:
                    rec = _org_record(s, i + 1, h + 1, toks[i + 1].start, toks[h].end, None)
                    out.append(rec)
                    for t in range(i, h + 1):
                        taken[t] = True
                    break
            if taken[i]:
                continue
        if country is not None and country.first == i:
            # "China's foreign ministry", "the Russian Foreign Ministry": country + up to 2 words + org head
            k = country.last
            if k < n and toks[k].text in POSSESSIVE:
                k += 1
            last_head = None
            # (the words are read one by one only when an institution's head, generic ones included, is among
            # them: most countries have none after them, and the test runs in C)
            for width in (1, 2, 3) if any(map(s.lx.heads.__contains__, s.words[k : k + 3])) else ():
                h = k + width - 1
                if h >= n or not s.texts[h][0].isalnum() or s.lexical_at(h) or s.words[h] in s.lx.function_words:
                    break
                word = s.texts[h]
                head = fold(word)
                if (word[0].isupper() and s.lx.heads.get(head) == "organization") or head in s.lx.generic_heads:
                    if (title := s.title[h]) is not None and title.first == h and title.last > h + 1:
                        break  # "Kenya's Cabinet Secretary": a title that opens with the head, not the institution
                    last_head = h  # the last head within reach: "the Indonesian cabinet secretariat"
            if last_head is not None:
                h = last_head
                start = toks[country.first].start
                rec = _org_record(s, country.first, h + 1, start, toks[h].end, country.payload.country)
                out.append(rec)
                for t in range(country.first, h + 1):
                    taken[t] = True
            if taken[i]:
                i = max(i + 1, rec.last_token)
                continue
            if country.payload.form in _COUNTRY_FORMS_AS_ACTORS:
                text = s.state.text[toks[i].start : toks[country.last - 1].end]
                out.append(
                    MentionRecord(
                        start=toks[i].start,
                        end=toks[country.last - 1].end,
                        kind=_COUNTRY,
                        text=text,
                        key=country.payload.country,
                        country=country.payload.country,
                        sentence=s.index,
                        first_token=i,
                        last_token=country.last,
                    )
                )
            i = country.last
            continue
        if org is not None and org.first == i:
            owner = s.country[i - 2] if i >= 2 and toks[i - 1].text in POSSESSIVE else None
            owned: str | None = org.payload.country
            if owned is None and owner is not None and owner.last == i - 1:
                owned = owner.payload.country  # "South Korea's Joint Chiefs of Staff": a body many countries have
            rec = _org_record(s, i, org.last, toks[i].start, toks[org.last - 1].end, owned)
            rec.key = org.payload.name
            rec.category = org.payload.kind
            out.append(rec)
            i = org.last
    return out


def _lexical_candidates(s: _Sentence) -> list[int]:
    """The tokens :func:`_lexical_mentions` can start a mention at: the first token of a country or
    organisation phrase, and the article of a generic institution; it has nothing to do elsewhere.
    """
    if s.tokens.folded[1].isdisjoint(s.lx.generic_heads):
        # no head of a generic institution in the sentence: an article opens none, and only the phrases
        # can start a mention
        return s.lexical_starts
    found = s.tokens.positions(s.lx.words("institution_determiner"), folded=True)
    if not s.lexical_starts:
        return found
    return sorted({*found, *s.lexical_starts})


def _pronouns(s: _Sentence, taken: list[bool]) -> list[MentionRecord]:
    out: list[MentionRecord] = []
    pronouns = s.lx.pronouns
    for i in s.tokens.positions(s.lx.pronoun_keys, folded=True):
        tok = s.toks[i]
        if taken[i] or s.honorific[i] is not None:
            continue  # "His Highness Sheikh Hamdan": an honorific, not a pronoun
        entry = pronouns.get(tok.text) or (pronouns.get(tok.text.lower()) if i == 0 or tok.text.istitle() else None)
        if entry is None:
            continue
        out.append(
            MentionRecord(
                start=tok.start,
                end=tok.end,
                kind=MentionKind.PRONOUN,
                text=tok.text,
                key="|".join(entry.values("case")),
                gender=entry.get("gender"),
                sentence=s.index,
                first_token=i,
                last_token=i + 1,
            )
        )
    return out


def _places(s: _Sentence) -> list[PlaceRecord]:
    out: list[PlaceRecord] = []
    toks = s.toks
    seen: set[int] = set()
    for m in filter(None, s.place):  # (most tokens are no place: skipped in C)
        if m.first in seen:
            continue
        seen.add(m.first)
        info = m.payload
        out.append(
            PlaceRecord(
                toks[m.first].start,
                toks[m.last - 1].end,
                s.state.text[toks[m.first].start : toks[m.last - 1].end],
                venue=info.name if info.kind == "venue" else None,
                city=info.city if info.kind == "venue" else info.name,
                country=info.country,
            )
        )
    for cm in filter(None, s.country):
        if cm.first in seen:
            continue
        if (
            cm.payload.form == "adjective"
            and cm.last < len(toks)
            and s.words[cm.last] in s.lx.words("capital_noun")
            and (capital := s.lx.capitals.get(cm.payload.country or ""))
        ):
            # "the Chinese capital": Beijing
            seen.add(cm.first)
            start, end = toks[cm.first].start, toks[cm.last].end
            out.append(PlaceRecord(start, end, s.state.text[start:end], city=capital, country=cm.payload.country))
            continue
        if cm.payload.form not in ("name", "alias", "capital"):
            continue
        seen.add(cm.first)
        text = s.state.text[toks[cm.first].start : toks[cm.last - 1].end]
        is_capital = cm.payload.form == "capital"
        out.append(
            PlaceRecord(
                toks[cm.first].start,
                toks[cm.last - 1].end,
                text,
                city=text if is_capital else None,
                country=cm.payload.country,
            )
        )
    return out


def _coordinated(s: _Sentence, people: list[MentionRecord]) -> None:
    """A lone name coordinated with a vouched-for person is a person too: "Presidents Xi and Biden",
    "Barack Obama and Vladimir Putin".
    """
    by_end = {rec.last_token: rec for rec in people}
    by_start = {rec.first_token: rec for rec in people}
    for rec in people:
        if rec.strong:
            continue
        k, end = rec.first_token, rec.last_token
        if end + 1 < len(s.toks) and s.toks[end].text == "and":
            after = by_start.get(end + 1)
            if after is not None and after.strong and after.kind is MentionKind.PERSON:
                rec.strong = True
                continue
        if k >= 2 and s.toks[k - 1].text in {"and", ","}:
            other = by_end.get(k - 1)
            if other is not None and other.strong:
                rec.strong = True
                if rec.title is None and other.title and other.title.lower().endswith("s"):
                    rec.title, rec.title_category = other.title, other.title_category
                    rec.country = rec.country or None


def mentions(state: ExtractionState) -> None:
    """Find the mentions of every sentence; fill ``state.mentions`` and ``state.places``."""
    lx = lexical(state.resources)
    found: list[MentionRecord] = []
    places: list[PlaceRecord] = []
    staff: set[tuple[str, ...]] = set()
    for index in range(len(state.sentences)):
        s = _Sentence(state, lx, index, staff)
        n = len(s.toks)
        taken = [False] * n
        people: list[MentionRecord] = []
        for a, b in _runs(s):
            rec = _classify_run(s, a, b)
            if rec is None:
                continue
            people.append(rec)
            taken[rec.first_token : rec.last_token] = [True] * (rec.last_token - rec.first_token)
        if people:
            _coordinated(s, people)
            # the title of a titled name is not a description of its own
            starts: list[int] | None = None
            for rec in people:
                if rec.kind is _PERSON and rec.title_span is not None:
                    if starts is None:
                        starts = list(map(_START, s.toks))
                    # the tokens that start inside the title (found by bisection: token starts increase)
                    for k in range(bisect_left(starts, rec.title_span[0]), bisect_left(starts, rec.title_span[1])):
                        taken[k] = True
        # (most sentences hold no country, organisation or generic institution, and no title: a description is
        # a title without a name; the readers of those are not called for nothing)
        lexical_found = (
            _lexical_mentions(s, taken)
            if s.lexical_starts or not s.tokens.folded[1].isdisjoint(lx.generic_heads)
            else []
        )
        rest = (_descriptions(s, taken) if s.title_end else []) + _groups(s, taken)
        if not s.tokens.folded[1].isdisjoint(lx.words("pair_count")):  # (most sentences hold no "two")
            rest += _bare_pairs(s, taken)
        if not s.tokens.folded[1].isdisjoint(lx.pronoun_keys):  # (most sentences hold no pronoun)
            rest += _pronouns(s, taken)
        # "officials from the US and Russia" is one group; its countries are not parties of their own
        if s.enclosed:
            lexical_found = [x for x in lexical_found if not any(a <= x.first_token < b for a, b in s.enclosed)]
        rest += lexical_found
        found.extend(people)
        found.extend(rest)
        # (every country phrase starts a lexical phrase: a sentence with neither those nor a place has no place)
        if s.lexical_starts or any(s.place):
            places.extend(_places(s))
    # by start, the longer first at one start: two stable sorts by keys read in C, not a lambda's tuple each
    found.sort(key=_END, reverse=True)
    found.sort(key=_START_OFFSET)
    state.mentions = found
    places.sort(key=_START_OFFSET)
    state.places = places
