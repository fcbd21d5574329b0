"""Compiled lexicon structures shared by the mention, people and place rules.

Built once per extractor from its lexicons (:meth:`Resources.get
<diplomeet.resources.Resources.get>` under the key ``"lexical"``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import attrs

from diplomeet.document import MEMO_LIMIT
from diplomeet.gazetteer import Gazetteer, fold
from diplomeet.lexicons import Entry, Lexicon
from diplomeet.resources import Resources

__all__ = ["CountryForm", "Lexical", "OrgInfo", "PlaceInfo", "TitleInfo", "lexical"]


@attrs.frozen
class CountryForm:
    """A way of naming a country: its name, an alias, adjective, capital, seat of power, people."""

    country: str
    form: str
    """``name``, ``alias``, ``adjective``, ``capital``, ``metonym`` or ``people``."""


@attrs.frozen
class OrgInfo:
    """An organisation from the ``organizations`` lexicon."""

    name: str
    kind: str
    country: str | None


@attrs.frozen
class PlaceInfo:
    """A city, region or venue from the ``cities`` and ``venues`` lexicons."""

    name: str
    kind: str
    """``city``, ``region``, ``island``, ``territory`` or ``venue``."""
    city: str | None
    country: str | None


@attrs.frozen
class TitleInfo:
    """A title from the ``titles`` lexicon."""

    title: str
    category: str
    country: str | None
    refers: tuple[str, ...]


def _cells(entry: Entry, column: str) -> tuple[str, ...]:
    return entry.values(column)


def _country_entries(lex: Lexicon) -> Iterable[tuple[str, CountryForm]]:
    for e in lex:
        yield e.text, CountryForm(e.text, "name")
        for alias in _cells(e, "aliases"):
            yield alias, CountryForm(e.text, "alias")
        for adj in _cells(e, "adjectives"):
            yield adj, CountryForm(e.text, "adjective")
        for cap in _cells(e, "capital"):
            yield cap, CountryForm(e.text, "capital")
        for met in _cells(e, "metonyms"):
            yield met, CountryForm(e.text, "metonym")
        for people in _cells(e, "people"):
            yield people, CountryForm(e.text, "people")


_NONE: frozenset[str] = frozenset()
"""The words of a role no entry plays."""


class _Roles(dict[str, frozenset[str]]):
    """Grammar roles -> their words; a role no entry plays has none."""

    __slots__ = ()

    def __missing__(self, role: str) -> frozenset[str]:
        return _NONE


class _RunStarts(dict[str, bool]):
    """Memo: whether a token of this text can open a run of name words (see :attr:`Lexical.run_start`)."""

    __slots__ = ("particles",)

    def __init__(self, particles: frozenset[str]) -> None:
        super().__init__()
        self.particles = particles

    def __missing__(self, text: str) -> bool:
        starts = text[0].isupper() or "-" in text or text in self.particles
        if len(self) >= MEMO_LIMIT:
            self.clear()
        self[text] = starts
        return starts


class Lexical:
    """Every lexicon-derived lookup the mention rules need, compiled once."""

    def __init__(self, resources: Resources) -> None:
        lex = resources.lexicon
        self.countries: Gazetteer[CountryForm] = Gazetteer(_country_entries(lex("countries")))
        self.country_names = frozenset(e.text for e in lex("countries"))
        self.capitals = {e.text: e.values("capital")[0] for e in lex("countries") if e.values("capital")}
        """Each country's capital city."""
        orgs: list[tuple[str, OrgInfo]] = []
        for e in lex("organizations"):
            info = OrgInfo(e.text, e.get("kind") or "organization", e.get("country"))
            orgs.append((e.text, info))
            orgs.extend((alias, info) for alias in e.values("aliases"))
        self.organizations: Gazetteer[OrgInfo] = Gazetteer(orgs)
        places: list[tuple[str, PlaceInfo]] = []
        for e in lex("cities"):
            city = PlaceInfo(e.text, e.get("kind") or "city", None, e.get("country"))
            places.append((e.text, city))
            places.extend((alias, city) for alias in e.values("aliases"))
        for e in lex("venues"):
            venue = PlaceInfo(e.text, "venue", e.get("city"), e.get("country"))
            places.append((e.text, venue))
            places.extend((alias, venue) for alias in e.values("aliases"))
        self.places: Gazetteer[PlaceInfo] = Gazetteer(places)
        titles: list[tuple[str, TitleInfo]] = []
        for e in lex("titles"):
            category = "|".join(e.values("category")) or "official"
            title = TitleInfo(e.text, category, e.get("country"), e.values("refers"))
            titles.append((e.text, title))
            words = e.text.split()
            if words[-1].isalpha() and not words[-1].endswith("s") and category != "descriptor":
                # (not for descriptors: "hosts Modi", "visits" … are verbs before a name)
                # plural titles before coordinated names: "Presidents Xi and Biden"
                titles.append((" ".join([*words[:-1], words[-1] + "s"]), title))
        self.titles: Gazetteer[TitleInfo] = Gazetteer(titles, case_sensitive=False)
        portfolios: list[tuple[str, str]] = []
        for e in lex("titles"):
            head, _, portfolio = e.text.partition(" ")
            link, _, portfolio = portfolio.partition(" ")
            ministers = {"minister", "foreign_minister"} & set(e.values("category"))
            if portfolio and fold(link) in {"of", "for"} and ministers:
                portfolios.append((portfolio, fold(head)))
        self.portfolios: Gazetteer[str] = Gazetteer(portfolios, case_sensitive=False)
        """The portfolios of ministers' titles ("Trade" of "Minister of Trade") and the heads they follow:
        a list of them makes one title ("Minister of Investment, Trade and Industry")."""
        self.portfolio_heads = frozenset(head for _, head in portfolios)
        """The words that open such titles before "of" or "for" ("minister")."""
        self.title_modifiers = {fold(e.text): e.get("kind") or "other" for e in lex("title_modifiers")}
        self.honorifics: Gazetteer[str] = Gazetteer((e.text, e.get("gender") or "") for e in lex("honorifics"))
        self.name_firsts: tuple[frozenset[str], ...] = tuple(
            g.firsts for g in (self.organizations, self.places, self.countries, self.honorifics)
        )
        """The first words of the organisations, places, countries and honorifics (all four matched as
        written), in that order: the mention rule tests a token against each."""
        self.any_name_first = frozenset().union(*self.name_firsts)
        """The words of :attr:`name_firsts` together: a token none of them opens is passed over at once."""
        self.heads = {fold(e.text): e.get("kind") or "organization" for e in lex("org_heads")}
        self.generic_heads = frozenset(fold(e.text) for e in lex("org_heads") if e.get("generic") == "yes")
        self.caption_words = frozenset(fold(e.text) for e in lex("function_words") if e.get("class") == "boiler")
        roles: dict[str, set[str]] = {}
        for e in lex("grammar"):
            for role in e.values("roles"):
                roles.setdefault(role, set()).add(e.text if role == "name_suffix" else fold(e.text))
        self.words: Callable[[str], frozenset[str]] = _Roles(
            (role, frozenset(ws)) for role, ws in roles.items()
        ).__getitem__
        """The (case-folded) words of the ``grammar`` lexicon that play *role* (none for a role no entry
        plays). Rules ask for them tens of thousands of times an article: a dictionary's lookup called
        from C, with no Python frame."""
        self.name_particles = frozenset(e.text for e in lex("name_particles"))
        self.leading_particles = frozenset(e.text for e in lex("name_particles") if e.get("leads") == "yes")
        self.run_start: Callable[[str], bool] = _RunStarts(self.name_particles).__getitem__
        """Whether a token of this text can open a run of name words: a capitalised or hyphenated word, or
        a name particle. Asked of every token of an article: a memo's lookup called from C, with no
        Python frame for a text seen before (the memo is bounded)."""
        self.function_words = frozenset(fold(e.text) for e in lex("function_words"))
        self.given_names = {e.text: e.get("gender") or "u" for e in lex("given_names")}
        self.given_origins = {e.text: frozenset(e.values("origin")) for e in lex("given_names")}
        surnames: dict[str, str] = {}
        for e in lex("family_first_surnames"):
            surnames[e.text] = e.text
            for v in e.values("variants"):
                surnames.setdefault(v, e.text)
        self.family_first = surnames
        calendar = lex("calendar")
        self.calendar_words = frozenset(
            w for e in calendar for w in (e.text, *(v for vs in e.attrs.values() for v in vs)) if w[:1].isupper()
        )
        self.number_words = frozenset(fold(e.text) for e in lex("numbers") if e.get("kind") in {"unit", "ten", "scale"})
        """Spelled-out whole numbers ("two", "twenty", "hundred")."""
        self.calendar_abbreviations = frozenset(e.text for e in calendar if "abbreviation" in e.values("flags"))
        """Shortened month and weekday names ("Jan", "Sun", "Thu"): also given names and surnames ("Jan
        Lipavsky", "Sun Weidong", "Nguyen Thi Thu Ha") when another name word follows."""
        verbs = [e.text for e in lex("reporting_verbs")]
        verbs += [e.text for e in lex("meeting_words") if e.get("pos") == "verb"]
        # the first word of each verb phrase, but not a preposition that opens one ("in attendance at")
        prepositions = frozenset(fold(e.text) for e in lex("function_words") if e.get("class") == "prep")
        # a gerund also listed as a noun ("meeting") says nothing about the word before it
        nouns = frozenset(fold(e.text) for e in lex("meeting_words") if e.get("pos") == "noun")
        gerund_nouns = frozenset(
            fold(e.text) for e in lex("meeting_words") if e.get("tense") == "gerund" and fold(e.text) in nouns
        )
        self.verb_words = frozenset(fold(v.split()[0]) for v in verbs) - prepositions - gerund_nouns
        self.meeting_verbs = frozenset(
            fold(e.text.split()[0]) for e in lex("meeting_words") if e.get("pos") == "verb"
        ) - (prepositions | gerund_nouns | frozenset(fold(e.text.split()[0]) for e in lex("reporting_verbs")))
        """First words of the verbs of meeting that report nothing ("visit", "met", "hosted")."""
        self.meeting_nouns = frozenset(n for n in nouns if " " not in n)
        """One-word meeting nouns ("visit", "talks"): what "official" qualifies in "an official visit"."""
        self.group_nouns: Gazetteer[Entry] = Gazetteer(((e.text, e) for e in lex("group_nouns")), case_sensitive=False)
        self.pronouns = {e.text: e for e in lex("pronouns")}
        self.pronoun_keys = frozenset(fold(text) for text in self.pronouns)
        """The pronouns case-folded: a token that may be one has one of these keys."""
        self.channel_names = frozenset(
            e.text for e in lex("channel_words") if e.text[:1].isupper() and " " not in e.text
        )
        self.channel_words: Gazetteer[str] = Gazetteer(
            ((e.text, e.get("kind") or "document") for e in lex("channel_words")), case_sensitive=True
        )


def lexical(resources: Resources) -> Lexical:
    """Return the compiled :class:`Lexical` of *resources* (built once)."""
    return resources.get("lexical", Lexical)
