"""Tests for diplomeet.story: reconciling many articles into one story with provenance and conflicts."""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Sequence
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import diplomeet
from diplomeet.cli import main
from diplomeet.models import (
    Duration,
    Extraction,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Mention,
    Participant,
    ParticipantKind,
    Place,
    Precision,
    Span,
    Statement,
    StatementKind,
    TimeRef,
    Topic,
)
from diplomeet.story import (
    Conflict,
    Story,
    StoryMeeting,
    StoryParticipant,
    StoryStatement,
    Support,
    Variant,
    reconcile,
)

SEEDS = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))


# --- building articles by hand ------------------------------------------------------------------


class Writer:
    """Builds an article's text piece by piece and hands back the span of each piece."""

    def __init__(self) -> None:
        self.text = ""

    def add(self, piece: str) -> Span:
        start = len(self.text)
        self.text += piece
        return Span(start, len(self.text), piece)

    def gap(self, piece: str = " ") -> None:
        self.text += piece


def person(name: str, *spans: Span, title: str | None = None, country: str | None = None, aliases=()) -> Participant:
    return Participant(name, aliases=aliases, title=title, country=country, mentions=[Mention(s) for s in spans])


def day(iso: str, text: str = "Monday", span: Span | None = None) -> TimeRef:
    parts = [int(p) for p in iso.split("-")]
    precision = {1: Precision.YEAR, 2: Precision.MONTH, 3: Precision.DAY}[len(parts)]
    value = dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    return TimeRef(text, value, precision, span)


def meeting_article(
    a: str,
    b: str,
    *,
    date: str | None = "2023-06-19",
    minutes: int | None = None,
    city: str | None = "Beijing",
    country: str | None = "China",
    status: str = "held",
    kind: str = "meeting",
    title_a: str | None = None,
    topics: Sequence[str] = (),
    published: dt.date | None = None,
) -> Extraction:
    """One article: "<a> met <b> in <city> on Monday for <minutes> minutes."."""
    w = Writer()
    sa = w.add(a)
    w.gap(" met " if status == "held" else " will meet ")
    sb = w.add(b)
    place = None
    if city is not None:
        w.gap(" in ")
        loc = w.add(city)
        place = Place(city, city=city, country=country, span=loc)
    ref = None
    if date is not None:
        w.gap(" on ")
        ref = day(date, "Monday", w.add("Monday"))
    duration = None
    if minutes is not None:
        w.gap(" for ")
        d = w.add(f"{minutes} minutes")
        duration = Duration(d.text, minutes, span=d)
    topic_records = []
    for label in topics:
        w.gap(" about ")
        topic_records.append(Topic(label, w.add(label)))
    w.gap(".")
    evidence = Span.of(w.text, 0, len(w.text))
    pa, pb = person(a, sa, title=title_a), person(b, sb)
    meeting = Meeting(
        [pa, pb],
        status,
        kind=kind,
        date=ref,
        location=place,
        duration=duration,
        evidence=[evidence],
        topics=topic_records,
    )
    return Extraction(w.text, published=published, participants=[pa, pb], meetings=[meeting])


def quote_article(quote: str, speaker: str | None, *, kind: str = "direct", channel: str | None = None) -> Extraction:
    """One article: '"<quote>," <speaker> said[, according to <channel>].'."""
    w = Writer()
    w.gap("“")
    q = w.add(quote)
    w.gap(",” ")
    participants = []
    speaker_span = None
    if speaker is not None:
        speaker_span = w.add(speaker)
        participants.append(person(speaker, speaker_span))
        w.gap(" ")
    cue = w.add("said")
    if channel is not None:
        w.gap(", according to ")
        w.add(channel)
    w.gap(".")
    statement = Statement(
        quote,
        q,
        kind=kind,
        speaker=participants[0] if participants else None,
        channel=channel,
        speaker_span=speaker_span,
        cue_span=cue,
    )
    return Extraction(w.text, participants=participants, statements=[statement])


def people_article(*people: tuple[str, str | None, str | None]) -> Extraction:
    """One article naming each (name, title, country) once, titles before names."""
    w = Writer()
    participants = []
    for name, title, country in people:
        if title:
            w.gap(title + " ")
        participants.append(person(name, w.add(name), title=title, country=country))
        w.gap(" spoke. ")
    return Extraction(w.text, participants=participants)


def variants(conflict: Conflict | None) -> list[tuple[str | int, tuple[str, ...]]]:
    assert conflict is not None
    return [(v.value, v.sources) for v in conflict.variants]


# --- participants --------------------------------------------------------------------------------


class TestParticipants:
    def test_spelling_variants_are_one_person_with_a_name_conflict(self):
        """Spellings "Anthony" and "Antony" Blinken are one person; the spelling given by more articles is the name."""
        story = reconcile(
            [
                people_article(("Anthony Blinken", None, None)),
                people_article(("Antony Blinken", None, None)),
                people_article(("Antony Blinken", None, None)),
            ],
            names=["a", "b", "c"],
        )
        assert [p.name for p in story.participants] == ["Antony Blinken"]
        blinken = story.participants[0]
        assert blinken.aliases == ("Anthony Blinken",)
        assert blinken.sources == ("a", "b", "c")
        assert variants(blinken.conflict("name")) == [("Antony Blinken", ("b", "c")), ("Anthony Blinken", ("a",))]

    def test_transliterated_surname_alone_joins_the_full_name(self):
        """A lone "Chin" in one article is Qin Gang of another (pinyin against an older romanisation)."""
        story = reconcile(
            [
                people_article(("Qin Gang", "Foreign Minister", "China")),
                people_article(("Chin", "Foreign Minister", None)),
            ]
        )
        assert len(story.participants) == 1
        qin = story.participants[0]
        assert (qin.name, qin.aliases, qin.title, qin.country) == ("Qin Gang", ("Chin",), "Foreign Minister", "China")
        assert qin.sources == ("0", "1")
        assert qin.conflicts == ()
        assert story.participant("Chin") is qin

    def test_people_whose_given_names_differ_are_never_merged(self):
        """People named "Joe Biden" and "Hunter Biden" stay two people even though their surnames agree."""
        story = reconcile([people_article(("Joe Biden", None, None)), people_article(("Hunter Biden", None, None))])
        assert [(p.name, p.sources) for p in story.participants] == [("Joe Biden", ("0",)), ("Hunter Biden", ("1",))]

    def test_an_ambiguous_surname_stays_on_its_own(self):
        """A lone "Wang" that fits both Wang Yi and Wang Wenbin is not given to either."""
        story = reconcile(
            [
                people_article(("Wang Yi", None, "China")),
                people_article(("Wang Wenbin", None, "China")),
                people_article(("Wang", None, "China")),
                people_article(("Wang", None, None)),
            ]
        )
        assert [(p.name, p.sources) for p in story.participants] == [
            ("Wang Yi", ("0",)),
            ("Wang Wenbin", ("1",)),
            ("Wang", ("2", "3")),
        ]

    def test_the_country_settles_a_surname_shared_by_two_people(self):
        """A lone "Johnson" of the United Kingdom joins Boris Johnson, not Mike Johnson."""
        story = reconcile(
            [
                people_article(("Mike Johnson", "Speaker", "United States")),
                people_article(("Boris Johnson", None, "United Kingdom")),
                people_article(("Johnson", None, "United Kingdom")),
            ]
        )
        assert [(p.name, p.sources) for p in story.participants] == [
            ("Mike Johnson", ("0",)),
            ("Boris Johnson", ("1", "2")),
        ]

    def test_a_full_name_in_a_later_article_adopts_an_earlier_surname(self):
        """A surname alone in the first article joins the full name that only a later article gives."""
        story = reconcile([people_article(("Blinken", None, None)), people_article(("Antony Blinken", None, None))])
        assert [(p.id, p.name, p.aliases, p.sources) for p in story.participants] == [
            ("p1", "Antony Blinken", ("Blinken",), ("0", "1"))
        ]

    def test_title_and_country_conflicts_list_every_value(self):
        """Different titles and countries become conflicts; ties go to the earliest article."""
        story = reconcile(
            [
                people_article(("Xi Jinping", "President", "China")),
                people_article(("Xi Jinping", "leader", "China")),
                people_article(("Xi Jinping", "President", "Taiwan")),
            ],
            names=["a", "b", "c"],
        )
        xi = story.participants[0]
        assert (xi.title, xi.country) == ("President", "China")
        assert variants(xi.conflict("title")) == [("President", ("a", "c")), ("leader", ("b",))]
        assert variants(xi.conflict("country")) == [("China", ("a", "b")), ("Taiwan", ("c",))]
        assert xi.conflict("name") is None

    def test_titles_are_compared_without_case_or_articles(self):
        """Titles "Secretary of State" and "secretary of State" are one, not a conflict."""
        story = reconcile(
            [
                people_article(("Antony Blinken", "Secretary of State", None)),
                people_article(("Antony Blinken", "secretary of State", None)),
            ]
        )
        assert story.participants[0].title == "Secretary of State"
        assert story.participants[0].conflicts == ()

    def test_organisations_and_countries_match_by_name_or_alias(self):
        """Organisations match by canonical name or alias; parties of different kinds never merge."""
        w1, w2 = Writer(), Writer()
        state = Participant(
            "State Department",
            kind="organization",
            aliases=["US State Department"],
            mentions=[Mention(w1.add("State"))],
        )
        w1.gap(" ")
        china = Participant("China", kind="country", mentions=[Mention(w1.add("China"))])
        state2 = Participant("US State Department", kind="organization", mentions=[Mention(w2.add("US"))])
        w2.gap(" ")
        person_china = Participant("China", kind="person", mentions=[Mention(w2.add("China"))])
        story = reconcile(
            [Extraction(w1.text, participants=[state, china]), Extraction(w2.text, participants=[state2, person_china])]
        )
        assert [(p.name, p.kind, p.sources) for p in story.participants] == [
            ("State Department", ParticipantKind.ORGANIZATION, ("0", "1")),
            ("China", ParticipantKind.COUNTRY, ("0",)),
            ("China", ParticipantKind.PERSON, ("1",)),
        ]

    def test_support_lists_every_mention_of_every_article(self):
        """A participant's support gives, per article, the span of each mention in text order."""
        w = Writer()
        first = w.add("Antony Blinken")
        w.gap(" arrived. ")
        second = w.add("Blinken")
        article = Extraction(w.text, participants=[person("Antony Blinken", second, first, aliases=["Blinken"])])
        story = reconcile([article, article], names=["x", "y"])
        assert story.participants[0].support == (Support("x", [first, second]), Support("y", [first, second]))


# --- meetings ------------------------------------------------------------------------------------


class TestMeetings:
    def test_three_reports_of_one_meeting_with_a_duration_conflict(self):
        """The issue's example: one meeting, three sources, 30 against 35 minutes, nothing silently picked."""
        articles = [
            meeting_article("Antony Blinken", "Xi Jinping", minutes=30),
            meeting_article("Antony Blinken", "Xi Jinping"),
            meeting_article("Xi Jinping", "Antony Blinken", minutes=35),
        ]
        story = reconcile(articles, names=["a", "b", "c"])
        blinken, xi = story.participants
        a, b, c = articles
        expected = StoryMeeting(
            id="m1",
            participants=[blinken, xi],
            status="held",
            kind="meeting",
            date=TimeRef("Monday", dt.date(2023, 6, 19), "day"),
            location=Place("Beijing", city="Beijing", country="China"),
            duration=Duration("30 minutes", 30),
            support=[
                Support("a", a.meetings[0].evidence),
                Support("b", b.meetings[0].evidence),
                Support("c", c.meetings[0].evidence),
            ],
            conflicts=[
                Conflict(
                    "duration",
                    [
                        Variant(30, [Support("a", [a.meetings[0].duration.span])]),
                        Variant(35, [Support("c", [c.meetings[0].duration.span])]),
                    ],
                )
            ],
        )
        assert story.meetings == (expected,)

    def test_the_value_given_by_more_articles_is_the_default_choice(self):
        """Two articles against one: the majority's duration fills the field; the conflict keeps both."""
        story = reconcile(
            [
                meeting_article("Ann Lee", "Bo Ray", minutes=30),
                meeting_article("Ann Lee", "Bo Ray", minutes=35),
                meeting_article("Ann Lee", "Bo Ray", minutes=35),
            ]
        )
        (meeting,) = story.meetings
        assert meeting.duration == Duration("35 minutes", 35)
        assert variants(meeting.conflict("duration")) == [(35, ("1", "2")), (30, ("0",))]
        assert meeting.conflict("duration").choice.value == 35

    def test_dates_far_apart_are_two_meetings(self):
        """The same two people meeting a week apart are two meetings, each with its own source."""
        story = reconcile(
            [meeting_article("Ann Lee", "Bo Ray", date="2023-06-12"), meeting_article("Ann Lee", "Bo Ray")]
        )
        assert [(m.date.iso, m.sources, m.conflicts) for m in story.meetings] == [
            ("2023-06-12", ("0",), ()),
            ("2023-06-19", ("1",), ()),
        ]

    def test_adjacent_days_are_one_meeting_with_a_date_conflict(self):
        """Dates one day apart (time zones, "yesterday" read from different days) are a date conflict."""
        story = reconcile(
            [
                meeting_article("Ann Lee", "Bo Ray", date="2023-06-18"),
                meeting_article("Ann Lee", "Bo Ray", date="2023-06-19"),
                meeting_article("Ann Lee", "Bo Ray", date="2023-06-19"),
            ]
        )
        (meeting,) = story.meetings
        assert meeting.date.iso == "2023-06-19"
        assert variants(meeting.conflict("date")) == [("2023-06-19", ("1", "2")), ("2023-06-18", ("0",))]

    def test_a_vaguer_date_is_no_conflict(self):
        """A month that contains the day another article gives joins that meeting without a conflict."""
        story = reconcile([meeting_article("Ann Lee", "Bo Ray", date="2023-06"), meeting_article("Ann Lee", "Bo Ray")])
        (meeting,) = story.meetings
        assert (meeting.date.iso, meeting.sources, meeting.conflicts) == ("2023-06-19", ("0", "1"), ())

    def test_a_vague_date_that_fits_two_meetings_joins_neither(self):
        """A year cannot tell which of two June meetings it means, so it stays a meeting of its own."""
        story = reconcile(
            [
                meeting_article("Ann Lee", "Bo Ray", date="2023-06-05"),
                meeting_article("Ann Lee", "Bo Ray", date="2023-06-19"),
                meeting_article("Ann Lee", "Bo Ray", date="2023"),
            ]
        )
        assert [(m.date.iso, m.sources) for m in story.meetings] == [
            ("2023-06-05", ("0",)),
            ("2023-06-19", ("1",)),
            ("2023", ("2",)),
        ]

    def test_a_vague_date_joins_the_meeting_with_the_same_date(self):
        """An article that reports both a summit "later this year" and one in September tells them
        apart: another article's "later this year" joins the first, not the more precise one.
        """
        a = meeting_article("Ann Lee", "Bo Ray", date="2023-09", city=None, status="planned")
        b = meeting_article("Ann Lee", "Bo Ray", date="2023", city=None, status="planned")
        both = Extraction(a.text, participants=a.participants, meetings=[a.meetings[0], b.meetings[0]])
        story = reconcile([b, both])
        assert [(m.date.iso, m.sources) for m in story.meetings] == [("2023", ("0", "1")), ("2023-09", ("1",))]

    def test_an_undated_report_joins_the_one_dated_meeting(self):
        """An article that gives no date joins the only meeting of the same people and status."""
        story = reconcile([meeting_article("Ann Lee", "Bo Ray", date=None), meeting_article("Ann Lee", "Bo Ray")])
        assert [(m.date.iso, m.sources) for m in story.meetings] == [("2023-06-19", ("0", "1"))]

    def test_held_and_planned_are_two_meetings(self):
        """A planned summit and a held meeting of the same people are different events."""
        story = reconcile(
            [
                meeting_article("Ann Lee", "Bo Ray", date="2023", status="planned", kind="summit"),
                meeting_article("Ann Lee", "Bo Ray", date="2023", status="held"),
            ]
        )
        assert [(m.status, m.kind, m.sources) for m in story.meetings] == [
            (MeetingStatus.PLANNED, MeetingKind.SUMMIT, ("0",)),
            (MeetingStatus.HELD, MeetingKind.MEETING, ("1",)),
        ]

    def test_one_articles_meetings_are_never_merged(self):
        """Two meetings the same article tells apart stay apart even when another article blurs them."""
        a = meeting_article("Ann Lee", "Bo Ray", date="2023-06")
        twice = Extraction(a.text, participants=a.participants, meetings=[a.meetings[0], a.meetings[0]])
        story = reconcile([twice])
        assert [m.sources for m in story.meetings] == [("0",), ("0",)]

    def test_same_day_different_cities_is_a_place_conflict(self):
        """The same people on the same day are one meeting; the cities become a location conflict."""
        story = reconcile(
            [
                meeting_article("Ann Lee", "Bo Ray", city="Beijing", country="China"),
                meeting_article("Ann Lee", "Bo Ray", city="Washington", country="United States"),
            ]
        )
        (meeting,) = story.meetings
        assert meeting.location == Place("Beijing", city="Beijing", country="China")
        assert variants(meeting.conflict("location")) == [("Beijing", ("0",)), ("Washington", ("1",))]

    def test_vague_dates_in_different_cities_are_two_meetings(self):
        """Without a shared day, different cities mean different meetings."""
        story = reconcile(
            [
                meeting_article("Ann Lee", "Bo Ray", date="2023-06", city="Beijing", country="China"),
                meeting_article("Ann Lee", "Bo Ray", date="2023-06", city="Washington", country="United States"),
            ]
        )
        assert [m.location.city for m in story.meetings] == ["Beijing", "Washington"]

    def test_a_country_beside_a_city_is_no_conflict(self):
        """A bare "China" in one article and "Beijing, China" in another agree; the fuller place is kept."""
        story = reconcile(
            [
                meeting_article("Ann Lee", "Bo Ray", city=None),
                meeting_article("Ann Lee", "Bo Ray", city="Beijing", country="China"),
            ]
        )
        (meeting,) = story.meetings
        assert (meeting.location, meeting.conflicts) == (Place("Beijing", city="Beijing", country="China"), ())

    def test_a_subset_of_two_or_more_participants_is_the_same_meeting(self):
        """One article names two of the three participants another names: one meeting with all three."""
        w = Writer()
        spans = [w.add("Ann Lee"), w.add(", ") and w.add("Bo Ray"), w.add(" and ") and w.add("Cy Dee")]
        w.gap(" met on Monday.")
        people = [person(s.text, s) for s in spans]
        evidence = Span.of(w.text, 0, len(w.text))
        three = Extraction(
            w.text, participants=people, meetings=[Meeting(people, "held", date=day("2023-06-19"), evidence=[evidence])]
        )
        story = reconcile([meeting_article("Ann Lee", "Bo Ray"), three])
        assert [([p.name for p in m.participants], m.sources) for m in story.meetings] == [
            (["Ann Lee", "Bo Ray", "Cy Dee"], ("0", "1"))
        ]

    def test_kinds_that_differ_are_a_conflict_and_codes_follow_the_chosen_kind(self):
        """Kind "talks" against "meeting" is a conflict; CAMEO and PLOVER come from an article of the chosen kind."""
        a = meeting_article("Ann Lee", "Bo Ray", kind="talks")
        b = meeting_article("Ann Lee", "Bo Ray")
        b = attrs.evolve(b, meetings=[attrs.evolve(b.meetings[0], cameo="036", plover="CONSULT:meet")])
        story = reconcile([a, b, b], names=["a", "b", "c"])
        (meeting,) = story.meetings
        assert (meeting.kind, meeting.cameo, meeting.plover) == (MeetingKind.MEETING, "036", "CONSULT:meet")
        assert variants(meeting.conflict("kind")) == [("meeting", ("b", "c")), ("talks", ("a",))]

    def test_topics_are_merged_without_case_with_their_sources(self):
        """Topics named by several articles appear once, with every article that names them."""
        story = reconcile(
            [
                meeting_article("Ann Lee", "Bo Ray", topics=["Taiwan", "trade"]),
                meeting_article("Ann Lee", "Bo Ray", topics=["Trade", "fentanyl"]),
            ]
        )
        assert [(t.value, t.sources) for t in story.meetings[0].topics] == [
            ("Taiwan", ("0",)),
            ("trade", ("0", "1")),
            ("fentanyl", ("1",)),
        ]

    def test_spelling_variants_of_participants_do_not_split_a_meeting(self):
        """Articles spelling a participant differently still report one meeting."""
        story = reconcile(
            [meeting_article("Anthony Blinken", "Qin Gang"), meeting_article("Antony Blinken", "Chin Gang")]
        )
        assert [(len(m.participants), m.sources) for m in story.meetings] == [(2, ("0", "1"))]


# --- statements ----------------------------------------------------------------------------------

WANG = "We must take a responsible attitude towards the people, history and the world"
WANG_US = "We must take a responsible attitude toward the people, history and the world"


class TestStatements:
    def test_one_quotation_in_two_wordings_is_one_statement(self):
        """Wordings "towards" and "toward" are one statement, both wordings kept with their sources."""
        a, b, c = quote_article(WANG, "Wang Yi"), quote_article(WANG_US, "Wang Yi"), quote_article(WANG_US, "Wang Yi")
        story = reconcile([a, b, c], names=["a", "b", "c"])
        (statement,) = story.statements
        assert statement == StoryStatement(
            id="s1",
            text=WANG_US,
            kind="direct",
            speaker=story.participants[0],
            wordings=[
                Variant(WANG_US, [Support("b", [b.statements[0].span]), Support("c", [c.statements[0].span])]),
                Variant(WANG, [Support("a", [a.statements[0].span])]),
            ],
            support=[
                Support("a", [a.statements[0].span]),
                Support("b", [b.statements[0].span]),
                Support("c", [c.statements[0].span]),
            ],
        )

    def test_case_and_punctuation_are_not_wordings(self):
        """A trailing comma or a capital letter does not make a second wording."""
        story = reconcile(
            [quote_article("This is very good,", "Xi Jinping"), quote_article("this is very good.", "Xi Jinping")]
        )
        (statement,) = story.statements
        assert [w.value for w in statement.wordings] == ["This is very good,"]

    def test_a_fragment_of_a_longer_quotation_is_the_same_statement(self):
        """An outlet quoting part of a remark carries the same statement as one quoting all of it."""
        story = reconcile(
            [
                quote_article(
                    "The two sides also made progress on some specific issues. This is very good", "Xi Jinping"
                ),
                quote_article("made progress on some specific issues", "Xi Jinping"),
            ]
        )
        assert [s.sources for s in story.statements] == [("0", "1")]

    def test_different_quotations_stay_apart(self):
        """Two remarks of one speaker that share a few words are two statements."""
        story = reconcile(
            [
                quote_article("We hope for a strong and stable relationship between our countries", "Xi Jinping"),
                quote_article("Our countries can overcome various difficulties through dialogue", "Xi Jinping"),
            ]
        )
        assert [s.sources for s in story.statements] == [("0",), ("1",)]

    def test_the_same_words_from_different_speakers_are_a_speaker_conflict(self):
        """Identical words credited to two people are one statement with a speaker conflict."""
        story = reconcile(
            [quote_article(WANG, "Wang Yi"), quote_article(WANG, "Qin Gang"), quote_article(WANG, "Wang Yi")],
            names=["a", "b", "c"],
        )
        (statement,) = story.statements
        assert statement.speaker.name == "Wang Yi"
        assert variants(statement.conflict("speaker")) == [("Wang Yi", ("a", "c")), ("Qin Gang", ("b",))]
        speaker_spans = [s.spans for s in statement.conflict("speaker").variants[1].support]
        assert [[x.text for x in spans] for spans in speaker_spans] == [["Qin Gang"]]

    def test_loosely_similar_words_from_different_speakers_stay_apart(self):
        """Different speakers need nearly identical words: a two-thirds overlap is not enough."""
        story = reconcile(
            [
                quote_article("relations must improve through dialogue and trust", "Wang Yi"),
                quote_article("relations must improve through sanctions and pressure", "Antony Blinken"),
            ]
        )
        assert len(story.statements) == 2

    def test_a_short_quotation_matches_only_the_same_speaker(self):
        """A one-word "progress" from Xi in two articles is one statement; from Blinken it is another."""
        story = reconcile(
            [
                quote_article("progress", "Xi Jinping"),
                quote_article("progress", "Xi Jinping"),
                quote_article("progress", "Antony Blinken"),
            ]
        )
        assert [(s.speaker.name, s.sources) for s in story.statements] == [
            ("Xi Jinping", ("0", "1")),
            ("Antony Blinken", ("2",)),
        ]

    def test_a_short_quotation_without_a_speaker_matches_nothing(self):
        """Short words nobody is credited with are too common to be the same statement."""
        story = reconcile(
            [quote_article("candid and constructive", None), quote_article("candid and constructive", None)]
        )
        assert [s.sources for s in story.statements] == [("0",), ("1",)]

    def test_direct_and_indirect_statements_are_not_merged(self):
        """Quoted words and reported speech are different records even with the same words."""
        story = reconcile([quote_article(WANG, "Wang Yi"), quote_article(WANG, "Wang Yi", kind="indirect")])
        assert [(s.kind, s.sources) for s in story.statements] == [
            (StatementKind.DIRECT, ("0",)),
            (StatementKind.INDIRECT, ("1",)),
        ]

    def test_channels_compare_without_articles_and_conflict_otherwise(self):
        """Channel "the State Department" is "State Department"; "Xinhua" against it is a channel conflict."""
        story = reconcile(
            [
                quote_article(WANG, "Wang Yi", channel="State Department"),
                quote_article(WANG, "Wang Yi", channel="the State Department"),
                quote_article(WANG, "Wang Yi", channel="Xinhua"),
            ]
        )
        (statement,) = story.statements
        assert statement.channel == "State Department"
        assert variants(statement.conflict("channel")) == [("State Department", ("0", "1")), ("Xinhua", ("2",))]


# --- the story record ----------------------------------------------------------------------------


def sample_story() -> Story:
    return reconcile(
        [
            meeting_article(
                "Antony Blinken", "Xi Jinping", minutes=30, title_a="Secretary of State", topics=["Taiwan"]
            ),
            meeting_article("Anthony Blinken", "Xi Jinping", minutes=35),
            quote_article(WANG, "Wang Yi", channel="Xinhua"),
            quote_article(WANG_US, "Qin Gang"),
        ],
        names=["a.txt", "b.txt", "c.txt", "d.txt"],
    )


class TestStory:
    def test_round_trip_through_json(self):
        """A story survives to_dict, JSON and from_dict unchanged."""
        story = sample_story()
        assert Story.from_dict(json.loads(json.dumps(story.to_dict()))) == story

    def test_json_shape(self):
        """The JSON names the schema and articles, and references participants by id and name."""
        data = sample_story().to_dict()
        assert list(data) == ["schema", "articles", "participants", "meetings", "statements"]
        assert data["articles"] == ["a.txt", "b.txt", "c.txt", "d.txt"]
        assert data["meetings"][0]["participants"] == [
            {"id": "p1", "name": "Antony Blinken"},
            {"id": "p2", "name": "Xi Jinping"},
        ]
        assert data["meetings"][0]["conflicts"][0]["variants"][1] == {
            "value": 35,
            "support": [{"article": "b.txt", "spans": [{"start": 56, "end": 66, "text": "35 minutes"}]}],
        }
        assert data["statements"][0]["speaker"] == {"id": "p3", "name": "Wang Yi"}

    def test_conflicts_iterates_every_record(self):
        """Story.conflicts() yields each record's conflicts with the record, in record order."""
        story = sample_story()
        assert [(r.id, c.field) for r, c in story.conflicts()] == [
            ("p1", "name"),
            ("m1", "duration"),
            ("s1", "speaker"),
        ]

    def test_default_article_ids_are_positions(self):
        """Without names, articles are called "0", "1", ..."""
        story = reconcile([quote_article(WANG, "Wang Yi")] * 3)
        assert story.articles == ("0", "1", "2")

    def test_an_empty_input_is_an_empty_story(self):
        """No articles, no records."""
        assert reconcile([]) == Story()

    @pytest.mark.parametrize(
        ("names", "message"),
        [(["a"], "1 names for 2 articles"), (["a", "a"], "unique"), (["a", " "], "non-empty")],
    )
    def test_bad_names_are_refused(self, names, message):
        """Names must give one unique, non-empty id per article."""
        with pytest.raises(ValueError, match=message):
            reconcile([quote_article(WANG, "Wang Yi")] * 2, names=names)

    def test_unknown_participant_reference_is_refused(self):
        """from_dict refuses a meeting that names a participant id the story does not list."""
        data = sample_story().to_dict()
        data["meetings"][0]["participants"][0]["id"] = "p99"
        with pytest.raises(ValueError, match="unknown participant id 'p99'"):
            Story.from_dict(data)

    def test_duplicate_ids_are_refused(self):
        """Two records with one id make an invalid story."""
        p = StoryParticipant("p1", "Ann Lee")
        with pytest.raises(ValueError, match=r"record ids must be unique in a story: \['p1'\]"):
            Story(participants=[p, attrs.evolve(p, name="Bo Ray")])

    def test_unlisted_speaker_is_refused(self):
        """A statement's speaker must be one of the story's participants."""
        stranger = StoryParticipant("p1", "Ann Lee")
        with pytest.raises(ValueError, match="statement s1 names speaker p1"):
            Story(statements=[StoryStatement("s1", "Hello", speaker=stranger)])

    def test_sources_must_be_articles_of_the_story(self):
        """A record citing an article the story does not list is refused."""
        with pytest.raises(ValueError, match=r"p1 cites articles the story does not list: \['z'\]"):
            Story(articles=["a"], participants=[StoryParticipant("p1", "Ann Lee", support=[Support("z")])])

    def test_a_conflict_needs_two_values(self):
        """A conflict of one value is no conflict."""
        with pytest.raises(ValueError, match="at least two values"):
            Conflict("duration", [Variant(30, [Support("a")])])

    @pytest.mark.parametrize("value", [True, 1.5, None])
    def test_variant_values_are_strings_or_integers(self, value):
        """A variant's value is a string or an integer: a bool, a float or None is refused."""
        with pytest.raises(TypeError, match="value must be a str or int"):
            Variant(value, [])


# --- invariants ----------------------------------------------------------------------------------

NAMES = ["Ann Lee", "Bo Ray", "Cy Dee", "Di Fox"]
QUOTES = [
    "We agreed to keep talking about the hard questions of security",
    "Both governments will reopen consulates in their largest cities",
    "Sanctions will remain until the prisoners are released",
]


@st.composite
def articles(draw: st.DrawFn) -> list[Extraction]:
    """Articles reporting meetings among a few people, with durations and quotations that vary."""
    out = []
    for _ in range(draw(st.integers(1, 5))):
        a, b = draw(st.lists(st.sampled_from(NAMES), min_size=2, max_size=2, unique=True))
        date = draw(st.sampled_from(["2023-06-18", "2023-06-19", "2023-06", None]))
        minutes = draw(st.sampled_from([None, 30, 35]))
        base = meeting_article(a, b, date=date, minutes=minutes, status=draw(st.sampled_from(["held", "planned"])))
        quote = quote_article(draw(st.sampled_from(QUOTES)), draw(st.sampled_from([a, b, None])))
        w = base.text + " "
        shift = len(w)

        def moved(s: Span, shift: int = shift) -> Span:
            return Span(s.start + shift, s.end + shift, s.text)

        st0 = quote.statements[0]
        speaker = None if st0.speaker is None else next(p for p in base.participants if p.name == st0.speaker.name)
        statement = Statement(
            st0.text,
            moved(st0.span),
            speaker=speaker,
            speaker_span=None if st0.speaker_span is None else moved(st0.speaker_span),
            cue_span=moved(st0.cue_span),
        )
        out.append(attrs.evolve(base, text=w + quote.text, statements=[statement]))
    return out


def check_provenance(story: Story, extractions: Sequence[Extraction]) -> None:
    texts = dict(zip(story.articles, (x.text for x in extractions), strict=True))
    for record in story.records():
        for support in record.support:
            for span in support.spans:
                assert texts[support.article][span.start : span.end] == span.text
        for conflict in record.conflicts:
            counts = [(-len(v.support), story.articles.index(v.sources[0])) for v in conflict.variants]
            assert counts == sorted(counts)
            for v in conflict.variants:
                assert set(v.sources) <= set(record.sources)


class TestInvariants:
    @given(articles())
    @settings(max_examples=60, deadline=None)
    def test_round_trip(self, extractions):
        """Every reconciled story survives to_dict / from_dict."""
        story = reconcile(extractions)
        assert Story.from_dict(story.to_dict()) == story

    @given(articles())
    @settings(max_examples=60, deadline=None)
    def test_every_span_slices_its_article_and_conflicts_are_ranked(self, extractions):
        """Support spans slice their article's text; conflict values rank by sources, then earliest article."""
        check_provenance(reconcile(extractions), extractions)

    @given(articles(), st.integers(2, 4))
    @settings(max_examples=40, deadline=None)
    def test_copies_of_one_article_agree(self, extractions, copies):
        """The same article n times gives the single-article story, each record backed by all n copies."""
        one = reconcile(extractions[:1])
        many = reconcile(extractions[:1] * copies)
        assert [len(one.participants), len(one.meetings), len(one.statements)] == [
            len(many.participants),
            len(many.meetings),
            len(many.statements),
        ]
        assert all(r.sources == tuple(str(i) for i in range(copies)) for r in many.records())
        assert list(many.conflicts()) == []

    @given(articles())
    @settings(max_examples=60, deadline=None)
    def test_chosen_values_are_the_conflicts_first_values(self, extractions):
        """Each field with a conflict holds the conflict's default choice."""
        story = reconcile(extractions)
        for m in story.meetings:
            if (c := m.conflict("duration")) is not None:
                assert m.duration.minutes == c.choice.value
            if (c := m.conflict("date")) is not None:
                assert m.date.iso == c.choice.value
        for s in story.statements:
            if (c := s.conflict("speaker")) is not None:
                assert s.speaker.name == c.choice.value


# --- the seed articles ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_story() -> Story:
    extractions = [diplomeet.extract(p.read_text(encoding="utf-8"), published="2023-06-19") for p in SEEDS]
    return reconcile(extractions, names=[p.name for p in SEEDS])


def meetings_of(story: Story, *names: str, status: str = "held") -> list[StoryMeeting]:
    wanted = {story.participant(n).id for n in names}
    return [m for m in story.meetings if {p.id for p in m.participants} == wanted and m.status.value == status]


class TestSeeds:
    def test_there_are_three_seeds(self):
        """The three seed articles about Blinken's visit to Beijing are present."""
        assert [p.name[:3] for p in SEEDS] == ["000", "003", "004"]

    def test_one_xi_blinken_meeting_backed_by_all_three_with_a_duration_conflict(self, seed_story):
        """Xi met Blinken once, on 2023-06-19 in Beijing, per all three seeds; 30 minutes against 35."""
        held = [m for m in meetings_of(seed_story, "Xi Jinping", "Blinken") if m.date and m.date.iso == "2023-06-19"]
        assert len(held) == 1
        (meeting,) = held
        assert meeting.location.city == "Beijing"
        assert meeting.sources == tuple(p.name for p in SEEDS)
        assert variants(meeting.conflict("duration")) == [(30, (SEEDS[0].name,)), (35, (SEEDS[2].name,))]

    def test_chin_is_qin_gang(self, seed_story):
        """The seeds' "Chin" is resolved to Qin Gang."""
        qin = seed_story.participant("Qin Gang")
        assert seed_story.participant("Chin") is qin
        assert "Chin" in qin.aliases

    def test_blinken_qin_talks_backed_by_the_articles_that_report_them(self, seed_story):
        """Blinken's talks with Qin Gang on 2023-06-18 are backed by the two seeds that report them."""
        (talks,) = meetings_of(seed_story, "Blinken", "Qin Gang")
        assert talks.date.iso == "2023-06-18"
        assert talks.sources == (SEEDS[0].name, SEEDS[1].name)

    def test_planned_xi_biden_summits(self, seed_story):
        """The summit planned for later in 2023 is one meeting across the seeds; the G20 in New Delhi is another."""
        planned = sorted(meetings_of(seed_story, "Xi Jinping", "Joe Biden", status="planned"), key=lambda m: m.date.iso)
        assert [(m.date.iso, m.location and m.location.city) for m in planned] == [
            ("2023", None),
            ("2023-09", "New Delhi"),
        ]
        assert planned[0].sources == (SEEDS[0].name, SEEDS[1].name)
        assert planned[1].sources == (SEEDS[1].name,)

    def test_xi_this_is_very_good(self, seed_story):
        """Xi's "This is very good" is one statement carried by the seed that quotes it."""
        found = [s for s in seed_story.statements if "This is very good" in s.text]
        assert [(s.speaker.name, s.kind.value, s.sources) for s in found] == [
            ("Xi Jinping", "direct", (SEEDS[0].name,))
        ]


class TestCommandLine:
    def test_story_prints_json_with_per_file_dates(self, tmp_path):
        """`diplomeet story` reads each file (FILE@DATE gives its own date) and prints the story as JSON."""
        a = tmp_path / "a.txt"
        b = tmp_path / "b.txt"
        a.write_text("US Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing on Monday.")
        b.write_text("Blinken met Xi Jinping in Beijing yesterday.")
        out, err = io.StringIO(), io.StringIO()
        status = main(["story", "--published", "2023-06-20", str(a), f"{b}@2023-06-20"], stdout=out, stderr=err)
        data = json.loads(out.getvalue())
        assert (status, err.getvalue()) == (0, "")
        assert data["articles"] == [str(a), str(b)]
        assert Story.from_dict(data).to_dict() == data
