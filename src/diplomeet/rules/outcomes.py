"""Rule ``outcomes``: what the parties agreed, what one side pledged, what they did not agree.

Outcomes are read from the ``outcome_cues`` lexicon:

* a **verb** states one with its content after it: ``agreed to work on
  increasing passenger flights``, ``agreed on the need to ...``, ``agreed that
  Qin would visit Washington``, ``pledged not to provide weapons``, ``assured
  Kyiv that support would continue``, ``refused to lift sanctions``;
* a **noun** states one when a light verb makes it happen (``reached an
  agreement on X``, ``struck a deal to X``, ``reaffirmed its commitment to X``,
  ``an agreement not to arm Russia was reached``) or a negation denies it
  (``no agreement``, ``ended without a deal``).

The words before the cue in its clause decide whether it is an outcome at all:
a negation (``did not agree``, ``failed to reach``) makes it ``not_agreed``; a
hedge (``hoped to agree``, ``urged China to commit``, ``a possible deal``) or
a modal (``will agree``) means nothing was agreed yet, and no outcome is
recorded; ``would not agree`` is a refusal. A cue governed by another (``refused
to agree to X``, ``agreed to sign a deal``) is read as part of the outer one.

The content runs from the cue's complement to the end of its clause. The parties
are the subject of the verb (or of the light verb): canonical names for people,
countries and organisations as written, nobody for ``the two sides``. An outcome
belongs to the meeting whose evidence shares its sentence, else to the nearest
meeting stated earlier in the same paragraph, else to the article.

.. versionadded:: 0.1
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Sequence

from diplomeet.document import Token
from diplomeet.gazetteer import Gazetteer, Match
from diplomeet.lexicons import Entry
from diplomeet.models import OutcomeKind
from diplomeet.patterns import compile_pattern
from diplomeet.resources import Resources
from diplomeet.rules.context import SentenceView, sentence_view
from diplomeet.rules.topics import (
    TopicWords,
    compound_dash,
    is_quote,
    meeting_evidence,
    meeting_for,
    past_verb,
    phrase_before,
    starts_verb,
    timed_tokens,
    topic_words,
)
from diplomeet.state import ExtractionState, MentionKind, OutcomeDraft

__all__ = ["OutcomeCues", "outcome_cues", "outcomes"]

_SCOPE = 7
"""How many tokens before a cue (or its light verb) its clause is searched for negations and hedges."""
_MAX_CONTENT = 45
"""Longest content, in tokens."""

_OCCASION_WORDS = 6
"""Most tokens of the occasion after "on the sidelines of" ("the Group of 20 summit in Rio")."""
_SETTING_REACH = 5
"""Tokens between a setting preposition and its meeting noun ("at their first direct talks")."""
_OPENING = compile_pattern(r"[\p{Pi}«]")
_CLOSING = compile_pattern(r"[\p{Pf}»]")
_BE = frozenset({"was", "were", "been", "being", "be", "is", "are", "has", "have", "had"})
_HARD_STOPS = frozenset({".", ";", ":", "!", "?", "—", "–", "(", ")", "[", "]"})


class OutcomeCues:
    """The ``outcome_cues`` lexicon compiled.

    Args:
        resources: the extractor's lexicons.
    """

    def __init__(self, resources: Resources) -> None:
        entries = list(resources.lexicon("outcome_cues"))
        self.cues: Gazetteer[Entry] = Gazetteer(((e.text, e) for e in entries), case_sensitive=False)
        """Every cue, whatever its role."""
        decisive = [(e.text, e) for e in entries if {"verb", "noun"} & set(e.values("role"))]
        self.decisive_firsts: frozenset[str] = Gazetteer(decisive, case_sensitive=False).firsts
        """The case-folded words that open a verb or noun cue: a sentence with none of them states no outcome,
        whatever light verbs it holds (most sentences), and is passed at one set's test."""
        self.words: TopicWords = topic_words(resources)
        """Word classes shared with the topic rule."""


def outcome_cues(resources: Resources) -> OutcomeCues:
    """Return the compiled :class:`OutcomeCues` of *resources* (built once per extractor)."""
    return resources.get("outcome_cues", OutcomeCues)


def _roles(m: Match[Entry]) -> set[str]:
    return set(m.payload.values("role"))


class _Reader:
    """Reads the outcomes of one sentence."""

    def __init__(self, view: SentenceView, cues: OutcomeCues, matches: list[Match[Entry]]) -> None:
        self.view = view
        self.cues = cues
        self.words = cues.words
        self.matches = matches
        self.at: dict[int, Match[Entry]] = {m.first: m for m in matches}
        self.timed = timed_tokens(view)
        self.reporting = {m.first for m in view.reporting}
        self.reporting_tokens = {k for m in view.reporting for k in range(m.first, m.last)}
        self.found: list[OutcomeDraft] = []
        self.shared: set[int] = set()
        """Indices into ``found`` of outcomes whose subject is the parties of the meeting reported ("they
        agreed", "… met and agreed"): their parties are that meeting's participants."""

    # -- helpers ------------------------------------------------------------------------------------

    def _role_at(self, k: int) -> set[str]:
        m = self.at.get(k)
        return _roles(m) if m is not None else set()

    def _cls(self, k: int) -> str:
        return self.words.word_class(self.view.word(k))

    def _scope(self, k: int) -> tuple[str | None, bool]:
        """What the clause before token *k* says: (``negated``/``hedged``/``governed``/None, modal seen)."""
        view = self.view
        negated = False
        modal = False
        j = k - 1
        count = 0
        while j >= 0 and count < _SCOPE:
            tok = view.token_list[j]
            if not tok.is_word and not is_quote(tok.text) and tok.text not in {"’s", "'s"}:
                break
            w = view.word(j)
            m = next((x for x in self.matches if x.first <= j < x.last), None)
            if m is not None and "hedge" in _roles(m):
                return "hedged", modal  # "urged China to commit": hedges are reporting verbs too
            if j in self.reporting_tokens:
                # "X is expected to say [that] the sides agreed": the report itself is hedged
                return self._report_scope(j), modal
            if w == "that":
                if j > 0 and j - 1 in self.reporting_tokens:
                    return self._report_scope(j - 1), modal
                break
            if self._cls(j) == "conj" and w not in {"nor", "neither"}:
                if w == "and" and j > 0 and view.owner[j - 1] is not None and view.owner[j + 1] is not None:
                    j -= 1  # "urged Israel and Hamas to agree": the parties' "and", not a clause's
                    count += 1
                    continue
                break
            if w == "for" and k > 0 and view.word(k - 1) == "to":
                return "hedged", modal  # "time for both sides to agree": a purpose, not an outcome
            if m is not None:
                roles = _roles(m)
                if "negation" in roles:
                    negated = True
                elif "aux" in roles:
                    modal = True
                elif "verb" in roles and self._governs(m):
                    return "governed", modal
                elif "skip" in roles:
                    break  # "did not discuss the trade deal": a negation of the talking, not of a deal
                j = m.first - 1
            else:
                if view.owner[j] is not None:
                    mention = view.mention(view.owner[j])
                    if mention is not None:
                        j = min(j, mention.first_token) - 1
                        count += 1
                        continue
                j -= 1
            count += 1
        return ("negated" if negated else None), modal

    def _governs(self, m: Match[Entry]) -> bool:
        """Whether the verb *m* governs an infinitive after it ("refused to ...", "pledged not to ...")."""
        view = self.view
        k = m.last + 1 if view.word(m.last) in {"not", "never"} else m.last
        return view.word(k) == "to"

    def _report_scope(self, j: int) -> str | None:
        """``hedged`` when the reporting verb covering token *j* is hedged or modal ("is expected to say")."""
        first = next((m.first for m in self.view.reporting if m.first <= j < m.last), j)
        verdict, modal = self._scope(first)
        return "hedged" if verdict == "hedged" or (modal and verdict != "negated") else None

    def _subject(self, k: int) -> list[int]:
        """Mentions of the subject of a verb at token *k* (negations, auxiliaries, adverbs skipped)."""
        view = self.view
        if k > 0 and view.token_list[k - 1].text == "," and view.word(k).endswith("ing"):
            # "..., pledging more frequent communication": the subject of the main clause
            for i in range(k):
                if view.owner[i] is not None and view.quoted[i] is None:
                    return view.party_after(i)
            return []
        j = k
        while j > 0 and view.owner[j - 1] is None:
            w = view.word(j - 1)
            roles = self._role_at(j - 1)
            if self._cls(j - 1) in {"aux", "adv"} or w in _BE or roles & {"negation", "aux"} or w == "to":
                j -= 1
                continue
            if view.in_time(j - 1) or (self._cls(j - 1) == "prep" and view.in_time(j)):
                j -= 1  # "Wong and Anwar on Tuesday signed an agreement": the time between subject and verb
                continue
            break
        return view.subject_before(j)

    def _who(self, k: int) -> tuple[list[str], bool]:
        """The parties of the verb at token *k*, and whether its subject is shared with a meeting named before:
        a pair word ("they agreed", "both pledged") or a conjunction ("met on Monday and agreed") with no party.
        """
        mentions = self._subject(k)
        parties = self._parties(mentions)
        if parties:
            return parties, False
        view = self.view
        j = k
        while j > 0 and view.owner[j - 1] is None and (
            self._cls(j - 1) in {"aux", "adv"} or view.word(j - 1) in _BE or self._role_at(j - 1) & {"aux"}
        ):
            j -= 1
        before = view.word(j - 1) if j > 0 else ""
        return [], before in view.lx.words("pair") or before in view.lx.words("conjunction") or any(
            _pair_group(view, mi) for mi in mentions
        )

    def _parties(self, mentions: Sequence[int]) -> list[str]:
        state = self.view.state
        out: list[str] = []
        for mi in mentions:
            m = state.mentions[mi]
            if m.kind is MentionKind.GROUP:
                continue
            if m.kind in {MentionKind.PERSON, MentionKind.DESCRIPTION, MentionKind.PRONOUN}:
                if m.entity is not None:
                    name = state.entities[m.entity].name
                elif m.kind is MentionKind.PERSON:
                    name = m.text
                else:
                    continue
            else:
                name = m.text
            if name not in out:
                out.append(name)
        return out

    def _is_time(self, k: int) -> bool:
        return 0 <= k < len(self.timed) and self.timed[k]

    def _skip(self, k: int) -> int:
        """Skip adverbs and time expressions ("agreed on Monday to ...", "also agreed")."""
        view = self.view
        n = len(view.toks)
        while k < n:
            adverb = self._cls(k) == "adv" and "negation" not in self._role_at(k)
            if adverb or self._is_time(k) or (view.word(k) in {"on", "in", "at"} and self._is_time(k + 1)):
                k += 1
            elif view.word(k) == "in" and view.word(k + 1) == "principle":
                k += 2
            elif (past := self._past_sidelines(k)) > k:
                k = past  # "agreed on the sidelines of the summit to …": where, not what
            else:
                break
        return k

    def _past_sidelines(self, k: int) -> int:
        """One past "on the sidelines of the summit" opening at token *k*, up to the words that follow it (the
        end of the clause, "to", "that"); *k* when no such phrase opens there.
        """
        view = self.view
        at = k + 2 if view.word(k + 1) == "the" else k + 1
        if view.word(k) != "on" or view.word(at) not in view.lx.words("in_person") or view.word(at + 1) != "of":
            return k
        for j in range(at + 2, min(len(view.toks), at + 2 + _OCCASION_WORDS)):
            if not view.token_list[j].is_word or view.word(j) in {"to", "that", "on"}:
                return j
        return k

    def _start(self, k: int, frames: set[str], *, noun: bool) -> int | None:
        """Token where the content of a cue ending at *k* starts; ``None`` when it has none."""
        view = self.view
        n = len(view.toks)
        k = self._skip(k)
        if k < n and view.word(k) in {"with", "between"} and k + 1 < n and view.owner[k + 1] is not None:
            party = view.party_after(k + 1)
            if party:
                k = self._skip(view.end_of(party))
        elif "obj" in frames and k < n and view.owner[k] is not None:
            party = view.party_after(k)
            if party:
                k = self._skip(view.end_of(party))
        if k >= n:
            return None
        w = view.word(k)
        if w in {"not", "never"} and view.word(k + 1) == "to" and "to" in frames:
            return k
        if w == "to" and "to" in frames:
            return k if starts_verb(view, self.words, k + 1) else k + 1
        if w in {"on", "upon", "over", "about", "regarding", "concerning"} and ("on" in frames or noun):
            return k + 1
        if w == "that" and "that" in frames:
            return k + 1
        if "np" in frames and not noun:
            tok = view.token_list[k]
            if (tok.is_word or is_quote(tok.text)) and self._cls(k) not in {"conj", "aux", "prep"}:
                if k in self.reporting:
                    return None
                return k
        return None

    def _end(self, start: int, quote: int | None) -> int:
        """Token index one past the content starting at *start*."""
        view = self.view
        n = len(view.toks)
        i = start
        end = start
        # content with a verb of its own ("to meet on Monday") keeps its times; a noun phrase
        # ("60 billion yen in aid on Saturday") ends before the time of the cue
        clause = view.word(start) in {"to", "that", "not"}
        while i < n and i - start < _MAX_CONTENT:
            tok = view.token_list[i]
            if quote is not None and view.quoted[i] != quote and not is_quote(tok.text):
                break
            if tok.text in _HARD_STOPS and not _decimal_point(view.toks, i) and not compound_dash(view.toks, i):
                break
            if (
                tok.text == ","
                and view.quoted[i] == quote
                and not _decimal_point(view.toks, i)
                and not self._list_comma(i)
            ):
                break
            if tok.text == "-" and i + 1 < n and view.token_list[i + 1].text == "-":
                break
            w = view.word(i)
            if w in {"but", "while", "whereas", "although", "though"}:
                break
            if w == "and" and (
                i + 1 in self.reporting
                or self._role_at(i + 1) & {"verb"}
                or any(x.first == i + 1 for x in self.matches)  # "… and reached consensus on …": another outcome
                or (self._cls(i + 1) == "pron" and view.word(i + 1) not in self.words.possessive)
                or past_verb(view, self.words, i + 1)
            ):
                break
            if i in self.reporting and i > start and view.owner[i - 1] is not None:
                first = view.start_of([view.owner[i - 1]])  # type: ignore[list-item]
                end = min(end, first) if first > start else end
                break
            if w in _BE and i + 1 < n and "light" in self._role_at(i + 1) and i > start:
                break
            if i > start and (self._in_setting(i) or (not clause and (self._time_at(i) or self._city_after(i)))):
                break
            i += 1
            end = i
        return end

    def _list_comma(self, i: int) -> bool:
        """Whether the comma at token *i* separates items of a list that goes on to "and" or "or"
        ("agreements on energy, defence and tourism"; "agreed to boost trade, expand flights and …").
        """
        view = self.view
        for j in range(i + 1, min(len(view.toks), i + _LIST_ITEM)):
            if view.word(j) in {"and", "or"}:
                return j > i + 1
            if not view.token_list[j].is_word or j in self.reporting or view.owner[j] is not None:
                return False
        return False

    def _in_setting(self, i: int) -> bool:
        """True when token *i* opens the meeting where the outcome came about ("during talks with
        Costa", "at their first direct talks in three years", "after talks in Kuala Lumpur"): its setting,
        not its content.
        """
        view = self.view
        if view.word(i) not in view.lx.words("setting_preposition") | {"after", "following"}:
            return False  # "… after talks in Kuala Lumpur" is when it came about, too
        for m in view.meeting:
            if m.first > i + _SETTING_REACH:
                break
            if (
                m.first > i
                and m.payload.get("pos") == "noun"
                and all(
                    view.token_list[k].is_word and (view.owner[k] is None or view.word(k) in self.words.possessive)
                    for k in range(i + 1, m.first)
                )
            ):
                return True
        return False

    def _city_after(self, i: int) -> bool:
        """True when "in"/"at" at token *i* leads to a city or venue ("an MoU on critical minerals in
        Seoul"): where the noun phrase's outcome was signed, not part of it ("the war in Ukraine" stays).
        """
        view = self.view
        if view.word(i) not in {"in", "at"} or view.word(i - 1) in view.lx.words("place_attractor"):
            return False
        k = i + 2 if view.word(i + 1) == "the" else i + 1  # "at the Blue House"
        return k < len(view.toks) and view.state.local_place_at(view.token_list[k].start)

    def _time_at(self, i: int) -> bool:
        """True when a time expression starts at token *i*, bare or after "on", "in" or "at"."""
        if self._is_time(i) and not self._is_time(i - 1):
            return self.view.word(i - 1) not in self.view.lx.words("deadline_preposition")  # not "by 2030"
        return self.view.word(i) in {"on", "in", "at"} and self._is_time(i + 1)

    def _span(self, s: int, e: int) -> tuple[int, int] | None:
        """Clean offsets of tokens ``[s, e)`` without trailing punctuation or unbalanced quotes."""
        view = self.view
        while e > s and not view.token_list[e - 1].is_word and not is_quote(view.token_list[e - 1].text):
            if view.token_list[e - 1].text == ")":
                break
            e -= 1
        if e <= s:
            return None
        text = view.state.text
        a, b = view.token_list[s].start, view.token_list[e - 1].end
        for _ in range(3):
            chunk = text[a:b]
            opening, closing = len(_OPENING.findall(chunk)), len(_CLOSING.findall(chunk))
            straight = chunk.count('"')
            if chunk and chunk[-1] in '”’»"' and (closing > opening or (chunk[-1] == '"' and straight % 2)):
                b -= 1
            elif chunk and chunk[0] in '“‘«"' and (opening > closing or (chunk[0] == '"' and straight % 2)):
                a += 1
            else:
                break
            while b > a and text[b - 1] in " ,.;:":
                b -= 1
            while a < b and text[a] == " ":
                a += 1
        if b <= a or not any(c.isalnum() for c in text[a:b]):
            return None
        return a, b

    def _add(
        self, kind: OutcomeKind, s: int, e: int, who: tuple[list[str], bool], cue: Match[Entry]
    ) -> None:
        span = self._span(s, e)
        if span is None:
            return
        toks = self.view.toks
        parties, shared = who
        if shared:
            self.shared.add(len(self.found))
        self.found.append(
            OutcomeDraft(kind, span[0], span[1], parties, (toks[cue.first].start, toks[cue.last - 1].end))
        )

    # -- cues ---------------------------------------------------------------------------------------

    def read(self) -> None:
        for m in self.matches:
            roles = _roles(m)
            if "noun" in roles and ("verb" not in roles or self._noun_context(m)):
                self._noun(m)
            elif "verb" in roles:
                self._verb(m)

    def _be_run(self, k: int) -> tuple[int, bool]:
        """One past the forms of "be" and negations from token *k* ("was not"), and whether one negates."""
        view = self.view
        i = k
        negated = False
        while i < len(view.toks) and i - k < 5 and (view.word(i) in _BE or "negation" in self._role_at(i)):
            negated = negated or "negation" in self._role_at(i)
            i += 1
        return i, negated

    def _passive(self, k: int) -> tuple[bool, bool]:
        """Whether "was (not) reached" follows at token *k*: (passive light verb, negated)."""
        i, negated = self._be_run(k)
        if i > k and "light" in self._role_at(i):
            return True, negated
        return False, False

    def _past_passive(self, k: int) -> int:
        """The token after a passive light verb ("was not reached") that starts at token *k*."""
        i, _ = self._be_run(k)
        hit = next((x for x in self.matches if x.first == i), None)
        return hit.last if hit is not None else i + 1

    def _premodified(self, s: int, e: int) -> bool:
        """Whether tokens ``[s, e)`` before a noun say what kind it is ("a trade deal", not "an agreement")."""
        return any(self.view.token_list[k].is_word and self._cls(k) not in {"det", "num"} for k in range(s, e))

    def _noun_context(self, m: Match[Entry]) -> bool:
        view = self.view
        j = m.first - 1
        return j >= 0 and (
            self._cls(j) == "det"
            or view.word(j) in self.words.possessive
            or view.token_list[j].text in {"’s", "'s"}
            or "light" in self._role_at(j)
        )

    def _kind(self, m: Match[Entry], negated: bool) -> OutcomeKind | None:
        kind = OutcomeKind(m.payload.get("kind") or "agreed")
        if not negated:
            return kind
        return None if kind is OutcomeKind.NOT_AGREED else OutcomeKind.NOT_AGREED

    def _site_text(self, k: int) -> bool:
        """Whether the verb at token *k* speaks to the site's reader ("By continuing, you agree to our use of
        cookies", "Accept all | Reject non-essential"): a page's notice, not an outcome of talks.
        """
        view = self.view
        if view.quoted[k] is not None:
            return False  # "'You agreed to this,' he told her": a party speaking
        j = k
        while j > 0 and (self._cls(j - 1) in {"aux", "adv"} or "aux" in self._role_at(j - 1)):
            j -= 1
        return j > 0 and ("reader" in self._role_at(j - 1) or view.toks[j - 1].text == "|")

    def _verb(self, m: Match[Entry]) -> None:
        view = self.view
        if m.first > 0 and view.word(m.first - 1) in {"the", "a", "an", "as", "previously"}:
            return  # "the agreed plan", "as agreed"
        if self._site_text(m.first):
            return
        verdict, modal = self._scope(m.first)
        if verdict in {"hedged", "governed"} or (modal and verdict != "negated"):
            return
        kind = self._kind(m, verdict == "negated")
        if kind is None:
            return
        frames = set(m.payload.values("frame"))
        start = self._start(m.last, frames, noun=False)
        if start is None:
            return
        if m.payload.get("kind") == "not_agreed" and self._said_only(start):
            return
        end = self._end(start, view.quoted[m.first])
        self._add(kind, start, end, self._who(m.first), m)

    def _antecedent(self, k: int) -> tuple[int, int] | None:
        """What a denied agreement at token *k* was about when the sentence names it before: "the sharing of
        the river's waters, on which no agreement was reached"; "On the core question, the status of the
        treaty, there was no agreement". None when nothing is named there.
        """
        view = self.view
        if k >= 3 and view.word(k - 1) == "which" and view.word(k - 2) in {"on", "over"}:
            if view.token_list[k - 3].text != ",":
                return None
            s, e = phrase_before(view, self.words, k - 3)
            return (s, e) if e > s else None
        if k >= 3 and view.word(k - 1) in _BE and view.word(k - 2) == "there" and view.token_list[k - 3].text == ",":
            comma = k - 3
            opening = 1 if view.word(0) in {"but", "and"} else 0
            if view.word(opening) != "on":
                return None
            commas = [i for i in range(opening + 1, comma) if view.token_list[i].text == ","]
            s = commas[-1] + 1 if commas else opening + 1
            return (s, comma) if comma > s else None
        return None

    def _said_only(self, start: int) -> bool:
        """Whether a refusal is only one to talk ("declined to comment"), not to agree."""
        view = self.view
        k = start + 1 if view.word(start) == "to" else start
        return "skip" in self._role_at(k) or k in self.reporting

    def _noun(self, m: Match[Entry]) -> None:
        view = self.view
        # the noun phrase: premodifiers back to a light verb, a negation or a clause word
        j = m.first - 1
        while j >= 0 and m.first - j <= 4:
            roles = self._role_at(j)
            tok = view.token_list[j]
            if roles & {"light", "negation", "verb", "hedge", "skip"} or not (
                tok.is_word or tok.text in {"’s", "'s", "-"}
            ):
                break  # (a verb of talking is no premodifier: "did not discuss the trade deal" denies no deal)
            if view.word(j) in self.words.boundary or self._is_time(j) or j in self.reporting_tokens:
                break
            if self._cls(j) not in {"", "det", "num"} and view.word(j) not in self.words.possessive:
                break
            j -= 1
        np_start = j + 1
        hedged = any("hedge" in self._role_at(k) for k in range(np_start, m.first))
        light: Match[Entry] | None = None
        negated = False
        k = j
        while k >= 0 and m.first - k <= 6:
            hit = next((x for x in self.matches if x.first <= k < x.last), None)
            if hit is None:
                break
            roles = _roles(hit)
            if "negation" in roles:
                negated = True
            elif "light" in roles and light is None:
                light = hit
            elif "hedge" in roles:
                hedged = True
            else:
                break
            k = hit.first - 1
        if hedged:
            return
        anchor = light.first if light is not None else np_start
        verdict, modal = self._scope(anchor if light is not None else (k + 1))
        if verdict in {"hedged", "governed"} or (modal and verdict != "negated" and not negated):
            return
        negated = negated or verdict == "negated"
        frames = set(m.payload.values("frame"))
        start = self._start(m.last, frames - {"np", "obj"}, noun=True)
        passive = False
        if start is not None:
            end = self._end(start, view.quoted[m.first])
            passive, denied = self._passive(end)
            negated = negated or denied
        else:
            end = m.last
            passive, denied = self._passive(self._skip(m.last))
            negated = negated or denied
            if passive:
                # "no agreement was reached on the grain deal": the content follows the passive verb
                start = self._start(self._past_passive(self._skip(m.last)), frames - {"np", "obj"}, noun=True)
                if start is not None:
                    end = self._end(start, view.quoted[m.first])
        if light is None and not passive and not negated:
            return
        if view.word(np_start) == "the" and light is None and not negated:
            return
        kind = self._kind(m, negated)
        if kind is None:
            return
        if start is None:
            if view.quoted[m.first] is not None and not passive:
                return  # "“… pretend we have a deal when we don't”", "“Every day without an agreement is …”"
            first = np_start
            if negated and first > 0 and "negation" in self._role_at(first - 1):
                first -= 1
            elif not negated and not self._premodified(np_start, m.first):
                return  # "an agreement was reached": nothing says what was agreed
            start, end = (negated and self._antecedent(first)) or (first, m.last)
        self._add(kind, start, end, self._who(light.first) if light is not None else ([], False), m)


def _pair_group(view: SentenceView, mi: int) -> bool:
    """Whether mention *mi* is a group that stands for the two parties ("both sides", "the two leaders")."""
    first = view.start_of([mi])
    word = view.word(first)
    return word in view.lx.words("pair") or (word == "the" and view.word(first + 1) == "two")


_PAIR_REACH = 8
"""Most pieces of meeting evidence looked back over for the meeting whose parties "they" are."""


def _meeting_before(state: ExtractionState, start: int) -> int | None:
    """The meeting of two or more people whose evidence comes last before the clean offset *start*, in the
    same sentence or the one before ("Xi and Trump met in Busan. They agreed …"); ``None`` when none.
    """
    evidence = meeting_evidence(state)
    si = state.sentence_at(start)
    hi = bisect.bisect_left(evidence, (start, -1))
    for a, index in reversed(evidence[max(0, hi - _PAIR_REACH) : hi]):
        if state.sentence_at(a) < si - 1:
            return None
        if len(state.meetings[index].participants) >= 2:
            return index
    return None


_WORD = compile_pattern(r"[\p{L}\p{N}]+")


_LIST_ITEM = 6
"""Most tokens of a list item between a comma and the "and" that ends the list."""


def _decimal_point(toks: Sequence[Token], i: int) -> bool:
    """True when token *i* is the point or comma inside a number ("$4.5 billion", "1,000 troops")."""
    return (
        0 < i < len(toks) - 1
        and toks[i].text in {".", ","}
        and toks[i - 1].end == toks[i].start
        and toks[i].end == toks[i + 1].start
        and toks[i - 1].text[-1:].isdigit()
        and toks[i + 1].text[:1].isdigit()
    )


def _same_outcome(state: ExtractionState, a: OutcomeDraft, b: OutcomeDraft) -> bool:
    """Whether two drafts report one outcome: same kind and at least half their words shared."""
    if a.kind is not b.kind:
        return False
    if (a.start, a.end) == (b.start, b.end):
        return True
    wa = Counter(w.casefold() for w in _WORD.findall(state.text[a.start : a.end]))
    wb = Counter(w.casefold() for w in _WORD.findall(state.text[b.start : b.end]))
    shared = sum((wa & wb).values())
    return shared * 2 >= max(sum(wa.values()), sum(wb.values()), 1)


def outcomes(state: ExtractionState) -> None:
    """Find what the parties agreed, pledged or did not agree.

    Appends an :class:`~diplomeet.state.OutcomeDraft` per outcome to
    ``state.outcomes`` (an outcome reported twice is kept once: same kind and at
    least half the words shared) and its index to the ``outcomes`` of the
    meeting it belongs to (:func:`~diplomeet.rules.topics.meeting_for`).

    Args:
        state: the parse state, after the ``meetings`` rule.
    """
    cues = outcome_cues(state.resources)
    for si in range(len(state.sentences)):
        toks = state.tokens(si)
        if not toks or toks.keys(folded=True)[1].isdisjoint(cues.decisive_firsts):
            continue
        matches = cues.cues.find_all(toks)
        if not any(_roles(m) & {"verb", "noun"} for m in matches):
            continue
        view = sentence_view(state, si)
        if view.headline:
            continue  # "Kenya, Tanzania agree to scrap border barriers": the story tells the outcome again
        reader = _Reader(view, cues, matches)
        reader.read()
        for i, draft in enumerate(reader.found):
            if any(_same_outcome(state, draft, other) for other in state.outcomes[-64:]):
                continue
            draft.meeting = meeting_for(state, draft.start)
            held = _meeting_before(state, draft.cue[0]) if i in reader.shared and draft.cue is not None else None
            if held is not None:
                # "Xi and Trump met in Busan, when they agreed to …": the parties are the meeting's
                draft.parties = [state.entities[e].name for e in state.meetings[held].participants]
            state.outcomes.append(draft)
            if draft.meeting is not None:
                state.meetings[draft.meeting].outcomes.append(len(state.outcomes) - 1)
