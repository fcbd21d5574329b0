"""Tests for the ``topics`` rule and its lexicon: what an article says was discussed, raised or disputed."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import diplomeet
from diplomeet import lexicons
from diplomeet.gazetteer import fold
from diplomeet.models import Topic
from diplomeet.state import ExtractionState

PUBLISHED = "2024-03-05"


def found(text: str) -> list[Topic]:
    """Every topic of *text*, at article level or on a meeting, in text order."""
    result = diplomeet.extract(text, published=PUBLISHED)
    every = [*result.topics, *(t for m in result.meetings for t in m.topics)]
    return sorted(every, key=lambda t: t.span.start)


def labels(text: str) -> list[str]:
    """The labels of every topic of *text*, in text order."""
    return [t.label for t in found(text)]


class TestObjectCues:
    def test_discussed_names_the_issue_after_it(self) -> None:
        """ "discussed X" gives X, and the phrase stops before a time expression."""
        assert labels("The two foreign ministers discussed the war in Gaza on Tuesday.") == ["the war in Gaza"]

    def test_a_list_gives_one_topic_per_item(self) -> None:
        """ "discussed A, B and C" gives three topics."""
        text = "Officials said the leaders discussed trade, climate change and drug trafficking."
        assert labels(text) == ["trade", "climate change", "drug trafficking"]

    @pytest.mark.parametrize(
        "tail",
        [
            pytest.param("and India pledged to help build a parliament building", id="pledged"),
            pytest.param("and Modi said more talks were needed", id="said"),
        ],
    )
    def test_a_list_ends_before_a_new_clause(self, tail: str) -> None:
        """ "discussed A, B and C, and India pledged …": India is the subject of a new clause, no topic."""
        text = f"The two leaders discussed maritime security, the Chagos Islands and development finance, {tail}."
        assert labels(text)[:4] == ["maritime security", "the Chagos Islands", "development finance"]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Ankara and Stockholm remain divided on the extradition of Kurdish activists.",
                ["the extradition of Kurdish activists"],
                id="divided-on",
            ),
            pytest.param(
                "The meeting between Mohammed bin Salman and Ahmed al-Sharaa was dominated by the lifting of "
                "sanctions on Syria.",
                ["the lifting of sanctions on Syria"],
                id="dominated-by",
            ),
            pytest.param(
                "Energy security featured prominently in the talks between Scholz and Tokayev.",
                ["Energy security"],
                id="featured-prominently-after-a-capitalised-opener",
            ),
            pytest.param(
                "Migration was high on the agenda when Meloni met Starmer in Rome.",
                ["Migration"],
                id="high-on-the-agenda",
            ),
            pytest.param(
                "Despite their differences over tariffs, the two trade ministers held a cordial meeting.",
                ["tariffs"],
                id="an-office-is-no-issue",
            ),
        ],
    )
    def test_more_cues(self, text: str, expected: list[str]) -> None:
        """More ways news says what was discussed; an issue word inside an office ("trade ministers") is none."""
        assert labels(text) == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Boluarte talked about mining investment, the Chancay port and illegal fishing with Xi.",
                ["mining investment", "the Chancay port", "illegal fishing"],
                id="list",
            ),
            pytest.param("They discussed the Hajj season.", ["the Hajj season"], id="alone"),
            pytest.param(
                "The leaders discussed the Ambalat maritime boundary and palm oil exports.",
                ["the Ambalat maritime boundary", "palm oil exports"],
                id="before-an-adjective",
            ),
        ],
    )
    def test_unknown_capitalised_modifier(self, text: str, expected: list[str]) -> None:
        """An unknown capitalised word before a common noun ("the Chancay port") modifies it: no name ends the
        phrase there, and the rest of the list is kept.
        """
        assert labels(text) == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Sisi and Erdogan signed 18 agreements on energy, defence and tourism in Ankara.",
                ["energy", "defence", "tourism"],
                id="agreements-on-a-list",
            ),
            pytest.param(
                "Prabowo and Anwar signed a memorandum of understanding on palm oil on Monday.",
                ["palm oil"],
                id="memorandum-on",
            ),
            pytest.param(
                "Saudi Arabia and Pakistan signed an agreement on mutual defence in Riyadh.",
                ["mutual defence"],
                id="agreement-on",
            ),
        ],
    )
    def test_what_an_agreement_is_on(self, text: str, expected: list[str]) -> None:
        """ "an agreement on X", "a memorandum of understanding on X": X was in talks, an issue."""
        assert labels(text) == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param("They discussed increasing passenger flights.", ["passenger flights"], id="increasing"),
            pytest.param(
                "They discussed restoring military communication.", ["military communication"], id="restoring"
            ),
            pytest.param("They discussed shipping in the Red Sea.", ["shipping in the Red Sea"], id="a-noun-in-ing"),
        ],
    )
    def test_a_gerund_of_change_is_not_the_issue(self, text: str, expected: list[str]) -> None:
        """ "increasing passenger flights": the issue is the flights; a noun in -ing ("shipping") stays."""
        assert labels(text) == expected

    def test_raised_keeps_linking_prepositions(self) -> None:
        """ "raised the detention of X" keeps the "of" phrase in the label."""
        text = "Chancellor Olaf Scholz raised the detention of two German journalists."
        assert labels(text) == ["the detention of two German journalists"]

    def test_dispute_noun_with_preposition(self) -> None:
        """ "tensions over X" gives X, ending before the verb that follows."""
        assert labels("Tensions over fishing rights have clouded ties between the two neighbours.") == [
            "fishing rights"
        ]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The ministers agreed to continue work on the treaty but did not agree on the opening of transport "
                "routes.",
                ["the opening of transport routes"],
                id="did-not-agree-on",
            ),
            pytest.param(
                "No agreement was reached on the delimitation of the continental shelf, a Greek diplomat said.",
                ["the delimitation of the continental shelf"],
                id="no-agreement-was-reached-on",
            ),
            pytest.param(
                "Kuleba said no progress was made on a ceasefire.", ["a ceasefire"], id="progress-was-made-on"
            ),
            pytest.param("A senior official said gaps remained on sanctions relief.", ["sanctions relief"], id="gaps"),
            pytest.param("The two sides could agree on little.", [], id="agree-on-an-amount"),
            pytest.param("The leaders failed to agree on a joint statement.", [], id="agree-on-a-document"),
            pytest.param("They agreed on a date for the next round.", [], id="agree-on-a-date"),
        ],
    )
    def test_what_they_agreed_or_moved_on(self, text: str, expected: list[str]) -> None:
        """Whether the parties agreed on an issue or made progress on it names the issue; an amount, a document
        or a date is none.
        """
        assert labels(text) == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Foreign Minister Ana Ruiz briefed her Chilean counterpart on the situation in Haiti.",
                ["the situation in Haiti"],
                id="briefed-party-on",
            ),
            pytest.param(
                "Blinken pressed Wang Yi over Chinese support for Russia's war machine.",
                ["Chinese support for Russia's war machine"],
                id="pressed-party-over",
            ),
            pytest.param("The minister briefed reporters after the meeting on Tuesday.", [], id="no-party-no-issue"),
        ],
    )
    def test_issues_after_a_party(self, text: str, expected: list[str]) -> None:
        """ "briefed X on Y", "pressed X over Y": the issues follow the party and its preposition."""
        assert labels(text) == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The session featured sharp exchanges over the South China Sea.",
                ["the South China Sea"],
                id="exchanges-over",
            ),
            pytest.param("The ministers remained far apart on maritime zones.", ["maritime zones"], id="far-apart-on"),
            pytest.param(
                "The three ministers agreed to step up coordination on North Korea's missile program.",
                ["North Korea's missile program"],
                id="coordination-on",
            ),
            pytest.param(
                "The sides paid special attention to the situation in the Red Sea.",
                ["the situation in the Red Sea"],
                id="attention-to",
            ),
            pytest.param(
                "Vice Foreign Minister Takeo Moriyama lodged a protest over a marine survey ship.",
                ["a marine survey ship"],
                id="protest-over",
            ),
            pytest.param(
                "The defence ministers met in Manila, where the collision dominated the conversation.",
                ["the collision"],
                id="dominated-the-conversation",
            ),
            pytest.param("Labour clauses remain a sticking point.", ["Labour clauses"], id="remain-a-sticking-point"),
        ],
    )
    def test_exchanges_protests_and_distance(self, text: str, expected: list[str]) -> None:
        assert labels(text) == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param("They talked about the proposed land bridge.", ["the proposed land bridge"], id="proposed"),
            pytest.param(
                "The ministers discussed the overlapping claims of the two countries.",
                ["the overlapping claims of the two countries"],
                id="claims",
            ),
        ],
    )
    def test_a_verb_after_a_determiner_is_part_of_the_name(self, text: str, expected: list[str]) -> None:
        """ "the proposed land bridge", "the overlapping claims": a reporting verb's form after a determiner is an
        adjective or a noun, not a new clause.
        """
        assert labels(text) == expected

    def test_how_to_is_skipped(self) -> None:
        """ "discussed how to curb X" gives X."""
        assert labels("They discussed how to curb fentanyl trafficking.") == ["fentanyl trafficking"]

    def test_general_head_of_names_what_follows(self) -> None:
        """ "issues of X" names X."""
        assert labels("The two men discussed issues of regional stability.") == ["regional stability"]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The ministers discussed the expansion of direct flights between Tokyo and Ulaanbaatar, and tourism.",
                ["the expansion of direct flights between Tokyo and Ulaanbaatar", "tourism"],
                id="between-a-and-b",
            ),
            pytest.param(
                "They discussed rare earths and other critical minerals.",
                ["rare earths and other critical minerals"],
                id="and-other",
            ),
        ],
    )
    def test_an_and_that_belongs_to_the_phrase(self, text: str, expected: list[str]) -> None:
        """ "between A and B" and "A and other B" are one issue: the "and" does not start the next item."""
        assert labels(text) == expected

    def test_a_dash_between_words_is_part_of_a_name(self) -> None:
        """ "the Basra–Aqaba oil pipeline": a dash with no space on either side joins one name."""
        assert labels("Al-Qudah stressed the importance of completing the Basra–Aqaba oil pipeline.") == [
            "the Basra–Aqaba oil pipeline"
        ]

    def test_coordination_inside_an_of_phrase_stays_together(self) -> None:
        """ "the risk of A and B" is one issue, not two."""
        text = "Both sides stressed the need to reduce the risk of misperception and miscalculation."
        assert labels(text) == ["the risk of misperception and miscalculation"]

    def test_quotation_marks_do_not_hide_a_cue(self) -> None:
        """A cue with quoted words inside it ('a "red line" over X') is still read."""
        assert labels('Xi warned Biden not to cross a "red line" over Taiwan.') == ["Taiwan"]


class TestAfterAMeetingWord:
    """ "held talks with X on Y": the issues follow the meeting word, its party and its time."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Foreign Minister Bui Thanh Son held talks with his Philippine counterpart on maritime cooperation "
                "and education in Hanoi on Monday.",
                ["maritime cooperation", "education"],
                id="talks-with-party-on",
            ),
            pytest.param(
                "Secretary of State Antony Blinken and Foreign Minister Wang Yi held talks on Monday on trade and the "
                "war in Ukraine.",
                ["trade", "the war in Ukraine"],
                id="talks-time-on",
            ),
            pytest.param(
                "President Joe Biden spoke with President Xi Jinping on Tuesday about Taiwan and fentanyl.",
                ["Taiwan", "fentanyl"],
                id="spoke-with-party-time-about",
            ),
            pytest.param(
                "Trade Minister Gan Kim Yong held a video call on digital trade rules with his Australian counterpart.",
                ["digital trade rules"],
                id="call-on",
            ),
            pytest.param(
                "Deputy Foreign Minister Oleg Sorokin held talks with Turkish Ambassador Kemal Yavuz in Moscow on "
                "Tuesday on extending the Black Sea shipping corridor.",
                ["the Black Sea shipping corridor"],
                id="talks-with-party-place-time-on",
            ),
            pytest.param(
                "The two foreign ministers held talks at the Foreign Ministry on Monday and Tuesday on the Pilcomayo "
                "river and fuel smuggling across the border.",
                ["the Pilcomayo river", "fuel smuggling across the border"],
                id="talks-venue-two-days-on",
            ),
            pytest.param(
                "The audience was followed by talks between Foreign Minister Ana Ruiz and her Moroccan counterpart "
                "Karim Benali on migration and fisheries.",
                ["migration", "fisheries"],
                id="talks-between-on",
            ),
        ],
    )
    def test_issues_after_a_meeting_word(self, text: str, expected: list[str]) -> None:
        assert labels(text) == expected

    def test_the_place_is_found_whatever_the_order_of_places(self) -> None:
        """The rules before may add places out of text order (a dateline's place comes last): the place after a
        meeting word is still stepped over, and nothing fails."""
        extractor = diplomeet.Extractor()

        def reverse_places(state: ExtractionState) -> None:
            state.places.reverse()

        extractor.rules.before("topics", "reverse_places", reverse_places)
        text = (
            "Foreign Minister Hakan Fidan met Foreign Minister Sergei Lavrov in Sochi on Monday. Deputy Foreign "
            "Minister Oleg Sorokin held talks with Ambassador Kemal Yavuz in Moscow on Tuesday on the shipping "
            "corridor."
        )
        result = extractor.extract(text, published=PUBLISHED)
        every = [*result.topics, *(t for m in result.meetings for t in m.topics)]
        assert [t.label for t in every] == ["the shipping corridor"]

    def test_a_place_after_a_venue_is_no_issue(self) -> None:
        """ "at the Capella Hotel on Sentosa island": the second place says where the first is."""
        text = "President Lee Jae-myung held talks with Prime Minister Lawrence Wong at the Capella Hotel on Sentosa island."
        assert labels(text) == []

    @pytest.mark.parametrize(
        "text",
        [
            "President Xi Jinping held talks with President Vladimir Putin on Monday on the sidelines of the summit.",
            "Prime Minister Narendra Modi met President Xi Jinping on Wednesday on the margins of the summit.",
        ],
    )
    def test_the_sidelines_are_no_issue(self, text: str) -> None:
        assert labels(text) == []


class TestSubjectCues:
    def test_passive_names_the_issue_before_it(self) -> None:
        """ "X was raised" gives X."""
        assert labels("Migration was also raised during the talks.") == ["Migration"]

    def test_came_up(self) -> None:
        """ "X came up" gives X."""
        assert labels("Cybersecurity came up at the dinner.") == ["Cybersecurity"]

    def test_general_subject_then_marker(self) -> None:
        """ "A wide range of topics were discussed, including A and B" gives A and B."""
        text = "A wide range of topics were discussed, including energy prices and the Arctic."
        assert labels(text) == ["energy prices", "the Arctic"]


class TestListCues:
    def test_issues_ranging_from_x_to_y(self) -> None:
        """ "issues ranging from X to Y" gives X and Y."""
        text = "Relations have been strained by issues ranging from export controls to the status of Kosovo."
        assert labels(text) == ["export controls", "the status of Kosovo"]

    def test_disputes_that_include(self) -> None:
        """ "disputes that include A, B and C" gives A, B and C."""
        text = "The neighbours have disputes that include water sharing, border security and visas."
        assert labels(text) == ["water sharing", "border security", "visas"]

    def test_a_partner_after_an_item_does_not_end_the_list(self) -> None:
        """ "cooperation with the United States as well as the nuclear issue": the partner of the first item is
        passed over, and the list goes on."""
        text = (
            "Kang said the two leaders would discuss ways to strengthen trilateral cooperation with the United States "
            "as well as the North Korean nuclear issue."
        )
        assert labels(text) == ["trilateral cooperation", "the North Korean nuclear issue"]

    def test_from_without_to_is_no_range(self) -> None:
        """ "questions from reporters" is no list of issues."""
        assert labels("He took questions from reporters.") == []


class TestWhatIsNotATopic:
    def test_general_words(self) -> None:
        """ "bilateral relations" is no topic."""
        assert labels("They discussed bilateral relations.") == []

    def test_known_issue_without_cue(self) -> None:
        """A known issue mentioned in passing was not discussed."""
        assert labels("Tariffs rose last year.") == []

    def test_the_meeting_place(self) -> None:
        """Where the meeting took place is not part of what it discussed."""
        text = "Biden met Xi Jinping in Bali on Monday. They discussed human rights in Bali."
        assert labels(text) == ["human rights"]

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("Ramaphosa addressed parliament in Cape Town on Thursday.", id="addressed-parliament"),
            pytest.param("Ramaphosa addressed the assembly on Thursday.", id="addressed-the-assembly"),
        ],
    )
    def test_an_address_to_an_audience(self, text: str) -> None:
        """ "addressed parliament" is a speech to an audience, not an issue addressed."""
        assert labels(text) == []

    def test_general_phrase_before_the_city_where_they_met(self) -> None:
        """ "issues of mutual interest in Riyadh": the city is where they met; what is left is general."""
        assert labels("The two ministers discussed issues of mutual interest in Riyadh on Sunday.") == []

    def test_a_place_after_a_noun_that_takes_it(self) -> None:
        """ "the situation in Kyiv": the city belongs to the issue's name; "addressed climate change" is an issue."""
        assert labels("They discussed the situation in Kyiv.") == ["the situation in Kyiv"]
        assert labels("The leaders addressed climate change.") == ["climate change"]

    def test_a_person_after_a_comma(self) -> None:
        """ "discussed trade, Biden said" does not make Biden a topic."""
        assert labels("They discussed trade, Biden said.") == ["trade"]


class TestKnownIssues:
    def test_in_an_outcome_sentence(self) -> None:
        """A known issue in a sentence that reports an agreement is a topic."""
        assert labels("The leaders agreed to expand direct flights, officials said.") == ["direct flights"]

    def test_counted_once(self) -> None:
        """Two namings of one known issue give one topic, the first."""
        assert labels("They discussed Taiwan. Xi also raised the Taiwan question.") == ["Taiwan"]

    def test_added_entry(self) -> None:
        """An issue added to the lexicon for one extractor is found by that extractor only."""
        text = "The two sides agreed to study seabed mining."
        mine = diplomeet.Extractor().add_entries(
            "topics", [{"form": "deep-sea mining", "role": "topic", "aliases": "seabed mining"}]
        )
        assert [t.label for t in mine.extract(text).topics] == ["seabed mining"]
        assert labels(text) == []


class TestRecords:
    def test_span_and_evidence(self) -> None:
        """The span names the issue; the evidence is the clause from the cue to the issue."""
        (topic,) = found("The ministers discussed fentanyl.")
        assert topic == Topic(
            "fentanyl",
            diplomeet.Span(24, 32, "fentanyl"),
            diplomeet.Span(14, 32, "discussed fentanyl"),
        )

    def test_attached_to_the_meeting_of_the_paragraph(self) -> None:
        """A topic in the paragraph of a meeting, after it, is that meeting's."""
        result = diplomeet.extract(
            "Blinken met Wang Yi in Beijing on Monday. They discussed fentanyl.", published=PUBLISHED
        )
        assert [[t.label for t in m.topics] for m in result.meetings] == [["fentanyl"]]
        assert result.topics == ()

    def test_article_level_without_meeting(self) -> None:
        """A topic with no meeting in its paragraph stays on the article."""
        result = diplomeet.extract("Tensions over Taiwan have grown for years.", published=PUBLISHED)
        assert [t.label for t in result.topics] == ["Taiwan"]

    def test_other_paragraph_is_not_the_meeting(self) -> None:
        """A topic in a later paragraph does not attach to an earlier paragraph's meeting."""
        result = diplomeet.extract(
            "Blinken met Wang Yi in Beijing on Monday.\n\nTensions over Taiwan have grown for years.",
            published=PUBLISHED,
        )
        assert [t.label for t in result.topics] == ["Taiwan"]
        assert all(m.topics == () for m in result.meetings)

    def test_json(self) -> None:
        """Meetings and the article carry ``topics`` in the JSON contract."""
        data = diplomeet.extract(
            "Blinken met Wang Yi in Beijing on Monday. They discussed fentanyl.", published=PUBLISHED
        ).to_dict()
        assert data["topics"] == []
        assert data["meetings"][0]["topics"][0]["label"] == "fentanyl"


class TestLexicon:
    def test_roles_and_frames_are_known(self) -> None:
        """Every row has a known role, and cues and markers a known frame."""
        roles = {"topic", "cue", "marker", "link", "general", "boundary", "possessive", "change", "meeting_link", "manner"}
        frames = {"cue": {"object", "passive", "subject", "list", "party"}, "marker": {None, "range", "from_to"}}
        for entry in lexicons.load("topics"):
            assert set(entry.values("role")) <= roles, entry.text
            for role, allowed in frames.items():
                if role in entry.values("role"):
                    assert entry.get("frame") in allowed, entry.text

    def test_surface_forms_name_one_issue(self) -> None:
        """No surface form belongs to two issues (compared case-insensitively)."""
        owner: dict[str, str] = {}
        for entry in lexicons.load("topics"):
            if "topic" not in entry.values("role"):
                continue
            for form in (entry.text, *entry.values("aliases")):
                assert owner.setdefault(fold(form), entry.text) == entry.text, form


STANDALONE = [
    "The ministers discussed fentanyl.",
    "Tensions over fishing rights persist.",
    "Migration was also raised.",
    "The neighbours have disputes that include water sharing and visas.",
    "Officials said the leaders discussed climate change.",
    "Chancellor Olaf Scholz raised the detention of two German journalists.",
]
"""Sentences with distinct issues, each read on its own the same as inside an article."""


class TestInvariants:
    @settings(max_examples=40, deadline=None)
    @given(st.lists(st.sampled_from(STANDALONE), min_size=1, max_size=4, unique=True))
    def test_sentences_compose(self, sentences: list[str]) -> None:
        """An article's topics are those of its sentences read alone, in order, at shifted offsets."""
        text = " ".join(sentences)
        expected: list[tuple[str, int]] = []
        offset = 0
        for sentence in sentences:
            expected.extend((t.label, t.span.start + offset) for t in found(sentence))
            offset += len(sentence) + 1
        assert [(t.label, t.span.start) for t in found(text)] == expected

    @settings(max_examples=40, deadline=None)
    @given(
        st.lists(st.sampled_from([*STANDALONE, "They discussed Taiwan.", "Xi raised the Taiwan issue."]), max_size=6)
    )
    def test_label_span_and_evidence_agree(self, sentences: list[str]) -> None:
        """A label is its span's words; the evidence contains the span; no issue is counted twice."""
        topics = found(" ".join(sentences))
        for t in topics:
            assert fold(t.label) == fold(" ".join(t.span.text.split()))
            assert t.evidence is not None
            assert t.evidence.start <= t.span.start <= t.span.end <= t.evidence.end
        folded = [fold(t.label) for t in topics]
        assert len(folded) == len(set(folded))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "discussed",
        "They discussed",
        "issues ranging from",
        "“ was raised, “",
        "disputes that include , and .",
    ],
)
def test_fragments_do_not_break_the_rule(text: str) -> None:
    """Cues at the edge of the text or with nothing after them give no topic and no error."""
    assert labels(text) == []


class TestEvaluativeAdjectives:
    def test_a_judged_general_noun_is_no_issue(self) -> None:
        """ "legitimate differences": a general noun judged by an adjective names no issue; "trade" does."""
        assert labels("Biden met Xi on Monday. They discussed legitimate differences and trade.") == ["trade"]


class TestPeopleInsideAnIssue:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "They discussed the case of jailed journalist Evan Gershkovich.",
                ["the case of jailed journalist Evan Gershkovich"],
            ),
            (
                "Albanese said he would raise the case of detained Australian writer Yang Hengjun, who was sentenced.",
                ["the case of detained Australian writer Yang Hengjun"],
            ),
            (
                "They discussed the release of Paul Whelan and Brittney Griner.",
                ["the release of Paul Whelan and Brittney Griner"],
            ),
        ],
    )
    def test_a_person_the_issue_is_about(self, text: str, expected: list[str]) -> None:
        """ "the case of jailed journalist Evan Gershkovich": the name of the noun after the link is part of the
        issue, and so is a second name joined to the first by "and"."""
        assert labels(text) == expected


class TestTheClauseVerbEndsAnIssue:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Gerapetritis cautioned that differences over maritime boundaries remained.",
                ["maritime boundaries"],
            ),
            (
                (
                    "Modi and Sunak discussed ways to deepen trade and investment ties, and reviewed progress on a "
                    "free trade agreement, the ministry said."
                ),
                ["trade", "investment ties"],
            ),
        ],
    )
    def test_a_verb_in_ed_is_no_issue(self, text: str, expected: list[str]) -> None:
        """ "boundaries remained.": the subject's verb ends the phrase; ", and reviewed progress": the subject's
        next act, not another issue."""
        assert labels(text) == expected


class TestAddressingABody:
    @pytest.mark.parametrize(
        "text",
        [
            "Iranian President Masoud Pezeshkian is due to address the U.N. General Assembly on Wednesday.",
            "President Volodymyr Zelensky addressed the European Parliament on Tuesday.",
        ],
    )
    def test_a_body_named_in_capitals_is_an_audience(self, text: str) -> None:
        """ "address the U.N. General Assembly": the last word of the body's name says it is an audience."""
        assert labels(text) == []

    @pytest.mark.parametrize(
        "text",
        [
            "Modi is due to travel to Guyana on Tuesday, where he will address the country's parliament.",
            "The president addressed Kenya's National Assembly on Thursday.",
        ],
    )
    def test_a_body_after_a_possessive_is_an_audience(self, text: str) -> None:
        """ "address the country's parliament": the possessive names whose body it is, not the issue."""
        assert labels(text) == []

    def test_an_issue_after_a_possessive_is_still_an_issue(self) -> None:
        """Only an audience word ends it: "addressed the country's energy crisis" keeps its issue."""
        assert labels("The two leaders addressed the country's energy crisis on Monday.") == ["the country's energy crisis"]


class TestHyphenAfterAnAbbreviation:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Putin met Witkoff for talks on a U.S.-drafted plan to end the war in Ukraine.",
                ["a U.S.-drafted plan", "the war in Ukraine"],
                id="abbreviation",
            ),
            pytest.param(
                "Putin met Witkoff for talks on a US-drafted plan to end the war in Ukraine.",
                ["a US-drafted plan", "the war in Ukraine"],
                id="one-word",
            ),
        ],
    )
    def test_a_hyphen_joins_the_abbreviation_to_its_word(self, text: str, expected: list[str]) -> None:
        """ "a U.S.-drafted plan": the hyphen after the abbreviation's full stop joins one word, as in "US-drafted";
        the issue is not cut to "a U.S."."""
        assert labels(text) == expected


def test_the_entire_gamut_of_ties_is_no_topic() -> None:
    """ "discussed the entire gamut of bilateral ties, including trade and defence": words of extent over general
    words name no issue; the issues are those the list names."""
    result = diplomeet.extract(
        "Jaishankar and Lavrov discussed the entire gamut of ties, including trade and defence.", published="2025-08-21"
    )
    assert [t.label for t in result.topics] + [t.label for m in result.meetings for t in m.topics] == [
        "trade",
        "defence",
    ]


def test_a_list_after_general_words_and_a_marker() -> None:
    """ "discussed bilateral ties, including trade, energy and defence cooperation": every issue of the list,
    "energy" too, which no lexicon row names."""
    result = diplomeet.extract(
        "Jaishankar and Lavrov discussed bilateral ties, including trade, energy and defence cooperation.",
        published="2025-08-21",
    )
    assert [t.label for t in result.topics] + [t.label for m in result.meetings for t in m.topics] == [
        "trade",
        "energy",
        "defence cooperation",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two presidents discussed the new trade deal in detail on Monday.", ["the new trade deal"]),
        ("Wang and Blinken discussed Taiwan and fentanyl at length.", ["Taiwan", "fentanyl"]),
        ("The ministers discussed climate finance in greater depth than before.", ["climate finance"]),
        ("They discussed the situation in Gaza and the war in Ukraine.", ["the situation in Gaza", "the war in Ukraine"]),
    ],
)
def test_how_an_issue_was_discussed_is_not_its_name(text: str, expected: list[str]) -> None:
    """ "discussed the trade deal in detail": the issue is the trade deal; a place after "in" still belongs."""
    assert labels(text) == expected


def test_speaking_on_condition_of_anonymity_raises_no_issue() -> None:
    """ "a diplomat who spoke on condition of anonymity": how the source spoke, not an issue discussed."""
    assert labels("The talks stalled over Taiwan, said a diplomat who spoke on condition of anonymity.") == ["Taiwan"]


def test_a_hyphenated_noun_before_a_person_belongs_to_the_issue() -> None:
    """ "raised the case of jailed pro-democracy campaigner Jimmy Lai": the person is part of the issue."""
    assert labels("Starmer raised the case of jailed pro-democracy campaigner Jimmy Lai.") == [
        "the case of jailed pro-democracy campaigner Jimmy Lai"
    ]


def test_a_possessive_person_keeps_the_meeting_noun_after_it() -> None:
    """ "preparations for Putin's visit to China": not "preparations for Putin", a possessive with no noun."""
    assert labels("Lavrov and Wang discussed preparations for Putin's visit to China in May.") == [
        "preparations for Putin's visit to China"
    ]


def test_a_country_pair_with_an_abbreviation_stays_in_the_issue() -> None:
    """ "issues of strategic importance in China-U.S. relations": the label is not cut inside "U.S."."""
    assert labels(
        "Xi and Biden had an in-depth exchange of views on issues of strategic importance in China-U.S. relations."
    ) == ["strategic importance in China-U.S. relations"]


def test_a_known_issue_inside_the_name_of_a_forum_is_none() -> None:
    """ "on the sidelines of the Asia-Pacific Economic Cooperation forum": where they met, not what they discussed."""
    assert labels(
        "Lee and Xi met on Saturday on the sidelines of the Asia-Pacific Economic Cooperation forum in Gyeongju,"
        " agreeing to restore ties strained by disputes over a missile defense system."
    ) == ["a missile defense system"]
