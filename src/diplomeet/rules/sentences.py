"""Rule ``sentences``: sentence boundaries of the clean view.

A line break ends a sentence (web text puts headlines, captions and paragraphs
on lines of their own) unless the line stops mid-sentence and the next one goes
on in lower case (hard-wrapped text). Inside a line, ``.``, ``!``, ``?`` or ``…``
followed by a capital, digit or opening quote end a sentence, except after an
abbreviation from the ``abbreviations`` lexicon or a one-letter initial, and
except inside a quotation (a quoted passage of several sentences stays with its
attribution). Stretches longer than ``Options.max_sentence_chars`` are cut at a
space, which bounds the work of every later rule per sentence. A wire dateline
opening a line ("BEIJING, May 13 (Reuters) - ", "TOKYO (AP) — ") is a sentence
of its own, so that the lead's reported words start after it.
"""

from __future__ import annotations

import bisect
import itertools

from diplomeet.patterns import compile_pattern
from diplomeet.resources import Resources
from diplomeet.rules._ranges import inside as in_ranges
from diplomeet.rules.lexical import lexical
from diplomeet.state import ExtractionState, Sentence

__all__ = ["PROSE_END", "dateline_place", "headline", "sentences"]

_STOPS = ".!?…"
"""The characters a sentence can end with: every match of :data:`_END` opens with one."""
_END = rf"[{_STOPS}]+[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[\p{{Lu}}\p{{N}}])"
_LINE_END_PUNCT = ".!?:;\"'”’»)]…"

PROSE_END = frozenset('.!?"”’…')
"""Characters that end a sentence of prose; a headline (or a caption, a link) ends without them."""


def headline(text: str, sentence: Sentence) -> bool:
    """Whether *sentence* of *text* ends as a headline does, without a full stop or closing quote
    ("Blinken to meet Wang in Munich", "Modi, Xi hold talks in Kazan").
    """
    return sentence.end > sentence.start and text[sentence.end - 1] not in PROSE_END


_CAPS_WORD = r"[\p{Lu}][\p{Lu}\p{M}.'’/-]*+"
_NAME_WORD = r"[\p{Lu}][\p{L}\p{M}.'’/-]*+"
_DATELINE = (
    # "BEIJING, May 13 (Reuters) - ", "GOYANG, South Korea – ", "Washington (CNN) — ", "NEW DELHI: ",
    # "MOSCOW, March 20. /TASS/. ", "(Reuters) – ": the place, its region, the day and the agency
    rf"(?:(?P<place>{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,3}})"
    rf"(?:,[ ]{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,2}})?"
    r"(?P<date>,[ ][\p{Lu}][\p{Ll}]{2,8}\.?[ ]\d{1,2}(?:,[ ]\d{4})?)?"
    r"(?:\.?[ ]?/\p{Lu}{2,10}/\.?)?[ ]?)?"
    r"(?:\((?P<agency>[\p{L}][\p{L}.&/ -]{0,30}+)\)[ ]?)?"
    r"(?:(?P<sep>--|[-–—:])[ ]++|(?<=\)[ ])(?=\p{Lu}))"  # "Singapore, Mar 23 (PTI) External …": no dash
)
"""A wire dateline opening a line; checked further by :func:`_dateline_end`."""


def _abbreviations(resources: Resources) -> frozenset[str]:
    return frozenset(e.text.casefold() for e in resources.lexicon("abbreviations"))


def _is_abbreviation(text: str, dot: int, abbreviations: frozenset[str]) -> bool:
    """True when the full stop at *dot* closes an abbreviation or an initial."""
    start = dot
    floor = max(0, dot - 12)  # no abbreviation is longer: bounds the scan on hostile input
    while start > floor and not text[start - 1].isspace() and text[start - 1] not in "(\"“‘'":
        start -= 1
    word = text[start : dot + 1]
    if word.casefold() in abbreviations:
        return True
    bare = word[:-1]
    return len(bare) == 1 and bare.isupper()


def sentences(state: ExtractionState) -> None:
    """Split the clean view into :class:`~diplomeet.state.Sentence` records."""
    text = state.text
    abbreviations = state.resources.get("sentences.abbreviations", _abbreviations)
    limit = state.options.max_sentence_chars
    inside = _quoted_ranges(state)
    out: list[Sentence] = []
    end_pattern = compile_pattern(_END)
    stops = _stop_positions(text)
    paragraph = 0
    pos = 0
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        if nl == pos:
            pos += 1  # an empty line (between paragraphs): no sentence, nothing to join
            continue
        line_end = n if nl < 0 else nl
        # join hard-wrapped lines: no end punctuation here, lower-case start on the next line
        while line_end < n:
            last = line_end
            while last > pos and text[last - 1] == " ":
                last -= 1
            nxt = line_end + 1
            while nxt < n and text[nxt] == " ":
                nxt += 1
            if (
                last > pos
                and text[last - 1] not in _LINE_END_PUNCT
                and nxt < n
                and text[nxt].islower()
                and line_end - pos < limit
            ):
                nl = text.find("\n", nxt)
                line_end = n if nl < 0 else nl
            else:
                break
        if text[pos:line_end].strip():
            _split_line(text, pos, line_end, paragraph, end_pattern, stops, abbreviations, inside, limit, out)
            paragraph += 1
        pos = line_end + 1
    state.sentences = out


def _quoted_ranges(state: ExtractionState) -> list[tuple[int, int]]:
    return [(q.start, q.end) for q in state.quotes if q.depth == 0 and len(q.paragraphs) == 1]


_ONE_THREAD = False
"""The ``concurrent`` argument of the regex module's matching methods, passed by position: by default the
module gives up the interpreter lock and takes it back around every match, a third of the cost of a short
one (as a keyword, the argument costs about as much to parse). Each line is matched twice or more."""



def _stop_positions(text: str) -> list[int]:
    """The offsets in *text* of the characters of :data:`_STOPS`, in order: the only places where :data:`_END`
    can match, found by searches in C (an article holds a few hundred; the pattern's own search would try it
    at every character of every line).
    """
    found: list[int] = []
    for stop in _STOPS:
        i = text.find(stop)
        while i >= 0:
            found.append(i)
            i = text.find(stop, i + 1)
    found.sort()
    return found


def _split_line(
    text: str,
    start: int,
    end: int,
    paragraph: int,
    end_pattern: object,
    stops: list[int],
    abbreviations: frozenset[str],
    inside: list[tuple[int, int]],
    limit: int,
    out: list[Sentence],
) -> None:
    dateline = _dateline_end(text, start, end)
    if dateline > start:
        _emit(text, start, dateline, paragraph, limit, out)  # "BEIJING, May 13 (Reuters) -": no part of the lead
        start = dateline
    cuts = [start]
    after = start  # where the last match ended: the matches do not overlap, as those of a search along the line
    # (a match takes a stop, a space and a capital or digit: none opens in the last two characters of the line)
    for first in stops[bisect.bisect_left(stops, start) : bisect.bisect_left(stops, end - 2)]:
        if first < after:
            continue  # "?!": inside the match before
        m = end_pattern.match(text, first, end, _ONE_THREAD)  # type: ignore[attr-defined]
        if m is None:
            continue
        after = m.end()
        if text[first] == "." and after - first == 1 and _is_abbreviation(text, first, abbreviations):
            continue
        if in_ranges(inside, after - 1):
            continue  # a full stop inside a quotation that goes on: "We must act. Now is the time," he said
        cuts.append(after)
    cuts.append(end)
    for a, b in itertools.pairwise(cuts):
        _emit(text, a, b, paragraph, limit, out)


_DATELINE_SENTENCES = 6
"""How many sentences from the top of an article its dateline may open."""


def dateline_place(state: ExtractionState) -> tuple[int, int] | None:
    """The offsets of the place of the article's wire dateline ("PUTRAJAYA" of "PUTRAJAYA, Jan 27
    (Bernama) --"), where "here" in its story points; None without a dateline.
    """
    text = state.text
    pattern = compile_pattern(_DATELINE)
    for sentence in state.sentences[:_DATELINE_SENTENCES]:
        if _dateline_end(text, sentence.start, len(text)) <= sentence.start:
            continue
        m = pattern.match(text, sentence.start, min(len(text), sentence.start + 120))
        if m is None or m.group("place") is None:
            continue
        if m.group("agency") or m.group("date") or _known_place(state, m.group("place")):
            return m.start("place"), m.end("place")  # not a kicker: "RELATED:", "WATCH:"
    return None


def _known_place(state: ExtractionState, place: str) -> bool:
    """Whether the gazetteer knows *place* as a city or country, in capitals or not ("NEW DELHI")."""
    lx = lexical(state.resources)
    name = place.title() if place.isupper() else place
    return bool(lx.places.lookup(name) or lx.countries.lookup(name))


def _dateline_end(text: str, start: int, end: int) -> int:
    """Where the wire dateline opening the line at *start* ends ("BEIJING, May 13 (Reuters) - "), or *start*.

    Without an agency in brackets, the place must be in capitals ("MOSCOW -- ", "NEW DELHI: "), and a
    colon must not open a quotation ("BIDEN: “…”" labels a speaker).
    """
    stop = min(end, start + 120)
    window = text[start:stop]
    if "-" not in window and ":" not in window and ")" not in window and "–" not in window and "—" not in window:
        # every dateline ends at a dash or colon, or after an agency's closing bracket: most lines hold none
        # near their start, and are passed over without the pattern's match (the costliest of the rule)
        return start
    m = compile_pattern(_DATELINE).match(text, start, stop, _ONE_THREAD)
    if m is None or m.end() >= end:
        return start
    place, agency = m.group("place"), m.group("agency")
    if place is None and agency is None:
        return start
    if m.group("sep") is None and (m.group("date") is None or agency is None):
        return start  # without a dash only a full dateline: place, day and agency
    if agency is None:
        letters = [c for c in place if c.isalpha()]
        if len(letters) < 3 or not all(c.isupper() for c in letters):
            return start
        if m.group("sep") == ":" and text[m.end()] in "\"“‘'«„":
            return start
    return int(m.end())


def _emit(text: str, start: int, end: int, paragraph: int, limit: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > limit:
        cut = text.rfind(" ", start + limit // 2, start + limit)
        if cut <= start:
            cut = start + limit
        out.append(Sentence(start, cut, paragraph))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        out.append(Sentence(start, end, paragraph))
