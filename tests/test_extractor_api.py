"""The public API: the package surface, input checking, reuse, per-extractor lexicons, presets."""

from __future__ import annotations

import datetime as dt
import pickle
import re
from concurrent.futures import ThreadPoolExecutor
from importlib import resources
from pathlib import Path

import pytest

import diplomeet
import diplomeet.lexicons
from diplomeet import Extraction, Extractor, Lexicon, LexiconError, Options
from diplomeet.testing import compact

pytest_plugins = ["diplomeet.pytest_plugin"]

ROOT = Path(__file__).resolve().parent.parent

MEETING = "Dutch Prime Minister Mark Rutte received Belgian Prime Minister Alexander De Croo at the Catshuis on Friday."
QUOTED = (
    "Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Tuesday. "
    "“We agree on every point that matters,” Scholz said. Macron said the talks had been useful."
)
CATSHUIS = {"name": "Catshuis", "city": "The Hague", "country": "Netherlands"}


class TestSurface:
    def test_exact_all(self):
        """The package exports exactly these names, sorted: adding one is a deliberate act."""
        assert diplomeet.__all__ == [
            "DiplomeetError",
            "Duration",
            "Entry",
            "Extraction",
            "Extractor",
            "Lexicon",
            "LexiconError",
            "Meeting",
            "MeetingKind",
            "MeetingStatus",
            "Mention",
            "MentionForm",
            "Options",
            "Outcome",
            "OutcomeKind",
            "Participant",
            "ParticipantKind",
            "Place",
            "Precision",
            "Qualifier",
            "RuleNotFoundError",
            "Span",
            "Statement",
            "StatementKind",
            "Story",
            "TimeRef",
            "Topic",
            "__version__",
            "extract",
            "reconcile",
        ]

    def test_every_name_is_there(self):
        """Every exported name is an attribute of the package."""
        assert [name for name in diplomeet.__all__ if not hasattr(diplomeet, name)] == []

    def test_version_matches_the_project(self):
        """__version__ is the version in pyproject.toml."""
        found = re.search(r'^version = "([^"]+)"$', (ROOT / "pyproject.toml").read_text(encoding="utf-8"), re.MULTILINE)
        assert found is not None
        assert diplomeet.__version__ == found.group(1)

    def test_typed_package(self):
        """The package ships py.typed, so type checkers read its annotations."""
        assert resources.files("diplomeet").joinpath("py.typed").is_file()

    def test_extract_is_the_default_extractors(self):
        """diplomeet.extract is bound to a default-preset Extractor."""
        default = diplomeet.extract.__self__
        assert isinstance(default, Extractor)
        assert default.rules.names(enabled_only=True) == Extractor().rules.names(enabled_only=True)


class TestInputs:
    @pytest.mark.parametrize(
        ("text", "message"),
        [
            (b"Scholz met Macron.", "text must be a str, not bytes (decode bytes first, e.g. data.decode('utf-8'))"),
            (bytearray(b"x"), "text must be a str, not bytearray (decode bytes first, e.g. data.decode('utf-8'))"),
            (None, "text must be a str, not NoneType"),
            (42, "text must be a str, not int"),
            (["Scholz met Macron."], "text must be a str, not list"),
        ],
        ids=["bytes", "bytearray", "none", "int", "list"],
    )
    def test_text_must_be_str(self, text, message):
        """Anything but a str is a TypeError that says what was given and, for bytes, what to do."""
        with pytest.raises(TypeError) as info:
            diplomeet.extract(text)
        assert str(info.value) == message

    @pytest.mark.parametrize("published", ["yesterday", "2023-13-01", "", "19/06/2023"])
    def test_bad_published_string(self, published):
        """A publication date string that is not ISO 8601 is a ValueError quoting it."""
        with pytest.raises(ValueError) as info:
            diplomeet.extract("Scholz met Macron.", published=published)
        assert str(info.value) == (
            f"cannot read a publication date from {published!r}: "
            "expected ISO 8601 'YYYY-MM-DD', optionally followed by a time"
        )

    @pytest.mark.parametrize("published", [20230619, 2023.5, b"2023-06-19", ["2023-06-19"]])
    def test_bad_published_type(self, published):
        """A publication date of another type is a TypeError listing the accepted ones."""
        with pytest.raises(TypeError) as info:
            diplomeet.extract("Scholz met Macron.", published=published)
        assert str(info.value) == (
            "published must be a datetime.date, a datetime.datetime, an ISO 8601 string or None, "
            f"not {type(published).__name__}"
        )

    @pytest.mark.parametrize(
        "published",
        [
            dt.date(2023, 6, 19),
            dt.datetime(2023, 6, 19, 23, 59, tzinfo=dt.timezone.utc),
            "2023-06-19",
            "2023-06-19T08:30:00",
        ],
        ids=["date", "datetime", "iso", "iso-time"],
    )
    def test_published_becomes_a_date(self, published):
        """Dates, datetimes and ISO strings all give the same publication day."""
        assert diplomeet.extract("Scholz met Macron.", published=published).published == dt.date(2023, 6, 19)

    @pytest.mark.parametrize("text", ["", " ", "\n\n\t", "\u00a0\u2003", "..."])
    def test_empty_text_gives_an_empty_result(self, text):
        """A text with nothing in it gives an extraction with no records, keeping the text and date."""
        assert diplomeet.extract(text, published="2023-06-19") == Extraction(text, dt.date(2023, 6, 19))


class TestReuse:
    def test_same_text_same_result(self):
        """An extractor reused across articles gives each article the result it gives alone."""
        extractor = Extractor()
        first = extractor.extract(QUOTED, published="2024-05-08")
        extractor.extract(MEETING, published="2023-05-15")
        assert extractor.extract(QUOTED, published="2024-05-08") == first
        assert Extractor().extract(QUOTED, published="2024-05-08") == first

    def test_threads_share_one_extractor(self):
        """Several threads extracting with one extractor get the sequential results."""
        extractor = Extractor()
        texts = [QUOTED, MEETING] * 4
        expected = [Extractor().extract(t) for t in texts]
        with ThreadPoolExecutor(max_workers=4) as pool:
            assert list(pool.map(extractor.extract, texts)) == expected

    def test_pickled_extractor_keeps_its_configuration(self):
        """An unpickled extractor has the same rules, options and added entries."""
        extractor = Extractor(options=Options(min_quote_words=5)).add_entries("venues", [CATSHUIS])
        extractor.rules.disable("outcomes")
        again = pickle.loads(pickle.dumps(extractor))  # noqa: S301 (bytes made just above)
        assert again.rules.names(enabled_only=True) == extractor.rules.names(enabled_only=True)
        assert again.options == Options(min_quote_words=5)
        assert again.extract(MEETING) == extractor.extract(MEETING)

    def test_repr_names_the_enabled_rules(self):
        """The repr lists the enabled rules in order."""
        extractor = Extractor("quotes")
        assert repr(extractor) == "Extractor(rules=['quotes', 'sentences', 'mentions', 'people', 'statements'])"


class TestLexicons:
    def test_added_entries_change_this_extractor_only(self, diplomeet_expect, extractor):
        """A venue added to one extractor places its meetings; the default and other extractors are unchanged."""
        before = len(diplomeet.extract.__self__.lexicon("venues"))
        extractor.add_entries("venues", [CATSHUIS])
        diplomeet_expect(
            MEETING, meetings=[{"participants": ["Mark Rutte", "Alexander De Croo"], "location": "The Hague"}]
        )
        # without the entry the venue is kept as written, with no city
        assert [m["location"] for m in compact(diplomeet.extract(MEETING))["meetings"]] == ["Catshuis"]
        assert [m["location"] for m in compact(Extractor().extract(MEETING))["meetings"]] == ["Catshuis"]
        assert len(diplomeet.extract.__self__.lexicon("venues")) == before
        assert len(extractor.lexicon("venues")) == before + 1

    def test_change_after_use_takes_effect(self):
        """Entries added after an extractor has already read articles apply to the next article."""
        extractor = Extractor()
        assert extractor.extract(MEETING).meetings[0].location.city is None
        extractor.add_entries("venues", [CATSHUIS])
        assert extractor.extract(MEETING).meetings[0].location.city == "The Hague"

    def test_lexicon_file(self, tmp_path):
        """add_lexicon_file adds the entries of a file named after the lexicon it extends."""
        path = tmp_path / "venues.tsv"
        path.write_text(
            "# venues: residences of Dutch leaders.\nname\tcity\tcountry\taliases\nCatshuis\tThe Hague\tNetherlands\n",
            encoding="utf-8",
        )
        extractor = Extractor().add_lexicon_file(str(path))
        assert extractor.extract(MEETING).meetings[0].location.venue == "Catshuis"

    def test_lexicon_file_with_another_name(self, tmp_path):
        """A file with another name extends the lexicon named explicitly."""
        path = tmp_path / "dutch.tsv"
        path.write_text("name\tcity\tcountry\nCatshuis\tThe Hague\tNetherlands\n", encoding="utf-8")
        extractor = Extractor().add_lexicon_file(str(path), name="venues")
        assert "Catshuis" in extractor.lexicon("venues")

    def test_lexicons_argument_replaces_a_shipped_one(self):
        """Extractor(lexicons=...) replaces the shipped lexicon of that name for that extractor."""
        tiny = Lexicon.from_text("venues", "name\tcity\tcountry\taliases\nCatshuis\tThe Hague\tNetherlands\n")
        extractor = Extractor(lexicons={"venues": tiny})
        assert extractor.lexicon("venues").texts() == ["Catshuis"]
        assert len(Extractor().lexicon("venues")) > 1

    def test_set_lexicon_returns_the_extractor(self):
        """set_lexicon and add_entries return the extractor, for chaining."""
        extractor = Extractor()
        assert extractor.add_entries("venues", [CATSHUIS]) is extractor
        assert extractor.set_lexicon(extractor.lexicon("venues")) is extractor

    @pytest.mark.parametrize(
        ("name", "entries", "message"),
        [
            ("nope", ["x"], "no lexicon named 'nope' (neither added nor shipped)"),
            ("venues", [{"name": "X", "town": "Y"}], "lexicon 'venues' has no column(s) ['town']; it has "),
            ("venues", [{"city": "Y"}], "lexicon 'venues': entry {'city': 'Y'} has no 'name'"),
            ("venues", ["  "], "lexicon 'venues': empty surface form"),
        ],
        ids=["unknown-lexicon", "unknown-column", "no-key", "blank"],
    )
    def test_bad_entries(self, name, entries, message):
        """Entries that do not fit are a LexiconError (a ValueError) and change nothing."""
        extractor = Extractor()
        with pytest.raises(LexiconError) as info:
            extractor.add_entries(name, entries)
        assert str(info.value).startswith(message)
        assert isinstance(info.value, ValueError)
        assert "X" not in extractor.lexicon("venues")

    def test_a_malformed_shipped_lexicon_says_where(self, monkeypatch):
        """A shipped lexicon that does not parse (a user's edit of the data files) names its line, not a
        missing lexicon."""

        def broken(name):
            raise LexiconError(f"lexicon {name!r} line 17: 7 cells for 1 columns")

        monkeypatch.setattr(diplomeet.lexicons, "load", broken)
        with pytest.raises(LexiconError, match=r"^lexicon 'venues' line 17: 7 cells for 1 columns$"):
            Extractor().lexicon("venues")


class TestPresets:
    def test_zero_runs_nothing(self):
        """The zero preset has every rule disabled: nothing is found."""
        assert Extractor("zero").rules.names(enabled_only=True) == []
        assert Extractor("zero").extract(QUOTED) == Extraction(QUOTED)

    def test_quotes_finds_quotations_only(self):
        """The quotes preset gives speakers and direct quotations, no meetings and no reported speech."""
        result = Extractor("quotes").extract(QUOTED, published="2024-05-08")
        assert [(s.speaker.name, s.text, s.kind.value) for s in result.statements] == [
            ("Olaf Scholz", "We agree on every point that matters,", "direct")
        ]
        assert result.meetings == ()

    def test_default_reports_indirect_speech(self, diplomeet_expect):
        """The default preset also reports reported speech."""
        diplomeet_expect(
            QUOTED,
            published="2024-05-08",
            statements=[
                {"speaker": "Olaf Scholz", "kind": "direct"},
                {"speaker": "Emmanuel Macron", "text": "the talks had been useful", "kind": "indirect"},
            ],
        )

    def test_options_override_the_presets(self):
        """Options given to the extractor replace the preset's."""
        extractor = Extractor(options=Options(indirect_statements=False))
        assert [s.kind.value for s in extractor.extract(QUOTED).statements] == ["direct"]

    def test_unknown_preset(self):
        """An unknown preset name is a ValueError listing the presets."""
        with pytest.raises(ValueError) as info:
            Extractor("strict-ish")
        assert str(info.value) == "no preset named 'strict-ish'; choose one of ['default', 'quotes', 'zero']"

    def test_presets_are_independent(self):
        """Editing one extractor's chain leaves a new extractor of the same preset untouched."""
        first = Extractor()
        first.rules.disable("meetings")
        first.rules.push("extra", lambda state: None)
        second = Extractor()
        assert "extra" not in second.rules
        assert "meetings" in second.rules.names(enabled_only=True)
