"""Rule ``topics``: the issues an article says were discussed, raised or in dispute.

Topics come from two sources, both read from the ``topics`` lexicon:

* **cues** say that issues were discussed and where they are named. After an
  *object* cue the issues follow (``discussed Taiwan``, ``talks on arms
  control``, ``tensions over fentanyl``); before a *subject* cue they precede
  (``the war in Ukraine was raised``, ``Taiwan came up``); after a *list* cue
  (a general noun such as ``issues`` or ``disputes``) they follow a marker
  (``issues ranging from Taiwan to espionage``, ``disputes that include
  Taiwan, trade, human rights and fentanyl``). The issues are read as a list of
  noun phrases: ``A, B and C``, ``A as well as B``, ``from A to B``. A phrase
  ends at a clause boundary (punctuation, a conjunction, a verb the lexicons
  know, a time expression) and continues through linking prepositions
  (``the war in Ukraine``). ``issues of strategic stability`` names
  ``strategic stability``; a phrase made only of general words (``bilateral
  relations``, ``a wide range of topics``) is no topic.
* **known issues**: every surface form of a recurring diplomatic issue
  (``Taiwan Strait``, ``fentanyl``, ``human rights``, ``air defence``) in a
  sentence that has a cue or reports an outcome (``agreed to work on increasing
  passenger flights``).

An article counts each issue once: a topic that names a known issue already
counted, or whose words contain (or are contained in) those of an earlier one,
is the same issue, and the first naming is kept. A topic belongs to the
meeting whose evidence shares its sentence, else to the nearest meeting stated
earlier in the same paragraph, else to the article.

.. versionadded:: 0.1
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Callable, Iterable, Sequence
from itertools import compress, count
from typing import Any

import attrs

from diplomeet.document import MEMO_LIMIT, POSSESSIVE, Token, Tokens
from diplomeet.gazetteer import Gazetteer, Match, fold, tokenize
from diplomeet.lexicons import Entry
from diplomeet.patterns import compile_pattern
from diplomeet.resources import Resources
from diplomeet.rules.context import SentenceView, sentence_view
from diplomeet.state import ExtractionState, MentionKind, MentionRecord, TopicDraft

__all__ = [
    "TopicWords",
    "compound_dash",
    "is_quote",
    "meeting_evidence",
    "meeting_for",
    "past_verb",
    "phrase_before",
    "starts_verb",
    "timed_tokens",
    "topic_words",
    "topics",
]

_TOKEN_START = operator.itemgetter(0)
"""A token's start offset (a ``Token`` is a tuple: ``start``, ``end``, ``text``), read in C."""
_TOKEN_END = operator.itemgetter(1)
"""A token's end offset, read in C."""
_TRUE = [True]

_QUOTE = compile_pattern(r"[\p{Pi}\p{Pf}\"'`«»]")
_QUOTE_MARKS = frozenset(c for c in _QUOTE.findall("".join(map(chr, range(0x10000)))) if not c.isalnum())
"""Every quotation mark (what :func:`is_quote` holds true), found once: the ASCII marks and the initial and final
quotation marks of Unicode, all in its Basic Multilingual Plane. A sentence whose set of token texts has none
of them is known to hold no quotation mark at one set's test in C."""
_MAX_PHRASE = 12
"""Longest topic phrase, in tokens; longer phrases are cut."""
_MAX_ITEMS = 8
"""Most issues read from one list."""
_CLAUSE_CLASSES = frozenset({"conj", "aux", "adv", "disc"})
"""Classes of the ``function_words`` lexicon that end a topic phrase."""
_FUNCTION_CLASSES = frozenset({"det", "pron", "prep", "conj", "aux", "adv", "num", "disc"})
"""Classes of the ``function_words`` lexicon whose words name nothing ("boiler" words such as
"rights" do name things in running text)."""
_PERSONAL = frozenset({MentionKind.PERSON, MentionKind.PRONOUN, MentionKind.DESCRIPTION, MentionKind.GROUP})
"""Mention kinds that are parties, never issues."""


class _Quotes(dict[str, bool]):
    """Memo of :func:`is_quote`: token texts repeat, and the topic rules ask of the same tokens again and again."""

    __slots__ = ()

    def __missing__(self, text: str) -> bool:
        quote = len(text) == 1 and not text.isalnum() and bool(_QUOTE.match(text))
        if len(self) >= MEMO_LIMIT:
            self.clear()
        self[text] = quote
        return quote


is_quote: Callable[[str], bool] = _Quotes().__getitem__
"""Whether a token is a quotation mark.

The memo's own lookup, called from C: a token text tested before costs no Python frame (the
topic rules test tens of thousands an article), and only a new one is matched (by
:meth:`_Quotes.__missing__`).
"""


class TopicWords:
    """The ``topics`` lexicon compiled, with the word classes the topic and outcome rules share.

    Args:
        resources: the extractor's lexicons.
    """

    def __init__(self, resources: Resources) -> None:
        self.classes: dict[str, str] = {}
        """Word class of each function word (``det``, ``prep``, ``conj``, ``aux`` ...)."""
        for e in resources.lexicon("function_words"):
            self.classes.setdefault(fold(e.text), e.get("class") or "")
        lexicon = resources.lexicon("topics")
        issues: list[tuple[str, Entry]] = []
        cues: list[tuple[str, Entry]] = []
        markers: list[tuple[str, Entry]] = []
        manner: list[tuple[str, Entry]] = []
        links: set[str] = set()
        general: set[str] = set()
        boundary: set[str] = set()
        possessive: set[str] = set()
        change: set[str] = set()
        meeting_links: set[str] = set()
        for e in lexicon:
            roles = set(e.values("role"))
            if "topic" in roles:
                issues.extend((form, e) for form in (e.text, *e.values("aliases")))
            if "cue" in roles:
                cues.append((e.text, e))
                if e.get("frame") == "list":
                    general.update(self._content(e.text))
            if "marker" in roles:
                markers.append((e.text, e))
            if "manner" in roles:
                manner.append((e.text, e))
            if "link" in roles:
                links.add(fold(e.text))
            if "general" in roles:
                general.update(self._content(e.text))
            if "boundary" in roles:
                boundary.add(fold(e.text))
            if "possessive" in roles:
                possessive.add(fold(e.text))
            if "change" in roles:
                change.add(fold(e.text))
            if "meeting_link" in roles:
                meeting_links.add(fold(e.text))
        self.issues: Gazetteer[Entry] = Gazetteer(issues, case_sensitive=False)
        """Every surface form of every known issue, to its lexicon entry."""
        self.cues: Gazetteer[Entry] = Gazetteer(cues, case_sensitive=False)
        """Words that say issues were discussed (``frame``: object, passive, subject, list)."""
        self.markers: Gazetteer[Entry] = Gazetteer(markers, case_sensitive=False)
        """Words that introduce the issues of a list cue (``frame`` range: "from X to Y")."""
        self.manner: Gazetteer[Entry] = Gazetteer(manner, case_sensitive=False)
        """Phrases of how issues were discussed ("in detail", "at length"), which end an issue's name."""
        self.links = frozenset(links)
        """Prepositions that continue a topic phrase."""
        self.general = frozenset(general)
        """Words that never name an issue on their own."""
        self.boundary = frozenset(boundary)
        """Determiners that start a clause."""
        self.possessive = frozenset(possessive)
        """Possessive determiners allowed inside a phrase."""
        self.meeting_topic_prepositions = frozenset(meeting_links)
        """Prepositions of the issues after a meeting word and its party ("talks with X on trade")."""
        self.change = frozenset(change)
        """Gerunds of change that open an issue's phrase but are not its name ("increasing passenger flights")."""
        self.not_content = (
            self.general
            | self.links
            | self.possessive
            | {w for w, cls in self.classes.items() if cls in _FUNCTION_CLASSES}
        )
        """Words that are no content word of an issue (:func:`_content_words`): general, link, possessive and
        function words, as one set."""
        outcome = [
            (e.text, e) for e in resources.lexicon("outcome_cues") if {"verb", "noun", "light"} & set(e.values("role"))
        ]
        self.outcomes: Gazetteer[Entry] = Gazetteer(outcome, case_sensitive=False)
        """Outcome verbs, nouns and light verbs (``outcome_cues`` lexicon)."""

    def _content(self, phrase: str) -> list[str]:
        """The case-folded words of *phrase* that are not function words ("points of contention")."""
        return [w for w in (fold(t) for t in tokenize(phrase)) if self.classes.get(w) not in _FUNCTION_CLASSES]

    def word_class(self, word: str) -> str:
        """The ``function_words`` class of a case-folded *word* ("" for content words)."""
        return self.classes.get(word, "")


def compound_dash(toks: Sequence[Token], i: int) -> bool:
    """Whether the dash at token *i* joins the words on either side without a space ("the Vientiane–Hanoi
    expressway", "the 2024–2028 plan", "a U.S.-drafted plan"): one name, not a break in the clause.
    """
    if toks[i].text not in {"–", "—", "-"} or i == 0 or i + 1 >= len(toks):
        return False
    before, after = toks[i - 1], toks[i + 1]
    return (
        before.end == toks[i].start
        and toks[i].end == after.start
        # "a U.S.-drafted plan": an abbreviation's full stop before the hyphen
        and (before.text[-1:].isalnum() or (before.text.endswith(".") and "." in before.text[:-1]))
        and after.text[:1].isalnum()
    )


def starts_verb(view: SentenceView, words: TopicWords, k: int) -> bool:
    """Whether token *k*, just after "to", starts a verb phrase ("to visit"), not a noun phrase ("to the treaty").

    Without a part-of-speech tagger this is a guess from the word's shape: a
    lower-case word that is not a determiner, pronoun, number or gerund.
    """
    if k >= len(view.toks) or not view.token_list[k].is_word:
        return False
    w = view.word(k)
    if w in view.lx.words("multiplier_verb"):
        return True  # "agreed to double trade"
    if view.token_list[k].is_cap or w.endswith("ing") or words.word_class(w) in {"det", "pron", "num"}:
        return False
    return w not in words.possessive and view.owner[k] is None


def past_verb(view: SentenceView, words: TopicWords, k: int) -> bool:
    """Whether token *k* looks like a past-tense verb starting a new clause ("and commended X").

    A guess from the word's shape (:meth:`SentenceView.ed_form`) followed by a determiner, a possessive or a name.
    """
    if k + 1 >= len(view.toks) or not view.ed_form(k):
        return False
    nxt = view.word(k + 1)
    return (words.word_class(nxt) == "det" or nxt in words.possessive or view.owner[k + 1] is not None) and nxt != "by"


def topic_words(resources: Resources) -> TopicWords:
    """Return the compiled :class:`TopicWords` of *resources* (built once per extractor)."""
    return resources.get("topic_words", TopicWords)


@attrs.define
class _Found:
    """A topic before deduplication (clean offsets)."""

    label: str
    start: int
    end: int
    evidence: tuple[int, int]
    words: frozenset[str]
    """Content words of the label, case-folded: what identifies the issue."""
    issues: frozenset[str]
    """The known issues (lexicon entries) the label names."""

    def same_issue(self, other: _Found) -> bool:
        """Whether two topics name one issue: shared known issue, or words of one within the other's."""
        if self.issues & other.issues:
            return True
        a, b = self.words, other.words
        return bool(a and b) and (a <= b or b <= a)


def _issue_name(view: SentenceView, words: TopicWords, mention: MentionRecord) -> bool:
    """Whether a mention is exactly a known issue: a weak "name" such as "New START", or "TikTok"."""
    if mention.kind is MentionKind.PERSON and mention.strong:
        return False
    if mention.kind not in {MentionKind.PERSON, MentionKind.ORGANIZATION}:
        return False
    hits = words.issues.match_at(view.toks, mention.first_token) if 0 <= mention.first_token < len(view.toks) else []
    return any(h.last == mention.last_token for h in hits)


def _local_place_ends(state: ExtractionState) -> dict[int, int]:
    """Where each city or venue mention (:attr:`~diplomeet.state.PlaceRecord.local`) ends, by its start."""
    return {p.start: p.end for p in state.places if p.local}


def _venues(state: ExtractionState) -> frozenset[str]:
    """Case-folded names of the cities and venues where the article's meetings took place."""
    out = set()
    for md in state.meetings:
        if md.place is not None:
            place = state.places[md.place]
            if place.local:
                out.add(fold(place.text))
    return frozenset(out)


def _by_sentence(state: ExtractionState, what: str) -> list[list[Any]]:
    """The time expressions (*what* ``"times"``) or places (``"places"``) of the article, by sentence."""
    by_sentence: list[list[Any]] = [[] for _ in state.sentences]
    for item in getattr(state, what):
        if by_sentence:
            by_sentence[state.sentence_at(item.start)].append(item)
    return by_sentence


def _in_sentence(state: ExtractionState, what: str, sentence: int) -> list[Any]:
    """The time expressions (*what* ``"times"``) or places (``"places"``) of one sentence."""
    key = "topics." + what
    # the index looked up in C first (state.built): no closure made for it when it is built already
    index: list[list[Any]] | None = state.built(key)
    if index is None:
        index = state.cached(key, lambda: _by_sentence(state, what))
    return index[sentence] if 0 <= sentence < len(index) else []


def _covered(view: SentenceView, spans: Sequence[tuple[int, int]]) -> list[bool]:
    """For each token of *view*: whether it overlaps one of *spans* (clean offsets)."""
    toks = view.token_list
    out = [False] * len(toks)
    for a, b in spans:
        # the tokens that end after a and start before b: one run, as tokens are in text order and do not overlap
        lo = bisect.bisect_right(toks, a, key=_TOKEN_END)
        hi = bisect.bisect_left(toks, b, lo, key=_TOKEN_START)
        out[lo:hi] = _TRUE * (hi - lo)
    return out


def timed_tokens(view: SentenceView) -> list[bool]:
    """For each token of *view*: whether it is part of a time expression ("on Monday")."""
    return _covered(view, [(t.start, t.end) for t in _in_sentence(view.state, "times", view.index)])


def _modified(view: SentenceView, words: TopicWords, k: int) -> bool:
    """Whether the verb form at token *k* follows a determiner, maybe past one participle ("the proposed land
    bridge", "their claims", "the overlapping claims"): an adjective or a noun, not a verb.
    """
    # (two membership tests, not one in the union of the two sets: a union would be built at every call)
    determiners, possessive = view.lx.words("determiner"), words.possessive
    before = view.word(k - 1)
    if before in determiners or before in possessive:
        return True
    return before.endswith("ing") and (view.word(k - 2) in determiners or view.word(k - 2) in possessive)


_BODY_WORDS = 5
"""Most capitalised words of the name of a body addressed ("the U.N. General Assembly")."""

_NOUN_WORDS = 4
"""Most words of a common noun and its modifiers between a link and the name of the person it is ("of detained
Australian writer Yang Hengjun")."""


class _Phrases:
    """Topic-phrase reading over one sentence view."""

    def __init__(
        self,
        view: SentenceView,
        words: TopicWords,
        cues: Sequence[Match[Entry]],
        outcomes: Sequence[Match[Entry]] | None = None,
    ) -> None:
        # outcomes: the matches of words.outcomes in the sentence, when the caller has found them already
        self.view = view
        self.words = words
        n = len(view.toks)
        self.stop = [False] * n
        """Tokens that cannot be inside a topic phrase (verbs, cues, time expressions)."""
        cue_starts = [c.first for c in cues if c.payload.get("frame") != "list"]
        spans: list[tuple[int, int]] = [
            (m.first, m.last) for m in view.reporting if not _modified(view, words, m.first)
        ]
        spans += [(m.first, m.last) for m in view.meeting]
        if outcomes is None:
            outcomes = words.outcomes.find_all(view.toks)
        spans += [(m.first, m.last) for m in outcomes if m.payload.get("role") != "noun"]
        spans += [(k, k + 1) for k in cue_starts]
        spans += [
            (m.first, m.last) for m in words.markers.find_all(view.toks) if "link" not in m.payload.values("role")
        ]
        for a, b in spans:
            self.stop[a:b] = _TRUE * (b - a)  # (token ranges of matches in the sentence)
        state = view.state
        venues: frozenset[str] | None = state.built("topics.venues")
        if venues is None:
            venues = state.cached("topics.venues", lambda: _venues(state))
        local = [(p.start, p.end) for p in _in_sentence(state, "places", view.index) if fold(p.text) in venues]
        self.timed = _covered(view, [(t.start, t.end) for t in _in_sentence(state, "times", view.index)])
        """Tokens inside a time expression."""
        # where and when a meeting took place is not what it discussed
        self.stop = list(map(operator.or_, map(operator.or_, self.stop, _covered(view, local)), self.timed))

    def _personal(self, k: int) -> bool:
        """Whether token *k* is part of a party's mention (a name that is also a known issue is not)."""
        m = self.view.mention(self.view.owner[k]) if 0 <= k < len(self.view.toks) else None
        if m is not None and m.kind is MentionKind.PERSON and m.entity is None:
            # "Energy security featured …": a sentence's first word that names no one; "the Chancay port":
            # an unknown capitalised word before a common noun is the noun's modifier
            nxt = self.view.token_list[m.last_token].text if m.last_token < len(self.view.toks) else ""
            if m.first_token == 0 or (nxt.isalpha() and nxt.islower() and nxt not in self.view.lx.verb_words):
                return False
        return m is not None and m.kind in _PERSONAL and not _issue_name(self.view, self.words, m)

    def _ends(self, k: int) -> bool:
        """Whether token *k* ends a phrase (is not part of it)."""
        view, words = self.view, self.words
        tok = view.token_list[k]
        if self.stop[k]:
            return True
        if not tok.text[0].isalnum():  # (not a word: Token.is_word, without a property's frame)
            return tok.text not in {"’s", "'s", "&"} and not compound_dash(view.token_list, k)
        w = view.word(k)
        if w in words.boundary:
            return True
        cls = words.classes.get(w, "")
        if cls == "pron" and w not in words.possessive:
            return True
        return cls in _CLAUSE_CLASSES or (cls == "prep" and w not in words.links)

    def phrase(self, k: int, *, ranged: bool = False) -> tuple[int, int]:
        """Tokens ``[start, end)`` of the topic phrase starting at token *k* (empty when none).

        With *ranged*, "to" ends the phrase ("from X to Y").
        """
        view = self.view
        n = len(view.toks)
        while k < n and is_quote(view.token_list[k].text):
            k += 1
        start = end = k
        if k < n and self.words.manner.match_at(view.toks, k):
            return start, end  # "spoke on condition of anonymity": how one spoke, no issue
        known_end = -1
        between = False  # whether a "between" waits for its "and"
        i = k
        while i < n and i - start < _MAX_PHRASE:
            text = view.token_list[i].text
            if is_quote(text) and i > start:
                i += 1
                continue
            if text == "(" and i + 2 < n and view.token_list[i + 2].text == ")" and view.token_list[i + 1].is_word:
                i += 3  # a parenthesised acronym: "the Line of Actual Control (LAC)"
                end = i
                continue
            known = self.words.issues.match_at(view.toks, i)
            if known and not (i == start and self._personal(i)):
                i = end = known_end = known[0].last  # a known issue is one unit: "the Belt and Road Initiative"
                continue
            w = view.word(i)
            if w == "and" and i > start and i + 1 < n and (between or view.word(i + 1) == "other"):
                between = False  # "flights between Tokyo and Ulaanbaatar", "rare earths and other minerals"
                i += 1
                continue
            if w == "and" and i > start and self._personal(i - 1) and self._personal(i + 1):
                # "the release of Paul Whelan and Brittney Griner" (a phrase reaches a person only after a link)
                i = end = view.end_of([view.owner[i + 1]])  # type: ignore[list-item]
                continue
            if w == "between":
                between = True
            if w in self.words.links and i > start:
                if self.words.markers.match_at(view.toks, i) and self._general(start, i):
                    break  # "issues over X": a list marker, not part of a name
                if self.words.manner.match_at(view.toks, i):
                    break  # "discussed the trade deal in detail": how, not what
                if (
                    w in {"in", "at"}
                    and view.word(i - 1) not in view.lx.words("place_attractor")
                    and self._city_at(i + 1)
                    and (self._general(start, i) or known_end == i or self._setting_after(i + 1))
                ):
                    # "issues of mutual interest in Riyadh", "agreements on energy and tourism in Ankara":
                    # where they met, not the issue
                    break
                if i + 1 >= n or self._ends(i + 1) or is_quote(view.token_list[i + 1].text):
                    break
                i += 1
                continue
            if w == "to" and not ranged and i > start and i + 1 < n and not starts_verb(view, self.words, i + 1):
                if self._ends(i + 1) or self._personal(i + 1):
                    break
                i += 1  # "changes to the treaty", "aid to Ukraine"
                continue
            if w == "with" and i > start and self._country(i + 1):
                i += 1  # "tensions with North Korea", "trade with China"
                continue
            if i > start and self._verb_before_stop(i):
                break  # "differences over maritime boundaries remained.": the clause's verb
            if i > start and view.token_list[i - 1].text in {"’s", "'s"} and self._meeting_noun_at(i):
                i = end = i + 1  # "preparations for Putin's visit to China": the possessive's noun
                continue
            if self._ends(i) or (
                i > start
                and self._personal(i)
                and not self._after_link(i)
                and not self._named_after_noun(i, start)
                and view.owner[i] != view.owner[i - 1]
            ):
                break
            if i == start and self._personal(i):
                break
            i += 1
            end = i
        return start, end

    def _meeting_noun_at(self, k: int) -> bool:
        """Whether a meeting noun of one word is token *k* ("visit" of "Putin's visit")."""
        return any(m.first == k and m.last == k + 1 and m.payload.get("pos") == "noun" for m in self.view.meeting)

    def _setting_after(self, k: int) -> bool:
        """Whether the city at token *k* ends its clause or comes before a time ("… and education in Hanoi
        on Monday", "… in Hanoi."): where the talks were, not part of the issue.
        """
        view = self.view
        j = k
        while j < len(view.toks) and j < k + _CITY_WORDS and view.token_list[j].is_cap:
            j += 1
        return (
            j >= len(view.toks)
            or view.token_list[j].text in {",", ".", ";"}
            or view.in_time(j)
            or (view.word(j) in {"on", "in", "at"} and view.in_time(j + 1))
        )

    def _city_at(self, k: int) -> bool:
        """Whether a city or venue (not a country or region) starts at token *k*."""
        view = self.view
        return k < len(view.toks) and view.state.local_place_at(view.token_list[k].start)

    def _general(self, s: int, e: int) -> bool:
        """Whether tokens ``[s, e)`` are only general and function words."""
        return not _content_words(self.view, self.words, s, e)

    def _after_link(self, k: int) -> bool:
        return k > 0 and self.view.word(k - 1) in self.words.links

    def _verb_before_stop(self, k: int) -> bool:
        """Whether token *k* is a lower-case word in "-ed" that closes its clause (punctuation or the sentence end
        follows): the verb of a subject the phrase was ("… maritime boundaries remained.").
        """
        view = self.view
        return view.ed_form(k) and (k + 1 >= len(view.toks) or not view.token_list[k + 1].text[0].isalnum())

    def _named_after_noun(self, k: int, start: int) -> bool:
        """Whether the party at token *k* names the common noun right before it, which a link opens within the
        phrase from *start* ("the case of jailed journalist Evan Gershkovich", "the detention of Australian writer
        Yang Hengjun"): the person is part of the issue.
        """
        view = self.view
        if k < 1 or not view.token_list[k - 1].text.islower():
            return False
        for j in range(k - 1, max(start, k - 1 - _NOUN_WORDS), -1):
            if view.word(j) in self.words.links:
                return j < k - 1
            text = view.token_list[j].text
            if not text.replace("-", "").isalpha() or (
                text[0].isupper() and view.owner[j] is not None and not self._country(j)
            ):
                return False  # lower-case words and nationalities only ("jailed", "pro-democracy", "Australian")
        return False

    def _country(self, k: int) -> bool:
        m = self.view.mention(self.view.owner[k]) if 0 <= k < len(self.view.toks) else None
        return m is not None and m.kind is MentionKind.COUNTRY

    def phrase_before(self, k: int) -> tuple[int, int]:
        """Tokens ``[start, end)`` of the topic phrase ending just before token *k*."""
        view = self.view
        end = k
        while end > 0 and is_quote(view.token_list[end - 1].text):
            end -= 1
        j = end - 1
        while j >= 0 and end - j <= _MAX_PHRASE:
            text = view.token_list[j].text
            if is_quote(text):
                j -= 1
                continue
            w = view.word(j)
            if w in self.words.links and j < end - 1:
                j -= 1
                continue
            if self._ends(j) or self._personal(j):
                break
            j -= 1
        start = j + 1
        while start < end and (view.word(start) in self.words.links or is_quote(view.token_list[start].text)):
            start += 1
        return start, end

    def separator(self, k: int, *, ranged: bool) -> tuple[int, str] | None:
        """After an item ending at token *k*: where the next item starts and how it was joined."""
        view = self.view
        n = len(view.toks)
        j = k
        while j < n and is_quote(view.token_list[j].text):
            j += 1
        if view.word(j) in {"with", "between"} and (party := view.party_after(j + 1, skip=frozenset({"the"}))):
            j = view.end_of(party)  # "cooperation with the United States as well as …": the partner, then the list
        how = ""
        if j < n and view.token_list[j].text == ",":
            j += 1
            how = ","
            while j < n and is_quote(view.token_list[j].text):
                j += 1
        w = view.word(j)
        if w in {"and", "or", "plus"}:
            j += 1
            how = "and"
        elif w == "as" and view.word(j + 1) == "well" and view.word(j + 2) == "as":
            j += 3
            how = "and"
        elif ranged and w == "to":
            j += 1
            how = "to"
            while view.word(j) in {"up", "to"}:  # "from X to up to Y"
                j += 1
        if not how or j >= n:
            return None
        while j < n and is_quote(view.token_list[j].text):
            j += 1
        if j >= n or self._personal(j) or past_verb(view, self.words, j):
            return None
        return j, how

    def items(self, k: int, *, ranged: bool = False, from_to: bool = False) -> list[tuple[int, int]]:
        """The list of topic phrases starting at token *k*: ``A, B and C``, ``A as well as B``.

        With *ranged*, "to" separates items too ("from A to B"); with *from_to* it must.
        """
        out: list[tuple[int, int]] = []
        joins: list[str] = []
        i = k
        while len(out) < _MAX_ITEMS:
            s, e = self.phrase(i, ranged=ranged)
            if e <= s:
                break
            if out and (past_verb(self.view, self.words, e) or self._verb_at(e)):
                break  # "discussed trade and security, and India pledged …": the subject of a new clause
            if out and self._predicate_after_comma_and(s):
                break  # "discussed trade and investment ties, and reviewed progress on …": the subject's next act
            out.append((s, e))
            nxt = self.separator(e, ranged=ranged)
            if nxt is None:
                break
            i, how = nxt
            if how == "and" and self._coordinated(out[-1], i):
                s, e = self.phrase(i)
                out[-1] = (out[-1][0], e)  # "the risk of misperception and miscalculation"
                nxt = self.separator(e, ranged=ranged)
                if nxt is None:
                    break
                i, how = nxt
            if how == "," and ("and" in joins or "to" in joins):
                break  # "A, B and C, the statement said": the list ended with its conjunction
            joins.append(how)
        if from_to and "to" not in joins:
            return []  # "questions from reporters": no range
        if "," in joins and "and" not in joins and "to" not in joins:
            return out[:1]  # "discussed trade, an official said": a comma alone does not make a list
        return out

    def _predicate_after_comma_and(self, k: int) -> bool:
        """Whether the phrase at token *k* opens with a lower-case word in "-ed" right after ", and": a second
        predicate of the subject ("…, and reviewed progress"), not one more issue.
        """
        view = self.view
        return k >= 2 and view.ed_form(k) and view.word(k - 1) == "and" and view.token_list[k - 2].text == ","

    def _verb_at(self, k: int) -> bool:
        """Whether token *k* is a reporting or meeting verb in lower case ("India pledged", "Biden said")."""
        view = self.view
        return k < len(view.toks) and view.token_list[k].text.islower() and view.word(k) in view.lx.verb_words

    def _coordinated(self, item: tuple[int, int], k: int) -> bool:
        """Whether a bare word at token *k* after "and" belongs to the "of" phrase of *item*."""
        view = self.view
        s, e = self.phrase(k)
        if e - s != 1 or self.words.word_class(view.word(s)) or view.token_list[s].is_cap:
            return False
        if self.words.issues.match_at(view.toks, s):
            return False
        return any(view.word(j) == "of" for j in range(item[0], item[1]))

    def skip_adverbs(self, k: int) -> int:
        """First token at or after *k* that is not an adverb, a time expression or "with X"."""
        view = self.view
        n = len(view.toks)
        while k < n:
            w = view.word(k)
            timed = self._is_time(k) or (w in {"on", "in", "at"} and self._is_time(k + 1))
            if self.words.word_class(w) == "adv" or timed:
                k += 1
            elif w == "in" and view.word(k + 1) == "detail":
                k += 2
            elif w == "with" and k + 1 < n and view.owner[k + 1] is not None:
                party = view.party_after(k + 1)
                if not party:
                    break
                k = view.end_of(party)
            else:
                break
        return k

    def _is_time(self, k: int) -> bool:
        return 0 <= k < len(self.timed) and self.timed[k]


def _be_before(view: SentenceView, words: TopicWords, k: int) -> int | None:
    """Index of a form of "be" just before token *k* (adverbs skipped): a passive."""
    j = k - 1
    while j >= 0 and words.word_class(view.word(j)) == "adv":
        j -= 1
    if j >= 0 and view.word(j) in {"was", "were", "been", "being", "be", "is", "are"}:
        return j
    return None


def _content_words(view: SentenceView, words: TopicWords, s: int, e: int) -> frozenset[str]:
    """Case-folded words of tokens ``[s, e)`` that can name an issue (not general, function or meeting words)."""
    out = set()
    # the tokens of the sentence's meeting words, gathered once, not looked for in every match per token
    # (most sentences hold none)
    meeting = {k for m in view.meeting for k in range(m.first, m.last)} if view.meeting else ()
    for k in range(s, e):
        # (a word: what Token.is_word tests, read inline, without a property's frame)
        if not view.token_list[k].text[0].isalnum() or k in meeting:
            continue
        w = view.word(k)
        if w not in words.not_content:
            out.add(w)
    return frozenset(out)


_Label = tuple[int, int, frozenset[str]]
"""A phrase trimmed to the tokens ``[start, end)`` that name its issue, and their content words."""


def _past_general(view: SentenceView, words: TopicWords, k: int, e: int) -> int:
    """The first token of ``[k, e)`` that is no general word, determiner or number (*e* when none): "issues of X",
    and "bilateral ties, including X" at its comma.
    """
    while k < e and (view.word(k) in words.general or words.word_class(view.word(k)) in {"det", "num"}):
        k += 1
    return k


def _label(view: SentenceView, words: TopicWords, s: int, e: int) -> _Label | None:
    """Trim a phrase to the tokens that name the issue, with its content words; ``None`` when it names none."""
    # "issues of strategic stability", "the importance of open channels": the part after "of"
    k = _past_general(view, words, s, e)
    if k > s and k < e - 1 and view.word(k) == "of":
        s = k + 1
    while s < e and (is_quote(view.token_list[s].text) or view.word(s) in words.links):
        s += 1
    while s < e - 1 and view.word(s) in words.change and view.word(s + 1) not in words.links:
        s += 1  # "resuming patrolling along the border", "increasing passenger flights": the issue after
    while e > s:
        tok = view.token_list[e - 1]
        if tok.text == ")":
            break
        w = view.word(e - 1)
        if (
            is_quote(tok.text)
            or not tok.text[0].isalnum()
            or w in words.links
            or words.classes.get(w, "") == "det"
            or w == "to"
        ):
            e -= 1
            continue
        if w in words.possessive:
            e -= 1
            continue
        break
    if e <= s:
        return None
    content = _content_words(view, words, s, e)
    if not content:
        return None
    if e - s == 1 and view.word(s).endswith("ing") and not words.issues.match_at(view.toks, s):
        return None  # "the importance of making it easier": a verb, not an issue
    return s, e, content


def _text(view: SentenceView, s: int, e: int) -> str:
    label = view.state.text[view.token_list[s].start : view.token_list[e - 1].end]
    label = " ".join(label.split())
    first = label.split(" ", 1)[0]
    if first in {"The", "A", "An"} and " " in label:
        label = first.lower() + label[len(first) :]
    return label


_CITY_WORDS = 4
"""Capitalised words a city's name may run to after "in" ("Rio de Janeiro" is three)."""

_MEETING_REACH = 6
"""Steps (a party after "with", a token of time) from a meeting word to the preposition of its issues."""


class _Reader:
    """Reads the topics of one sentence."""

    def __init__(
        self,
        view: SentenceView,
        words: TopicWords,
        cues: list[Match[Entry]],
        outcomes: Sequence[Match[Entry]] | None = None,
    ) -> None:
        self.view = view
        self.words = words
        self.cues = cues
        self.ph = _Phrases(view, words, cues, outcomes)
        self.found: list[_Found] = []

    def add(self, s: int, e: int, cue: tuple[int, int]) -> None:
        self.add_labels([_label(self.view, self.words, s, e)], cue)

    def add_labels(self, labels: Iterable[_Label | None], cue: tuple[int, int]) -> None:
        """Add the topics of phrases trimmed already (:func:`_label`); ``None`` names none."""
        toks = self.view.toks
        for label in labels:
            if label is None:
                continue
            s, e, content = label
            start, end = toks[s].start, toks[e - 1].end
            ev = (min(start, toks[cue[0]].start), max(end, toks[cue[1] - 1].end))
            issues = frozenset(m.payload.text for m in self.words.issues.find_all(toks, s, e))
            self.found.append(_Found(_text(self.view, s, e), start, end, ev, content, issues))

    def list_after(self, k: int, cue: tuple[int, int]) -> None:
        """Topics after token *k*, behind a marker when the phrase there is general."""
        view = self.view
        k = self.ph.skip_adverbs(k)
        head = k + 1 if view.word(k) in view.lx.words("determiner") else k
        if head + 1 < len(view.toks) and view.texts[head + 1] in POSSESSIVE:
            head += 2  # "address the country's parliament", "addressed Guyana's National Assembly"
        last = min(len(view.toks) - 1, head + _BODY_WORDS)
        while head < last and view.token_list[head].is_cap and view.token_list[head + 1].is_cap:
            head += 1  # "the U.N. General Assembly", "the European Parliament": the last word of the name
        if view.word(head) in view.lx.words("audience") or view.word(head) in view.lx.words("event_noun"):
            return  # "addressed parliament", "addressed the General Assembly": a speech, not an issue
        if view.word(k) == "how" and view.word(k + 1) == "to" and starts_verb(view, self.words, k + 2):
            k += 3  # "discussed how to calm tensions with X"
        elif view.word(k - 1) == "to" and starts_verb(view, self.words, k):
            k += 1  # "the need to reduce the risk of X"
        items = self.ph.items(k)
        labels = [_label(view, self.words, *it) for it in items]
        if any(labels):
            self.add_labels(labels, cue)
            return
        after = items[-1][1] if items else _past_general(view, self.words, k, min(len(view.toks), k + _BODY_WORDS))
        if view.word(after) == "to" and starts_verb(view, self.words, after + 1):
            for s, e in self.ph.items(after + 2):  # "discussed ways to advance X and Y"
                self.add(s, e, cue)
            return
        self.marked(after, cue)

    def after_party(self, k: int, cue: tuple[int, int]) -> None:
        """Topics after a party and a preposition at token *k* ("briefed the minister on X", "pressed Beijing
        over X"); none when no party stands there ("briefed reporters": no issue).
        """
        view = self.view
        party = view.party_after(k)
        if not party:
            return
        j = view.end_of(party)
        while view.in_time(j):
            j += 1  # "briefed him on Monday on X"
        if view.word(j) in self.words.meeting_topic_prepositions:
            self.list_after(j + 1, cue)

    def marked(self, k: int, cue: tuple[int, int]) -> None:
        """Topics after a marker within a few tokens of token *k* ("topics, including X")."""
        view = self.view
        n = len(view.toks)
        j = k
        while j < n and j - k <= 3 and (view.token_list[j].text == "," or is_quote(view.token_list[j].text)):
            j += 1
        found = self.words.markers.match_at(view.toks, j) if j < n else []
        if not found:
            return
        m = found[0]
        frame = m.payload.get("frame")
        for s, e in self.ph.items(m.last, ranged=frame in {"range", "from_to"}, from_to=frame == "from_to"):
            self.add(s, e, cue)

    def read(self) -> None:
        view, words = self.view, self.words
        for c in self.cues:
            frame = c.payload.get("frame") or "object"
            cue = (c.first, c.last)
            if c.first == 0 and c.last == 1 and view.token_list[0].is_cap and frame in {"object", "passive"}:
                continue  # "Cover picture ...", "Review ...": a caption or headline, not a verb
            if frame == "passive":
                frame = "subject" if _be_before(view, words, c.first) is not None else "object"
            if frame == "object":
                self.list_after(c.last, cue)
            elif frame == "party":
                self.after_party(c.last, cue)
            elif frame == "subject":
                be = _be_before(view, words, c.first)
                end = be if be is not None else c.first
                labels = [_label(view, words, *it) for it in self._items_before(end)]
                self.add_labels(labels, cue)
                if not any(labels):
                    self.marked(c.last, cue)
            else:  # list
                self.marked(c.last, cue)
        self._after_meetings()

    def _after_meetings(self) -> None:
        """ "held talks with X on maritime cooperation", "held talks on Monday on trade", "a video call with
        Lavrov on extending the grain deal", "talks between A and B in Rabat on migration": the issues after a
        meeting word, past its party, its place and its time.
        """
        view = self.view
        if view.toks.folded[1].isdisjoint(self.words.meeting_topic_prepositions):
            return  # (no "on", "about" … to read issues after: nothing to step past)
        cued = {c.first for c in self.cues}
        for m in view.meeting:
            if m.first in cued or view.quoted[m.first] is not None:
                continue
            j = m.last
            if view.word(j - 1) == "with" and (party := view.party_after(j)):
                j = view.end_of(party)  # "spoke with Xi on Tuesday about Taiwan"
            placed = False  # whether the last step was a place ("at the Capella Hotel on Sentosa island")
            for _ in range(_MEETING_REACH):
                party = view.party_after(j + 1) if view.word(j) in {"with", "between"} else []
                if party:
                    j = view.end_of(party)
                elif (
                    view.in_time(j)
                    or (view.word(j) in {"on", "in", "at"} and view.in_time(j + 1))
                    or (view.word(j) == "and" and view.in_time(j - 1) and view.in_time(j + 1))
                ):
                    j += 1  # "on Monday and Tuesday"
                elif (view.word(j) in {"in", "at"} or (placed and view.word(j) == "on")) and (
                    past := self._past_place(j + 1)
                ) > j + 1:
                    j = past  # "held talks with X in Moscow on Tuesday on the grain deal", "… on Sentosa island"
                    placed = True
                    continue
                else:
                    break
                placed = False
            noun = m.payload.get("pos") == "noun"  # "a video call on digital trade rules"
            head = j + 2 if view.word(j + 1) in view.lx.words("determiner") else j + 1
            if view.word(head) in self.words.general:
                continue  # "met Xi on the sidelines of the summit", "on the margins of": where, not what
            if placed and view.word(j) == "on":
                continue  # "at the Hotel Elephant on the town's market square": where the venue is
            if (j > m.last or noun) and view.word(j) in self.words.meeting_topic_prepositions:
                self.list_after(j + 1, (m.first, j + 1))

    def _past_place(self, k: int) -> int:
        """The token after a place's name at token *k* ("Moscow", "the Foreign Ministry", "Rio de Janeiro"):
        a city or venue the gazetteer knows, else a short run of capitalised words; *k* when neither starts
        there.
        """
        view = self.view
        j = k + 1 if view.word(k) == "the" else k
        if j >= len(view.toks):
            return k
        state = view.state
        # (the places are not in text order: the meetings rule adds a dateline's place last)
        ends: dict[int, int] = state.cached("topics.local_place_ends", lambda: _local_place_ends(state))
        end = ends.get(view.toks[j].start)
        if end is not None:
            return view.token_index(end - 1) + 1
        i = j
        while i < len(view.toks) and i < j + _CITY_WORDS and (view.toks[i].is_cap or (i > j and view.word(i) == "of")):
            i += 1
        while i > j and view.word(i - 1) == "of":
            i -= 1
        return i if i > j else k

    def _items_before(self, k: int) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        end = k
        while len(out) < _MAX_ITEMS:
            s, e = self.ph.phrase_before(end)
            if e <= s:
                break
            out.insert(0, (s, e))
            j = s - 1
            if (j >= 0 and self.view.word(j) in {"and", "or"}) or (j >= 0 and self.view.token_list[j].text == ","):
                j -= 1
            else:
                break
            end = j + 1
        return out

    def known(self, anchors: Sequence[tuple[int, int]]) -> None:
        """Known issues anywhere in the sentence, outside phrases already read."""
        view = self.view
        taken = [(f.start, f.end) for f in self.found]
        for m in self.words.issues.find_all(view.toks):
            mention = view.mention(view.owner[m.first])
            if (
                mention is not None
                and mention.kind not in {MentionKind.COUNTRY, MentionKind.PLACE}
                and not _issue_name(view, self.words, mention)
            ):
                continue  # "Ministry of Trade", "Security Council": a name, not an issue
            if m.last < len(view.toks) and (
                view.lx.titles.match_at(view.toks, m.last) or view.lx.group_nouns.match_at(view.toks, m.last)
            ):
                continue  # "the two trade ministers", "security officials": an office, not an issue
            if _inside_name(view, m.last):
                continue  # "the Asia-Pacific Economic Cooperation forum": a part of a forum's name
            start, end = view.token_list[m.first].start, view.token_list[m.last - 1].end
            if any(a <= start and end <= b for a, b in taken):
                continue
            anchor = min(anchors, key=lambda a: abs(a[0] - m.first))
            self.add(m.first, m.last, anchor)


def _inside_name(view: SentenceView, last: int) -> bool:
    """Whether a known issue that ends, capitalised, before token *last* runs on through capitalised words (at
    most :data:`_NAME_WORDS`) into a lower-case word naming an event ("the Asia-Pacific Economic Cooperation
    forum"): a part of the event's name, not an issue.
    """
    toks, n = view.token_list, len(view.toks)
    if not toks[last - 1].is_cap:
        return False
    j = last
    while j < n and j < last + _NAME_WORDS and toks[j].is_cap:
        j += 1
    return j < n and view.word(j) in view.lx.words("event_noun")


_NAME_WORDS = 4
"""Most capitalised words after a known issue in the name of a forum it is part of."""


def _find_unquoted(gazetteer: Gazetteer[Entry], toks: Sequence[Token]) -> list[Match[Entry]]:
    """Matches of *gazetteer* in *toks* read without quotation marks: 'a "red line" over Taiwan'."""
    if type(toks) is not Tokens:
        toks = Tokens(toks)
    texts, present = toks.keys(folded=False)  # (a key differs from its token only by ’ for ')
    if present.isdisjoint(_QUOTE_MARKS):
        return gazetteer.find_all(toks)  # no quotation mark
    keys, present = toks.keys(folded=not gazetteer.case_sensitive)
    if present.isdisjoint(gazetteer.firsts):
        return []  # no phrase starts with any of the sentence's words, quotation marks or not
    kept = list(compress(count(), map(operator.not_, map(is_quote, texts))))  # (in C)
    # the keys of the tokens kept, picked from the sentence's (in C): no new tokens made for them
    found = gazetteer.find_keys(list(map(keys.__getitem__, kept)))
    return [Match(kept[m.first], kept[m.last - 1] + 1, m.phrase, m.payload) for m in found]


def _anchors(matches: Iterable[Match[Entry]]) -> list[tuple[int, int]]:
    return [(m.first, m.last) for m in matches]


def phrase_before(view: SentenceView, words: TopicWords, k: int) -> tuple[int, int]:
    """Tokens ``[start, end)`` of the issue's phrase that ends just before token *k* ("the sharing of the
    river's waters" before ", on which no agreement was reached"); empty when none ends there.
    """
    return _Phrases(view, words, _find_unquoted(words.cues, view.toks)).phrase_before(k)


def meeting_evidence(state: ExtractionState) -> list[tuple[int, int]]:
    """``(start, meeting index)`` of every piece of meeting evidence, in text order (made once per article)."""
    return state.cached(
        "topics.evidence",
        lambda: sorted((a, index) for index, md in enumerate(state.meetings) for a, _b in md.evidence),
    )


def meeting_for(state: ExtractionState, start: int) -> int | None:
    """The meeting a passage belongs to, if any.

    The meeting whose evidence is in the passage's sentence (the nearest one
    when several are), else the one whose evidence comes last before it in the
    same paragraph.

    Args:
        state: the parse state, after the ``meetings`` rule.
        start: the clean offset where the passage starts.

    Returns:
        An index into ``state.meetings``, or ``None`` (the passage is the article's).
    """
    if not state.sentences:
        return None
    si = state.sentence_at(start)
    sentence = state.sentences[si]
    evidence = meeting_evidence(state)
    lo = bisect.bisect_left(evidence, (sentence.start, -1))
    hi = bisect.bisect_left(evidence, (sentence.end, -1))
    if lo < hi:
        return min(evidence[lo:hi], key=lambda e: abs(e[0] - start))[1]
    if lo > 0:
        a, index = evidence[lo - 1]
        if state.sentences[state.sentence_at(a)].paragraph == sentence.paragraph:
            return index
    return None


def topics(state: ExtractionState) -> None:
    """Find the issues the article says were discussed, raised or in dispute.

    Appends a :class:`~diplomeet.state.TopicDraft` per issue to ``state.topics``
    (one per issue per article, in text order) and its index to the ``topics``
    of the meeting it belongs to (:func:`meeting_for`).

    Args:
        state: the parse state, after the ``meetings`` rule.
    """
    words = topic_words(state.resources)
    found: list[_Found] = []
    for si in range(len(state.sentences)):
        toks = state.tokens(si)
        if not toks:
            continue
        cues = _find_unquoted(words.cues, toks)
        # (the readers below look for the same outcome words in the sentence: found once for both)
        outcome_words = words.outcomes.find_all(toks)
        outcomes = [m for m in outcome_words if "verb" in m.payload.values("role")]
        if not cues and not outcomes:
            if toks.keys(folded=True)[1].isdisjoint(words.meeting_topic_prepositions):
                continue
            view = sentence_view(state, si)  # built by the meetings rule already
            if view.meeting:
                reader = _Reader(view, words, cues, outcome_words)
                reader.read()  # "held talks with X on maritime cooperation": issues after a meeting word
                found.extend(sorted(reader.found, key=lambda f: f.start))
            continue
        reader = _Reader(sentence_view(state, si), words, cues, outcome_words)
        reader.read()
        reader.known(_anchors(cues) + _anchors(outcomes))
        found.extend(sorted(reader.found, key=lambda f: f.start))
    kept: list[_Found] = []
    for f in found:
        if not any(f.same_issue(k) for k in kept):
            kept.append(f)
    for f in kept:
        meeting = meeting_for(state, f.start)
        state.topics.append(TopicDraft(f.label, f.start, f.end, f.evidence, meeting))
        if meeting is not None:
            state.meetings[meeting].topics.append(len(state.topics) - 1)
