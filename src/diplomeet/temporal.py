# Copyright (c) 2026 the diplomeet developers. Licence: MIT.
"""Time expressions and durations in English news text.

This module is self-contained: it finds the phrases that say *when* something
happened ("on Monday", "14 November 2022", "later this year", "May 10-11") and
*how long* it lasted ("a 35-minute call", "more than three hours"), and turns
them into calendar values. Its vocabulary comes from four lexicon files
(``calendar``, ``numbers``, ``time_units``, ``time_words``); the grammar that
combines the words is here.

Finding::

    >>> [e.text for e in find_time_expressions("Blinken met Xi on Monday, June 19.")]
    ['Monday, June 19']
    >>> [(d.text, d.minutes) for d in find_durations("They spoke for roughly 30 minutes.")]
    [('roughly 30 minutes', 30)]

Resolving against the publication date::

    >>> import datetime
    >>> expr = find_time_expressions("They met last Friday.")[0]
    >>> resolve(expr, datetime.date(2023, 6, 19))
    (datetime.date(2023, 6, 16), <Precision.DAY: 'day'>)

Decisions worth knowing:

* Spans leave out a governing preposition: "on Monday" gives ``Monday``, "in
  2019" gives ``2019``. Words that change the meaning stay in: "last Friday",
  "later this year", "early May", "Wednesday afternoon", "the 16th", and the
  "from"/"between" of a range joined by a word ("from Monday to Wednesday").
* A weekday followed by an explicit date ("Tuesday, March 21", "Tuesday (March
  21)") is **one** expression of kind :attr:`TimeKind.DATE` that keeps the
  weekday; the explicit date wins when resolving.
* Month and weekday names count only when capitalised (or in capitals). Names
  that are also ordinary words ("May", "March", "August") and abbreviations
  ("Jan", "Wed") stand alone as a time only after a preposition ("in May"); in a
  full date they always count.
* A bare year (1900-2099) counts only after a preposition ("in", "since", "by",
  ...), an edge word ("early 2019", "mid-2020") or as a range ("from 2019 to
  2021"), and never inside a longer number.
* Numeric dates: ``2023-06-19`` and ``2023/06/19`` are year-month-day;
  ``6/19/2023`` is month/day unless the first number is over 12; ``19.06.2023``
  (with dots) is day.month.
* An impossible date ("February 30", "31 April 2023") is not an expression, and
  it does not fall back to a shorter one ("February").
* Weeks have no precision of their own: "last week" resolves to the month of
  that week's Monday, with :attr:`~diplomeet.models.Precision.MONTH`.
* A range ("May 10-11", "27-28 February", "from Monday to Wednesday",
  "between 2019 and 2021") is one expression whose :attr:`TimeExpression.range_end`
  is the expression of its last part.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import math
from collections.abc import Callable, Iterable, Iterator
from fractions import Fraction
from typing import Any

import attrs
import regex  # type: ignore[import-untyped,unused-ignore]
from dateutil.parser import isoparse
from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

from diplomeet import lexicons
from diplomeet.models import Precision, Qualifier

__all__ = [
    "DurationExpression",
    "TimeExpression",
    "TimeKind",
    "find_durations",
    "find_time_expressions",
    "parse_number",
    "parse_published",
    "resolve",
    "resolve_range",
]


class TimeKind(str, enum.Enum):
    """What sort of time a :class:`TimeExpression` names."""

    DATE = "date"
    """A day of a month, with or without its year: "14 November", "2023-06-19"."""
    MONTH = "month"
    """A month, with or without its year: "in November", "Nov. 2022", "last May"."""
    YEAR = "year"
    """A year: "in 2019", "mid-2020"."""
    WEEKDAY = "weekday"
    """A day of the week: "Monday", "last Friday", "Wednesday afternoon"."""
    DAY_OF_MONTH = "day_of_month"
    """A day number alone, in the publication month: "the 16th"."""
    RELATIVE_DAY = "relative_day"
    """A day counted from publication: "yesterday", "earlier today", "three days ago"."""
    RELATIVE_PERIOD = "relative_period"
    """A week, month or year counted from publication: "next week", "later this year"."""
    VAGUE = "vague"
    """A relative period with no calendar value: "in the coming weeks"."""
    STORY_DAY = "story_day"
    """A day counted from the day the story last named, not from publication: "the next day",
    "later that day", "two days later". It has no value of its own (:func:`resolve` gives none)."""

    def __str__(self) -> str:
        """Return the value, as in JSON."""
        return str(self.value)


@attrs.frozen
class TimeExpression:
    """A time expression found in a text, with what it says parsed but not yet resolved.

    Which fields are set depends on :attr:`kind`; the others are ``None``.
    """

    start: int
    """Offset of the first character in the source text."""
    end: int
    """Offset one past the last character."""
    text: str
    """The expression as written: ``source[start:end]``."""
    kind: TimeKind
    """What sort of time it names."""
    year: int | None = None
    """The year, when written (or, for a range's last part, carried from the first)."""
    month: int | None = None
    """The month, 1-12."""
    day: int | None = None
    """The day of the month, 1-31."""
    weekday: int | None = None
    """The day of the week, 0 (Monday) to 6 (Sunday)."""
    offset: int | None = None
    """How far from publication: days for :attr:`TimeKind.RELATIVE_DAY` (for :attr:`TimeKind.STORY_DAY`,
    days from the story's day), ``unit``\\s for
    :attr:`TimeKind.RELATIVE_PERIOD`; -1/0/+1 for "last"/"this"/"next" before a weekday or
    month; +1 (future) or -1 (past) for :attr:`TimeKind.VAGUE`. ``None`` when not said."""
    unit: str | None = None
    """``"week"``, ``"month"`` or ``"year"`` for :attr:`TimeKind.RELATIVE_PERIOD`, or a recurring period:
    ``"weekend"``, ``"spring"``, ``"summer"``, ``"autumn"``, ``"winter"`` ("next summer"; with ``offset``
    ``None``, "over the weekend": the nearest one)."""
    edge: str | None = None
    """``"early"``, ``"late"`` or ``"mid"`` when the text narrows the period ("late 2019")."""
    part_of_day: str | None = None
    """``"morning"``, ``"afternoon"``, ``"evening"`` or ``"night"`` when given."""
    range_end: TimeExpression | None = None
    """For a range, the expression of its last part (its own span inside this one)."""

    @property
    def is_range(self) -> bool:
        """Whether the expression names a range of days, months or years."""
        return self.range_end is not None

    @property
    def is_relative(self) -> bool:
        """Whether resolving it needs the publication date."""
        if self.kind in (TimeKind.DATE, TimeKind.MONTH):
            return self.year is None
        return self.kind is not TimeKind.YEAR


@attrs.frozen
class DurationExpression:
    """A stated length of time: "a 35-minute call", "more than three hours"."""

    start: int
    """Offset of the first character (of the hedge word, when there is one)."""
    end: int
    """Offset one past the last character."""
    text: str
    """The expression as written: ``source[start:end]``."""
    minutes: int
    """The length in whole minutes, rounded half up (a day is 1440)."""
    qualifier: Qualifier = Qualifier.EXACT
    """How the text hedges the number ("roughly" -> about, "more than" -> more_than)."""


_Cand = tuple[int, int, "TimeExpression | None"]
"""A candidate span; ``None`` marks an impossible date that blocks its span."""
_Handler = Callable[[str, Any], Iterable[_Cand]]

_NONE: tuple[None, None] = (None, None)
_WEEKDAYS = (MO, TU, WE, TH, FR, SA, SU)

# ---------------------------------------------------------------- vocabulary


@attrs.frozen
class _CalWord:
    number: int
    abbreviation: bool
    ambiguous: bool


@attrs.frozen
class _Unit:
    unit: str
    minutes: Fraction
    duration: bool
    period: bool
    abbreviation: bool
    nearest: bool = False
    """A recurring period "the" names after a preposition, the nearest one ("over the weekend")."""
    anchor: str | None = None
    """The weekday or month a recurring period starts on ("Saturday" for a weekend, "June" for summer)."""


@attrs.frozen
class _Word:
    kinds: frozenset[str]
    offset: int | None
    label: str | None


@attrs.frozen
class _Vocab:
    months: dict[str, _CalWord]
    weekdays: dict[str, _CalWord]
    month_forms: tuple[tuple[str, _CalWord], ...]
    weekday_forms: tuple[tuple[str, _CalWord], ...]
    numbers: dict[str, tuple[Fraction, str]]
    units: dict[str, _Unit]
    words: dict[str, _Word]

    def phrases(self, kind: str) -> list[str]:
        return [p for p, w in self.words.items() if kind in w.kinds]

    def word(self, phrase: str, kind: str) -> _Word | None:
        w = self.words.get(" ".join(phrase.lower().split()))
        return w if w is not None and kind in w.kinds else None

    def unit(self, form: str) -> _Unit | None:
        u = self.units.get(form)
        if u is None:
            u = self.units.get(form.lower())
            if u is not None and u.abbreviation:
                return None
        return u

    def month(self, form: str) -> _CalWord | None:
        return self.months.get(form.rstrip("."))

    def weekday(self, form: str) -> _CalWord | None:
        return self.weekdays.get(form.rstrip("."))


@functools.cache
def _vocab() -> _Vocab:
    months: dict[str, _CalWord] = {}
    days: dict[str, _CalWord] = {}
    month_forms: list[tuple[str, _CalWord]] = []
    weekday_forms: list[tuple[str, _CalWord]] = []
    for e in lexicons.load("calendar"):
        flags = set(e.values("flags"))
        cw = _CalWord(int(e.get("number") or 0), "abbreviation" in flags, "ambiguous" in flags)
        table, forms = (months, month_forms) if e.get("kind") == "month" else (days, weekday_forms)
        for variant in (e.text, e.text.upper()):
            if variant not in table:
                table[variant] = cw
                forms.append((variant, cw))
    numbers = {
        e.text.lower(): (Fraction(e.get("value") or "0"), e.get("kind") or "unit") for e in lexicons.load("numbers")
    }
    units: dict[str, _Unit] = {}
    for e in lexicons.load("time_units"):
        roles = set(e.values("role"))
        units[e.text] = _Unit(
            e.get("unit") or e.text,
            Fraction(e.get("minutes") or "0"),
            "duration" in roles,
            "period" in roles,
            e.get("abbreviation") == "yes",
            "nearest" in roles,
            e.get("anchor"),
        )
    words: dict[str, _Word] = {}
    for e in lexicons.load("time_words"):
        offset = e.get("offset")
        words[" ".join(e.text.lower().split())] = _Word(
            frozenset(e.values("kinds")), None if offset is None else int(offset), e.get("label")
        )
    return _Vocab(months, days, tuple(month_forms), tuple(weekday_forms), numbers, units, words)


# ---------------------------------------------------------------- regex pieces

_WS = r"(?:[^\S\n]++(?:\n[^\S\n]*+)?|\n[^\S\n]*+)"
"""One or more blanks, crossing at most one line break."""
_WSO = r"(?:[^\S\n]*+(?:\n[^\S\n]*+)?)"
"""Optional blanks, crossing at most one line break."""
_DASH = rf"{_WSO}[-\u2013]{_WSO}"
_DAY_JOIN = rf"(?:{_DASH}|{_WS}(?P<and>and){_WS})"
"""Joins two days of one month: "May 10-11", and "May 10 and 11" for two days in a row."""


def _phrase_re(phrase: str) -> str:
    return r"\s+".join(regex.escape(part) for part in phrase.split())


def _alt(phrases: Iterable[str]) -> str:
    """Word-bounded alternation of *phrases*, longest first (case as given)."""
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    return r"\b(?:" + "|".join(_phrase_re(p) for p in ordered) + r")\b"


def _ialt(phrases: Iterable[str]) -> str:
    return "(?i:" + _alt(phrases) + ")"


def _cal_alt(forms: Iterable[tuple[str, _CalWord]]) -> str:
    ordered = sorted(forms, key=lambda f: (-len(f[0]), f[0]))
    parts = [regex.escape(f) + (r"\b\.?" if cw.abbreviation else r"\b") for f, cw in ordered]
    return r"\b(?:" + "|".join(parts) + ")"


def _day_re(name: str, *, ordinal: bool = False) -> str:
    suffix = "(?i:st|nd|rd|th)" + ("" if ordinal else "?")
    return rf"(?<![\w.,:/])(?P<{name}>[12][0-9]|3[01]|0?[1-9]){suffix}(?!\w|[:.,][0-9])"


def _year_re(name: str) -> str:
    return rf"(?<![\w.,:/])(?P<{name}>[12][0-9]{{3}})(?!\w|[.,:/][0-9])"


def _num_re(v: _Vocab) -> str:
    """A run of number tokens (digits or number words), joined by blanks, hyphens or "and"."""
    digits = (
        r"(?<![\w.,])(?:[0-9]{1,3}(?:,[0-9]{3}){1,3}|[0-9]{1,6}(?:\.[0-9]{1,3})?)"
        r"(?![0-9]|[.,][0-9])"
    )
    token = rf"(?:{digits}|{_ialt(v.numbers)})"
    sep = rf"(?:{_WS}|-)"
    return rf"{token}(?:{sep}(?:(?i:and){sep})?{token}){{0,7}}"


def _unit_alt(v: _Vocab, *, durations_only: bool) -> str:
    usable = [(f, u) for f, u in v.units.items() if u.duration or not durations_only]
    full = [f for f, u in usable if not u.abbreviation]
    abbr = [f for f, u in usable if u.abbreviation]
    ordered = sorted(
        [(f, "(?i:" + _phrase_re(f) + ")") for f in full] + [(f, _phrase_re(f)) for f in abbr],
        key=lambda p: (-len(p[0]), p[0]),
    )
    return r"\b(?:" + "|".join(r for _, r in ordered) + ")"


# ---------------------------------------------------------------- context helpers

_WINDOW = 48


def _prev_word(text: str, pos: int) -> tuple[str, int]:
    """The word just before *pos* (only blanks between), lower-cased, and its start."""
    lo = max(0, pos - _WINDOW)
    i = pos
    while i > lo and text[i - 1].isspace():
        i -= 1
    j = i
    while j > lo and text[j - 1].isalpha():
        j -= 1
    return text[j:i].lower(), j


def _next_word(text: str, pos: int) -> tuple[str, str]:
    """The word just after *pos* as written (or ``""``) and the first non-blank character."""
    hi = min(len(text), pos + _WINDOW)
    i = pos
    while i < hi and text[i].isspace():
        i += 1
    j = i
    while j < hi and text[j].isalpha():
        j += 1
    return text[i:j], text[i] if i < hi else ""


def _dash_before(text: str, pos: int) -> int | None:
    """Offset of a hyphen or en dash just before *pos* (blanks allowed), else ``None``."""
    lo = max(0, pos - 4)
    i = pos
    while i > lo and text[i - 1] in " \t":
        i -= 1
    if i > 0 and text[i - 1] in "-\u2013":
        return i - 1
    return None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except (ValueError, OverflowError):
        return None


def _possible(month: int, day: int, year: int | None) -> bool:
    """Whether the day exists (in some leap year when no year is given)."""
    return _safe_date(2000 if year is None else year, month, day) is not None


# ---------------------------------------------------------------- handlers


def _expr(text: str, start: int, end: int, kind: TimeKind, **fields: Any) -> TimeExpression:
    return TimeExpression(start, end, text[start:end], kind, **fields)


def _edge_label(v: _Vocab, m: Any) -> str | None:
    edge = m.group("edge")
    if not edge:
        return None
    w = v.word(edge, "edge")
    return None if w is None else w.label


def _shift_offset(v: _Vocab, m: Any) -> int | None:
    shift = m.group("shift")
    if not shift:
        return None
    w = v.word(shift, "shift")
    return None if w is None else w.offset


def _part(v: _Vocab, m: Any) -> str | None:
    part = m.group("part")
    if not part:
        return None
    w = v.word(part, "part_of_day")
    return None if w is None else w.label


def _word_ending_at(text: str, pos: int) -> str:
    """The letters just before *pos*, skipping blanks and a full stop ("Nov. ")."""
    lo = max(0, pos - _WINDOW)
    i = pos
    while i > lo and text[i - 1] in " \t.":
        i -= 1
    j = i
    while j > lo and text[j - 1].isalpha():
        j -= 1
    return text[j:i]


def _has_context(v: _Vocab, text: str, pos: int) -> bool:
    """Whether a preposition, or a calendar name and a range word, comes just before *pos*."""
    word, wstart = _prev_word(text, pos)
    if word and (v.word(word, "context") or v.word(word, "shift") or v.word(word, "edge")):
        return True
    if word and v.word(word, "range_to"):  # "between March and May"
        before: int | None = wstart
    elif not word:  # "March-May"
        before = _dash_before(text, pos)
    else:
        return False
    if before is None:
        return False
    name = _word_ending_at(text, before)
    return v.month(name) is not None or v.weekday(name) is not None


def _date_cand(text: str, start: int, end: int, ymd: tuple[int | None, int, int]) -> _Cand:
    year, month, day = ymd
    if not _possible(month, day, year):
        return (start, end, None)
    return (start, end, _expr(text, start, end, TimeKind.DATE, year=year, month=month, day=day))


def _year_of(m: Any, name: str = "year") -> int | None:
    y = m.group(name)
    return int(y) if y else None


def _h_numeric(order: str) -> _Handler:
    def handle(text: str, m: Any) -> Iterator[_Cand]:
        if order == "ymd":
            y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
        else:
            a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
            mo, d = (a, b) if a <= 12 else (b, a)
        yield _date_cand(text, m.start(), m.end(), (y, mo, d))

    return handle


def _h_month_day(v: _Vocab) -> _Handler:
    def handle(text: str, m: Any) -> Iterator[_Cand]:
        cw = v.month(m.group("mon"))
        if cw is not None:
            ymd = (_year_of(m), cw.number, int(m.group("day")))
            yield _date_cand(text, m.start(), m.end(), ymd)

    return handle


def _h_day_range(v: _Vocab) -> _Handler:
    def handle(text: str, m: Any) -> Iterator[_Cand]:
        cw = v.month(m.group("mon"))
        if cw is None:
            return
        year = _year_of(m)
        d1, d2 = int(m.group("d1")), int(m.group("d2"))
        if d2 <= d1 or (m.group("and") and d2 != d1 + 1):
            return  # not a range ("May 10 and 14" are two dates); the single dates are found on their own
        if not (_possible(cw.number, d1, year) and _possible(cw.number, d2, year)):
            yield (m.start(), m.end(), None)
            return
        last = _expr(text, m.start("d2"), m.end(), TimeKind.DATE, year=year, month=cw.number, day=d2)
        yield (
            m.start(),
            m.end(),
            _expr(
                text,
                m.start(),
                m.end(),
                TimeKind.DATE,
                year=year,
                month=cw.number,
                day=d1,
                range_end=last,
            ),
        )

    return handle


def _h_month_year(v: _Vocab) -> _Handler:
    def handle(text: str, m: Any) -> Iterator[_Cand]:
        cw = v.month(m.group("mon"))
        if cw is not None:
            yield (
                m.start(),
                m.end(),
                _expr(
                    text,
                    m.start(),
                    m.end(),
                    TimeKind.MONTH,
                    year=_year_of(m),
                    month=cw.number,
                    edge=_edge_label(v, m),
                ),
            )

    return handle


def _h_month(v: _Vocab) -> _Handler:
    def handle(text: str, m: Any) -> Iterator[_Cand]:
        cw = v.month(m.group("mon"))
        if cw is None:
            return
        edge, shift = _edge_label(v, m), _shift_offset(v, m)
        if (
            (cw.ambiguous or cw.abbreviation)
            and edge is None
            and shift is None
            and not _has_context(v, text, m.start())
        ):
            return
        yield (
            m.start(),
            m.end(),
            _expr(
                text,
                m.start(),
                m.end(),
                TimeKind.MONTH,
                month=cw.number,
                offset=shift,
                edge=edge,
            ),
        )

    return handle


_RANGE_DASH = regex.compile(r"\s*[-\u2013][0-9]")
"""A dash and a digit after a number: the number opens a range."""


def _year_follow_ok(v: _Vocab, text: str, end: int, *, strong: bool) -> bool:
    word, first = _next_word(text, end)
    if first == "%" or _RANGE_DASH.match(text[end : end + 8]):
        return False
    if word and v.unit(word) is not None:
        return False
    if strong or not word or not word[0].islower():
        return True
    w = v.words.get(word.lower())
    return w is not None and bool(w.kinds & {"context", "range_to", "range_start"})


def _h_year(v: _Vocab) -> _Handler:
    def handle(text: str, m: Any) -> Iterator[_Cand]:
        y1 = int(m.group("y1"))
        if not 1900 <= y1 <= 2099:
            return
        edge = _edge_label(v, m)
        s1 = m.start("edge") if m.group("edge") else m.start("y1")
        rs = m.group("rs")
        if edge is not None:
            strong = True
        else:
            word, _ = _prev_word(text, m.start("y1"))
            ctx = v.word(word, "context")
            if ctx is not None:
                strong = ctx.label == "strong"
            elif m.group("y2") is None and v.word(_next_word(text, m.end("y1"))[0].lower(), "event_noun"):
                strong = True  # "a historic 1985 summit"
            else:
                return
        y2s = m.group("y2")
        conn = m.group("conn")
        tail_ok = False
        if y2s and 1900 <= int(y2s) <= 2099 and int(y2s) > y1:
            if not conn:
                tail_ok = True
            elif rs:
                tail_ok = (v.word(rs, "range_start") is not None) and (
                    (rs.lower() == "between") == (conn.lower() == "and")
                )
        if tail_ok:
            end = m.end("y2")
            if not _year_follow_ok(v, text, end, strong=strong):
                return
            start = m.start("rs") if conn and rs else s1
            last = _expr(text, m.start("y2"), end, TimeKind.YEAR, year=int(y2s))
            whole = _expr(text, start, end, TimeKind.YEAR, year=y1, edge=edge, range_end=last)
            yield (start, end, whole)
            return
        end = m.end("y1")
        if not _year_follow_ok(v, text, end, strong=strong):
            return
        yield (s1, end, _expr(text, s1, end, TimeKind.YEAR, year=y1, edge=edge))

    return handle


def _h_weekday(v: _Vocab, followed_by_date: Any) -> _Handler:
    def handle(text: str, m: Any) -> Iterator[_Cand]:
        cw = v.weekday(m.group("wd"))
        if cw is None:
            return
        edge, shift = _edge_label(v, m), _shift_offset(v, m)
        if (
            cw.abbreviation
            and edge is None
            and shift is None
            and not _has_context(v, text, m.start())
            and not followed_by_date.match(text, m.end("wd"))
        ):
            return
        yield (
            m.start(),
            m.end(),
            _expr(
                text,
                m.start(),
                m.end(),
                TimeKind.WEEKDAY,
                weekday=cw.number,
                offset=shift,
                edge=edge,
                part_of_day=_part(v, m),
            ),
        )

    return handle


def _h_relative_day(v: _Vocab) -> _Handler:
    def handle(text: str, m: Any) -> Iterator[_Cand]:
        w = v.word(m.group("rel"), "day")
        if w is not None:
            yield (
                m.start(),
                m.end(),
                _expr(
                    text,
                    m.start(),
                    m.end(),
                    TimeKind.RELATIVE_DAY,
                    offset=w.offset or 0,
                    edge=_edge_label(v, m),
                    part_of_day=_part(v, m),
                ),
            )

    return handle


def _h_relative_period(v: _Vocab) -> _Handler:
    def handle(text: str, m: Any) -> Iterator[_Cand]:
        word, _ = _prev_word(text, m.start())
        if word == "the":  # "the last week of talks" is not last week
            return
        u = v.unit(m.group("unit"))
        shift = _shift_offset(v, m)
        if u is None or shift is None:
            return
        yield (
            m.start(),
            m.end(),
            _expr(
                text,
                m.start(),
                m.end(),
                TimeKind.RELATIVE_PERIOD,
                offset=shift,
                unit=u.unit,
                edge=_edge_label(v, m),
            ),
        )

    return handle


def _h_nearest_period(v: _Vocab) -> _Handler:
    """ "over the weekend", "in the spring": the recurring period nearest publication (``offset`` ``None``)."""

    def handle(text: str, m: Any) -> Iterator[_Cand]:
        u = v.unit(m.group("unit"))
        if u is None or not u.nearest or _next_word(text, m.end())[0].lower() == "of":
            return  # "in the fall of 2021" is the fall of that year
        yield (m.start(), m.end(), _expr(text, m.start(), m.end(), TimeKind.RELATIVE_PERIOD, unit=u.unit))

    return handle


def _h_period_edge(v: _Vocab) -> _Handler:
    """ "the end of the year", "the start of next month": a relative period at its edge ("the" is this one)."""

    def handle(text: str, m: Any) -> Iterator[_Cand]:
        u = v.unit(m.group("unit"))
        shift = _shift_offset(v, m) if m.group("shift") else 0
        w = v.word(m.group("edge"), "period_edge")
        if u is None or shift is None or w is None:
            return
        yield (
            m.start(),
            m.end(),
            _expr(text, m.start(), m.end(), TimeKind.RELATIVE_PERIOD, offset=shift, unit=u.unit, edge=w.label),
        )

    return handle


def _h_ago(v: _Vocab) -> _Handler:
    period_units = {u.unit: u.minutes for u in v.units.values() if u.period}
    week = period_units.get("week")

    def handle(text: str, m: Any) -> Iterator[_Cand]:
        parsed = _trim_number(text, m.start("num"), m.end("num"))
        u = v.unit(m.group("unit"))
        if parsed is None or u is None:
            return
        start, value = parsed
        if value.denominator != 1 or value > 100_000:
            return
        count = int(value)
        if u.unit == "year" and "month" in period_units:
            # "a year ago" is about this month of last year, not any time last year
            fields: dict[str, Any] = {"offset": -12 * count, "unit": "month"}
            kind = TimeKind.RELATIVE_PERIOD
        elif u.unit in period_units:
            fields = {"offset": -count, "unit": u.unit}
            kind = TimeKind.RELATIVE_PERIOD
        elif week and u.minutes >= week and (u.minutes * count) % week == 0:
            fields = {"offset": -int(u.minutes * count / week), "unit": "week"}
            kind = TimeKind.RELATIVE_PERIOD
        else:
            fields = {"offset": -int(u.minutes * count // 1440)}
            kind = TimeKind.RELATIVE_DAY
        yield (start, m.end(), _expr(text, start, m.end(), kind, **fields))

    return handle


def _h_story_day(v: _Vocab) -> _Handler:
    def handle(text: str, m: Any) -> Iterator[_Cand]:
        w = v.word(m.group(0), "story_day")
        if w is not None:
            yield (m.start(), m.end(), _expr(text, m.start(), m.end(), TimeKind.STORY_DAY, offset=w.offset or 0))

    return handle


def _h_vague(v: _Vocab) -> _Handler:
    def handle(text: str, m: Any) -> Iterator[_Cand]:
        w = v.word(m.group(0), "vague")
        if w is not None:
            expr = _expr(text, m.start(), m.end(), TimeKind.VAGUE, offset=w.offset)
            yield (m.start(), m.end(), expr)

    return handle


def _h_day_of_month(v: _Vocab) -> _Handler:
    allowed = {"context", "range_to", "range_start"}

    def handle(text: str, m: Any) -> Iterator[_Cand]:
        word, first = _next_word(text, m.end())
        if word:
            w = v.words.get(word.lower())
            if not word.islower() or w is None or not (w.kinds & allowed):
                return
        elif first.isalnum():
            return
        yield (
            m.start(),
            m.end(),
            _expr(text, m.start(), m.end(), TimeKind.DAY_OF_MONTH, day=int(m.group("day"))),
        )

    return handle


@functools.cache
def _time_patterns() -> tuple[tuple[_Scan, _Handler], ...]:
    v = _vocab()

    def mon(name: str = "mon") -> str:
        return f"(?P<{name}>{_cal_alt(v.month_forms)})"

    edge = f"(?P<edge>{_ialt(v.phrases('edge'))})"
    shift = f"(?P<shift>{_ialt(v.phrases('shift'))})"
    part = f"(?P<part>{_ialt(v.phrases('part_of_day'))})"
    the = rf"(?:(?i:\bthe){_WS})?"
    of = rf"(?:{_WS}(?i:of))?"
    year_sep = rf"(?:{_WSO},{_WSO}|{_WS})"
    year = _year_re("year")
    numeric_end = r"(?![0-9]|[-/.,][0-9])"
    numeric_lead = r"[\w.,/-]"  # (what may not come just before a numeric date)
    numeric_start = rf"(?<!{numeric_lead})"
    wd = f"(?P<wd>{_cal_alt(v.weekday_forms)})"
    range_to = _ialt(v.phrases("range_to"))
    range_start = _ialt(v.phrases("range_start"))
    y_any = r"[12][0-9]{3}"
    period = _ialt(u for u, x in v.units.items() if x.period)
    nearest = _ialt(u for u, x in v.units.items() if x.nearest)
    period_stems = _stems((u.lower() for u, x in v.units.items() if x.period), fold=True)
    any_unit = _unit_alt(v, durations_only=False)

    # The cores the scans start from (see _Scan), and the words a match may begin with before its core.
    month_core = _stems(f[:3] for f, _ in v.month_forms)
    weekday_core = _stems(f[:3] for f, _ in v.weekday_forms)
    # (each core's look-behind comes after its digit: the engine then scans for a digit and looks back only
    # there, where a look-behind first would have it try the look-behind at every character)
    digit_core = regex.compile(r"[0-9](?<![\w.,:/][0-9])")
    # a year starts where a number does (the same characters may not come before it): found among the
    # few numbers, where the engine's own scan for it would try the pattern at every character
    year_core = _Among(digit_core, _anchored(_year_re("y")))
    # the numeric dates ("2023-06-19", "6/19/2023") start with a digit after none of these characters: a
    # scan for that one character, then a match at each, costs less than the engine's scan for the whole
    # pattern, which tries it at every character; and only a digit before a separator and another digit
    # ("2023-0", "6/1") can start one: the look-ahead spares the match at every other number
    numeric_core = regex.compile(rf"[0-9](?<!{numeric_lead}[0-9])(?=[0-9]{{0,3}}[-/.][0-9])")
    day_stems = [p.split()[-1].lower() for p in v.phrases("day")]
    vague_stems = [p.split()[-1].lower() for p in v.phrases("vague")]
    story_stems = [p.split()[-1].lower() for p in v.phrases("story_day")]
    the_words = _reverse(r"(?i:\bthe)" + _WS)
    edge_words = _reverse(rf"{_ialt(v.phrases('edge'))}(?:{_WS}|-)")
    shift_words = _reverse(rf"(?:{_ialt(v.phrases('edge'))}(?:{_WS}|-))?(?:{_ialt(v.phrases('shift'))}{_WS})?")

    table: list[tuple[_Scan, _Handler]] = [
        (
            _Scan(
                rf"{numeric_start}(?P<y>{y_any})(?P<sep>[-/])(?P<m>[0-9]{{1,2}})(?P=sep)(?P<d>[0-9]{{1,2}}){numeric_end}",
                numeric_core,
            ),
            _h_numeric("ymd"),
        ),
        (
            _Scan(rf"{numeric_start}(?P<a>[0-9]{{1,2}})/(?P<b>[0-9]{{1,2}})/(?P<y>{y_any}){numeric_end}", numeric_core),
            _h_numeric("us"),
        ),
        (
            _Scan(
                rf"{numeric_start}(?P<d>[0-9]{{1,2}})\.(?P<m>[0-9]{{1,2}})\.(?P<y>{y_any}){numeric_end}", numeric_core
            ),
            _h_numeric("ymd"),
        ),
        (_Scan(rf"{mon()}{_WS}{_day_re('day')}{year_sep}{year}", month_core), _h_month_day(v)),
        (
            _Scan(rf"{the}{_day_re('day')}{of}{_WS}{mon()}{year_sep}{year}", digit_core, the_words, alone=True),
            _h_month_day(v),
        ),
        (
            _Scan(rf"{mon()}{_WS}{_day_re('d1')}{_DAY_JOIN}{_day_re('d2')}(?:{year_sep}{year})?", month_core),
            _h_day_range(v),
        ),
        (
            _Scan(
                rf"{the}{_day_re('d1')}{_DAY_JOIN}{_day_re('d2')}{of}{_WS}{mon()}(?:{year_sep}{year})?",
                digit_core,
                the_words,
                alone=True,
            ),
            _h_day_range(v),
        ),
        (_Scan(rf"{mon()}{_WS}{_day_re('day')}(?P<year>)", month_core), _h_month_day(v)),
        (
            _Scan(rf"{the}{_day_re('day')}{of}{_WS}{mon()}(?P<year>)", digit_core, the_words, alone=True),
            _h_month_day(v),
        ),
        (
            _Scan(rf"(?:{edge}(?:{_WS}|-))?{mon()}{year_sep}(?:(?i:of){_WS})?{year}", month_core, edge_words),
            _h_month_year(v),
        ),
        (_Scan(rf"(?:{edge}(?:{_WS}|-))?(?:{shift}{_WS})?{mon()}", month_core, shift_words), _h_month(v)),
        (
            _Scan(
                rf"(?:(?P<rs>{range_start}){_WS})?(?:{edge}(?:{_WS}|-))?{_year_re('y1')}"
                rf"(?:(?:{_DASH}|(?(rs){_WS}(?P<conn>{range_to}){_WS}|(?!))){_year_re('y2')})?",
                year_core,
                _reverse(rf"(?:{range_start}{_WS})?(?:{_ialt(v.phrases('edge'))}(?:{_WS}|-))?"),
            ),
            _h_year(v),
        ),
        (
            _Scan(
                rf"(?:{edge}{_WS}(?:(?i:on){_WS})?)?(?:{shift}{_WS})?{wd}(?:{_WS}{part})?",
                weekday_core,
                _reverse(
                    rf"(?:{_ialt(v.phrases('edge'))}{_WS}(?:(?i:on){_WS})?)?(?:{_ialt(v.phrases('shift'))}{_WS})?"
                ),
            ),
            _h_weekday(v, regex.compile(rf"\.?,?{_WSO}\(?{_WSO}(?:{mon()}|[0-9])")),
        ),
        (
            _Scan(
                rf"(?:{edge}{_WS})?(?P<rel>{_ialt(v.phrases('day'))})(?:{_WS}{part})?",
                _stems(day_stems, fold=True),
                _reverse(rf"(?:{_ialt(v.phrases('edge'))}{_WS})?{_lead(v.phrases('day'), day_stems)}"),
                word_start=_words_before(v.phrases("day"), day_stems),
            ),
            _h_relative_day(v),
        ),
        (
            _Scan(
                rf"(?:{edge}{_WS})?{shift}{_WS}(?P<unit>{period})",
                period_stems,
                _reverse(rf"(?:{_ialt(v.phrases('edge'))}{_WS})?{_ialt(v.phrases('shift'))}{_WS}"),
                word_start=True,
            ),
            _h_relative_period(v),
        ),
        (
            _Scan(
                rf"(?P<edge>{_ialt(v.phrases('period_edge'))}){_WS}(?:{shift}|(?i:the)){_WS}(?P<unit>{period})",
                period_stems,
                _reverse(rf"{_ialt(v.phrases('period_edge'))}{_WS}(?:{_ialt(v.phrases('shift'))}|(?i:the)){_WS}"),
                word_start=True,
            ),
            _h_period_edge(v),
        ),
        (
            _Scan(
                rf"{_ialt(v.phrases('nearest'))}{_WS}(?i:the){_WS}(?P<unit>{nearest})",
                _stems((u.lower() for u, x in v.units.items() if x.nearest), fold=True),
                _reverse(rf"{_ialt(v.phrases('nearest'))}{_WS}(?i:the){_WS}"),
                word_start=True,
            ),
            _h_nearest_period(v),
        ),
        (
            _Scan(
                rf"(?P<num>{_num_re(v)})(?:{_WS}|-)(?P<unit>{any_unit})(?!\w){_WS}{_ialt(v.phrases('ago'))}",
                _stems(v.phrases("ago"), fold=True),
                _reverse(rf"{_num_re(v)}(?:{_WS}|-){any_unit}(?!\w){_WS}"),
                word_start=True,
            ),
            _h_ago(v),
        ),
        (
            _Scan(
                _ialt(v.phrases("vague")),
                _stems(vague_stems, fold=True),
                _reverse(_lead(v.phrases("vague"), vague_stems)),
                word_start=_words_before(v.phrases("vague"), vague_stems),
            ),
            _h_vague(v),
        ),
        (
            _Scan(
                _ialt(v.phrases("story_day")),
                _stems(story_stems, fold=True),
                _reverse(_lead(v.phrases("story_day"), story_stems)),
                word_start=_words_before(v.phrases("story_day"), story_stems),
            ),
            _h_story_day(v),
        ),
        (
            _Scan(rf"(?i:\bthe){_WS}{_day_re('day', ordinal=True)}", digit_core, the_words, led=True),
            _h_day_of_month(v),
        ),
    ]
    return tuple(table)


# ---------------------------------------------------------------- scanning


@attrs.frozen(cache_hash=True)
class _Stems:
    """Literal strings one of which every match of a pattern contains (its *core*)."""

    words: tuple[str, ...]
    """The strings; lower case when :attr:`fold` is set."""
    fold: bool
    """Compare without case (as ``(?i)`` does)."""
    lowered: tuple[str, ...] = attrs.field(init=False, eq=False, repr=False)
    """The strings lower-cased, each once ("jan" for "Jan" and "JAN"): what a case-sensitive search looks
    for in the lower-cased text, a search for each spelling of a stem costing a scan of the whole text."""

    @lowered.default
    def _lowered(self) -> tuple[str, ...]:
        return tuple(sorted({w.lower() for w in self.words}))

    def positions(self, text: str, folded: str | None) -> list[int]:
        """Return the sorted offsets where a stem occurs in *text*.

        Args:
            text: the text.
            folded: *text* lower-cased offset for offset, or ``None`` when that is not possible.
        """
        if folded is None:
            if not self.fold:
                return _find_each(text, self.words)
            pattern = _compile("(?i:" + _alt_literal(self.words) + ")")
            return sorted({i for w in self.words for i in _overlapping(pattern, text, w)})
        if self.fold:
            return _find_each(folded, self.words)
        # a case-sensitive stem is where the lower-cased text has it lower-cased and the text one of its spellings
        return _find_each(folded, self.lowered, text, frozenset(self.words))


def _find_each(
    haystack: str, words: Iterable[str], text: str = "", spellings: frozenset[str] | None = None
) -> list[int]:
    """The sorted offsets where one of *words* occurs in *haystack* (overlapping ones too).

    With *spellings*, only those where *text* (which *haystack* lower-cases offset for offset) has one of them.
    """
    found: set[int] = set()
    for word in words:
        size = len(word)
        i = haystack.find(word)
        while i != -1:
            if spellings is None or text[i : i + size] in spellings:
                found.add(i)
            i = haystack.find(word, i + 1)
    return sorted(found)


def _overlapping(pattern: Any, text: str, _word: str) -> Iterator[int]:
    return (m.start() for m in pattern.finditer(text, overlapped=True))


@functools.lru_cache(maxsize=64)
def _compile(pattern: str) -> Any:
    return regex.compile(pattern)


@functools.lru_cache(maxsize=1)
def _fold(text: str) -> str | None:
    """Lower-case *text* keeping every offset, with what ``(?i)`` also equates ("ſ", "K", "İ").

    The last text's is kept: the ``times`` rule scans each article twice, for time expressions and
    for durations, and lower-casing a text with any non-ASCII character costs tens of instructions
    a character.
    """
    folded = text.replace("\u0130", "i").lower().replace("\u017f", "s")
    return folded if len(folded) == len(text) else None


def _stems(words: Iterable[str], *, fold: bool = False) -> _Stems:
    return _Stems(tuple(sorted(set(words))), fold)


def _alt_literal(words: Iterable[str]) -> str:
    return "(?:" + "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))) + ")"


def _anchored(pattern: str) -> Any:
    """Compile *pattern* for ``match`` at chosen offsets.

    The never-matching branch keeps the engine from first looking for a literal
    the pattern requires ("long" in "hour-long") through the rest of the text,
    which it would do at every call: quadratic time over many calls.
    """
    return regex.compile(f"(?:{pattern}|(?!))")


def _words_before(phrases: Iterable[str], stems: Iterable[str]) -> bool:
    """Whether the stems begin words in the phrases: each :func:`_lead` is empty or ends with a blank."""
    return all(not lead or lead[-1].isspace() for lead in _leads(phrases, stems))


def _reverse(pattern: str) -> Any:
    """Compile *pattern* for matching backwards from a given end (``(?r)``), as :func:`_anchored`."""
    return regex.compile(f"(?r)(?:{pattern}|(?!))")


def _leads(phrases: Iterable[str], stems: Iterable[str]) -> set[str]:
    """What comes before the first stem in each phrase, lower-cased ("the day before " for "yesterday")."""
    leads = set()
    for phrase in phrases:
        low = phrase.lower()
        at = min((i for i in (low.find(st) for st in stems) if i >= 0), default=0)
        leads.add(low[:at])
    return leads


def _lead(phrases: Iterable[str], stems: Iterable[str]) -> str:
    """A pattern for what comes before the first stem in each phrase ("the day before " for "yesterday")."""
    parts = sorted(_leads(phrases, stems), key=lambda p: (-len(p), p))
    return "(?i:" + "|".join(_phrase_re(p) + (r"\s+" if p[-1:].isspace() else "") for p in parts) + ")"


@attrs.frozen
class _Among:
    """A core found among the offsets of another: those where a pattern matches.

    Every offset where the pattern matches must be one of the other core's, and two matches of the
    pattern may not overlap: the offsets are then those of ``pattern.finditer``, for the cost of a
    match at each offset of the other core rather than of a scan of the whole text.
    """

    core: Any
    """The other core (a compiled pattern)."""
    pattern: Any
    """The pattern, compiled for ``match`` at chosen offsets (see :func:`_anchored`)."""


@attrs.frozen
class _Scan:
    """A pattern, and where in a text it can match: at a *core* or at words just before one.

    Trying a long pattern at every character is slow in any backtracking engine,
    even when it fails at once: these patterns would cost seconds per megabyte.
    Each pattern here has a *core* instead, something every match contains that
    is found fast (literal stems such as ``"Jan"`` or ``"week"`` found with
    ``str.find``, or a digit), and an optional *prefix*, a backwards pattern for
    what a match may begin with before its core ("early ", "the ", "from ").
    :func:`_finditer` tries the pattern only there, which gives the matches
    ``pattern.finditer`` gives, in the same order, in linear time.
    """

    source: str
    """The pattern, as written."""
    core: _Stems | _Among | Any | None = None
    """Stems, a compiled pattern or an :class:`_Among` that every match contains; ``None`` to try every
    offset (for patterns that start with a literal word, which the engine already skips to)."""
    prefix: Any | None = None
    """What may come before the core, compiled backwards; ``None`` when matches start at their core."""
    word_start: bool = False
    """Set when a match starts only at a word boundary (``\\b`` or a look-behind that refuses letters and
    digits) and the prefix, when it matches anything, ends with a blank or a hyphen: nothing then
    matches from a core just after a letter or digit (the "day" of "Monday", the "hr" of "three"), and
    the scan passes such cores without trying the prefix or the pattern there."""
    alone: bool = False
    """Set when the prefix is optional and what a match holds from its core on matches by itself (the prefix
    holds no core, and nothing after it looks back at it): no match reaches a core where the pattern fails,
    and the scan tries the prefix only at the cores where the pattern matches, most failing at one call."""
    led: bool = False
    """Set when every match starts before its core (the prefix is required and holds no core): the scan does
    not try the pattern at a core without a prefix before it."""
    pattern: Any = attrs.field(init=False)
    """The pattern, compiled (for ``finditer``)."""
    anchored: Any = attrs.field(init=False)
    """The pattern, compiled for ``match`` at chosen offsets (see :func:`_anchored`)."""

    @pattern.default
    def _compile(self) -> Any:
        return regex.compile(self.source)

    @anchored.default
    def _compile_anchored(self) -> Any:
        return _anchored(self.source)


def _word_starts(text: str, lo: int, hi: int) -> Iterator[int]:
    """Offsets in ``[lo, hi)`` where a word starts, *lo* first."""
    yield lo
    for j in range(lo + 1, hi):
        if text[j].isalnum() and not text[j - 1].isalnum():
            yield j


_ASCII_WORD = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
"""Letters and digits that are word characters (``\\w``) for every engine and Unicode version, and
neither blanks nor hyphens (see :attr:`_Scan.word_start`)."""
_NOTHING: frozenset[str] = frozenset()

_ONE_THREAD = False
"""The ``concurrent`` argument of the regex module's matching methods, passed by position: by default the
module lets other threads run during every match, and giving up the interpreter lock and taking it back
costs a third of a short match; as a keyword, the argument costs about as much to parse. The scanner
matches thousands of times per article, mostly failing at once."""


class _Scanner:
    """Matches of several patterns over one text, sharing the offsets of their cores."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._folded: str | None = None
        self._folded_done = False
        self._cores: dict[object, list[int]] = {}

    def _positions(self, core: _Stems | _Among | Any) -> list[int]:
        found = self._cores.get(core)
        if found is None:
            if isinstance(core, _Stems):
                if not self._folded_done:
                    self._folded = _fold(self.text)
                    self._folded_done = True
                found = core.positions(self.text, self._folded)
            elif isinstance(core, _Among):
                text, match = self.text, core.pattern.match
                found = [c for c in self._positions(core.core) if match(text, c, None, _ONE_THREAD) is not None]
            else:
                found = [m.start() for m in core.finditer(self.text)]
            self._cores[core] = found
        return found

    def finditer(self, scan: _Scan) -> Iterator[Any]:
        """Yield the matches ``scan.pattern.finditer(text)`` would, trying only where they can start.

        A match starts at its core or where the prefix before that core begins
        (the longest prefix first, then the word starts after it).
        """
        text = self.text
        if scan.core is None:
            yield from scan.pattern.finditer(text)
            return
        match = scan.anchored.match
        prefix = scan.prefix
        inside = _ASCII_WORD if scan.word_start else _NOTHING
        alone, led = scan.alone, scan.led
        pos = 0
        for c in self._positions(scan.core):
            if c < pos or (c and text[c - 1] in inside):
                continue
            at = None
            if alone:
                at = match(text, c, None, _ONE_THREAD)
                if at is None:
                    continue  # (see _Scan.alone: no match reaches this core)
            m = None
            if prefix is not None:
                before = prefix.match(text, pos, c, _ONE_THREAD)
                if before is not None and before.start() < c:
                    for s in _word_starts(text, before.start(), c):
                        m = match(text, s, None, _ONE_THREAD)
                        if m is not None:
                            break
            if m is None:
                if led:
                    continue  # (see _Scan.led: no match starts at the core)
                m = at if alone else match(text, c, None, _ONE_THREAD)
            if m is not None:
                yield m
                pos = m.end()


# ---------------------------------------------------------------- finding


def _select(text: str, cands: list[_Cand]) -> list[TimeExpression]:
    """Keep the longest candidates that do not overlap; drop the blocking ``None`` ones."""
    taken = bytearray(len(text))
    out: list[TimeExpression] = []
    for start, end, expr in sorted(cands, key=lambda c: (c[0] - c[1], c[0])):
        if end <= start or taken.find(1, start, end) != -1:
            continue
        taken[start:end] = b"\x01" * (end - start)
        if expr is not None:
            out.append(expr)
    out.sort(key=lambda e: e.start)
    return out


@functools.cache
def _glue_patterns() -> tuple[Any, Any, Any, Any]:
    v = _vocab()
    weekday_gap = regex.compile(rf"(?:\.?,?{_WS}|\.?{_WSO}(?P<paren>\(){_WSO})")
    close = regex.compile(rf"{_WSO}\)")
    dash_gap = regex.compile(r"[^\S\n]{0,3}[-\u2013][^\S\n]{0,3}")
    word_gap = regex.compile(rf"{_WS}(?P<conn>{_ialt(v.phrases('range_to'))}){_WS}")
    return weekday_gap, close, dash_gap, word_gap


def _attach_weekdays(text: str, exprs: list[TimeExpression]) -> list[TimeExpression]:
    """Join "Tuesday" + "March 21" (after a comma, a blank or in brackets) into one date."""
    weekday_gap, close, _, _ = _glue_patterns()
    out: list[TimeExpression] = []
    i = 0
    while i < len(exprs):
        a = exprs[i]
        b = exprs[i + 1] if i + 1 < len(exprs) else None
        if (
            b is not None
            and a.kind is TimeKind.WEEKDAY
            and b.kind is TimeKind.DATE
            and b.weekday is None
            and b.range_end is None
        ):
            gap = weekday_gap.fullmatch(text, a.end, b.start)
            end = b.end
            if gap is not None and gap.group("paren"):
                closing = close.match(text, b.end)
                end = closing.end() if closing is not None else -1
            if gap is not None and end >= 0:
                out.append(
                    attrs.evolve(
                        b,
                        start=a.start,
                        end=end,
                        text=text[a.start : end],
                        weekday=a.weekday,
                        edge=a.edge or b.edge,
                        part_of_day=a.part_of_day,
                    )
                )
                i += 2
                continue
        out.append(a)
        i += 1
    return out


_GRAIN = {
    TimeKind.DATE: "day",
    TimeKind.WEEKDAY: "day",
    TimeKind.DAY_OF_MONTH: "day",
    TimeKind.RELATIVE_DAY: "day",
    TimeKind.MONTH: "month",
    TimeKind.YEAR: "year",
}


def _merge_ranges(text: str, exprs: list[TimeExpression]) -> list[TimeExpression]:
    """Join "A - B", "from A to B" and "between A and B" of the same grain into one range."""
    v = _vocab()
    _, _, dash_gap, word_gap = _glue_patterns()
    out: list[TimeExpression] = []
    i = 0
    while i < len(exprs):
        a = exprs[i]
        b = exprs[i + 1] if i + 1 < len(exprs) else None
        start = -1
        if (
            b is not None
            and a.range_end is None
            and b.range_end is None
            and _GRAIN.get(a.kind) is not None
            and _GRAIN.get(a.kind) == _GRAIN.get(b.kind)
        ):
            if dash_gap.fullmatch(text, a.end, b.start):
                start = a.start
            else:
                gap = word_gap.fullmatch(text, a.end, b.start)
                word, wstart = _prev_word(text, a.start)
                if (
                    gap is not None
                    and v.word(word, "range_start")
                    and (word == "between") == (gap.group("conn").lower() == "and")
                ):
                    start = wstart
        if b is not None and start >= 0:
            out.append(attrs.evolve(a, start=start, end=b.end, text=text[start : b.end], range_end=b))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def find_time_expressions(text: str) -> list[TimeExpression]:
    """Find the time expressions in *text*.

    Args:
        text: Any string; it is read as English news text.

    Returns:
        The expressions in text order, never overlapping: where two candidate
        readings overlap, the longer one wins. Each one's ``text`` is
        ``text[start:end]``. Never raises on a ``str``.
    """
    if not isinstance(text, str) or not text:
        return []
    cands: list[_Cand] = []
    scanner = _Scanner(text)
    for scan, handler in _time_patterns():
        for m in scanner.finditer(scan):
            cands.extend(handler(text, m))
    return _merge_ranges(text, _attach_weekdays(text, _select(text, cands)))


# ---------------------------------------------------------------- resolving


def _weekday_near(published: dt.date, weekday: int, offset: int | None, future: bool | None) -> dt.date:
    wd = _WEEKDAYS[weekday]
    if offset == -1:  # "last Friday": strictly before
        return published + relativedelta(days=-1, weekday=wd(-1))
    if offset == 1:  # "next Tuesday": strictly after
        return published + relativedelta(days=+1, weekday=wd(+1))
    if future:  # "will meet on Friday" in Friday's paper is that day (news names today by its weekday)
        return published + relativedelta(weekday=wd(+1))
    return published + relativedelta(weekday=wd(-1))


def _day_month_year(
    month: int, day: int, weekday: int | None, published: dt.date, future: bool | None
) -> dt.date | None:
    if weekday is not None:  # a stated weekday picks the year when one nearby fits
        fits = [
            d
            for y in (published.year - 1, published.year, published.year + 1)
            if (d := _safe_date(y, month, day)) is not None and d.weekday() == weekday
        ]
        if fits:
            return min(fits, key=lambda d: abs((d - published).days))
    step = 1 if future else -1
    for k in range(9):
        d = _safe_date(published.year + step * k, month, day)
        if d is not None and (d >= published if future else d <= published):
            return d
    return None


def _month_year(month: int, offset: int | None, published: dt.date, future: bool | None) -> int:
    y, pm = published.year, published.month
    if offset == 0:
        return y
    if offset == -1:
        return y if month < pm else y - 1
    if offset == 1:
        return y if month > pm else y + 1
    if future:
        return y if month >= pm else y + 1
    return y if month <= pm else y - 1


def _resolve(
    expr: TimeExpression, published: dt.date | None, future: bool | None
) -> tuple[dt.date | None, Precision | None]:
    k = expr.kind
    if k is TimeKind.YEAR and expr.year is not None:
        return dt.date(expr.year, 1, 1), Precision.YEAR
    if k is TimeKind.DATE and expr.month is not None and expr.day is not None:
        if expr.year is not None:
            d = _safe_date(expr.year, expr.month, expr.day)
        elif published is None:
            return _NONE
        else:
            d = _day_month_year(expr.month, expr.day, expr.weekday, published, future)
        return _NONE if d is None else (d, Precision.DAY)
    if k is TimeKind.MONTH and expr.month is not None:
        if expr.year is not None:
            return dt.date(expr.year, expr.month, 1), Precision.MONTH
        if published is None:
            return _NONE
        year = _month_year(expr.month, expr.offset, published, future)
        return dt.date(year, expr.month, 1), Precision.MONTH
    if published is None:
        return _NONE
    if k is TimeKind.WEEKDAY and expr.weekday is not None:
        return _weekday_near(published, expr.weekday, expr.offset, future), Precision.DAY
    if k is TimeKind.DAY_OF_MONTH and expr.day is not None:
        # "on the 12th": in the month of publication, or the month before it for what is past by then (the
        # month after it for what is to come)
        base = published.replace(day=1)
        if future is False and expr.day > published.day:
            base -= relativedelta(months=1)
        elif future is True and expr.day < published.day:
            base += relativedelta(months=1)
        d = _safe_date(base.year, base.month, expr.day)
        return _NONE if d is None else (d, Precision.DAY)
    if k is TimeKind.RELATIVE_DAY and expr.offset is not None:
        return published + dt.timedelta(days=expr.offset), Precision.DAY
    if k is TimeKind.RELATIVE_PERIOD and (recurring := _recurring(expr.unit)) is not None:
        return _recurring_period(recurring, expr.offset, published, future)
    if k is TimeKind.RELATIVE_PERIOD and expr.offset is not None:
        if expr.unit == "week":
            monday = published + relativedelta(weekday=_WEEKDAYS[0](-1), weeks=expr.offset)
            return monday.replace(day=1), Precision.MONTH
        if expr.unit == "month":
            return published.replace(day=1) + relativedelta(months=expr.offset), Precision.MONTH
        if expr.unit == "year":
            return dt.date(published.year + expr.offset, 1, 1), Precision.YEAR
    return _NONE


@functools.cache
def _recurring(unit: str | None) -> tuple[str, int] | None:
    """A recurring period's anchor as ``("weekday", 5)`` (a weekend starts on a Saturday) or ``("month", 6)``
    (summer starts in June); None for a unit that does not recur ("week", "month", "year").
    """
    v = _vocab()
    u = next((x for x in v.units.values() if x.unit == unit and x.anchor), None) if unit else None
    if u is None or u.anchor is None:
        return None
    if (day := v.weekday(u.anchor)) is not None:
        return "weekday", day.number
    if (month := v.month(u.anchor)) is not None:
        return "month", month.number
    return None


_SEASON_MONTHS = 3
"""Months of a season: a season is "this" one from its first month to its last."""


def _recurring_period(
    anchor: tuple[str, int], offset: int | None, published: dt.date, future: bool | None
) -> tuple[dt.date | None, Precision | None]:
    """The period of a recurring unit: "this weekend" (the one of the publication's week), "next summer" (the
    first to start after publication), "last spring" (the last to end before it); with *offset* ``None``, the
    nearest one, to come when *future* says so, else past or under way ("over the weekend").

    A weekend resolves to the month of its Saturday, as a week does to its Monday's; a season to the year most of
    it falls in (the winter of 2024-25 is 2025).
    """
    kind, number = anchor
    if kind == "weekday":
        this = published + dt.timedelta(days=number - published.weekday())  # (Sunday: the day before)
        if offset is None:
            start = this if future or published >= this else this - dt.timedelta(days=7)
        else:
            start = this + dt.timedelta(weeks=offset)
        return start.replace(day=1), Precision.MONTH
    starts = [dt.date(y, number, 1) for y in range(published.year - 2, published.year + 3)]
    ends = [s + relativedelta(months=_SEASON_MONTHS) for s in starts]
    current = next((i for i, (a, b) in enumerate(zip(starts, ends, strict=True)) if a <= published < b), None)
    upcoming = next(i for i, a in enumerate(starts) if a > published)
    past = max(i for i, b in enumerate(ends) if b <= published)
    if offset is None:
        i = current if current is not None else (upcoming if future else past)
    elif offset == 0:
        i = current if current is not None else next(i for i, a in enumerate(starts) if a.year == published.year)
    else:
        i = (upcoming + offset - 1) if offset > 0 else (past + offset + 1)
    if not 0 <= i < len(starts):
        return _NONE
    middle = starts[i] + relativedelta(months=_SEASON_MONTHS // 2)
    return dt.date(middle.year, 1, 1), Precision.YEAR


def resolve(
    expr: TimeExpression, published: dt.date | None, *, future: bool | None = None
) -> tuple[dt.date | None, Precision | None]:
    """Turn an expression into the first day of the period it names, and its precision.

    Expressions that carry their year resolve without ``published``; the others
    resolve against it, and give ``(None, None)`` when it is ``None``.

    * Weekday: "last Friday" is the one strictly before ``published``, "next
      Tuesday" the one strictly after. Otherwise, with ``future`` true, the next
      one strictly after ("this Monday" on a Monday is the day itself); else the
      nearest on or before ``published`` (the day itself when it matches).
    * Month (or day and month) without a year: with ``future`` true the next
      occurrence on or after ``published``; else the most recent one on or before
      it. The same month counts as this year. "last"/"next May" are strictly
      before/after the published month; "this May" is in the published year. A
      stated weekday ("Tuesday, March 21") picks the nearby year it fits.
    * "the 16th": that day of the published month.
    * Weeks resolve to the month of that week's Monday; months and years to their
      first day; "in the coming weeks" and other vague periods to ``(None, None)``.
    * Weekends resolve to the month of their Saturday ("this weekend" is the one
      of the published week; "over the weekend" the last one, or the next one
      with ``future`` true); seasons to the year most of the season falls in
      ("next summer" is the first to start after ``published``, "last spring"
      the last to end before it, "in the spring" the one under way, else the
      next or the last one).

    Args:
        expr: An expression from :func:`find_time_expressions`. A range resolves
            to its first part; see :func:`resolve_range`.
        published: The publication date, or ``None`` when unknown.
        future: Whether the text speaks of a planned event (``True``), of a held
            one (``False``) or does not say (``None``, read as held).

    Returns:
        ``(value, precision)``, or ``(None, None)`` when it cannot be resolved.
    """
    try:
        return _resolve(expr, published, future)
    except (ValueError, OverflowError):
        return _NONE


def _resolve_after(
    expr: TimeExpression, first: dt.date, published: dt.date | None, future: bool | None
) -> tuple[dt.date | None, Precision | None]:
    """Resolve a range's last part, on or after the already resolved *first*."""
    k = expr.kind
    if k is TimeKind.DATE and expr.year is None and expr.month and expr.day:
        for y in (first.year, first.year + 1):
            d = _safe_date(y, expr.month, expr.day)
            if d is not None and d >= first:
                return d, Precision.DAY
        return _NONE
    if k is TimeKind.MONTH and expr.year is None and expr.month and expr.offset is None:
        y = first.year if expr.month >= first.month else first.year + 1
        return dt.date(y, expr.month, 1), Precision.MONTH
    if k is TimeKind.WEEKDAY and expr.weekday is not None and expr.offset is None:
        return first + relativedelta(weekday=_WEEKDAYS[expr.weekday](+1)), Precision.DAY
    if k is TimeKind.DAY_OF_MONTH and expr.day is not None:
        base = first.replace(day=1)
        if expr.day < first.day:
            base += relativedelta(months=1)
        d = _safe_date(base.year, base.month, expr.day)
        return _NONE if d is None else (d, Precision.DAY)
    return _resolve(expr, published, future)


_ORDER = {Precision.DAY: 0, Precision.MONTH: 1, Precision.YEAR: 2}


def resolve_range(
    expr: TimeExpression, published: dt.date | None, *, future: bool | None = None
) -> tuple[dt.date | None, dt.date | None, Precision | None]:
    """Resolve a range to its first and last values: "May 10-11" -> May 10 and May 11.

    The first part resolves as :func:`resolve` does; the last part, when it lacks
    a year, is the first matching day, month or weekday on or after it ("Dec
    30-Jan 2" runs into the next year). For month and year ranges the last value
    is the first day of the last month or year. A single expression gives the
    same value twice; a last part that cannot be resolved, or falls before the
    first, is ignored.

    Args:
        expr: An expression from :func:`find_time_expressions`.
        published: The publication date, or ``None`` when unknown.
        future: As for :func:`resolve`.

    Returns:
        ``(first, last, precision)``: the coarser precision of the two parts;
        ``(None, None, None)`` when the first part cannot be resolved.
    """
    try:
        first, precision = _resolve(expr, published, future)
        if first is None or precision is None:
            return None, None, None
        if expr.range_end is None:
            return first, first, precision
        last, last_precision = _resolve_after(expr.range_end, first, published, future)
    except (ValueError, OverflowError):
        return None, None, None
    if last is None or last_precision is None or last < first:
        return first, first, precision
    coarser = max(precision, last_precision, key=_ORDER.__getitem__)
    return first, last, coarser


# ---------------------------------------------------------------- numbers


_TOKEN_SPLIT = regex.compile(r"\s+|(?<=\w)-(?=\w)")
_DIGITS = regex.compile(r"[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+(?:\.[0-9]+)?")


def _lex_number(word: str) -> tuple[str, Fraction] | None:
    if word == "and":
        return ("and", Fraction(0))
    if _DIGITS.fullmatch(word):
        return ("digits", Fraction(word.replace(",", "")))
    found = _vocab().numbers.get(word)
    return None if found is None else (found[1], found[0])


def _count(items: list[tuple[str, Fraction]], pos: int) -> tuple[Fraction | None, int]:
    """Parse a whole number ("a hundred and twenty", "two dozen") from *pos*."""
    n = len(items)
    if pos >= n or items[pos][0] not in ("article", "unit", "ten", "digits"):
        return None, pos
    total = Fraction(0)
    current = Fraction(0)
    last = ""
    while pos < n:
        kind, value = items[pos]
        if kind == "and":  # only inside a number: "one hundred and twenty"
            following = items[pos + 1][0] if pos + 1 < n else ""
            if last != "scale" or following not in ("unit", "ten", "digits"):
                break
        elif kind == "article":
            if last:
                break
            current += value
        elif kind in ("unit", "digits"):
            if last in ("unit", "digits", "article"):
                break
            if last == "ten" and not (kind == "unit" and 1 <= value <= 9):
                break
            current += value
        elif kind == "ten":
            if last in ("unit", "digits", "article", "ten"):
                break
            current += value
        elif kind == "scale" and last != "and":
            if value >= 1000:
                total += current * value
                current = Fraction(0)
            else:
                current *= value
        else:
            break
        last = kind
        pos += 1
    return total + current, pos


_COUNTS = ("article", "unit", "digits")


def _parse_items(items: list[tuple[str, Fraction]]) -> Fraction | None:
    n = len(items)
    if n == 0:
        return None
    if items[0][0] == "fraction":  # "half", "half an", "half a dozen"
        value = items[0][1]
        pos = 1
        if pos < n and items[pos][0] == "article":
            count, pos = _count(items, pos)
            if count is None:
                return None
            value *= count
        return value if pos == n else None
    count, pos = _count(items, 0)
    if count is None:
        return None
    value = count
    if pos < n and items[pos][0] == "fraction":  # "a half", "three quarters"
        value *= items[pos][1]
        pos += 1
    elif pos + 1 < n and items[pos][0] == "and":  # "two and a half"
        tail = items[pos + 1 :]
        if tail[0][0] == "fraction" and len(tail) == 1:
            value += tail[0][1]
            pos = n
        elif len(tail) == 2 and tail[0][0] in _COUNTS and tail[1][0] == "fraction":
            value += tail[0][1] * tail[1][1]
            pos = n
    return value if pos == n else None


def _parse_fraction(words: str) -> Fraction | None:
    tokens = [t for t in _TOKEN_SPLIT.split(words.strip().lower()) if t]
    items = []
    for t in tokens:
        lexed = _lex_number(t)
        if lexed is None:
            return None
        items.append(lexed)
    return _parse_items(items)


def parse_number(words: str) -> float | None:
    """Read a number written in digits or in words.

    Number words are parsed compositionally from the ``numbers`` lexicon:
    "twenty-five" -> 25, "seven-and-a-half" -> 7.5, "two and a half" -> 2.5,
    "a dozen" -> 12, "half an" -> 0.5, "one hundred and twenty" -> 120,
    "1,000" -> 1000, "1.5" -> 1.5.

    Args:
        words: The number as written; blanks and hyphens separate words.

    Returns:
        Its value, or ``None`` when *words* is not a well-formed number.
    """
    if not isinstance(words, str) or len(words) > 200:
        return None
    value = _parse_fraction(words)
    if value is None:
        return None
    result = float(value)
    return result if math.isfinite(result) else None


_NUMBER_WORD = regex.compile(r"[^\s-]+")


def _trim_number(text: str, start: int, end: int) -> tuple[int, Fraction] | None:
    """Parse ``text[start:end]``, dropping leading words that do not belong ("a two")."""
    tokens = [(t.start(), t.group(0)) for t in _NUMBER_WORD.finditer(text[start:end])]
    for i, (offset, word) in enumerate(tokens):
        if i:
            prev_end = start + tokens[i - 1][0] + len(tokens[i - 1][1])
            if "-" in text[prev_end : start + offset]:
                return None  # "30-45 minutes" is a range, not 45 minutes
        if word.lower() == "and":
            continue
        value = _parse_fraction(text[start + offset : end])
        if value is not None:
            return start + offset, value
    return None


# ---------------------------------------------------------------- durations


def _unit_stems(v: _Vocab) -> _Stems:
    """The shortest forms of the duration units, which begin every form ("hr" for "hrs")."""
    forms = {f.lower() for f, u in v.units.items() if u.duration}
    return _stems((f for f in forms if not any(f != g and f.startswith(g) for g in forms)), fold=True)


@functools.cache
def _duration_patterns() -> tuple[_Scan, _Scan]:
    v = _vocab()
    qual = f"(?P<q>{_ialt(v.phrases('qualifier'))})"
    num = _num_re(v)
    unit = _unit_alt(v, durations_only=True)
    long_ = r"(?P<long>-?(?i:long))?"
    not_age = rf"(?!(?:{_WS}|-)(?i:old)\b)"
    core = _unit_stems(v)
    quals = [q.lower() for q in v.phrases("qualifier")]
    main = _Scan(
        rf"(?:{qual}{_WS})?(?P<num>{num})(?:{_WS}|-)(?P<unit>{unit}){long_}(?!\w){not_age}"
        rf"(?:{_WS}(?i:and){_WS}(?P<num2>{num})(?:(?:{_WS}|-)(?P<unit2>{unit})(?!\w){not_age})?)?",
        core,
        _reverse(rf"(?:{_ialt(v.phrases('qualifier'))}{_WS})?{num}(?:{_WS}|-)"),
        word_start=True,
        # a number (or its hedge) comes before the unit: no match starts at a unit's stem unless some number
        # word or hedge starts with one
        led=not any(w.startswith(core.words) for w in (*quals, *(n.lower() for n in v.numbers))),
    )
    bare = _Scan(
        rf"(?:{qual}{_WS})?(?<![\w-])(?P<unit>{unit})(?P<long>-?(?i:long))(?!\w){not_age}",
        core,
        _reverse(rf"{_ialt(v.phrases('qualifier'))}{_WS}"),
        word_start=True,
        # the hedge is optional and the unit's look-behind sees the blank after it either way: the pattern
        # matches from the unit on wherever a match holds it, unless some hedge holds a unit's stem
        alone=not any(stem in q for q in quals for stem in core.words),
    )
    return main, bare


def _is_article(v: _Vocab, word: str) -> bool:
    entry = v.numbers.get(word.strip().lower())
    return entry is not None and entry[1] == "article"


@functools.cache
def _article_re() -> Any:
    articles = [w for w, (_, kind) in _vocab().numbers.items() if kind == "article"]
    return regex.compile(rf"{_ialt(articles)}(?:{_WS}|-)")


def _qualifier(v: _Vocab, m: Any) -> Qualifier:
    q = m.group("q")
    w = v.word(q, "qualifier") if q else None
    if w is None or w.label is None:
        return Qualifier.EXACT
    try:
        return Qualifier(w.label)
    except ValueError:
        return Qualifier.EXACT


def _round_minutes(value: Fraction) -> int:
    return math.floor(value + Fraction(1, 2))


def find_durations(text: str) -> list[DurationExpression]:
    """Find stated lengths of time in *text*: "a 35-minute call", "nearly an hour".

    Numbers may be digits or words ("seven-and-a-half-hour", "an hour and a
    half", "two hours and 15 minutes", "half an hour", "hour-long", "daylong").
    A hedge just before the number sets the qualifier and is part of the span;
    an article or "for" before it is not ("a two-day visit" gives ``two-day``).
    Only seconds, minutes, hours, days and weeks count: ages ("35-year-old",
    "a two-day-old truce"), years, months, times of day and "three days ago"
    are not durations.

    Args:
        text: Any string.

    Returns:
        The durations in text order, never overlapping. Never raises on a ``str``.
    """
    if not isinstance(text, str) or not text:
        return []
    v = _vocab()
    main, bare = _duration_patterns()
    scanner = _Scanner(text)
    cands: list[tuple[int, int, DurationExpression]] = []
    for m in scanner.finditer(main):
        num_start, num_end = m.start("num"), m.end("num")
        if m.group("long") or "-" in text[num_end : m.start("unit")]:
            # attributive ("a two-day visit", "an hour-long meeting"): a leading
            # article belongs to the noun, not to the number
            article = _article_re().match(text, num_start, m.start("unit"))
            if article is not None:
                if article.end() >= num_end:
                    continue  # "an hour-long": the bare "hour-long" reading covers it
                num_start = article.end()
        parsed = _trim_number(text, num_start, num_end)
        u = v.unit(m.group("unit"))
        if parsed is None or u is None:
            continue
        if u.unit == "second" and not m.group("num2") and _is_article(v, text[num_start:num_end]):
            continue  # "a second meeting", "a second round of talks": the ordinal, not a length
        num_start, value = parsed
        end = m.end("long") if m.group("long") else m.end("unit")
        total = value * u.minutes
        if m.group("num2"):
            extra = _parse_fraction(m.group("num2"))
            u2 = v.unit(m.group("unit2")) if m.group("unit2") else None
            if extra is not None and u2 is not None:
                total += extra * u2.minutes
                end = m.end("unit2")
            elif extra is not None and u2 is None and 0 < extra < 1 and not m.group("long"):
                total = (value + extra) * u.minutes
                end = m.end("num2")
        word, _ = _next_word(text, end)
        if v.word(word, "ago"):
            continue
        start = m.start("q") if m.group("q") else num_start
        minutes = _round_minutes(total)
        cands.append((start, end, DurationExpression(start, end, text[start:end], minutes, _qualifier(v, m))))
    for m in scanner.finditer(bare):
        u = v.unit(m.group("unit"))
        if u is None or u.unit != m.group("unit").lower():  # "weeks-long" has no number
            continue
        start, end = m.start("q") if m.group("q") else m.start("unit"), m.end()
        minutes = _round_minutes(u.minutes)
        cands.append((start, end, DurationExpression(start, end, text[start:end], minutes, _qualifier(v, m))))
    taken = bytearray(len(text))
    out: list[DurationExpression] = []
    for start, end, d in sorted(cands, key=lambda c: (c[0] - c[1], c[0])):
        if taken.find(1, start, end) != -1:
            continue
        taken[start:end] = b"\x01" * (end - start)
        out.append(d)
    out.sort(key=lambda d: d.start)
    return out


# ---------------------------------------------------------------- publication date

_ISO_DAY = regex.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[T ][0-9].*)?", flags=regex.DOTALL)


def parse_published(value: object) -> dt.date | None:
    """Read a publication date.

    Args:
        value: A :class:`datetime.date`, a :class:`datetime.datetime` (its date as
            written, without converting time zones), an ISO 8601 string with at
            least year, month and day ("2023-06-19", "2023-06-19T10:00:00Z"), a
            reduced-precision ISO date ("2023-06", "2023": the last day of that
            month or year, so that dates the article gives inside that period
            resolve into it), or ``None``.

    Returns:
        The date, or ``None`` for ``None``.

    Raises:
        TypeError: *value* is of another type (bytes, int, ...).
        ValueError: *value* is a string that is not such a date.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        found = _published_text(value.strip())
        if found is None:
            raise ValueError(
                f"cannot read a publication date from {value!r}: expected ISO 8601 "
                "'YYYY-MM-DD', optionally followed by a time"
            )
        return found
    raise TypeError(
        "published must be a datetime.date, a datetime.datetime, an ISO 8601 string or None, "
        f"not {type(value).__name__}"
    )


_REDUCED_DATE = regex.compile(r"(\d{4})(?:-(\d{2}))?")


@functools.lru_cache(maxsize=256)
def _published_text(text: str) -> dt.date | None:
    """The date a stripped string gives :func:`parse_published`, None if it gives none (kept for
    the next call: a batch of articles gives the same few dates again and again).
    """
    reduced = _REDUCED_DATE.fullmatch(text)
    if reduced:
        # the last day of the month or year: dates the text gives inside that period resolve into it
        try:
            year = int(reduced.group(1))
            if reduced.group(2) is None:
                return dt.date(year, 12, 31)
            month = int(reduced.group(2))
            return dt.date(year, month, 1) + relativedelta(day=31)
        except ValueError:
            pass
    if _ISO_DAY.fullmatch(text):
        try:
            return isoparse(text).date()
        except (ValueError, OverflowError):
            pass
    return None
