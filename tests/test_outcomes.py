"""Tests for the ``outcomes`` rule and its lexicon: what was agreed, pledged, or not agreed."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import diplomeet
from diplomeet import lexicons
from diplomeet.models import Outcome, OutcomeKind

PUBLISHED = "2024-03-05"


def found(text: str) -> list[Outcome]:
    """Every outcome of *text*, at article level or on a meeting, in text order."""
    result = diplomeet.extract(text, published=PUBLISHED)
    every = [*result.outcomes, *(o for m in result.meetings for o in m.outcomes)]
    return sorted(every, key=lambda o: o.span.start)


def read(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """(kind, text, parties) of every outcome of *text*."""
    return [(o.kind.value, o.text, o.parties) for o in found(text)]


class TestAgreed:
    def test_agreed_to(self) -> None:
        """ "agreed to X" keeps "to" in the content; "the two sides" names no party."""
        assert read("The two sides agreed to resume military talks.") == [("agreed", "to resume military talks", ())]

    def test_agreed_on_with_named_parties(self) -> None:
        """ "X and Y agreed on Z" gives Z with both canonical names."""
        text = "Chancellor Olaf Scholz and President Emmanuel Macron agreed on a joint plan for gas storage."
        assert read(text) == [("agreed", "a joint plan for gas storage", ("Olaf Scholz", "Emmanuel Macron"))]

    def test_agreed_that(self) -> None:
        """ "agreed that X" gives the clause after "that"."""
        text = "Secretary of State Antony Blinken and Foreign Minister Wang Yi agreed that Wang would visit Washington."
        assert read(text) == [("agreed", "Wang would visit Washington", ("Antony Blinken", "Wang Yi"))]

    def test_two_outcomes_joined_by_and(self) -> None:
        """ "agreed to X and reached consensus on Y": two outcomes, the first ends before "and"."""
        text = "The two sides agreed to set up a working group on maritime issues and reached consensus on student exchanges."
        assert read(text) == [
            ("agreed", "to set up a working group on maritime issues", ()),
            ("agreed", "student exchanges", ()),
        ]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The two sides signed agreements on trade, energy and security.",
                "trade, energy and security",
                id="nouns",
            ),
            pytest.param(
                "The two sides agreed to boost trade, expand flights and ease visa rules.",
                "to boost trade, expand flights and ease visa rules",
                id="verb-phrases",
            ),
            pytest.param("The two sides agreed to boost trade, officials said.", "to boost trade", id="no-list"),
        ],
    )
    def test_a_list_is_one_content(self, text: str, expected: str) -> None:
        """The commas of a list that goes on to "and" are inside the content; a comma before an attribution ends it."""
        assert [o.text for o in found(text)] == [expected]

    def test_reached_an_agreement_on(self) -> None:
        """ "reached an agreement on X" gives X."""
        assert read("The ministers reached an agreement on fishing quotas.") == [("agreed", "fishing quotas", ())]

    def test_consensus_that(self) -> None:
        """ "reached a consensus that X" gives X."""
        text = "Both sides reached a consensus that the talks should continue."
        assert read(text) == [("agreed", "the talks should continue", ())]

    def test_passive_agreement_keeps_its_negated_content(self) -> None:
        """ "an agreement not to X was reached" is an agreement whose content is "not to X"."""
        text = "An agreement not to deploy new missiles was reached, officials said."
        assert read(text) == [("agreed", "not to deploy new missiles", ())]

    def test_signed_a_premodified_deal(self) -> None:
        """ "signed a trade deal" gives the deal itself."""
        assert read("The two sides signed a trade deal.") == [("agreed", "a trade deal", ())]

    def test_bare_agreement_says_nothing(self) -> None:
        """ "An agreement was reached" says nothing about what was agreed: no record."""
        assert read("An agreement was reached.") == []

    def test_inside_a_quotation(self) -> None:
        """A quoted agreement ends with its quotation."""
        assert read("“We agreed to keep talking,” Blinken said.") == [("agreed", "to keep talking", ())]

    def test_content_ends_before_the_attribution(self) -> None:
        """ "..., Blinken said" is not part of the content."""
        assert read("The sides agreed to restore flights, Blinken said.") == [("agreed", "to restore flights", ())]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Hungarian Prime Minister Viktor Orban declined to back a new sanctions package against Russia "
                "during talks with European Council President Antonio Costa in Budapest on Monday.",
                [("not_agreed", "to back a new sanctions package against Russia", ("Viktor Orban",))],
                id="during-talks-with",
            ),
            pytest.param(
                "Russian and Ukrainian delegations failed to agree on a ceasefire at their first direct talks in "
                "three years.",
                [("not_agreed", "a ceasefire", ())],
                id="at-their-first-talks",
            ),
            pytest.param(
                "Japan pledged 60 billion yen in development assistance to the Philippines on Saturday as Prime "
                "Minister Fumio Kishida held talks with President Ferdinand Marcos Jr. in Manila.",
                [("pledged", "60 billion yen in development assistance to the Philippines", ("Japan",))],
                id="noun-phrase-before-its-time",
            ),
            pytest.param(
                "Thailand and Cambodia reached an agreement to withdraw troops from the disputed border area after "
                "talks in Kuala Lumpur.",
                [("agreed", "to withdraw troops from the disputed border area", ("Thailand", "Cambodia"))],
                id="after-talks-in",
            ),
            pytest.param(
                "The two sides agreed to resume flights after the holidays.",
                [("agreed", "to resume flights after the holidays", ())],
                id="after-no-meeting-is-content",
            ),
            pytest.param(
                "Tanzania and South Korea signed memorandums of understanding on critical minerals in Seoul.",
                [("agreed", "critical minerals", ("Tanzania", "South Korea"))],
                id="plural-memorandums-before-the-city",
            ),
            pytest.param(
                "The two sides signed an MoU on critical minerals at the Blue House.",
                [("agreed", "critical minerals", ())],
                id="mou-before-the-venue",
            ),
            pytest.param(
                "The two sides signed an agreement on trade in Asia.",
                [("agreed", "trade in Asia", ())],
                id="a-region-is-content",
            ),
            pytest.param(
                "The two leaders agreed to meet again in Geneva on Friday.",
                [("agreed", "to meet again in Geneva on Friday", ())],
                id="a-verb-keeps-its-time",
            ),
            pytest.param(
                "The two leaders agreed to double bilateral trade by 2030.",
                [("agreed", "to double bilateral trade by 2030", ())],
                id="a-deadline-is-content",
            ),
        ],
    )
    def test_content_ends_before_its_setting(self, text: str, expected: list[tuple[str, str, tuple[str, ...]]]) -> None:
        """ "during talks with …", "at their first direct talks", and for a noun phrase "on Saturday": when and
        where the outcome came about, not what it is; content with a verb keeps its own times.
        """
        assert read(text) == expected


class TestPartiesOfTheMeeting:
    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(
                "Chinese President Xi Jinping and US President Donald Trump last met in Busan on Oct. 30, when they "
                "agreed to a one-year pause on export controls.",
                id="when-they",
            ),
            pytest.param(
                "Chinese President Xi Jinping and US President Donald Trump met in Busan on Oct. 30. They agreed to a "
                "one-year pause on export controls.",
                id="they-in-the-next-sentence",
            ),
            pytest.param(
                "Chinese President Xi Jinping and US President Donald Trump met in Busan on Oct. 30 and agreed to a "
                "one-year pause on export controls.",
                id="and-agreed",
            ),
            pytest.param(
                "Chinese President Xi Jinping met US President Donald Trump in Busan on Oct. 30. Both sides agreed to "
                "a one-year pause on export controls.",
                id="both-sides",
            ),
        ],
    )
    def test_a_pair_subject_is_the_meeting_s_participants(self, text: str) -> None:
        """ "they agreed", "both sides agreed", "… met and agreed": the parties are the people of the meeting
        just reported."""
        assert read(text) == [("agreed", "a one-year pause on export controls", ("Xi Jinping", "Donald Trump"))]

    def test_the_two_sides_with_no_meeting_name_no_party(self) -> None:
        """With no meeting of named people before it, "the two sides" names no one."""
        assert read("The two sides agreed to a one-year pause on export controls.") == [
            ("agreed", "a one-year pause on export controls", ())
        ]

    def test_a_meeting_two_sentences_back_is_too_far(self) -> None:
        """ "they" looks back one sentence at most: the parties of a meeting further up are not guessed."""
        text = (
            "Chinese President Xi Jinping met US President Donald Trump in Busan on Oct. 30. Markets rose. Traders "
            "were relieved. They agreed to a one-year pause on export controls."
        )
        assert read(text) == [("agreed", "a one-year pause on export controls", ())]


class TestPledged:
    def test_pledged_not_to(self) -> None:
        """ "pledged not to X" keeps the negation in the content; the country is the party."""
        text = "China pledged not to provide weapons to Russia."
        assert read(text) == [("pledged", "not to provide weapons to Russia", ("China",))]

    def test_reaffirmed_commitment(self) -> None:
        """ "reaffirmed its commitment to X" is a pledge of X."""
        assert read("Japan reaffirmed its commitment to the peace process.") == [
            ("pledged", "the peace process", ("Japan",))
        ]

    @pytest.mark.parametrize(
        ("text", "content"),
        [
            pytest.param(
                "Japan pledged to provide $4.5 billion in aid to Ukraine.", "to provide $4.5 billion in aid to Ukraine"
            ),
            pytest.param("Japan pledged to send 1,000 troops to the region.", "to send 1,000 troops to the region"),
        ],
    )
    def test_numbers_with_a_point_or_comma(self, text: str, content: str) -> None:
        """ "$4.5 billion", "1,000 troops": the point or comma inside a number ends no content."""
        assert read(text) == [("pledged", content, ("Japan",))]

    def test_assured_someone_that(self) -> None:
        """ "assured Y that X" skips Y and gives X."""
        text = "President Joe Biden assured President Volodymyr Zelensky that American support would continue."
        assert read(text) == [("pledged", "American support would continue", ("Joe Biden",))]


class TestNotAgreed:
    def test_did_not_agree(self) -> None:
        """ "did not agree to X" is a non-agreement on X."""
        text = "They did not agree to resume contact between their armies."
        assert read(text) == [("not_agreed", "to resume contact between their armies", ())]

    def test_refused(self) -> None:
        """ "refused to X" is a refusal by the subject."""
        assert read("Russia refused to extend the grain deal.") == [
            ("not_agreed", "to extend the grain deal", ("Russia",))
        ]

    def test_refused_to_agree_is_one_outcome(self) -> None:
        """ "refused to agree to X" is one refusal, not a refusal and an agreement."""
        assert read("Kyiv refused to agree to the terms.") == [("not_agreed", "to agree to the terms", ("Kyiv",))]

    def test_no_agreement(self) -> None:
        """ "no agreement" with nothing after it is recorded as such."""
        assert read("The summit ended with no agreement.") == [("not_agreed", "no agreement", ())]

    def test_no_agreement_on(self) -> None:
        """ "no agreement on X" gives X."""
        assert read("There was no agreement on tariffs.") == [("not_agreed", "tariffs", ())]

    def test_no_agreement_was_reached_on(self) -> None:
        """ "No agreement was reached on X" gives X once, not "No agreement" beside it."""
        assert read("No agreement was reached on the grain deal.") == [("not_agreed", "the grain deal", ())]
        assert read("No agreement was reached at this time.") == [("not_agreed", "No agreement", ())]

    def test_agreement_was_reached_on(self) -> None:
        """ "An agreement was reached on X": what follows the passive verb is what was agreed."""
        assert read("An agreement was reached on prisoner exchanges.") == [("agreed", "prisoner exchanges", ())]

    def test_failed_to_reach(self) -> None:
        """ "failed to reach a deal on X" is a non-agreement on X."""
        assert read("The two leaders failed to reach a deal on steel tariffs.") == [("not_agreed", "steel tariffs", ())]

    def test_would_not_agree(self) -> None:
        """A negated modal is a refusal: "would not agree to X"."""
        assert read("Moscow would not agree to a ceasefire.") == [("not_agreed", "a ceasefire", ("Moscow",))]


class TestNoOutcome:
    @pytest.mark.parametrize(
        "text",
        [
            "Xi hoped to agree on a framework.",
            "Washington urged Beijing to commit to the talks.",
            "Guterres urged Israel and Hamas to agree to an immediate humanitarian ceasefire.",
            "They are expected to sign a trade agreement.",
            "The two sides could agree on a ceasefire.",
            "Biden is expected to say that the allies agreed to send tanks.",
            "It is time for both sides to agree on a plan.",
            "The ministry declined to comment.",
            "The call lasted an hour, the spokesman added, declining to give further details.",
            "Officials declined to disclose what was discussed.",
            "The two leaders did not discuss the trade deal in detail.",
            "Lula and Macron did not discuss the agreement with Mercosur, a French official said.",
            "They kept to the agreed timetable.",
            "A possible deal on grain was discussed.",
        ],
    )
    def test_hedges_modals_and_non_outcomes(self, text: str) -> None:
        """Hopes, requests, expectations, possibilities and refusals to comment are not outcomes."""
        assert read(text) == []

    @pytest.mark.parametrize(
        "text",
        [
            "This site uses cookies. By continuing to browse, you agree to our use of cookies. [OK]",
            "By signing up, you agree to our Privacy Policy and Terms of Service.",
            "This site uses cookies. Some are essential. Accept all | Reject non-essential | Settings",
        ],
    )
    def test_a_page_notice_is_no_outcome(self, text: str) -> None:
        """What a page asks of its reader ("you agree to our use of cookies", a menu's "Reject") is no outcome."""
        assert read(text) == []

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The two sides agreed to complete the Vientiane–Hanoi expressway study by 2026.",
                [("agreed", "to complete the Vientiane–Hanoi expressway study by 2026", ())],
                id="name-with-a-dash",
            ),
            pytest.param(
                "They agreed to reopen the border crossing — a step the UN welcomed.",
                [("agreed", "to reopen the border crossing", ())],
                id="spaced-dash-ends-it",
            ),
        ],
    )
    def test_a_dash_between_words_is_part_of_a_name(
        self, text: str, expected: list[tuple[str, str, tuple[str, ...]]]
    ) -> None:
        """A dash with no space on either side joins two words into one name; a spaced dash ends the content."""
        assert read(text) == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The two leaders discussed the sharing of the river's waters, on which no agreement was reached.",
                [("not_agreed", "the sharing of the river's waters", ())],
                id="on-which",
            ),
            pytest.param(
                "But on the core question, the status of the 2012 navigation agreement, there was no agreement.",
                [("not_agreed", "the status of the 2012 navigation agreement", ())],
                id="on-the-question-there-was-no",
            ),
            pytest.param("On fishing quotas, there was no deal.", [("not_agreed", "fishing quotas", ())], id="on-x"),
            pytest.param(
                "The talks ended with no agreement.", [("not_agreed", "no agreement", ())], id="nothing-named"
            ),
        ],
    )
    def test_what_a_denied_agreement_was_about(
        self, text: str, expected: list[tuple[str, str, tuple[str, ...]]]
    ) -> None:
        """ "X, on which no agreement was reached", "On X, there was no deal": the denial is about X."""
        assert read(text) == expected

    def test_a_headline_tells_the_outcome_again(self) -> None:
        """A headline's outcome is the one the story states: only the story's sentence counts."""
        text = (
            "Kenya, Tanzania agree to scrap border barriers in bid to revive trade\n\n"
            "NAIROBI - Kenya and Tanzania agreed on Monday to scrap 14 non-tariff barriers at their border."
        )
        assert read(text) == [("agreed", "to scrap 14 non-tariff barriers at their border", ("Kenya", "Tanzania"))]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                '"I am not going to pretend we have a deal when we don\'t," the minister said.', [], id="pretend"
            ),
            pytest.param(
                '"Every day without an agreement is a day of hunger for millions," the envoy said.', [], id="without"
            ),
            pytest.param(
                '"No agreement was reached at this time," the White House said.',
                [("not_agreed", "No agreement", ())],
                id="was-reached",
            ),
        ],
    )
    def test_a_denied_noun_in_a_quotation_needs_its_verb(
        self, text: str, expected: list[tuple[str, str, tuple[str, ...]]]
    ) -> None:
        """In a quotation, a deal or agreement denied with nothing said of its content is an outcome only when a
        passive says it was (not) reached; a speaker's figure of speech is none."""
        assert read(text) == expected

    def test_a_party_may_say_you(self) -> None:
        """Inside a quotation "you" is a party spoken to, and its agreement counts."""
        assert read('"You agreed to this deal," Trump told Zelenskiy.') == [("agreed", "this deal", ())]


class TestRecords:
    def test_cue_and_span(self) -> None:
        """The span is the content; the cue span is the verb."""
        (outcome,) = found("The two sides agreed to resume military talks.")
        assert outcome == Outcome(
            OutcomeKind.AGREED,
            "to resume military talks",
            diplomeet.Span(21, 45, "to resume military talks"),
            (),
            diplomeet.Span(14, 20, "agreed"),
        )

    def test_one_outcome_reported_twice(self) -> None:
        """A headline and the body reporting one agreement give one record."""
        text = "Leaders agree to resume talks.\n\nThe two leaders agreed on Tuesday to resume talks."
        assert read(text) == [("agreed", "to resume talks", ())]

    def test_attached_to_the_meeting(self) -> None:
        """An outcome after a meeting in its paragraph is that meeting's."""
        result = diplomeet.extract(
            "Blinken met Wang Yi in Beijing on Monday. The two sides agreed to resume military talks.",
            published=PUBLISHED,
        )
        assert [[o.text for o in m.outcomes] for m in result.meetings] == [["to resume military talks"]]
        assert result.outcomes == ()

    def test_article_level_without_meeting(self) -> None:
        """An outcome with no meeting stays on the article, in the JSON too."""
        data = diplomeet.extract("Russia refused to extend the grain deal.", published=PUBLISHED).to_dict()
        assert [o["text"] for o in data["outcomes"]] == ["to extend the grain deal"]


class TestLexicon:
    def test_roles_and_kinds_are_known(self) -> None:
        """Every row has known roles; verbs and nouns say a valid outcome kind and known frames."""
        roles = {"verb", "noun", "light", "negation", "hedge", "aux", "skip", "reader"}
        frames = {"to", "on", "that", "with", "np", "obj"}
        kinds = {k.value for k in OutcomeKind}
        for entry in lexicons.load("outcome_cues"):
            assert set(entry.values("role")) <= roles, entry.text
            if {"verb", "noun"} & set(entry.values("role")):
                assert entry.get("kind") in kinds, entry.text
                assert set(entry.values("frame")) <= frames, entry.text
                assert entry.values("frame"), entry.text


AGREEMENTS = [
    ("The two sides agreed to resume military talks.", "to resume military talks"),
    ("The ministers reached an agreement on fishing quotas.", "fishing quotas"),
    ("China pledged not to provide weapons to Russia.", "not to provide weapons to Russia"),
    ("Russia refused to extend the grain deal.", "to extend the grain deal"),
]
HEDGES = ["hoped", "wanted", "expected", "tried", "aimed", "sought", "planned", "intended", "wished"]
NEGATIONS = ["did not", "failed to", "could not", "were unable to", "would not", "never"]


class TestInvariants:
    @settings(max_examples=40, deadline=None)
    @given(st.lists(st.sampled_from(AGREEMENTS), min_size=1, max_size=4, unique=True))
    def test_sentences_compose(self, sentences: list[tuple[str, str]]) -> None:
        """An article's outcomes are those of its sentences read alone, in order, at shifted offsets."""
        text = " ".join(s for s, _ in sentences)
        assert [o.text for o in found(text)] == [content for _, content in sentences]
        for outcome in found(text):
            assert text[outcome.span.start : outcome.span.end] == outcome.text

    @settings(max_examples=30, deadline=None)
    @given(st.sampled_from(HEDGES), st.sampled_from(["resume talks", "lift the sanctions", "a ceasefire"]))
    def test_a_hedge_cancels(self, hedge: str, content: str) -> None:
        """ "X <hedged> to agree to Y" is never an outcome."""
        assert read(f"The two sides {hedge} to agree to {content}.") == []

    @settings(max_examples=30, deadline=None)
    @given(st.sampled_from(NEGATIONS), st.sampled_from(["resume talks", "lift the sanctions"]))
    def test_a_negation_denies(self, negation: str, content: str) -> None:
        """ "X <negated> agree to Y" is exactly one non-agreement on "to Y"."""
        assert read(f"The two sides {negation} agree to {content}.") == [("not_agreed", f"to {content}", ())]


@pytest.mark.parametrize("time", ["on Tuesday", "last week", "Tuesday"])
def test_a_time_between_the_parties_and_the_verb(time: str) -> None:
    """ "Wong and Anwar on Tuesday signed an agreement to …": the subject is the two leaders, past the time."""
    assert read(f"Lawrence Wong and Anwar Ibrahim {time} signed an agreement to set up a special economic zone.") == [
        ("agreed", "to set up a special economic zone", ("Lawrence Wong", "Anwar Ibrahim"))
    ]
