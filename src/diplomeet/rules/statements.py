"""Rule ``statements``: quotations and reported speech, with speakers and channels.

Direct statements are quotations of at least ``Options.min_quote_words`` words.
Their speaker is found, in order of preference:

1. after the closing mark: ``“…,” Xi said`` / ``“…,” said Qin Gang`` / ``“…,” he told reporters``;
2. before the opening mark: ``Xi said: “…”``, ``Xi said China “hopes for …”``, ``X: “…”``,
   ``according to X, “…”``;
3. for a quotation that makes up its own paragraph: the speaker of the quotation
   just before it (news continues a speaker's words that way), or the speaker
   introduced by a colon at the end of the previous sentence.

Otherwise the speaker is left ``None``: no guess. Indirect statements come from
reporting verbs (``reporting_verbs`` lexicon) with a subject and reported content
(``Wang said the reason is …``, ``according to X, …``, ``…, X said.``).

When the sentence also names an outlet or document ("according to a statement
reported by Xinhua", "the State Department said", "in a statement"), that is the
statement's ``channel``, and a person named as the speaker stays the speaker.
A document several parties put out together, or one known by its own name or its
nation only, speaks for itself ("a joint statement said …"; see :mod:`.voices`).
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Iterator, Sequence

from diplomeet.document import POSSESSIVE, where
from diplomeet.gazetteer import Match, fold
from diplomeet.models import ParticipantKind, StatementKind
from diplomeet.patterns import compile_pattern
from diplomeet.quotes import Quotation
from diplomeet.resources import Resources
from diplomeet.rules.context import SentenceView, VerbInfo, sentence_view
from diplomeet.rules.lexical import lexical
from diplomeet.rules.mentions import UNNAMED
from diplomeet.rules.people import entity_genders
from diplomeet.rules.voices import (
    DocumentPhrase,
    attach,
    document_after,
    document_subject,
    finish_voices,
    office_of,
)
from diplomeet.state import Entity, ExtractionState, MentionKind, MentionRecord, StatementDraft

__all__ = ["statements"]

_CONTENT_STOPS = (", according to", " according to ", ", the ", " in a statement", " in an interview")


_ARTICLES = frozenset({"a", "an", "the"})

# The kinds read once into module names: a member read from its enum class goes through the enum metaclass's
# attribute hook (Python 3.11), several times slower than a global name, and the rules read them for every mention.
_PRONOUN, _ORGANIZATION = MentionKind.PRONOUN, MentionKind.ORGANIZATION
_PERSON_OR_ORGANIZATION = (MentionKind.PERSON, MentionKind.ORGANIZATION)
_PERSON_OR_DESCRIPTION = (MentionKind.PERSON, MentionKind.DESCRIPTION)
_DIRECT, _INDIRECT = StatementKind.DIRECT, StatementKind.INDIRECT


def _speaker_entities(state: ExtractionState, mention_ids: Sequence[int]) -> list[tuple[int | None, int]]:
    """Entity (or None) of each speaker mention; groups and transcript labels become group entities."""
    out: list[tuple[int | None, int]] = []
    for mi in mention_ids:
        m = state.mentions[mi]
        office = office_of(state, mi) if m.kind in _PERSON_OR_DESCRIPTION else None
        if office is not None:
            out.append((office, mi))  # "Erdoğan's office said", "the Prime Minister's Office said": the office
        elif m.entity is not None:
            out.append((m.entity, mi))
        elif m.kind is MentionKind.GROUP and m.key == UNNAMED:
            # "a spokesperson said": the guidelines give no speaker; "Putin's spokesman said": Putin's voice
            out.append((_possessor_of(state, m), mi))
        elif m.kind is MentionKind.GROUP or (m.kind is MentionKind.PERSON and m.text.isupper()):
            out.append((_group_entity(state, m.text, mi), mi))
        elif m.kind is MentionKind.DESCRIPTION and "spokesperson" in (m.title_category or ""):
            out.append((_organisation_within(state, m), mi))  # "the Kremlin's spokesman": the Kremlin speaks
        elif m.kind is MentionKind.DESCRIPTION and (source := _unnamed_source_before(state, mi)) is not None:
            # "…, a senior State Department official said. …, the official told reporters": that source again
            out.append((_group_entity(state, state.mentions[source].text, mi), mi))
        else:
            out.append((None, mi))
    return out


_SOURCE_MENTIONS = 40
"""Most mentions looked back from "the official" for the unnamed source it names again."""


def _unnamed_source_before(state: ExtractionState, mi: int) -> int | None:
    """The last unnamed group before description *mi* whose noun is the description's ("a senior State Department
    official" for "the official"), among the :data:`_SOURCE_MENTIONS` mentions before it; else None.
    """
    m = state.mentions[mi]
    words = m.text.split()
    if len(words) != 2 or fold(words[0]) != "the":
        return None
    head = fold(words[1])
    for i in range(mi - 1, max(-1, mi - 1 - _SOURCE_MENTIONS), -1):
        g = state.mentions[i]
        if g.kind is MentionKind.GROUP and g.key != UNNAMED and fold(g.text.rsplit(" ", 1)[-1]) == head:
            return i
    return None


def _possessor_of(state: ExtractionState, m: MentionRecord) -> int | None:
    """The person or organisation whose "'s" stands just before mention *m* ("Putin's spokesman"), if any."""
    toks = state.tokens(m.sentence)
    k = m.first_token - 1
    if k < 1 or toks[k].text not in POSSESSIVE:
        return None
    starts: list[int] = state.cached("statements.mention_starts", lambda: [x.start for x in state.mentions])
    i = bisect.bisect_right(starts, toks[k - 1].start) - 1
    while i >= 0 and state.mentions[i].end >= toks[k - 1].end:
        owner = state.mentions[i]
        if owner.end == toks[k - 1].end and owner.kind in (MentionKind.PERSON, MentionKind.ORGANIZATION):
            return owner.entity
        i -= 1
    return None


def _organisation_within(state: ExtractionState, m: MentionRecord) -> int | None:
    """The entity of an organisation or person named inside mention *m* ("the Kremlin's spokesman",
    "Putin's spokesman"), if any.
    """
    starts: list[int] = state.cached("statements.mention_starts", lambda: [x.start for x in state.mentions])
    for i in range(bisect.bisect_left(starts, m.start), min(len(starts), bisect.bisect_left(starts, m.end))):
        inner = state.mentions[i]
        kinds = (MentionKind.ORGANIZATION, MentionKind.PERSON)  # "the Kremlin's spokesman", "Putin's spokesman"
        if inner.kind in kinds and inner.end <= m.end and inner.entity is not None and inner is not m:
            return inner.entity
    return None


def _group_entity(state: ExtractionState, text: str, mention: int | None = None) -> int:
    """The group participant named *text* ("Both sides", "REPORTER"), created on first use."""
    words = text.split()
    name = " ".join(words[1:]) if words and words[0].lower() == "the" else text
    name = name[:1].upper() + name[1:]
    groups: dict[str, int] = state.cached("statements.groups", dict)
    index = groups.get(fold(name))
    if index is None:
        first = state.mentions[mention].start if mention is not None else len(state.text)
        state.entities.append(Entity(ParticipantKind.GROUP, name, first=first))
        index = groups[fold(name)] = len(state.entities) - 1
    if mention is not None and mention not in state.entities[index].mentions:
        state.entities[index].mentions.append(mention)
        state.entities[index].first = min(state.entities[index].first, state.mentions[mention].start)
        state.mentions[mention].entity = index
    return index


_ATTRIBUTION_REACH = 20
"""Tokens from a closing quotation mark to its reporting verb: a name and a long appositive fit
("“…,” Sheikh Hamdan bin Saeed Al Marri, the Emirati minister of state for foreign affairs, told …")."""


def _attribution_after(view: SentenceView, k: int) -> tuple[list[int], int | None, VerbInfo | None]:
    """``“…,” Xi said`` / ``“…,” said Xi``: speaker mentions and verb token right after token *k*."""
    toks = view.token_list
    n = len(toks)
    j = k
    while j < n and not toks[j].is_word and toks[j].text not in {"?", "!", ";"}:
        j += 1  # the closing mark of any style and the comma: "«…», Blinken said", "„…“, he said"
    for vm in view.reporting:
        if vm.first < j:
            continue
        if vm.first > j + _ATTRIBUTION_REACH:
            break
        if any(view.quoted[t] is not None for t in range(j, vm.first)):
            break
        if "source" in vm.payload.frames:
            party = _source_party(view, vm.last)
            return party, vm.first, vm.payload
        if vm.first == j:
            party = view.party_after(vm.last)
            if party:
                return party, vm.first, vm.payload
        subject = _verb_subject(view, vm.first, vm.payload)
        if subject and view.start_of(subject) >= j:
            return subject, vm.first, vm.payload
        if vm.first == j:
            break
    return [], None, None


def _source_party(view: SentenceView, k: int) -> list[int]:
    """The party of "according to …" from token *k*: "the White House", or the maker of a
    document: "a readout from the White House", "a statement by the foreign ministry".
    """
    party = _source_after(view, k)
    if party:
        return party
    j = k + 1 if view.word(k) in view.lx.words("determiner") else k
    if (
        (view.token_list[j].text.islower() if j < len(view.toks) else False)
        and (outlet := view.mention(view.owner[j + 1])) is not None
        and outlet.kind is MentionKind.ORGANIZATION
    ):
        return [view.owner[j + 1]]  # type: ignore[list-item]  # "by the daily Dawn", "by the state-run IRNA"
    for m in view.lx.channel_words.find_all(view.toks, j, min(len(view.toks), j + 3)):
        if m.first == j and view.word(m.last) in {"from", "by", "of", "in"}:
            return view.party_after(m.last + 1, skip=_ARTICLES)
    return []


def _source_after(view: SentenceView, k: int) -> list[int]:
    """The party "according to" names from token *k*, past an article or a count ("according to one diplomat")
    and from a country to the body it owns (:func:`_country_body`).
    """
    return _country_body(view, view.party_after(k, skip=_ARTICLES | view.lx.words("source_count")))


def _country_body(view: SentenceView, party: list[int]) -> list[int]:
    """The body a country's possessive owns when *party* is that country ("according to South Korea's Joint
    Chiefs of Staff": the body, not its country), else *party*.
    """
    mentions = view.state.mentions
    if len(party) != 1 or mentions[party[0]].kind is not MentionKind.COUNTRY:
        return party
    end = view.end_of(party)
    body = view.owner[end + 1] if end + 1 < len(view.toks) and view.texts[end] in POSSESSIVE else None
    return [body] if body is not None and mentions[body].kind is MentionKind.ORGANIZATION else party


def _attribution_before(view: SentenceView, k: int) -> tuple[list[int], int | None, VerbInfo | None]:
    """``Xi said: “…”`` / ``Xi said China “hopes …”`` / ``X: “…”``: the nearest attribution left of token *k*."""
    toks = view.token_list
    # "BIDEN: “…”" / "Wang Wenbin replied: “…”"
    if (
        k >= 2
        and toks[k - 1].text == ":"
        and view.owner[k - 2] is not None
        # "told a news conference in Moscow: “…”": a place after a preposition labels no one
        and not _place_after_preposition(view, view.owner[k - 2])  # type: ignore[arg-type]
    ):
        label = view.owner[k - 2]
        start = view.start_of([label])  # type: ignore[list-item]
        told = next((vm for vm in view.reporting if vm.last == start), None)
        if told is not None:  # "Wang Yi told Blinken: “…”": the teller speaks
            subject = _verb_subject(view, told.first, told.payload)
            if subject:
                return subject, told.first, told.payload
        return view.party_after(start) or [label], None, None  # type: ignore[list-item]
    for vm in reversed(view.reporting):
        if vm.last > k:
            continue
        if "source" in vm.payload.frames:
            party = _source_party(view, vm.last)
            return party, vm.first, vm.payload
        subject = _verb_subject(view, vm.first, vm.payload)
        if not subject and vm.first > 0:
            # "said Foreign Minister Qin Gang: “…”"
            after = view.party_after(vm.last)
            end = view.end_of(after) if after else -1
            if after and end < len(toks) and end <= k and toks[end].text in {":", ","}:
                subject = after
        if subject:
            return subject, vm.first, vm.payload
    return [], None, None


def _place_after_preposition(view: SentenceView, mi: int) -> bool:
    """True when mention *mi* is a country or place after a preposition ("in Moscow")."""
    m = view.mention(mi)
    if m is None or m.kind not in (MentionKind.COUNTRY, MentionKind.PLACE):
        return False
    return view.word(view.start_of([mi]) - 1) in view.lx.words("preposition")


def _verb_subject(view: SentenceView, k: int, info: VerbInfo) -> list[int]:
    """The subject of the reporting verb at token *k*.

    A participle or a second verb ("…, saying", "… and said", "… but added") takes the
    subject of the main clause.
    """
    gerund = info.tense == "gerund"  # all the verb's form says about its subject
    known: dict[tuple[int, int, bool], list[int]] = view.state.cached("statements.verb_subject", dict)
    found = known.get((view.index, k, gerund))
    if found is None:
        found = known[view.index, k, gerund] = _find_verb_subject(view, k, gerund=gerund)  # asked per quotation
    return list(found)


def _find_verb_subject(view: SentenceView, k: int, *, gerund: bool) -> list[int]:
    prev = view.word(k - 1)
    after_comma = k > 0 and (
        view.token_list[k - 1].text == ","
        or (k > 1 and view.token_list[k - 1].text in {"”", '"', "’"} and view.token_list[k - 2].text == ",")
    )  # "…, arguing that …", "… “a photo opportunity,” arguing that …"
    if gerund and (k == 0 or after_comma or _linked_participle(view, k)):
        return _gerund_subject(view, k)
    if (
        prev == ","
        and view.word(k) not in view.lx.words("telling_verb")  # "…, X, a union leader, told AFP.": AFP was told
        and (after := view.party_after(k + 1))
        and _ends_clause(view, view.end_of(after))
        and not _quotation_opens(view, view.end_of(after))
    ):
        return []  # "…, say White House officials.": the subject comes after the verb
    subject = view.subject_before(k)
    if subject:
        return subject
    if prev in {"and", "but", "then"} or (prev == "," and not gerund):
        return view.main_subject(k)
    if (it := _institution_it(view, k)) is not None:
        return it
    # "the Chinese leader was reported to have said", "X was quoted as saying"
    j = k - 1
    while j > 0 and view.word(j) in view.lx.words("report_passive"):
        j -= 1
    if j < k - 1:
        return view.subject_before(j + 1)
    return []


def _linked_participle(view: SentenceView, k: int) -> bool:
    """Whether the participle at token *k* follows a comma and one or two link words ("…, while
    warning Washington against …", "…, thereby underscoring …", "…, while also noting …").
    """
    links = view.lx.words("participle_link")
    j = k - 1
    while j > 0 and j >= k - 2 and view.word(j) in links:
        j -= 1
    if j < k - 1 and j > 0 and view.token_list[j].text in {"”", '"', "’"}:
        j -= 1  # "…,” thereby underscoring …": the comma inside the closing quotation mark
    return j < k - 1 and view.token_list[j].text == ","


def _opens_noun_phrase(view: SentenceView, k: int) -> bool:
    """Whether a determiner at token *k* opens a noun phrase ("its ambassador", "his approach"), not the
    subject of a clause ("this was …").
    """
    return view.word(k) in view.lx.words("determiner") and view.word(k + 1) not in _word_sets(view).be_or_modal


def _institution_it(view: SentenceView, k: int) -> list[int] | None:
    """ "The European Commission proposed new tariffs. It said …": "It" opening the sentence of a
    reporting verb at token *k* is the organisation or country the sentence before opens with.
    """
    j = k - 1
    between = view.lx.words("between_subject_verb")
    while j > 0 and view.word(j) in between:
        j -= 1
    if j != 0 or view.word(0) != "it" or view.index == 0:
        return None
    before = sentence_view(view.state, view.index - 1)
    subject = before.main_subject()
    kinds = (MentionKind.ORGANIZATION, MentionKind.COUNTRY)
    if len(subject) == 1 and view.state.mentions[subject[0]].kind in kinds:
        return subject
    return None


def _gerund_subject(view: SentenceView, k: int) -> list[int]:
    """ "Saying that …, Wang said" / "…, pledging more": the subject of the main clause."""
    if k == 0:
        comma = next((t for t in range(k, len(view.toks)) if view.token_list[t].text == ","), None)
        if comma is not None:
            return view.party_after(comma + 1)
        return []
    # "“…,” Blinken said on Monday, adding that …", "Russia is ready, Peskov said, adding that …":
    # the speaker of the report just before, else the subject of the main clause
    prior = [
        vm
        for vm in view.reporting
        if vm.last < k and view.quoted[vm.first] is None and "source" not in vm.payload.frames
    ]
    if prior:
        verb = max(prior, key=lambda vm: vm.first)
        speaker = view.subject_before(verb.first) or view.party_after(verb.last)
        if speaker:
            return speaker
    return view.main_subject(k)


def _channel(state: ExtractionState, view: SentenceView, speakers: Sequence[int | None]) -> str | None:
    """An outlet or document the words came through, named in the same sentence."""
    text = state.text
    s = view.sentence
    lx = lexical(state.resources)
    toks = view.toks
    for vm in view.reporting:
        if "source" not in vm.payload.frames:
            continue
        k = vm.last
        party = _source_after(view, k)
        entities = {state.mentions[p].entity for p in party}
        if party and entities & set(speakers):
            continue
        end = k
        while end < len(toks) and toks[end].text not in {".", ";", ",", "”", '"'}:
            end += 1  # "according to Xinhua, Xi told …": the source ends at its comma
        if end > k:
            return text[toks[k].start : toks[end - 1].end]
    # "the State Department said" next to a person speaker; "in a statement"
    for vm in view.reporting:
        subject = view.subject_before(vm.first)
        for mi in subject:
            m = state.mentions[mi]
            if m.kind is _ORGANIZATION and m.entity not in speakers:
                return state.entities[m.entity].name if m.entity is not None else m.text
            if m.entity not in speakers and _is_medium(state, mi):
                return m.text  # "Xi warned Biden against …, state media reported"
    speaking = lx.words("speaking_gerund")
    words, present = view.toks.keys(folded=True)
    for k in [] if present.isdisjoint(speaking) else range(len(toks) - 2):
        if words[k] in speaking and view.word(k + 1) in {"to", "with"}:
            heard = view.party_after(k + 2, skip=frozenset({"the"}))
            if len(heard) == 1 and _is_outlet(state, heard[0]):
                return _entity_name(state, heard[0])  # "Speaking to CNN, Zelensky said …": the outlet he spoke to
    for vm in view.reporting:
        if "obj_clause" in vm.payload.frames:
            told = view.party_after(vm.last, skip=frozenset({"the"}))
            if len(told) == 1 and _is_outlet(state, told[0]):
                return _entity_name(state, told[0])  # "Araghchi told Al Jazeera": the outlet he spoke to
            if all(state.mentions[t].kind in (MentionKind.COUNTRY, MentionKind.ORGANIZATION) for t in told) and (
                medium := _medium_told(view, vm.last)
            ):
                return medium  # "Orban told Hungarian state radio", "told Russian TV": the medium he spoke on
    for cm in lx.channel_words.find_all(toks):
        if _other_clause(view, cm.first, speakers):
            continue  # "Hamas welcomed the plan in a statement, but Israel dismissed it as “…”": Hamas's statement
        if cm.last < len(toks) and fold(toks[cm.last].text) == "with":
            after = view.party_after(cm.last + 1, skip=frozenset({"the"}))
            if len(after) == 1 and _is_outlet(state, after[0]):
                return _entity_name(state, after[0])  # "in an interview with Al Arabiya": the outlet
        if cm.last + 1 < len(toks) and fold(toks[cm.last].text) == "on" and (name := _platform(view, cm.last + 1)):
            return name  # "in a post on Telegram": the platform
        det = cm.first - 1
        while det > cm.first - 3 and det > 0 and _adjectives(view, det, det + 1):
            det -= 1  # "in a televised speech", "at a regular briefing"
        if (
            det >= 1
            and fold(toks[det].text) in view.lx.words("determiner")
            and (
                fold(toks[det - 1].text) in {"in", "at", "through", "via"}
                or (det >= 2 and fold(toks[det - 2].text) == "according" and fold(toks[det - 1].text) == "to")
            )
        ):  # "in a statement", "according to a readout from the White House"
            return text[toks[det].start : toks[cm.last - 1].end]
        if (
            cm.first >= 2
            and fold(toks[cm.first - 1].text) == "on"
            and any(vm.last == cm.first - 1 for vm in view.reporting)
            and (name := _platform(view, cm.first))
        ):
            return name  # "wrote on Telegram", "said on X", "posted on Truth Social"
    _ = s
    return None


def _other_clause(view: SentenceView, k: int, speakers: Sequence[int | None]) -> bool:
    """Whether a clause boundary (";", or a comma and "but", "while" …) parts token *k* from every mention of
    the *speakers* in the sentence, none of them being on *k*'s side of it.
    """
    # the boundaries first, found in C: most sentences have none, and then no token need be read
    bounds = [j for j in view.toks.positions(_SEMICOLON, folded=False) if j > 0]
    bounds += [
        j
        for j in view.toks.positions(view.lx.words("clause_contrast"), folded=True)
        if j > 0 and view.texts[j - 1] == ","
    ]
    if not bounds:
        return False
    state = view.state
    spots = [j for j, mi in enumerate(view.owner) if mi is not None and state.mentions[mi].entity in speakers]
    if not spots:
        return False
    return any(all(min(k, j) < b <= max(k, j) for j in spots) for b in bounds)


_SEMICOLON = frozenset({";"})


_MEDIUM_MODIFIERS = 2
"""Most capitalised words before a medium after "told" ("told Hungarian state radio", "told Russian state TV")."""


def _medium_told(view: SentenceView, k: int) -> str | None:
    """The medium in the ``channel_words`` lexicon (kind ``media``) that is the object of a telling verb, from
    token *k*, past "the" and a few capitalised modifiers ("told Hungarian state radio", "told state
    television"), as written; None when no medium is told.
    """
    toks = view.token_list
    first = k + 1 if view.word(k) == "the" else k
    j = first
    while j < len(toks):
        for m in view.lx.channel_words.match_at(view.toks, j):
            if m.payload == "media":
                return view.state.text[toks[first].start : toks[m.last - 1].end]
        if j >= first + _MEDIUM_MODIFIERS or not toks[j].text[:1].isupper():
            return None
        j += 1
    return None  # ("… told" at the end of the text)


def _platform(view: SentenceView, k: int) -> str | None:
    """The name of a platform in the ``channel_words`` lexicon starting at token *k*, capitalised as names are
    ("Telegram", "X", "Truth Social"); None when none starts there.
    """
    for m in view.lx.channel_words.match_at(view.toks, k):
        if view.token_list[m.first].text[:1].isupper() and view.token_list[m.last - 1].text[:1].isupper():
            return view.state.text[view.token_list[m.first].start : view.token_list[m.last - 1].end]
    return None


_OUTLETS = frozenset({"news_agency", "broadcaster", "newspaper"})


def _colon_introduction(views: _Views, sentence: int) -> list[int]:
    """ "Blinken said:" closing the sentence before a quotation: the speaker it introduces."""
    if sentence == 0:
        return []
    view = views[sentence - 1]
    toks = view.token_list
    if not toks or toks[-1].text != ":":
        return []
    for vm in reversed(view.reporting):
        subject = _verb_subject(view, vm.first, vm.payload)
        if subject:
            return subject
    return []


def _previous_direct(drafts: list[StatementDraft], state: ExtractionState, sentence: int) -> StatementDraft | None:
    """The last direct statement, if it has a speaker and is at most two sentences back."""
    for d in reversed(drafts):
        if d.kind is not StatementKind.DIRECT:
            continue
        if d.speaker is None:
            return None
        ds = state.sentence_at(d.start)
        return d if 0 <= sentence - ds <= 2 else None
    return None


def _gender_fits(state: ExtractionState, entity: int, gender: str | None) -> bool:
    if gender not in ("m", "f"):
        return True
    seen = entity_genders(state, state.entities, entity)
    return not seen or gender in seen


def _questioner(view: SentenceView, k: int) -> list[int] | None:
    """The asker of a question a transcript labels before the quotation at token *k*: [] for "Q: “…”" (no
    one named), the person for "Q (Tom Fairweather, The Advertiser): “…”"; None without such a label.
    """
    toks, labels = view.toks, view.lx.words("question_label")
    if k < 2 or toks[k - 1].text != ":":
        return None
    if k == 2 and view.word(0) in labels:
        return []
    if toks[k - 2].text != ")" or view.word(0) not in labels or k < 5 or toks[1].text != "(":
        return None
    if k - 2 > _QUESTIONER_REACH:
        return None
    asker = view.party_after(2)
    person = [mi for mi in asker if view.state.mentions[mi].kind is MentionKind.PERSON]
    return person[:1]


_QUESTIONER_REACH = 16
"""Most tokens inside the parentheses naming the asker after a question label."""


def _speaker_label(view: SentenceView, k: int) -> str | None:
    """A transcript label before a quotation: "REPORTER: “…”" (capitals at the start of a paragraph)."""
    toks = view.token_list
    if toks[k - 1].text != ":":
        return None
    j = k - 2
    words: list[str] = []
    while j >= 0 and toks[j].is_word and toks[j].text.isupper() and len(words) < 4:
        words.insert(0, toks[j].text)
        j -= 1
    if not words or j >= 0:
        return None
    return " ".join(words)


def _is_outlet(state: ExtractionState, mi: int) -> bool:
    m = state.mentions[mi]
    return m.kind is _ORGANIZATION and (m.category or "") in _OUTLETS


def _is_medium(state: ExtractionState, mi: int) -> bool:
    """Whether mention *mi* is a group that names a medium ("state media", "Chinese state television"): it
    relays words, it does not say them.
    """
    m = state.mentions[mi]
    if m.kind is not MentionKind.GROUP:
        return False
    words = m.text.split()
    channels = lexical(state.resources).channel_words
    for k in range(len(words)):  # "Chinese state media": the medium after its modifiers
        phrase = " ".join(words[k:])
        if "media" in channels.lookup(phrase) or "media" in channels.lookup(phrase[:1].lower() + phrase[1:]):
            return True
    return False


def _is_institution(state: ExtractionState, mi: int) -> bool:
    return state.mentions[mi].kind in (MentionKind.ORGANIZATION, MentionKind.COUNTRY)


def _entity_name(state: ExtractionState, mi: int) -> str:
    m = state.mentions[mi]
    return state.entities[m.entity].name if m.entity is not None else m.text


def _is_person_like(state: ExtractionState, mi: int) -> bool:
    m = state.mentions[mi]
    if m.kind is MentionKind.PERSON:
        return True
    return m.kind in (MentionKind.PRONOUN, MentionKind.DESCRIPTION) and m.entity is not None


def _whole_sentence(state: ExtractionState, q_start: int, q_end: int, sentence: int) -> bool:
    """True when the quotation is (nearly) all of its sentence: nothing but marks and punctuation around it."""
    s = state.sentences[sentence]
    before = state.text[s.start : q_start].strip(" “”\"‘’'«»„([—–-")
    after = state.text[q_end : s.end].strip(" “”\"‘’'«»„)].,;:!?…—–-")
    return not before and not after


class _Reporters:
    """Per sentence, the (clean offset of the verb, mention) of the named people and organisations that are
    subjects of its reporting verbs: read for a sentence the first time it is asked for (a pronoun or a document
    looks three sentences back; most sentences are never asked for).
    """

    def __init__(self, state: ExtractionState, views: _Views) -> None:
        self.state = state
        self.views = views
        self._found: dict[int, list[tuple[int, int]]] = {}

    def at(self, sentence: int) -> list[tuple[int, int]]:
        """The reporters of sentence *sentence*, in the order of their verbs."""
        found = self._found.get(sentence)
        if found is None:
            view = self.views[sentence]
            mentions = self.state.mentions
            found = self._found[sentence] = [
                (view.token_list[vm.first].start, mi)
                for vm in view.reporting
                for mi in _verb_subject(view, vm.first, vm.payload)
                if mentions[mi].kind in _PERSON_OR_ORGANIZATION and mentions[mi].entity is not None
            ]
        return found


def _reporters(state: ExtractionState, views: _Views) -> _Reporters:
    """The article's :class:`_Reporters` (one per article)."""
    found: _Reporters = state.cached("statements.reporters", lambda: _Reporters(state, views))
    return found


_DASHES = frozenset({"—", "–", "-", "―"})
"""The marks that open a quotation's credit line ("“…” — President X of Brazil")."""

_CREDIT_REACH = 12
"""Tokens of a quotation's credit line read for the person it names."""


def _dash_credit(
    views: _Views, sentence: int, view: SentenceView, close_tok: int
) -> tuple[SentenceView, list[int]] | None:
    """The person a dash credits with the quotation closing at token *close_tok* of sentence *sentence*: on the
    same line ("“…” — Red Crescent official Ahmed Fouad, speaking to …") or opening the next line
    ("“…”⏎– The Rt. Hon. Élise Tremblay, Prime Minister of Canada"), as quote boxes and live pages credit them.
    """
    toks = view.token_list
    k = close_tok
    while k < len(toks) and view.quoted[k] is not None:
        k += 1  # past the closing mark
    if k < len(toks) and toks[k].text in {".", ","}:
        k += 1
    if k >= len(toks) and sentence + 1 < len(views.state.sentences):
        view = views[sentence + 1]  # the credit line after the quotation's own
        toks, k = view.token_list, 0
    if k + 1 >= len(toks) or toks[k].text not in _DASHES:
        return None
    # the last person named before the credit's first comma: past honorifics and the organisation a title
    # names ("— Egyptian Red Crescent official Ahmed Fouad, speaking to …", "– The Rt. Hon. Élise Tremblay, …")
    person = None
    for j in range(k + 1, min(len(toks), k + _CREDIT_REACH)):
        if toks[j].text == ",":
            break
        owner = view.owner[j]
        if owner is not None and _is_person_like(view.state, owner):
            person = owner
    return None if person is None else (view, [person])


def _document_around(
    view_first: SentenceView, open_tok: int, view_last: SentenceView, close_tok: int
) -> tuple[SentenceView, DocumentPhrase, Match[VerbInfo]] | None:
    """A document that speaks for itself and is the source of the quotation opening at *open_tok* and closing
    at *close_tok*: the subject of the verb right after it, or of the nearest verb before it.
    """
    for vm in view_last.reporting:
        if close_tok < vm.first <= close_tok + _ATTRIBUTION_REACH:
            spoken = document_subject(view_last, vm.first)
            if spoken is not None and spoken.first > close_tok:
                return view_last, spoken, vm  # "“…,” the joint statement said."
            break
    nearest: Match[VerbInfo] | None = next((v for v in reversed(view_first.reporting) if v.last <= open_tok), None)
    if nearest is not None:
        vm = nearest
        found = document_after if "source" in vm.payload.frames else document_subject
        spoken = found(view_first, vm.last if found is document_after else vm.first)
        if spoken is not None:
            return view_first, spoken, vm  # "The joint statement said only that the leaders “…”"
    return None


def _document_after_quotation(view: SentenceView, k: int) -> str | None:
    """ "“…,” the statement said": a document noun as the subject right after a quotation."""
    toks = view.toks
    j = k
    while j < len(toks) and toks[j].text in {",", "”", '"', "’", "'"}:
        j += 1
    found = _reporting_document(view, j, modifiers=0)
    return None if found is None else view.state.text[toks[j].start : toks[found.last - 1].end]


def _document_before(view: SentenceView, k: int) -> int | None:
    """The token of the determiner of a document noun that opens the clause of the verb at token *k*
    ("The statement added that …", "The readout further said …", "…, the statement said."), or ``None``.
    """
    j = k
    between = view.lx.words("between_subject_verb")
    while j > 0 and view.word(j - 1) in between:
        j -= 1
    for m in view.lx.channel_words.find_all(view.toks, max(0, j - 3), j):
        if (
            m.last == j
            and m.first > 0
            and view.word(m.first - 1) in view.lx.words("definite")
            and (m.first == 1 or view.token_list[m.first - 2].text == ",")
        ):
            return m.first - 1
    return None


def _subject_just_before(state: ExtractionState, sentence: int, pronoun: MentionRecord) -> int | None:
    """The person whose name opens the sentence right before the quotation's, in its paragraph ('Yoon agreed.
    “…,” he said'), when the pronoun fits that person; else None.
    """
    prev = sentence - 1
    if prev < 0 or prev >= pronoun.sentence or state.sentences[prev].paragraph != state.sentences[sentence].paragraph:
        return None
    starts: list[int] = state.cached("statements.mention_starts", lambda: [x.start for x in state.mentions])
    i = bisect.bisect_left(starts, state.sentences[prev].start)
    if i >= len(starts) or state.mentions[i].sentence != prev or state.mentions[i].first_token != 0:
        return None
    m = state.mentions[i]
    entity = m.entity
    if m.kind is not MentionKind.PERSON or entity is None or not _gender_fits(state, entity, pronoun.gender):
        return None
    return entity


def _last_reporter(state: ExtractionState, reporters: _Reporters, pronoun: MentionRecord) -> int | None:
    """The person named as speaking most recently before *pronoun* (this sentence or the three before)."""
    for si in range(pronoun.sentence, max(-1, pronoun.sentence - 4), -1):
        for offset, mi in reversed(reporters.at(si)):
            entity = state.mentions[mi].entity
            if (
                entity is not None
                and offset < pronoun.start
                and state.entities[entity].kind is ParticipantKind.PERSON
                and _gender_fits(state, entity, pronoun.gender)
            ):
                return entity
    return None


_PRONOUN_CHAIN = 8
"""The latest statements, and as many sentences back, searched for one whose speaker the same pronoun named
("…,” she said. … she said …")."""


def _pronoun_chain(state: ExtractionState, drafts: list[StatementDraft], pronoun: MentionRecord) -> int | None:
    """The person the same pronoun last spoke as, among the latest :data:`_PRONOUN_CHAIN` statements and as many
    sentences back: a story that goes on quoting "she" after naming her once.
    """
    word = fold(pronoun.text)
    for d in reversed(drafts[-_PRONOUN_CHAIN:]):
        if d.speaker is None or d.speaker_mention is None or d.start >= pronoun.start:
            continue
        m = state.mentions[d.speaker_mention]
        if m.sentence < pronoun.sentence - _PRONOUN_CHAIN:
            break
        if m.kind is _PRONOUN and fold(m.text) == word and state.entities[d.speaker].kind is ParticipantKind.PERSON:
            return d.speaker
    return None


def _last_source(reporters: _Reporters, sentence: int, before: int) -> int | None:
    """The mention of the party (person or organisation) last reported as speaking before clean offset
    *before*, up to three sentences back.
    """
    for si in range(sentence, max(-1, sentence - 4), -1):
        for offset, mi in reversed(reporters.at(si)):
            if offset < before:
                return mi
    return None


def _direct(state: ExtractionState, views: _Views, drafts: list[StatementDraft]) -> None:
    min_words = state.options.min_quote_words
    reporters = _reporters(state, views)
    top = _TopLevel(state)
    for qi, q in enumerate(state.quotes):
        outer = top.around(q.start) if q.depth > 0 else None
        if outer is not None and q.end <= outer.end and outer.words >= min_words:
            continue  # a quotation inside a longer quotation is part of it
        if q.words < min_words:
            continue
        first_s = state.sentence_at(q.start)
        last_s = state.sentence_at(max(q.start, q.end - 1))
        view_last = views[last_s]
        view_first = views[first_s]
        close_tok = view_last.token_index(q.end)
        open_tok = view_first.token_index(q.open)
        if _named_in_quotes(view_first, open_tok, state.text[q.start : q.end]):
            continue  # "the “Global Security Initiative”", "under the theme “…”": a name, not words said
        asker = _questioner(view_first, open_tok)
        if asker is not None:
            speaker = state.mentions[asker[0]].entity if asker else None
            drafts.append(StatementDraft(q.start, q.end, StatementKind.DIRECT, speaker=speaker, quote=qi))
            continue
        party, vtok, verb = _attribution_after(view_last, close_tok)
        view = view_last
        channel: str | None = None
        if (
            not party
            or all(_is_institution(state, p) or _is_medium(state, p) for p in party)
            or (verb is not None and "source" in verb.frames)
        ):
            # "Blinken stressed “…,” the State Department said": the person speaks, the institution relays; "Xi
            # told Biden that “…,” according to Chinese state media": so do the sources "according to" names, and
            # "…, state media reported"
            pre, pre_tok, pre_verb = _attribution_before(view_first, open_tok)
            if pre and (not party or all(_is_person_like(state, p) for p in pre)):
                if party:
                    medium = _is_medium(state, party[0])
                    channel = state.mentions[party[0]].text if medium else _entity_name(state, party[0])
                party, vtok, verb, view = pre, pre_tok, pre_verb, view_first
        if len(party) == 1 and state.mentions[party[0]].kind is _PRONOUN:
            # "“…,” he added": the person last reported as speaking is the likeliest "he"
            pronoun = state.mentions[party[0]]
            reporter = _subject_just_before(state, state.sentence_at(q.start), pronoun)
            if reporter is None:
                reporter = _last_reporter(state, reporters, pronoun)
            if reporter is None and pronoun.entity is None:
                reporter = _pronoun_chain(state, drafts, pronoun)  # no one named near it: whom "she" last was
            if reporter is not None:
                pronoun.entity = reporter
        if not party:
            # "“…,” a joint statement said": a document that speaks for itself, before "the statement" of the
            # person last reported
            found = _document_around(view_first, open_tok, view_last, close_tok)
            if found is not None:
                # "“…,” the joint statement said", "The joint statement said only that the leaders “…”"
                doc_view, spoken, cue_verb = found
                cue_toks = doc_view.token_list
                draft = StatementDraft(
                    q.start,
                    q.end,
                    _DIRECT,
                    speaker=spoken.entity,
                    verb=cue_verb.payload.form,
                    cue=(cue_toks[cue_verb.first].start, cue_toks[cue_verb.last - 1].end),
                    quote=qi,
                )
                drafts.append(draft)
                attach(state, draft, doc_view, spoken)
                continue
        if not party:
            document = _document_after_quotation(view_last, close_tok)
            source = _last_source(reporters, last_s, q.start) if document else None
            if source is not None:
                speaker = state.mentions[source].entity
                drafts.append(
                    StatementDraft(q.start, q.end, StatementKind.DIRECT, speaker=speaker, channel=document, quote=qi)
                )
                continue
        if not party and not any(map(str.isalpha, state.text[state.sentences[first_s].start : q.open])):
            # the quotation opens its line, after at most a time stamp ("11:45 “…” — …")
            credit = _dash_credit(views, last_s, view_last, close_tok)
            if credit is not None:
                view, party = credit  # a pull quote: "“…” — Egyptian Red Crescent official Ahmed Fouad"
        if not party and open_tok >= 2:
            label = _speaker_label(view_first, open_tok)
            if label is not None:
                speakers_label = [(_group_entity(state, label), -1)]
                drafts.append(
                    StatementDraft(q.start, q.end, StatementKind.DIRECT, speaker=speakers_label[0][0], quote=qi)
                )
                continue
        if party and all(_is_outlet(state, p) for p in party):
            # "Xi praised …, the BBC reports": the words are Xi's, the outlet is the channel
            subject = view.main_subject(view.token_index(q.open))
            if subject and all(_is_person_like(state, p) for p in subject):
                channel = _entity_name(state, party[0])
                party = subject
        if not party and open_tok > 0 and not _whole_sentence(state, q.open, q.end, first_s):
            # a quoted fragment inside a clause belongs to that clause's subject
            subject = view_first.main_subject(open_tok)
            if subject and all(_is_person_like(state, p) for p in subject):
                party, vtok, verb, view = subject, None, None, view_first
        speakers: list[tuple[int | None, int]] = []
        cue: tuple[int, int] | None = None
        if party:
            speakers = _speaker_entities(state, party)
            if vtok is not None and verb is not None:
                n = len(verb.form.split())
                cue = (view.token_list[vtok].start, view.token_list[vtok + n - 1].end)
        else:
            verb = None
            intro = _colon_introduction(views, first_s)
            if intro:
                party = intro
                speakers = _speaker_entities(state, intro)
            prev = _previous_direct(drafts, state, first_s)
            starts_paragraph = (
                first_s == 0 or state.sentences[first_s - 1].paragraph != state.sentences[first_s].paragraph
            )
            if (
                not speakers
                and prev is not None
                and (starts_paragraph or _whole_sentence(state, q.open, q.end, first_s))
            ):
                speakers = [(prev.speaker, prev.speaker_mention if prev.speaker_mention is not None else -1)]
                channel = prev.channel
        if channel is None and (speakers or party):
            channel = _channel(state, view, [s for s, _ in speakers])
        if not speakers:
            drafts.append(StatementDraft(q.start, q.end, StatementKind.DIRECT, quote=qi))
            continue
        for entity, mi in speakers:
            drafts.append(
                StatementDraft(
                    q.start,
                    q.end,
                    _DIRECT,
                    speaker=entity,
                    speaker_mention=mi if mi >= 0 else None,
                    verb=verb.form if verb else None,
                    cue=cue,
                    channel=channel,
                    quote=qi,
                )
            )


_TOKEN_START = operator.itemgetter(0)
"""A token's start offset (a ``Token`` is a tuple: ``start``, ``end``, ``text``), read in C."""

_FIRST_CHARACTER = operator.itemgetter(0)
"""The first character of a token's text: a word's is a letter or digit (``Token.is_word``)."""

_AUDIENCE_REACH = 14
"""Tokens from "told" to the "that" opening what was told, at most ("told a weekly press conference in Tehran
on Monday that …")."""


_PLEDGING_SPEAKERS = 3
"""Most people who pledge together in one clause ("Kim and Moon pledged to …")."""

_CONTENT_STOP_WORDS = frozenset({"in", "on", "via", "through", "but", "and", "as"})
"""The words (besides the clause breaks) at which :func:`_content_end` may end reported content."""

_CONTENT_STOP_MARKS = frozenset({",", "-", "–", "—"})
"""The marks at which :func:`_content_end` may end reported content."""

_AUDIENCE_OBJECTS = frozenset({"the", "him", "her", "them", "us"})
"""Words besides the audience nouns that open the object of "told" ("told the press", "told him")."""


class _WordSets:
    """The unions of grammar roles that the rules here ask about together, built once per resources (see
    :func:`_word_sets`): a union made where it is asked copies the words of its roles at every question.
    """

    __slots__ = (
        "articles_or_institution",
        "audience_or_object",
        "be_or_modal",
        "between_or_spokes",
        "clause_verbs",
        "content_stops",
        "passive_or_modal",
        "preposition_or_opener",
    )

    def __init__(self, resources: Resources) -> None:
        words = lexical(resources).words
        self.be_or_modal = words("be_form") | words("modal")
        self.passive_or_modal = words("passive_aux") | words("modal")
        self.clause_verbs = self.be_or_modal | words("passive_aux") | words("light_verb")
        """Verb forms that make words a clause rather than a noun phrase: auxiliaries, forms of 'be', modals
        and light verbs ("the talks were useful", "the two sides held talks")."""
        self.articles_or_institution = _ARTICLES | words("institution_determiner")
        self.between_or_spokes = words("between_subject_verb") | words("spokes_noun")
        self.audience_or_object = words("audience") | _AUDIENCE_OBJECTS
        self.preposition_or_opener = words("preposition") | words("clause_opener")
        self.content_stops = words("clause_break") | _CONTENT_STOP_WORDS | _CONTENT_STOP_MARKS
        """The tokens :func:`_content_end` looks at (by their folded text: folding leaves the marks as they
        are); it passes over any other token outside a quotation."""


def _word_sets(view: SentenceView) -> _WordSets:
    """The :class:`_WordSets` of the view's resources."""
    return view.state.resources.get("statements.word_sets", _WordSets)


def _next_act_after_object(view: SentenceView, start_tok: int, k: int) -> bool:
    """Whether "and" at token *k* starts the subject's next act after content that is a noun phrase, the
    object of the reporting verb ("underlined the importance of X and had a candid discussion"): a light verb
    and a determiner follow, and no verb form of a clause ("the talks were useful and had …") stands before.
    """
    lx = view.lx
    if view.word(k + 1) not in lx.words("light_verb") or view.word(k + 2) not in lx.words("determiner"):
        return False
    if view.word(start_tok) not in lx.words("determiner"):
        return False
    finite = _word_sets(view).clause_verbs
    return not any(view.word(j) in finite or view.quoted[j] is not None for j in range(start_tok, k))


def _content_end(state: ExtractionState, view: SentenceView, start_tok: int) -> int:
    """Clean offset where reported content starting at token *start_tok* ends."""
    toks = view.token_list
    end = len(toks)
    # content that opens with a phrase of setting ("during the conversation, Sunak assured …")
    first = view.word(start_tok)
    opener = first in view.lx.words("preposition") or first in view.lx.words("clause_opener")
    word, quoted, clause_break = view.word, view.quoted, view.lx.words("clause_break")
    # the words and marks the tests below look at (a quotation's comma among them), found in C: any other token
    # is passed over (most tokens of the content)
    for k in where(view.toks.folded[0], _word_sets(view).content_stops, start_tok + 1):
        w = word(k)
        q = quoted[k]
        if q is not None:
            # a comma that news puts inside the closing mark ends the clause all the same:
            # "described as “productive,” Blinken said", "discussed it “in detail,” with Lavrov …"
            close = state.quotes[q].close
            if not (toks[k].text == "," and close is not None and close <= toks[k].end + 1):
                continue
            after = k + 1
            while after < len(toks) and toks[after].start <= close:
                after += 1
            if _ends_content_at(view, after):
                end = k + 1
                break
            continue
        if toks[k].text in {"-", "–", "—"} and k > start_tok + 3 and toks[k - 1].end < toks[k].start:
            end = k  # "… could 'split the West' - an ominous warning …": a spaced dash opens an aside
            break
        if w in {"in", "on", "via", "through"} and _channel_phrase(view, k + 1):
            end = k  # "… touched down in Beijing in a post on X"
            break
        if toks[k].text == "," and k + 1 < len(toks):
            nxt = view.word(k + 1)
            if (
                nxt in view.lx.words("content_boundary")
                and not _as_well_as(view, k + 1)
                and not _embedded_relative(view, k + 1)
            ):
                end = k  # ", according to …", ", which …", ", as the pair discussed …", ", with Lavrov blaming …"
                break
            if any(vm.first == k + 1 for vm in view.reporting) or _linked_report(view, k + 1):
                end = k  # "tells Biden that …, warns against …": a second report of the same subject
                break
            if view.word(k + 1) == "and" and k > start_tok + 3 and _subject_pronoun(view, k + 2):
                end = k  # "…, and she put it this way: …": a clause of the teller's own, not the report
                break
            if _time_relation(view, k + 1):
                end = k  # "…, a day after he held talks in Brussels": when the words were said, not their content
                break
            if _reporting_document(view, k + 1) is not None:
                end = k  # "…, a presidency statement said": a document's attribution
                break
            # ", the State Department said." / ", Xi said." — a trailing attribution
            sub_start = k + 1
            if view.word(sub_start) in view.lx.words("determiner") and view.owner[sub_start + 1] is not None:
                sub_start += 1  # ", the State Department said"
            else:
                sub_start = _past_outlet_noun(view, sub_start)  # ", state broadcaster CCTV reported"
            sub_end = sub_start
            while sub_end < len(toks) and view.owner[sub_end] is not None:
                sub_end += 1
            voice = sub_end
            while sub_end > sub_start and voice < sub_end + 2 and view.word(voice) in view.lx.words("spokes_noun"):
                voice += 1  # ", Xinhua news agency reported", ", a Kremlin spokesman said"
            if voice > sub_end and any(vm.first == voice for vm in view.reporting):
                sub_end = voice
            if sub_end > sub_start and any(
                vm.first == sub_end and (not opener or _ends_clause(view, vm.last)) for vm in view.reporting
            ):
                end = k  # but not "during the conversation, Sunak assured Zelenskyy that …": a clause of the content
                break
        if w in clause_break and k > start_tok + 3 and quoted[k] is None:
            end = k
            break
        if w == "but" and k > start_tok and any(vm.first == k + 1 for vm in view.reporting):
            end = k  # "insisted Serbia would never recognise Kosovo but said …": a second report
            break
        if (
            w == "and"
            and k > start_tok
            and (
                any(vm.first == k + 1 for vm in view.reporting)
                or view.word(k + 1) in view.lx.words("coordinated_verb")
                or (toks[k - 1].text == "," and view.word(k + 1) in view.lx.words("next_act"))
            )
        ):
            end = k  # "expressed a desire to … and agreed that …": the subject's next act is not its words
            break
        if w == "and" and k > start_tok and _next_act_after_object(view, start_tok, k):
            end = k  # "underlined the importance of the Taiwan question and had a candid discussion"
            break
        if (
            w == "as"
            and k > start_tok + 3
            and view.owner[k + 1] is not None
            and toks[k - 1].text != ","
            and not _as_well_as(view, k - 2)
        ):
            end = k  # "he would be visiting the UK as he met with the Prime Minister"
            break
    while end > start_tok and toks[end - 1].text in {".", ",", ";", ":", "!", "?"}:
        end -= 1
    if end <= start_tok:
        return toks[start_tok].start
    last = toks[end - 1]
    stop = last.end
    # keep a closing quotation mark that ends the content
    q = view.quoted[end - 1]
    if q is not None and state.quotes[q].close is not None:
        close = state.quotes[q].close
        assert close is not None  # noqa: S101
        if close >= last.end and close < view.sentence.end:
            stop = close + 1
    return stop


def _reports_next(view: SentenceView, comma: int) -> bool:
    """Whether a reporting verb follows the comma at token *comma* (past words like "also")."""
    k = comma + 1
    while view.word(k) in view.lx.words("between_subject_verb"):
        k += 1
    return any(vm.first == k for vm in view.reporting)


def _past_phrase(view: SentenceView, k: int) -> int:
    """The comma that ends the phrase going on at token *k* ("a joint communiqué read out by X, …"), within
    :data:`_ATTRIBUTION_REACH` tokens, or *k*.
    """
    toks = view.token_list
    for j in range(k, min(len(toks), k + _ATTRIBUTION_REACH)):
        if toks[j].text == ",":
            return j
        if view.quoted[j] is not None:
            break
    return k


def _past_connective(view: SentenceView) -> int:
    """The first token of a sentence's content past the writer's connective ("However, the Chinese side
    did not agree …, officials said"): 0 when none opens it.
    """
    if len(view.toks) > 3 and view.word(0) in view.lx.words("connective") and view.token_list[1].text == ",":
        return 2
    return 0


_RELATIVE_REACH = 12
"""How many tokens a relative clause inside reported words may run to its closing comma."""


def _embedded_relative(view: SentenceView, k: int) -> bool:
    """True when the relative clause opening at token *k* closes with a comma and the reported clause
    goes on with its verb ("said the talks, which lasted two hours, had been useful").
    """
    if view.word(k) not in view.lx.words("relative_opener"):
        return False
    verbs = _word_sets(view).passive_or_modal
    for j in range(k + 1, min(len(view.toks), k + _RELATIVE_REACH)):
        text = view.token_list[j].text
        if text == ",":
            return view.word(j + 1) in verbs
        if text in {".", ";", ":", "!", "?"}:
            return False
    return False


def _as_well_as(view: SentenceView, k: int) -> bool:
    """True when "as well as" starts at token *k*: it joins two things said, it opens no clause."""
    return view.word(k) == "as" and view.word(k + 1) == "well" and view.word(k + 2) == "as"


def _ends_content_at(view: SentenceView, k: int) -> bool:
    """True when what follows token *k* - 1 starts a new clause: an attribution ("Blinken said"),
    a clause word ("with Lavrov blaming", "which", "according to") or the sentence end.
    """
    if k >= len(view.toks) or view.token_list[k].text in {".", ";", "!", "?"}:
        return True
    if view.word(k) in view.lx.words("content_boundary"):
        return not _as_well_as(view, k)
    if _linked_report(view, k) or any(vm.first == k for vm in view.reporting):
        return True  # "… “a photo opportunity,” arguing that …": a second report of the same subject
    if (
        k + 1 < len(view.toks)
        and view.word(k) in _word_sets(view).articles_or_institution
        and view.owner[k + 1] is not None
    ):
        k += 1  # "“…,” the State Department said"
    else:
        k = _past_outlet_noun(view, k)  # "…, state broadcaster CCTV reported"
    j = k
    while j < len(view.toks) and view.owner[j] is not None:
        j += 1
    if j > k and view.word(j) in view.lx.words("spokes_noun"):
        j += 1  # "“…,” a Kremlin spokesman said"
        if view.word(j) in view.lx.words("spokes_noun"):
            j += 1  # "…, Xinhua news agency reported"
    return (j > k and any(vm.first == j for vm in view.reporting)) or _reporting_document(view, k) is not None


_OUTLET_WORDS = 3
"""Most lower-case words of a description that names an outlet before its name ("the state broadcaster")."""


def _past_outlet_noun(view: SentenceView, k: int) -> int:
    """The first token of an outlet's name after the description opening at token *k* ("state broadcaster
    CCTV", "the official news agency KCNA"): lower-case words ending with an ``outlet_noun``; else *k*.
    """
    outlets = view.lx.words("outlet_noun")
    for j in range(k, min(len(view.toks) - 1, k + _OUTLET_WORDS)):
        if not view.token_list[j].text.islower():
            return k
        if view.word(j) in outlets and view.owner[j + 1] is not None:
            return j + 1
    return k


_DOCUMENT_MODIFIERS = 2
"""Most words between a determiner and a document noun that reports ("a presidency statement said")."""

_DOCUMENT_NOUN_WORDS = 3
"""Most words of a document noun in the ``channel_words`` lexicon ("joint press statement")."""


def _reporting_document(view: SentenceView, k: int, modifiers: int = _DOCUMENT_MODIFIERS) -> Match[str] | None:
    """The document noun of a phrase opened by the determiner at token *k* whose reporting verb follows it
    ("…, a presidency statement said", "“…,” the statement said"), with at most *modifiers* words between
    them; ``None`` when no such phrase opens there.
    """
    if view.word(k) not in view.lx.words("determiner"):
        return None
    stop = min(len(view.toks), k + 1 + modifiers + _DOCUMENT_NOUN_WORDS)
    for m in view.lx.channel_words.find_all(view.toks, k + 1, stop):
        if (
            m.first <= k + 1 + modifiers
            and all(view.token_list[t].is_word for t in range(k + 1, m.first))
            and any(vm.first == m.last for vm in view.reporting)
        ):
            return m
    return None


def _passive(view: SentenceView, k: int) -> bool:
    """Whether a form of "be" stands before the verb at token *k*, past adverbs ("was told", "has been
    described", "were repeatedly warned").
    """
    be = view.lx.words("be_form")
    between = view.lx.words("between_subject_verb")
    j = k - 1
    while j > 0 and view.word(j) in between and view.word(j) not in be:
        j -= 1
    return view.word(j) in be


def _linked_report(view: SentenceView, k: int) -> bool:
    """Whether link words at token *k* lead to a participle that reports ("…, before adding that …",
    "…, while also warning …"): the same speaker's next report, not more of the words.
    """
    links = view.lx.words("participle_link")
    j = k
    while j < k + 2 and view.word(j) in links:
        j += 1
    return j > k and any(vm.first == j and vm.payload.tense == "gerund" for vm in view.reporting)


def _channel_phrase(view: SentenceView, k: int) -> bool:
    """True when a document or medium starts at token *k* ("a post", "an interview", "a statement")."""
    if view.word(k) in view.lx.words("determiner"):
        k += 1
    found = view.lx.channel_words.find_all(view.toks, k, min(len(view.toks), k + 5))
    # "a regular briefing", "a televised speech": up to two adjectives before the noun
    return any(m.first == k or (m.first <= k + 2 and _adjectives(view, k, m.first)) for m in found)


def _adjectives(view: SentenceView, a: int, b: int) -> bool:
    """Whether tokens ``[a, b)`` are lower-case words that can qualify a noun ("regular", "televised"; "nightly",
    "unusually blunt": an adverb in "-ly" may stand there too, though the function words list it).
    """
    return all(
        view.token_list[t].text.isalpha()
        and view.token_list[t].text.islower()
        and (view.word(t) not in view.lx.function_words or view.word(t).endswith("ly"))
        and view.word(t) not in view.lx.verb_words
        for t in range(a, b)
    )


def _has_unquoted_content_words(view: SentenceView, a: int, b: int, needed: int) -> bool:
    """Whether at least *needed* words outside quotations and not light are among the tokens from token *a* on
    that start before *b* (read only until that many are found).
    """
    count = 0
    quoted, light = view.quoted, view.lx.words("light")
    folded = view.toks.folded[0]  # (each token's text folded once, when the tokens were made)
    for k in range(a, len(view.toks)):
        tok = view.token_list[k]
        if tok.start >= b:
            break
        # (a word: what Token.is_word tests, read inline, without a property's frame)
        if quoted[k] is None and tok.text[0].isalnum() and folded[k] not in light:
            count += 1
            if count >= needed:
                return True
    return False


def _indirect(state: ExtractionState, views: _Views, drafts: list[StatementDraft]) -> None:
    covered_direct = {(d.start, d.end) for d in drafts}
    _ = covered_direct
    for si, view in views.items():
        toks = view.token_list
        for vm in view.reporting:
            if view.speech(vm.first) is not None:
                continue  # (a verb in scare quotes is the writer's: 'Lavrov “strongly suggested” to Blinken that …')
            info = vm.payload
            if vm.first > 0 and view.word(vm.first - 1) in view.lx.words("not_reported"):
                continue
            if (
                vm.first > 1
                and view.word(vm.first - 1) in {"also", "further"}
                and view.word(vm.first - 2) in view.lx.words("not_reported")
            ):
                continue
            if info.tense in {"past", "participle"} and _passive(view, vm.first):
                continue  # "Blinken was told that …", "has been described as …": the subject is not the speaker
            content_tok: int | None = None
            as_object: int | None = None
            is_trailing = False
            through: str | None = None
            spoken: DocumentPhrase | None = None  # a document that speaks for itself
            if "source" in info.frames:
                if view.word(vm.first - 1) in view.lx.words("passive_aux"):
                    continue  # "X was quoted by Reuters as saying …": the words are X's (see _quoted_as)
                if vm.first > 0 and view.lx.channel_words.match_at(view.toks, vm.first - 1):
                    continue  # "according to a statement reported by Xinhua": the outlet of a document
                party = _source_party(view, vm.last)
                spoken = document_after(view, vm.last)  # "according to a joint statement issued on Monday, …"
                if spoken is not None:
                    party = []
                    if (
                        vm.first > 0
                        and toks[vm.first - 1].text == ","
                        and _reports_next(view, _past_phrase(view, spoken.last))
                    ):
                        continue  # "Xi, according to the Chinese readout, said …": the readout is the channel
                elif not party:
                    continue
                after = view.end_of(party) if spoken is None else _past_phrase(view, spoken.last)
                if vm.first == 0 and len(party) > 1 and not (after < len(toks) and toks[after].text == ","):
                    # "According to the Kremlin, X and Y discussed …": the list that runs on past the comma
                    # without closing is the content's subject, not more sources
                    first_end = view.end_of(party[:1])
                    if first_end < len(toks) and toks[first_end].text == ",":
                        party = party[:1]
                        after = first_end
                # "…, according to a French official, who spoke on condition of anonymity": a relative clause on
                # the source, not the content
                relative = view.word(after + 1) in view.lx.words("personal_relative")
                if vm.first == 0 or (after < len(toks) and toks[after].text == "," and not relative):
                    content_tok = after + 1 if after < len(toks) and toks[after].text == "," else after
                    speakers = party
                    if content_tok >= len(toks):
                        continue
                    start = toks[content_tok].start
                    end = _content_end(state, view, content_tok)
                else:
                    # "…, according to X" — the content is what came before
                    cut = vm.first - 1 if vm.first > 0 and toks[vm.first - 1].text == "," else vm.first
                    if cut <= 0 or _quoted_share(state, toks[0].start, toks[cut - 1].end):
                        continue  # "“…,” as reported by The Guardian" names the channel of a quotation
                    if _person_reports_before(state, view, cut):
                        continue  # "Xi told Lula that …, according to Xinhua": Xinhua is the channel of Xi's words
                    speakers = party
                    start = toks[_past_connective(view)].start
                    end = toks[cut - 1].end
            else:
                subject = _verb_subject(view, vm.first, info)
                quoted_as = _quoted_as(view, vm.first)
                if quoted_as is not None:
                    subject, outlet = quoted_as  # "X was quoted by Reuters as saying …"
                    through = _entity_name(state, outlet[0])
                trailing = False
                if not subject:
                    # ", said X." after content
                    inverted = view.party_after(vm.last)
                    if (
                        inverted
                        and vm.first > 1
                        and toks[vm.first - 1].text in {",", "”", '"'}
                        # "…, said Kirby." but not "An official, speaking on condition of anonymity, said Biden
                        # pressed Xi …": the name opens the words said
                        and _ends_clause(view, view.end_of(inverted))
                        and not _quotation_opens(view, view.end_of(inverted))  # "said China “firmly opposes” …"
                    ):
                        subject = inverted
                        trailing = True
                spoken = document_subject(view, vm.first) if quoted_as is None else None
                if spoken is not None:
                    subject, trailing = [], False  # "A joint statement issued after the talks said …": it speaks
                    document: int | None = spoken.first - 1
                else:
                    document = None if subject else _document_before(view, vm.first)
                    if document is not None:
                        # "The statement added that …", "…, the statement said.": the words of whoever the
                        # statement was last reported from
                        source = _last_source(_reporters(state, views), si, toks[document].start)
                        subject = [source] if source is not None else []
                if not subject and spoken is None:
                    continue
                speakers = subject
                subj_start = view.start_of(subject) if document is None else document
                if subj_start > 2 and view.word(subj_start - 1) in _word_sets(view).articles_or_institution:
                    subj_start -= 1  # "…, the Kremlin said.", "…, a Kremlin spokesman said.", "…, his ministry said."
                elif (
                    subj_start > 4
                    and toks[subj_start - 1].text in POSSESSIVE
                    and toks[subj_start - 2].text.isalpha()
                    and toks[subj_start - 2].text.islower()
                    and view.word(subj_start - 3) in {"the", "its", "their"}
                ):
                    subj_start -= 3  # "…, the group's leader Abdul Malik al-Houthi said."
                elif subj_start > 2 and view.word(subj_start - 1) in view.lx.words("outlet_noun"):
                    subj_start = _description_start(view, subj_start - 1)  # "…, state broadcaster CCTV reported."
                elif subj_start > 2 and view.word(subj_start) in view.lx.words("spokes_noun"):
                    subj_start = _description_start(view, subj_start)  # "…, State House spokesman X said."
                set_off = False
                if (
                    document is None
                    and subj_start > 3
                    and toks[subj_start - 1].text == ","
                    and vm.first == view.end_of(subject) + 1
                    and toks[vm.first - 1].text == ","
                    and (title_start := _title_before_name(view, subj_start - 1)) is not None
                ):
                    # "…, Sri Lanka's High Commissioner in New Delhi, Dilrukshi Fernando, said."
                    subj_start, set_off = title_start, True
                between = _word_sets(view).between_or_spokes
                is_trailing = (
                    trailing
                    or (document is not None and document > 1 and _ends_clause(view, vm.last))
                    or (
                        subj_start > 1
                        and toks[subj_start - 1].text == ","
                        and _ends_clause(view, vm.last)
                        # "…, X said." but not "About an hour earlier, X had sounded optimistic, saying …"
                        and (
                            set_off
                            or all(
                                view.word(t) in between or toks[t].text in POSSESSIVE  # "…, Sheinbaum's office said."
                                for t in range(view.end_of(subject), vm.first)
                            )
                            or _appositive_between(view, view.end_of(subject), vm.first)
                            # "…, an Iranian foreign ministry statement said."
                            or any(
                                m.last == vm.first
                                for m in view.lx.channel_words.find_all(view.toks, view.end_of(subject), vm.first)
                            )
                        )
                    )
                )
                if is_trailing and set(info.frames) <= {"obj_to", "for"} and view.owner[vm.last] is not None:
                    # "On Monday evening, Adhikari called on President Bhuiyan at Bangabhaban.": a courtesy
                    # call on someone, not words urged (those follow with "to")
                    is_trailing = False
                if is_trailing:
                    cut = subj_start - 1 if not trailing else vm.first - 1
                    needed = 4 if _quoted_share(state, toks[0].start, toks[cut - 1].end) else 2
                    if cut <= 1 or not _has_unquoted_content_words(view, 0, toks[cut - 1].end, needed):
                        continue  # "The visit was a success, Blinken said." reports two words of content
                    first = _past_connective(view)
                    if (
                        spoken is None
                        and all(_is_institution(state, p) for p in subject)
                        and any(other.last < cut and view.quoted[other.first] is None for other in view.reporting)
                        and (
                            all(_is_outlet(state, p) for p in subject)
                            or view.quoted[min(first + 1, cut - 1)] is not None
                        )
                    ):
                        # "Putin said he welcomed the plan, the AP reports": the outlet is the channel of Putin's
                        # words; "“…,” Xi told Biden, the ministry said": the ministry, of Xi's quotation. A
                        # ministry's or an office's own account of what was said is a report of its own
                        # ("Lavrov told Kerry that …, the foreign ministry said").
                        continue
                    start = toks[first].start
                    end = toks[cut - 1].end
                else:
                    k = vm.last
                    own = view.quoted[vm.first]
                    if own is not None and k < len(toks) and not toks[k].is_word and view.quoted[k] == own:
                        k += 1  # 'Lavrov “strongly suggested” that …': past the mark closing the verb's scare quote
                    frames = info.frames
                    if "obj_clause" in frames and not ("clause" in frames and view.word(k) == "that"):
                        # "told reporters (that) …" / "told Blinken that …"
                        # past the audience and a setting ("told a weekly press conference in Tehran on Monday
                        # that …"), but not into a clause already reported ("told reporters the plan was dead")
                        stops = _word_sets(view).be_or_modal
                        j = k
                        while (
                            j < len(toks)
                            and j < k + _AUDIENCE_REACH
                            and view.word(j) != "that"
                            and toks[j].text != ","
                            and view.word(j) not in stops
                        ):
                            j += 1
                        if j < len(toks) and view.word(j) == "that":
                            k = j + 1
                        elif view.owner[k] is not None or view.word(k) in _word_sets(view).audience_or_object:
                            k = k + 1 if view.owner[k] is None else view.end_of([view.owner[k]])  # type: ignore[list-item]
                            if view.word(k) in view.lx.words("audience"):
                                k += 1  # "told the press", "told Chinese lawmakers"
                        elif "clause" not in frames:
                            continue
                    elif "as" in frames and frames == ("as",):
                        j = k
                        while j < len(toks) and j < k + 12 and view.word(j) != "as":
                            j += 1
                        if j >= len(toks) or view.word(j) != "as":
                            continue
                        as_object = k  # "described the talks … as Y": the words are "the talks … as Y"
                        k = j + 1
                    elif frames == ("np_for",) and "for" not in {view.word(j) for j in range(k, min(len(toks), k + 8))}:
                        continue  # "blamed US sanctions for the delay" reports a charge; "blamed Israel" none
                    elif frames == ("obj_to",) and "to" not in {view.word(j) for j in range(k, min(len(toks), k + 10))}:
                        continue  # "called on Israel to stop" reports a demand; "called on Modi at his office" a visit
                    # "said Tuesday that …", "announced on Wednesday his intention …": the day is not what was said
                    past_time = k == vm.last
                    while k < len(toks):
                        if _is_time_word(state, view, k):
                            k += 1
                        elif view.word(k) in {"on", "in", "at"} and _is_time_word(state, view, k + 1):
                            k += 2
                        else:
                            break
                    past_time = past_time and k > vm.last  # "pledged on Friday to …": only a time between
                    if (
                        view.word(k + 1) == "that"
                        and view.word(k) in view.lx.words("between_subject_verb")
                        and view.word(k) not in _word_sets(view).be_or_modal
                    ):
                        k += 1  # "said afterwards that …", "said later that …": when, not what
                    had_that = False
                    while k < len(toks) and view.word(k) in {"that", ":", ","} and view.quoted[k] is None:
                        had_that = had_that or view.word(k) in {"that", ":"}
                        k += 1
                    if "np" in frames and not had_that:
                        # "expressed hope that their summit would be fruitful": the hope's content
                        that = next((t for t in range(k, min(len(toks), k + 3)) if view.word(t) == "that"), None)
                        if that is not None and view.quoted[that] is None:
                            k = that + 1
                    if as_object is None and view.word(k) in view.lx.words("be_form"):
                        continue  # "what he said was its strong stance": a free relative, not a report
                    if not had_that and subj_start >= 1 and view.quoted[subj_start - 1] is not None:
                        continue  # "“…,” Putin told Xi, sitting beside him": the attribution of a quotation
                    if view.word(k) in view.lx.words("not_content_start"):
                        continue  # "said, though no breakthrough is expected": a comment, not the words
                    if had_that and view.word(k) in view.lx.words("passive_aux"):
                        continue  # "telling him during a clip that was released": a relative clause, not a report
                    if view.word(k) in view.lx.words("courtesy_noun") or (
                        view.word(k) in view.lx.words("determiner")
                        and view.word(k + 1) in view.lx.words("courtesy_noun")
                    ):
                        continue  # "expressed his condolences": thanks and condolences report no content
                    if (
                        not had_that
                        and toks[vm.first].text.lower() in view.lx.words("needs_that")
                        and (
                            (owner := view.owner[k]) is None
                            or _opens_noun_phrase(view, k)  # "recalled its ambassador"
                            or view.word(view.end_of([owner])) in POSSESSIVE  # "explained Russia's position"
                        )
                        and view.word(k) not in view.lx.words("pronoun_subject")
                        and view.word(k) not in view.lx.words("preposition")  # "posted on X that …": see below
                    ):
                        continue  # "concluded a 23-minute meeting": without "that", no clause was reported
                    # "warned against any attempt to …", "warned of serious consequences if …": what was warned of
                    against = view.word(k) in {"against", "of"} and info.lemma in view.lx.words("warning_verb")
                    # "said this was not an era of war": "this" is the reported clause's subject
                    subject_pronoun = (
                        view.word(k) in view.lx.words("pronoun_subject")
                        and view.word(k + 1) in _word_sets(view).be_or_modal
                    )
                    approximate = (
                        view.word(k) in view.lx.words("approximator")
                        and k + 1 < len(toks)
                        and (toks[k + 1].text[0].isdigit() or view.word(k + 1) in view.lx.words("quantifier"))
                        and not _is_time_word(state, view, k + 1)
                    )
                    if (
                        not against
                        and not had_that
                        and not subject_pronoun
                        and not approximate  # "said over 500 people were killed": a number, not a place or time
                        and view.word(k) in _word_sets(view).preposition_or_opener
                        # "pledged to keep London briefed": the promise is the words
                        and not (
                            (k == vm.last or past_time)
                            and view.word(k) == "to"
                            and "obj_to" in frames
                            and 1 <= len(speakers) <= _PLEDGING_SPEAKERS
                            and all(_is_person_like(state, speaker) for speaker in speakers)
                        )
                    ):
                        # "said in a statement that …": the content follows "that"; "said after the talks" has none,
                        # nor has "said in an interview that aired on Sunday" (a relative "that" before its verb)
                        that = next(
                            (
                                t
                                for t in range(k, min(len(toks), k + 14))
                                if view.word(t) == "that" and view.quoted[t] is None and not _relative_that(view, t)
                            ),
                            None,
                        )
                        if that is None:
                            continue
                        k = that + 1
                    while (
                        k < len(toks)
                        and view.word(k) in {"on", "in", "at"}
                        and k + 1 < len(toks)
                        and _is_time_word(state, view, k + 1)
                    ):
                        k += 2
                    if k >= len(toks):
                        continue
                    content_tok = k
                    if toks[k].text in {"“", '"', "«", "‘"} and view.quoted[k] is not None:
                        q = state.quotes[view.quoted[k]]  # type: ignore[index]
                        whole = q.start <= toks[k].start + 2 and _content_end(state, view, k) <= q.end + 1
                        if whole and (q.words >= state.options.min_quote_words or as_object is None):
                            # the reported words are all one quotation: direct only, or nothing when it is
                            # too short for a statement ("replied: “Not yet.”")
                            continue
                        if as_object is not None and q.words >= state.options.min_quote_words:
                            # "described the visit as “a photo opportunity …,” arguing that …": what it was
                            # described as is the quotation; what follows is reported on its own
                            continue
                    start = toks[k].start
                    end = _content_end(state, view, k)
            if end <= start:
                continue
            # the words among the tokens that start in [start, end), counted in C (tokens are in text order)
            lo = bisect.bisect_left(toks, start, key=_TOKEN_START)
            hi = bisect.bisect_left(toks, end, lo, key=_TOKEN_START)
            words = sum(map(str.isalnum, map(_FIRST_CHARACTER, view.toks.plain[0][lo:hi])))
            if words < (1 if info.frames == ("as",) else 2):
                continue  # "described the talks as “productive”" reports one word
            # a reported clause that is mostly a quotation: only the direct statement counts
            if (
                _quoted_share(state, start, end)
                and not _has_unquoted_content_words(view, lo, end, 3)  # (the tokens from lo on are those from start on)
            ):
                continue
            if not is_trailing and as_object is not None:
                start = toks[as_object].start
            if spoken is not None:
                draft = StatementDraft(
                    start,
                    end,
                    _INDIRECT,
                    speaker=spoken.entity,
                    verb=info.form,
                    cue=(toks[vm.first].start, toks[vm.last - 1].end),
                )
                drafts.append(draft)
                attach(state, draft, view, spoken)
                continue
            for found, mi in _speaker_entities(state, speakers):
                entity = found
                if entity is None and state.mentions[mi].kind is MentionKind.PRONOUN:
                    entity = _plural_speaker(state, drafts, state.mentions[mi])
                    if entity is None:
                        continue
                drafts.append(
                    StatementDraft(
                        start,
                        end,
                        _INDIRECT,
                        speaker=entity,
                        speaker_mention=mi,
                        verb=info.form,
                        cue=(toks[vm.first].start, toks[vm.last - 1].end),
                        channel=through or _channel(state, view, [entity]),
                    )
                )
        _ = si


def _occurrences(state: ExtractionState, views: _Views, role: str) -> Iterator[tuple[SentenceView, int]]:
    """Each sentence view and token where a word of the grammar *role* stands, building views only there."""
    words = lexical(state.resources).words(role)
    for si in range(len(state.sentences)):
        tokens = state.tokens(si)
        if tokens.folded[1].isdisjoint(words):
            continue  # (most sentences: no word of the role, told in C without a list of positions made)
        view = views[si]
        for k in tokens.positions(words, folded=True):
            yield view, k


def _judgements(state: ExtractionState, views: _Views, drafts: list[StatementDraft]) -> None:
    """ "Putin called Biden a constructive, experienced partner", "Kyiv branded the vote a sham": a verb
    of judgement, its object and a complement opened by "a" report what the subject said of the object
    (the guidelines' "call X Y"). The object and complement are the words; "called Xi a day later" is
    a call, not a judgement.
    """
    for view, k in _occurrences(state, views, "judging_verb"):
        toks = view.token_list
        found = view.judgement(k)
        subject = view.subject_before(k) if found else []
        if not found or not subject:
            continue
        start = toks[found[0]].start
        end = _content_end(state, view, found[1])
        if end <= toks[found[1]].start or _quoted_share(state, start, end):
            continue
        _add_reports(state, view, drafts, subject, (start, end), k)


def _add_reports(
    state: ExtractionState,
    view: SentenceView,
    drafts: list[StatementDraft],
    speakers: Sequence[int],
    words: tuple[int, int],
    k: int,
) -> None:
    """One indirect statement of clean offsets *words* per named speaker, cued by the verb at token *k*."""
    tok = view.token_list[k]
    for entity, mi in _speaker_entities(state, speakers):
        if entity is not None:
            drafts.append(
                StatementDraft(
                    *words,
                    StatementKind.INDIRECT,
                    speaker=entity,
                    speaker_mention=mi,
                    verb=tok.text,
                    cue=(tok.start, tok.end),
                    channel=_channel(state, view, [entity]),
                )
            )


_BY_REACH = 16
"""Tokens a description may run before the "by" that names who gave it ("described as … by both sides")."""


def _passive_descriptions(state: ExtractionState, views: _Views, drafts: list[StatementDraft]) -> None:
    """ "talks described as candid and constructive by both sides", "what is being described by the White
    House as a listening exercise", "the summit, hailed by state media as a new chapter, …": the words
    after "as" are what the party after "by" said of the thing described.
    """
    for view, k in _occurrences(state, views, "description_participle"):
        toks = view.token_list
        if view.quoted[k] is not None or view.owner[k] is not None:
            continue
        if view.word(k + 1) == "by":
            speakers = view.party_after(k + 2)
            after = view.end_of(speakers) if speakers else k
            if not speakers or view.word(after) != "as":
                continue
            first = after + 1
            end = _content_end(state, view, first) if first < len(toks) else 0
        elif view.word(k + 1) == "as":
            first = k + 2
            by = next(
                (
                    j
                    for j in range(first + 1, min(len(toks), first + _BY_REACH))
                    if view.word(j) == "by" and view.quoted[j] is None
                ),
                None,
            )
            speakers = view.party_after(by + 1) if by is not None else []
            if not speakers or by is None:
                continue
            end = toks[by - 1].end
        else:
            continue
        if first >= len(toks) or end <= toks[first].start:
            continue
        if toks[k - 1].text == ",":
            # "the summit, hailed by state media as a new chapter, ended …": the aside ends at its comma
            comma = next((j for j in range(first, len(toks)) if toks[j].text == "," and view.quoted[j] is None), None)
            if comma is not None:
                end = min(end, toks[comma - 1].end)
        start = toks[first].start
        if _quoted_share(state, start, end) and not _has_unquoted_content_words(view, first, len(toks), 2):
            continue
        _add_reports(state, view, drafts, speakers, (start, end), k)


def _person_reports_before(state: ExtractionState, view: SentenceView, cut: int) -> bool:
    """True when a person is the subject of a reporting verb before token *cut* ("Xi told Lula that …")."""
    for vm in view.reporting:
        if vm.last > cut or view.quoted[vm.first] is not None or "source" in vm.payload.frames:
            continue
        subject = view.subject_before(vm.first)
        if any(state.mentions[mi].kind is MentionKind.PERSON for mi in subject):
            return True
    return False


def _quoted_as(view: SentenceView, k: int) -> tuple[list[int], list[int]] | None:
    """The speaker and the outlet of "X was quoted by Y as saying …" or "Y quoted X as saying …" for the
    verb at token *k*.
    """
    if view.word(k - 1) != "as":
        return None
    quoted_by = view.owner[k - 2] if k >= 2 else None
    if quoted_by is not None:
        verb = view.start_of([quoted_by]) - 1
        if view.word(verb) in view.lx.words("determiner"):
            verb -= 1  # "Tasnim quoted a senior Iranian official as saying"
        if view.word(verb) in view.lx.words("quoting_verb"):
            outlet = view.subject_before(verb)  # "the IRNA news agency quoted Araghchi as saying"
            if outlet and all(_is_institution(view.state, mi) for mi in outlet):
                return [quoted_by], outlet
    if view.word(k - 2) in view.lx.words("quoting_verb") and view.word(k - 3) in view.lx.words("passive_aux"):
        # "Araqchi was quoted as saying by the official IRNA news agency"
        outlet = _outlet_by(view, k + 1)
        speaker = view.subject_before(k - 3)
        if outlet and speaker:
            return speaker, outlet
    for vm in view.reporting:
        if (
            vm.last >= k
            or "source" not in vm.payload.frames
            or view.word(vm.first - 1) not in view.lx.words("passive_aux")
        ):
            continue
        outlet = _source_party(view, vm.last)
        if outlet and view.end_of(outlet) == k - 1:
            speaker = view.subject_before(vm.first - 1)
            return (speaker, outlet) if speaker else None
    return None


_BY_OUTLET_REACH = 3
"""Most tokens from "saying" to the "by" of the outlet that quoted the words ("quoted as saying … by IRNA"), and
from "by" to the outlet's name ("by the official IRNA news agency")."""


def _outlet_by(view: SentenceView, k: int) -> list[int]:
    """The institution named after a "by" within reach of token *k* ("by the official IRNA news agency"), or []."""
    j = next((t for t in range(k, min(len(view.toks), k + _BY_OUTLET_REACH)) if view.word(t) == "by"), None)
    if j is None:
        return []
    t = j + 1
    while t < min(len(view.toks), j + 2 + _BY_OUTLET_REACH):
        o = view.owner[t]
        if o is not None and view.state.mentions[o].kind is MentionKind.DESCRIPTION:
            t = view.end_of([o])  # "by the official IRNA news agency": "the official" is read as a description
            continue
        if o is not None:
            outlet = view.party_after(t)
            return outlet if outlet and all(_is_institution(view.state, mi) for mi in outlet) else []
        if not view.token_list[t].text.islower():
            break
        t += 1
    return []


class _TopLevel:
    """Top-level quotations by position (they never overlap), for lookups without a scan."""

    def __init__(self, state: ExtractionState) -> None:
        self.quotes = [q for q in state.quotes if q.depth == 0]
        self.starts = [q.start for q in self.quotes]

    def around(self, offset: int) -> Quotation | None:
        """The top-level quotation whose words contain *offset*, if any."""
        i = bisect.bisect_right(self.starts, offset) - 1
        if i >= 0 and self.quotes[i].start <= offset < self.quotes[i].end:
            return self.quotes[i]
        return None

    def overlaps(self, start: int, end: int) -> bool:
        """True when a top-level quotation shares a character with ``[start, end)``."""
        i = bisect.bisect_left(self.starts, end) - 1
        return i >= 0 and self.quotes[i].end > start


def _plural_speaker(state: ExtractionState, drafts: list[StatementDraft], pronoun: MentionRecord) -> int | None:
    """ "They also expressed a desire …": the group that spoke in the sentences just before."""
    if pronoun.gender != "u":
        return None
    for d in reversed(drafts):
        if d.start >= pronoun.start or d.speaker is None:
            continue
        if pronoun.sentence - state.sentence_at(d.start) > 2:
            return None
        return d.speaker if state.entities[d.speaker].kind is ParticipantKind.GROUP else None
    return None


def _quoted_share(state: ExtractionState, start: int, end: int) -> bool:
    """True when a quotation long enough to be a statement of its own overlaps ``[start, end)``."""
    top: _TopLevel = state.cached("statements.top_quotes", lambda: _TopLevel(state))
    i = bisect.bisect_left(top.starts, end) - 1
    while i >= 0 and top.quotes[i].end > start:
        if top.quotes[i].words >= state.options.min_quote_words:
            return True
        i -= 1
    return False


def _named_in_quotes(view: SentenceView, open_tok: int, text: str) -> bool:
    """Whether a quotation in Title Case after a determiner, a possessive or a naming word is the name of
    something (a theme, an initiative, an operation, a book, a treaty), not words someone said.
    """
    if open_tok < 1:
        return False
    before = view.word(open_tok - 1)
    if not (
        before in view.lx.words("determiner")
        or before in view.lx.words("naming_cue")
        or view.token_list[open_tok - 1].text in POSSESSIVE
        or view.possessive_at(open_tok - 1)
    ):
        return False
    words = _WORD.findall(text)
    capitalised = sum(1 for w in words if w[0].isupper() or w[0].isdigit())
    # Title Case leaves only short words in lower case ("for", "and", "of the")
    minor = sum(1 for w in words if w.islower() and len(w) <= _MINOR_WORD)
    # (as many short words as capitalised ones: "State of the Union")
    return capitalised > 1 and capitalised + minor == len(words) and capitalised >= minor


_MINOR_WORD = 4
"""The longest word Title Case may leave in lower case ("with", "from")."""


_WORD = compile_pattern(r"[\p{L}\p{N}]+")
"""A word of a quotation's text."""


def _ends_clause(view: SentenceView, k: int) -> bool:
    """True when the verb ending at token *k* closes its clause: ``…, Xi said.``, ``…, Xi said on
    Monday.``, ``…, Xi told reporters.``, ``…, Xi told Reuters.``, ``…, Xi added, calling for …``.
    """
    toks = view.toks
    j = k
    state = view.state
    # a noun phrase may follow "told" or a preposition ("told supporters at a rally", "told local radio"),
    # but no verb, which would open the content ("…, Xi told him the deal was dead")
    phrase = view.word(k - 1) in view.lx.words("telling_verb")
    while j < len(toks) and j < k + 12:
        text = toks[j].text
        if text in {".", "!", "?", ";", "”", '"'}:
            return True
        if text == "," and (j + 1 >= len(toks) or any(vm.first == j + 1 for vm in view.reporting)):
            return True  # "…, Xi reportedly added, calling for …"
        if text == "," and (_appositive_to_end(view, j + 1) or _description_to_end(view, j + 1)):
            return True  # "…, said John Kirby, a White House spokesman."; "…, his office said, their first call …"
        if text == "," and view.word(j + 1) in view.lx.words("conjunction"):
            return True  # "…, the Kremlin said, and Putin accepted …": the next clause is no longer the report's
        if text == "," and view.word(j + 1) in view.lx.words("content_boundary"):
            return True  # "…, Peskov said, without giving a date.", "…, Xi said, citing …"
        if text == "," and _participle(view, j + 1):
            return True  # "…, his office said on Tuesday, dismissing a newspaper report"
        if text == "," and view.word(j + 1) == "in" and view.word(j + 2) == "what":
            return True  # "…, his office said, in what will be their first meeting since …": the writer's aside
        if view.word(j) in {"in", "on", "at", "via", "through"} and _channel_phrase(view, j + 1):
            # "…, the foreign ministry said in a statement."
            j += 2 if view.word(j + 1) in view.lx.words("determiner") else 1
            found = view.lx.channel_words.find_all(toks, j, min(len(toks), j + 5))
            j = found[0].last if found else j + 1  # past "a regular briefing"
            if view.word(j) == "with" and j + 1 < len(toks) and view.owner[j + 1] is not None:
                j += 1  # "… in an interview with RIA Novosti."
            continue
        if text == "," and _time_relation(view, j + 1):
            return True  # "…, his spokesman said on Wednesday, after Trudeau's remarks …"
        if view.word(j) in view.lx.words("day_shift") and _participle(view, j + 1):
            return True  # "…, Gondal said after meeting Liu Bingwen in Islamabad."
        if view.word(j) in {"in", "during", "at"} and (after := _meeting_phrase_end(view, j + 1)) is not None:
            j = after  # "…, Mohammed bin Salman told Trump in a phone call.", "…, Xi said during the talks."
            continue
        if view.word(j) == "on" and view.word(j + 1) in view.lx.words("attribution_tail"):
            j += 1  # "…, an official said on condition of anonymity."
            while (
                j < len(toks)
                and j < k + 12
                and (view.word(j) in view.lx.words("attribution_tail") or view.word(j) == "of")
            ):
                j += 1
            continue
        if (
            _is_time_word(state, view, j)
            or view.word(j) in view.lx.words("press")
            or view.word(j) in {"on", "in", "at"}
            or view.owner[j] is not None  # "…, US officials told Reuters.", "…, Xi told Blinken."
        ):
            phrase = phrase or view.word(j) in {"on", "in", "at"}
            j += 1
            continue
        if phrase and view.word(j) != "that" and _noun_phrase_word(view, j):
            j += 1  # "…, Imran Khan told supporters at a rally in Islamabad.", but "told Macron that …" opens words
            continue
        return False
    return j >= len(toks)


def _subject_pronoun(view: SentenceView, k: int) -> bool:
    """Whether token *k* is a personal pronoun of the ``pronouns`` lexicon in the subject case ("he", "she")."""
    entry = view.lx.pronouns.get(view.word(k))
    return entry is not None and "subject" in entry.values("case")


def _time_relation(view: SentenceView, k: int) -> bool:
    """Whether token *k* opens a phrase that dates an event against another: "after …", "a day after …",
    "hours before …" (at most two short words before the "after" or "before").
    """
    toks = view.token_list
    shift = view.lx.words("day_shift")
    for j in range(k, min(k + 3, len(toks) - 1)):
        if view.word(j) in shift:
            return True
        if not toks[j].text.islower() and not toks[j].text.isdigit():
            return False
    return False


def _description_start(view: SentenceView, k: int) -> int:
    """Where the description ending in the outlet or spokes noun at *k* starts: "…, state broadcaster CCTV
    reported.", "…, the official news agency WAM reported.", "…, State House spokesperson Hussein Mohamed
    said." (at most four words back, and its article).
    """
    toks = view.token_list
    j = k
    while j > max(0, k - 4) and toks[j - 1].text.isalpha():
        j -= 1
        if view.word(j) in _ARTICLES:
            break
    return j


def _participle(view: SentenceView, j: int) -> bool:
    """Whether token *j* is a lower-case "-ing" participle opening an adjunct ("dismissing", "citing")."""
    text = view.token_list[j].text if j < len(view.toks) else ""
    return len(text) > 5 and text.endswith("ing") and text.isalpha() and text.islower()


def _noun_phrase_word(view: SentenceView, j: int) -> bool:
    """A determiner or a lower-case word that is no verb and opens no clause: part of a noun phrase."""
    word = view.word(j)
    if word in view.lx.words("determiner"):
        return True
    text = view.token_list[j].text
    return (
        text.isalpha()
        and text.islower()
        and word not in view.lx.verb_words
        and word not in view.lx.words("content_boundary")
        and word not in view.lx.function_words
    )


def _meeting_phrase_end(view: SentenceView, k: int) -> int | None:
    """One past a meeting noun that starts at token *k* after a determiner or possessive ("a phone call",
    "their talks"), or None.
    """
    if view.word(k) in view.lx.words("determiner"):
        k += 1
    return next((m.last for m in view.meeting if m.first == k and m.payload.get("pos") == "noun"), None)


def _appositive_between(view: SentenceView, a: int, b: int) -> bool:
    """Whether tokens ``[a, b)`` are an appositive in commas between a subject and its verb
    (", a White House spokesman,"): no verb and no clause word inside.
    """
    toks = view.token_list
    if b - a < 3 or b - a > 12 or toks[a].text != "," or toks[b - 1].text != ",":
        return False
    return all(_appositive_word(view, t) for t in range(a + 1, b - 1))


def _appositive_to_end(view: SentenceView, k: int) -> bool:
    """Whether tokens from *k* to the sentence end are a short appositive noun phrase ("a White House
    spokesman", "the national security adviser"): a determiner, then no verb and no clause word.
    """
    toks = view.token_list
    if view.word(k) not in _ARTICLES:
        return False
    for j in range(k + 1, min(len(toks), k + 10)):
        if toks[j].text in {".", "!", "?"}:
            return j > k + 1
        if not _appositive_word(view, j) or view.word(j) in view.lx.words("be_form"):
            return False
    return False


_OPENING_MARKS = frozenset({"“", '"', "‘"})
"""Marks that may open a quotation (a straight mark opens or closes one)."""

_DESCRIPTION_WORDS = 14
"""Most words of a noun phrase that describes the event just reported ("their first call in more than a month")."""


def _description_to_end(view: SentenceView, k: int) -> bool:
    """Whether tokens from *k* to the sentence end are a noun phrase that describes the event the clause before
    the attribution told ("…, his office said, their first call in more than a month.", "…, in their first call
    in weeks."): opened by a possessive or an article, with no verb form of a clause ("…, Xi said, the talks had
    gone well" reports that).
    """
    toks = view.token_list
    if view.word(k) == "in" and toks[k - 1].text == ",":
        k += 1  # "…, officials said, in their first call in weeks."
    if view.word(k) not in _ARTICLES and not view.possessive_at(k):
        return False
    finite = _word_sets(view).clause_verbs
    named = False
    for j in range(k + 1, min(len(toks), k + _DESCRIPTION_WORDS)):
        if toks[j].text in {".", "!", "?"}:
            return j > k + 1
        word = view.word(j)
        if named and _opens_own_clause(view, j):
            return True  # "…, in the first call since the truce was extended": the clause is the call's own
        noun = word in view.lx.meeting_nouns  # "the first visit by a Japanese leader": a noun here
        named = named or noun
        if (not noun and not _appositive_word(view, j)) or word in finite or view.quoted[j] is not None:
            return False
    return False


def _relative_that(view: SentenceView, t: int) -> bool:
    """Whether "that" at token *t*, after a noun, is a relative pronoun: a verb follows it at once ("an interview
    that aired on Sunday", "a call that was broadcast"), where the "that" of reported words opens a subject.
    """
    if t + 1 >= len(view.toks):
        return False
    return view.ed_form(t + 1) or view.word(t + 1) in view.lx.words("passive_aux")


def _opens_own_clause(view: SentenceView, j: int) -> bool:
    """Whether token *j*, after a meeting noun, opens a clause of that noun's own: a subordinator before
    anything but a time ("the first call since the truce was extended", not "the talks since January had
    stalled"), or a relative pronoun ("a call that lasted an hour").
    """
    word = view.word(j)
    if word in view.lx.words("subordinator"):
        return not _is_time_word(view.state, view, j + 1)
    return word in {"that", "which"} and view.quoted[j] is None


def _quotation_opens(view: SentenceView, k: int) -> bool:
    """Whether a quotation opens at token *k*: its mark, then a word (a closing mark ends a clause instead)."""
    toks = view.token_list
    return k + 1 < len(toks) and toks[k].text in _OPENING_MARKS and toks[k + 1].text[:1].isalnum()


def _title_before_name(view: SentenceView, comma: int) -> int | None:
    """Where a title set off by commas before a name starts, the name's comma at token *comma*: ", Sri
    Lanka's High Commissioner in New Delhi, Dilrukshi Fernando, said" (a title word inside, no verb, at most
    ten words, and a comma before it); ``None`` otherwise.
    """
    toks = view.token_list
    j = comma - 1
    titled = False
    while j > 0 and j > comma - 11 and _appositive_word(view, j):
        titled = titled or bool(view.lx.titles.match_at(view.toks, j))
        j -= 1
    if titled and j < comma - 1 and toks[j].text == ",":
        return j + 1
    return None


def _appositive_word(view: SentenceView, t: int) -> bool:
    """Whether token *t* can stand in an appositive noun phrase: no verb, no clause word, no comma."""
    word = view.word(t)
    return word not in view.lx.verb_words and word not in {"that", "who", "which", ","}


def _is_time_word(state: ExtractionState, view: SentenceView, k: int) -> bool:
    if not state.times or not 0 <= k < len(view.toks):
        return False  # (no time expression in the article: no index of them to read)
    starts: list[int] = state.cached("statements.time_starts", lambda: [t.start for t in state.times])
    offset = view.token_list[k].start
    i = bisect.bisect_right(starts, offset) - 1
    return i >= 0 and state.times[i].start <= offset < state.times[i].end


class _Views:
    """Sentence views by index, built on demand (see :func:`diplomeet.rules.context.view`)."""

    def __init__(self, state: ExtractionState) -> None:
        self.state = state

    def __getitem__(self, index: int) -> SentenceView:
        return sentence_view(self.state, index)

    def items(self) -> Iterator[tuple[int, SentenceView]]:
        for index in range(len(self.state.sentences)):
            yield index, sentence_view(self.state, index)


def statements(state: ExtractionState) -> None:
    """Find direct and indirect statements (``state.statements``)."""
    views = _Views(state)
    drafts: list[StatementDraft] = []
    _direct(state, views, drafts)
    if state.options.indirect_statements:
        _indirect(state, views, drafts)
        _judgements(state, views, drafts)
        _passive_descriptions(state, views, drafts)
    finish_voices(state, drafts)
    drafts.sort(key=lambda d: (d.start, d.end))
    # one statement per wording, kind and speaker: web pages repeat paragraphs and pull quotes
    seen: set[tuple[str, StatementKind, int | None]] = set()
    out = []
    for d in drafts:
        key = (" ".join(state.text[d.start : d.end].split()), d.kind, d.speaker)
        if key in seen:
            continue
        seen.add(key)
        out.append(d)
    state.statements = out
