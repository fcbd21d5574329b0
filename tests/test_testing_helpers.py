"""diplomeet.testing and diplomeet.pytest_plugin: compact shapes, expectations with diffs, gold folders."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplomeet import (
    DiplomeetError,
    Extraction,
    Extractor,
    Meeting,
    Mention,
    Outcome,
    Participant,
    Place,
    Precision,
    Span,
    Statement,
    TimeRef,
    Topic,
)
from diplomeet.evaluate import GoldError
from diplomeet.testing import (
    ExpectationError,
    FloorError,
    GoldArticle,
    compact,
    diff,
    expect,
    read_gold_folder,
)

pytest_plugins = ["pytester", "diplomeet.pytest_plugin"]


def gold_articles(*args: Any, **kwargs: Any) -> Any:
    """diplomeet.pytest_plugin.gold_articles, imported after pytest has registered the module as a plugin."""
    from diplomeet.pytest_plugin import gold_articles as helper  # noqa: PLC0415 (see docstring)

    return helper(*args, **kwargs)


TEXT = "Olaf Scholz met Emmanuel Macron in Paris on Tuesday. “We agree on Ukraine,” Scholz said. They agreed to meet again."


def span(sub: str, nth: int = 0) -> Span:
    """The span of the nth occurrence of *sub* in TEXT."""
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(sub, start + 1)
    return Span.of(TEXT, start, start + len(sub))


SCHOLZ = Participant(
    "Olaf Scholz",
    aliases=["Scholz"],
    title="Chancellor",
    country="Germany",
    mentions=[Mention(span("Olaf Scholz")), Mention(span("Scholz", 1))],
)
MACRON = Participant("Emmanuel Macron", mentions=[Mention(span("Emmanuel Macron"))])
AGREED = Outcome("agreed", "to meet again", span("to meet again"), ["Olaf Scholz", "Emmanuel Macron"])
MEETING = Meeting(
    [SCHOLZ, MACRON],
    "held",
    date=TimeRef("Tuesday", dt.date(2024, 5, 7), Precision.DAY, span("Tuesday")),
    location=Place("Paris", city="Paris", country="France", span=span("Paris")),
    evidence=[span("Olaf Scholz met Emmanuel Macron")],
    cameo="040",
    plover="CONSULT",
    topics=[Topic("Ukraine", span("Ukraine"))],
    outcomes=[AGREED],
)
QUOTE = Statement("We agree on Ukraine,", span("We agree on Ukraine,"), "direct", SCHOLZ, "said")
EXTRACTION = Extraction(TEXT, dt.date(2024, 5, 8), [SCHOLZ, MACRON], [MEETING], [QUOTE])


class Canned:
    """A stand-in extractor that returns a prepared extraction and records its calls."""

    def __init__(self, result: Extraction) -> None:
        self.result = result
        self.calls: list[tuple[str, Any]] = []

    def extract(self, text: str, *, published: Any = None) -> Extraction:
        self.calls.append((text, published))
        return self.result


class TestCompact:
    def test_every_category(self):
        """compact() gives names, ISO dates, place names, minutes, labels and compact outcomes."""
        assert compact(EXTRACTION) == {
            "participants": [
                {
                    "name": "Olaf Scholz",
                    "kind": "person",
                    "title": "Chancellor",
                    "country": "Germany",
                    "aliases": ["Scholz"],
                },
                {"name": "Emmanuel Macron", "kind": "person", "title": None, "country": None, "aliases": []},
            ],
            "meetings": [
                {
                    "participants": ["Olaf Scholz", "Emmanuel Macron"],
                    "others": [],
                    "status": "held",
                    "kind": "meeting",
                    "date": "2024-05-07",
                    "location": "Paris",
                    "duration": None,
                    "cameo": "040",
                    "plover": "CONSULT",
                    "topics": ["Ukraine"],
                    "outcomes": [
                        {"kind": "agreed", "text": "to meet again", "parties": ["Olaf Scholz", "Emmanuel Macron"]}
                    ],
                }
            ],
            "statements": [
                {
                    "speaker": "Olaf Scholz",
                    "text": "We agree on Ukraine,",
                    "kind": "direct",
                    "verb": "said",
                    "channel": None,
                }
            ],
            "topics": [],
            "outcomes": [],
        }

    def test_date_at_its_precision(self):
        """A month-precision date is compacted to YYYY-MM; an unresolved one to None."""
        month = attrs.evolve(MEETING, date=TimeRef("in May", dt.date(2024, 5, 1), Precision.MONTH))
        unknown = attrs.evolve(MEETING, date=TimeRef("soon"))
        result = attrs.evolve(EXTRACTION, meetings=[month, unknown])
        assert [m["date"] for m in compact(result)["meetings"]] == ["2024-05", None]

    def test_compact_is_json_ready(self):
        """compact() output survives a JSON round trip unchanged."""
        data = compact(EXTRACTION)
        assert json.loads(json.dumps(data)) == data


class TestDiff:
    def test_agreement_is_empty(self):
        """An extraction that meets every expectation gives an empty diff."""
        assert (
            diff(
                EXTRACTION,
                participants=["Olaf Scholz", {"name": "Emmanuel Macron", "title": None}],
                meetings=[
                    {"participants": ["Emmanuel Macron", "Olaf Scholz"], "date": "2024-05-07", "location": "Paris"}
                ],
                statements=[{"speaker": "Olaf Scholz", "text": "We agree on Ukraine,"}],
                topics=[],
                outcomes=[],
            )
            == ""
        )

    def test_full_compact_form_is_an_expectation(self):
        """The output of compact() is itself an expectation the extraction meets."""
        assert diff(EXTRACTION, **compact(EXTRACTION)) == ""

    def test_report_shows_expected_and_found(self):
        """A mismatch is reported per category: expected (-), found (+), and the keys that differ."""
        report = diff(
            EXTRACTION,
            meetings=[{"participants": ["Emmanuel Macron", "Olaf Scholz"], "date": "2024-05-06", "status": "held"}],
            statements=[],
        )
        assert report.splitlines() == [
            f"text: {TEXT!r}",
            "meetings: 1 expected, 1 found",
            '  - [0] {"participants": ["Emmanuel Macron", "Olaf Scholz"], "date": "2024-05-06", "status": "held"}',
            '  + [0] {"participants": ["Emmanuel Macron", "Olaf Scholz"], "date": "2024-05-07", "status": "held"}',
            "        differs in: date",
            "statements: 0 expected, 1 found",
            '  + [0] {"speaker": "Olaf Scholz", "text": "We agree on Ukraine,", "kind": "direct", "verb": "said", "channel": null}',
            "        unexpected",
        ]

    def test_missing_record(self):
        """An expected record beyond those found is reported as missing."""
        report = diff(EXTRACTION, participants=["Olaf Scholz", "Emmanuel Macron", "Xi Jinping"])
        assert report.splitlines()[1:] == [
            "participants: 3 expected, 2 found",
            '    [0] {"name": "Olaf Scholz"}',
            '    [1] {"name": "Emmanuel Macron"}',
            '  - [2] {"name": "Xi Jinping"}',
            "        missing",
        ]

    def test_order_matters_between_records(self):
        """Records are compared in the extraction's order."""
        report = diff(EXTRACTION, participants=["Emmanuel Macron", "Olaf Scholz"])
        assert "differs in: name" in report

    def test_names_compare_as_multisets(self):
        """Participants, others, aliases and parties compare without order, but with count."""
        assert diff(EXTRACTION, meetings=[["Emmanuel Macron", "Olaf Scholz"]]) == ""
        assert "differs in: participants" in diff(EXTRACTION, meetings=[["Olaf Scholz", "Olaf Scholz"]])
        outcome = {"kind": "agreed", "parties": ["Emmanuel Macron", "Olaf Scholz"]}
        assert diff(EXTRACTION, meetings=[{"outcomes": [outcome]}]) == ""

    def test_nested_outcomes_are_partial(self):
        """A meeting's expected outcomes are partial mappings, compared in order."""
        assert diff(EXTRACTION, meetings=[{"outcomes": [{"kind": "agreed"}]}]) == ""
        assert "differs in: outcomes" in diff(EXTRACTION, meetings=[{"outcomes": [{"kind": "pledged"}]}])
        assert "differs in: outcomes" in diff(EXTRACTION, meetings=[{"outcomes": []}])

    def test_date_objects_stand_for_iso(self):
        """A datetime.date in an expectation compares as its ISO form."""
        assert diff(EXTRACTION, meetings=[{"date": dt.date(2024, 5, 7)}]) == ""

    def test_shorthands(self):
        """A bare string is a participant name, a statement text or a topic label."""
        assert (
            diff(EXTRACTION, participants=["Olaf Scholz", "Emmanuel Macron"], statements=["We agree on Ukraine,"]) == ""
        )
        assert "differs in: text" in diff(EXTRACTION, statements=["We agree on Ukraine"])

    def test_empty_list_requires_none(self):
        """[] means there must be no record of that category."""
        assert diff(EXTRACTION, topics=[]) == ""
        assert diff(EXTRACTION, meetings=[]).splitlines()[1] == "meetings: 0 expected, 1 found"

    def test_long_text_is_shortened_in_the_report(self):
        """The report's first line shows at most 160 characters of the article, on one line."""
        text = "Olaf Scholz spoke.\n" + "x " * 200
        first = diff(Extraction(text), participants=["Olaf Scholz"]).splitlines()[0]
        assert first == "text: " + repr("Olaf Scholz spoke. " + "x " * 70 + "…")

    @pytest.mark.parametrize(
        ("expectations", "error", "message"),
        [
            (
                {},
                TypeError,
                "nothing to check: give at least one of participants, meetings, statements, topics, outcomes",
            ),
            ({"meetings": [{"place": "Paris"}]}, ValueError, "meetings[0]: unknown key(s) ['place']; a meeting has"),
            ({"participants": [{}]}, ValueError, "participants[0]: an empty expectation checks nothing"),
            ({"meetings": ["Olaf Scholz"]}, TypeError, "meetings[0]: a meeting expectation is a mapping, not a str"),
            ({"statements": [3]}, TypeError, "statements[0]: expected a mapping of speaker, text, kind, verb, channel"),
            ({"participants": "Olaf Scholz"}, TypeError, "participants: expected a list of expectations, not str"),
            (
                {"meetings": [{"participants": "Olaf Scholz"}]},
                TypeError,
                "meetings[0].participants: expected a list of names",
            ),
            ({"outcomes": [{"kind": "agreed", "who": []}]}, ValueError, "outcomes[0]: unknown key(s) ['who']"),
        ],
        ids=["nothing", "unknown-key", "empty", "str-meeting", "int-statement", "str-list", "str-names", "outcome-key"],
    )
    def test_malformed_expectations(self, expectations, error, message):
        """A malformed expectation is an error naming where it is, never a silent pass."""
        with pytest.raises(error) as info:
            diff(EXTRACTION, **expectations)
        assert str(info.value).startswith(message)


class TestExpect:
    def test_returns_the_extraction(self):
        """expect() passes text and date to the extractor and returns its result when it agrees."""
        canned = Canned(EXTRACTION)
        assert (
            expect(TEXT, published="2024-05-08", extractor=canned, meetings=[["Olaf Scholz", "Emmanuel Macron"]])
            is EXTRACTION
        )
        assert canned.calls == [(TEXT, "2024-05-08")]

    def test_raises_with_the_report(self):
        """A mismatch raises ExpectationError whose message is a heading and the diff."""
        with pytest.raises(ExpectationError) as info:
            expect(TEXT, extractor=Canned(EXTRACTION), statements=[{"speaker": "Emmanuel Macron"}])
        assert str(info.value) == "\n".join(
            [
                "the extraction differs from the expectation",
                diff(EXTRACTION, statements=[{"speaker": "Emmanuel Macron"}]),
            ]
        )

    def test_error_classes(self):
        """ExpectationError is an AssertionError (a test failure) and a DiplomeetError; FloorError is one too."""
        assert issubclass(ExpectationError, AssertionError)
        assert issubclass(ExpectationError, DiplomeetError)
        assert issubclass(FloorError, ExpectationError)

    def test_default_extractor(self):
        """Without an extractor, expect() reads the text with the default one."""
        expect(
            "Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Tuesday.",
            published="2024-05-08",
            meetings=[{"participants": ["Emmanuel Macron", "Olaf Scholz"], "status": "held", "date": "2024-05-07"}],
        )

    def test_fixture_binds_the_extractor(self, diplomeet_expect, extractor):
        """The diplomeet_expect fixture reads with the extractor fixture's extractor."""
        extractor.rules.enable_only([])
        diplomeet_expect("Chancellor Olaf Scholz met President Emmanuel Macron in Paris.", participants=[], meetings=[])


def _names() -> st.SearchStrategy[str]:
    return st.sampled_from(["Olaf Scholz", "Emmanuel Macron", "Giorgia Meloni", "Pedro Sanchez", "Donald Tusk"])


class TestInvariants:
    @settings(max_examples=40, deadline=None)
    @given(
        st.lists(
            st.tuples(
                _names(),
                _names(),
                st.sampled_from(["met", "held talks with", "will meet"]),
                st.sampled_from(["Paris", "Berlin", "Rome", "Warsaw"]),
                st.sampled_from(["Monday", "Friday"]),
            ),
            min_size=1,
            max_size=4,
        )
    )
    def test_an_extraction_meets_its_own_compact_form(self, sentences):
        """For any news text, diff(x, **compact(x)) is empty: the compact form is a faithful expectation."""
        text = " ".join(f"{a} {verb} {b} in {city} on {day}." for a, b, verb, city, day in sentences)
        result = _EXTRACTOR.extract(text, published="2024-05-08")
        assert diff(result, **compact(result)) == ""

    @settings(max_examples=40, deadline=None)
    @given(st.sampled_from(["participants", "meetings", "statements"]), st.data())
    def test_any_changed_value_is_reported(self, category, data):
        """Changing any one value of the compact form makes the diff name that key."""
        expected = compact(EXTRACTION)
        record = dict(expected[category][0])
        key = data.draw(st.sampled_from(sorted(record)))
        value = record[key]
        if isinstance(value, list):
            record[key] = [] if value else ["Someone Else"]
        else:
            record[key] = f"not {value}"
        report = diff(EXTRACTION, **{category: [record]})
        assert f"differs in: {key}" in report


_EXTRACTOR = Extractor()


def write_gold(folder: Path, name: str, text: str, gold: dict[str, Any]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / f"{name}.json").write_text(json.dumps(gold), encoding="utf-8")


MEETING_TEXT = "Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Tuesday."
MEETING_GOLD = {
    "id": "paris",
    "published": "2024-05-08",
    "people": [
        {"name": "Olaf Scholz", "aliases": [], "title": "Chancellor", "country": None},
        {"name": "Emmanuel Macron", "aliases": [], "title": "President", "country": None},
    ],
    "meetings": [
        {
            "participants": ["Olaf Scholz", "Emmanuel Macron"],
            "status": "held",
            "date": "2024-05-07",
            "location": "Paris",
            "duration_minutes": None,
            "evidence": "Olaf Scholz met President Emmanuel Macron",
        }
    ],
    "statements": [],
}
MISSED_GOLD = {
    "people": [{"name": "Giorgia Meloni", "aliases": ["Meloni"], "title": None, "country": None}],
    "meetings": [],
    "statements": [{"speaker": "Giorgia Meloni", "kind": "indirect", "quote": "the talks went well"}],
}
MISSED_TEXT = "The talks went well, a source close to the talks said."


@pytest.fixture
def gold_folder(tmp_path: Path) -> Path:
    """Two gold articles: one the default extractor gets right; one whose gold names a person the text does not."""
    folder = tmp_path / "gold"
    write_gold(folder, "a-paris", MEETING_TEXT, MEETING_GOLD)
    # the unnamed source's words are reported, by no one named
    write_gold(
        folder,
        "b-missed",
        MISSED_TEXT,
        {**MISSED_GOLD, "statements": [{"speaker": None, "kind": "indirect", "quote": "The talks went well"}]},
    )
    (folder / "manifest.json").write_text('{"articles": 2}', encoding="utf-8")
    return folder


class TestGoldFolder:
    def test_reads_articles_in_file_order_with_floors(self, gold_folder):
        """Articles come sorted by file name, ids from the JSON or the stem, floors merged per article."""
        articles = read_gold_folder(
            gold_folder, floors={"people": 0.5, "meetings": 1.0}, per_article={"b-missed": {"people": 0.0}}
        )
        assert [(a.id, a.floors) for a in articles] == [
            ("paris", {"people": 0.5, "meetings": 1.0}),
            ("b-missed", {"people": 0.0, "meetings": 1.0}),
        ]
        assert articles[0].gold.published == "2024-05-08"

    def test_check_passes_and_returns_the_score(self, gold_folder):
        """An article that reaches its floors returns its score."""
        article = read_gold_folder(gold_folder, floors={"people": 1.0, "meetings": 1.0, "date": 1.0})[0]
        score = article.check(Extractor())
        assert (score.scores.people.tp, score.scores.meetings.tp, score.scores.date.correct) == (2, 1, 1)

    def test_check_fails_with_shortfalls_and_misses(self, gold_folder):
        """An article below a floor raises FloorError listing the figures and the misses."""
        article = read_gold_folder(gold_folder, floors={"people": 0.9, "meetings.recall": 1.0})[1]
        with pytest.raises(FloorError) as info:
            article.check(Extractor())
        assert str(info.value).splitlines() == [
            "b-missed: below floor: people 0.000 < 0.9",
            "  people FN: Giorgia Meloni",
        ]

    def test_unjudged_accuracy_is_not_a_shortfall(self, gold_folder):
        """An accuracy floor does not apply when no matched meeting gives that attribute."""
        article = read_gold_folder(gold_folder, floors={"duration": 1.0, "date": 1.0})[0]
        assert article.shortfalls(article.score(Extractor())) == []

    def test_extract_uses_the_annotated_date(self, gold_folder):
        """GoldArticle.extract reads the text with the gold's publication date."""
        canned = Canned(Extraction(MEETING_TEXT))
        read_gold_folder(gold_folder)[0].extract(canned)
        assert canned.calls == [(MEETING_TEXT, "2024-05-08")]

    @pytest.mark.parametrize(
        ("kwargs", "message"),
        [
            ({"floors": {"people": 1.5}}, "floors: the floor of 'people' must be a number from 0 to 1, not 1.5"),
            ({"floors": {"people": True}}, "floors: the floor of 'people' must be a number from 0 to 1, not True"),
            ({"floors": {"peple": 0.5}}, "floors: unknown figure 'peple'"),
            ({"per_article": {"zzz": {"people": 0.5}}}, "per_article names article(s) not in"),
        ],
        ids=["range", "bool", "name", "article"],
    )
    def test_bad_floors(self, gold_folder, kwargs, message):
        """Floors are checked when the folder is read: range, type, figure name, article id."""
        with pytest.raises(ValueError) as info:
            read_gold_folder(gold_folder, **kwargs)
        assert str(info.value).startswith(message)

    def test_malformed_gold_is_an_error(self, tmp_path):
        """A quote that is not in the text stops the reading with the file's name."""
        write_gold(
            tmp_path, "bad", MISSED_TEXT, {**MISSED_GOLD, "statements": [{"kind": "direct", "quote": "not there"}]}
        )
        with pytest.raises(GoldError, match=r"bad\.json"):
            read_gold_folder(tmp_path)

    def test_missing_folder(self, tmp_path):
        """A folder that does not exist is an error."""
        with pytest.raises(NotADirectoryError):
            read_gold_folder(tmp_path / "nope")

    def test_gold_article_is_a_value(self, gold_folder):
        """Gold articles compare and hash by value."""
        first = read_gold_folder(gold_folder, floors={"people": 0.5})
        second = read_gold_folder(gold_folder, floors={"people": 0.5})
        assert first == second
        assert len({hash(a) for a in first + second}) == 2
        assert isinstance(first[0], GoldArticle)


class TestGoldParams:
    def test_one_param_per_article(self, gold_folder):
        """gold_articles() gives one pytest.param per article, with its id and xfail marks."""
        params = gold_articles(gold_folder, floors={"people": 1.0}, xfail={"b-missed": "names no one"})
        assert [p.id for p in params] == ["paris", "b-missed"]
        assert params[0].marks == []
        mark = params[1].marks[0]
        assert (mark.name, mark.kwargs) == ("xfail", {"reason": "names no one", "raises": FloorError, "strict": True})

    def test_unknown_xfail(self, gold_folder):
        """An xfail entry for an article the folder lacks is an error."""
        with pytest.raises(ValueError, match=r"xfail names article\(s\) not in .*: \['zzz'\]"):
            gold_articles(gold_folder, xfail={"zzz": "typo"})

    def test_skip_missing(self, tmp_path):
        """With skip_missing, an absent folder gives one skipped param instead of an error."""
        params = gold_articles(tmp_path / "nope", skip_missing="corpus not checked out")
        assert [(p.id, p.marks[0].name, p.marks[0].kwargs) for p in params] == [
            ("missing", "skip", {"reason": "corpus not checked out"})
        ]
        with pytest.raises(NotADirectoryError):
            gold_articles(tmp_path / "nope")


CONFTEST = """
import pytest
from diplomeet import Extractor

pytest_plugins = ["diplomeet.pytest_plugin"]
"""


class TestPytestPlugin:
    def test_fixtures_in_a_user_suite(self, pytester):
        """A suite that enables the plugin gets extractor and diplomeet_expect; a failure shows the diff."""
        pytester.makeconftest(CONFTEST)
        pytester.makepyfile(
            test_user="""
            from diplomeet import Extractor

            def test_fresh(extractor):
                assert isinstance(extractor, Extractor)
                extractor.rules.disable("meetings")

            def test_isolated(extractor):
                assert "meetings" in extractor.rules.names(enabled_only=True)

            def test_wrong(diplomeet_expect):
                diplomeet_expect("Chancellor Olaf Scholz met President Emmanuel Macron in Paris.", meetings=[])
            """
        )
        result = pytester.runpytest("-p", "no:cacheprovider")
        result.assert_outcomes(passed=2, failed=1)
        result.stdout.fnmatch_lines(
            [
                "*ExpectationError: the extraction differs from the expectation",
                "*meetings: 0 expected, 1 found",
                "*  + ?0? {*Olaf Scholz*}",
                "*unexpected",
            ]
        )
        result.stdout.fnmatch_lines(["diplomeet 0.1.0; registered diplomeet plugins: *"])

    def test_overridden_extractor_feeds_diplomeet_expect(self, pytester):
        """Overriding the extractor fixture changes what diplomeet_expect reads with."""
        pytester.makeconftest(
            CONFTEST
            + """

@pytest.fixture
def extractor():
    return Extractor("zero")
"""
        )
        pytester.makepyfile(
            test_user="""
            def test_nothing(diplomeet_expect):
                diplomeet_expect("Chancellor Olaf Scholz met President Emmanuel Macron.", participants=[], meetings=[])
            """
        )
        pytester.runpytest("-p", "no:cacheprovider").assert_outcomes(passed=1)

    def test_gold_parametrization(self, pytester, gold_folder):
        """gold_articles() parametrizes by article id; a known failure is a strict xfail."""
        pytester.makeconftest(CONFTEST)
        pytester.makepyfile(
            test_gold=f"""
            import pytest
            from diplomeet.pytest_plugin import gold_articles

            @pytest.mark.parametrize(
                "article",
                gold_articles({str(gold_folder)!r}, floors={{"people": 1.0}}, xfail={{"b-missed": "names no one"}}),
            )
            def test_floors(article, extractor):
                article.check(extractor)
            """
        )
        result = pytester.runpytest("-v", "-p", "no:cacheprovider")
        result.assert_outcomes(passed=1, xfailed=1)
        result.stdout.fnmatch_lines(["*test_floors?paris? PASSED*", "*test_floors?b-missed? XFAIL*"])

    def test_not_registered_automatically(self, pytester):
        """Without pytest_plugins the fixtures are not there: the plugin is opt-in."""
        pytester.makepyfile(test_user="def test_x(diplomeet_expect):\n    pass\n")
        result = pytester.runpytest("-p", "no:cacheprovider")
        result.assert_outcomes(errors=1)
        result.stdout.fnmatch_lines(["*fixture 'diplomeet_expect' not found*"])
