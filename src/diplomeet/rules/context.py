"""Per-sentence views shared by the statement, meeting, topic and outcome rules.

A :class:`SentenceView` knows, for each token of one sentence, which mention
covers it, which quotation it sits in, and where the reporting verbs are. The
helpers find the subject of a verb (skipping adverbs, auxiliaries and a
parenthetical appositive) and the party after it, the way news clauses are
built: "Xi, the Chinese leader, also said", "said Foreign Minister Qin Gang",
"according to a statement reported by Xinhua".
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Callable, Sequence
from itertools import groupby

import attrs

from diplomeet.document import POSSESSIVE, Token, Tokens
from diplomeet.gazetteer import Gazetteer, Match, fold
from diplomeet.lexicons import Entry
from diplomeet.resources import Resources
from diplomeet.rules.lexical import Lexical, lexical
from diplomeet.rules.sentences import headline
from diplomeet.state import ExtractionState, MentionKind, MentionRecord

__all__ = ["QUOTE_MARKS", "Lexical", "SentenceView", "Verbs", "sentence_view", "verbs"]

_END = operator.itemgetter(1)
"""A token's end offset (``Token`` is a tuple), read in C."""

_SENTENCE = operator.attrgetter("sentence")
"""A mention's sentence index, read in C."""

QUOTE_MARKS = frozenset({"“", "”", '"', "‘", "’", "'", "«", "»", "„"})

# The kinds read once into module names: a member read from its enum class goes through the enum metaclass's
# attribute hook (Python 3.11), several times slower than a global name, and the rules read them for every mention.
_PRONOUN, _COUNTRY, _DESCRIPTION = MentionKind.PRONOUN, MentionKind.COUNTRY, MentionKind.DESCRIPTION
_COUNTRY_OR_ORGANIZATION = (MentionKind.COUNTRY, MentionKind.ORGANIZATION)


_GAP_REACH = 24
"""Most tokens :meth:`SentenceView.gap` scans for quotation marks; longer gaps count every token."""

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


_LINK_LIST = 8
"""How many headlines up a list of links is followed to its header line ("Related Stories")."""

_MARGIN = 32
"""Tokens past either edge of a sentence that per-token slots answer ``None`` for."""


def _slots(n: int) -> list[int | None]:
    """Per-token slots for *n* tokens that read ``None`` just outside the sentence (no index error, no
    wrap-around).

    Rules look a few tokens left and right of a word; at a sentence edge there is
    nothing. The list holds :data:`_MARGIN` more slots than tokens, always ``None``:
    index ``n + d`` reads one of them, and so does index ``-d`` (from the end), for
    any ``d`` up to the margin. A plain ``list``, not a subclass: the interpreter
    indexes a plain list several times faster (a subclass's index goes through its
    ``__getitem__`` method), and rules read these slots tens of thousands of times an article.
    """
    return [None] * (n + _MARGIN)


_BLANKS = ("",) * _MARGIN
"""The words :attr:`SentenceView.word` reads past either edge of a sentence."""


_COMPANION_WORDS = 5
"""Most words of the unnamed companions after "and" in a subject ("and a group of deputies")."""


_OF_PHRASES = 3
"""Most "of" phrases after a person's name that :meth:`SentenceView._person_of` reads back over."""


class SentenceView:
    """Tokens of one sentence with the mentions, quotations and verbs that cover them.

    Build views with :func:`view` (cached per article), not directly.
    """

    def __init__(self, state: ExtractionState, index: int, mention_ids: Sequence[int]) -> None:
        self.state = state
        self.lx = lexical(state.resources)
        self.index = index
        self.sentence = state.sentences[index]
        self.headline = headline(state.text, self.sentence)
        """Whether the sentence ends as a headline does, without a full stop ("Modi, Xi hold talks")."""
        self.toks: Tokens = state.tokens(index)
        self.token_list: list[Token] = list(self.toks)
        """The same tokens as a plain list, for reading them one by one: the interpreter indexes a plain list
        several times faster than :class:`Tokens` (a subclass of one, indexed through its ``__getitem__``
        method), and rules read the tokens around a word thousands of times an article."""
        self.texts: list[str] = self.toks.texts
        """The text of every token as written, a plain list (cheaper to read one by one than a token's
        attribute)."""
        n = len(self.toks)
        self.word: Callable[[int], str] = [*self.toks.folded[0], *_BLANKS].__getitem__
        """The case-folded text of token *k* (``""`` outside the sentence, up to :data:`_MARGIN` tokens past
        either edge, as the per-token slots read ``None``). Rules ask for the words around a token many
        thousand times an article: a plain list's lookup called from C, with no Python frame."""
        self._ends = list(map(_END, self.toks))
        self.owner: list[int | None] = _slots(n)
        """Mention index covering each token (a person mention covers its title too)."""
        self._subjects: dict[int, list[int]] = {}
        """:meth:`subject_before` by token."""
        self.span_of: dict[int, tuple[int, int]] = {}
        """Token range ``[first, last)`` each party mention covers in this sentence (title included)."""
        owner, span_of, mentions, ends = self.owner, self.span_of, state.mentions, self._ends  # (read once)
        for mi in mention_ids:
            m = mentions[mi]
            if m.kind not in PARTY_KINDS:
                continue
            lo, hi = m.first_token, m.last_token
            if m.title_span is not None:
                lo = min(lo, bisect.bisect_right(ends, m.title_span[0]))  # (token_index, without its frame)
            if lo < 0 or hi > n:  # (rarely: no min and max called for every mention)
                lo, hi = max(0, lo), min(n, hi)
            if lo < hi and owner[lo:hi].count(None) == hi - lo:
                owner[lo:hi] = [mi] * (hi - lo)  # the usual case, no earlier mention over it: in C
                span_of[mi] = (lo, hi)
                continue
            first = None
            for k in range(lo, hi):
                if owner[k] is None:
                    owner[k] = mi
                    first = k if first is None else first
            if first is not None:
                span_of[mi] = (first, hi)
        self.quoted: list[int | None] = _slots(n)
        """Index into ``state.quotes`` of the quotation a token is inside."""
        quoted = self.quoted
        for qi in _quotes_over(state, self.sentence.start, self.sentence.end):
            q = state.quotes[qi]
            # the tokens from the first ending after the opening mark (unless it starts before the mark) up
            # to the last ending by the closing mark: the ends are sorted, so two bisections find them
            k = bisect.bisect_left(ends, q.open + 1)
            if k >= n or self.token_list[k].start < q.open:
                continue
            stop = n if q.close is None else max(k, bisect.bisect_right(ends, q.close + 1))
            if q.depth == 0:
                quoted[k:stop] = [qi] * (stop - k)
                continue
            for j in range(k, stop):
                if quoted[j] is None:
                    quoted[j] = qi
        v = verbs(state.resources)
        if self._link_line() or self._after_link_header():
            self.reporting: list[Match[VerbInfo]] = []
            self.meeting: list[Match[Entry]] = []
            return  # "Read more: Putin hosts Modi for talks": another story's headline
        title_case: list[bool] = []  # (asked only of a capitalised verb: computed then, once)
        self.reporting = [
            m
            for m in v.reporting.find_all(self.toks)
            if self._verb_form_ok(m.first, title_case) and self._outside_quotes(m.first)
        ]
        self.meeting = [m for m in v.meeting.find_all(self.toks) if self._verb_form_ok(m.first, title_case)]

    def _link_line(self) -> bool:
        """A link to another story: link words, then a colon, open the line ("Read more:", "See also:")."""
        links = self.lx.words("link_word")
        if self.word(0) not in links:
            return False  # (most lines: no slice of the tokens to walk)
        for k, tok in enumerate(self.token_list[:4]):
            if tok.text == ":":
                return k > 0
            if self.word(k) not in links:
                return False
        return False

    def _after_link_header(self) -> bool:
        """A headline in a list of links: this line and the lines above it up to a line of link words
        alone ("Related Stories", "Recommended") end without punctuation, as headlines do.
        """
        if not self.headline:
            return False
        state = self.state
        links = self.lx.words("link_word")
        for j in range(self.index - 1, max(-1, self.index - _LINK_LIST), -1):
            sentence = state.sentences[j]
            if not headline(state.text, sentence):
                return False
            words = [tok for tok in state.tokens(j) if tok.text[0].isalnum()]  # (Token.is_word, inline)
            if words and all(fold(tok.text) in links for tok in words):
                return True
        return False

    def _outside_quotes(self, k: int) -> bool:
        """Reporting verbs inside quoted words are part of the quote, except a scare-quoted verb
        right after its subject ("Lavrov “strongly suggested” that ...").
        """
        qi = self.quoted[k]
        if qi is None:
            return True
        q = self.state.quotes[qi]
        if q.words > 3 or (q.close is not None and self.token_list[k].end < q.close - 1):
            return False
        first = self.token_index(q.open)
        return first > 0 and self.owner[first - 1] is not None

    def _title_case(self) -> bool:
        """Three words of four letters or more, all capitalised (a headline)."""
        capitalised = 0
        for tok in self.toks:
            text = tok.text
            if len(text) > 3 and text[0].isalnum():
                if not text[0].isupper():
                    return False
                capitalised += 1
        return capitalised >= 3

    def _verb_form_ok(self, k: int, title_case: list[bool]) -> bool:
        """A lexicon word is a verb or noun here unless it is part of a name ("United States", "Summit Road").

        *title_case* holds whether the sentence is in title case (:meth:`_title_case`) once a capitalised
        word has asked; it starts empty, since most sentences find no capitalised verb and need not know.
        """
        if self.owner[k] is not None:
            return False
        text = self.texts[k]
        if not text[0].isupper() or text.isupper():
            return True
        if not title_case:
            title_case.append(self._title_case())
        if title_case[0]:
            return True
        if self.word(k - 1) in self.lx.words("indefinite") or (
            self.word(k - 2) in self.lx.words("indefinite")
            and self.owner[k - 1] is None
            and self.token_list[k - 1].is_cap
        ):
            return True  # "a State Visit", "an Official Visit": no name after "a"
        return k == 0 or self.texts[k - 1] in {"“", '"', "‘", "'", "(", ":", "—", "«"}

    def token_index(self, offset: int) -> int:
        """Index of the first token ending after clean *offset*."""
        return bisect.bisect_right(self._ends, offset)

    def gap(self, a: int, b: int) -> int:
        """Tokens from *a* up to *b*, quotation marks not counted: a term in quotes ("a “2+2” dialogue") stands
        as near as one without. Gaps longer than ``_GAP_REACH`` tokens are not scanned, so the cost stays
        bounded.
        """
        if b - a > _GAP_REACH:
            return b - a
        marks = sum(1 for k in range(max(a, 0), min(b, len(self.toks))) if self.texts[k] in QUOTE_MARKS)
        return b - a - marks

    def mention(self, mi: int | None) -> MentionRecord | None:
        """The mention record of index *mi*."""
        return None if mi is None else self.state.mentions[mi]

    def subject_before(self, k: int) -> list[int]:
        """Mentions of the subject of a verb starting at token *k*.

        Computed once per token (rules ask again for the same verb); see :meth:`_subject_before`.
        """
        found = self._subjects.get(k)
        if found is None:
            found = self._subjects[k] = self._subject_before(k)
        return list(found)

    def _photo_position(self, j: int) -> int | None:
        """The opening parenthesis of a caption's position marker closed at token *j* ("(L)", "(2nd R)",
        "(left)"), or None.
        """
        positions = self.lx.words("photo_position")
        i = j - 1
        while i >= 0 and i >= j - 3 and self.word(i) in positions:
            i -= 1
        return i if i < j - 1 and i >= 0 and self.texts[i] == "(" else None

    def _acronym(self, j: int) -> int | None:
        """The opening parenthesis of a short form in capitals closed at token *j* ("(MEA)", "(IAEA)") right after
        a name, or None.
        """
        i = j - 1
        if (
            i >= 2
            and self.texts[i - 1] == "("
            and self.token_list[i].is_word
            and self.texts[i].isupper()
            and self.owner[i - 2] is not None
        ):
            return i - 1
        return None

    def _subject_before(self, k: int) -> list[int]:
        """Mentions of the subject of a verb starting at token *k*.

        Handles adverbs and auxiliaries in between ("Xi has repeatedly said"),
        scare quotes ("Lavrov “strongly suggested”"), a parenthetical appositive
        ("Xi, the Chinese leader, said"), a document of a party ("the White House
        readout said", "China's foreign ministry statement said") and
        coordination ("Biden and Xi", "Both Blinken and Qin Gang").
        """
        between = self.lx.words("between_subject_verb")
        j = k - 1
        while j >= 0:
            if self.word(j) in between or self.texts[j] in QUOTE_MARKS:
                j -= 1
            elif self.texts[j] == ")" and (opening := self._photo_position(j)) is not None:
                j = opening - 1  # "Ding Xuexiang (L) shakes hands with …": where he stands in the picture
            elif self.texts[j] == ")" and (opening := self._acronym(j)) is not None:
                j = opening - 1  # "The Ministry of External Affairs (MEA) announced …": the name's short form
            elif self.in_time(j):
                j -= 1  # "Yeltsin on Saturday hosted …"
                while j >= 0 and self.in_time(j):
                    j -= 1
                if self.word(j) in {"on", "in", "at", "last", "this", "early", "late"}:
                    j -= 1
            else:
                break
        j = self._skip_setting(j)
        if j >= 2 and self.word(j) in {"who", "which"} and self.texts[j - 1] == ",":
            j -= 2  # "Blinken, who arrived on Sunday, met ...": the relative clause's antecedent
        appositive = j >= 1 and self.texts[j] == "," and self.owner[j] is None and self._appositive_name(j - 1)
        if appositive:
            # "The Presidential Office head, Andriy Yermak, said": the name in commas is the subject
            j = j - 1
        elif j >= 0 and self.texts[j] == "," and self.owner[j] is None:
            # parenthetical appositive: "Xi, the Chinese leader, said" / "Blinken, who ..., said"
            i = j - 1
            while i >= 0 and i > j - 25 and self.texts[i] != ",":
                i -= 1
            if i > 0 and self.texts[i] == "," and self.owner[i - 1] is not None:
                j = i - 1
            elif (
                j > 0
                and (before := self.mention(self.owner[j - 1])) is not None
                and before.kind is MentionKind.DESCRIPTION
            ):
                j = j - 1
            else:
                return []
        j = self._past_unnamed_companions(j)
        voice = j
        while (
            voice > j - 2
            and voice >= 1
            and self.owner[voice] is None
            and self.word(voice) in self.lx.words("spokes_noun")
        ):
            voice -= 1  # "a Kremlin spokesman", "Xinhua news agency"
        if voice < j and (org := self.mention(self.owner[voice])) is not None and org.kind is MentionKind.ORGANIZATION:
            j = voice  # "a Kremlin spokesman said", "Xinhua news agency reported": the organisation speaks
        elif (
            j >= 2
            and (self.owner[j] is None or self._lone_office(j))
            and self.word(j) in self.lx.words("spokes_noun")
            and self.texts[j - 1] in POSSESSIVE
            and (owner := self.mention(self.owner[j - 2])) is not None
            and owner.kind in (MentionKind.PERSON, MentionKind.ORGANIZATION, MentionKind.DESCRIPTION)
        ):
            # "Erdoğan's office said", "Putin's spokesman said", "the Prime Minister's Office said": the voice of
            # the person it serves (statements makes an office its own organisation)
            j -= 2
        elif j >= 1 and self.owner[j] is None and self._channel_noun(j):
            # "the White House readout said", "the Kremlin's statement said"
            h = j - 1
            while h >= 0 and self.owner[h] is None and self.texts[h] in {"’s", "'s", "’", "'"}:
                h -= 1
            if h >= 0 and self.owner[h] is not None:
                j = h
        if j < 0 or self.owner[j] is None:
            return []
        first = self._first_token_of(self.owner[j])  # type: ignore[arg-type]
        if (
            first >= 2
            and self.word(first - 1) in {"in", "to"}
            and (org := self.mention(self.owner[first - 2])) is not None
            and org.kind is MentionKind.ORGANIZATION
            and (seat := self.mention(self.owner[j])) is not None
            and seat.kind in (MentionKind.COUNTRY, MentionKind.ORGANIZATION)
        ):
            j = first - 2  # "the Chinese embassy in Washington said": the embassy, not its host
        elif (person := self._person_of(j)) is not None:
            j = person  # "Foreign Minister Aigerim Sadykova of Kazakhstan said": the minister, not her country
        out = [self.owner[j]]
        i = self._before_description(self._first_token_of(out[0]) - 1)  # type: ignore[arg-type]
        if appositive and i >= 1 and self.texts[i] == ",":
            # "Park and her Japanese counterpart, Takeshi Oshima, met": the description the name renames
            described = self.mention(self.owner[i - 1])
            if described is not None and described.kind is MentionKind.DESCRIPTION:
                i = self._first_token_of(self.owner[i - 1]) - 1  # type: ignore[arg-type]
        # coordination: "Biden and Xi", "Wang, Blinken and Sullivan"
        # a list needs its "and": "Wang, Blinken and Sullivan" but not "in Tokyo, President Yoon"
        while i >= 1 and (
            (
                self.word(i) in ({"and", "or"} if len(out) == 1 else {"and", "or", ","})
                # names in apposition end at their opening comma ("The ministers, A and B, met")
                and not (appositive and self.word(i) == "," and not self._person_at(i - 1))
            )
            or (self.word(i) == "the" and self.word(i - 1) in {"and", "or"})
            or (self.headline and self.word(i) == "," and self._opens_sentence(i - 1))
        ):
            if self.word(i) == "the":
                i -= 1  # "Vietnam and the United States"
            prev = i - 1
            if self.word(i) in {"and", "or"} and self.texts[prev] == "," and prev >= 1:
                # the serial comma ("Raimondo, and Kerry"), or the comma closing an appositive ("Rao, India's
                # foreign minister, and Fawzi"): the name before it
                prev = prev - 1 if self._person_at(prev - 1) else self._before_appositive(prev)
            other = self.owner[prev]
            if other is None or other in out:
                break
            if self.word(i) == "," and self._object_of_preposition(self._first_token_of(other)):
                break  # "According to the Kremlin, Putin and Xi discussed …": the source opens the clause
            if (person := self._person_of(prev)) is not None:
                # "Chancellor Markus Feldhaus of Germany and Premier Zhao Lianfeng of China met": the person
                other = self.owner[person]
            if other is None or other in out:
                break
            out.insert(0, other)
            i = self._before_description(self._first_token_of(other) - 1)
        return [m for m in out if m is not None]

    def _person_of(self, j: int) -> int | None:
        """The last token of the person whose "of" phrases end with the country or body at token *j* ("Premier
        Zhao Lianfeng of China", "Chairman Kim Jong Un of the State Affairs Commission of the Democratic
        People's Republic of Korea"), at most :data:`_OF_PHRASES` of them; else None.
        """
        for _ in range(_OF_PHRASES):
            if not (self._is_country(j) or self._is_organization(j)):
                return None
            k = self._first_token_of(self.owner[j])  # type: ignore[arg-type]
            k -= 1 if self.word(k - 1) == "the" else 0
            if k < 2 or self.word(k - 1) != "of" or self.owner[k - 2] is None:
                return None
            j = k - 2
            if self._person_at(j):
                return j
        return None

    def _object_of_preposition(self, first: int) -> bool:
        """Whether the mention starting at token *first* is the object of a preposition other than "of"
        ("according to the Kremlin", "in Tokyo"), which no list of subjects opens.
        """
        h = first - 1
        if self.word(h) in self.lx.words("definite"):
            h -= 1
        return h >= 0 and self.word(h) != "of" and self.word(h) in self.lx.words("preposition")

    def _before_appositive(self, comma: int) -> int:
        """The last token of the person whose appositive the comma at token *comma* closes ("Arvind Rao, the
        foreign minister of India, and …"); *comma* - 1 when the words before it are no appositive.
        """
        i = comma - 1
        while i > 0 and i > comma - _APPOSITIVE_WORDS and self.texts[i] != ",":
            if self.word(i) in {"and", "or"} or self.word(i) in self.lx.verb_words:
                return comma - 1  # "Xi, who met Biden, and Li": a clause, not an appositive
            i -= 1
        if not (i > 0 and self.texts[i] == "," and self._person_at(i - 1)):
            return comma - 1
        opening = i + 1  # a description opens it: "the …", "a …", "India's …", "64"
        described = (
            self.owner[opening] is not None
            or self.word(opening) in self.lx.words("determiner")
            or self.texts[opening].isdigit()
            or (opening + 1 < comma and self.texts[opening + 1] in POSSESSIVE)
        )
        return i - 1 if described else comma - 1

    def _opens_sentence(self, j: int) -> bool:
        """Whether a party mention ending at token *j* is the first words of the sentence: a headline joins
        its subjects with a comma ("Modi, Xi hold talks", "US, China to resume trade talks").
        """
        mi = self.owner[j]
        return mi is not None and self._first_token_of(mi) == 0

    def _before_description(self, i: int) -> int:
        """Step left over the possessive opening a name's description ("and his Chinese counterpart
        Wang Yi"): the pronoun is the description's, not a party joined to the name.
        """
        if i >= 1 and self.possessive_at(i) and self.owner[i + 1] is not None:
            m = self.mention(self.owner[i + 1])
            if m is not None and m.kind is MentionKind.PERSON and m.title is not None:
                return i - 1
        if i >= 1 and self.texts[i] in POSSESSIVE and self._is_country(i - 1) and self._person_at(i + 1):
            return self._first_token_of(self.owner[i - 1]) - 1  # type: ignore[arg-type]  # "and Congo's Tshisekedi"
        if i >= 2 and self.owner[i] is None and self.word(i) in self.lx.words("relational_title"):
            # "her French and German counterparts Luc Arnaud and Jonas Kessler": the nationalities of a
            # relation, back to its possessive
            h = i - 1
            while h > i - _RELATION_REACH and h >= 1 and self.owner[h] is None:
                text = self.texts[h]
                if not (text[:1].isupper() or text == "and"):
                    return i
                h -= 1
            if h < i - 1 and self.possessive_at(h):
                return h - 1
        return i

    def _past_unnamed_companions(self, j: int) -> int:
        """The person before "and" and the unnamed people a determiner opens after it, the noun phrase ending
        at token *j* ("Laurent Fabius and a group of deputies held talks", "Blinken and his aides"); else *j*.
        """
        if j < 3 or self.owner[j] is not None or not self.texts[j].islower():
            return j
        i = j
        while i > j - _COMPANION_WORDS and i >= 1 and self.owner[i] is None and self.texts[i].isalpha():
            if self.word(i) == "and":
                break
            i -= 1
        if self.word(i) != "and" or self.word(i + 1) not in self.lx.words("determiner") or not self._person_at(i - 1):
            return j
        return i - 1

    def _person_at(self, j: int) -> bool:
        m = self.mention(self.owner[j]) if 0 <= j < len(self.toks) else None
        return m is not None and m.kind is MentionKind.PERSON

    def _skip_setting(self, j: int) -> int:
        """Step left from token *j* over a short phrase of setting after a subject ("Putin at a
        press conference described …", "Wang during the talks said"): lower-case words only.
        """
        settings = self.lx.words("setting_preposition")
        i = j
        while i >= 1 and i > j - 6 and self.owner[i] is None and self.word(i) not in settings:
            text = self.texts[i]
            if not (text.isalpha() and text.islower()):
                return j
            i -= 1
        if i < j and self.word(i) in settings and self.owner[i] is None and self.owner[i - 1] is not None:
            return i - 1
        return j

    def _appositive_name(self, j: int) -> bool:
        """True when token *j* ends a person's name set off by commas: ", Andriy Yermak,", or names joined
        by "and" (", Kostas Mavridis and Ahmet Yildirimer,").
        """
        mi = self.owner[j]
        if mi is None or self.state.mentions[mi].kind is not MentionKind.PERSON:
            return False
        first = self._first_token_of(mi)
        joiners = {"and"}  # a list of names ends "… and Z": commas join only the names before
        while first > 1 and self.word(first - 1) in joiners and self._person_at(first - 2):
            first = self._first_token_of(self.owner[first - 2])  # type: ignore[arg-type]
            joiners = {"and", ","}
        return first > 0 and self.texts[first - 1] == ","

    def _channel_noun(self, j: int) -> bool:
        """True when token *j* ends a document noun ("readout", "statement", "press release")."""
        return any(m.last == j + 1 for m in self.lx.channel_words.find_all(self.toks, max(0, j - 2), j + 1))

    def _first_token_of(self, mi: int) -> int:
        span = self.span_of.get(mi)
        return span[0] if span is not None else self.state.mentions[mi].first_token

    def _past_description_tail(self, j: int) -> int:
        """Past the country of a description ("the President of the United States of America"): the
        token after it when a comma follows, so that the name after the comma reads as the
        description's apposition; *j* otherwise.
        """
        n = len(self.toks)
        k = j
        if k + 1 < n and self.word(k) == "of" and self.word(k + 1) == "the" and self.owner[k + 1] is None:
            k += 1
        if k + 1 < n and self.word(k) in {"of", "the"} and self.owner[k + 1] is not None and self._is_country(k + 1):
            k = self._skip_owner(k + 1)
            if k < n and self.texts[k] == ",":
                return k
        elif k + 1 < n and self.word(k) in {"of", "the"} and self._is_organization(k + 1):
            # "the President of the ECOWAS Commission, Dr Omar Alieu Touray": an organisation's office
            for _ in range(_ORG_WORDS):
                k = self._skip_owner(k + 1) - 1
                if not self._is_organization(k + 1):
                    break
            k += 1
            if k < n and self.texts[k] == ",":
                return k
        return j

    def _past_honorifics(self, k: int) -> int:
        """Past honorifics that stand outside a name at token *k* ("H.E. Mr. Donald J. Trump")."""
        n = len(self.toks)
        while k < n - 1 and self.owner[k] is None and (found := self.lx.honorifics.match_at(self.toks, k)):
            k = max(k + 1, *(m.last for m in found))  # "Dr." is two tokens
        return min(k, n - 1)

    def party_after(self, k: int, *, skip: frozenset[str] = frozenset({"the"})) -> list[int]:
        """Mentions starting at token *k* (after a verb): "said Foreign Minister Qin Gang", "X and Y".

        A long title whose country or organisation comes first leads to the person it
        names ("PRC Director of the … Commission and Foreign Minister Wang Yi"); a
        description followed by the name in apposition gives the name ("his Chinese
        counterpart, Wang Yi").
        """
        n = len(self.toks)
        while k < n and self.word(k) in skip and self.owner[k] is None:
            k += 1
        if k + 1 < n and self.owner[k] is None and self.word(k).partition("-")[0] in self.lx.words("former_prefix"):
            k += 1  # "met then-General Secretary Nguyen Phu Trong": the word the prefix holds is the title's
        if k < n and self.owner[k] is None:
            k = self._past_honorifics(k)  # "received Dr. Nkurunziza, Burundi's minister, …": the honorific
        if self.word(k) in self.lx.words("collective") and self.word(k + 1) == "of":
            # "met a group of Chinese officials", "a delegation of US lawmakers", "a delegation of the Front"
            if self.owner[k + 2] is not None:
                k += 2
            elif self.word(k + 2) == "the" and self.owner[k + 3] is not None:
                k += 3
        for _ in range(2):
            # "Soviet leader Mikhail Gorbachev", "U S President Donald Trump": words the lexicons do not know
            if k + 1 < n and self.owner[k] is None and self.texts[k][:1].isupper():
                if self.owner[k + 1] is not None:
                    k += 1
                    break
                if k + 2 < n and self.texts[k + 1][:1].isupper() and self.owner[k + 2] is not None:
                    k += 2
                    break
            break
        if self.owner[k] is None:
            k = self._past_title_of(k)  # "Prime Minister of the Solomon Islands Jeremiah Manele"
        if self.possessive_at(k) and self.owner[k + 1] is not None and self.owner[k + 1] != self.owner[k]:
            k += 1  # "with her Australian counterpart Penny Wong": the possessive belongs to the title
        if k >= n or self.owner[k] is None:
            return []
        k = self._past_country_possessive(k)
        first = self.owner[k]
        assert first is not None  # noqa: S101
        first = self._through_title(k, first)
        out = [first]
        j = k
        while j < n and self.owner[j] != first:
            j += 1
        while j < n and self.owner[j] == first:
            j += 1
        if self.state.mentions[first].kind is _DESCRIPTION:
            j = self._past_description_tail(j)
            if (
                j + 1 < n
                and self.word(j) == "and"
                and (second := self.lx.titles.match_at(self.toks, j + 1))
                and second[0].last < n
                and self.texts[second[0].last] == ","
            ):
                j = second[0].last  # "Qatar's prime minister and foreign minister, Sheikh Abdulaziz": two offices
        if self.state.mentions[first].kind is _DESCRIPTION and (named := self._apposed_person(j)) is not None:
            first = named
            out = [first]
            j += 1
            while j < n and self.owner[j] == first:
                j += 1
            if j + 2 < n and self.word(j) == "," and self.word(j + 1) in {"and", "or"}:
                j += 1  # "Iraq's prime minister, Adnan al-Zubaidi, and the Emir": the comma closes the name
        n = len(self.toks)
        while True:
            if j + 2 < n and self.word(j) == "of" and self.owner[j + 1] is not None and self._is_country(j + 1):
                j = self._skip_owner(j + 1)  # "King Abdullah II of Jordan, and ..."
            if j + 2 < n and self.word(j) == "," and self.word(j + 1) in {"and", "or"} and len(out) > 1:
                j += 1  # the serial comma of "X, Y, and Z"
            if j + 2 < n and self.word(j) in {"and", ","} and self.possessive_at(j + 1):
                j += 1  # "Macron and his wife Brigitte": the possessive is not a party of its own
                self_owner = self.owner[j]
                while j < n and self.owner[j] == self_owner:
                    j += 1
                if j < n and self.owner[j] is not None:
                    nxt = self.owner[j]
                    assert nxt is not None  # noqa: S101
                    if nxt not in out:
                        out.append(nxt)
                    j = self._skip_owner(j)
                    continue
                break
            if not (j + 1 < n and self.word(j) in {"and", "or", ","}):
                break
            start = self._past_unknown_words(j + 1)  # "… and Pacific Minister Jodie Harcourt"
            start = self._past_country_possessive(start) if start < n else start
            nxt = self.owner[start]
            if nxt is None or nxt in out:
                break
            end = self._skip_owner(start)
            if (
                self.state.mentions[nxt].kind is _DESCRIPTION
                and (named := self._apposed_person(end)) is not None
                and named not in out
            ):
                # "Fraser and his Papua New Guinean counterpart, Billy Kaupa,": the name in apposition
                nxt, end = named, self._skip_owner(self._past_honorifics(end + 1))
            if end + 1 < n and self.word(end) == "of" and self._is_country(end + 1):
                end = self._skip_owner(end + 1)
            # a comma continues a list only when the list goes on: "X, Y and Z", not "X, Xi said"
            if self.word(j) == "," and not (end < n and self.word(end) in {"and", "or", ","}):
                break
            out.append(nxt)
            j = end
        return out

    def _apposed_person(self, comma: int) -> int | None:
        """The person named right after the comma at token *comma* (past honorifics), set in apposition to the
        description before it ("his Chinese counterpart, Wang Yi"), else ``None``.
        """
        if comma + 1 >= len(self.toks) or self.texts[comma] != ",":
            return None
        named = self.owner[self._past_honorifics(comma + 1)]
        return named if named is not None and self.state.mentions[named].kind is MentionKind.PERSON else None

    def _past_unknown_words(self, k: int) -> int:
        """From token *k*, past one or two capitalised words the lexicons do not know right before a
        mention ("Pacific Minister Jodie Harcourt", "Soviet leader Mikhail Gorbachev"); *k* otherwise.
        """
        for width in (1, 2):
            j = k + width
            if j >= len(self.toks) or self.owner[k] is not None:
                return k
            if not all(
                self.token_list[t].is_cap and self.token_list[t].is_word and self.owner[t] is None for t in range(k, j)
            ):
                return k
            if self.owner[j] is not None:
                return j
        return k

    def _past_title_of(self, k: int) -> int:
        """From a title at token *k* followed by "of" and a country or organisation, the person it leads to
        ("visiting Prime Minister of the Solomon Islands Jeremiah Manele", "Vice Chairman of the Central
        Military Commission Zhang Youxia"); *k* when there is none.
        """
        j = k
        while j < k + 2 and self.word(j) in self.lx.title_modifiers:
            j += 1  # "visiting", "former"
        if j >= len(self.toks):
            return k
        found = self.lx.titles.match_at(self.toks, j)
        if found and self._person_at(found[0].last):
            return found[0].last  # "Deputy Secretary of Defence Hugh McAllister": a title the name did not take
        if not found or self.word(found[0].last) != "of":
            return k
        j = found[0].last + 1
        if self.word(j) == "the":
            j += 1
        if self.owner[j] is None:
            # "Deputy Secretary of Defence Hugh McAllister", "Minister of Foreign Affairs Wang Yi": a portfolio
            # of one or two capitalised words the lexicons do not know, then the person
            after = self._past_unknown_words(j)
            return after if after > j and self._person_at(after) else k
        if self.mention(self.owner[j]).kind not in (  # type: ignore[union-attr]
            MentionKind.COUNTRY,
            MentionKind.ORGANIZATION,
        ):
            return k
        j = self._skip_owner(j)
        return j if self._person_at(j) else k

    def judgement(self, k: int) -> tuple[int, int] | None:
        """The object and the complement of a verb of judgement at token *k*, as token indices:
        "called Biden a constructive partner", "branded the vote a sham", "called it a turning point".

        ``None`` when no object and complement opened by "a" follow, or when the words after "a" are a
        time ("called Xi a day after the summit", "called Putin a second time"): a call, not a judgement.
        """
        lx, toks = self.lx, self.token_list
        if self.word(k) not in lx.words("judging_verb") or self.quoted[k] is not None or self.owner[k] is not None:
            return None
        obj = k + 1
        indefinite = lx.words("indefinite")
        if self.owner[obj] is not None:
            j = self._skip_owner(obj)
        elif self.word(obj) in lx.words("object_pronoun"):
            j = obj + 1
        elif self.word(obj) in lx.words("determiner"):
            j = obj + 1
            while j < len(toks) and j < obj + 5 and toks[j].text.isalpha() and toks[j].text.islower():
                if self.word(j) in indefinite:
                    break
                j += 1
        else:
            return None
        if j + 2 < len(toks) and toks[j].text in QUOTE_MARKS and self.word(j + 1) in indefinite:
            j += 1  # "called it “a good meeting”": the complement quoted
        if self.word(j) not in indefinite or j + 1 >= len(toks):
            return self._bare_complement(obj)
        if any(self.in_time(t) or self.word(t) in lx.words("occasion_noun") for t in range(j, j + 3)):
            return None
        offset = toks[j].start
        if any(d.start <= offset < d.end for d in self.state.durations):
            return None  # "called Xi a day after the summit": a length of time
        return obj, j + 1

    def _bare_complement(self, obj: int) -> tuple[int, int] | None:
        """The object at token *obj* and a complement with no article that ends the clause: "called the idea
        absurd", "called the situation in Ukraine very worrying". The object opens with a determiner and
        runs over lower-case words, "of"/"in" and names; the complement is the one lower-case word (after an
        intensifier) before the clause ends. ``None`` otherwise ("called the president on Monday").
        """
        lx, toks, n = self.lx, self.token_list, len(self.toks)
        if (
            self.word(obj) not in lx.words("determiner")
            or self.word(obj) in lx.words("indefinite")  # "what he calls a peace mission": the complement itself
            or self.owner[obj] is not None
        ):
            return None
        end = next((t for t in range(obj + 1, min(n, obj + _COMPLEMENT_REACH)) if not toks[t].is_word), None)
        if end is None or toks[end].text not in {".", ",", ";", "!"} or end < obj + 3:
            return None
        last = end - 1
        complement = last - 1 if self.word(last - 1) in lx.words("intensifier") else last
        word = self.word(last)
        if (
            not toks[last].text.islower()
            or word in lx.function_words
            or word in lx.verb_words
            or word.endswith("ly")
            or self.in_time(last)
            or self.owner[last] is not None
            or self.quoted[last] is not None
        ):
            return None
        if self.word(complement - 1) in lx.words("determiner") | lx.words("preposition"):
            return None  # "called the families of the victims": the object's own noun ends the clause
        verbs = lx.verb_words
        if any(self.word(t) in verbs or self.in_time(t) for t in range(obj + 1, complement)):
            return None  # "called the talks held on Monday useful": a clause, not one object
        return obj, complement

    def speech(self, k: int) -> int | None:
        """The quotation token *k* stands in when it is someone's words; None outside one and in scare quotes too
        short for a statement ('had an “excellent meeting” with Biden', 'Lavrov “strongly suggested” that …':
        the writer's sentence goes on).
        """
        qi = self.quoted[k]
        return qi if qi is not None and self.state.quotes[qi].words >= self.state.options.min_quote_words else None

    def in_time(self, j: int) -> bool:
        """True when token *j* is part of a time expression ("on Saturday", "last week")."""
        state = self.state
        starts: list[int] | None = state.built("context.time_starts")
        if starts is None:  # (no closure made when it is built already)
            starts = state.cached("context.time_starts", lambda: [t.start for t in state.times])
        if not 0 <= j < len(self.toks):
            return False
        offset = self.token_list[j].start
        i = bisect.bisect_right(starts, offset) - 1
        return i >= 0 and state.times[i].start <= offset < state.times[i].end

    def _past_country_possessive(self, k: int) -> int:
        """The person after a country's possessive at token *k* ("and Poland's Tomasz Wierzbicki": the person,
        not Poland), else *k*.
        """
        mi = self.owner[k]
        if mi is None or self.state.mentions[mi].kind is not _COUNTRY:
            return k
        end = self._skip_owner(k)
        if end + 1 < len(self.toks) and self.texts[end] in POSSESSIVE:
            person = self.owner[end + 1]
            if person is not None and self.state.mentions[person].kind is MentionKind.PERSON:
                return end + 1
        return k

    def _skip_owner(self, j: int) -> int:
        """Index just after the mention covering token *j*."""
        mi = self.owner[j]
        while j < len(self.toks) and self.owner[j] == mi:
            j += 1
        return j

    def _is_organization(self, j: int) -> bool:
        mi = self.owner[j] if j < len(self.toks) else None
        return mi is not None and self.state.mentions[mi].kind is MentionKind.ORGANIZATION

    def _is_country(self, j: int) -> bool:
        mi = self.owner[j]
        return mi is not None and self.state.mentions[mi].kind is MentionKind.COUNTRY

    def ed_form(self, k: int) -> bool:
        """Whether token *k* has the shape of a past-tense verb: a lower-case word in "-ed" that no mention owns."""
        text = self.texts[k]
        return text.islower() and text.endswith("ed") and self.owner[k] is None

    def possessive_at(self, j: int) -> bool:
        """Whether token *j* is a possessive pronoun of a party ("his", "their")."""
        mi = self.owner[j]
        if mi is None:
            return False
        m = self.state.mentions[mi]
        return m.kind is _PRONOUN and m.key is not None and "possessive" in m.key

    def _through_title(self, k: int, mi: int) -> int:
        """From a country or organisation at token *k*, the person a long title chain leads to."""
        if self.state.mentions[mi].kind not in _COUNTRY_OR_ORGANIZATION:
            return mi
        for j in range(k + 1, min(len(self.toks), k + 14)):
            other = self.owner[j]
            if other is not None and other != mi:
                if self.state.mentions[other].kind is MentionKind.PERSON:
                    return other
                if self.state.mentions[other].kind not in (MentionKind.COUNTRY, MentionKind.ORGANIZATION):
                    return mi
                continue
            tok = self.token_list[j]
            if other is None and not (
                tok.text[:1].isupper() or self.word(j) in {"of", "the", "and", "for"} or tok.text in POSSESSIVE
            ):
                return mi  # "Zimbabwe's Emmerson Mnangagwa" leads to the person as a title does
        return mi

    def main_subject(self, before: int | None = None) -> list[int]:
        """The subject of the sentence's main clause: the party that opens it.

        Leading conjunctions and adverbials are skipped ("And, on Wednesday, he ...",
        "In addition, Xi ...", "But Xi ..."); the subject must open the clause and
        come before token *before*.
        """
        toks = self.token_list
        n = len(toks) if before is None else min(before, len(toks))
        openers = self.lx.words("clause_opener")
        conjunctions = self.lx.words("conjunction")
        i = _past_enumerator(toks)
        for _ in range(4):
            while (
                i < n
                and self.owner[i] is None
                and (
                    self.word(i) in conjunctions or toks[i].text == "," or self.word(i) in {"both", "either", "neither"}
                )
            ):
                i += 1  # "But …", "Both Blinken and Qin Gang described …"
            if i < n and (self.quoted[i] is not None or toks[i].text in QUOTE_MARKS):
                # "“We are ready,” Wang said after meeting Blinken": the clause after the quotation
                while i < n and (self.quoted[i] is not None or toks[i].text in QUOTE_MARKS):
                    i += 1
                continue
            if i < n and self.owner[i] is None and self.word(i) in openers:
                # a leading adverbial runs to its comma ("In what's believed to be a first, Kim ...")
                for k in range(i + 1, min(n, i + 16)):
                    if toks[k].text == ",":
                        i = k + 1
                        break
                else:
                    k = i + 1
                    while k < n and k <= i + _TIME_OPENER and self.in_time(k):
                        k += 1
                    if k == i + 1 or k >= n or self.owner[k] is None:
                        return []
                    i = k  # "On Wednesday she was in Doha for talks": a time opener needs no comma
                continue
            break
        if i + 1 < n and self.owner[i] is None and self.word(i) == "the" and self.owner[i + 1] is not None:
            i += 1  # "The Kremlin confirmed … and said"
        if i >= n or self.owner[i] is None or self.quoted[i] is not None:
            return []
        return self.party_after(i)

    def _lone_office(self, j: int) -> bool:
        """Whether token *j* is an office noun that is a mention of its own ("Office" in "the Prime Minister's
        Office"), a generic organisation the possessive before it owns.
        """
        m = self.mention(self.owner[j])
        return (
            m is not None
            and m.kind is MentionKind.ORGANIZATION
            and m.first_token == j
            and m.last_token == j + 1
            and self.word(j) in self.lx.words("office_noun")
        )

    def end_of(self, mentions: Sequence[int]) -> int:
        """Token index just after the last of *mentions* (0 when none covers a token here)."""
        end = 0  # (every span ends past token 0: no list of the ends and no max over it, one lookup each)
        for mi in mentions:
            span = self.span_of.get(mi)
            if span is not None and span[1] > end:
                end = span[1]
        return end

    def start_of(self, mentions: Sequence[int]) -> int:
        """Token index of the first token of *mentions* (the sentence's length when none covers a token here)."""
        start = len(self.toks)  # (every span starts before the end)
        for mi in mentions:
            span = self.span_of.get(mi)
            if span is not None and span[0] < start:
                start = span[0]
        return start


_COMPLEMENT_REACH = 12
"""Most tokens of an object and a bare complement after a verb of judgement ("called the idea … absurd")."""

_APPOSITIVE_WORDS = 12
"""Most tokens of an appositive between a name and the comma before "and" ("Rao, the foreign minister of India,")."""

_TIME_OPENER = 6
"""Most tokens of the time in an opener without a comma ("On Wednesday she …", "Early on Monday morning he …")."""

_ORG_WORDS = 3
"""Most organisation mentions in a row after an office's "of" ("the President of the ECOWAS Commission")."""

_RELATION_REACH = 6
"""Tokens from a relation noun back to its possessive ("her French and German counterparts")."""

_BULLETS = frozenset("•·▪‣◦*-–—►")
"""Characters that open an item of a list written as separate lines."""


def _past_enumerator(toks: Sequence[Token]) -> int:
    """The first token past the number or bullet opening a readout's numbered item ("(1) Minister X
    stated that …", "2) …", "(b) …", "• …"); 0 when the sentence opens with none.
    """

    def label(k: int) -> bool:
        text = toks[k].text if k < len(toks) else ""
        return (text.isdigit() and len(text) <= 2) or (len(text) <= 4 and text.isalpha() and text.islower())

    if toks and toks[0].text in _BULLETS:
        return 1
    if len(toks) > 3 and toks[0].text == "(" and label(1) and toks[2].text == ")":
        return 3
    if len(toks) > 2 and toks[1].text == ")" and label(0):
        return 2
    return 0


def _quote_index(state: ExtractionState) -> tuple[list[int], list[int]]:
    """Quotation starts (sorted, as ``state.quotes`` is) and the running maximum of their ends."""
    starts: list[int] = []
    reach: list[int] = []
    far = -1
    for q in state.quotes:
        starts.append(q.open)
        far = max(far, (q.close + 1) if q.close is not None else q.end)
        reach.append(far)
    return starts, reach


def _quotes_over(state: ExtractionState, start: int, end: int) -> list[int]:
    """Indices of the quotations that overlap ``[start, end)``, without scanning them all."""
    index: tuple[list[int], list[int]] | None = state.built("context.quote_index")
    if index is None:  # (no closure made when it is built already)
        index = state.cached("context.quote_index", lambda: _quote_index(state))
    starts, reach = index
    out: list[int] = []
    i = bisect.bisect_left(starts, end) - 1
    while i >= 0 and reach[i] > start:
        q = state.quotes[i]
        if q.open < end and ((q.close + 1) if q.close is not None else q.end) > start:
            out.append(i)
        i -= 1
    return out[::-1]


_VIEW_CACHE = 4096
"""Sentence views kept per article: every rule can ask again, memory stays bounded on huge input."""


def sentence_view(state: ExtractionState, index: int) -> SentenceView:
    """The :class:`SentenceView` of sentence *index*, built once per article (bounded cache).

    Past :data:`_VIEW_CACHE` views the oldest built is dropped (first in, first out: a hit costs one
    dictionary lookup, with no reordering; only an article of more sentences than that ever drops one).
    """
    # the cache looked up in C first (state.built), state.cached only to make it: rules ask for views
    # thousands of times an article
    cache: dict[int, SentenceView] | None = state.built("context.views")
    if cache is None:
        cache = state.cached("context.views", dict)
    found = cache.get(index)
    if found is not None:
        return found
    by_sentence = state.cached("context.by_sentence", lambda: sentence_mentions(state))
    built = SentenceView(state, index, by_sentence[index])
    cache[index] = built
    if len(cache) > _VIEW_CACHE:
        del cache[next(iter(cache))]
    return built


def sentence_mentions(state: ExtractionState) -> list[list[int]]:
    """Mention indices grouped by sentence."""
    out: list[list[int]] = [[] for _ in state.sentences]
    # the mentions sorted by sentence (a stable sort, in C: in the order of the mentions within one) and
    # grouped: a Python step per sentence, not per mention
    sentence_of = list(map(_SENTENCE, state.mentions))
    for si, group in groupby(sorted(range(len(sentence_of)), key=sentence_of.__getitem__), sentence_of.__getitem__):
        if 0 <= si < len(out):
            out[si] = list(group)
    return out
