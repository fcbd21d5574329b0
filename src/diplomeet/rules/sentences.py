"""Rule ``sentences``: sentence boundaries of the clean view.

A line break ends a sentence (web text puts headlines, captions and paragraphs
on lines of their own) unless the line stops mid-sentence and the next one goes
on in lower case (hard-wrapped text). Inside a line, ``.``, ``!``, ``?`` or ``…``
followed by a capital, digit or opening quote end a sentence, except after an
abbreviation from the ``abbreviations`` lexicon or a one-letter initial, and
except inside a quotation (a quoted passage of several sentences stays with its
attribution). Stretches longer than ``Options.max_sentence_chars`` are cut at a
space, which bounds the work of every later rule per sentence.
"""

from __future__ import annotations

import itertools

from diplomeet.patterns import compile_pattern
from diplomeet.resources import Resources
from diplomeet.rules._ranges import inside as in_ranges
from diplomeet.state import ExtractionState, Sentence

__all__ = ["sentences"]

_END = r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[\p{Lu}\p{N}])"
_LINE_END_PUNCT = ".!?:;\"'”’»)]…"


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
    paragraph = 0
    pos = 0
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
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
            _split_line(text, pos, line_end, paragraph, end_pattern, abbreviations, inside, limit, out)
            paragraph += 1
        pos = line_end + 1
    state.sentences = out


def _quoted_ranges(state: ExtractionState) -> list[tuple[int, int]]:
    return [(q.start, q.end) for q in state.quotes if q.depth == 0 and len(q.paragraphs) == 1]


def _split_line(
    text: str,
    start: int,
    end: int,
    paragraph: int,
    end_pattern: object,
    abbreviations: frozenset[str],
    inside: list[tuple[int, int]],
    limit: int,
    out: list[Sentence],
) -> None:
    cuts = [start]
    for m in end_pattern.finditer(text, start, end):  # type: ignore[attr-defined]
        first = m.start()
        if text[first] == "." and m.end() - first == 1 and _is_abbreviation(text, first, abbreviations):
            continue
        if in_ranges(inside, m.end() - 1):
            continue  # a full stop inside a quotation that goes on: "We must act. Now is the time," he said
        cuts.append(m.end())
    cuts.append(end)
    for a, b in itertools.pairwise(cuts):
        _emit(text, a, b, paragraph, limit, out)


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
