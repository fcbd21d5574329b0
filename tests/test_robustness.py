"""extract is total over str: no input raises, every span slices the text, output is deterministic.

Speed is not asserted here (see ``benchmarks/adversarial.py`` for the linear-time
ratios); these tests check that hostile shapes are read without error and that the
fast paths added for speed give exactly what the plain ones give.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import diplomeet
from diplomeet import Extraction, Extractor
from diplomeet.document import Document
from diplomeet.patterns import TOKEN, compile_pattern
from diplomeet.state import ExtractionState
from diplomeet.temporal import _duration_patterns, _Scanner, _time_patterns

NEWS_WORDS = [
    "China-U.S.",
    "Sino-U.S. ",
    "Blinken",
    "Xi Jinping",
    "Secretary of State",
    "President",
    "Wang Yi",
    "met",
    "said",
    "told",
    "talks",
    "with",
    "in",
    "Beijing",
    "on",
    "Monday",
    "June",
    "19",
    "2023",
    "last",
    "week",
    "the",
    "a",
    "35-minute",
    "call",
    "he",
    "she",
    "will",
    "visit",
    "“",
    "”",
    '"',
    "'",
    "’",
    "‘",
    "«",
    "»",
    "„",
    ",",
    ".",
    ":",
    "—",
    "(",
    ")",
    "\n",
    "\n\n",
    " ",
    "  ",
    "\t",
    "\u00a0",
    "\u2009",
    "\u3000",
    "\u200b",
    "\u00ad",
    "\x00",
    "\x1f",
    "\r\n",
    "\r",
    "\u2028",
    "U.S.",
    "Xi’s",
    "O'Brien",
    "Jae-in",
    "Erdoğan",
    "é\u0301",
    "²",
    "ago",
    "three",
    "days",
    "hour-long",
    "more than",
    "early",
    "mid-May",
    "from",
    "to",
    "between",
    "and",
    "10-11",
]
"""Pieces of news text and of its debris, for strategies that reach the rules' interesting paths."""

news_text = st.lists(st.sampled_from(NEWS_WORDS), max_size=60).map(" ".join)
any_text = st.one_of(st.text(), news_text, st.lists(st.sampled_from(NEWS_WORDS), max_size=40).map("".join))
published = st.one_of(
    st.none(),
    st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)),
    st.datetimes(),
    st.dates(min_value=dt.date(1000, 1, 1)).map(dt.date.isoformat),
    st.sampled_from(["2023", "2023-06", "2023-06-19T10:00:00Z"]),
)


def check(text: str, result: Extraction) -> None:
    """The invariants every result must keep."""
    assert result.text == text
    for span in result.spans():
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == span.text


class TestTotal:
    @settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(any_text, published)
    def test_no_text_raises_and_every_span_slices_it(self, text, day):
        """Any text with any publication date gives a result whose spans slice the original text."""
        check(text, diplomeet.extract(text, published=day))

    @settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(any_text, published)
    def test_the_output_is_deterministic(self, text, day):
        """The same input gives the same result, from the shared extractor and from a fresh one."""
        assert diplomeet.extract(text, published=day) == Extractor().extract(text, published=day)

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(any_text, published)
    def test_json_round_trip(self, text, day):
        """Every result goes to JSON and back unchanged."""
        result = diplomeet.extract(text, published=day)
        assert Extraction.from_dict(json.loads(json.dumps(result.to_dict()))) == result


def shapes(n: int) -> dict[str, str]:
    """The adversarial shapes of the speed issue, at size about *n* characters."""
    words = "Blinken met Xi in Beijing and said the talks were good "
    return {
        "no punctuation": (words * (n // len(words) + 1))[:n],
        "quotation marks": "“" * n,
        "every mark alternating": ("\"“”‘’'«»„‚‹›「」" * (n // 14 + 1))[:n],
        "unbalanced quotes": ("“Blinken met Xi, he said. " * (n // 26 + 1))[:n],
        "capitalised words": ("Xi " * (n // 3 + 1))[:n],
        "single line": ("Blinken met Xi on Monday; " * (n // 26 + 1))[:n],
        "only newlines": "\n" * n,
        "only spaces": " " * n,
        "control characters": "".join(chr(c) for c in range(32)) * (n // 32 + 1),
        "unicode spaces": "".join(map(chr, [0xA0, 0x1680, *range(0x2000, 0x200B), 0x2028, 0x202F, 0x3000])) * (n // 16),
        "digits": ("19 " * (n // 3 + 1))[:n],
        "month names": ("May June March " * (n // 15 + 1))[:n],
        "durations": ("three hours and " * (n // 16 + 1))[:n],
        "apostrophes": ("’s ’90s rock ’n’ roll students’ " * (n // 32 + 1))[:n],
        "long word": "a" * n,
        "NUL": "\x00" * n,
    }


class TestAdversarialShapes:
    @pytest.mark.parametrize(("name", "text"), sorted(shapes(20_000).items()))
    def test_read_without_error(self, name, text):
        """Each hostile shape of about 20,000 characters is read, with valid spans."""
        check(text, diplomeet.extract(text, published="2023-06-19"))


class TestWrongTypes:
    @pytest.mark.parametrize("text", [b"Xi met Biden.", None, 42, ["Xi met Biden."]])
    def test_text_must_be_str(self, text):
        """Anything but a str is a TypeError."""
        with pytest.raises(TypeError, match="text must be a str"):
            diplomeet.extract(text)

    @pytest.mark.parametrize("day", [20230619, 2023.6, b"2023-06-19", ["2023-06-19"]])
    def test_published_of_another_type(self, day):
        """A publication date of an unsupported type is a TypeError."""
        with pytest.raises(TypeError, match="published must be"):
            diplomeet.extract("Xi met Biden.", published=day)

    @pytest.mark.parametrize("day", ["June 19, 2023", "2023-02-30", "", "yesterday"])
    def test_published_string_that_is_no_date(self, day):
        """A publication date string that is not ISO is a ValueError."""
        with pytest.raises(ValueError, match="cannot read a publication date"):
            diplomeet.extract("Xi met Biden.", published=day)


TIME_WORDS = [
    "the",
    "The",
    "early",
    "late",
    "mid",
    "last",
    "next",
    "this",
    "from",
    "between",
    "to",
    "and",
    "of",
    "on",
    "May",
    "March",
    "Tuesday",
    "Tue.",
    "2019",
    "1999",
    "16th",
    "21",
    "3",
    "10-11",
    "ago",
    "days",
    "weeks",
    "a",
    "three",
    "two",
    "week",
    "month",
    "year",
    "yesterday",
    "today",
    "morning",
    "in the coming weeks",
    "hour",
    "hours",
    "minutes",
    "-long",
    "more than",
    "about",
    "nearly",
    "seven-and-a-half",
    "old",
    " ",
    "  ",
    "-",
    "–",
    ",",
    ".",
    "(",
    ")",
    "\n",
    "\n\n",
    "ſ",
    "İ",
    "K",
]


class TestFastScanning:
    """The time finders try each pattern only near a core; that must change no match."""

    @settings(max_examples=400, deadline=None)
    @given(st.lists(st.sampled_from(TIME_WORDS), max_size=40).map("".join) | st.text(max_size=80))
    def test_core_scans_find_what_finditer_finds(self, text):
        """For every time and duration pattern, the core-anchored scan equals a full finditer."""
        scanner = _Scanner(text)
        for scan in [s for s, _ in _time_patterns()] + list(_duration_patterns()):
            fast = [(m.span(), m.groupdict()) for m in scanner.finditer(scan)]
            assert fast == [(m.span(), m.groupdict()) for m in scan.pattern.finditer(text)]

    @settings(max_examples=400, deadline=None)
    @given(st.text(max_size=80) | st.lists(st.sampled_from(NEWS_WORDS), max_size=30).map("".join))
    def test_ascii_tokenizer_gives_the_tokens_of_the_full_one(self, text):
        """The ASCII fast path of Document.tokens gives the tokens of the full Unicode pattern."""
        doc = Document(text)
        full = [(m.start(), m.end(), m.group()) for m in compile_pattern(TOKEN).finditer(doc.clean)]
        assert [tuple(t) for t in doc.tokens()] == full


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("China-U.S. ties", ["China", "-", "U.S.", "ties"]),
        ("the Japan-U.S.-Philippines summit", ["the", "Japan", "-", "U.S.", "-", "Philippines", "summit"]),
        ("Сино-U.S. ties", ["Сино", "-", "U.S.", "ties"]),
        ("Moon Jae-in and the Xi-Biden talks", ["Moon", "Jae-in", "and", "the", "Xi-Biden", "talks"]),
    ],
)
def test_a_dotted_abbreviation_after_a_hyphen_is_a_token_of_its_own(text: str, tokens: list[str]) -> None:
    """ "China-U.S. ties": China, a hyphen and U.S. (not "China-U", ".", "S", "."); hyphenated names stay whole."""
    assert [t.text for t in Document(text).tokens()] == tokens


class TestTokenCache:
    def test_bounded_and_still_right(self, monkeypatch):
        """With a small cache limit, tokens stay correct and the cache never holds more than the limit."""
        import diplomeet.state as state_module  # noqa: PLC0415

        monkeypatch.setattr(state_module, "TOKEN_CACHE_LIMIT", 20)
        text = "Blinken met Xi in Beijing. Wang Yi said the talks were candid. " * 30
        state = ExtractionState(Document(text), None, diplomeet.Options(), Extractor().resources)
        diplomeet.extract("warm up")
        from diplomeet.rules.sentences import sentences  # noqa: PLC0415

        sentences(state)
        assert len(state.sentences) > 10
        for _ in range(2):
            for i, s in enumerate(state.sentences):
                assert state.tokens(i) == state.document.tokens(s.start, s.end)
                assert sum(map(len, state._tokens.values())) <= 20


class TestSharedTokenKeys:
    """Gazetteers read the keys a ``Tokens`` list folds once; a plain list of the same tokens folds its own."""

    PHRASES = ("United States", "the White House", "White House", "Foreign Minister", "U.S.", "Kyiv", "’s")

    @settings(max_examples=300, deadline=None)
    @given(
        st.lists(
            st.sampled_from([*NEWS_WORDS, "United", "States", "the", "White", "House", "FOREIGN"]), max_size=30
        ).map(" ".join),
        st.booleans(),
    )
    def test_same_matches_from_shared_and_own_keys(self, text, case_sensitive):
        from diplomeet.gazetteer import Gazetteer  # noqa: PLC0415

        gazetteer = Gazetteer(((p, p) for p in self.PHRASES), case_sensitive=case_sensitive)
        shared = Document(text).tokens()
        own = list(shared)

        def found(matches):
            return [(m.first, m.last, m.payload) for m in matches]

        assert found(gazetteer.find_all(shared)) == found(gazetteer.find_all(own))
        assert found(gazetteer.find_keys(shared.keys(folded=not case_sensitive)[0])) == found(gazetteer.find_all(own))
        assert gazetteer.starts(shared) == gazetteer.starts(own)
        for i in range(len(own)):
            assert found(gazetteer.match_at(shared, i)) == found(gazetteer.match_at(own, i))
        if len(own) > 4:
            assert found(gazetteer.find_all(shared, 2, len(own) - 1)) == found(gazetteer.find_all(own, 2, len(own) - 1))


def test_a_telling_verb_at_the_very_end() -> None:
    """ "…:TOLD" as the last token: the medium after a telling verb is looked for without reading past the end."""
    said = diplomeet.extract('B"SAID:0:TOLD').statements
    assert [(s.text, s.channel) for s in said] == [("0:TOLD", None)]
