# Copyright (c) 2026 the diplomeet developers. Licence: MIT.
"""Tests for diplomeet.temporal: finding, parsing and resolving time expressions and durations."""

from __future__ import annotations

import datetime as dt
import math
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplomeet import lexicons
from diplomeet.models import Precision, Qualifier
from diplomeet.temporal import (
    DurationExpression,
    TimeExpression,
    TimeKind,
    find_durations,
    find_time_expressions,
    parse_number,
    parse_published,
    resolve,
    resolve_range,
)

MONDAY = dt.date(2023, 6, 19)  # the publication date used throughout: a Monday
D = dt.date
DAY, MONTH, YEAR = Precision.DAY, Precision.MONTH, Precision.YEAR


def texts(source: str) -> list[str]:
    return [e.text for e in find_time_expressions(source)]


def only(source: str) -> TimeExpression:
    found = find_time_expressions(source)
    assert len(found) == 1, [e.text for e in found]
    return found[0]


def held(source: str) -> tuple[dt.date | None, Precision | None]:
    return resolve(only(source), MONDAY, future=False)


def planned(source: str) -> tuple[dt.date | None, Precision | None]:
    return resolve(only(source), MONDAY, future=True)


def durations(source: str) -> list[tuple[str, int, Qualifier]]:
    return [(d.text, d.minutes, d.qualifier) for d in find_durations(source)]


class TestSpans:
    def test_span_offsets_are_exact(self) -> None:
        """Start and end of an expression slice the source to its text."""
        source = "Blinken met Xi Jinping in Beijing on Monday, June 19, for talks."
        expr = only(source)
        assert (expr.start, expr.end, expr.text) == (37, 52, "Monday, June 19")
        assert source[expr.start : expr.end] == expr.text

    def test_preposition_is_left_out(self) -> None:
        """A governing preposition is not part of the span."""
        assert texts("The two leaders met on Sunday in Bali.") == ["Sunday"]
        assert texts("Relations have been frozen since 2018.") == ["2018"]
        assert texts("A summit is expected in November.") == ["November"]

    def test_several_in_order(self) -> None:
        """Several expressions come back sorted by position."""
        source = "Yesterday's talks followed a visit in March 2022 and a call last Friday."
        assert texts(source) == ["Yesterday", "March 2022", "last Friday"]


class TestWeekdays:
    def test_bare_weekday(self) -> None:
        """A weekday name alone is an expression of kind WEEKDAY."""
        expr = only("Lavrov arrived in Ankara on Wednesday.")
        assert (expr.text, expr.kind, expr.weekday, expr.offset) == ("Wednesday", TimeKind.WEEKDAY, 2, None)

    @pytest.mark.parametrize(
        ("source", "text", "offset"),
        [
            ("The ministers spoke last Friday by phone.", "last Friday", -1),
            ("They will meet again next Tuesday in Geneva.", "next Tuesday", 1),
            ("Talks resume this Monday, officials said.", "this Monday", 0),
        ],
    )
    def test_shifted_weekday(self, source: str, text: str, offset: int) -> None:
        """'last', 'next' and 'this' stay in the span and set the offset."""
        expr = only(source)
        assert (expr.text, expr.offset) == (text, offset)

    @pytest.mark.parametrize(
        ("source", "text", "part"),
        [
            ("Modi landed in Washington on Wednesday afternoon.", "Wednesday afternoon", "afternoon"),
            ("The delegations dined together on Friday evening.", "Friday evening", "evening"),
            ("A call took place late on Monday night.", "late on Monday night", "night"),
        ],
    )
    def test_part_of_day_is_kept(self, source: str, text: str, part: str) -> None:
        """A part of the day after a weekday is part of the span; the weekday is kept."""
        expr = only(source)
        assert (expr.text, expr.part_of_day, expr.kind) == (text, part, TimeKind.WEEKDAY)

    def test_plural_and_lower_case_are_not_weekdays(self) -> None:
        """'Mondays' and 'monday' are not read as a day."""
        assert texts("The council meets on Mondays; a monday meeting is routine.") == []

    def test_ambiguous_abbreviation_needs_context(self) -> None:
        """'Sat' and 'Sun' count only after a preposition or before a date."""
        assert texts("He sat beside Sun Yat-sen's portrait.") == []
        assert texts("The vote is on Sat. in Taipei.") == ["Sat."]
        assert texts("Published Sun., Jan. 8, 2023.") == ["Sun., Jan. 8, 2023"]

    def test_weekday_with_date_in_brackets_is_one_date(self) -> None:
        """'Tuesday (March 21)' is one DATE expression that keeps the weekday."""
        expr = only("The talks on Tuesday (March 21) lasted three hours.")
        assert (expr.text, expr.kind, expr.month, expr.day, expr.weekday) == (
            "Tuesday (March 21)",
            TimeKind.DATE,
            3,
            21,
            1,
        )

    def test_weekday_with_date_after_comma_is_one_date(self) -> None:
        """'Tuesday, March 21, 2023' and 'Monday 19 June' are one expression each."""
        assert texts("They met on Tuesday, March 21, 2023 and again on Monday 19 June.") == [
            "Tuesday, March 21, 2023",
            "Monday 19 June",
        ]

    def test_unclosed_bracket_keeps_them_apart(self) -> None:
        """Without a closing bracket the weekday and the date stay two expressions."""
        assert texts("On Tuesday (March 21 was a holiday") == ["Tuesday", "March 21"]


class TestRelativeDays:
    @pytest.mark.parametrize(
        ("phrase", "offset"),
        [
            ("today", 0),
            ("yesterday", -1),
            ("tomorrow", 1),
            ("tonight", 0),
            ("this morning", 0),
            ("earlier today", 0),
            ("earlier in the day", 0),
            ("later today", 0),
            ("last night", -1),
        ],
    )
    def test_relative_day_words(self, phrase: str, offset: int) -> None:
        """Each relative day word is found with its offset in days."""
        expr = only(f"The envoy said {phrase} that talks were useful.")
        assert (expr.text, expr.kind, expr.offset) == (phrase, TimeKind.RELATIVE_DAY, offset)

    def test_capitalised_with_part_of_day(self) -> None:
        """Case does not matter for relative words; a part of the day extends them."""
        assert texts("Yesterday afternoon the two sides met.") == ["Yesterday afternoon"]

    @pytest.mark.parametrize(
        ("source", "text", "offset"),
        [
            ("The accord was signed three days ago.", "three days ago", -3),
            ("They spoke 48 hours ago.", "48 hours ago", -2),
        ],
    )
    def test_days_ago(self, source: str, text: str, offset: int) -> None:
        """A count of days or hours followed by 'ago' is a relative day."""
        expr = only(source)
        assert (expr.text, expr.kind, expr.offset) == (text, TimeKind.RELATIVE_DAY, offset)


class TestStoryDays:
    @pytest.mark.parametrize(
        ("phrase", "offset"),
        [
            ("the next day", 1),
            ("the following morning", 1),
            ("a day later", 1),
            ("two days later", 2),
            ("later that day", 0),
            ("the same evening", 0),
            ("the previous day", -1),
        ],
    )
    def test_story_day_words(self, phrase: str, offset: int) -> None:
        """A day counted from the story's day is found with its offset, and resolves to nothing by itself."""
        expr = only(f"The envoy met the minister {phrase} in the capital.")
        assert (expr.text, expr.kind, expr.offset) == (phrase, TimeKind.STORY_DAY, offset)
        assert held(f"They met {phrase}.") == (None, None)

    def test_next_week_is_still_a_period(self) -> None:
        """ "next week" counts from publication; only "the next day" counts from the story's day."""
        assert only("They will meet next week.").kind is TimeKind.RELATIVE_PERIOD


class TestRelativePeriods:
    @pytest.mark.parametrize(
        ("phrase", "offset", "unit", "edge"),
        [
            ("last week", -1, "week", None),
            ("next week", 1, "week", None),
            ("this week", 0, "week", None),
            ("last month", -1, "month", None),
            ("next month", 1, "month", None),
            ("this year", 0, "year", None),
            ("later this year", 0, "year", "late"),
            ("earlier this year", 0, "year", "early"),
            ("late last year", -1, "year", "late"),
            ("early next year", 1, "year", "early"),
            ("the end of the year", 0, "year", "late"),
            ("the end of this year", 0, "year", "late"),
            ("the end of next month", 1, "month", "late"),
            ("the start of next year", 1, "year", "early"),
            ("the beginning of the month", 0, "month", "early"),
            ("the middle of next year", 1, "year", "mid"),
        ],
    )
    def test_shift_and_period(self, phrase: str, offset: int, unit: str, edge: str | None) -> None:
        """'last/this/next' + week/month/year, with an optional edge word, is one expression."""
        expr = only(f"Officials said the summit would happen {phrase}, if at all.")
        assert (expr.text, expr.kind, expr.offset, expr.unit, expr.edge) == (
            phrase,
            TimeKind.RELATIVE_PERIOD,
            offset,
            unit,
            edge,
        )

    @pytest.mark.parametrize("text", ["the end of the war", "the start of the talks", "the end of March"])
    def test_an_edge_of_no_period_is_no_relative_period(self, text: str) -> None:
        """'the end of the war' names no calendar period ('the end of March' is March)."""
        assert all(e.kind is not TimeKind.RELATIVE_PERIOD for e in find_time_expressions(f"They met at {text}."))

    def test_the_last_week_is_not_last_week(self) -> None:
        """'the last week of talks' names no calendar week."""
        assert texts("During the last week of talks, little moved.") == []

    @pytest.mark.parametrize("phrase", ["in the coming weeks", "in the coming days", "in recent months"])
    def test_vague_periods(self, phrase: str) -> None:
        """Vague periods are found (with their leading 'in') but have no calendar value."""
        expr = only(f"Xi is expected to visit {phrase}.")
        assert (expr.text, expr.kind) == (phrase, TimeKind.VAGUE)
        assert resolve(expr, MONDAY, future=True) == (None, None)

    def test_years_ago(self) -> None:
        """'two years ago' is the month of publication two years back, not any time in that year."""
        expr = only("The last summit was two years ago.")
        assert (expr.kind, expr.unit, expr.offset) == (TimeKind.RELATIVE_PERIOD, "month", -24)
        assert resolve(expr, MONDAY) == (D(2021, 6, 1), MONTH)


class TestMonths:
    @pytest.mark.parametrize(
        ("source", "text", "month"),
        [
            ("A summit is planned in November.", "November", 11),
            ("Biden visited Hanoi in September.", "September", 9),
            ("Elections are due in May.", "May", 5),
            ("The deal expires at the end of March.", "March", 3),
            ("Talks stalled in early May.", "early May", 5),
            ("A visit is expected by mid-August.", "mid-August", 8),
            ("They will meet again next March.", "next March", 3),
        ],
    )
    def test_month_alone(self, source: str, text: str, month: int) -> None:
        """A month name alone is a MONTH expression without a year."""
        expr = only(source)
        assert (expr.text, expr.kind, expr.month, expr.year) == (text, TimeKind.MONTH, month, None)

    def test_ambiguous_month_names_need_context(self) -> None:
        """'May', 'March' and 'August' are not months without a preposition."""
        assert texts("Theresa May will march with August Heads.") == []

    @pytest.mark.parametrize(
        ("source", "text"),
        [
            ("It was signed in November 2022 in Bali.", "November 2022"),
            ("It was signed in Nov. 2022 in Bali.", "Nov. 2022"),
            ("It was signed in September of 2019.", "September of 2019"),
            ("It was signed in late May 2021.", "late May 2021"),
        ],
    )
    def test_month_and_year(self, source: str, text: str) -> None:
        """Month and year make one MONTH expression with its year."""
        expr = only(source)
        assert (expr.text, expr.kind, expr.year) == (text, TimeKind.MONTH, int(text[-4:]))

    def test_sept_abbreviation(self) -> None:
        """'Sept.' is September."""
        expr = only("The ministers met on Sept. 5, 2021.")
        assert (expr.text, expr.month, expr.day, expr.year) == ("Sept. 5, 2021", 9, 5, 2021)


class TestDayAndMonth:
    @pytest.mark.parametrize(
        ("source", "text", "month", "day"),
        [
            ("The leaders met on 14 November in Bali.", "14 November", 11, 14),
            ("The leaders met on November 14 in Bali.", "November 14", 11, 14),
            ("The leaders met on Nov 14 in Bali.", "Nov 14", 11, 14),
            ("The leaders met on Nov. 14th in Bali.", "Nov. 14th", 11, 14),
            ("The leaders will meet on June 19th.", "June 19th", 6, 19),
            ("The leaders met on the 14th of November.", "the 14th of November", 11, 14),
        ],
    )
    def test_day_month(self, source: str, text: str, month: int, day: int) -> None:
        """Day and month in either order make a DATE without a year."""
        expr = only(source)
        assert (expr.text, expr.kind, expr.month, expr.day, expr.year) == (
            text,
            TimeKind.DATE,
            month,
            day,
            None,
        )

    @pytest.mark.parametrize(
        ("source", "text", "ymd"),
        [
            ("Xi and Biden met on Nov 14, 2022, in Bali.", "Nov 14, 2022", (2022, 11, 14)),
            ("Xi and Biden met on 14 November 2022 in Bali.", "14 November 2022", (2022, 11, 14)),
            ("Blinken arrived on June 19, 2023.", "June 19, 2023", (2023, 6, 19)),
            ("Dated 2023-06-19 in the archive.", "2023-06-19", (2023, 6, 19)),
            ("Dated 2023/06/19 in the archive.", "2023/06/19", (2023, 6, 19)),
            ("Dated 19.06.2023 in the archive.", "19.06.2023", (2023, 6, 19)),
            ("Dated 6/19/2023 in the archive.", "6/19/2023", (2023, 6, 19)),
            ("Dated 19/6/2023 in the archive.", "19/6/2023", (2023, 6, 19)),
            ("Dated 6/7/2023 in the archive.", "6/7/2023", (2023, 6, 7)),
        ],
    )
    def test_full_dates(self, source: str, text: str, ymd: tuple[int, int, int]) -> None:
        """Full dates in the common written and numeric formats (ambiguous a/b/yyyy is US)."""
        expr = only(source)
        assert (expr.text, expr.kind, (expr.year, expr.month, expr.day)) == (text, TimeKind.DATE, ymd)
        assert resolve(expr, None) == (D(*ymd), DAY)

    def test_numbers_inside_longer_numbers_are_not_dates(self) -> None:
        """Digits that continue a longer number are not read as a date."""
        assert texts("Code 12023-06-19 and 1.2.20234 and 16/19/20235 are serials.") == []


class TestYears:
    @pytest.mark.parametrize(
        ("source", "text"),
        [
            ("Relations soured in 2019.", "2019"),
            ("No leader has visited since 2018.", "2018"),
            ("A deal is the goal by 2030.", "2030"),
            ("Talks broke down in early 2019.", "early 2019"),
            ("A meeting was set for mid-2020.", "mid-2020"),
            ("Geneva hosted a historic 1985 summit.", "1985"),
            ("Their 2019 meeting ended early.", "2019"),
        ],
    )
    def test_year_with_context(self, source: str, text: str) -> None:
        """A four-digit year after a preposition or edge word, or before an event noun, is a YEAR."""
        expr = only(source)
        assert (expr.text, expr.kind) == (text, TimeKind.YEAR)

    @pytest.mark.parametrize(
        "source",
        [
            "The army sent a force of 2000 troops.",
            "Turnout rose by 2019 votes.",
            "They counted 2019 ballots.",
            "Serial 120193 was read in 20191 places.",
            "Inflation was 2019% in 2019.5 terms.",
            "It will take in 2000 years.",
            "The years 1850 and 2150 are out of range in 1850.",
            "The 2015 nuclear deal was signed.",
        ],
    )
    def test_not_years(self, source: str) -> None:
        """Counts, longer numbers and years outside 1900-2099 are not years."""
        assert texts(source) == []


class TestRanges:
    @pytest.mark.parametrize(
        ("source", "text", "last_text"),
        [
            ("The forum runs May 10-11 in Tokyo.", "May 10-11", "11"),
            ("The forum ran 27\u201328 February in Kyiv.", "27\u201328 February", "28 February"),
            ("The forum ran May 10-11, 2023 in Tokyo.", "May 10-11, 2023", "11, 2023"),
            ("Talks ran from Monday to Wednesday.", "from Monday to Wednesday", "Wednesday"),
            ("Talks ran between May and July.", "between May and July", "July"),
            ("Talks ran from 2019 to 2021.", "from 2019 to 2021", "2021"),
            ("Talks ran between 2019 and 2021.", "between 2019 and 2021", "2021"),
            ("The visit ran June 30 \u2013 July 2.", "June 30 \u2013 July 2", "July 2"),
        ],
    )
    def test_range_spans(self, source: str, text: str, last_text: str) -> None:
        """A range is one expression whose range_end is its last part."""
        expr = only(source)
        assert expr.text == text
        assert expr.range_end is not None
        assert expr.range_end.text == last_text
        assert source[expr.range_end.start : expr.range_end.end] == last_text

    def test_backwards_day_range_is_not_a_range(self) -> None:
        """'May 11-10' is not a range; the first date alone is kept."""
        expr = only("Held May 11-10 somewhere.")
        assert (expr.text, expr.range_end) == ("May 11", None)

    def test_mismatched_connector_is_not_a_range(self) -> None:
        """'between A to B' is not a range."""
        assert texts("Talks ran between Monday to Wednesday.") == ["Monday", "Wednesday"]


class TestDayOfMonth:
    def test_the_16th(self) -> None:
        """'on the 16th' gives 'the 16th', the 16th of the published month."""
        expr = only("The ministers will meet again on the 16th.")
        assert (expr.text, expr.kind, expr.day) == ("the 16th", TimeKind.DAY_OF_MONTH, 16)
        assert resolve(expr, MONDAY) == (D(2023, 6, 16), DAY)
        assert resolve(expr, D(2023, 2, 1)) == (D(2023, 2, 16), DAY)

    @pytest.mark.parametrize(
        ("day", "future", "expected"),
        [
            pytest.param(12, False, D(2023, 6, 12), id="past-before-publication"),
            pytest.param(26, False, D(2023, 5, 26), id="past-after-publication-day-is-last-month"),
            pytest.param(26, True, D(2023, 6, 26), id="future-after-publication"),
            pytest.param(12, True, D(2023, 7, 12), id="future-before-publication-day-is-next-month"),
            pytest.param(26, None, D(2023, 6, 26), id="unknown-tense-stays-in-the-month"),
        ],
    )
    def test_the_month_of_a_day_by_tense(self, day: int, future: bool | None, expected: dt.date) -> None:
        """ "met … on the 26th" published on the 19th: the 26th of last month; "will meet … on the 12th": of
        next month."""
        expr = only(f"The ministers talked on the {day}th.")
        assert resolve(expr, MONDAY, future=future) == (expected, DAY)

    def test_ordinals_before_nouns_are_not_days(self) -> None:
        """'the 16th century' and 'the 20th anniversary' are not days."""
        assert texts("Since the 16th century and the 20th Party Congress.") == []

    def test_day_missing_from_month(self) -> None:
        """'the 31st' in a 30-day month cannot be resolved."""
        assert resolve(only("They meet on the 31st."), MONDAY) == (None, None)


class TestInvalidDates:
    @pytest.mark.parametrize(
        "source",
        [
            "They met on February 30.",
            "They met on 31 April 2023.",
            "They met on February 29, 2023.",
            "They met on 2023-02-30.",
            "They met on 13/13/2023.",
            "They met on 31.06.2023.",
            "They met on February 28-30.",
        ],
    )
    def test_impossible_dates_are_not_expressions(self, source: str) -> None:
        """An impossible date is neither an expression nor an error, and blocks a shorter reading."""
        assert texts(source) == []

    def test_leap_day_without_year(self) -> None:
        """'February 29' without a year resolves to the most recent leap day."""
        assert held("They met on February 29.") == (D(2020, 2, 29), DAY)
        assert planned("They meet on February 29.") == (D(2024, 2, 29), DAY)


class TestResolveHeld:
    """Resolution for events that took place, published Monday 2023-06-19."""

    @pytest.mark.parametrize(
        ("source", "expected"),
        [
            ("They met on Monday.", (D(2023, 6, 19), DAY)),
            ("They met on Sunday.", (D(2023, 6, 18), DAY)),
            ("They met on Tuesday.", (D(2023, 6, 13), DAY)),
            ("They met last Friday.", (D(2023, 6, 16), DAY)),
            ("They met last Monday.", (D(2023, 6, 12), DAY)),
            ("They met this Monday.", (D(2023, 6, 19), DAY)),
            ("They met Wednesday afternoon.", (D(2023, 6, 14), DAY)),
            ("They met yesterday.", (D(2023, 6, 18), DAY)),
            ("They met today.", (D(2023, 6, 19), DAY)),
            ("They met in November.", (D(2022, 11, 1), MONTH)),
            ("They met in June.", (D(2023, 6, 1), MONTH)),
            ("They met last June.", (D(2022, 6, 1), MONTH)),
            ("They met on 14 November.", (D(2022, 11, 14), DAY)),
            ("They met on June 19.", (D(2023, 6, 19), DAY)),
            ("They met last month.", (D(2023, 5, 1), MONTH)),
            ("They met last week.", (D(2023, 6, 1), MONTH)),
            ("They met earlier this year.", (D(2023, 1, 1), YEAR)),
            ("They met late last year.", (D(2022, 1, 1), YEAR)),
            ("They met in 2019.", (D(2019, 1, 1), YEAR)),
            ("They met in November 2022.", (D(2022, 11, 1), MONTH)),
            ("They met three days ago.", (D(2023, 6, 16), DAY)),
        ],
    )
    def test_held(self, source: str, expected: tuple[dt.date, Precision]) -> None:
        """Held events resolve to the nearest matching time on or before publication."""
        assert held(source) == expected

    def test_future_none_reads_as_held(self) -> None:
        """future=None resolves like future=False."""
        expr = only("They met on Thursday.")
        assert resolve(expr, MONDAY) == resolve(expr, MONDAY, future=False) == (D(2023, 6, 15), DAY)

    def test_weekday_picks_the_year_of_a_date(self) -> None:
        """A stated weekday picks the nearby year in which the date falls on it."""
        assert held("They met on Tuesday, June 20.") == (D(2023, 6, 20), DAY)
        assert held("They met on Monday, June 20.") == (D(2022, 6, 20), DAY)


class TestResolvePlanned:
    """Resolution for planned events, published Monday 2023-06-19."""

    @pytest.mark.parametrize(
        ("source", "expected"),
        [
            # news names the day of publication by its weekday (AP style): Monday's paper, Monday
            ("They will meet on Monday.", (D(2023, 6, 19), DAY)),
            ("They will meet this Monday.", (D(2023, 6, 19), DAY)),
            ("They will meet on Friday.", (D(2023, 6, 23), DAY)),
            ("They will meet next Tuesday.", (D(2023, 6, 20), DAY)),
            ("They will meet last Friday.", (D(2023, 6, 16), DAY)),
            ("They will meet tomorrow.", (D(2023, 6, 20), DAY)),
            ("They will meet in November.", (D(2023, 11, 1), MONTH)),
            ("They will meet in June.", (D(2023, 6, 1), MONTH)),
            ("They will meet in May.", (D(2024, 5, 1), MONTH)),
            ("They will meet next March.", (D(2024, 3, 1), MONTH)),
            ("They will meet on 14 November.", (D(2023, 11, 14), DAY)),
            ("They will meet on June 1.", (D(2024, 6, 1), DAY)),
            ("They will meet next week.", (D(2023, 6, 1), MONTH)),
            ("They will meet next month.", (D(2023, 7, 1), MONTH)),
            ("They will meet later this year.", (D(2023, 1, 1), YEAR)),
            ("They will meet early next year.", (D(2024, 1, 1), YEAR)),
            ("They will meet before the end of the year.", (D(2023, 1, 1), YEAR)),
            ("They will meet at the end of the month.", (D(2023, 6, 1), MONTH)),
            ("They will meet in 2025.", (D(2025, 1, 1), YEAR)),
        ],
    )
    def test_planned(self, source: str, expected: tuple[dt.date, Precision]) -> None:
        """Planned events resolve to the next matching time after publication."""
        assert planned(source) == expected

    def test_week_that_crosses_months(self) -> None:
        """A week resolves to the month of its Monday."""
        expr = only("They will meet next week.")
        assert resolve(expr, D(2023, 6, 30), future=True) == (D(2023, 7, 1), MONTH)
        assert resolve(expr, D(2023, 7, 1), future=True) == (D(2023, 7, 1), MONTH)


class TestWeekendsAndSeasons:
    """Recurring periods, published Monday 2023-06-19 unless a test says otherwise."""

    @pytest.mark.parametrize(
        ("source", "text", "offset", "unit"),
        [
            ("They met over the weekend.", "over the weekend", None, "weekend"),
            ("They will meet this weekend.", "this weekend", 0, "weekend"),
            ("They met last weekend.", "last weekend", -1, "weekend"),
            ("They will meet at the weekend.", "at the weekend", None, "weekend"),
            ("They will meet in the spring.", "in the spring", None, "spring"),
            ("They will meet next summer.", "next summer", 1, "summer"),
            ("They met last autumn.", "last autumn", -1, "autumn"),
            ("They met last fall.", "last fall", -1, "autumn"),
            ("They will meet at the end of the summer.", "the end of the summer", 0, "summer"),
        ],
    )
    def test_found(self, source: str, text: str, offset: int | None, unit: str) -> None:
        """ "over the weekend", "next summer": a relative period of a recurring unit; after "the", the nearest."""
        expr = only(source)
        assert (expr.text, expr.kind, expr.offset, expr.unit) == (text, TimeKind.RELATIVE_PERIOD, offset, unit)

    @pytest.mark.parametrize(
        "source", ["Prices will fall sharply.", "In the fall of Kabul, many fled.", "The spring in his step returned."]
    )
    def test_not_found(self, source: str) -> None:
        """A season word that names no period ("fall" as a verb, "the fall of Kabul", "the spring in his step")."""
        assert find_time_expressions(source) == []

    @pytest.mark.parametrize(
        ("source", "published", "future", "expected"),
        [
            ("They met over the weekend.", D(2023, 6, 19), False, (D(2023, 6, 1), MONTH)),
            ("They met over the weekend.", D(2023, 7, 3), False, (D(2023, 7, 1), MONTH)),  # Saturday July 1
            ("They met over the weekend.", D(2023, 7, 2), False, (D(2023, 7, 1), MONTH)),  # a Sunday: this one
            ("They will meet over the weekend.", D(2023, 6, 28), True, (D(2023, 7, 1), MONTH)),
            ("They will meet this weekend.", D(2023, 6, 28), True, (D(2023, 7, 1), MONTH)),
            ("They met last weekend.", D(2023, 7, 5), False, (D(2023, 7, 1), MONTH)),
            ("They will meet in the spring.", D(2023, 11, 20), True, (D(2024, 1, 1), YEAR)),
            ("They met in the spring.", D(2023, 11, 20), False, (D(2023, 1, 1), YEAR)),
            ("They will meet this summer.", D(2023, 6, 19), True, (D(2023, 1, 1), YEAR)),
            ("They will meet next summer.", D(2023, 6, 19), True, (D(2024, 1, 1), YEAR)),
            ("They met last summer.", D(2023, 6, 19), False, (D(2022, 1, 1), YEAR)),
            ("They met last summer.", D(2023, 11, 20), False, (D(2023, 1, 1), YEAR)),
            ("They will meet this winter.", D(2023, 11, 20), True, (D(2024, 1, 1), YEAR)),  # most of it in 2024
        ],
    )
    def test_resolved(
        self, source: str, published: dt.date, future: bool, expected: tuple[dt.date, Precision]
    ) -> None:
        """A weekend resolves to the month of its Saturday; a season to the year most of it falls in."""
        assert resolve(only(source), published, future=future) == expected


class TestResolveWithoutPublished:
    @pytest.mark.parametrize(
        "source",
        [
            "They met on Monday.",
            "They met yesterday.",
            "They met last week.",
            "They met in November.",
            "They met on 14 November.",
            "They met on the 16th.",
            "They met later this year.",
        ],
    )
    def test_relative_needs_published(self, source: str) -> None:
        """Relative expressions resolve to (None, None) without a publication date."""
        expr = only(source)
        assert expr.is_relative
        assert resolve(expr, None) == (None, None)
        assert resolve_range(expr, None) == (None, None, None)

    @pytest.mark.parametrize(
        ("source", "expected"),
        [
            ("They met on 14 November 2022.", (D(2022, 11, 14), DAY)),
            ("They met in November 2022.", (D(2022, 11, 1), MONTH)),
            ("They met in 2019.", (D(2019, 1, 1), YEAR)),
            ("They met on Tuesday (March 21, 2023).", (D(2023, 3, 21), DAY)),
        ],
    )
    def test_absolute_resolves_alone(self, source: str, expected: tuple[dt.date, Precision]) -> None:
        """Expressions that carry their year resolve without a publication date."""
        expr = only(source)
        assert not expr.is_relative
        assert resolve(expr, None) == expected


class TestResolveRange:
    @pytest.mark.parametrize(
        ("source", "future", "expected"),
        [
            ("Held May 10-11.", False, (D(2023, 5, 10), D(2023, 5, 11), DAY)),
            ("Held on May 10 and 11.", False, (D(2023, 5, 10), D(2023, 5, 11), DAY)),
            ("Held on 10 and 11 May.", False, (D(2023, 5, 10), D(2023, 5, 11), DAY)),
            ("Held 27\u201328 February 2022.", False, (D(2022, 2, 27), D(2022, 2, 28), DAY)),
            ("Set for May 10-11.", True, (D(2024, 5, 10), D(2024, 5, 11), DAY)),
            ("Held from Monday to Wednesday.", True, (D(2023, 6, 19), D(2023, 6, 21), DAY)),
            ("Held from Wednesday to Friday.", False, (D(2023, 6, 14), D(2023, 6, 16), DAY)),
            ("Held December 30 - January 2.", False, (D(2022, 12, 30), D(2023, 1, 2), DAY)),
            ("Held between May and July.", False, (D(2023, 5, 1), D(2023, 7, 1), MONTH)),
            ("Held from 2019 to 2021.", None, (D(2019, 1, 1), D(2021, 1, 1), YEAR)),
        ],
    )
    def test_range(self, source: str, future: bool | None, expected: tuple[dt.date, dt.date, Precision]) -> None:
        """A range resolves to its first and last values."""
        assert resolve_range(only(source), MONDAY, future=future) == expected

    def test_single_expression_gives_same_day_twice(self) -> None:
        """A single date gives start == end."""
        assert resolve_range(only("Held on 14 November 2022."), None) == (
            D(2022, 11, 14),
            D(2022, 11, 14),
            DAY,
        )

    def test_resolve_of_range_is_its_first_part(self) -> None:
        """resolve() on a range gives its first day."""
        assert resolve(only("Held May 10-11, 2023."), None) == (D(2023, 5, 10), DAY)


class TestDurations:
    @pytest.mark.parametrize(
        ("source", "text", "minutes", "qualifier"),
        [
            ("They held a 35-minute call.", "35-minute", 35, Qualifier.EXACT),
            ("After a roughly 30-minute meeting, they left.", "roughly 30-minute", 30, Qualifier.ABOUT),
            ("It was a more than three-hour session.", "more than three-hour", 180, Qualifier.MORE_THAN),
            ("A seven-and-a-half-hour marathon ended.", "seven-and-a-half-hour", 450, Qualifier.EXACT),
            ("They talked for nearly an hour.", "nearly an hour", 60, Qualifier.NEARLY),
            ("They talked for 90 minutes.", "90 minutes", 90, Qualifier.EXACT),
            ("He began a two-day visit.", "two-day", 2880, Qualifier.EXACT),
            ("The talks lasted two days.", "two days", 2880, Qualifier.EXACT),
            ("The talks lasted an hour and a half.", "an hour and a half", 90, Qualifier.EXACT),
            ("The talks lasted 1.5 hours.", "1.5 hours", 90, Qualifier.EXACT),
            ("The talks lasted half an hour.", "half an hour", 30, Qualifier.EXACT),
            ("After a 90-minute session they spoke.", "90-minute", 90, Qualifier.EXACT),
            ("They spoke for three hours.", "three hours", 180, Qualifier.EXACT),
            ("They spoke for over two hours.", "over two hours", 120, Qualifier.MORE_THAN),
            ("They spoke for 45 minutes.", "45 minutes", 45, Qualifier.EXACT),
            ("It was a 20-minute phone call.", "20-minute", 20, Qualifier.EXACT),
            ("A two-hour-long meeting ended.", "two-hour-long", 120, Qualifier.EXACT),
            ("An hour-long meeting ended.", "hour-long", 60, Qualifier.EXACT),
            ("After an estimated hour-long talk.", "an estimated hour-long", 60, Qualifier.ABOUT),
            ("A one-hour meeting.", "one-hour", 60, Qualifier.EXACT),
            ("The hour-long meeting ended.", "hour-long", 60, Qualifier.EXACT),
            ("A day-long summit ended.", "day-long", 1440, Qualifier.EXACT),
            ("A daylong summit ended.", "daylong", 1440, Qualifier.EXACT),
            ("They met for twenty-five minutes.", "twenty-five minutes", 25, Qualifier.EXACT),
            ("They met for two and a half hours.", "two and a half hours", 150, Qualifier.EXACT),
            ("They met for a dozen hours.", "a dozen hours", 720, Qualifier.EXACT),
            ("They met for about 40 minutes.", "about 40 minutes", 40, Qualifier.ABOUT),
            ("They met for at least two hours.", "at least two hours", 120, Qualifier.AT_LEAST),
            ("They met for less than an hour.", "less than an hour", 60, Qualifier.LESS_THAN),
            ("They met for under 30 minutes.", "under 30 minutes", 30, Qualifier.LESS_THAN),
            ("They met for just under an hour.", "just under an hour", 60, Qualifier.NEARLY),
            ("They met for just over an hour.", "just over an hour", 60, Qualifier.MORE_THAN),
            ("They met for some 50 minutes.", "some 50 minutes", 50, Qualifier.ABOUT),
            ("They met for almost two hours.", "almost two hours", 120, Qualifier.NEARLY),
            ("They met for two hours and 15 minutes.", "two hours and 15 minutes", 135, Qualifier.EXACT),
            ("They met for a half hour.", "a half hour", 30, Qualifier.EXACT),
            ("A half-hour call followed.", "half-hour", 30, Qualifier.EXACT),
            ("A three-week tour began.", "three-week", 30240, Qualifier.EXACT),
            ("A 90-second exchange.", "90-second", 2, Qualifier.EXACT),
            ("Talks lasted 2 hrs.", "2 hrs", 120, Qualifier.EXACT),
            ("About two hours later.", "About two hours", 120, Qualifier.ABOUT),
        ],
    )
    def test_duration(self, source: str, text: str, minutes: int, qualifier: Qualifier) -> None:
        """Durations are found with their hedge, in whole minutes."""
        assert durations(source) == [(text, minutes, qualifier)]

    def test_span_offsets(self) -> None:
        """A duration's offsets slice its text from the source."""
        source = "Xi and Biden held a more than three-hour meeting."
        (found,) = find_durations(source)
        assert isinstance(found, DurationExpression)
        assert (found.start, found.end) == (20, 40)
        assert source[found.start : found.end] == found.text

    @pytest.mark.parametrize(
        "source",
        [
            "The 35-year-old envoy arrived.",
            "A three-year plan was agreed.",
            "They met at 5 pm.",
            "A two-month delay followed.",
            "They met three days ago.",
            "A two-day-old truce held.",
            "A weeks-long standoff ended.",
            "Talks lasted 30-45 minutes.",
            "Min Aung Hlaing met a Min official.",
            "The hourly bulletin ran.",
            "Some hours passed.",
            "They held a second meeting.",
            "A second round of talks began.",
        ],
    )
    def test_not_durations(self, source: str) -> None:
        """Ages, years, months, times of day, 'ago', ranges, unnumbered units and the ordinal "a second"
        are not durations.
        """
        assert find_durations(source) == []

    def test_several_durations(self) -> None:
        """Several durations come back in text order."""
        source = "After a 20-minute call and a two-day visit, talks lasted three hours."
        assert [d.text for d in find_durations(source)] == ["20-minute", "two-day", "three hours"]


class TestParseNumber:
    @pytest.mark.parametrize(
        ("words", "value"),
        [
            ("three", 3.0),
            ("twenty-five", 25.0),
            ("twenty five", 25.0),
            ("seven-and-a-half", 7.5),
            ("two and a half", 2.5),
            ("one and a quarter", 1.25),
            ("two and three quarters", 2.75),
            ("a dozen", 12.0),
            ("two dozen", 24.0),
            ("half a dozen", 6.0),
            ("half", 0.5),
            ("a half", 0.5),
            ("half an", 0.5),
            ("three quarters", 0.75),
            ("a", 1.0),
            ("an", 1.0),
            ("a hundred", 100.0),
            ("one hundred and twenty", 120.0),
            ("two thousand five hundred", 2500.0),
            ("Ninety", 90.0),
            ("90", 90.0),
            ("1.5", 1.5),
            ("1,000", 1000.0),
        ],
    )
    def test_parses(self, words: str, value: float) -> None:
        """Numbers in digits and words are parsed compositionally."""
        assert parse_number(words) == value

    @pytest.mark.parametrize(
        "words",
        ["", "two three", "five twenty", "a two", "a a", "twenty ninety", "-5", "1,5", "foo", "and", "half two"],
    )
    def test_rejects(self, words: str) -> None:
        """Malformed numbers give None."""
        assert parse_number(words) is None

    def test_vocabulary_comes_from_lexicon(self) -> None:
        """Every word in the numbers lexicon parses on its own or after 'a'."""
        for entry in lexicons.load("numbers"):
            value = parse_number(entry.text) if entry.get("kind") != "scale" else parse_number("a " + entry.text)
            assert value is not None, entry.text


class TestParsePublished:
    def test_accepts_dates_and_iso_strings(self) -> None:
        """date, datetime and ISO strings are read; None stays None."""
        assert parse_published(D(2023, 6, 19)) == D(2023, 6, 19)
        assert parse_published(dt.datetime(2023, 6, 19, 23, 59, tzinfo=dt.timezone.utc)) == D(2023, 6, 19)
        assert parse_published("2023-06-19") == D(2023, 6, 19)
        assert parse_published(" 2023-06-19T10:00:00Z ") == D(2023, 6, 19)
        assert parse_published("2023-06-19T10:00:00+05:00") == D(2023, 6, 19)
        assert parse_published(None) is None

    def test_datetime_result_is_a_plain_date(self) -> None:
        """A datetime becomes a plain date, not a datetime."""
        assert type(parse_published(dt.datetime(2023, 6, 19, 8, tzinfo=dt.timezone.utc))) is dt.date

    @pytest.mark.parametrize(
        ("value", "expected"), [("2023-06", D(2023, 6, 30)), ("2024-02", D(2024, 2, 29)), ("2023", D(2023, 12, 31))]
    )
    def test_reduced_precision_is_last_day(self, value: str, expected: dt.date) -> None:
        """An archive date known only to the month or year stands for the last day of that period."""
        assert parse_published(value) == expected

    @pytest.mark.parametrize("value", ["2023-13", "June 19, 2023", "2023-02-30", "", "19.06.2023", "20234"])
    def test_bad_strings_raise_value_error(self, value: str) -> None:
        """Unreadable strings raise ValueError naming the string."""
        with pytest.raises(ValueError, match="cannot read a publication date"):
            parse_published(value)

    @pytest.mark.parametrize(("value", "name"), [(b"2023-06-19", "bytes"), (20230619, "int"), (1.5, "float")])
    def test_other_types_raise_type_error(self, value: object, name: str) -> None:
        """Other types raise TypeError naming the type."""
        with pytest.raises(TypeError, match=name):
            parse_published(value)


class TestLexicons:
    def test_calendar_has_sept_and_weekday_numbers(self) -> None:
        """The calendar lexicon lists 'Sept' and numbers weekdays from Monday = 0."""
        cal = {e.text: e for e in lexicons.load("calendar")}
        assert cal["Sept"].get("number") == "9"
        assert cal["Monday"].get("number") == "0"
        assert cal["Sunday"].get("number") == "6"

    def test_qualifier_labels_are_qualifier_values(self) -> None:
        """Every qualifier in time_words maps to a Qualifier value."""
        labels = [e.get("label") for e in lexicons.load("time_words") if "qualifier" in e.values("kinds")]
        assert labels
        for label in labels:
            Qualifier(label)


ALPHABET = st.sampled_from(
    [
        "May",
        "10",
        "-",
        "\u2013",
        "11",
        "2023",
        "Nov.",
        "14th",
        "of",
        "the",
        "in",
        "from",
        "to",
        "and",
        "ago",
        "days",
        "Monday",
        "(",
        ")",
        ",",
        "last",
        "next",
        "this",
        "week",
        "year",
        "early",
        "mid",
        "half",
        "an",
        "hour",
        "a",
        "two",
        "twenty",
        "five",
        "1.5",
        "1,000",
        "/",
        "6/19/2023",
        "19.06.2023",
        "2023-06-19",
        "Feb",
        "30",
        "29",
        "between",
        "Sun",
        "on",
        "yesterday",
        "afternoon",
        "more than",
        "about",
        "minutes",
        "long",
        "old",
        "\n",
        " ",
        ".",
    ]
)
TEXTS = st.one_of(
    st.text(),
    st.lists(ALPHABET, max_size=25).map(" ".join),
    st.lists(ALPHABET, max_size=25).map("".join),
)


class TestProperties:
    @settings(max_examples=300, deadline=None)
    @given(TEXTS)
    def test_time_expressions_slice_sorted_non_overlapping(self, source: str) -> None:
        """Every expression's text is its slice; output is sorted and non-overlapping."""
        previous_end = 0
        for expr in find_time_expressions(source):
            assert expr.text == source[expr.start : expr.end]
            assert previous_end <= expr.start < expr.end
            previous_end = expr.end
            if expr.range_end is not None:
                end = expr.range_end
                assert end.text == source[end.start : end.end]
                assert expr.start <= end.start < end.end <= expr.end

    @settings(max_examples=300, deadline=None)
    @given(TEXTS)
    def test_durations_slice_sorted_non_overlapping(self, source: str) -> None:
        """Every duration's text is its slice; output is sorted, non-overlapping, non-negative."""
        previous_end = 0
        for found in find_durations(source):
            assert found.text == source[found.start : found.end]
            assert previous_end <= found.start < found.end
            assert found.minutes >= 0
            previous_end = found.end

    @settings(max_examples=300, deadline=None)
    @given(TEXTS, st.dates(), st.sampled_from([None, True, False]))
    def test_resolution_never_raises(self, source: str, published: dt.date, future: bool | None) -> None:
        """Resolving any found expression against any date never raises, and ranges are ordered."""
        for expr in find_time_expressions(source):
            value, precision = resolve(expr, published, future=future)
            assert (value is None) == (precision is None)
            first, last, _ = resolve_range(expr, published, future=future)
            if first is not None:
                assert last is not None
                assert first <= last

    @settings(max_examples=200, deadline=None)
    @given(st.text())
    def test_parse_number_never_raises(self, words: str) -> None:
        """parse_number returns a finite float or None for any string."""
        value = parse_number(words)
        assert value is None or math.isfinite(value)


class TestRobustness:
    @pytest.mark.parametrize(
        "source",
        [
            "7" * 100_000,
            ("May 10-" * 2_000 + "2023 ") * 5,
            " ".join(["Monday", "May", "Nov.", "March", "The", "Sept"] * 8_500),
            "in" + " " * 100_000 + "2019",
            "".join(chr(i % 32) for i in range(100_000)),
            "two-and-a-half-" * 10_000 + "hours",
            "1," * 50_000 + "000 minutes",
            "a" * 200_000,
        ],
        ids=["digits", "dates", "capitalised", "blanks", "control", "number-words", "commas", "letters"],
    )
    def test_large_adversarial_inputs_finish(self, source: str) -> None:
        """Large adversarial inputs finish quickly (no catastrophic backtracking)."""
        started = time.perf_counter()
        for expr in find_time_expressions(source):
            assert expr.text == source[expr.start : expr.end]
        find_durations(source)
        assert time.perf_counter() - started < 60  # a generous bound: this is not a timing test

    def test_month_names_and_digits_mix(self) -> None:
        """200 KB of month names and digits is processed without error."""
        source = ("November 14 2022 1234567 Sept. 31 " * 6_000)[:200_000]
        found = find_time_expressions(source)
        assert found
        assert all(e.text == source[e.start : e.end] for e in found)

    def test_empty_and_non_text(self) -> None:
        """Empty input gives no results."""
        assert find_time_expressions("") == []
        assert find_durations("") == []
