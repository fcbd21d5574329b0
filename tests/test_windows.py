"""Very long texts are read in windows and joined into one extraction."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import diplomeet
from diplomeet.document import Document
from diplomeet.windows import windows

PARAGRAPHS = [
    "Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing on Monday.",
    "“We had candid talks,” Blinken told reporters late on Monday.",
    "Foreign Minister Wang Yi said the two sides agreed to keep talking.",
    "On Tuesday Blinken met British Foreign Secretary James Cleverly in London.",
]
TEXT = "\n\n".join(PARAGRAPHS)
PUBLISHED = "2023-06-20"
TINY = diplomeet.Extractor(options=diplomeet.Options(window_chars=50))


def _pieces(text: str, size: int) -> list[str]:
    return [text[a:b] for a, b in windows(text, size)]


class TestWindows:
    def test_a_short_text_is_one_window(self) -> None:
        assert list(windows("Blinken met Xi.", 100)) == [(0, 15)]

    def test_the_empty_text_is_one_empty_window(self) -> None:
        assert list(windows("", 100)) == [(0, 0)]

    def test_cuts_after_a_paragraph_break_in_the_second_half(self) -> None:
        text = "a" * 60 + "\n\n" + "b" * 30 + "\n" + "c" * 30
        assert _pieces(text, 100) == ["a" * 60 + "\n\n", "b" * 30 + "\n" + "c" * 30]

    def test_prefers_a_line_then_a_sentence_then_a_space(self) -> None:
        assert _pieces("x" * 55 + "\n" + "y" * 60, 100)[0] == "x" * 55 + "\n"
        assert _pieces("Xi met Blinken. " * 10, 100)[0] == "Xi met Blinken. " * 6
        assert _pieces("word " * 30, 100)[0] == "word " * 20

    def test_a_break_in_the_first_half_is_not_used(self) -> None:
        # cutting there would make many tiny windows
        text = "ab\n\n" + "c" * 200
        assert [len(p) for p in _pieces(text, 100)] == [100, 100, 4]

    def test_text_without_breaks_is_cut_at_the_size(self) -> None:
        assert [len(p) for p in _pieces("z" * 250, 100)] == [100, 100, 50]

    def test_rejects_a_size_below_two(self) -> None:
        with pytest.raises(ValueError, match="at least 2"):
            list(windows("abc", 1))

    @given(st.text(alphabet=" \n.ab", max_size=400), st.integers(min_value=2, max_value=80))
    def test_pieces_cover_the_text_in_order_within_the_size(self, text: str, size: int) -> None:
        spans = list(windows(text, size))
        assert "".join(text[a:b] for a, b in spans) == text
        assert all(0 < b - a <= size for a, b in spans) or text == ""
        assert all(b == c for (_, b), (c, _) in itertools.pairwise(spans))


class TestDocumentWindow:
    def test_spans_point_into_the_whole_text(self) -> None:
        text = "Intro line.\n\u00a0Blinken met Xi."
        doc = Document(text, 12, len(text))
        assert doc.clean == " Blinken met Xi."
        span = doc.span(1, 8)
        assert (span.start, span.end, span.text) == (13, 20, "Blinken")

    def test_deleted_characters_inside_a_window(self) -> None:
        text = "Skip this. Bli\u00adnken met Xi."
        doc = Document(text, 11)
        assert doc.clean == "Blinken met Xi."
        assert doc.span(0, 7).text == "Bli\u00adnken"


class TestExtractInWindows:
    @pytest.fixture
    def small(self) -> diplomeet.Extractor:
        return diplomeet.Extractor(options=diplomeet.Options(window_chars=120))

    def test_the_text_is_read_in_several_windows(self) -> None:
        assert len(list(windows(TEXT, 120))) == 4

    def test_participants_of_several_windows_are_merged(self, small: diplomeet.Extractor) -> None:
        result = small.extract(TEXT, published=PUBLISHED)
        blinken = result.participant("Antony Blinken")
        assert blinken is not None
        assert [m.span.text for m in blinken.mentions] == ["Antony Blinken", "Blinken", "Blinken"]
        assert blinken.title == "Secretary of State"
        assert [p.name for p in result.people] == [
            "Antony Blinken",
            "Xi Jinping",
            "Wang Yi",
            "James Cleverly",
        ]

    def test_records_refer_to_the_merged_participant(self, small: diplomeet.Extractor) -> None:
        result = small.extract(TEXT, published=PUBLISHED)
        quote = result.statements[0]
        assert quote.text == "We had candid talks,"
        assert quote.speaker is result.participant("Antony Blinken")
        assert [[p.name for p in m.participants] for m in result.meetings] == [
            ["Antony Blinken", "Xi Jinping"],
            ["Antony Blinken", "James Cleverly"],
        ]
        assert result.meetings[1].participants[0] is result.participant("Antony Blinken")

    def test_every_span_slices_the_whole_text(self, small: diplomeet.Extractor) -> None:
        result = small.extract("\u00a0\r\n" + TEXT, published=PUBLISHED)
        spans = list(result.spans())
        assert spans
        assert all(result.text[s.start : s.end] == s.text for s in spans)

    def test_same_records_as_one_window_when_windows_cut_between_paragraphs(self, small: diplomeet.Extractor) -> None:
        whole = diplomeet.Extractor().extract(TEXT, published=PUBLISHED)
        cut = small.extract(TEXT, published=PUBLISHED)
        assert [s.to_dict() for s in cut.statements] == [s.to_dict() for s in whole.statements]
        assert [m.to_dict() for m in cut.meetings] == [m.to_dict() for m in whole.meetings]
        assert [p.to_dict() for p in cut.participants] == [p.to_dict() for p in whole.participants]

    def test_the_result_round_trips_through_json(self, small: diplomeet.Extractor) -> None:
        result = small.extract(TEXT, published=PUBLISHED)
        assert diplomeet.Extraction.from_dict(result.to_dict()) == result

    @settings(max_examples=60, deadline=None)
    @given(
        st.lists(st.sampled_from([*PARAGRAPHS[0].split(), " ", "\n", "\n\n", "“", "”", ". "]), max_size=60).map("".join)
    )
    def test_any_text_in_windows_gives_valid_spans(self, text: str) -> None:
        result = TINY.extract(text)
        assert all(result.text[s.start : s.end] == s.text for s in result.spans())

    def test_window_chars_must_be_positive(self) -> None:
        with pytest.raises(ValueError, match="window_chars"):
            diplomeet.Options(window_chars=0)


def test_the_state_of_an_article_is_freed_without_the_garbage_collector(monkeypatch: pytest.MonkeyPatch) -> None:
    """Reference counting alone frees a window's parse state: windows do not pile up between collections."""
    import gc  # noqa: PLC0415
    import weakref  # noqa: PLC0415

    import diplomeet.extractor as extractor_module  # noqa: PLC0415

    states: list[weakref.ref[object]] = []
    build = extractor_module.build_extraction

    def spy(state: object) -> diplomeet.Extraction:
        states.append(weakref.ref(state))
        return build(state)  # type: ignore[arg-type]

    monkeypatch.setattr(extractor_module, "build_extraction", spy)
    gc.disable()
    try:
        TINY.extract(TEXT, published=PUBLISHED)
    finally:
        gc.enable()
    assert len(states) == len(list(windows(TEXT, 50))) > 1
    assert all(ref() is None for ref in states)
