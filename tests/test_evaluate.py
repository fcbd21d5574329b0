"""Tests for :mod:`diplomeet.evaluate`: gold loading, the matching protocol, reports and the CLI."""

from __future__ import annotations

import datetime as dt
import doctest
import io
import json
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplomeet import (
    Duration,
    Extraction,
    Extractor,
    Meeting,
    Outcome,
    Participant,
    Place,
    Precision,
    Span,
    Statement,
    TimeRef,
    Topic,
)
from diplomeet import evaluate as ev
from diplomeet.cli import main
from diplomeet.evaluate import (
    Accuracy,
    Counts,
    Gold,
    GoldError,
    GoldMeeting,
    GoldOutcome,
    GoldPerson,
    GoldStatement,
    GoldTopic,
    Matching,
    Miss,
    MissKind,
    Report,
    Scores,
    evaluate_corpus,
    load_corpus,
    load_gold,
    normalize,
    score_article,
)

SHARED_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

TEXT = (
    "BERLIN, March 3 (Wire) - German Chancellor Olaf Scholz met French President Emmanuel Macron "
    "in Berlin on Friday for three hours of talks. “We stand together on every question before us,” "
    "Scholz told reporters. Macron said the two countries would deepen defence cooperation. "
    "The foreign ministry said the meeting had been constructive. The leaders discussed energy prices "
    "and agreed to build a joint hydrogen pipeline."
)
SCHOLZ = GoldPerson("Olaf Scholz", ("Scholz",), "Chancellor", "Germany")
MACRON = GoldPerson("Emmanuel Macron", ("Macron",), "President", "France")


def span(text: str, part: str) -> Span:
    start = text.index(part)
    return Span.of(text, start, start + len(part))


def person(name: str, *aliases: str, kind: str = "person") -> Participant:
    return Participant(name, kind=kind, aliases=aliases)


def said(quote: str, speaker: Participant | None = None, kind: str = "direct", text: str = TEXT) -> Statement:
    where = span(text, quote)
    return Statement(quote, where, kind, speaker)


def when(iso: str) -> TimeRef:
    parts = [int(p) for p in iso.split("-")]
    precision = (Precision.YEAR, Precision.MONTH, Precision.DAY)[len(parts) - 1]
    day = dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    return TimeRef(iso, day, precision)


def met(
    *names: str,
    status: str = "held",
    date: str | None = None,
    place: Place | None = None,
    minutes: int | None = None,
    topics: Sequence[Topic] = (),
    outcomes: Sequence[Outcome] = (),
) -> Meeting:
    return Meeting(
        [Participant(n) for n in names],
        status,
        date=None if date is None else when(date),
        location=place,
        duration=None if minutes is None else Duration(f"{minutes} minutes", minutes),
        topics=topics,
        outcomes=outcomes,
    )


def gold(
    people: Sequence[GoldPerson] = (SCHOLZ, MACRON),
    meetings: Sequence[GoldMeeting] = (),
    statements: Sequence[GoldStatement] = (),
    topics: Sequence[GoldTopic] | None = None,
    outcomes: Sequence[GoldOutcome] | None = None,
    text: str = TEXT,
) -> Gold:
    return Gold("t1", text, people, meetings, statements, topics, outcomes, published="2023-03-03")


def score(extraction: Extraction, g: Gold, matching: Matching | None = None) -> Scores:
    return score_article(extraction, g, matching=matching).scores


def extraction(text: str = TEXT, **records: Sequence[object]) -> Extraction:
    return Extraction(text, **records)  # type: ignore[arg-type]


def triple(c: Counts) -> tuple[int, int, int]:
    return (c.tp, c.pred, c.gold)


class TestNormalize:
    def test_case_accents_and_punctuation(self) -> None:
        """Names compare case-folded, without accents, as words joined by single spaces."""
        assert normalize("  Recep Tayyip ERDOĞAN, ") == "recep tayyip erdogan"

    def test_empty_and_none(self) -> None:
        """Nothing normalises to the empty string."""
        assert normalize(None) == ""
        assert normalize(" -- ") == ""

    @given(st.text())
    def test_idempotent(self, text: str) -> None:
        """Normalising twice changes nothing."""
        assert normalize(normalize(text)) == normalize(text)


class TestLoadGold:
    def write(self, folder: Path, name: str, data: object, text: str = TEXT) -> Path:
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        path = folder / f"{name}.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        return path

    def minimal(self, **more: object) -> dict[str, object]:
        return {"id": "wire-1", "people": [SCHOLZ.to_dict()], "meetings": [], "statements": [], **more}

    def test_reads_every_record(self, tmp_path: Path) -> None:
        """A gold file becomes typed records, with the text beside it."""
        g = gold(
            meetings=[GoldMeeting(("Olaf Scholz", "Emmanuel Macron"), "held", (), "2023-03-03", "Berlin", 180)],
            statements=[GoldStatement("direct", "We stand together on every question before us,", "Olaf Scholz")],
            topics=[GoldTopic("energy prices", "discussed energy prices")],
            outcomes=[GoldOutcome("agreed", "to build a joint hydrogen pipeline", ("Olaf Scholz",))],
        )
        path = self.write(tmp_path, "wire-1", g.to_dict())
        loaded = load_gold(path)
        assert loaded == attrs.evolve(g, id="t1")
        assert loaded.meetings[0].status.value == "held"
        assert loaded.statements[0].kind.value == "direct"

    def test_round_trip(self) -> None:
        """``from_dict(to_dict())`` gives back an equal gold."""
        g = gold(statements=[GoldStatement("indirect", "the meeting had been constructive", "foreign ministry")])
        assert Gold.from_dict(g.to_dict(), text=TEXT) == g

    def test_id_defaults_to_file_name(self, tmp_path: Path) -> None:
        """Without an ``id`` key, the file name without extension is the id."""
        data = self.minimal()
        del data["id"]
        assert load_gold(self.write(tmp_path, "berlin-talks", data)).id == "berlin-talks"

    def test_txt_path_accepted(self, tmp_path: Path) -> None:
        """The ``.txt`` path designates the same article."""
        self.write(tmp_path, "wire-1", self.minimal())
        assert load_gold(tmp_path / "wire-1.txt").people == (SCHOLZ,)

    def test_text_file_key(self, tmp_path: Path) -> None:
        """``text_file`` names the text relative to the JSON file."""
        (tmp_path / "texts").mkdir()
        (tmp_path / "texts" / "a.txt").write_text("Olaf Scholz spoke.", encoding="utf-8")
        path = tmp_path / "a.json"
        path.write_text(json.dumps(self.minimal(text_file="texts/a.txt")), encoding="utf-8")
        assert load_gold(path).text == "Olaf Scholz spoke."

    def test_topics_and_outcomes_optional(self, tmp_path: Path) -> None:
        """Files without topics or outcomes give ``None``: not annotated, not scored."""
        loaded = load_gold(self.write(tmp_path, "wire-1", self.minimal()))
        assert (loaded.topics, loaded.outcomes) == (None, None)

    def test_quote_not_in_text(self, tmp_path: Path) -> None:
        """A quote that is not an exact substring is an error naming the file, the field and the quote."""
        data = self.minimal(statements=[{"speaker": None, "kind": "direct", "quote": "We stand together on all"}])
        path = self.write(tmp_path, "wire-1", data)
        with pytest.raises(GoldError, match=r"wire-1\.json: statements\[0\]\.quote is not an exact substring") as info:
            load_gold(path)
        assert "'We stand together on all'" in str(info.value)

    def test_curly_apostrophe_mismatch(self) -> None:
        """A straight apostrophe where the text has a curly one is caught, with a hint."""
        with pytest.raises(GoldError, match="apostrophes"):
            gold(statements=[GoldStatement("direct", "it's done", None)], text="He said “it’s done” at last.")

    def test_evidence_not_in_text(self) -> None:
        """Meeting evidence, topic evidence and outcome text must be in the text too."""
        with pytest.raises(GoldError, match=r"meetings\[0\]\.evidence"):
            gold(meetings=[GoldMeeting(("Olaf Scholz",), "held", evidence="Scholz flew to Rome")])
        with pytest.raises(GoldError, match=r"topics\[0\]\.evidence"):
            gold(topics=[GoldTopic("trade", "discussed trade")])
        with pytest.raises(GoldError, match=r"outcomes\[0\]\.text"):
            gold(outcomes=[GoldOutcome("pledged", "to send tanks")])

    def test_participant_must_be_a_person(self) -> None:
        """A meeting participant that is not one of ``people`` is an error."""
        with pytest.raises(GoldError, match=r"meetings\[0\]\.participants: 'Scholz' is not the name"):
            gold(meetings=[GoldMeeting(("Scholz",), "held")])

    def test_bad_values(self, tmp_path: Path) -> None:
        """Wrong statuses, kinds, dates, durations and missing keys are errors with their place."""
        cases: list[tuple[dict[str, Any], str]] = [
            ({"meetings": [{"participants": [], "status": "happened"}]}, r"meetings\[0\]: must be one of 'held'"),
            ({"meetings": [{"participants": [], "status": "held", "date": "2023-02-30"}]}, "not a real date"),
            ({"meetings": [{"participants": [], "status": "held", "date": "March 2023"}]}, "not an ISO date"),
            ({"meetings": [{"participants": [], "status": "held", "duration_minutes": -5}]}, "positive number"),
            ({"statements": [{"kind": "direct"}]}, r"statements\[0\]: missing key 'quote'"),
            ({"statements": [{"kind": "quoted", "quote": "Olaf"}]}, "must be one of 'direct', 'indirect'"),
            ({"people": [{"name": "Olaf Scholz", "aliases": "Scholz"}]}, "list of strings"),
            ({"published": "yesterday"}, "published 'yesterday' is not an ISO date"),
            ({"people": {}}, "people must be a list"),
        ]
        for more, message in cases:
            path = self.write(tmp_path, "bad", self.minimal(**more))
            with pytest.raises(GoldError, match=message):
                load_gold(path)

    def test_missing_people_key(self) -> None:
        """``people``, ``meetings`` and ``statements`` are required."""
        with pytest.raises(GoldError, match="missing key 'meetings'"):
            Gold.from_dict({"id": "x", "people": [], "statements": []}, text="")

    def test_invalid_json(self, tmp_path: Path) -> None:
        """Broken JSON is a GoldError naming the file."""
        (tmp_path / "x.txt").write_text("", encoding="utf-8")
        (tmp_path / "x.json").write_text("{", encoding="utf-8")
        with pytest.raises(GoldError, match=r"x\.json: not valid JSON"):
            load_gold(tmp_path / "x.json")

    def test_load_corpus_skips_other_json_and_filters(self, tmp_path: Path) -> None:
        """A folder's JSON files without ``people`` are skipped; ``only`` keeps ids or file names."""
        self.write(tmp_path, "b", self.minimal(id="second"))
        self.write(tmp_path, "a", self.minimal(id="first"))
        (tmp_path / "manifest.json").write_text('{"articles": 2}', encoding="utf-8")
        assert [g.id for g in load_corpus(tmp_path)] == ["first", "second"]
        assert [g.id for g in load_corpus(tmp_path, only=["b"])] == ["second"]
        assert [g.id for g in load_corpus(tmp_path, only=["first"])] == ["first"]

    def test_load_corpus_needs_a_folder(self, tmp_path: Path) -> None:
        """A path that is not a folder is refused."""
        with pytest.raises(NotADirectoryError):
            load_corpus(tmp_path / "missing")


class TestPeople:
    def test_exact_name(self) -> None:
        """A system person with the gold name is a true positive; an unmatched gold person a false negative."""
        result = score(extraction(participants=[person("Olaf Scholz")]), gold())
        assert triple(result.people) == (1, 1, 2)

    def test_alias_match(self) -> None:
        """A system name equal to a gold alias matches that person."""
        assert triple(score(extraction(participants=[person("Macron")]), gold()).people) == (1, 1, 2)

    def test_system_alias_matches_gold_name(self) -> None:
        """A system alias equal to a gold form is enough."""
        found = person("President Macron", "Emmanuel Macron")
        assert triple(score(extraction(participants=[found]), gold()).people) == (1, 1, 2)

    def test_misspelling_in_aliases(self) -> None:
        """A misspelled form listed in the gold aliases counts for the person."""
        g = gold(people=[GoldPerson("Qin Gang", ("Qin", "Chin"))], text="Foreign Minister Chin Gang met Qin.")
        assert triple(
            score(extraction("Foreign Minister Chin Gang met Qin.", participants=[person("Chin")]), g).people
        ) == (
            1,
            1,
            1,
        )

    def test_surname_rule(self) -> None:
        """A name ending with the surname of exactly one gold person matches them."""
        g = gold(people=[GoldPerson("Olaf Scholz"), MACRON])
        assert triple(score(extraction(participants=[person("Chancellor Scholz")]), g).people) == (1, 1, 2)

    def test_surname_rule_needs_one_candidate(self) -> None:
        """A surname shared by two gold people matches neither."""
        text = "Kim Jong Un and his sister Kim Yo Jong met envoys; Jong spoke."
        g = gold(people=[GoldPerson("Kim Jong Un"), GoldPerson("Kim Yo Jong"), GoldPerson("Lee Jong")], text=text)
        assert triple(score(extraction(text, participants=[person("Mr Jong")]), g).people) == (0, 1, 3)

    def test_second_record_for_same_person_is_false_positive(self) -> None:
        """Each gold person is matched once; a second system record for them is a false positive."""
        found = [person("Olaf Scholz"), person("Scholz")]
        result = score_article(extraction(participants=found), gold())
        assert triple(result.scores.people) == (1, 2, 2)
        assert [(m.kind, m.text) for m in result.misses if m.category == "people"] == [
            (MissKind.FALSE_POSITIVE, "Scholz"),
            (MissKind.FALSE_NEGATIVE, "Emmanuel Macron"),
        ]

    def test_only_persons_count(self) -> None:
        """Organisations and countries among the participants are not scored as people."""
        found = [
            person("Olaf Scholz"),
            person("France", kind="country"),
            person("foreign ministry", kind="organization"),
        ]
        assert triple(score(extraction(participants=found), gold()).people) == (1, 1, 2)

    def test_false_negative_points_at_first_mention(self) -> None:
        """A missed gold person's miss spans the first occurrence of any of its forms."""
        miss = next(m for m in score_article(extraction(), gold()).misses if m.text == "Emmanuel Macron")
        assert miss.span == span(TEXT, "Emmanuel Macron")


class TestStatements:
    QUOTE = "We stand together on every question before us,"

    def test_direct_with_speaker(self) -> None:
        """A direct quote with the right speaker counts for span and end to end."""
        g = gold(statements=[GoldStatement("direct", self.QUOTE, "Olaf Scholz")])
        result = score(extraction(statements=[said(self.QUOTE, person("Scholz"))]), g)
        assert (triple(result.direct), triple(result.direct_e2e)) == ((1, 1, 1), (1, 1, 1))

    def test_wrong_speaker(self) -> None:
        """The wrong speaker keeps the span match but loses the end-to-end one, with a miss naming both."""
        g = gold(statements=[GoldStatement("direct", self.QUOTE, "Olaf Scholz")])
        result = score_article(extraction(statements=[said(self.QUOTE, person("Emmanuel Macron"))]), g)
        assert (triple(result.scores.direct), triple(result.scores.direct_e2e)) == ((1, 1, 1), (0, 1, 1))
        assert [m for m in result.misses if m.category == "direct"] == [
            Miss(
                "direct", MissKind.WRONG_SPEAKER, self.QUOTE, "Olaf Scholz", "Emmanuel Macron", span(TEXT, self.QUOTE)
            ),
        ]

    def test_missing_speaker(self) -> None:
        """No system speaker for a gold speaker is wrong end to end."""
        g = gold(statements=[GoldStatement("direct", self.QUOTE, "Olaf Scholz")])
        assert triple(score(extraction(statements=[said(self.QUOTE)]), g).direct_e2e) == (0, 1, 1)

    def test_speaker_null_in_gold(self) -> None:
        """When the gold names no speaker, any system speaker is right."""
        g = gold(statements=[GoldStatement("direct", self.QUOTE, None)])
        assert triple(score(extraction(statements=[said(self.QUOTE, person("Emmanuel Macron"))]), g).direct_e2e) == (
            1,
            1,
            1,
        )

    def test_organisation_speaker_contained(self) -> None:
        """An organisation speaker is right when one normalised name contains the other."""
        quote = "the meeting had been constructive"
        g = gold(statements=[GoldStatement("indirect", quote, "foreign ministry")])
        found = said(quote, person("The Foreign Ministry", kind="organization"), "indirect")
        assert triple(score(extraction(statements=[found]), g).indirect_e2e) == (1, 1, 1)
        other = said(quote, person("Elysee", kind="organization"), "indirect")
        assert triple(score(extraction(statements=[other]), g).indirect_e2e) == (0, 1, 1)

    def test_quote_overlap_threshold(self) -> None:
        """Quotes match at half the longer one's words, and not below."""
        text = "He said: “one two three four” and “one two five six” and “one seven eight nine”."
        g = gold(statements=[GoldStatement("direct", "one two three four", None)], text=text)
        half = extraction(text, statements=[said("one two five six", text=text)])
        quarter = extraction(text, statements=[said("one seven eight nine", text=text)])
        assert triple(score(half, g).direct) == (1, 1, 1)
        assert triple(score(quarter, g).direct) == (0, 1, 1)

    def test_overlap_uses_longer_text(self) -> None:
        """A short system quote inside a long gold quote matches only if it covers half of it."""
        g = gold(statements=[GoldStatement("direct", self.QUOTE, None)])
        short = extraction(statements=[said("We stand together on")])  # 4 of 8 words
        shorter = extraction(statements=[said("We stand together")])  # 3 of 8 words
        assert triple(score(short, g).direct) == (1, 1, 1)
        assert triple(score(shorter, g).direct) == (0, 1, 1)

    def test_stricter_threshold(self) -> None:
        """A custom Matching can ask for more overlap."""
        g = gold(statements=[GoldStatement("direct", self.QUOTE, None)])
        found = extraction(statements=[said("We stand together on")])
        assert triple(score(found, g, Matching(quote_overlap=0.75)).direct) == (0, 1, 1)

    def test_trailing_comma_and_case_ignored(self) -> None:
        """Quotes compare as words: a trailing comma or case does not matter."""
        text = "“Peace is possible,” she said, adding that PEACE IS POSSIBLE."
        g = gold(statements=[GoldStatement("direct", "Peace is possible", None)], text=text)
        assert triple(score(extraction(text, statements=[said("PEACE IS POSSIBLE", text=text)]), g).direct) == (1, 1, 1)

    def test_short_direct_quotes_left_out(self) -> None:
        """Direct quotes under three words are not statements, on either side."""
        text = "He called it “progress” and “real progress” and “very real progress”."
        g = gold(statements=[GoldStatement("direct", "progress", None)], text=text)
        found = extraction(text, statements=[said("real progress", text=text), said("very real progress", text=text)])
        assert triple(score(found, g).direct) == (0, 1, 0)

    def test_short_indirect_kept(self) -> None:
        """The three-word minimum applies to direct quotes only."""
        text = "Macron said yes."
        g = gold(statements=[GoldStatement("indirect", "yes", "Emmanuel Macron")], text=text)
        assert triple(score(extraction(text, statements=[said("yes", kind="indirect", text=text)]), g).indirect) == (
            1,
            1,
            1,
        )

    def test_kinds_scored_apart(self) -> None:
        """A direct system statement does not match an indirect gold one."""
        quote = "the two countries would deepen defence cooperation"
        g = gold(statements=[GoldStatement("indirect", quote, "Emmanuel Macron")])
        result = score(extraction(statements=[said(quote, person("Macron"), "direct")]), g)
        assert (triple(result.direct), triple(result.indirect)) == ((0, 1, 0), (0, 0, 1))

    def test_one_to_one_in_gold_order(self) -> None:
        """Each system statement matches at most one gold statement: duplicates are false positives."""
        g = gold(statements=[GoldStatement("direct", self.QUOTE, None)])
        result = score(extraction(statements=[said(self.QUOTE), said(self.QUOTE)]), g)
        assert triple(result.direct) == (1, 2, 1)


class TestMeetings:
    BOTH = ("Olaf Scholz", "Emmanuel Macron")

    def gold_meeting(self, **more: Any) -> Gold:
        return gold(meetings=[GoldMeeting(self.BOTH, more.pop("status", "held"), **more)])

    def test_same_participants_by_any_form(self) -> None:
        """Participants resolve through names, aliases and surnames; order does not matter."""
        result = score(extraction(meetings=[met("Macron", "Chancellor Scholz")]), self.gold_meeting())
        assert triple(result.meetings) == (1, 1, 1)

    def test_participant_sets_must_be_equal(self) -> None:
        """A missing or extra participant, or an unknown one, is no match."""
        g = self.gold_meeting()
        assert triple(score(extraction(meetings=[met("Olaf Scholz")]), g).meetings) == (0, 1, 1)
        assert triple(
            score(extraction(meetings=[met("Olaf Scholz", "Macron", "Ursula von der Leyen")]), g).meetings
        ) == (
            0,
            1,
            1,
        )

    def test_unnamed_parties_only(self) -> None:
        """A gold meeting without named participants matches a system meeting without any."""
        g = gold(meetings=[GoldMeeting((), "planned", ("Germany", "France"))])
        assert triple(score(extraction(meetings=[met(status="planned")]), g).meetings) == (1, 1, 1)

    def test_status_mismatch(self) -> None:
        """A planned system meeting does not match a held gold one."""
        result = score_article(extraction(meetings=[met(*self.BOTH, status="planned")]), self.gold_meeting())
        assert triple(result.scores.meetings) == (0, 1, 1)
        assert [(m.kind, m.text) for m in result.misses if m.category == "meetings"] == [
            (MissKind.FALSE_NEGATIVE, "Olaf Scholz + Emmanuel Macron (held, no date)"),
            (MissKind.FALSE_POSITIVE, "Olaf Scholz + Emmanuel Macron (planned, no date)"),
        ]

    def test_date_precision(self) -> None:
        """The date is right only at the gold's precision: a day for a day, a month for a month."""
        cases = [
            ("2023-03-03", "2023-03-03", (1, 1)),
            ("2023-03-03", "2023-03-02", (0, 1)),
            ("2023-03-03", "2023-03", (0, 1)),
            ("2023-03", "2023-03", (1, 1)),
            ("2023-03", "2023-03-03", (0, 1)),
            ("2023", "2023", (1, 1)),
            ("2023", "2023-03", (0, 1)),
        ]
        for gold_date, system_date, expected in cases:
            result = score(extraction(meetings=[met(*self.BOTH, date=system_date)]), self.gold_meeting(date=gold_date))
            assert (result.date.correct, result.date.total) == expected, (gold_date, system_date)

    def test_date_missing_on_system_side(self) -> None:
        """A matched meeting without a system date is wrong on a dated gold meeting, and not judged on an undated one."""
        assert score(extraction(meetings=[met(*self.BOTH)]), self.gold_meeting(date="2023-03-03")).date == Accuracy(
            0, 1
        )
        assert score(extraction(meetings=[met(*self.BOTH, date="2023")]), self.gold_meeting()).date == Accuracy(0, 0)

    def test_prefers_candidate_with_agreeing_date(self) -> None:
        """Among equal candidates, the one whose date agrees is taken."""
        g = gold(
            meetings=[
                GoldMeeting(self.BOTH, "held", date="2023-03-03"),
                GoldMeeting(self.BOTH, "held", date="2023-03-02"),
            ]
        )
        found = extraction(meetings=[met(*self.BOTH, date="2023-03-02"), met(*self.BOTH, date="2023-03-03")])
        result = score(found, g)
        assert (triple(result.meetings), result.date) == ((2, 2, 2), Accuracy(2, 2))

    def test_location_containment(self) -> None:
        """The gold place must occur, normalised, in the system place's text, venue, city or country."""
        cases = [
            (Place("Berlin"), 1),
            (Place("the Chancellery in Berlin", venue="Chancellery", city="Berlin"), 1),
            (Place("Berlin-Mitte"), 1),
            (Place("BERLIN, Germany", country="Germany"), 1),
            (Place("the Chancellery", venue="Chancellery", country="Germany"), 0),
            (Place("Bern"), 0),
            (None, 0),
        ]
        for place, correct in cases:
            result = score(extraction(meetings=[met(*self.BOTH, place=place)]), self.gold_meeting(location="Berlin"))
            assert result.location == Accuracy(correct, 1), place

    def test_country_location(self) -> None:
        """A gold country is found in the system place's country field."""
        g = self.gold_meeting(location="Germany")
        found = extraction(
            meetings=[met(*self.BOTH, place=Place("Meseberg Palace", venue="Meseberg", country="Germany"))]
        )
        assert score(found, g).location == Accuracy(1, 1)

    def test_duration_tolerance(self) -> None:
        """Durations are right within max(5 minutes, 10 %) of the gold."""
        cases = [(180, 198, 1), (180, 162, 1), (180, 199, 0), (30, 35, 1), (30, 25, 1), (30, 36, 0), (30, None, 0)]
        for gold_minutes, system_minutes, correct in cases:
            g = self.gold_meeting(duration_minutes=gold_minutes)
            result = score(extraction(meetings=[met(*self.BOTH, minutes=system_minutes)]), g)
            assert result.duration == Accuracy(correct, 1), (gold_minutes, system_minutes)

    def test_attributes_only_on_matched_meetings(self) -> None:
        """Unmatched meetings are not judged for date, place or duration."""
        g = self.gold_meeting(date="2023-03-03", location="Berlin", duration_minutes=180)
        result = score(extraction(meetings=[met("Olaf Scholz", date="2023-03-03")]), g)
        assert (result.date, result.location, result.duration) == (Accuracy(), Accuracy(), Accuracy())

    def test_wrong_attribute_misses(self) -> None:
        """Wrong attributes are reported with the gold and system values."""
        g = self.gold_meeting(date="2023-03-03", location="Berlin", duration_minutes=180)
        found = extraction(meetings=[met(*self.BOTH, date="2023-03-04", place=Place("Paris"), minutes=60)])
        assert [(m.kind, m.expected, m.found) for m in score_article(found, g).misses if m.category == "meetings"] == [
            (MissKind.WRONG_DATE, "2023-03-03", "2023-03-04"),
            (MissKind.WRONG_LOCATION, "Berlin", "Paris"),
            (MissKind.WRONG_DURATION, "180", "60"),
        ]


class TestTopicsAndOutcomes:
    def test_label_subset_after_stopwords(self) -> None:
        """Labels match when one's content words are a subset of the other's."""
        m = Matching()
        assert m.labels_match("the war in Ukraine", "Ukraine war")
        assert m.labels_match("energy prices", "prices")
        assert m.labels_match("human rights", "human rights abuses")
        assert not m.labels_match("energy prices", "energy security")
        assert not m.labels_match("the", "the")

    def test_topics_counted_once_across_meetings(self) -> None:
        """A label given at article level and on a meeting counts once."""
        g = gold(topics=[GoldTopic("energy prices", "discussed energy prices")])
        where = span(TEXT, "energy prices")
        found = extraction(
            topics=[Topic("Energy prices", where)],
            meetings=[
                met("Olaf Scholz", topics=[Topic("energy prices", where), Topic("defence", span(TEXT, "defence"))])
            ],
        )
        assert triple(score(found, g).topics) == (1, 2, 1)

    def test_topics_not_annotated_not_scored(self) -> None:
        """Without topics in the gold, system topics are not counted."""
        found = extraction(topics=[Topic("defence", span(TEXT, "defence"))])
        assert triple(score(found, gold(topics=None)).topics) == (0, 0, 0)
        assert triple(score(found, gold(topics=[])).topics) == (0, 1, 0)

    def test_outcome_kind_and_overlap(self) -> None:
        """Outcomes match on kind and on the quote overlap of their texts."""
        g = gold(outcomes=[GoldOutcome("agreed", "to build a joint hydrogen pipeline", ("Olaf Scholz",))])
        text = "to build a joint hydrogen pipeline"
        right = Outcome("agreed", "build a joint hydrogen pipeline", span(TEXT, "build a joint hydrogen pipeline"))
        wrong_kind = Outcome("pledged", text, span(TEXT, text))
        too_short = Outcome("agreed", "hydrogen pipeline", span(TEXT, "hydrogen pipeline"))
        assert triple(score(extraction(outcomes=[right]), g).outcomes) == (1, 1, 1)
        assert triple(score(extraction(outcomes=[wrong_kind]), g).outcomes) == (0, 1, 1)
        assert triple(score(extraction(meetings=[met("Olaf Scholz", outcomes=[too_short])]), g).outcomes) == (0, 1, 1)


class TestCounts:
    def test_figures(self) -> None:
        """Precision, recall and F1 from the counts."""
        c = Counts(3, 4, 6)
        assert (c.precision, c.recall, c.f1) == (0.75, 0.5, 0.6)

    def test_empty_conventions(self) -> None:
        """Nothing to find and nothing found is perfect; found nothing of something is zero."""
        assert (Counts().precision, Counts().recall, Counts().f1) == (1.0, 1.0, 1.0)
        assert (Counts(0, 0, 2).precision, Counts(0, 0, 2).f1) == (0.0, 0.0)
        assert (Counts(0, 3, 0).precision, Counts(0, 3, 0).recall, Counts(0, 3, 0).f1) == (0.0, 1.0, 0.0)

    def test_accuracy_of_nothing_is_zero(self) -> None:
        """An accuracy with nothing to judge is 0.0, as the referee shows it."""
        assert Accuracy().value == 0.0
        assert Accuracy(2, 3).value == pytest.approx(2 / 3)

    def test_invalid(self) -> None:
        """More true positives than records, or negative counts, are refused."""
        with pytest.raises(ValueError, match="must not exceed"):
            Counts(2, 1, 5)
        with pytest.raises(ValueError, match="must be >= 0"):
            Counts(0, -1, 0)
        with pytest.raises(ValueError, match="must not exceed total"):
            Accuracy(2, 1)

    @given(st.lists(st.tuples(st.integers(0, 20), st.integers(0, 20), st.integers(0, 20)), max_size=8))
    def test_sum_and_ranges(self, rows: list[tuple[int, int, int]]) -> None:
        """Sums add componentwise and every figure stays within [0, 1]."""
        counts = [Counts(min(tp, p, g), p, g) for tp, p, g in rows]
        total = sum(counts, Counts())
        assert triple(total) == tuple(sum(x) for x in zip(*map(triple, counts), strict=True)) or not counts
        for c in [*counts, total]:
            assert 0.0 <= c.precision <= 1.0
            assert 0.0 <= c.recall <= 1.0
            assert 0.0 <= c.f1 <= 1.0
            assert c.f1 <= max(c.precision, c.recall) + 1e-12


class TestMatchingProtocol:
    @given(st.text(max_size=40), st.text(max_size=40))
    def test_quote_match_symmetric(self, a: str, b: str) -> None:
        """Quote matching does not depend on which side is gold."""
        m = Matching()
        assert m.quotes_match(a, b) == m.quotes_match(b, a)

    @given(st.text(min_size=1, max_size=60))
    def test_quote_matches_itself(self, a: str) -> None:
        """Any quote with a word matches itself; one without words matches nothing."""
        assert Matching().quotes_match(a, a) == bool(normalize(a))

    @given(st.integers(1, 1000), st.integers(-200, 200))
    def test_duration_tolerance(self, gold_minutes: int, delta: int) -> None:
        """The duration tolerance is max(5, 10 %) of the gold, inclusive."""
        allowed = max(5, 0.1 * gold_minutes)
        assert Matching().duration_ok(gold_minutes, gold_minutes + delta) == (abs(delta) <= allowed)


NAMES = ["Ana Lima", "Boris Kuznetsov", "Chen Wei", "Dara Okafor", "Elif Demir", "Farid Haddad", "Greta Lund"]
WORDS = ["talks", "were", "frank", "peace", "trade", "border", "security", "we", "will", "meet", "again", "soon"]


@st.composite
def gold_articles(draw: st.DrawFn) -> Gold:
    names = draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=4, unique=True))
    statements = []
    sentences = [f"{n} arrived." for n in names]
    for _ in range(draw(st.integers(0, 4))):
        quote = " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=3, max_size=7)))
        speaker = draw(st.sampled_from([*names, None]))
        kind = draw(st.sampled_from(["direct", "indirect"]))
        sentences.append(
            f"“{quote},” {speaker or 'an official'} said." if kind == "direct" else f"It was said {quote}."
        )
        statements.append(GoldStatement(kind, quote, speaker))
    meetings = []
    for _ in range(draw(st.integers(0, 3))):
        who = tuple(draw(st.lists(st.sampled_from(names), min_size=1, max_size=3, unique=True)))
        date = draw(st.sampled_from([None, "2024", "2024-05", "2024-05-17"]))
        meetings.append(GoldMeeting(who, draw(st.sampled_from(["held", "planned"])), date=date, location="Oslo"))
    topic = [GoldTopic("border security", "border security")] if draw(st.booleans()) else []
    sentences.append("They discussed border security.")
    people = [GoldPerson(n, (n.split()[-1],)) for n in names]
    return Gold("gen", " ".join(sentences), people, meetings, statements, topic, [], published="2024-05-18")


def located(g: Gold, part: str) -> Span:
    where = g.locate(part)
    assert where is not None
    return where


def perfect(g: Gold) -> Extraction:
    """An extraction that says exactly what the gold says."""
    participants = {p.name: Participant(p.name, aliases=p.aliases) for p in g.people}
    statements = [
        Statement(s.quote, located(g, s.quote), s.kind.value, None if s.speaker is None else participants[s.speaker])
        for s in g.statements
    ]
    meetings = [
        Meeting(
            [participants[n] for n in m.participants],
            m.status.value,
            date=None if m.date is None else when(m.date),
            location=None if m.location is None else Place(m.location),
        )
        for m in g.meetings
    ]
    topics = [Topic(t.label, located(g, t.evidence)) for t in g.topics or ()]
    return Extraction(
        g.text, participants=participants.values(), statements=statements, meetings=meetings, topics=topics
    )


class TestInvariants:
    @settings(max_examples=60)
    @given(gold_articles())
    def test_perfect_extraction_scores_perfectly(self, g: Gold) -> None:
        """An extraction saying exactly what the gold says gets every record and attribute right."""
        result = score_article(perfect(g), g)
        for name, counts in result.scores.counts().items():
            assert counts.tp == counts.pred == counts.gold, name
        for name, accuracy in result.scores.accuracies().items():
            assert accuracy.correct == accuracy.total, name
        assert result.misses == ()

    @settings(max_examples=40)
    @given(gold_articles())
    def test_empty_extraction_finds_nothing(self, g: Gold) -> None:
        """An empty extraction has no true positive and one false negative per scored gold record."""
        result = score_article(Extraction(g.text), g)
        assert all(c.tp == c.pred == 0 for c in result.scores.counts().values())
        negatives = [m for m in result.misses if m.kind is MissKind.FALSE_NEGATIVE]
        scored = ("people", "direct", "indirect", "meetings", "topics", "outcomes")
        assert len(negatives) == sum(result.scores.counts()[c].gold for c in scored)

    @settings(max_examples=30)
    @given(st.lists(gold_articles(), min_size=1, max_size=4))
    def test_report_totals_are_sums(self, golds: list[Gold]) -> None:
        """A report's totals are the sums of its articles' scores, and its dict is plain JSON."""
        report = Report([score_article(perfect(g), g) for g in golds])
        assert report.totals == sum((a.scores for a in report.articles), Scores())
        assert json.loads(json.dumps(report.to_dict()))["documents"] == len(golds)

    @settings(max_examples=30)
    @given(gold_articles())
    def test_gold_round_trip(self, g: Gold) -> None:
        """A gold survives ``to_dict`` and ``from_dict``."""
        assert Gold.from_dict(json.loads(json.dumps(g.to_dict())), text=g.text) == g


class FixedExtractor:
    """Returns prepared extractions by text; raises for texts it does not know."""

    def __init__(self, answers: dict[str, Extraction]) -> None:
        self.answers = answers
        self.calls: list[tuple[str, object]] = []

    def extract(self, text: str, *, published: dt.date | dt.datetime | str | None = None) -> Extraction:
        self.calls.append((text, published))
        if text not in self.answers:
            raise RuntimeError("cannot read this one")
        return self.answers[text]


def write_pair(folder: Path, g: Gold) -> None:
    (folder / f"{g.id}.txt").write_text(g.text, encoding="utf-8")
    (folder / f"{g.id}.json").write_text(json.dumps(g.to_dict()), encoding="utf-8")


class TestReport:
    def corpus(self, folder: Path) -> tuple[Gold, Gold]:
        first = attrs.evolve(gold(statements=[GoldStatement("direct", TestStatements.QUOTE, "Olaf Scholz")]), id="a")
        second = Gold("b", "Macron spoke to reporters.", [MACRON], published="2023-03-04")
        write_pair(folder, first)
        write_pair(folder, second)
        return first, second

    def test_evaluate_folder(self, tmp_path: Path) -> None:
        """Every article is read with its publication date and scored; totals add up."""
        first, second = self.corpus(tmp_path)
        answers = {
            first.text: extraction(participants=[person("Scholz")], statements=[said(TestStatements.QUOTE)]),
            second.text: Extraction(second.text, participants=[person("Emmanuel Macron")]),
        }
        fixed = FixedExtractor(answers)
        report = evaluate_corpus(tmp_path, fixed)
        assert fixed.calls == [(first.text, "2023-03-03"), (second.text, "2023-03-04")]
        assert [a.id for a in report.articles] == ["a", "b"]
        assert triple(report.totals.people) == (2, 2, 3)
        assert triple(report.totals.direct_e2e) == (0, 1, 1)
        assert report.errors == {}

    def test_extractor_error_scored_as_empty(self, tmp_path: Path) -> None:
        """An extractor crash on one article is recorded and that article scored as an empty answer."""
        first, _ = self.corpus(tmp_path)
        report = evaluate_corpus(tmp_path, FixedExtractor({first.text: extraction()}))
        assert report.errors == {"b": "RuntimeError: cannot read this one"}
        assert triple(report.articles[1].scores.people) == (0, 0, 1)
        assert report.below({}) == ["1 extractor errors"]

    def test_gold_records_accepted(self) -> None:
        """Gold records already in memory can be evaluated, filtered by id."""
        g = gold()
        report = evaluate_corpus([g, attrs.evolve(g, id="t2")], FixedExtractor({TEXT: extraction()}), only=["t2"])
        assert [a.id for a in report.articles] == ["t2"]

    def test_default_extractor(self, tmp_path: Path) -> None:
        """Without an extractor, the default one reads the articles."""
        self.corpus(tmp_path)
        report = evaluate_corpus(tmp_path)
        assert (len(report.articles), report.errors) == (2, {})

    def test_below_floors(self) -> None:
        """Floors name F1s, accuracies or a category's precision or recall; shortfalls are listed."""
        g = gold(meetings=[GoldMeeting(TestMeetings.BOTH, "held", date="2023-03-03")])
        found = extraction(participants=[person("Olaf Scholz")], meetings=[met(*TestMeetings.BOTH, date="2023-03-03")])
        report = Report([score_article(found, g)])
        assert report.below({"people": 0.5, "meetings": 1.0, "date": 1.0}) == []
        assert report.below({"people": 0.9, "people.precision": 1.0, "people.recall": 0.6}) == [
            "people 0.667 < 0.9",
            "people.recall 0.500 < 0.6",
        ]
        assert report.below({"direct (span)": 0.5}) == []
        with pytest.raises(KeyError, match="unknown figure 'peoples'"):
            report.below({"peoples": 0.5})

    def test_table_layout(self) -> None:
        """The table has the referee's rows and headline line."""
        g = gold(meetings=[GoldMeeting(TestMeetings.BOTH, "held", date="2023-03-03")])
        report = Report([score_article(extraction(participants=[person("Olaf Scholz")]), g)])
        lines = report.table().splitlines()
        assert lines[0] == "category              P      R     F1   tp/pred/gold"
        assert lines[1] == "people            1.000  0.500  0.667   1/1/2"
        assert [line.split()[0] for line in lines[1:12]] == [
            "people",
            "direct",
            "direct_e2e",
            "indirect",
            "indirect_e2e",
            "meetings",
            "topics",
            "outcomes",
            "date",
            "location",
            "duration",
        ]
        assert lines[9] == "date acc          0.000   0/0 of matched meetings"
        assert lines[-1] == (
            "docs 1 errors 0 | people 0.667 | direct_e2e 1.000 | indirect_e2e 1.000 | meetings 0.000"
            " | date 0.000 | location 0.000 | duration 0.000 | topics 1.000 | outcomes 1.000"
        )

    def test_details_and_to_dict(self) -> None:
        """Misses are listed per article, and every value has a JSON form."""
        report = Report([score_article(extraction(participants=[person("Angela Merkel")]), gold())])
        assert report.details().splitlines() == [
            "== t1",
            "  people FP: Angela Merkel",
            "  people FN: Olaf Scholz",
            "  people FN: Emmanuel Macron",
        ]
        data = report.to_dict()
        assert data["articles"][0]["misses"][1] == {
            "category": "people",
            "kind": "false_negative",
            "text": "Olaf Scholz",
            "expected": None,
            "found": None,
            "span": span(TEXT, "Olaf Scholz").to_dict(),
        }
        assert data["totals"]["people"] == {"tp": 0, "pred": 1, "gold": 2, "precision": 0.0, "recall": 0.0, "f1": 0.0}
        assert math.isclose(data["figures"]["people"], 0.0)


class TestCli:
    def run(self, *argv: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        status = main(["evaluate", *argv], stdout=out, stderr=err)
        return status, out.getvalue(), err.getvalue()

    def folder(self, tmp_path: Path) -> Path:
        write_pair(tmp_path, gold())
        return tmp_path

    def test_table_and_floors(self, tmp_path: Path) -> None:
        """The zero preset finds nothing: the table shows it and a floor fails with exit 1."""
        status, out, _ = self.run(str(self.folder(tmp_path)), "--preset", "zero", "--min", "people=0.5")
        assert status == 1
        assert "people            0.000  0.000  0.000   0/0/2" in out
        assert out.splitlines()[-1] == "BELOW: people 0.000 < 0.5"

    def test_floors_met(self, tmp_path: Path) -> None:
        """Floors that are met exit 0."""
        status, _, _ = self.run(str(self.folder(tmp_path)), "--preset", "zero", "--min", "topics=1")
        assert status == 0

    def test_json(self, tmp_path: Path) -> None:
        """``--json`` prints the report with the shortfalls."""
        status, out, _ = self.run(str(self.folder(tmp_path)), "--preset", "zero", "--json", "--min", "people=0.5")
        data = json.loads(out)
        assert (status, data["documents"], data["below"]) == (1, 1, ["people 0.000 < 0.5"])

    def test_verbose_lists_misses(self, tmp_path: Path) -> None:
        """``--verbose`` lists every article's misses before the table."""
        _, out, _ = self.run(str(self.folder(tmp_path)), "--preset", "zero", "-v")
        assert out.splitlines()[:3] == ["== t1", "  people FN: Olaf Scholz", "  people FN: Emmanuel Macron"]

    def test_bad_usage(self, tmp_path: Path) -> None:
        """Unknown floors, malformed floors and missing folders exit 2 with a message."""
        folder = str(self.folder(tmp_path))
        assert self.run(folder, "--min", "peoples=1")[0::2] == (
            2,
            (
                "diplomeet: unknown figure 'peoples': use one of people, direct, direct_e2e, indirect, indirect_e2e,"
                " meetings, topics, outcomes, date, location, duration, optionally with .precision or .recall\n"
            ),
        )
        assert self.run(folder, "--min", "people")[0::2] == (2, "diplomeet: a floor is KEY=VALUE, not 'people'\n")
        assert self.run(str(tmp_path / "none"))[0] == 2

    def test_bad_gold(self, tmp_path: Path) -> None:
        """A malformed gold file exits 2 naming the file."""
        (tmp_path / "x.txt").write_text("Text.", encoding="utf-8")
        (tmp_path / "x.json").write_text('{"people": [], "meetings": [], "statements": [{"kind": "direct"}]}', "utf-8")
        status, _, err = self.run(str(tmp_path))
        assert status == 2
        assert err.endswith("x.json: statements[0]: missing key 'quote'\n")


class TestModuleDocs:
    def test_docstring_examples(self) -> None:
        """The module's own examples run."""
        assert doctest.testmod(ev).failed == 0


@pytest.mark.skipif(not SHARED_CORPUS.is_dir(), reason=f"the development corpus is not checked out at {SHARED_CORPUS}")
class TestSharedCorpus:
    def test_report_on_development_corpus(self) -> None:
        """The whole development corpus is read without error, and the gold totals are those of its files."""
        report = evaluate_corpus(SHARED_CORPUS, Extractor())
        assert len(report.articles) == 39
        assert report.errors == {}
        files = [json.loads(p.read_text("utf-8")) for p in sorted(SHARED_CORPUS.glob("*.json"))]
        totals = report.totals
        assert totals.people.gold == sum(len(f["people"]) for f in files)
        assert totals.meetings.gold == sum(len(f["meetings"]) for f in files)
        assert totals.indirect.gold == sum(1 for f in files for s in f["statements"] if s["kind"] == "indirect")
        assert totals.topics.gold == sum(len(f.get("topics", ())) for f in files)
        assert totals.outcomes.gold == sum(len(f.get("outcomes", ())) for f in files)
        assert all(0.0 <= value <= 1.0 for value in report.figures().values())
        assert totals.people.tp > 0
        assert totals.direct.tp > 0
