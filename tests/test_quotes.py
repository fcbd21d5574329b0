# Copyright 2026 diplomeet developers. Licence: MIT.

"""Tests for :mod:`diplomeet.quotes`: quotation spans in news text, offsets exact."""

from __future__ import annotations

import itertools

import attrs
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from diplomeet import lexicons
from diplomeet.quotes import _ELISIONS, MAX_DEPTH, Quotation, find_quotations

LEXICON = lexicons.load("quote_marks")
QUOTE_CHARS = [e.text for e in LEXICON if e.get("role") != "none"]
ALL_LISTED = [e.text for e in LEXICON]


def spans(source: str, **kwargs: bool) -> list[tuple[str, int, int]]:
    return [(q.text, q.start, q.end) for q in find_quotations(source, **kwargs)]


def top(source: str) -> list[tuple[str, int, int]]:
    return [(q.text, q.start, q.end) for q in find_quotations(source) if q.depth == 0]


def check_invariants(source: str, found: list[Quotation]) -> None:
    assert [q.start for q in found] == sorted(q.start for q in found)
    for q in found:
        assert q.text == source[q.start : q.end]
        assert q.text
        assert q.text == q.text.strip()
        assert q.words >= 1
        assert q.open < q.start <= q.end
        assert source[q.open] in QUOTE_CHARS
        if q.close is not None:
            assert q.end <= q.close
            assert source[q.close] in QUOTE_CHARS
        assert q.paragraphs[0][0] == q.start
        assert q.paragraphs[-1][1] == q.end
        assert all(a < b for a, b in q.paragraphs)
        if len(q.paragraphs) == 1:
            assert "\n" not in q.text
            assert "\r" not in q.text
    outer = [q for q in found if q.depth == 0]
    for a, b in itertools.pairwise(outer):
        assert a.end <= b.open, (a, b)
    for q in found:
        if q.depth:
            assert any(o.start <= q.open and q.end <= o.end for o in found if o.depth < q.depth)


class TestLexicon:
    def test_loads_through_lexicon_loader(self) -> None:
        """The marks are data in the quote_marks lexicon, with an MIT provenance block."""
        assert "Licence: MIT" in LEXICON.provenance
        assert LEXICON.columns[:2] == ("mark", "codepoint")
        assert len(QUOTE_CHARS) >= 20

    def test_codepoint_column_matches_mark(self) -> None:
        """The codepoint column names the very character in the mark column."""
        for entry in LEXICON:
            assert entry.get("codepoint") == f"U+{ord(entry.text):04X}", entry.text

    def test_every_style_is_listed(self) -> None:
        """Straight, curly, low, guillemet, single and CJK marks are all present."""
        for ch in "\"“”„‟«»'‘’‚‹›「」『』":
            assert ch in QUOTE_CHARS, ch

    def test_primes_are_not_quotes(self) -> None:
        """Primes and the modifier-letter apostrophe are listed with role none."""
        roles = {e.text: e.get("role") for e in LEXICON}
        for ch in "′″ʼ":
            assert roles[ch] == "none"

    def test_every_family_can_close(self) -> None:
        """Each family some mark opens is closed by some mark."""
        opened = {e.get("family") for e in LEXICON if e.get("family")}
        closed = {f for e in LEXICON for f in e.values("closes")}
        assert opened <= closed, opened - closed


class TestStyles:
    def test_curly_double_split_by_attribution(self) -> None:
        """“A,” he said, “B.” gives two quotations."""
        assert spans("“We are ready,” he said, “and we will talk.”") == [
            ("We are ready,", 1, 14),
            ("and we will talk.", 26, 43),
        ]

    def test_straight_double_split_by_attribution(self) -> None:
        """Straight double quotes pair left to right around the attribution."""
        assert spans('"We are ready," he said, "and we will talk."') == [
            ("We are ready,", 1, 14),
            ("and we will talk.", 26, 43),
        ]

    def test_partial_quote_in_reported_speech(self) -> None:
        """A partial quote inside reported speech is found with its exact span."""
        source = "Xi said China “hopes for a strong and stable relationship” with Washington."
        assert spans(source) == [("hopes for a strong and stable relationship", 15, 57)]

    def test_british_single_curly(self) -> None:
        """British ‘single’ quotes are quotations."""
        assert spans("The minister said: ‘We will not be bullied.’") == [("We will not be bullied.", 20, 43)]

    def test_straight_single(self) -> None:
        """Straight 'single' quotes are quotations."""
        assert spans("'We will not be bullied,' the minister said.") == [("We will not be bullied,", 1, 24)]

    def test_guillemets_with_french_spacing(self) -> None:
        """« guillemets » with inner spaces give the trimmed words."""
        source = "Le président a dit : « Nous sommes en guerre », puis il est parti."
        assert spans(source) == [("Nous sommes en guerre", 23, 44)]
        assert find_quotations(source)[0].style == "guillemet"

    def test_tight_guillemets(self) -> None:
        """«guillemets» without spaces are quotations."""
        assert spans("He wrote «the talks failed» on Monday.") == [("the talks failed", 10, 26)]

    def test_reversed_guillemets(self) -> None:
        """German »reversed« guillemets pair the other way round."""
        found = find_quotations("Sie sagte: »Wir schaffen das«, und ging.")
        assert [(q.text, q.start, q.end) for q in found] == [("Wir schaffen das", 12, 28)]
        assert found[0].style == "guillemet_reversed"

    def test_low_high(self) -> None:
        """German „low-high“ quotes: „ opens and “ closes."""
        found = find_quotations("Merkel sagte: „Wir schaffen das“, und ging.")
        assert [(q.text, q.start, q.end) for q in found] == [("Wir schaffen das", 15, 31)]
        assert found[0].style == "low_double"

    def test_low_right(self) -> None:
        """Polish „low-right” quotes pair too."""
        assert spans("Tusk powiedział: „Polska jest gotowa”.") == [("Polska jest gotowa", 18, 36)]

    def test_reversed_high(self) -> None:
        """‟ opens a quotation closed by ”."""
        assert spans("She called it ‟a turning point” on Friday.") == [("a turning point", 15, 30)]

    def test_cjk_corner_brackets(self) -> None:
        """CJK corner brackets quote without surrounding spaces mattering."""
        assert spans("He wrote 「和平」 on the board.") == [("和平", 10, 12)]

    def test_record_fields(self) -> None:
        """A quotation records its marks, style, single paragraph and word count."""
        source = "Xi said China “hopes for a strong and stable relationship” with Washington."
        (q,) = find_quotations(source)
        assert q == Quotation(
            start=15,
            end=57,
            text="hopes for a strong and stable relationship",
            open=14,
            close=57,
            style="curly_double",
            paragraphs=((15, 57),),
            depth=0,
            words=7,
        )
        assert source[q.open] == "“"
        assert q.close is not None
        assert source[q.close] == "”"

    def test_record_is_frozen(self) -> None:
        """Quotation records are immutable values."""
        (q,) = find_quotations("“Yes.”")
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            q.start = 0  # type: ignore[misc]


class TestCurlyRepair:
    def test_right_marks_both_sides(self) -> None:
        """”…” (a closing glyph used to open) is read by position."""
        assert spans("”We are ready,” he said.") == [("We are ready,", 1, 14)]

    def test_left_marks_both_sides(self) -> None:
        """“…“ (an opening glyph used to close) is read by position."""
        assert spans("“We are ready,“ he said.") == [("We are ready,", 1, 14)]

    def test_right_single_marks_both_sides(self) -> None:
        """’…’ (a closing single glyph used to open) is read by position."""
        assert spans("’We are ready,’ he said.") == [("We are ready,", 1, 14)]

    def test_curly_closed_by_straight(self) -> None:
        """A curly opener closed by a straight mark is one quotation in the opener's style."""
        found = find_quotations('“We are ready," he said.')
        assert [(q.text, q.start, q.end) for q in found] == [("We are ready,", 1, 14)]
        assert found[0].style == "curly_double"

    def test_curly_single_closed_by_straight(self) -> None:
        """‘…' mixes curly and straight singles and still pairs."""
        assert spans("‘We are ready,' he said.") == [("We are ready,", 1, 14)]

    def test_mixed_styles_in_one_sentence(self) -> None:
        """Curly and straight scare quotes in one sentence are each found."""
        assert spans('the so-called “deal” was “dead” and "buried"') == [
            ("deal", 15, 19),
            ("dead", 26, 30),
            ("buried", 37, 43),
        ]


class TestApostrophes:
    def test_apostrophes_inside_a_quote(self) -> None:
        """Xi’s, don’t, ’90s and o’clock neither open nor close a quotation."""
        source = "“Xi’s visit shows we don’t need the ’90s tactics at 9 o’clock,” she said."
        assert spans(source) == [("Xi’s visit shows we don’t need the ’90s tactics at 9 o’clock,", 1, 62)]

    def test_apostrophes_alone_are_not_quotes(self) -> None:
        """Text with only apostrophes has no quotations."""
        for source in [
            "Xi’s visit in the ’90s ended at 9 o’clock.",
            "We don't know; they won't say; it's the students' union.",
            "The students’ union met the teachers’ union on Monday.",
            "Let ’em talk about rock ’n’ roll ’til dawn.",
            "He flew to Hawai‘i and O’Hare on the ’08 campaign.",
        ]:
            assert find_quotations(source) == [], source

    def test_rock_n_roll_inside_single_quote(self) -> None:
        """Both marks of ’n’ are apostrophes, so the single quote closes at its real end."""
        assert spans("‘I grew up on rock ’n’ roll,’ the envoy said.") == [("I grew up on rock ’n’ roll,", 1, 28)]

    def test_plural_possessive_inside_single_quote(self) -> None:
        """students’ followed by a word is a possessive while a later closer exists."""
        assert spans("‘The students’ demands are fair,’ the minister said.") == [
            ("The students’ demands are fair,", 1, 32)
        ]

    def test_plural_possessive_straight(self) -> None:
        """The same with straight marks."""
        assert spans("'The students' demands are fair,' the minister said.") == [
            ("The students' demands are fair,", 1, 32)
        ]

    def test_em_elision(self) -> None:
        """’em at a word start is not an opener."""
        assert spans("‘Let ’em talk,’ he said.") == [("Let ’em talk,", 1, 14)]

    def test_an_elision_word_that_goes_on_is_a_quote(self) -> None:
        """ "‘N0’": an opener before "N0", not the elided "n" of "rock ’n’ roll" (a hypothesis find)."""
        assert spans("He said ‘N0’ today.") == [("N0", 9, 11)]

    def test_g_dropping(self) -> None:
        """goin’ before a further word is an apostrophe, not a closer."""
        assert spans("‘We’re goin’ home now,’ the envoy said.") == [("We’re goin’ home now,", 1, 22)]

    def test_scare_quote_ending_in_s(self) -> None:
        """A closer after s before punctuation closes: ‘hooligans’."""
        assert spans("He called the protesters ‘hooligans’.") == [("hooligans", 26, 35)]

    def test_scare_quotes_in_sequence(self) -> None:
        """A closer followed by a word closes when the next single mark opens."""
        assert spans("He called it ‘nonsense’ and said ‘we will go’.") == [
            ("nonsense", 14, 22),
            ("we will go", 34, 44),
        ]

    def test_possessive_after_closing_quote(self) -> None:
        """’s right after a closing quote is an apostrophe, not an opener."""
        source = "The “Belt and Road”’s goals and the ‘plan’ matter."
        assert spans(source) == [("Belt and Road", 5, 18), ("plan", 37, 41)]

    def test_apostrophe_cannot_close_across_double(self) -> None:
        """A stray ’ inside a double quote never ends an enclosing single quote."""
        source = "‘They said “we are goin’ home” today,’ he added."
        found = find_quotations(source)
        assert [(q.text, q.depth) for q in found] == [
            ("They said “we are goin’ home” today,", 0),
            ("we are goin’ home", 1),
        ]


class TestNesting:
    def test_single_inside_double(self) -> None:
        """‘single’ inside “double” is reported at depth 1."""
        found = find_quotations("“We reject the so-called ‘peace plan’ outright,” she said.")
        assert [(q.text, q.start, q.end, q.depth) for q in found] == [
            ("We reject the so-called ‘peace plan’ outright,", 1, 47, 0),
            ("peace plan", 26, 36, 1),
        ]
        assert [q.style for q in found] == ["curly_double", "curly_single"]

    def test_double_inside_single(self) -> None:
        """“double” inside ‘single’ is reported at depth 1."""
        found = find_quotations("‘We reject the so-called “peace plan” outright,’ she said.")
        assert [(q.text, q.start, q.end, q.depth) for q in found] == [
            ("We reject the so-called “peace plan” outright,", 1, 47, 0),
            ("peace plan", 26, 36, 1),
        ]

    def test_straight_single_inside_straight_double(self) -> None:
        """'single' inside "double" with straight marks nests."""
        found = find_quotations("\"We reject the 'peace plan' outright,\" she said.")
        assert [(q.text, q.depth) for q in found] == [
            ("We reject the 'peace plan' outright,", 0),
            ("peace plan", 1),
        ]

    def test_straight_double_inside_straight_double(self) -> None:
        """A same-style quote opening inside another nests by position."""
        assert [
            (q.text, q.start, q.end, q.depth) for q in find_quotations('"He called it "fake news" and left," she said.')
        ] == [
            ('He called it "fake news" and left,', 1, 35, 0),
            ("fake news", 15, 24, 1),
        ]

    def test_nested_at_the_start(self) -> None:
        """A quote that opens right after the outer mark nests: “‘Never again,’ he told us,”."""
        found = find_quotations("“‘Never again,’ he told us,” she recalled.")
        assert [(q.text, q.start, q.end, q.depth) for q in found] == [
            ("‘Never again,’ he told us,", 1, 27, 0),
            ("Never again,", 2, 14, 1),
        ]

    def test_closer_drops_unclosed_inner(self) -> None:
        """An inner quote left open is dropped when the outer one closes."""
        assert spans("“I don’t know about ‘that,” she said.") == [("I don’t know about ‘that,", 1, 26)]

    def test_depth_is_capped(self) -> None:
        """Deep nesting stops opening at MAX_DEPTH, keeping the work bounded."""
        source = "“a " * (MAX_DEPTH + 5) + "x" + "” " * (MAX_DEPTH + 5)
        found = find_quotations(source)
        assert len(found) == MAX_DEPTH
        assert sorted(q.depth for q in found) == list(range(MAX_DEPTH))
        check_invariants(source, found)


class TestParagraphs:
    THREE = (
        "“We will defend our sovereignty.\n\n"
        "“We will not accept interference.\n\n"
        "“The door to talks is open,” the minister said."
    )

    def test_three_paragraph_quote_is_one_quotation(self) -> None:
        """The news multi-paragraph convention gives one quotation spanning all paragraphs."""
        (q,) = find_quotations(self.THREE)
        assert (q.start, q.end) == (1, 96)
        assert q.text == self.THREE[1:96]
        assert q.paragraphs == ((1, 32), (35, 67), (70, 96))
        assert [self.THREE[a:b] for a, b in q.paragraphs] == [
            "We will defend our sovereignty.",
            "We will not accept interference.",
            "The door to talks is open,",
        ]
        assert (q.open, q.close, q.depth, q.words) == (0, 96, 0, 16)

    def test_straight_continuation_over_single_newline(self) -> None:
        """A continued straight-quoted paragraph after a single newline joins too."""
        (q,) = find_quotations('"We are ready to talk.\n"But not under threat," Wang said.')
        assert q.paragraphs == ((1, 22), (24, 45))
        assert (q.start, q.end, q.close) == (1, 45, 45)

    def test_crlf_and_blank_lines(self) -> None:
        """Windows line ends and blank lines between paragraphs still continue."""
        (q,) = find_quotations("‘We are ready.\r\n\r\n‘So are they,’ she said.")
        assert q.paragraphs == ((1, 14), (19, 31))

    def test_unclosed_quote_is_dropped(self) -> None:
        """An opener never closed is dropped and does not swallow the next paragraphs."""
        source = 'He said: "We will win.\n\nThe minister left. She said "no" later.'
        assert spans(source) == [("no", 53, 55)]

    def test_unclosed_quote_can_be_kept_cut(self) -> None:
        """With keep_unclosed the quote is cut at its paragraph end, with close None."""
        source = 'He said: "We will win.\n\nThe minister left.'
        (q,) = find_quotations(source, keep_unclosed=True)
        assert (q.text, q.start, q.end, q.open, q.close) == ("We will win.", 10, 22, 9, None)

    def test_unclosed_continuation_is_dropped(self) -> None:
        """A continued quote that never closes is dropped entirely."""
        source = "“One.\n\n“Two.\n\nThe minister left."
        assert find_quotations(source) == []
        (q,) = find_quotations(source, keep_unclosed=True)
        assert q.paragraphs == ((1, 5), (8, 12))
        assert q.close is None

    def test_quote_never_spans_a_plain_newline(self) -> None:
        """Without a continuation mark a quote does not cross a line break."""
        source = 'He said "we will\ngo" and "stay."'
        assert spans(source) == [("stay.", 26, 31)]

    def test_stray_mark_does_not_swallow_article(self) -> None:
        """A lone mark in the first paragraph leaves later quotations intact."""
        source = 'The 6" gun fired.\n\nShe said "peace" twice.\n\nHe said "war."'
        assert spans(source) == [("peace", 29, 34), ("war.", 53, 57)]

    def test_new_quote_after_closed_paragraph_is_separate(self) -> None:
        """A paragraph that closes its quote is not continued by the next one."""
        source = "“Yes,” he said.\n\n“No,” she said."
        assert spans(source) == [("Yes,", 1, 5), ("No,", 18, 21)]

    def test_continuation_needs_same_weight(self) -> None:
        """A paragraph opening with a single mark does not continue a double quotation."""
        source = "“We will win.\n\n‘Perhaps,’ she said."
        assert spans(source) == [("Perhaps,", 16, 24)]


class TestStrayAndEmpty:
    def test_stray_opener_inside_paragraph(self) -> None:
        """An unmatched opener does not spoil later pairs in the paragraph."""
        assert spans('He said "we will go and she said "no" to that.') == [("no", 34, 36)]

    def test_inch_mark(self) -> None:
        """A straight double after a number (12") does not open a quotation."""
        assert spans('The 12" screen was called "a triumph" by the maker.') == [("a triumph", 27, 36)]

    def test_primes_are_ignored(self) -> None:
        """Prime characters (6′2″) are never quotation marks."""
        assert spans("He stood 6′2″ tall and said “hello”.") == [("hello", 29, 34)]

    def test_spaced_straight_quotes(self) -> None:
        """Sloppy " spaced " quotes pair and the spaces are trimmed."""
        assert spans('He said " we will win " and left.') == [("we will win", 10, 21)]

    def test_glued_straight_quotes(self) -> None:
        """Straight quotes glued to words still pair left to right."""
        assert spans('the"Belt and Road"initiative') == [("Belt and Road", 4, 17)]

    def test_empty_and_punctuation_quotes_dropped(self) -> None:
        """ "" and "..." are dropped; a one-word scare quote is kept."""
        found = find_quotations('He said "" and "..." and “ ” and "ok".')
        assert [(q.text, q.words) for q in found] == [("ok", 1)]

    def test_scare_quotes_kept_with_word_counts(self) -> None:
        """Scare quotes of one or two words are returned; callers filter on words."""
        found = find_quotations("the “deal” was a “total failure” he said")
        assert [(q.text, q.words) for q in found] == [("deal", 1), ("total failure", 2)]

    def test_breadcrumb_chevrons(self) -> None:
        """Spaced › and » separators in page furniture are not quotations."""
        assert find_quotations("Home › News › World » Asia » China") == []

    def test_closer_without_opener(self) -> None:
        """A closing mark with nothing open is ignored."""
        assert spans("ready,” he said, and “left”") == [("left", 22, 26)]

    def test_rejects_non_str(self) -> None:
        """Only str is accepted."""
        with pytest.raises(TypeError):
            find_quotations(b'"x"')  # type: ignore[arg-type]


class TestHostile:
    def test_big_alternating_input(self) -> None:
        """200 KB of alternating marks and words finishes and keeps invariants."""
        source = '"word" and ' * 20_000
        found = find_quotations(source)
        assert len(found) == 20_000
        check_invariants(source, found)
        soup = "“a ”b ‘c ’d \"e 'f " * 12_000
        check_invariants(soup, find_quotations(soup))

    def test_hundred_thousand_marks(self) -> None:
        """100,000 marks of every kind in a row never raise and give no quotations."""
        source = "".join(QUOTE_CHARS[i % len(QUOTE_CHARS)] for i in range(100_000))
        check_invariants(source, find_quotations(source))
        assert find_quotations("“" * 100_000) == []
        assert find_quotations("\n".join(["“unclosed"] * 50_000)) == []

    def test_megabyte_without_punctuation(self) -> None:
        """A megabyte of words with no marks yields nothing."""
        assert find_quotations("abc " * 262_144) == []

    def test_every_listed_character_and_controls(self) -> None:
        """Every lexicon character, NUL and control characters are handled."""
        source = " ".join(ALL_LISTED) + "\x00\x01\x1b“a\x00b”\x7f\x85\u2028" + "".join(ALL_LISTED)
        found = find_quotations(source)
        check_invariants(source, found)
        assert ("a\x00b", 1) in [(q.text, q.words - 1) for q in found]

    def test_lone_surrogates(self) -> None:
        """Lone surrogate code points inside and around quotes do not raise."""
        source = "\ud800“\udfff x\ud800”\udc00"
        check_invariants(source, find_quotations(source))


MARKISH = st.sampled_from([*ALL_LISTED, " ", "\n", "\n\n", "\r\n", "a", "word", "s", ",", ".", "9"])


class TestProperties:
    @settings(max_examples=300, deadline=None)
    @given(st.text())
    def test_never_raises_on_arbitrary_text(self, source: str) -> None:
        """Any str gives quotations satisfying the invariants."""
        check_invariants(source, find_quotations(source))

    @settings(max_examples=500, deadline=None)
    @given(st.lists(MARKISH, max_size=60).map("".join))
    def test_invariants_on_mark_soup(self, source: str) -> None:
        """Random mixes of quote marks, words and newlines keep every invariant."""
        for keep in (False, True):
            check_invariants(source, find_quotations(source, keep_unclosed=keep))

    @settings(max_examples=200, deadline=None)
    @given(
        st.lists(
            st.text(st.characters(categories=["Lu", "Ll", "Nd"]), min_size=1, max_size=8),
            min_size=1,
            max_size=6,
        ),
        st.sampled_from(['"{}"', "“{}”", "‘{}’", "«{}»", "„{}“"]),
    )
    def test_well_formed_quote_is_found(self, words: list[str], pattern: str) -> None:
        """A well-formed quote of plain words after 'said' is found with exact offsets."""
        inner = " ".join(words)
        if "‘" in pattern:  # a lone elision (‘n’, ‘em’) or two-digit year (‘90’) reads as one
            assume(words[0].lower() not in _ELISIONS)
            assume(not (len(words[0]) == 2 and words[0].isdigit()))
        source = "He said " + pattern.format(inner) + " today."
        assert top(source) == [(inner, 9, 9 + len(inner))]

    @settings(max_examples=200, deadline=None)
    @given(st.text(), st.text())
    def test_prefix_shifts_offsets(self, body: str, prefix: str) -> None:
        """A prefix paragraph without marks shifts every offset by its length."""
        prefix = "".join(ch for ch in prefix if ch.isalnum()) + "\n\n"
        base = find_quotations(body)
        shifted = find_quotations(prefix + body)
        assert [(q.text, q.start + len(prefix)) for q in base] == [(q.text, q.start) for q in shifted]
