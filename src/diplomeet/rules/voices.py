"""Voices that are not a person's own: documents that speak for themselves ("a joint statement said …",
"according to the final communiqué, …") and the offices of people ("Erdoğan's office said …").

A statement, communiqué or readout issued by one party is that party's voice, and the rules of
:mod:`.statements` give its words to the party ("the ministry said in a statement"). A text that several
parties put out together has no single voice, so the text itself is the source ("joint statement", "final
communiqué"), as is a text known by its own name ("the Panmunjeom Declaration", so annotated in the
development corpus) or by its nation alone ("the Chinese readout"). Such a document becomes a participant of kind
``document``, with a mention for each phrase that attributes words to it.

The document's phrase is a determiner, at most :data:`_MODIFIERS` modifiers and a noun of the
``channel_words`` lexicon of kind ``document``. It speaks for itself when a modifier is in the grammar role
``shared_document`` ("joint", "final"), its noun is capitalised (a name), or a capitalised modifier names
no one who could have issued it (a nation's adjective, a place); a person or organisation among the
modifiers issued it ("the White House readout") and speaks instead. A bare "the statement" is the last
document of the article with the same noun that spoke for itself, if there is one.

A person's office ("Erdoğan's office said") is the organisation that
speaks, as written, not the person: see :func:`office_of`.
"""

from __future__ import annotations

from typing import NamedTuple

from diplomeet.document import POSSESSIVE
from diplomeet.gazetteer import fold
from diplomeet.models import ParticipantKind
from diplomeet.rules.context import SentenceView
from diplomeet.rules.lexical import lexical
from diplomeet.state import Entity, ExtractionState, MentionKind, MentionRecord, StatementDraft

__all__ = ["DocumentPhrase", "document_after", "document_subject", "finish_voices", "office_of"]

_MODIFIERS = 4
"""Most words between a document's determiner and its noun ("the leaders' joint communiqué")."""

_REACH = 12
"""Most tokens from a document's noun to its reporting verb across a participle phrase ("A joint statement
issued at the end of the visit said …")."""

_ARTICLES = frozenset({"a", "an", "the"})

_DOCUMENT = ParticipantKind.DOCUMENT

_ISSUERS = (MentionKind.PERSON, MentionKind.ORGANIZATION, MentionKind.DESCRIPTION, MentionKind.PRONOUN)


class DocumentPhrase(NamedTuple):
    """A document that speaks for itself, written at tokens ``[first, last)`` of its sentence."""

    first: int
    """The token after the determiner: the phrase's name starts here."""
    last: int
    """One past the document noun."""
    entity: int
    """The document's participant (an index into ``state.entities``)."""


class _Documents:
    """The article's speaking documents and offices: one entity per name, and the phrases still to become
    mentions.
    """

    def __init__(self) -> None:
        self.by_name: dict[str, int] = {}
        self.by_noun: dict[str, int] = {}
        self.pending: list[tuple[StatementDraft, int, int, int]] = []
        self.offices: dict[int, tuple[int, int, int]] = {}
        """Office entity, and the clean offsets of its phrase, by the mention of the person it serves."""
        self.office_names: dict[str, int] = {}


def _documents(state: ExtractionState) -> _Documents:
    found: _Documents = state.cached("documents", _Documents)
    return found


def office_of(state: ExtractionState, mi: int) -> int | None:
    """The organisation of the office of the person of mention *mi* when the phrase goes on with one
    ("Erdoğan's office"), created on first use; else ``None``.
    """
    docs = _documents(state)
    found = docs.offices.get(mi)
    if found is not None:
        return found[0]
    m = state.mentions[mi]
    if m.kind not in (MentionKind.PERSON, MentionKind.DESCRIPTION) or m.sentence < 0:
        return None
    toks = state.tokens(m.sentence)
    k = m.last_token
    if k + 1 >= len(toks) or toks[k][2] not in POSSESSIVE:
        return None
    k += 1
    if fold(toks[k][2]) not in lexical(state.resources).words("office_noun"):
        return None
    end = toks[k][1]
    start = toks[m.first_token][0]
    if fold(toks[m.first_token][2]) in _ARTICLES:
        start = toks[m.first_token + 1][0]  # "the Prime Minister's Office": named without its article
    name = state.text[start:end]
    index = docs.office_names.get(fold(name))
    if index is None:
        state.entities.append(Entity(ParticipantKind.ORGANIZATION, name, first=start))
        index = docs.office_names[fold(name)] = len(state.entities) - 1
    docs.offices[mi] = (index, start, end)
    return index


def _entity(state: ExtractionState, name: str, noun: str, start: int) -> int:
    """The document participant called *name* (written first at clean offset *start*), created on first use."""
    docs = _documents(state)
    key = fold(name)
    index = docs.by_name.get(key)
    if index is None:
        state.entities.append(Entity(ParticipantKind.DOCUMENT, name, first=start))
        index = docs.by_name[key] = len(state.entities) - 1
    docs.by_noun[fold(noun)] = index
    return index


def _phrase(view: SentenceView, noun_first: int, noun_last: int) -> tuple[int, bool] | None:
    """The determiner's token of the document phrase whose noun is at tokens ``[noun_first, noun_last)``, and
    whether the document speaks for itself; ``None`` when no determiner opens the phrase within
    :data:`_MODIFIERS` words or a person or organisation in it issued the document.
    """
    toks = view.token_list
    shared = view.lx.words("shared_document")
    # "the Islamabad Declaration"; "a joint statement" (a noun of the lexicon with its modifier)
    speaks = toks[noun_last - 1].text[:1].isupper() or any(view.word(t) in shared for t in range(noun_first, noun_last))
    for t in range(noun_first - 1, max(-1, noun_first - _MODIFIERS - 2), -1):
        word = view.word(t)
        if word in view.lx.words("determiner") and toks[t].text not in POSSESSIVE:
            return t, speaks
        owner = view.mention(view.owner[t])
        if owner is not None and owner.kind in _ISSUERS:
            return None  # "the White House readout", "Xi's statement": the issuer speaks
        text = toks[t].text
        if word in shared or (text[:1].isupper() and t > 0):
            speaks = True  # "a joint statement", "the Chinese readout"
        elif not (text.islower() or text in POSSESSIVE or text[:1].isdigit()):
            return None
    return None


def _issued_by_one(view: SentenceView, a: int, b: int) -> bool:
    """Whether tokens ``[a, b)`` name one party that issued the document ("released by the Department of
    Defence"): that party speaks. A text issued by several ("issued by the Armenian and Azerbaijani foreign
    ministries") or only read out by someone ("read out by Amégan") still speaks for itself.
    """
    issuing = view.lx.words("issuing_participle")
    for k in range(a + 1, b):
        if view.word(k) == "by" and view.word(k - 1) in issuing:
            return len(view.party_after(k + 1, skip=_ARTICLES)) == 1
    return False


def _noun_ending(view: SentenceView, end: int) -> tuple[int, int] | None:
    """The document noun that ends at token *end*, as ``(first, last)``."""
    for m in view.lx.channel_words.find_all(view.toks, max(0, end - 3), end):
        if m.last == end and m.payload == "document":
            return m.first, m.last
    return None


def _resolve(view: SentenceView, noun: tuple[int, int], start: int) -> DocumentPhrase | None:
    """The speaking document of the noun at tokens *noun*, whose phrase must open at token *start* when
    *start* is not negative.
    """
    found = _phrase(view, *noun)
    if found is None or (start >= 0 and found[0] != start):
        return None
    det, speaks = found
    state = view.state
    toks = view.token_list
    noun_text = toks[noun[1] - 1].text
    if not speaks:
        if view.word(det) != "the" or det + 1 != noun[0]:
            return None
        entity = _documents(state).by_noun.get(fold(noun_text))
        if entity is None:
            return None  # "the statement said": whoever it was last reported from (see statements)
        return DocumentPhrase(det + 1, noun[1], entity)
    name = state.text[toks[det + 1].start : toks[noun[1] - 1].end]
    return DocumentPhrase(det + 1, noun[1], _entity(state, name, noun_text, toks[det + 1].start))


def document_subject(view: SentenceView, verb: int) -> DocumentPhrase | None:
    """The speaking document that is the subject of the reporting verb at token *verb*: "The joint
    statement said …", "…, a joint statement said.", "A joint statement issued after the talks said …",
    "The leaders' communiqué, released on Monday, says …".
    """
    toks = view.token_list
    j = verb
    between = view.lx.words("between_subject_verb")
    while j > 0 and view.word(j - 1) in between:
        j -= 1
    if j > 0 and view.word(j - 1) in view.lx.words("conjunction") and toks[0].text != ",":
        # "The declaration condemned the attacks and called for …": the second verb of a document that opens
        # the sentence (its noun, then its first verb, within reach)
        for m in view.lx.channel_words.find_all(view.toks, 0, min(j, _MODIFIERS + 2)):
            if m.payload == "document" and (found := _phrase(view, m.first, m.last)) is not None and found[0] == 0:
                return _resolve(view, (m.first, m.last), 0)
        return None
    noun = _noun_ending(view, j)
    if noun is None:
        # past a participle phrase: "issued at the end of the visit", ", released a few minutes ago,"
        set_off = j > 0 and toks[j - 1].text == ","
        participles = view.lx.words("document_participle")
        for k in range(j - 1 - set_off, max(0, j - _REACH) - 1, -1):
            if toks[k].text == "," or view.quoted[k] is not None:
                if set_off and k > 0 and view.word(k + 1) in participles:
                    noun = _noun_ending(view, k)
                break
            if view.word(k) in participles and not set_off:
                noun = _noun_ending(view, k)
                if noun is not None:
                    break
    if noun is None or _issued_by_one(view, noun[1], j):
        return None
    found = _phrase(view, *noun)
    if found is None or (found[0] > 0 and toks[found[0] - 1].text != "," and view.quoted[found[0] - 1] is None):
        return None  # the phrase opens the sentence or follows a comma or a quotation: it is the clause's subject
    return _resolve(view, noun, found[0])


def document_after(view: SentenceView, k: int) -> DocumentPhrase | None:
    """The speaking document whose phrase opens at token *k* ("according to a joint statement …")."""
    toks = view.token_list
    for m in view.lx.channel_words.find_all(view.toks, k + 1, min(len(toks), k + _MODIFIERS + 2)):
        if m.payload == "document":
            end = next((j for j in range(m.last, min(len(toks), m.last + _REACH)) if toks[j].text == ","), len(toks))
            if _issued_by_one(view, m.last, min(end, m.last + _REACH)):
                return None  # "according to a joint statement released by the ministry": the ministry speaks
            return _resolve(view, (m.first, m.last), k)
    return None


def attach(state: ExtractionState, draft: StatementDraft, view: SentenceView, phrase: DocumentPhrase) -> None:
    """Record that *phrase* attributes *draft*; its mention is made when the statements are done."""
    toks = view.token_list
    _documents(state).pending.append((draft, toks[phrase.first].start, toks[phrase.last - 1].end, view.index))


def finish_voices(state: ExtractionState, drafts: list[StatementDraft]) -> None:
    """Give each phrase of a speaking document or office its mention, once every statement of *drafts* is
    found (appended after the other mentions, so the indexes rules built over those stay valid).
    """
    docs: _Documents | None = state.built("documents")
    if docs is None:
        return
    made: dict[tuple[int, int], int] = {}
    for draft in drafts:
        office = docs.offices.get(draft.speaker_mention) if draft.speaker_mention is not None else None
        if office is not None and office[0] == draft.speaker:
            docs.pending.append((draft, office[1], office[2], state.mentions[draft.speaker_mention].sentence))  # type: ignore[index]
    for draft, start, end, sentence in sorted(docs.pending, key=lambda p: (p[1], p[2])):
        mi = made.get((start, end))
        if mi is None:
            mi = made[start, end] = len(state.mentions)
            kind = MentionKind.DOCUMENT if state.entities[draft.speaker].kind is _DOCUMENT else MentionKind.ORGANIZATION  # type: ignore[index]
            state.mentions.append(MentionRecord(start, end, kind, state.text[start:end], sentence=sentence))
            entity = state.entities[draft.speaker]  # type: ignore[index]
            entity.mentions.append(mi)
            state.mentions[mi].entity = draft.speaker
            entity.first = min(entity.first, start)
        draft.speaker_mention = mi
