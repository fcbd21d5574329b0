"""Per-sentence views shared by the statement, meeting, topic and outcome rules.

A :class:`SentenceView` knows, for each token of one sentence, which mention
covers it, which quotation it sits in, and where the reporting verbs are. The
helpers find the subject of a verb (skipping adverbs, auxiliaries and a
parenthetical appositive) and the party after it, the way news clauses are
built: "Xi, the Chinese leader, also said", "said Foreign Minister Qin Gang",
"according to a statement reported by Xinhua".
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from diplomeet.document import Token
from diplomeet.gazetteer import Gazetteer, Match, fold
from diplomeet.lexicons import Entry
from diplomeet.resources import Resources
from diplomeet.state import ExtractionState, MentionKind, MentionRecord

__all__ = ["SentenceView", "Verbs", "verbs"]

SKIPPABLE = frozenset(
    {
        "also",
        "later",
        "then",
        "earlier",
        "previously",
        "again",
        "separately",
        "repeatedly",
        "once",
        "reportedly",
        "has",
        "had",
        "have",
        "was",
        "is",
        "were",
        "are",
        "further",
        "further,",
        "too",
        "subsequently",
        "recently",
        "already",
        "publicly",
        "privately",
        "directly",
        "strongly",
        "firmly",
        "clearly",
        "explicitly",
        "openly",
        "specifically",
        "similarly",
        "likewise",
        "simply",
        "last",
        "first",
        "finally",
        "personally",
        "formally",
        "originally",
        "ultimately",
    }
)
"""Words that may sit between a subject and its verb ("Blinken also said", "Xi has repeatedly said")."""

PARTY_KINDS = frozenset(
    {
        MentionKind.PERSON,
        MentionKind.DESCRIPTION,
        MentionKind.PRONOUN,
        MentionKind.ORGANIZATION,
        MentionKind.COUNTRY,
        MentionKind.GROUP,
    }
)


@attrs.frozen
class VerbInfo:
    """A reporting verb form from the ``reporting_verbs`` lexicon."""

    form: str
    lemma: str
    tense: str
    frames: tuple[str, ...]


class Verbs:
    """Compiled verb lexicons: reporting verbs and meeting words."""

    def __init__(self, resources: Resources) -> None:
        self.reporting: Gazetteer[VerbInfo] = Gazetteer(
            (
                (e.text, VerbInfo(e.text, e.get("lemma") or e.text, e.get("tense") or "past", e.values("frame")))
                for e in resources.lexicon("reporting_verbs")
            ),
            case_sensitive=False,
        )
        self.meeting: Gazetteer[Entry] = Gazetteer(
            ((e.text, e) for e in resources.lexicon("meeting_words")), case_sensitive=False
        )
        cues: list[tuple[str, Entry]] = [(e.text, e) for e in resources.lexicon("status_cues")]
        self.status: Gazetteer[Entry] = Gazetteer(cues, case_sensitive=False)


def verbs(resources: Resources) -> Verbs:
    """Return the compiled :class:`Verbs` of *resources* (built once)."""
    return resources.get("verbs", Verbs)


class SentenceView:
    """Tokens of one sentence with the mentions, quotations and verbs that cover them."""

    def __init__(self, state: ExtractionState, index: int, mention_ids: Sequence[int]) -> None:
        self.state = state
        self.index = index
        self.sentence = state.sentences[index]
        self.toks: list[Token] = state.tokens(index)
        n = len(self.toks)
        self.owner: list[int | None] = [None] * n
        """Mention index covering each token (a person mention covers its title too)."""
        self.head: list[int | None] = [None] * n
        """Mention index whose name starts at this token (for subjects after a verb)."""
        for mi in mention_ids:
            m = state.mentions[mi]
            if m.kind not in PARTY_KINDS:
                continue
            lo = m.first_token
            if m.title_span is not None:
                lo = min(lo, self._token_at(m.title_span[0]))
            for k in range(max(0, lo), min(n, m.last_token)):
                if self.owner[k] is None:
                    self.owner[k] = mi
        self.quoted: list[int | None] = [None] * n
        """Index into ``state.quotes`` of the quotation a token is inside."""
        for qi, q in enumerate(state.quotes):
            if q.end <= self.sentence.start or q.start >= self.sentence.end:
                continue
            for k, tok in enumerate(self.toks):
                if q.open <= tok.start and (q.close is None or tok.end <= q.close + 1):
                    if self.quoted[k] is None or q.depth == 0:
                        self.quoted[k] = qi
        v = verbs(state.resources)
        self.reporting: list[Match[VerbInfo]] = list(v.reporting.find_all(self.toks))
        self.meeting: list[Match[Entry]] = v.meeting.find_all(self.toks)

    def _token_at(self, offset: int) -> int:
        for k, tok in enumerate(self.toks):
            if tok.end > offset:
                return k
        return len(self.toks)

    def token_index(self, offset: int) -> int:
        """Index of the first token ending after clean *offset*."""
        return self._token_at(offset)

    def word(self, k: int) -> str:
        """The case-folded text of token *k* ("" outside the sentence)."""
        return fold(self.toks[k].text) if 0 <= k < len(self.toks) else ""

    def mention(self, mi: int | None) -> MentionRecord | None:
        """The mention record of index *mi*."""
        return None if mi is None else self.state.mentions[mi]

    def subject_before(self, k: int) -> list[int]:
        """Mentions of the subject of a verb starting at token *k*: "Biden and Xi", "Xi, the leader,"."""
        j = k - 1
        while j >= 0 and (self.word(j) in SKIPPABLE or self.toks[j].text in {"’", "'"}):
            j -= 1
        if j >= 0 and self.toks[j].text == "," and self.owner[j] is None:
            # parenthetical appositive: "Xi, the Chinese leader, said" / "Blinken, who ..., said"
            depth = 0
            i = j - 1
            while i >= 0 and i > j - 25:
                if self.toks[i].text == ",":
                    depth = 1
                    break
                i -= 1
            if depth and i > 0 and self.owner[i - 1] is not None:
                j = i - 1
            elif self.owner[j - 1] is not None and self.mention(self.owner[j - 1]).kind is MentionKind.DESCRIPTION:  # type: ignore[union-attr]
                j = j - 1
            else:
                return []
        if j < 0 or self.owner[j] is None:
            return []
        out = [self.owner[j]]
        assert out[0] is not None  # noqa: S101
        first = self.state.mentions[out[0]].first_token
        # coordination: "Biden and Xi", "Wang, Blinken and Sullivan"
        i = min(first, j) - 1
        while i >= 1 and self.word(i) in {"and", ","} and self.owner[i - 1] is not None:
            other = self.owner[i - 1]
            assert other is not None  # noqa: S101
            if other in out:
                break
            out.insert(0, other)
            i = self.state.mentions[other].first_token - 1
            if self.owner[i + 1] != other:
                i = self._first_token_of(other) - 1
        return [m for m in out if m is not None]

    def _first_token_of(self, mi: int) -> int:
        for k, o in enumerate(self.owner):
            if o == mi:
                return k
        return self.state.mentions[mi].first_token

    def party_after(self, k: int, *, skip: frozenset[str] = frozenset({"the"})) -> list[int]:
        """Mentions starting at token *k* (after a verb): "said Foreign Minister Qin Gang", "X and Y"."""
        while k < len(self.toks) and self.word(k) in skip and self.owner[k] is None:
            k += 1
        if k >= len(self.toks) or self.owner[k] is None:
            return []
        first = self.owner[k]
        assert first is not None  # noqa: S101
        out = [first]
        j = k
        while j < len(self.toks) and self.owner[j] == first:
            j += 1
        while j + 1 < len(self.toks) and self.word(j) in {"and", ","} and self.owner[j + 1] is not None:
            nxt = self.owner[j + 1]
            assert nxt is not None  # noqa: S101
            if nxt in out:
                break
            out.append(nxt)
            j += 1
            while j < len(self.toks) and self.owner[j] == nxt:
                j += 1
        return out

    def end_of(self, mentions: Sequence[int]) -> int:
        """Token index just after the last of *mentions*."""
        last = -1
        for k, o in enumerate(self.owner):
            if o in mentions:
                last = k
        return last + 1

    def start_of(self, mentions: Sequence[int]) -> int:
        """Token index of the first token of *mentions*."""
        for k, o in enumerate(self.owner):
            if o in mentions:
                return k
        return len(self.toks)


def sentence_mentions(state: ExtractionState) -> list[list[int]]:
    """Mention indices grouped by sentence."""
    out: list[list[int]] = [[] for _ in state.sentences]
    for i, m in enumerate(state.mentions):
        if 0 <= m.sentence < len(out):
            out[m.sentence].append(i)
    return out
