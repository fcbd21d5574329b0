"""Behaviour tests for meetings (issue 5): who met whom, held or planned, when, where, how long, coded.

Every sentence here is written for these tests. Expectations are exact records in
the shapes of :func:`diplomeet.testing.compact`; a shape the library gets wrong
today is a strict expected failure whose reason says what goes wrong, so that the
suite says so the day it is fixed.
"""

from __future__ import annotations

import pytest

import diplomeet
from diplomeet import Extraction, Meeting
from diplomeet.testing import expect

PUBLISHED = "2023-06-20"
"""A Tuesday: the publication date of every article below unless a test says otherwise."""


def one(result: Extraction) -> Meeting:
    """The only meeting of *result*."""
    assert len(result.meetings) == 1, [m.to_dict()["participants"] for m in result.meetings]
    return result.meetings[0]


Facts = tuple[list[str], str, str, "str | None", "int | None"]
"""A meeting's participants, status, ISO date ("" when none), place and minutes."""


def facts(result: Extraction) -> list[Facts]:
    """The facts of every meeting in *result*, in order."""
    return [
        (
            [p.name for p in m.participants],
            m.status.value,
            m.date.value.isoformat() if m.date else "",
            m.location.text if m.location else None,
            m.duration.minutes if m.duration else None,
        )
        for m in result.meetings
    ]


def evidence(meeting: Meeting) -> list[str]:
    """The evidence passages of *meeting*, as written."""
    return [span.text for span in meeting.evidence]


# --------------------------------------------------------------------- shapes


class TestShapes:
    @pytest.mark.parametrize(
        ("text", "expected", "passage"),
        [
            pytest.param(
                "Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing on Monday.",
                {"participants": ["Antony Blinken", "Xi Jinping"], "others": [], "status": "held", "kind": "meeting"},
                "Antony Blinken met Chinese President Xi Jinping",
                id="met",
            ),
            pytest.param(
                "Secretary of State Antony Blinken met with Chinese President Xi Jinping in Beijing on Monday.",
                {"participants": ["Antony Blinken", "Xi Jinping"], "others": [], "status": "held", "kind": "meeting"},
                "Antony Blinken met with Chinese President Xi Jinping",
                id="met-with",
            ),
            pytest.param(
                "Secretary of State Antony Blinken held talks with Chinese Foreign Minister Qin Gang in Beijing on "
                "Sunday.",
                {"participants": ["Antony Blinken", "Qin Gang"], "others": [], "status": "held", "kind": "talks"},
                "Antony Blinken held talks with Chinese Foreign Minister Qin Gang",
                id="held-talks-with",
            ),
            pytest.param(
                "African Union Commission Chairperson Moussa Faki Mahamat on Monday paid a courtesy call on President "
                "Hakainde Hichilema at State House in Lusaka.",
                {
                    "participants": ["Moussa Faki Mahamat", "Hakainde Hichilema"],
                    "others": [],
                    "status": "held",
                    "kind": "meeting",
                },
                "Moussa Faki Mahamat on Monday paid a courtesy call on President Hakainde Hichilema",
                id="paid-a-courtesy-call-on",
            ),
            pytest.param(
                "Secretary of State Marco Rubio and Russian Foreign Minister Sergei Lavrov held a call on Monday.",
                {"participants": ["Marco Rubio", "Sergei Lavrov"], "others": [], "status": "held", "kind": "call"},
                "Marco Rubio and Russian Foreign Minister Sergei Lavrov held a call",
                id="held-a-call-on-a-day",
            ),
            pytest.param(
                "Secretary of State Antony J. Blinken met today with People's Republic of China (PRC) Foreign "
                "Minister Wang Yi in Vientiane.",
                {"participants": ["Antony J. Blinken", "Wang Yi"], "others": [], "status": "held", "kind": "meeting"},
                "Antony J. Blinken met today with People's Republic of China (PRC) Foreign Minister Wang Yi",
                id="country-abbreviation-in-parentheses",
            ),
            pytest.param(
                "Prime Minister Narendra Modi received a phone call today from the President of the United States "
                "of America, H.E. Mr. Donald J. Trump.",
                {"participants": ["Narendra Modi", "Donald J. Trump"], "others": [], "status": "held", "kind": "call"},
                "Narendra Modi received a phone call today from the President of the United States of America, "
                "H.E. Mr. Donald J. Trump",
                id="description-of-country-then-honorifics-and-name",
            ),
            pytest.param(
                "Chinese Vice Premier Ding Xuexiang (2nd L) shakes hands with Kenyan President William Ruto in Nairobi "
                "on Friday.",
                {"participants": ["Ding Xuexiang", "William Ruto"], "others": [], "status": "held", "kind": "meeting"},
                "Ding Xuexiang (2nd L) shakes hands with Kenyan President William Ruto",
                id="caption-position-then-shakes-hands",
            ),
            pytest.param(
                "Sri Lankan President Anura Kumara Dissanayake called on Prime Minister Narendra Modi at Hyderabad "
                "House on Monday.",
                {
                    "participants": ["Anura Kumara Dissanayake", "Narendra Modi"],
                    "others": [],
                    "status": "held",
                    "kind": "meeting",
                },
                "Anura Kumara Dissanayake called on Prime Minister Narendra Modi",
                id="called-on-a-person",
            ),
            pytest.param(
                "President Joe Biden hosted Indian Prime Minister Narendra Modi at the White House on Thursday.",
                {"participants": ["Joe Biden", "Narendra Modi"], "others": [], "status": "held", "kind": "meeting"},
                "Joe Biden hosted Indian Prime Minister Narendra Modi",
                id="hosted",
            ),
            pytest.param(
                "Chinese President Xi Jinping received Secretary of State Antony Blinken in Beijing on Monday.",
                {"participants": ["Xi Jinping", "Antony Blinken"], "others": [], "status": "held", "kind": "meeting"},
                "Xi Jinping received Secretary of State Antony Blinken",
                id="received",
            ),
            pytest.param(
                "Russian President Vladimir Putin welcomed Chinese President Xi Jinping to Moscow on Monday.",
                {"participants": ["Vladimir Putin", "Xi Jinping"], "others": [], "status": "held", "kind": "meeting"},
                "Vladimir Putin welcomed Chinese President Xi Jinping",
                id="welcomed",
            ),
            pytest.param(
                "Secretary of State Antony Blinken visited China on Sunday.",
                {"participants": ["Antony Blinken"], "others": ["China"], "status": "held", "kind": "visit"},
                "Antony Blinken visited China",
                id="visited-country",
            ),
            pytest.param(
                "Treasury Secretary Janet Yellen visited Beijing last month.",
                {"participants": ["Janet Yellen"], "others": ["China"], "status": "held", "kind": "visit"},
                "Janet Yellen visited Beijing",
                id="visited-city",
            ),
            pytest.param(
                "President Joe Biden spoke by phone with Chinese President Xi Jinping on Thursday.",
                {"participants": ["Joe Biden", "Xi Jinping"], "others": [], "status": "held", "kind": "call"},
                "Joe Biden spoke by phone with Chinese President Xi Jinping",
                id="spoke-by-phone",
            ),
            pytest.param(
                "President Joe Biden had a phone call with Chinese President Xi Jinping on Thursday.",
                {"participants": ["Joe Biden", "Xi Jinping"], "others": [], "status": "held", "kind": "call"},
                "Joe Biden had a phone call with Chinese President Xi Jinping",
                id="phone-call-with",
            ),
            pytest.param(
                "President Joe Biden met Chinese President Xi Jinping on the sidelines of the G20 summit in Bali on "
                "Monday.",
                {"participants": ["Joe Biden", "Xi Jinping"], "others": [], "status": "held", "kind": "meeting"},
                "Joe Biden met Chinese President Xi Jinping",
                id="on-the-sidelines",
            ),
            pytest.param(
                "President Joe Biden and Chinese President Xi Jinping met in Bali on Monday.",
                {"participants": ["Joe Biden", "Xi Jinping"], "others": [], "status": "held", "kind": "meeting"},
                "Joe Biden and Chinese President Xi Jinping met",
                id="coordinated-subject-met",
            ),
            pytest.param(
                "Secretary of State Antony Blinken was received by Chinese President Xi Jinping in Beijing on Monday.",
                {"participants": ["Antony Blinken", "Xi Jinping"], "others": [], "status": "held", "kind": "meeting"},
                "Antony Blinken was received by Chinese President Xi Jinping",
                id="passive-received-by",
            ),
            pytest.param(
                "Secretary of State Antony Blinken was welcomed by Chinese President Xi Jinping in Beijing on Monday.",
                {"participants": ["Antony Blinken", "Xi Jinping"], "others": [], "status": "held", "kind": "meeting"},
                "Antony Blinken was welcomed by Chinese President Xi Jinping",
                id="passive-welcomed-by",
            ),
            pytest.param(
                "Secretary of State Antony Blinken was hosted by Chinese President Xi Jinping in Beijing on Monday.",
                {"participants": ["Antony Blinken", "Xi Jinping"], "others": [], "status": "held", "kind": "meeting"},
                "Antony Blinken was hosted by Chinese President Xi Jinping",
                id="passive-hosted-by",
            ),
            pytest.param(
                "Qatar's emir, Sheikh Tamim bin Hamad al-Thani, received a phone call from President Joe Biden on "
                "Monday.",
                {
                    "participants": ["Tamim bin Hamad al-Thani", "Joe Biden"],
                    "others": [],
                    "status": "held",
                    "kind": "call",
                },
                "Tamim bin Hamad al-Thani, received a phone call from President Joe Biden",
                id="received-a-call-from",
            ),
            pytest.param(
                "President Joe Biden made a phone call to Emir Tamim bin Hamad al-Thani on Monday.",
                {
                    "participants": ["Joe Biden", "Tamim bin Hamad al-Thani"],
                    "others": [],
                    "status": "held",
                    "kind": "call",
                },
                "Joe Biden made a phone call to Emir Tamim bin Hamad al-Thani",
                id="made-a-call-to",
            ),
            pytest.param(
                "President Joe Biden will meet Chinese President Xi Jinping in San Francisco next week.",
                {"participants": ["Joe Biden", "Xi Jinping"], "others": [], "status": "planned", "kind": "meeting"},
                "Joe Biden will meet Chinese President Xi Jinping",
                id="will-meet",
            ),
            pytest.param(
                "Chinese Foreign Minister Qin Gang agreed to visit Washington.",
                {"participants": ["Qin Gang"], "others": ["United States"], "status": "planned", "kind": "visit"},
                "Qin Gang agreed to visit Washington",
                id="agreed-to-visit",
            ),
            pytest.param(
                "The talks could pave the way for a summit between President Joe Biden and Chinese President "
                "Xi Jinping.",
                {"participants": ["Joe Biden", "Xi Jinping"], "others": [], "status": "planned", "kind": "summit"},
                "summit between President Joe Biden and Chinese President Xi Jinping",
                id="pave-the-way-for-a-summit",
            ),
            pytest.param(
                "Chinese President Xi Jinping invited President Joe Biden to attend a summit in Beijing.",
                {"participants": ["Joe Biden", "Xi Jinping"], "others": [], "status": "planned", "kind": "summit"},
                "Xi Jinping invited President Joe Biden to attend a summit",
                id="invited-to-attend",
            ),
        ],
    )
    def test_meeting_shapes(self, text: str, expected: dict[str, object], passage: str) -> None:
        """Each way news states an encounter gives one meeting with its named parties, status, kind and evidence."""
        result = expect(text, published=PUBLISHED, meetings=[expected])
        assert evidence(result.meetings[0]) == [passage]

    @pytest.mark.parametrize("verb", ["talked with", "spoke with", "conferred with", "shook hands with"])
    def test_verb_phrase_ending_in_with(self, verb: str) -> None:
        """ "X talked with Y", "X shook hands with Y": the party right after the phrase is met."""
        expect(
            f"Secretary of State Antony Blinken {verb} Chinese Foreign Minister Qin Gang on Sunday.",
            published=PUBLISHED,
            meetings=[{"participants": ["Antony Blinken", "Qin Gang"], "status": "held", "date": "2023-06-18"}],
        )

    @pytest.mark.parametrize(
        "verb", ["has spoken with", "had spoken to", "has spoken by phone with", "has spoken on the phone with"]
    )
    def test_perfect_of_speak(self, verb: str) -> None:
        """ "X has spoken with Y", "X's office said he had spoken to Y": the participle is a call too."""
        expect(
            f"President Recep Tayyip Erdogan {verb} Russian President Vladimir Putin, his office said.",
            published=PUBLISHED,
            meetings=[{"participants": ["Recep Tayyip Erdogan", "Vladimir Putin"], "status": "held", "kind": "call"}],
        )

    @pytest.mark.parametrize(
        ("text", "kind"),
        [
            pytest.param(
                "In a phone call with Chinese President Xi Jinping on Monday, President Joe Biden raised Taiwan.",
                "call",
                id="in-a-phone-call-with",
            ),
            pytest.param(
                "During talks with Chinese President Xi Jinping on Monday, President Joe Biden raised Taiwan.",
                "talks",
                id="during-talks-with",
            ),
        ],
    )
    def test_meeting_noun_in_a_leading_adverbial(self, text: str, kind: str) -> None:
        """ "In a phone call with X, Y …": the subject after the adverbial is the other party."""
        expect(
            text,
            published=PUBLISHED,
            meetings=[
                {"participants": ["Joe Biden", "Xi Jinping"], "status": "held", "kind": kind, "date": "2023-06-19"}
            ],
        )

    def test_host_in_the_present_before_a_name(self) -> None:
        """ "Putin hosts Modi": "hosts" is the verb, not a plural of the descriptor "host" titling Modi."""
        expect(
            "President Vladimir Putin hosts Prime Minister Narendra Modi for talks in Moscow.",
            published=PUBLISHED,
            meetings=[{"participants": ["Narendra Modi", "Vladimir Putin"], "status": "held", "location": "Moscow"}],
        )

    def test_links_to_other_stories_report_no_meeting(self) -> None:
        """ "Read more: …", "RELATED: …": another story's headline gives no meeting, and lends the
        meeting of this one no place.
        """
        expect(
            "Secretary of State Antony Blinken met Chinese President Xi Jinping on Monday.\n"
            "Read more: Putin hosts Modi for talks in Moscow\n"
            "RELATED: Lavrov and Wang to meet in Beijing",
            published=PUBLISHED,
            meetings=[{"participants": ["Antony Blinken", "Xi Jinping"], "location": None}],
        )

    @pytest.mark.parametrize("header", ["Related Stories", "Recommended", "More coverage", "Related Articles"])
    def test_a_list_of_links_reports_no_meeting(self, header: str) -> None:
        """ "Related Stories" on a line of its own, then headlines without full stops: links, not news."""
        expect(
            "Secretary of State Antony Blinken met Chinese President Xi Jinping on Monday.\n\n"
            f"{header}\n\n"
            "Putin hosts Modi for talks in Moscow\n\n"
            "Lavrov and Wang meet in Beijing\n\n"
            "Xi said the talks were candid.",
            published=PUBLISHED,
            meetings=[{"participants": ["Antony Blinken", "Xi Jinping"], "location": None}],
            statements=[{"speaker": "Xi Jinping", "text": "the talks were candid"}],
        )

    def test_headline_above_a_story_still_reports(self) -> None:
        """A headline with no list header above it is the story's own and gives its meeting."""
        expect(
            "Biden meets Xi in Bali\nPresident Joe Biden met Chinese President Xi Jinping on Monday.",
            published=PUBLISHED,
            meetings=[{"participants": ["Joe Biden", "Xi Jinping"], "location": "Bali"}],
        )

    def test_dialed_is_a_call(self) -> None:
        """ "X dialed Y" is a phone call."""
        expect(
            "Chancellor Olaf Scholz dialed President Vladimir Putin on Friday.",
            published=PUBLISHED,
            meetings=[{"participants": ["Olaf Scholz", "Vladimir Putin"], "status": "held", "kind": "call"}],
        )

    def test_unnamed_partners_on_another_day_are_their_own_meeting(self) -> None:
        """ "talked with the leaders of Japan … on Sunday" beside a summit with Xi on Monday is a meeting
        of its own, not a summary of the summit.
        """
        result = diplomeet.extract(
            "President Joe Biden talked with the leaders of Japan, South Korea and Australia on Sunday. "
            "On Monday, Biden met Chinese President Xi Jinping.",
            published=PUBLISHED,
        )
        assert [(m.to_dict()["participants"], m.others, m.date and m.date.iso) for m in result.meetings] == [
            (["Joe Biden"], ("leaders of Japan, South Korea and Australia",), "2023-06-18"),
            (["Joe Biden", "Xi Jinping"], (), "2023-06-19"),
        ]

    def test_sat_down_with(self) -> None:
        """ "X sat down with Y" is a held meeting of X and Y."""
        expect(
            "Secretary of State Antony Blinken sat down with Chinese Foreign Minister Qin Gang on Sunday.",
            published=PUBLISHED,
            meetings=[{"participants": ["Antony Blinken", "Qin Gang"], "status": "held", "date": "2023-06-18"}],
        )

    def test_began_a_two_day_visit(self) -> None:
        """ "X began a two-day visit to Germany on Monday" is a held visit of X with Germany as host; days are a
        trip's length, not a sitting's, so the duration stays empty (the guidelines leave a whole-period length out).
        """
        expect(
            "Chinese Premier Li Qiang began a two-day visit to Germany on Monday.",
            published=PUBLISHED,
            meetings=[
                {
                    "participants": ["Li Qiang"],
                    "others": ["Germany"],
                    "status": "held",
                    "kind": "visit",
                    "date": "2023-06-19",
                    "duration": None,
                }
            ],
        )

    def test_paid_a_two_day_visit(self) -> None:
        """A duration inside "paid a … visit to" still gives the visit (its length in days is not a duration)."""
        expect(
            "Secretary of State Antony Blinken paid a two-day visit to China last week.",
            published=PUBLISHED,
            meetings=[
                {
                    "participants": ["Antony Blinken"],
                    "others": ["China"],
                    "status": "held",
                    "kind": "visit",
                    "date": "2023-06",
                    "duration": None,
                }
            ],
        )

    def test_progressive_is_meeting(self) -> None:
        """ "X is meeting Y today" is a meeting under way, so held, dated today."""
        expect(
            "President Joe Biden is meeting Chinese President Xi Jinping in San Francisco today.",
            published=PUBLISHED,
            meetings=[
                {
                    "participants": ["Joe Biden", "Xi Jinping"],
                    "status": "held",
                    "date": "2023-06-20",
                    "location": "San Francisco",
                }
            ],
        )

    def test_before_meeting_gerund(self) -> None:
        """ "Before meeting Y, X …" is a meeting of X and Y."""
        expect(
            "Before meeting Xi Jinping, Biden spoke to reporters.",
            published=PUBLISHED,
            meetings=[{"participants": ["Biden", "Xi Jinping"]}],
        )

    @pytest.mark.parametrize(
        ("text", "status"),
        [
            pytest.param("Premier Li Qiang's visit to Germany ended on Monday.", "held", id="possessive-noun"),
            pytest.param("Premier Li Qiang will visit Germany next week.", "planned", id="verb-after-a-modal"),
        ],
    )
    def test_visit_as_noun_or_verb(self, text: str, status: str) -> None:
        """ "visit" is a noun after a possessive or a determiner, a verb after a subject or a modal."""
        expect(
            text,
            published=PUBLISHED,
            meetings=[{"participants": ["Li Qiang"], "others": ["Germany"], "status": status, "kind": "visit"}],
        )

    @pytest.mark.parametrize(
        ("text", "status"),
        [
            pytest.param(
                "A visit by Secretary of State Antony Blinken to Beijing is expected next month.",
                "planned",
                id="a-visit-by-X-to-Y",
            ),
            pytest.param(
                "A visit to Beijing by Secretary of State Antony Blinken ended on Monday.",
                "held",
                id="a-visit-to-Y-by-X",
            ),
            pytest.param(
                "Officials discussed a possible visit to China by Secretary of State Antony Blinken.",
                "planned",
                id="a-possible-visit",
            ),
        ],
    )
    def test_visit_by_a_visitor(self, text: str, status: str) -> None:
        """ "a visit by X to Y" and "a visit to Y by X": X visits the country of Y, in either order."""
        expect(
            text,
            published=PUBLISHED,
            meetings=[{"participants": ["Antony Blinken"], "others": ["China"], "status": status, "kind": "visit"}],
        )

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(
                "Russian President Vladimir Putin hosted a banquet for Chinese President Xi Jinping at the Kremlin.",
                id="banquet-for",
            ),
            pytest.param(
                "Russian President Vladimir Putin hosted a state dinner for Chinese President Xi Jinping.",
                id="state-dinner-for",
            ),
        ],
    )
    def test_host_of_an_event_for_a_guest(self, text: str) -> None:
        """ "X hosted a banquet for Y": a meeting of host and guest."""
        expect(
            text,
            published=PUBLISHED,
            meetings=[{"participants": ["Vladimir Putin", "Xi Jinping"], "status": "held", "kind": "meeting"}],
        )

    def test_pair_that_talked(self) -> None:
        """ "X and Y talked for more than five hours": the pair met, for that long."""
        result = expect(
            "Secretary of State Antony Blinken and Chinese Foreign Minister Wang Yi talked for more than five hours.",
            published=PUBLISHED,
            meetings=[{"participants": ["Antony Blinken", "Wang Yi"], "status": "held", "kind": "meeting"}],
        )
        duration = result.meetings[0].duration
        assert duration is not None
        assert (duration.minutes, duration.qualifier.value) == (300, "more_than")

    def test_one_person_who_talked_about_an_issue_met_no_one(self) -> None:
        """ "X talked about Taiwan": no party, no meeting."""
        expect("Secretary of State Antony Blinken talked about Taiwan.", published=PUBLISHED, meetings=[])

    @pytest.mark.parametrize("modal", ["will", "would", "is to"])
    def test_host_after_a_modal_is_a_verb(self, modal: str) -> None:
        """ "X will host Y": "host" is the verb, not a title of Y ("host Y")."""
        expect(
            f"Russian President Vladimir Putin {modal} host Xi Jinping in Moscow.",
            published=PUBLISHED,
            meetings=[{"participants": ["Vladimir Putin", "Xi Jinping"], "status": "planned", "location": "Moscow"}],
        )

    def test_event_for_unnamed_guests_is_no_meeting(self) -> None:
        """ "hosted a reception for reporters": no named party, no meeting."""
        expect("President Joe Biden hosted a reception for reporters at the White House.", meetings=[])

    @pytest.mark.parametrize("adjective", ["surprise", "secret", "whirlwind", "working", "farewell"])
    def test_adjectives_of_a_visit(self, adjective: str) -> None:
        """ "made a surprise visit to Kyiv": the adjectives news gives a visit keep it a noun."""
        expect(
            f"Japanese Prime Minister Fumio Kishida made a {adjective} visit to Kyiv.",
            published=PUBLISHED,
            meetings=[{"participants": ["Fumio Kishida"], "others": ["Ukraine"], "status": "held", "kind": "visit"}],
        )

    def test_visits_by_several_visitors_are_one_visit_each(self) -> None:
        """ "visits to China by X and Y": one visit for each visitor, none between them."""
        expect(
            "Officials discussed possible visits to China by Secretary of State Antony Blinken and Treasury "
            "Secretary Janet Yellen.",
            published=PUBLISHED,
            meetings=[
                {"participants": ["Antony Blinken"], "others": ["China"], "status": "planned", "kind": "visit"},
                {"participants": ["Janet Yellen"], "others": ["China"], "status": "planned", "kind": "visit"},
            ],
        )

    @pytest.mark.parametrize(
        "modifier",
        [
            pytest.param("“positive”", id="curly"),
            pytest.param('"frank and constructive"', id="straight-several-words"),
            pytest.param("‘very productive’", id="single"),
        ],
    )
    def test_scare_quoted_modifier_of_the_meeting_noun(self, modifier: str) -> None:
        """ "held a “positive” summit": words quoted from someone before the meeting noun qualify it."""
        expect(
            f"Biden and Putin held a {modifier} summit in Geneva on Monday.",
            published=PUBLISHED,
            meetings=[
                {
                    "participants": ["Biden", "Putin"],
                    "status": "held",
                    "kind": "summit",
                    "date": "2023-06-19",
                    "location": "Geneva",
                }
            ],
        )

    @pytest.mark.parametrize(
        ("text", "location"),
        [
            pytest.param("Biden and Xi held their summit in Bali on Monday.", "Bali", id="their-summit"),
            pytest.param("Biden and Xi ended their summit in Bali on Monday.", "Bali", id="ended-their-summit"),
            pytest.param("Trump and Kim cut short their Hanoi summit on Monday.", "Hanoi", id="cut-short-city-summit"),
            pytest.param("Biden and Xi concluded the summit on Monday.", None, id="concluded-the-summit"),
        ],
    )
    def test_summit_of_the_subject(self, text: str, location: str | None) -> None:
        """ "their summit" is the subject's own summit, not an occasion such as "the G20 summit"; ending or
        cutting short a summit says it was held, and lone surnames before those verbs are people.
        """
        words = text.split()
        expect(
            text,
            published=PUBLISHED,
            meetings=[
                {
                    "participants": [words[0], words[2]],
                    "status": "held",
                    "kind": "summit",
                    "date": "2023-06-19",
                    "location": location,
                }
            ],
        )

    def test_the_occasion_summit_of_a_named_group_is_no_meeting(self) -> None:
        """ "attended the G20 summit": the summit is an occasion, its attendee meets no one in particular."""
        assert diplomeet.extract("Xi attended the G20 summit in Bali.", published=PUBLISHED).meetings == ()

    @pytest.mark.parametrize(
        "medium",
        [pytest.param("by phone", id="by-phone"), pytest.param("over the telephone", id="over-the-telephone")],
    )
    def test_lone_surname_after_a_call_medium(self, medium: str) -> None:
        """ "Ruto spoke by phone with Museveni": the surname after the medium is the other side of the call."""
        expect(
            f"Ruto spoke {medium} with Museveni on Friday.",
            published=PUBLISHED,
            meetings=[{"participants": ["Ruto", "Museveni"], "status": "held", "kind": "call", "date": "2023-06-16"}],
        )

    @pytest.mark.parametrize(
        ("text", "parties", "location"),
        [
            pytest.param(
                "South African President Cyril Ramaphosa met Zimbabwe's Emmerson Mnangagwa in Harare on Monday.",
                ["Cyril Ramaphosa", "Emmerson Mnangagwa"],
                "Harare",
                id="object",
            ),
            pytest.param(
                "Rwandan President Paul Kagame and Congo's Felix Tshisekedi met in Doha on Monday.",
                ["Paul Kagame", "Felix Tshisekedi"],
                "Doha",
                id="second-subject",
            ),
        ],
    )
    def test_country_possessive_before_a_name(self, text: str, parties: list[str], location: str) -> None:
        """ "Zimbabwe's Emmerson Mnangagwa" names a person as a title does: the person is the party, not
        the country.
        """
        expect(
            text,
            published=PUBLISHED,
            meetings=[
                {"participants": parties, "others": [], "status": "held", "date": "2023-06-19", "location": location}
            ],
        )

    @pytest.mark.parametrize(
        ("text", "parties", "duration"),
        [
            pytest.param(
                "Erdogan's meeting with Zelenskiy in Ankara on Monday focused on a ceasefire.",
                ["Erdogan", "Zelenskiy"],
                None,
                id="meeting",
            ),
            pytest.param(
                "Modi's talks with Nigerian President Bola Tinubu in Ankara on Monday lasted about 45 minutes.",
                ["Modi", "Bola Tinubu"],
                45,
                id="talks-and-length",
            ),
        ],
    )
    def test_lone_surname_owning_the_meeting(self, text: str, parties: list[str], duration: int | None) -> None:
        """A lone surname with "'s" before a meeting noun opening the sentence is a person, the meeting's owner."""
        expect(
            text,
            published=PUBLISHED,
            meetings=[
                {
                    "participants": parties,
                    "status": "held",
                    "date": "2023-06-19",
                    "location": "Ankara",
                    "duration": duration,
                }
            ],
        )

    @pytest.mark.parametrize("visiting", ["", "visiting "])
    def test_title_of_a_country_before_the_name(self, visiting: str) -> None:
        """ "met with (visiting) Prime Minister of the Solomon Islands Jeremiah Manele": the title and its
        country lead to the person, as Xinhua writes it.
        """
        expect(
            f"Chinese President Xi Jinping on Monday met with {visiting}Prime Minister of the Solomon Islands "
            "Jeremiah Manele in Beijing.",
            published=PUBLISHED,
            meetings=[{"participants": ["Xi Jinping", "Jeremiah Manele"], "date": "2023-06-19", "location": "Beijing"}],
        )

    @pytest.mark.parametrize(
        ("text", "parties", "duration"),
        [
            pytest.param(
                "In a meeting in Beijing on Monday, Chinese Foreign Minister Wang Yi told visiting Russian Security "
                "Council Secretary Sergei Shoigu that ties were at their best.",
                ["Wang Yi", "Sergei Shoigu"],
                None,
                id="in-a-meeting-told",
            ),
            pytest.param(
                "After talks lasting more than three hours in Beijing on Monday, Turkish Foreign Minister Hakan Fidan "
                "and his Syrian counterpart Asaad al-Shibani told reporters they had agreed to cooperate.",
                ["Hakan Fidan", "Asaad al-Shibani"],
                180,
                id="after-talks-subjects",
            ),
        ],
    )
    def test_leading_adverbial_without_the_other_party(
        self, text: str, parties: list[str], duration: int | None
    ) -> None:
        """ "In a meeting in Beijing on Monday, Wang told Shoigu …": the main clause names the parties (its
        subject, and the person it is said to); the adverbial gives the place, the day and the length.
        """
        expect(
            text,
            published=PUBLISHED,
            meetings=[
                {
                    "participants": parties,
                    "status": "held",
                    "date": "2023-06-19",
                    "location": "Beijing",
                    "duration": duration,
                }
            ],
        )

    @pytest.mark.parametrize(
        ("text", "parties", "kind", "duration"),
        [
            pytest.param(
                "Malaysian Prime Minister Anwar Ibrahim and Singapore's Lawrence Wong held a two-and-a-half-hour "
                "retreat in Putrajaya on Monday.",
                ["Anwar Ibrahim", "Lawrence Wong"],
                "summit",
                150,
                id="leaders-retreat",
            ),
            pytest.param(
                "Japanese Emperor Naruhito granted an audience to Mongolian President Ukhnaagiin Khurelsukh in "
                "Putrajaya on Monday.",
                ["Naruhito", "Ukhnaagiin Khurelsukh"],
                "meeting",
                None,
                id="granted-an-audience-to",
            ),
        ],
    )
    def test_retreat_and_audience(self, text: str, parties: list[str], kind: str, duration: int | None) -> None:
        """A leaders' "retreat" is a summit; "granted an audience to X" receives X."""
        expect(
            text,
            published=PUBLISHED,
            meetings=[
                {
                    "participants": parties,
                    "kind": kind,
                    "status": "held",
                    "date": "2023-06-19",
                    "location": "Putrajaya",
                    "duration": duration,
                }
            ],
        )

    def test_a_military_retreat_is_no_meeting(self) -> None:
        """ "Troops began a retreat from the city": no parties, no meeting."""
        assert diplomeet.extract("Troops began a retreat from the city on Monday.", published=PUBLISHED).meetings == ()

    def test_visiting_before_a_guest_is_no_visit_of_its_own(self) -> None:
        """ "met with visiting Prime Minister … at the Great Hall of the People": one meeting at the venue;
        "visiting" describes the guest.
        """
        result = expect(
            "Chinese President Xi Jinping on Monday met with visiting Prime Minister of the Solomon Islands "
            "Jeremiah Manele at the Great Hall of the People.",
            published=PUBLISHED,
            meetings=[{"participants": ["Xi Jinping", "Jeremiah Manele"], "location": "Beijing"}],
        )
        place = one(result).location
        assert place is not None
        assert place.venue == "Great Hall of the People"

    @pytest.mark.parametrize(
        ("text", "duration"),
        [
            pytest.param(
                "Ukrainian President Volodymyr Zelenskiy and Trump spoke for about 20 minutes on the sidelines of the "
                "NATO summit in The Hague on Monday.",
                20,
                id="spoke-for-a-length-on-the-sidelines",
            ),
            pytest.param(
                "Ukrainian President Volodymyr Zelenskiy spoke with Trump on the sidelines of the NATO summit in The "
                "Hague on Monday.",
                None,
                id="spoke-with-on-the-sidelines",
            ),
        ],
    )
    def test_spoke_on_the_sidelines_is_a_meeting(self, text: str, duration: int | None) -> None:
        """ "spoke … on the sidelines of the summit": a conversation face to face, a meeting and not a call."""
        expect(
            text,
            published=PUBLISHED,
            meetings=[
                {
                    "participants": ["Volodymyr Zelenskiy", "Trump"],
                    "kind": "meeting",
                    "date": "2023-06-19",
                    "location": "The Hague",
                    "duration": duration,
                }
            ],
        )

    @pytest.mark.parametrize(
        ("text", "kind", "date", "location", "duration"),
        [
            pytest.param(
                "President Joe Biden spoke by telephone for about an hour on Saturday with Russian President Vladimir "
                "Putin.",
                "call",
                "2023-06-17",
                None,
                60,
                id="medium-length-and-day-before-with",
            ),
            pytest.param(
                "Joe Biden and Vladimir Putin spoke for two hours and 17 minutes on Saturday.",
                "call",
                "2023-06-17",
                None,
                137,
                id="two-subjects-spoke-for-a-length",
            ),
            pytest.param(
                "Talks were held on Saturday in Geneva between Joe Biden and Vladimir Putin.",
                "talks",
                "2023-06-17",
                "Geneva",
                None,
                id="day-and-place-before-between",
            ),
        ],
    )
    def test_setting_between_the_word_and_its_parties(
        self, text: str, kind: str, date: str, location: str | None, duration: int | None
    ) -> None:
        """The medium, length, day and place of a meeting may stand between its word and "with" or "between"."""
        expect(
            text,
            published=PUBLISHED,
            meetings=[
                {
                    "participants": ["Joe Biden", "Vladimir Putin"],
                    "kind": kind,
                    "date": date,
                    "location": location,
                    "duration": duration,
                }
            ],
        )

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(
                "Joe Biden met Xi Jinping on Monday. Xi spoke for two hours at the party congress on Tuesday.",
                id="one-speaker-for-a-length",
            ),
            pytest.param(
                "Joe Biden met Xi Jinping on Monday to prepare a Malta meeting with Jake Sullivan.",
                id="with-of-another-meeting-word",
            ),
        ],
    )
    def test_no_party_from_another_phrase(self, text: str) -> None:
        """One person speaking for two hours meets no one; a "with" after another meeting word is that word's."""
        result = diplomeet.extract(text, published=PUBLISHED)
        assert [m.to_dict()["participants"] for m in result.meetings][:1] == [["Joe Biden", "Xi Jinping"]]
        assert all(m.duration is None for m in result.meetings)

    @pytest.mark.parametrize(
        ("second", "date"),
        [
            pytest.param("and the next day was received by President Xi Jinping", "2023-06-19", id="story-day-between"),
            pytest.param("and was received by President Xi Jinping on Monday", "2023-06-19", id="no-time-between"),
        ],
    )
    def test_passive_with_the_subject_of_the_first_clause(self, second: str, date: str) -> None:
        """ "X held talks with Y on Sunday, and the next day was received by Z": X is received, a second meeting."""
        expect(
            f"Sergei Lavrov held three hours of talks with Wang Yi on Sunday, {second}.",
            published=PUBLISHED,
            meetings=[
                {"participants": ["Sergei Lavrov", "Wang Yi"], "date": "2023-06-18", "duration": 180},
                {"participants": ["Sergei Lavrov", "Xi Jinping"], "date": date},
            ],
        )

    def test_gapped_second_object(self) -> None:
        """ "met Xi in Beijing on Saturday and Biden in Washington on Tuesday": two meetings, each with the
        place and time that follow its object.
        """
        expect(
            "Indonesian President Prabowo Subianto met Xi Jinping in Beijing on Saturday and Joe Biden in "
            "Washington on Monday.",
            published=PUBLISHED,
            meetings=[
                {"participants": ["Prabowo Subianto", "Xi Jinping"], "date": "2023-06-17", "location": "Beijing"},
                {"participants": ["Prabowo Subianto", "Joe Biden"], "date": "2023-06-19", "location": "Washington"},
            ],
        )

    @pytest.mark.parametrize(
        ("last", "status", "date"),
        [
            pytest.param("and Joe Biden on Sunday", "held", "2023-06-18", id="and-object"),
            pytest.param("and will meet Joe Biden on Thursday", "planned", "2023-06-22", id="and-a-new-verb"),
        ],
    )
    def test_gapped_list_of_objects(self, last: str, status: str, date: str) -> None:
        """ "met A on Saturday, B on Monday and C on Tuesday": each object of the list, with its own time,
        is a meeting of the subject.
        """
        expect(
            "Indonesian President Prabowo Subianto met Xi Jinping in Beijing on Saturday, Fumio Kishida in Tokyo on "
            f"Monday {last}.",
            published=PUBLISHED,
            meetings=[
                {"participants": ["Prabowo Subianto", "Xi Jinping"], "date": "2023-06-17", "location": "Beijing"},
                {"participants": ["Prabowo Subianto", "Fumio Kishida"], "date": "2023-06-19", "location": "Tokyo"},
                {"participants": ["Prabowo Subianto", "Joe Biden"], "status": status, "date": date},
            ],
        )

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("Blinken met Wang Yi on Monday, Sergei Lavrov said.", id="comma-then-speaker"),
            pytest.param("Blinken met Wang Yi in Beijing, Xi Jinping told reporters.", id="comma-then-subject"),
        ],
    )
    def test_no_listed_object_without_its_own_setting(self, text: str) -> None:
        """A name after the comma that is the subject of a new clause is no second object."""
        result = diplomeet.extract(text, published=PUBLISHED)
        assert [m.to_dict()["participants"] for m in result.meetings] == [["Blinken", "Wang Yi"]]

    @pytest.mark.parametrize(
        ("text", "meetings"),
        [
            pytest.param(
                "Biden met Xi in Bali on Monday and Albanese held talks with Modi.",
                [["Biden", "Xi"], ["Albanese", "Modi"]],
                id="a-new-subject",
            ),
            pytest.param(
                "Blinken met Wang Yi and Qin Gang in Beijing on Monday.",
                [["Blinken", "Wang Yi", "Qin Gang"]],
                id="two-objects-one-meeting",
            ),
        ],
    )
    def test_no_gap_without_a_second_object(self, text: str, meetings: list[list[str]]) -> None:
        """A new subject after "and", or two objects side by side, make no gapped meeting."""
        result = diplomeet.extract(text, published=PUBLISHED)
        assert [m.to_dict()["participants"] for m in result.meetings] == meetings

    def test_quoted_name_of_the_meeting(self) -> None:
        """A quoted name before the meeting noun ("a “Peace First” summit") qualifies it as an adjective does."""
        expect(
            "Biden and Putin held a “Peace First” summit in Geneva on Monday.",
            published=PUBLISHED,
            meetings=[{"participants": ["Biden", "Putin"], "kind": "summit", "location": "Geneva"}],
        )

    def test_make_a_visit(self) -> None:
        """ "X will make a visit to Japan": a planned visit; a lone surname before "make a visit" is a person."""
        expect(
            "Blinken will make a visit to Japan later this month.",
            published=PUBLISHED,
            meetings=[{"participants": ["Blinken"], "others": ["Japan"], "status": "planned", "kind": "visit"}],
        )

    def test_paid_a_visit(self) -> None:
        """ "X paid a visit to China" is a held visit with the host country in ``others``."""
        expect(
            "Secretary of State Antony Blinken paid a visit to China last week.",
            published=PUBLISHED,
            meetings=[{"participants": ["Antony Blinken"], "others": ["China"], "status": "held", "kind": "visit"}],
        )

    @pytest.mark.parametrize(
        ("text", "location"),
        [
            pytest.param(
                "President Xi Jinping arrived in Moscow on Monday on a three-day state visit.", "Moscow", id="capital"
            ),
            pytest.param("President Xi Jinping arrived in Russia on a state visit.", "Russia", id="country"),
            pytest.param(
                "President Xi Jinping arrived in Moscow on a previously unannounced visit on Monday.",
                "Moscow",
                id="adverb-and-adjective",
            ),
            pytest.param(
                "President Xi Jinping arrived in Russia on a highly secretive visit.", "Russia", id="highly-secretive"
            ),
            pytest.param(
                "Chinese President Xi Jinping arrived in Russia on Monday on his first official foreign visit.",
                "Russia",
                id="his-first-official-foreign",
            ),
            pytest.param(
                "President Xi Jinping arrived in Moscow on Monday on his maiden overseas visit since the pandemic.",
                "Moscow",
                id="his-maiden-overseas",
            ),
        ],
    )
    def test_arrived_on_a_visit(self, text: str, location: str) -> None:
        """ "X arrived in Y on a visit": X visits the country of Y."""
        expect(
            text,
            published=PUBLISHED,
            meetings=[
                {
                    "participants": ["Xi Jinping"],
                    "others": ["Russia"],
                    "status": "held",
                    "kind": "visit",
                    "location": location,
                }
            ],
        )

    @pytest.mark.parametrize(
        ("text", "kind", "location"),
        [
            pytest.param(
                "Foreign Minister Sergei Lavrov arrived in Pyongyang for talks.", "talks", "Pyongyang", id="talks"
            ),
            pytest.param(
                "Foreign Minister Sergei Lavrov arrived in North Korea on Tuesday for talks on military cooperation.",
                "talks",
                "North Korea",
                id="talks-on",
            ),
            pytest.param(
                "Foreign Minister Sergei Lavrov arrived in Pyongyang on Tuesday for a two-day visit.",
                "visit",
                "Pyongyang",
                id="for-a-visit",
            ),
        ],
    )
    def test_arrived_for_talks(self, text: str, kind: str, location: str) -> None:
        """ "X arrived in Y for talks": a trip whose counterpart is not named, the country its host."""
        expect(
            text,
            published=PUBLISHED,
            meetings=[
                {
                    "participants": ["Sergei Lavrov"],
                    "others": ["North Korea"],
                    "status": "held",
                    "kind": kind,
                    "location": location,
                    "duration": None,
                }
            ],
        )

    def test_a_venue_after_long_names(self) -> None:
        """ "held talks with visiting Brazilian President Luiz Inacio Lula da Silva at the Great Hall of the
        People": the place (the venue, in Beijing) is looked for past the parties, however long their names.
        """
        expect(
            "Chinese President Xi Jinping held talks with visiting Brazilian President Luiz Inacio Lula da Silva at "
            "the Great Hall of the People in Beijing on Monday.",
            published=PUBLISHED,
            meetings=[{"participants": ["Xi Jinping", "Luiz Inacio Lula da Silva"], "location": "Beijing"}],
        )

    def test_arrived_for_a_visit_to_a_country(self) -> None:
        """ "arrived in Canberra … for a four-day official visit to Australia": the arrival's subject visits."""
        expect(
            "Chinese Premier Li Qiang arrived in Canberra on Saturday for a four-day official visit to Australia.",
            published=PUBLISHED,
            meetings=[
                {
                    "participants": ["Li Qiang"],
                    "others": ["Australia"],
                    "status": "held",
                    "kind": "visit",
                    "date": "2023-06-17",
                    "location": "Canberra",
                    "duration": None,
                }
            ],
        )

    def test_after_meeting_in_the_attribution_of_a_quotation(self) -> None:
        """ "“…,” Wang said on Monday after meeting Blinken": the speaker is the one who met."""
        expect(
            "“We are ready,” Chinese Foreign Minister Wang Yi said on Monday after meeting Secretary of State "
            "Antony Blinken.",
            published=PUBLISHED,
            meetings=[{"participants": ["Wang Yi", "Antony Blinken"], "status": "held", "date": "2023-06-19"}],
            statements=[{"speaker": "Wang Yi", "text": "We are ready,"}],
        )

    def test_met_in_a_city_for_discussions_is_no_trip(self) -> None:
        """ "met in Vienna … for discussions": "for" after a meeting verb, not after an arrival."""
        expect(
            "Wang Yi and Jake Sullivan met in Vienna on Tuesday for discussions.",
            published=PUBLISHED,
            meetings=[{"participants": ["Wang Yi", "Jake Sullivan"], "others": [], "location": "Vienna"}],
        )

    def test_a_trip_whose_meetings_are_reported_is_not_counted_again(self) -> None:
        """ "arrived … on Sunday for a two-day visit. He met Xi on Monday": the meeting, not the trip too."""
        expect(
            "Secretary of State Antony Blinken arrived in Beijing on Sunday for a two-day visit. "
            "He met President Xi Jinping on Monday.",
            published=PUBLISHED,
            meetings=[
                {
                    "participants": ["Antony Blinken", "Xi Jinping"],
                    "others": [],
                    "date": "2023-06-19",
                    "location": "Beijing",
                }
            ],
        )

    @pytest.mark.parametrize(
        ("text", "participants", "others"),
        [
            pytest.param(
                "Secretary of State Antony Blinken and Foreign Minister Wang Yi held a second round of talks on "
                "Monday.",
                ["Antony Blinken", "Wang Yi"],
                [],
                id="a-second-round-of",
            ),
            pytest.param(
                "Indian and Chinese military commanders held a 21st round of talks on Monday.",
                [],
                ["Indian and Chinese military commanders"],
                id="21st-round-of",
            ),
            pytest.param(
                "Secretary of State Antony Blinken and Foreign Minister Wang Yi held new talks on Monday.",
                ["Antony Blinken", "Wang Yi"],
                [],
                id="new-talks",
            ),
        ],
    )
    def test_round_of_talks(self, text: str, participants: list[str], others: list[str]) -> None:
        """ "held a new round of talks", "a 21st round of talks": the measure belongs to the meeting noun."""
        expect(
            text,
            published=PUBLISHED,
            meetings=[
                {
                    "participants": participants,
                    "others": others,
                    "status": "held",
                    "date": "2023-06-19",
                    "duration": None,
                }
            ],
        )


class TestParties:
    @pytest.mark.parametrize(
        ("text", "participants"),
        [
            pytest.param(
                "Indonesian Foreign Minister Retno Marsudi and her Malaysian counterpart Mohamad Hasan "
                "held talks in Munich on Monday.",
                ["Retno Marsudi", "Mohamad Hasan"],
                id="her-counterpart",
            ),
            pytest.param(
                "Antony Blinken and his Chinese counterpart Wang Yi met in Munich on Monday.",
                ["Antony Blinken", "Wang Yi"],
                id="full-names",
            ),
            pytest.param(
                "Jaishankar and his Chinese counterpart Wang Yi held talks in Munich on Monday.",
                ["Jaishankar", "Wang Yi"],
                id="lone-surname",
            ),
            pytest.param(
                "Blinken and Chinese Foreign Minister Wang Yi met in Munich on Monday.",
                ["Blinken", "Wang Yi"],
                id="lone-surname-and-title",
            ),
            pytest.param(
                "Macron and his wife Brigitte hosted Xi Jinping in Munich on Monday.",
                ["Macron", "Brigitte", "Xi Jinping"],
                id="his-wife",
            ),
            pytest.param(
                "Egypt's Sisi and Jordan's King Abdullah held talks in Munich on Monday.",
                ["Sisi", "Abdullah"],
                id="country-possessive",
            ),
        ],
    )
    def test_subject_with_a_described_partner(self, text: str, participants: list[str]) -> None:
        """ "X and his Chinese counterpart Y held talks": both are the subject; a lone surname before
        "and" and a titled partner is a person.
        """
        expect(
            text,
            published=PUBLISHED,
            meetings=[{"participants": participants, "status": "held", "date": "2023-06-19", "location": "Munich"}],
        )

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Tanzanian Foreign Minister Asha Mwinyi received Dr. Pierre Ndayishimiye, Burundi's minister of "
                "foreign affairs, in Dodoma on Monday.",
                [(["Asha Mwinyi", "Pierre Ndayishimiye"], "held", "2023-06-19", "Dodoma", None)],
                id="honorific-with-a-stop-before-an-apposition",
            ),
            pytest.param(
                "After talks in Canberra on Monday, Australian Defence Minister Callum Fraser and his Papua New "
                "Guinean counterpart, Billy Kaupa, signed a security treaty.",
                [(["Callum Fraser", "Billy Kaupa"], "held", "2023-06-19", "Canberra", None)],
                id="opener-then-counterpart-in-apposition",
            ),
            pytest.param(
                "Officials remained divided after talks in Port Sudan on Monday between Ethiopian State Minister for "
                "Foreign Affairs Mesfin Tadesse and Sudanese Foreign Minister Omer Babiker.",
                [(["Mesfin Tadesse", "Omer Babiker"], "held", "2023-06-19", "Port Sudan", None)],
                id="state-minister-for-foreign-affairs",
            ),
            pytest.param(
                "Also at the summit were Senegal's President Ousmane Diallo, Togo's President Kossi Amegan, "
                "Ghana's President-elect Kwame Boateng, who attended as a special guest, and the Commission's "
                "president.",
                [],
                id="a-list-comma-is-no-apposition",
            ),
        ],
    )
    def test_parties_in_apposition(self, text: str, expected: list[Facts]) -> None:
        """A name in apposition is the party, whether an honorific written with a stop ("Dr.") or a
        coordinated description ("X and his counterpart, Y,") stands before it; a comma between the
        items of a list is no apposition."""
        assert facts(diplomeet.extract(text, published=PUBLISHED)) == expected

    def test_far_with_over_a_list_of_issues(self) -> None:
        """ "discussed bilateral, regional, and global issues with his counterpart, X": the commas of a
        list do not end the search for the other side.
        """
        expect(
            "Secretary of State Antony Blinken discussed a range of bilateral, regional, and global issues with "
            "his Chinese counterpart, Wang Yi, on Monday.",
            published=PUBLISHED,
            meetings=[{"participants": ["Antony Blinken", "Wang Yi"], "status": "held", "date": "2023-06-19"}],
        )

    def test_described_title_coordinated_as_subject(self) -> None:
        """ "X and Chinese diplomatic chief Y met": the descriptive title belongs to Y, both are the subject."""
        expect(
            "US Secretary of State Antony Blinken and Chinese diplomatic chief Wang Yi met in Munich on Saturday.",
            published=PUBLISHED,
            meetings=[{"participants": ["Antony Blinken", "Wang Yi"], "date": "2023-06-17", "location": "Munich"}],
        )

    def test_unnamed_parties_go_to_others(self) -> None:
        """An unnamed group met is kept in ``others`` as written; only named people are participants."""
        expect(
            "Secretary of State Antony Blinken met Chinese officials in Beijing on Monday.",
            published=PUBLISHED,
            meetings=[{"participants": ["Antony Blinken"], "others": ["Chinese officials"], "status": "held"}],
        )

    @pytest.mark.parametrize(
        ("text", "group"),
        [
            pytest.param(
                "Foreign Minister Catherine Colonna held talks with leaders of Romania's new government on Tuesday.",
                "leaders of Romania's new government",
                id="of-a-country's-institution",
            ),
            pytest.param(
                "Foreign Minister Catherine Colonna held talks with the leaders of Romania on Tuesday.",
                "leaders of Romania",
                id="of-a-country",
            ),
            pytest.param(
                "Foreign Minister Catherine Colonna met officials from the Philippines on Tuesday.",
                "officials from the Philippines",
                id="from-a-country",
            ),
            pytest.param(
                "Foreign Minister Catherine Colonna met officials of the European Union on Tuesday.",
                "officials of the European Union",
                id="of-an-organisation",
            ),
        ],
    )
    def test_group_of_one_country_is_one_party(self, text: str, group: str) -> None:
        """ "leaders of Romania", "officials of the European Union": the group and its country or
        organisation are one unnamed party, not two.
        """
        expect(
            text,
            published=PUBLISHED,
            meetings=[{"participants": ["Catherine Colonna"], "others": [group], "status": "held"}],
        )

    @pytest.mark.parametrize(
        "text",
        [
            "Moroccan diplomats held their first meeting with President Joe Biden on Monday.",
            "A group of Moroccan diplomats held their first meeting with President Joe Biden on Monday.",
        ],
    )
    def test_possessive_pronoun_of_a_light_verb_is_its_subject(self, text: str) -> None:
        """ "X held their first meeting with Y": "their" is the subject X, even an unnamed group."""
        expect(
            text,
            published=PUBLISHED,
            meetings=[{"participants": ["Joe Biden"], "others": ["Moroccan diplomats"], "status": "held"}],
        )

    def test_ambassador_presenting_credentials(self) -> None:
        """Presenting credentials to a head of state is a meeting of the two."""
        expect(
            "Ambassador Rahm Emanuel presented his credentials to Emperor Naruhito at the Imperial Palace on Wednesday.",
            published=PUBLISHED,
            meetings=[{"participants": ["Naruhito", "Rahm Emanuel"], "others": [], "status": "held"}],
        )

    @pytest.mark.parametrize(
        ("text", "participants"),
        [
            pytest.param(
                "President Emmanuel Macron gave a warm welcome on Thursday to South African President Cyril Ramaphosa.",
                ["Cyril Ramaphosa", "Emmanuel Macron"],
                id="to-a-guest",
            ),
            pytest.param("President Emmanuel Macron gave a warm welcome to the decision.", None, id="to-a-decision"),
        ],
    )
    def test_warm_welcome(self, text: str, participants: list[str] | None) -> None:
        """ "gave a warm welcome to X": the host meets a guest, not a decision."""
        meetings = [{"participants": participants, "status": "held"}] if participants else []
        expect(text, published=PUBLISHED, meetings=meetings)

    def test_list_of_countries_is_not_the_place(self) -> None:
        """ "ambassadors of France, Germany and Italy": a list of countries, not "in Bali, Indonesia"."""
        expect(
            "The ambassadors of France, Germany and Italy met President Joe Biden on Monday.",
            published=PUBLISHED,
            meetings=[{"participants": ["Joe Biden"], "location": None}],
        )

    @pytest.mark.parametrize(
        ("text", "group", "status"),
        [
            pytest.param(
                "Chinese and American officials met in Geneva on Monday.",
                "Chinese and American officials",
                "held",
                id="coordinated-nationalities",
            ),
            pytest.param(
                "French, British and German officials met in Geneva on Monday.",
                "French, British and German officials",
                "held",
                id="a-list-of-nationalities",
            ),
            pytest.param(
                "A separate meeting took place between senior officials from the US and Russia on Monday.",
                "senior officials from the US and Russia",
                "held",
                id="from-two-countries",
            ),
            pytest.param(
                "Negotiators from both countries will meet in Geneva next week.",
                "Negotiators from both countries",
                "planned",
                id="from-both-countries",
            ),
        ],
    )
    def test_group_of_both_sides_is_a_meeting(self, text: str, group: str, status: str) -> None:
        """A group that stands for both sides meets on its own: no named participant, the group in ``others``."""
        expect(text, published=PUBLISHED, meetings=[{"participants": [], "others": [group], "status": status}])

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Prime Minister Narendra Modi and President Xi Jinping took part in the closed plenary session of "
                "the BRICS summit in Kazan on Wednesday.",
                [
                    {
                        "participants": ["Narendra Modi", "Xi Jinping"],
                        "status": "held",
                        "date": "2023-06-14",
                        "location": "Kazan",
                    }
                ],
                id="took-part-in",
            ),
            pytest.param(
                "President Joe Biden met President Xi Jinping in Bali. The two leaders will be in attendance at "
                "the next G20 summit, which is to be held in New Delhi in September.",
                [
                    {"participants": ["Joe Biden", "Xi Jinping"], "status": "held", "location": "Bali"},
                    {
                        "participants": ["Joe Biden", "Xi Jinping"],
                        "status": "planned",
                        "date": "2023-09",
                        "location": "New Delhi",
                    },
                ],
                id="in-attendance-at-which-is-to-be-held",
            ),
            pytest.param("Prime Minister Narendra Modi attended the summit in Kazan.", [], id="one-person"),
            pytest.param(
                "Prime Minister Narendra Modi and President Xi Jinping attended to their guests.", [], id="no-event"
            ),
        ],
    )
    def test_people_at_one_event(self, text: str, expected: list[dict[str, object]]) -> None:
        """Two named people the text puts at one event meet there; the event's date and place may come in a
        relative clause; one person at an event, or no event, is no meeting.
        """
        expect(text, published=PUBLISHED, meetings=expected)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Russia and Ukraine will hold peace talks in Istanbul.",
                {"participants": [], "others": ["Russia", "Ukraine"], "status": "planned", "location": "Istanbul"},
                id="topic-noun-before-talks",
            ),
            pytest.param(
                "He said Moscow and Washington would start consultations on cybersecurity.",
                {"participants": [], "others": ["Moscow", "Washington"], "status": "planned"},
                id="capitals-start-consultations",
            ),
            pytest.param(
                "Mr Putin said Russia and the United States shared a responsibility for nuclear stability, and "
                "would hold talks on their arms treaty.",
                {"participants": [], "others": ["Russia", "United States"], "status": "planned"},
                id="second-verb-of-a-reported-clause",
            ),
            pytest.param(
                "Israel and Lebanon renewed negotiations today on a troop pullback.",
                {"participants": [], "others": ["Israel", "Lebanon"], "status": "held", "date": "2023-06-20"},
                id="verb-that-is-also-an-adjective",
            ),
            pytest.param(
                "President Joe Biden and President Xi Jinping will both attend the G20 summit in New Delhi.",
                {"participants": ["Joe Biden", "Xi Jinping"], "status": "planned", "location": "New Delhi"},
                id="both-between-subject-and-verb",
            ),
        ],
    )
    def test_subject_of_a_meeting_noun(self, text: str, expected: dict[str, object]) -> None:
        """The parties of "hold talks" are its subject, past a topic noun ("peace talks"), a floating
        "both", or a conjunction that joins the verb to an earlier one in the same clause.
        """
        expect(text, published=PUBLISHED, meetings=[expected])

    def test_serial_comma_list_of_parties(self) -> None:
        """ "to meet with A, B of Jordan, and C": the serial comma keeps the list going."""
        expect(
            "President Joe Biden will travel to Jordan to meet with Palestinian Authority President Mahmoud Abbas, "
            "King Abdullah II of Jordan, and Egyptian President Abdel Fattah El-Sisi.",
            published=PUBLISHED,
            meetings=[
                {
                    "participants": ["Joe Biden", "Mahmoud Abbas", "Abdullah II", "Abdel Fattah El-Sisi"],
                    "status": "planned",
                    "location": "Jordan",
                }
            ],
        )

    @pytest.mark.parametrize(
        ("last", "expected"),
        [
            pytest.param(
                "Foreign Minister Wang Yi said during the meeting that ties were at a low point.",
                [["Antony Blinken", "Qin Gang"], ["Antony Blinken", "Xi Jinping"], ["Antony Blinken", "Wang Yi"]],
                id="said-during-the-meeting",
            ),
            pytest.param(
                "Foreign Minister Wang Yi said before the meeting that ties were at a low point.",
                [["Antony Blinken", "Qin Gang"], ["Antony Blinken", "Xi Jinping"]],
                id="before-is-not-in-it",
            ),
        ],
    )
    def test_speaker_during_a_meeting_of_the_traveller(self, last: str, expected: list[list[str]]) -> None:
        """When every meeting of the story so far includes one person, "Wang said during the meeting"
        is a meeting of that person with Wang.
        """
        result = diplomeet.extract(
            "Secretary of State Antony Blinken held talks with Foreign Minister Qin Gang on Sunday. "
            f"On Monday, Blinken met with Chinese President Xi Jinping. {last}",
            published=PUBLISHED,
        )
        assert [m.to_dict()["participants"] for m in result.meetings] == expected

    def test_group_of_one_side_is_no_meeting(self) -> None:
        """ "Chinese officials met in Beijing" names one side only: no meeting."""
        expect("Chinese officials met in Beijing on Monday.", published=PUBLISHED, meetings=[])

    def test_talks_with_a_and_b(self) -> None:
        """ "talks with A and B" makes both coordinated people parties, beside the subject."""
        expect(
            "Chinese Foreign Minister Qin Gang held talks with Secretary of State Antony Blinken and Commerce "
            "Secretary Gina Raimondo in Beijing on Monday.",
            published=PUBLISHED,
            meetings=[
                {
                    "participants": ["Qin Gang", "Antony Blinken", "Gina Raimondo"],
                    "others": [],
                    "kind": "talks",
                    "cameo": "040",
                    "plover": "CONSULT:multilateral",
                }
            ],
        )

    def test_pronoun_subject_is_the_person_before(self) -> None:
        """ "He met Y" after a sentence about X is a meeting of X and Y."""
        expect(
            "Secretary of State Antony Blinken arrived in Beijing on Sunday. "
            "He met Chinese Foreign Minister Qin Gang on Sunday.",
            published=PUBLISHED,
            meetings=[{"participants": ["Antony Blinken", "Qin Gang"], "status": "held", "date": "2023-06-18"}],
        )


# --------------------------------------------------------------------- status


class TestCalledAndPairs:
    """ "X called Y" is a call unless a judgement follows; "the two leaders" are not the one who reports."""

    @pytest.mark.parametrize(
        "text",
        [
            "Prime Minister Narendra Modi called President Joe Biden on Saturday, a statement said.",
            "Prime Minister Narendra Modi called President Joe Biden again on Saturday.",
        ],
    )
    def test_called_a_person_is_a_call(self, text: str) -> None:
        expect(
            text,
            published=PUBLISHED,
            meetings=[
                {"participants": ["Narendra Modi", "Joe Biden"], "kind": "call", "status": "held", "date": "2023-06-17"}
            ],
        )

    @pytest.mark.parametrize(
        "text",
        [
            "President Donald Trump called President Volodymyr Zelensky a dictator without elections.",
            "President Mahmoud Abbas called Israel a rogue state.",
            "The group, called Hamas, said it was studying the proposal.",
            "Chancellor Olaf Scholz called elections for February.",
            "The so-called peace plan was rejected.",
        ],
    )
    def test_called_without_a_person_to_call_is_no_call(self, text: str) -> None:
        expect(text, published=PUBLISHED, meetings=[])

    def test_the_reporter_is_not_one_of_the_two_leaders(self) -> None:
        """ "…, with Peskov adding that the two leaders would hold talks": the leaders are Putin and Xi."""
        expect(
            "The Kremlin said President Vladimir Putin and President Xi Jinping would sign a joint declaration, "
            "with spokesman Dmitry Peskov adding that the two leaders would also hold talks over dinner.",
            published=PUBLISHED,
            meetings=[{"participants": ["Vladimir Putin", "Xi Jinping"], "status": "planned"}],
        )


class TestRenamedPlacesAndMeetings:
    """A place named only to say which city, a meeting renamed after a comma, a second predicate."""

    def test_a_known_place_before_port_city_of_only_says_which(self) -> None:
        """ "in the Red Sea port city of Aqaba": the meeting is in Aqaba, not in the Red Sea."""
        expect(
            "King Abdullah II hosted Egyptian President Abdel Fattah el-Sissi for talks in the Red Sea port city of "
            "Aqaba on Sunday.",
            published=PUBLISHED,
            meetings=[{"participants": ["Abdullah II", "Abdel Fattah el-Sissi"], "location": "Aqaba"}],
        )

    def test_a_meeting_noun_after_a_comma_renames_the_meeting(self) -> None:
        """ "…will meet later on Tuesday, their first in-person talks since …": one planned meeting."""
        expect(
            "U.S. President Joe Biden and Chinese President Xi Jinping will meet later on Tuesday at a hotel in "
            "Bali, their first in-person talks since Biden took office.",
            published=PUBLISHED,
            meetings=[{"participants": ["Joe Biden", "Xi Jinping"], "status": "planned", "date": "2023-06-20"}],
        )

    def test_a_second_predicate_after_but_is_the_subjects(self) -> None:
        """ "X met Y on Thursday but was not allowed to meet Z": X is the one not allowed; no meeting with Z."""
        expect(
            "ASEAN special envoy Prak Sokhonn met junta chief Min Aung Hlaing in Naypyitaw on Thursday but was not "
            "allowed to meet detained leader Aung San Suu Kyi.",
            published=PUBLISHED,
            meetings=[{"participants": ["Prak Sokhonn", "Min Aung Hlaing"], "status": "held", "date": "2023-06-15"}],
        )

    def test_a_second_predicate_after_and_plans_its_own_meeting(self) -> None:
        expect(
            "ASEAN special envoy Prak Sokhonn met junta chief Min Aung Hlaing in Naypyitaw on Thursday and is "
            "expected to meet Aung San Suu Kyi on Friday.",
            published=PUBLISHED,
            meetings=[
                {"participants": ["Prak Sokhonn", "Min Aung Hlaing"], "status": "held", "date": "2023-06-15"},
                {"participants": ["Prak Sokhonn", "Aung San Suu Kyi"], "status": "planned", "date": "2023-06-23"},
            ],
        )


class TestImpliedSubjects:
    """Meetings whose parties stand away from the meeting word: after a setting, after an inverted
    reporting verb, after an opening participle phrase.
    """

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(
                "Colombian President Ernesto Villamizar raised the issue during talks in Lima on Monday with "
                "Peruvian President Rocio Salazar.",
                id="during-talks",
            ),
            pytest.param(
                "Colombian President Ernesto Villamizar described his talks in Lima on Monday with Peruvian "
                "President Rocio Salazar as productive.",
                id="his-talks",
            ),
        ],
    )
    def test_with_after_the_talks_time_and_place(self, text: str) -> None:
        """ "talks in Lima on Monday with X": the time and place do not cut the talks from their party."""
        expect(
            text,
            published=PUBLISHED,
            meetings=[
                {
                    "participants": ["Ernesto Villamizar", "Rocio Salazar"],
                    "status": "held",
                    "date": "2023-06-19",
                    "location": "Lima",
                }
            ],
        )

    def test_a_plan_cue_with_its_own_object_does_not_plan_the_talks(self) -> None:
        """ "called for a regional fund during talks with X": the call is for the fund; the talks took place."""
        expect(
            "Colombian President Ernesto Villamizar called for a regional fund during talks with Peruvian "
            "President Rocio Salazar in Lima on Monday.",
            published=PUBLISHED,
            meetings=[
                {"participants": ["Ernesto Villamizar", "Rocio Salazar"], "status": "held", "date": "2023-06-19"}
            ],
        )

    def test_a_modal_cue_still_plans_the_talks_it_sets(self) -> None:
        expect(
            "President Ferdinand Marcos Jr. is expected to raise the South China Sea dispute during talks with "
            "Chinese President Xi Jinping.",
            published=PUBLISHED,
            meetings=[{"participants": ["Ferdinand Marcos Jr.", "Xi Jinping"], "status": "planned"}],
        )

    def test_gerund_after_an_inverted_reporting_verb(self) -> None:
        """ "“…,” said X on Thursday after meeting Y": X, the speaker after the verb, met Y."""
        expect(
            "“We cannot look away,” said Thai Foreign Minister Sirichai Wongsakul on Thursday after meeting ASEAN "
            "envoy Rahimah Yusof in Bangkok.",
            published=PUBLISHED,
            meetings=[{"participants": ["Sirichai Wongsakul", "Rahimah Yusof"], "date": "2023-06-15"}],
        )

    def test_gerund_in_an_opening_participle_phrase(self) -> None:
        """ "Speaking in Yerevan after meeting the envoy, Henrik Sorensen, Hakobyan said": the name in
        apposition is the one met; the subject is after it.
        """
        expect(
            "Speaking in Yerevan on Monday after meeting the European Union's special representative, Henrik "
            "Sorensen, Foreign Minister Davit Hakobyan said a treaty was within reach.",
            published=PUBLISHED,
            meetings=[{"participants": ["Davit Hakobyan", "Henrik Sorensen"], "date": "2023-06-19"}],
        )

    def test_a_participle_adjective_before_the_subject_opens_no_phrase(self) -> None:
        """ "Visiting Foreign Minister Penny Wong held …, before calling on Widodo, the embassy said": Wong."""
        expect(
            "Visiting Australian Foreign Minister Penny Wong held a breakfast meeting with Foreign Minister Retno "
            "Marsudi on Thursday before calling on President Joko Widodo at the Merdeka Palace, the embassy said.",
            published=PUBLISHED,
            meetings=[
                {"participants": ["Penny Wong", "Retno Marsudi"]},
                {"participants": ["Penny Wong", "Joko Widodo"]},
            ],
        )


class TestPartiesInLists:
    """Parties named with unknown portfolio words, or in apposition to a description."""

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(
                "Talks in Honiara on Tuesday between Foreign Minister Walter Tosika and Australian Pacific Minister "
                "Jodie Harcourt ended without a deal.",
                id="unknown-words-before-the-second-title",
            ),
            pytest.param(
                "A meeting between Deputy Secretary of Defence Walter Tosika and Major General Jodie Harcourt took "
                "place in Honiara on Tuesday.",
                id="title-of-a-portfolio",
            ),
        ],
    )
    def test_between_two_titled_people(self, text: str) -> None:
        expect(
            text,
            published=PUBLISHED,
            meetings=[{"participants": ["Walter Tosika", "Jodie Harcourt"], "date": "2023-06-20"}],
        )

    @pytest.mark.parametrize(
        ("text", "participants"),
        [
            pytest.param(
                "Greek and Turkish deputy foreign ministers, Kostas Mavridis and Ahmet Yildirimer, met in Athens on "
                "Monday.",
                ["Kostas Mavridis", "Ahmet Yildirimer"],
                id="two-names",
            ),
            pytest.param(
                "The foreign ministers of France, Germany and Poland, Stéphane Séjourné, Annalena Baerbock and "
                "Radosław Sikorski, met on Monday.",
                ["Stéphane Séjourné", "Annalena Baerbock", "Radosław Sikorski"],
                id="three-names",
            ),
        ],
    )
    def test_names_in_apposition_are_the_subject(self, text: str, participants: list[str]) -> None:
        """ "The ministers of X and Y, A and B, met": the names set off by commas are the subject."""
        expect(text, published=PUBLISHED, meetings=[{"participants": participants, "date": "2023-06-19"}])

    def test_name_in_apposition_to_a_description_after_and(self) -> None:
        """ "A and her counterpart, B, met": the name renames the description, both are the subject."""
        expect(
            "South Korean Foreign Minister Park Ji-yeon and her Japanese counterpart, Takeshi Oshima, met in Busan "
            "on Monday.",
            published=PUBLISHED,
            meetings=[{"participants": ["Park Ji-yeon", "Takeshi Oshima"], "date": "2023-06-19", "location": "Busan"}],
        )

    @pytest.mark.parametrize(
        ("text", "participants", "title"),
        [
            pytest.param(
                "Malaysia's Minister of Investment, Trade and Industry Amir Rahman met Gina Raimondo in "
                "Washington on Monday.",
                ["Amir Rahman", "Gina Raimondo"],
                "Minister of Investment, Trade and Industry",
                id="comma-list",
            ),
            pytest.param(
                "Minister of Energy and Tourism Amir Rahman met Gina Raimondo in Washington on Monday.",
                ["Amir Rahman", "Gina Raimondo"],
                "Minister of Energy and Tourism",
                id="two-portfolios",
            ),
            pytest.param(
                "South African Minister of International Relations Thandiwe Mokoena met Gina Raimondo in "
                "Washington on Monday.",
                ["Thandiwe Mokoena", "Gina Raimondo"],
                "Minister of International Relations",
                id="one-portfolio",
            ),
        ],
    )
    def test_portfolio_lists_in_a_title(self, text: str, participants: list[str], title: str) -> None:
        """A minister's listed portfolios joined by commas and "and" are one title, not people."""
        result = expect(text, published=PUBLISHED, meetings=[{"participants": participants, "date": "2023-06-19"}])
        assert result.participants[0].title == title

    @pytest.mark.parametrize("owner", ["", "Pakistan's "])
    def test_two_offices_of_one_guest(self, owner: str) -> None:
        """ "met Deputy Prime Minister and Foreign Minister X": one person with two offices, the one met (the
        first office is not a description of the subject)."""
        result = expect(
            f"Antony Blinken met {owner}Deputy Prime Minister and Foreign Minister Ishaq Dar in Islamabad on Monday.",
            published=PUBLISHED,
            meetings=[{"participants": ["Antony Blinken", "Ishaq Dar"], "location": "Islamabad"}],
        )
        assert result.participants[0].title is None

    def test_a_title_after_a_portfolio_list_is_a_second_title(self) -> None:
        """ "The Minister of Defence and Interior Minister X": "Interior" opens a title of its own."""
        result = expect(
            "The Minister of Defence and Interior Minister Anna Berg met Gina Raimondo on Monday.",
            published=PUBLISHED,
            meetings=[{"participants": ["Anna Berg", "Gina Raimondo"]}],
        )
        assert result.participants[0].title == "Interior Minister"


class TestMorePeopleAtTheMeeting:
    """ "X, who sat in on the talks alongside Y": more people at the meeting just told."""

    @pytest.mark.parametrize(
        ("second", "added"),
        [
            pytest.param(
                "Trade Secretary Rebecca Miano, who sat in on the talks alongside Industry Minister Ashatu "
                "Kijaji, told reporters the barriers would go.",
                ["Rebecca Miano", "Ashatu Kijaji"],
                id="who-sat-in-alongside",
            ),
            pytest.param(
                "Trade Secretary Rebecca Miano also sat in on the meeting.", ["Rebecca Miano"], id="also-sat-in"
            ),
        ],
    )
    def test_sat_in_on_the_talks(self, second: str, added: list[str]) -> None:
        expect(
            "President William Ruto held talks with President Samia Suluhu Hassan at State House in Nairobi on "
            f"Monday. {second}",
            published=PUBLISHED,
            meetings=[{"participants": ["William Ruto", "Samia Suluhu Hassan", *added], "date": "2023-06-19"}],
        )

    def test_sitting_in_with_no_meeting_before_adds_nothing(self) -> None:
        expect("Trade Secretary Rebecca Miano sat in on the talks.", published=PUBLISHED, meetings=[])


class TestSeeing:
    """ "see" a person is a meeting; seeing a person as something, or a person's remarks, is not."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Zelensky is due to see former President Donald Trump on Friday, Ukrainian officials said.",
                [{"participants": ["Zelensky", "Donald Trump"], "status": "planned", "date": "2023-06-23"}],
                id="due-to-see",
            ),
            pytest.param(
                "President Emmanuel Macron saw Chancellor Olaf Scholz in Berlin on Monday.",
                [{"participants": ["Emmanuel Macron", "Olaf Scholz"], "status": "held", "location": "Berlin"}],
                id="saw",
            ),
            pytest.param("Many in Kyiv saw President Donald Trump as a threat.", [], id="saw-as"),
            pytest.param("Analysts see President Xi Jinping's remarks as a warning.", [], id="see-remarks"),
            pytest.param("Investors saw President Joe Biden winning the vote.", [], id="saw-winning"),
            pytest.param("Officials hope to see progress at the talks.", [], id="see-progress"),
        ],
    )
    def test_see(self, text: str, expected: list[dict[str, object]]) -> None:
        expect(text, published=PUBLISHED, meetings=expected)


class TestPairOfAnOffice:
    def test_the_two_presidents_are_the_presidents(self) -> None:
        """ "The two presidents also discussed …" after ministers were named: the two Presidents, not the
        last two people named."""
        expect(
            "President William Ruto held talks with President Samia Suluhu Hassan in Nairobi on Monday. Trade "
            "Secretary Rebecca Miano said she would travel to Dodoma next month to meet Industry Minister Ashatu "
            "Kijaji. The two presidents also discussed the security situation in eastern Congo.",
            published=PUBLISHED,
            meetings=[
                {"participants": ["William Ruto", "Samia Suluhu Hassan"], "status": "held", "date": "2023-06-19"},
                {"participants": ["Rebecca Miano", "Ashatu Kijaji"], "status": "planned", "date": "2023-07"},
            ],
        )


class TestNamedNouns:
    """ "session" is a meeting only with its parties named."""

    def test_a_session_with_a_named_party(self) -> None:
        expect(
            "After a three-hour session with Chilean Foreign Minister Valentina Órdenes in Santiago on Monday, "
            "Peru's Foreign Minister Jorge Quispe spoke briefly to the press.",
            published=PUBLISHED,
            meetings=[
                {
                    "participants": ["Jorge Quispe", "Valentina Órdenes"],
                    "date": "2023-06-19",
                    "location": "Santiago",
                    "duration": 180,
                }
            ],
        )

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("The plenary session opened in New York on Monday, where Lula spoke first.", id="plenary"),
            pytest.param(
                "Antony Blinken met Wang Yi in Jakarta on Monday. A question-and-answer session followed in Bali "
                "on Tuesday.",
                id="after-a-meeting",
            ),
        ],
    )
    def test_a_session_without_parties_adds_nothing(self, text: str) -> None:
        result = diplomeet.extract(text, published=PUBLISHED)
        assert all(m.date is None or m.date.value != "2023-06-20" for m in result.meetings)
        assert all(m.location is None or m.location.text != "Bali" for m in result.meetings)


class TestStatus:
    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(
                "A meeting between Foreign Minister Hugh Todd and his Surinamese counterpart Albert Ramdin, planned for "
                "Thursday in Paramaribo, has been cancelled, the ministry said.",
                id="participle-aside-then-cancelled",
            ),
            pytest.param(
                "A meeting between Egyptian President Abdel Fattah al-Sisi and Turkish President Tayyip Erdogan that "
                "had been expected this month will not take place, two diplomats said.",
                id="relative-clause-then-will-not-take-place",
            ),
            pytest.param("Talks between Sisi and Erdogan did not take place.", id="did-not-take-place"),
            pytest.param("Talks between Sisi and Erdogan will not go ahead this month.", id="will-not-go-ahead"),
            pytest.param(
                "Opposition leader Hakainde Chanda refused on Tuesday to meet President Mwila Banda.",
                id="refused-with-a-time-between",
            ),
        ],
    )
    def test_a_meeting_that_will_not_happen(self, text: str) -> None:
        """A meeting noun whose predicate, past an aside on it, cancels or negates it, and a refusal to meet,
        give no meeting.
        """
        result = diplomeet.extract(text, published=PUBLISHED)
        assert result.meetings == ()

    def test_a_planned_meeting_past_a_participle_aside(self) -> None:
        """ "A meeting between X and Y, planned for Thursday, will go ahead": planned, for the Thursday to come."""
        expect(
            "A meeting between Hugh Todd and Albert Ramdin, planned for Thursday, will go ahead.",
            published=PUBLISHED,
            meetings=[{"participants": ["Hugh Todd", "Albert Ramdin"], "status": "planned", "date": "2023-06-22"}],
        )

    @pytest.mark.parametrize(
        "text",
        [
            "German Chancellor Olaf Scholz has met Chinese President Xi Jinping only once since taking office.",
            pytest.param(
                "Prime Minister Justin Trudeau, who has met Indian Prime Minister Narendra Modi several times, said "
                "on Monday that Canada would not be intimidated.",
                id="several-times-in-a-relative-clause",
            ),
            "Joe Biden and Xi Jinping have met on three occasions.",
            "Joe Biden and Xi Jinping met 4 times in 2022.",
        ],
    )
    def test_a_count_of_meetings_is_no_meeting(self, text: str) -> None:
        """ "has met Xi only once", "several times", "on three occasions": a summary of meetings, none of them
        reported.
        """
        result = diplomeet.extract(text, published=PUBLISHED)
        assert result.meetings == ()

    @pytest.mark.parametrize(
        "count",
        ["once more on Monday", "again on Monday", "twice on Monday"],
    )
    def test_a_meeting_of_one_day_is_still_counted_once(self, count: str) -> None:
        """ "met Xi once more on Monday", "twice on Monday": a meeting of that day."""
        expect(
            f"Joe Biden met Xi Jinping {count}.",
            published=PUBLISHED,
            meetings=[{"participants": ["Joe Biden", "Xi Jinping"], "date": "2023-06-19"}],
        )

    @pytest.mark.parametrize(
        ("verb", "other"),
        [
            pytest.param("looked forward to meeting", "Xi", id="looked-forward-lone-surname"),
            pytest.param("was looking forward to meeting", "Chinese President Xi Jinping", id="was-looking-forward"),
        ],
    )
    def test_looking_forward_to_meeting(self, verb: str, other: str) -> None:
        """ "said he looked forward to meeting Xi in Lima on Friday": a planned meeting of the subject."""
        result = expect(
            f"Albanese said he {verb} {other} in Lima on Friday.",
            published=PUBLISHED,
            meetings=[{"status": "planned", "date": "2023-06-23", "location": "Lima"}],
        )
        names = [p.name for p in one(result).participants]
        assert (names[0], len(names)) == ("Albanese", 2)

    @pytest.mark.parametrize("preposition", ["at", "during"])
    def test_the_occasion_of_a_planned_meeting_is_planned_too(self, preposition: str) -> None:
        """ "will meet Kagame at the summit in Nairobi on Friday": one planned meeting on the coming Friday;
        the summit is its occasion, not a summit already held last Friday.
        """
        expect(
            f"Kenyan President William Ruto will meet Rwandan President Paul Kagame {preposition} the summit in "
            "Nairobi on Friday.",
            published=PUBLISHED,
            meetings=[
                {
                    "participants": ["William Ruto", "Paul Kagame"],
                    "status": "planned",
                    "date": "2023-06-23",
                    "location": "Nairobi",
                }
            ],
        )

    @pytest.mark.parametrize(
        ("text", "participants", "others"),
        [
            pytest.param(
                "President Joe Biden will meet Chinese President Xi Jinping in November.",
                ["Joe Biden", "Xi Jinping"],
                [],
                id="will",
            ),
            pytest.param(
                "Secretary of State Antony Blinken could meet Chinese President Xi Jinping on Monday.",
                ["Antony Blinken", "Xi Jinping"],
                [],
                id="could",
            ),
            pytest.param(
                "President Joe Biden is expected to meet Chinese President Xi Jinping in November.",
                ["Joe Biden", "Xi Jinping"],
                [],
                id="expected-to",
            ),
            pytest.param(
                "Chinese President Xi Jinping hopes to meet President Joe Biden later this year.",
                ["Xi Jinping", "Joe Biden"],
                [],
                id="hopes-to",
            ),
            pytest.param(
                "The two sides agreed that Chinese Foreign Minister Qin Gang would visit Washington.",
                ["Qin Gang"],
                ["United States"],
                id="agreed-that-X-would-visit",
            ),
            pytest.param(
                "Chinese President Xi Jinping invited President Joe Biden to attend a summit in Beijing.",
                ["Joe Biden", "Xi Jinping"],
                [],
                id="invited",
            ),
            pytest.param(
                "Chinese President Xi Jinping is expected to visit Moscow next week.",
                ["Xi Jinping"],
                ["Russia"],
                id="expected-to-visit",
            ),
            pytest.param(
                "Chinese Foreign Minister Wang Yi accepted a US proposal for a meeting with Secretary of State "
                "Antony Blinken.",
                ["Wang Yi", "Antony Blinken"],
                [],
                id="accepted-a-proposal",
            ),
        ],
    )
    def test_planned(self, text: str, participants: list[str], others: list[str]) -> None:
        """Modal, expectation, hope, agreement and invitation cues make a meeting planned, coded 036 AGREE."""
        expect(
            text,
            published=PUBLISHED,
            meetings=[
                {
                    "participants": participants,
                    "others": others,
                    "status": "planned",
                    "cameo": "036",
                    "plover": "AGREE",
                }
            ],
        )

    def test_held_and_planned_in_one_article(self) -> None:
        """A held meeting and the visit its parties agreed on are two meetings, held then planned."""
        expect(
            "Chinese Foreign Minister Qin Gang met Secretary of State Antony Blinken in Beijing on Sunday. "
            "The two sides agreed that Qin would visit Washington.",
            published=PUBLISHED,
            meetings=[
                {"participants": ["Qin Gang", "Antony Blinken"], "status": "held", "date": "2023-06-18"},
                {"participants": ["Qin Gang"], "others": ["United States"], "status": "planned", "date": None},
            ],
        )

    @pytest.mark.parametrize(
        ("text", "status", "date"),
        [
            pytest.param(
                "The talks between Secretary of State Antony Blinken and Foreign Minister Wang Yi will continue "
                "on Wednesday.",
                "planned",
                "2023-06-21",
                id="talks-between-will-continue",
            ),
            pytest.param(
                "Talks between Secretary of State Antony Blinken and Foreign Minister Wang Yi are expected to take "
                "place on Thursday.",
                "planned",
                "2023-06-22",
                id="talks-between-are-expected-to-take-place",
            ),
            pytest.param(
                "Talks between Secretary of State Antony Blinken and Foreign Minister Wang Yi took place on Monday.",
                "held",
                "2023-06-19",
                id="talks-between-took-place",
            ),
        ],
    )
    def test_future_predicate_of_a_meeting_noun(self, text: str, status: str, date: str) -> None:
        """A modal after the parties of a meeting noun ("talks between X and Y will continue") is its status."""
        expect(
            text,
            published=PUBLISHED,
            meetings=[{"participants": ["Antony Blinken", "Wang Yi"], "status": status, "date": date}],
        )

    def test_modal_of_the_main_clause_stops_at_as(self) -> None:
        """In "said he would visit the UK as he met the Prime Minister", "would" is about the visit."""
        expect(
            "President Donald Trump said he would visit the UK as he met Prime Minister Keir Starmer at the "
            "White House.",
            published=PUBLISHED,
            meetings=[
                {"participants": ["Donald Trump"], "others": ["United Kingdom"], "status": "planned"},
                {"participants": ["Donald Trump", "Keir Starmer"], "status": "held", "location": "Washington"},
            ],
        )

    def test_modal_about_another_event_is_not_the_meeting_status(self) -> None:
        """In "their meeting could pave the way for a summit", "could" is about the summit."""
        expect(
            "Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing on Monday. "
            "Their meeting could pave the way for a summit between Xi and President Joe Biden later this year.",
            published=PUBLISHED,
            meetings=[
                {"participants": ["Antony Blinken", "Xi Jinping"], "status": "held", "date": "2023-06-19"},
                {"participants": ["Xi Jinping", "Joe Biden"], "status": "planned", "date": "2023"},
            ],
        )

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(
                "Secretary of State Antony Blinken did not meet Chinese President Xi Jinping on Monday.",
                id="did-not-meet",
            ),
            pytest.param(
                "Chinese Foreign Minister Qin Gang declined to meet Secretary of State Antony Blinken.",
                id="declined-to-meet",
            ),
            pytest.param(
                "Secretary of State Antony Blinken is in Beijing. "
                "No meeting with Chinese President Xi Jinping is planned.",
                id="no-meeting-is-planned",
            ),
            pytest.param(
                "Officials said no meeting between Secretary of State Antony Blinken and Chinese President "
                "Xi Jinping is planned.",
                id="no-meeting-between",
            ),
            pytest.param("Secretary of State Antony Blinken cancelled his visit to China.", id="cancelled"),
            pytest.param("Secretary of State Antony Blinken postponed a planned trip to Beijing.", id="postponed"),
            pytest.param(
                "Secretary of State Antony Blinken said his meeting with Chinese Foreign Minister Wang Yi was "
                "cancelled.",
                id="meeting-with-was-cancelled",
            ),
            pytest.param(
                "Talks between Secretary of State Antony Blinken and Chinese Foreign Minister Wang Yi have been "
                "called off.",
                id="talks-between-have-been-called-off",
            ),
            pytest.param(
                "Chinese Foreign Minister Wang Yi rejected a fresh US proposal for direct talks with Secretary of "
                "State Antony Blinken.",
                id="rejected-a-proposal-for-talks",
            ),
            pytest.param(
                "South Korean President Yoon Suk Yeol declined an invitation to meet North Korean leader Kim Jong Un.",
                id="declined-an-invitation",
            ),
            pytest.param(
                "North Korean leader Kim Jong Un turned down an offer to meet South Korean President Lee Jae-myung.",
                id="turned-down-an-offer",
            ),
            pytest.param(
                "Israeli Prime Minister Benjamin Netanyahu scrapped a planned trip to Washington where he was to meet "
                "President Donald Trump.",
                id="scrapped-the-trip-where-he-was-to-meet",
            ),
            pytest.param(
                "President Joe Biden and Chinese President Xi Jinping are unlikely to meet this year.", id="unlikely-to"
            ),
            pytest.param(
                "President Joe Biden and Chinese President Xi Jinping failed to meet at the summit.", id="failed-to"
            ),
            pytest.param(
                "Prime Minister Narendra Modi and Chinese President Xi Jinping did not hold a bilateral meeting "
                "at the summit.",
                id="did-not-hold-a-meeting-at-the-summit",
            ),
            pytest.param(
                "Secretary of State Antony Blinken had been due to meet Chinese Foreign Minister Wang Yi on Friday, "
                "but the trip was called off.",
                id="had-been-due-to",
            ),
            pytest.param(
                "Chinese President Xi Jinping skipped the G20 summit in New Delhi, where he had been expected to "
                "meet President Joe Biden.",
                id="had-been-expected-to",
            ),
            pytest.param(
                "Secretary of State Antony Blinken and Chinese Foreign Minister Wang Yi were supposed to meet in "
                "Beijing in February.",
                id="were-supposed-to",
            ),
            pytest.param(
                "The Kremlin said there were no plans for a meeting between President Vladimir Putin and President "
                "Volodymyr Zelensky.",
                id="no-plans-for-a-meeting",
            ),
            pytest.param(
                "A planned meeting between Congolese President Felix Tshisekedi and Rwandan President Paul Kagame "
                "in Luanda in December was cancelled.",
                id="place-and-time-then-cancelled",
            ),
            pytest.param(
                "Talks between Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti that had "
                "been scheduled for Thursday were called off at the last minute.",
                id="relative-clause-then-called-off",
            ),
            pytest.param(
                "Talks between Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti, which had "
                "been planned for Thursday, were cancelled.",
                id="comma-relative-clause-then-cancelled",
            ),
            pytest.param(
                "Russian President Vladimir Putin will not travel to Istanbul for talks with Ukrainian President "
                "Volodymyr Zelenskiy, the Kremlin said.",
                id="will-not-travel-for-talks",
            ),
        ],
    )
    def test_negated_meetings_are_dropped(self, text: str) -> None:
        """A meeting the text says did not or will not happen is no meeting."""
        expect(text, published=PUBLISHED, meetings=[])

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(
                "Secretary of State Antony Blinken called on Israel to allow more aid into Gaza.", id="a-country"
            ),
            pytest.param(
                "Secretary of State Antony Blinken called on Prime Minister Benjamin Netanyahu to allow more aid "
                "into Gaza.",
                id="a-person-to-do",
            ),
        ],
    )
    def test_called_on_to_do_is_a_demand(self, text: str) -> None:
        """ "called on X to …" urges; it is a statement, not a courtesy call."""
        result = expect(text, published=PUBLISHED, meetings=[])
        assert [s.kind.value for s in result.statements] == ["indirect"]

    @pytest.mark.parametrize(
        ("text", "date"),
        [
            pytest.param(
                "A meeting between Thai Prime Minister Paetongtarn Shinawatra and Cambodian Prime Minister Hun "
                "Manet is scheduled for June 28.",
                "2023-06-28",
                id="scheduled-for",
            ),
            pytest.param(
                "A meeting between Thai Prime Minister Paetongtarn Shinawatra and Cambodian Prime Minister Hun "
                "Manet has been postponed to July 3, a government spokesman said.",
                "2023-07-03",
                id="postponed-to-a-date",
            ),
            pytest.param(
                "A meeting between Pakistani Foreign Minister Ishaq Dar and Afghan acting Foreign Minister Amir Khan "
                "Muttaqi is scheduled for June 29 in Kabul.",
                "2023-06-29",
                id="scheduled-for-after-long-parties",
            ),
            pytest.param(
                "The summit between Prime Minister Narendra Modi and President Xi Jinping was delayed until next week.",
                "2023-06",
                id="delayed-until-next-week",
            ),
        ],
    )
    def test_a_meeting_moved_to_a_new_time_is_planned(self, text: str, date: str) -> None:
        """ "is scheduled for June 28", "postponed to July 3", "delayed until next week": a plan for that time
        (resolved forwards), not a held meeting nor a cancelled one.
        """
        expect(text, published=PUBLISHED, meetings=[{"status": "planned", "date": date}])

    def test_a_call_for_talks_is_a_plan(self) -> None:
        """ "called for a resumption of peace talks between Russia and Ukraine": talks proposed, not held."""
        expect(
            "Chinese President Xi Jinping called for a resumption of peace talks between Russia and Ukraine.",
            published=PUBLISHED,
            meetings=[{"participants": [], "others": ["Russia", "Ukraine"], "status": "planned"}],
        )

    def test_a_date_for_a_planned_visit_is_no_journey(self) -> None:
        """ "no specific date for the visit" does not make the noun the purpose of the verb before it."""
        result = expect(
            "The two sides agreed that Chinese Foreign Minister Qin Gang would visit Washington, although no date "
            "for the visit was announced.",
            published=PUBLISHED,
            meetings=[{"status": "planned", "location": "Washington"}],
        )
        assert evidence(one(result)) == ["Qin Gang would visit Washington"]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The proposal was met with scepticism in Beijing and Washington.", [], id="met-with-a-reaction"
            ),
            pytest.param("Ukraine's demand for more air defence was met on Monday.", [], id="demand-was-met"),
            pytest.param(
                "Chinese President Xi Jinping will meet President Joe Biden in June, a goal that was met with "
                "Friday's talks.",
                [{"participants": ["Xi Jinping", "Joe Biden"], "status": "planned", "date": "2023-06"}],
                id="planned-then-met-with",
            ),
        ],
    )
    def test_passive_met_without_agent_is_no_meeting(self, text: str, expected: list[dict[str, object]]) -> None:
        """ "was met with scepticism", "the demand was met": a passive "met" with no "by" is no meeting,
        and lends no date to the meeting around it.
        """
        expect(text, published=PUBLISHED, meetings=expected)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "President Donald Trump and North Korean leader Kim Jong Un shook hands on Tuesday ahead of their "
                "summit in Singapore. Trump met Kim for 41 minutes.",
                [
                    {
                        "participants": ["Donald Trump", "Kim Jong Un"],
                        "status": "held",
                        "date": "2023-06-20",
                        "location": "Singapore",
                        "duration": 41,
                    }
                ],
                id="ahead-of-the-summit-reported-held",
            ),
            pytest.param(
                "President Vladimir Putin welcomed Prime Minister Narendra Modi on Monday, ahead of official talks "
                "in the Kremlin on Tuesday.",
                [
                    {"participants": ["Vladimir Putin", "Narendra Modi"], "status": "held", "date": "2023-06-19"},
                    {"participants": ["Vladimir Putin", "Narendra Modi"], "status": "planned", "date": "2023-06-20"},
                ],
                id="ahead-of-talks-on-another-day",
            ),
        ],
    )
    def test_ahead_of_a_meeting(self, text: str, expected: list[dict[str, object]]) -> None:
        """ "ahead of their summit" is planned as the story is told: it is the held meeting of the same
        people that day when the article reports one, else a planned meeting.
        """
        expect(text, published=PUBLISHED, meetings=expected)

    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            pytest.param(
                "A prior meeting of three hours had taken place.",
                [(["Xi Jinping", "Antony Blinken"], 35), (["Antony Blinken"], 180)],
                id="a-prior-meeting",
            ),
            pytest.param(
                "The meeting had lasted three hours.", [(["Xi Jinping", "Antony Blinken"], 35)], id="the-meeting"
            ),
        ],
    )
    def test_a_prior_meeting_of_the_guest(self, sentence: str, expected: list[tuple[list[str], int]]) -> None:
        """ "A prior meeting" after "Xi receives Blinken" is another, earlier sitting of the guest, with
        its own length; "the meeting" is the one reported.
        """
        result = diplomeet.extract(
            "Chinese President Xi Jinping receives Secretary of State Antony Blinken in Beijing. Their 35-minute "
            f"meeting was cordial. {sentence}",
            published=PUBLISHED,
        )
        assert [(m.to_dict()["participants"], m.duration and m.duration.minutes) for m in result.meetings] == expected

    def test_held_sitting_is_not_read_into_a_planned_meeting(self) -> None:
        """ "Kim will meet Trump in June … Friday's meetings" does not make Kim and Trump meet on Friday."""
        expect(
            "North Korean leader Kim Jong Un will meet President Donald Trump in June. "
            "Friday's meetings set the stage.",
            published=PUBLISHED,
            meetings=[{"participants": ["Kim Jong Un", "Donald Trump"], "status": "planned", "date": "2023-06"}],
        )

    def test_no_plans_for_a_meeting(self) -> None:
        """ "There are no plans for X to meet Y" is no meeting."""
        expect(
            "There are no plans for Secretary of State Antony Blinken to meet Chinese President Xi Jinping.",
            published=PUBLISHED,
            meetings=[],
        )


# --------------------------------------------------------------------- one meeting per meeting


class TestPurpose:
    @pytest.mark.parametrize(
        ("text", "participants", "status", "date"),
        [
            pytest.param(
                "Colombian President Gustavo Petro and Venezuelan President Nicolas Maduro met in Caracas on Monday "
                "to discuss migration.",
                ["Gustavo Petro", "Nicolas Maduro"],
                "held",
                "2023-06-19",
                id="met-to-discuss",
            ),
            pytest.param(
                "Colombian President Gustavo Petro and Venezuelan President Nicolas Maduro held talks in Caracas on "
                "Monday to discuss migration.",
                ["Gustavo Petro", "Nicolas Maduro"],
                "held",
                "2023-06-19",
                id="held-talks-to-discuss",
            ),
            pytest.param(
                "US envoy Amos Hochstein travelled to Caracas on Monday to meet Venezuelan President Nicolas Maduro.",
                ["Amos Hochstein", "Nicolas Maduro"],
                "held",
                "2023-06-19",
                id="travelled-to-meet",
            ),
            pytest.param(
                "US envoy Amos Hochstein will travel to Caracas on Monday to meet Venezuelan President Nicolas Maduro.",
                ["Amos Hochstein", "Nicolas Maduro"],
                "planned",
                "2023-06-26",
                id="will-travel-to-meet",
            ),
        ],
    )
    def test_purpose_shares_the_status(self, text: str, participants: list[str], status: str, date: str) -> None:
        """ "met … to discuss", "travelled … to meet Y": the purpose is the meeting itself, not a planned one."""
        expect(
            text,
            published=PUBLISHED,
            meetings=[{"participants": participants, "status": status, "date": date, "location": "Caracas"}],
        )

    def test_for_a_summit_with_a_third_party_is_the_same_meeting(self) -> None:
        """ "will host X in Seoul on May 26 for a trilateral summit with Y": one meeting of all three."""
        expect(
            "South Korean President Yoon Suk Yeol will host Japanese Prime Minister Fumio Kishida in Seoul on "
            "June 26 for a trilateral summit with Chinese Premier Li Qiang.",
            published=PUBLISHED,
            meetings=[
                {
                    "participants": ["Yoon Suk Yeol", "Fumio Kishida", "Li Qiang"],
                    "status": "planned",
                    "date": "2023-06-26",
                    "location": "Seoul",
                }
            ],
        )

    def test_for_someone_to_meet_is_no_purpose(self) -> None:
        """ "The meeting set the stage for Kim to meet Trump": the infinitive has a subject of its own."""
        result = diplomeet.extract(
            "The warmth of the meeting set the stage for Kim Jong Un to meet President Donald Trump in June.",
            published=PUBLISHED,
        )
        assert [(m.status.value, [p.name for p in m.participants]) for m in result.meetings] == [
            ("planned", ["Kim Jong Un", "Donald Trump"])
        ]

    @pytest.mark.parametrize(
        ("text", "status", "date"),
        [
            pytest.param(
                "German Foreign Minister Annalena Baerbock met Indian Foreign Minister Subrahmanyam Jaishankar "
                "later on Monday.",
                "held",
                "2023-06-19",
                id="met-later-on-monday",
            ),
            pytest.param(
                "German Foreign Minister Annalena Baerbock will meet Indian Foreign Minister Subrahmanyam Jaishankar "
                "later on Monday.",
                "planned",
                "2023-06-26",
                id="will-meet-later-on-monday",
            ),
            pytest.param(
                "German Foreign Minister Annalena Baerbock met Indian Foreign Minister Subrahmanyam Jaishankar "
                "later in the day.",
                "held",
                "2023-06-20",
                id="met-later-in-the-day",
            ),
            pytest.param(
                "German Foreign Minister Annalena Baerbock meets Indian Foreign Minister Subrahmanyam Jaishankar "
                "later today.",
                "planned",
                "2023-06-20",
                id="meets-later-today",
            ),
        ],
    )
    def test_later_on_a_weekday_follows_the_verb(self, text: str, status: str, date: str) -> None:
        """ "met … later on Monday" is later that day, in the past; "later" alone plans nothing."""
        expect(text, published=PUBLISHED, meetings=[{"status": status, "date": date}])

    def test_the_day_of_another_verb_is_not_the_meetings(self) -> None:
        """ "arrived on Friday and is expected to meet X on Sunday": Sunday, not the arrival's Friday."""
        expect(
            "CIA Director William Burns arrived in Cairo on Friday and is expected to meet Qatari Prime Minister "
            "Mohammed bin Abdulrahman Al Thani on Sunday.",
            published="2024-05-05",
            meetings=[{"status": "planned", "date": "2024-05-05"}],
        )

    def test_where_clause_takes_the_time_before_it(self) -> None:
        """ "a visit to Japan later this month, where he is scheduled to meet Ishiba": that month, in Japan."""
        expect(
            "Indonesian President Prabowo Subianto will make his first official visit to Japan later this month, "
            "where he is scheduled to meet Prime Minister Shigeru Ishiba.",
            published=PUBLISHED,
            meetings=[
                {
                    "participants": ["Prabowo Subianto", "Shigeru Ishiba"],
                    "status": "planned",
                    "date": "2023-06",
                    "location": "Japan",
                }
            ],
        )

    def test_later_in_the_day_is_the_day_just_told(self) -> None:
        """ "arrived in New Delhi on Monday. She met Jaishankar later in the day": Monday, and in New Delhi."""
        expect(
            "German Foreign Minister Annalena Baerbock arrived in New Delhi on Monday. She met Indian Foreign "
            "Minister Subrahmanyam Jaishankar later in the day.",
            published=PUBLISHED,
            meetings=[{"status": "held", "date": "2023-06-19", "location": "New Delhi"}],
        )


class TestSeparately:
    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(
                "Secretary of State Antony Blinken met separately with Israeli Prime Minister Benjamin Netanyahu and "
                "Defense Minister Yoav Gallant in Tel Aviv on Monday.",
                id="met-separately-with",
            ),
            pytest.param(
                "Secretary of State Antony Blinken held separate talks with Israeli Prime Minister Benjamin Netanyahu "
                "and Defense Minister Yoav Gallant in Tel Aviv on Monday.",
                id="held-separate-talks",
            ),
        ],
    )
    def test_one_meeting_with_each(self, text: str) -> None:
        """ "met separately with A and B": one meeting with each, on the same day and place."""
        expect(
            text,
            published=PUBLISHED,
            meetings=[
                {
                    "participants": ["Antony Blinken", "Benjamin Netanyahu"],
                    "date": "2023-06-19",
                    "location": "Tel Aviv",
                },
                {"participants": ["Antony Blinken", "Yoav Gallant"], "date": "2023-06-19", "location": "Tel Aviv"},
            ],
        )

    def test_in_separate_meetings(self) -> None:
        """ "met A and B in separate meetings": one meeting with each."""
        expect(
            "Prime Minister Narendra Modi met Italian Prime Minister Giorgia Meloni and Indonesian President "
            "Prabowo Subianto in separate meetings on Monday.",
            published=PUBLISHED,
            meetings=[
                {"participants": ["Narendra Modi", "Giorgia Meloni"]},
                {"participants": ["Narendra Modi", "Prabowo Subianto"]},
            ],
        )

    def test_together_is_one_meeting(self) -> None:
        """Without "separately", the three met together."""
        result = diplomeet.extract(
            "Secretary of State Antony Blinken met Israeli Prime Minister Benjamin Netanyahu and Defense Minister "
            "Yoav Gallant in Tel Aviv on Monday.",
            published=PUBLISHED,
        )
        assert [len(m.participants) for m in result.meetings] == [3]


class TestMerging:
    def test_several_mentions_are_one_meeting_with_all_evidence(self) -> None:
        """Mentions of one meeting merge into one record that keeps every passage and gathers the facts."""
        text = (
            "Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing on Monday. "
            "Blinken and Xi met for 35 minutes at the Great Hall of the People. "
            "Their meeting was the first since 2018."
        )
        result = expect(
            text,
            published=PUBLISHED,
            meetings=[
                {
                    "participants": ["Antony Blinken", "Xi Jinping"],
                    "status": "held",
                    "date": "2023-06-19",
                    "location": "Beijing",
                    "duration": 35,
                }
            ],
        )
        assert evidence(one(result)) == [
            "Antony Blinken met Chinese President Xi Jinping",
            "Blinken and Xi met",
            "Their meeting",
        ]

    @pytest.mark.parametrize(
        ("follow_up", "status", "duration"),
        [
            pytest.param("The call took place on Monday and lasted 25 minutes.", "held", 25, id="took-place"),
            pytest.param("The call lasted 25 minutes.", "held", 25, id="lasted"),
            pytest.param("The call will take place on Friday.", "planned", None, id="still-planned"),
        ],
    )
    def test_planned_call_that_took_place_is_held(self, follow_up: str, status: str, duration: int | None) -> None:
        """A call announced this week and then reported as over ("the call took place") is one held call."""
        expect(
            "Secretary of State Antony Blinken said on Wednesday that he intended to speak to Russian Foreign "
            f"Minister Sergei Lavrov this week. {follow_up}",
            published=PUBLISHED,
            meetings=[
                {
                    "participants": ["Antony Blinken", "Sergei Lavrov"],
                    "kind": "call",
                    "status": status,
                    "duration": duration,
                }
            ],
        )

    def test_call_planned_for_next_week_stays_planned(self) -> None:
        """A call planned for after the day of publication cannot have taken place yet."""
        expect(
            "Secretary of State Antony Blinken will speak to Russian Foreign Minister Sergei Lavrov next week. "
            "The call took place after weeks of preparation.",
            published=PUBLISHED,
            meetings=[{"participants": ["Antony Blinken", "Sergei Lavrov"], "status": "planned"}],
        )

    @pytest.mark.parametrize("verb", ["met", "telephoned", "called"])
    def test_purpose_of_a_meeting_is_not_another(self, verb: str) -> None:
        """ "met Wang on Sunday to discuss Taiwan": one held meeting, not a planned one to discuss."""
        expect(
            f"Secretary of State Antony Blinken {verb} Foreign Minister Wang Yi on Sunday to discuss Taiwan.",
            published=PUBLISHED,
            meetings=[{"participants": ["Antony Blinken", "Wang Yi"], "status": "held", "date": "2023-06-18"}],
        )

    def test_meeting_noun_in_a_later_statement_joins(self) -> None:
        """ "Xi told Blinken during the meeting" is evidence of the meeting already reported, not a new one."""
        result = expect(
            "Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing on Monday. "
            "Xi told Blinken during the meeting that the two sides had made progress.",
            published=PUBLISHED,
            meetings=[{"participants": ["Antony Blinken", "Xi Jinping"], "date": "2023-06-19"}],
        )
        assert evidence(one(result)) == [
            "Antony Blinken met Chinese President Xi Jinping",
            "Xi told Blinken during the meeting",
        ]

    @pytest.mark.parametrize(
        "follow_up",
        [
            pytest.param("The meeting lasted 35 minutes.", id="meeting-lasted"),
            pytest.param("The talks lasted 35 minutes, officials said.", id="talks-lasted-officials-said"),
        ],
    )
    def test_facts_of_a_follow_up_sentence_join(self, follow_up: str) -> None:
        """ "The meeting lasted 35 minutes." adds its duration to the meeting just reported."""
        expect(
            f"Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing on Monday. {follow_up}",
            published=PUBLISHED,
            meetings=[{"participants": ["Antony Blinken", "Xi Jinping"], "date": "2023-06-19", "duration": 35}],
        )

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(
                "Secretary of State Antony Blinken met Chinese Foreign Minister Qin Gang in Beijing on Sunday. "
                "Blinken met Qin again on Monday.",
                id="again-on-monday",
            ),
            pytest.param(
                "Secretary of State Antony Blinken held talks with Chinese Foreign Minister Qin Gang in Beijing on "
                "Sunday. On Monday, Blinken and Qin held talks again.",
                id="on-monday-fronted",
            ),
        ],
    )
    def test_sittings_on_different_days_are_two_meetings(self, text: str) -> None:
        """The same pair meeting on Sunday and again on Monday is two meetings, one per day."""
        result = expect(
            text,
            published=PUBLISHED,
            meetings=[
                {"participants": ["Antony Blinken", "Qin Gang"], "date": "2023-06-18", "location": "Beijing"},
                {"participants": ["Antony Blinken", "Qin Gang"], "date": "2023-06-19", "location": "Beijing"},
            ],
        )
        assert len(result.meetings[0].evidence) == len(result.meetings[1].evidence) == 1

    def test_earlier_meeting_after_a_gerund_is_its_own(self) -> None:
        """ "has met Xi, after meeting in Bali a year ago": the gerund after "after" is an earlier meeting."""
        expect(
            "Prime Minister Anthony Albanese has met Chinese President Xi Jinping in Beijing. "
            "It is the second time Albanese has met Xi, after meeting on the sidelines of the G20 in Bali a year ago.",
            published=PUBLISHED,
            meetings=[
                {"participants": ["Anthony Albanese", "Xi Jinping"], "date": None, "location": "Beijing"},
                {"participants": ["Anthony Albanese", "Xi Jinping"], "date": "2022-06", "location": "Bali"},
            ],
        )

    def test_earlier_meeting_noun_with_its_own_date(self) -> None:
        """ "the talks in March" after a meeting reported for Monday is an earlier sitting, not the same one."""
        expect(
            "Secretary of State Antony Blinken met Chinese Foreign Minister Qin Gang in Beijing on Monday. "
            "The talks in March had ended without agreement.",
            published=PUBLISHED,
            meetings=[
                {"participants": ["Antony Blinken", "Qin Gang"], "date": "2023-06-19"},
                {"participants": ["Antony Blinken", "Qin Gang"], "date": "2023-03"},
            ],
        )

    def test_an_earlier_sitting_dated_far_from_its_noun_gives_nothing(self) -> None:
        """ "The first trilateral meeting … was held in Baku in 2012": the sentence after a meeting tells of an
        earlier sitting, so it gives the meeting just reported neither its year nor its place (the call on Sharif
        "later" is of Monday, in Islamabad)."""
        expect(
            "Turkish Foreign Minister Hakan Fidan, Azerbaijani Foreign Minister Jeyhun Bayramov and Pakistani "
            "Foreign Minister Ishaq Dar met in Islamabad on Monday. The three ministers later called on Prime "
            "Minister Shehbaz Sharif at his office. The first trilateral meeting of the three countries' foreign "
            "ministers was held in Baku in 2012.",
            published=PUBLISHED,
            meetings=[
                {
                    "participants": ["Hakan Fidan", "Jeyhun Bayramov", "Ishaq Dar"],
                    "date": "2023-06-19",
                    "location": "Islamabad",
                },
                {
                    "participants": ["Hakan Fidan", "Jeyhun Bayramov", "Ishaq Dar", "Shehbaz Sharif"],
                    "date": "2023-06-19",
                    "location": "Islamabad",
                },
            ],
        )

    def test_meeting_in_a_dash_aside_keeps_to_itself(self) -> None:
        """A meeting named inside dashes neither takes nor gives the date of the sentence around it."""
        expect(
            "President Joe Biden and Russian President Vladimir Putin will hold their first summit next month in "
            "Geneva. The meeting in the Swiss city \u2014 the site of a historic 1985 summit between Soviet leader "
            "Mikhail Gorbachev and President Ronald Reagan \u2014 will be on July 16.",
            published=PUBLISHED,
            meetings=[
                {
                    "participants": ["Joe Biden", "Vladimir Putin"],
                    "status": "planned",
                    "date": "2023-07-16",
                    "location": "Geneva",
                },
                {"participants": ["Mikhail Gorbachev", "Ronald Reagan"], "status": "held", "date": "1985"},
            ],
        )


# --------------------------------------------------------------------- dates


class TestDates:
    @pytest.mark.parametrize(
        ("second", "date"),
        [
            pytest.param("He met Premier Li Qiang the following day.", "2023-06-13", id="the-following-day"),
            pytest.param("The next day he met Premier Li Qiang.", "2023-06-13", id="the-next-day-first"),
            pytest.param("A day later, he met Premier Li Qiang.", "2023-06-13", id="a-day-later"),
            pytest.param("Two days later, he met Premier Li Qiang.", "2023-06-14", id="two-days-later"),
            pytest.param("He met Premier Li Qiang later that day.", "2023-06-12", id="later-that-day"),
            pytest.param("He met Premier Li Qiang the same evening.", "2023-06-12", id="the-same-evening"),
        ],
    )
    def test_a_day_counted_from_the_story_day(self, second: str, date: str) -> None:
        """ "the next day", "a day later", "later that day" count from the day the story last named, not
        from publication; "next" there makes no plan.
        """
        expect(
            f"Colombian President Gustavo Petro met Chinese President Xi Jinping in Beijing on Monday, June 12. "
            f"{second}",
            published=PUBLISHED,
            meetings=[
                {"participants": ["Gustavo Petro", "Xi Jinping"], "status": "held", "date": "2023-06-12"},
                {"participants": ["Gustavo Petro", "Li Qiang"], "status": "held", "date": date},
            ],
        )

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("Trump wants to meet Kim Jong Un, the White House said on Thursday.", id="said-on"),
            pytest.param("Trump will meet Kim Jong Un, the White House announced on Monday.", id="announced-on"),
        ],
    )
    def test_the_day_of_a_trailing_attribution_is_not_the_meetings(self, text: str) -> None:
        """ "…, the White House said on Thursday": the day the plan was told, not the day of the meeting."""
        expect(
            text,
            published=PUBLISHED,
            meetings=[{"participants": ["Trump", "Kim Jong Un"], "status": "planned", "date": None}],
        )

    def test_the_day_before_ahead_of_is_the_arrivals(self) -> None:
        """ "arrived in Lima on Monday ahead of talks with Boluarte on Friday": the talks are on Friday."""
        expect(
            "Albanese arrived in Lima on Monday ahead of talks with Peruvian President Dina Boluarte on Friday.",
            published=PUBLISHED,
            meetings=[{"participants": ["Albanese", "Dina Boluarte"], "status": "planned", "date": "2023-06-23"}],
        )

    def test_a_story_day_with_no_day_named_has_no_date(self) -> None:
        """With no day named before it, "the next day" dates nothing (it is not the day after publication)."""
        result = diplomeet.extract("The next day Petro met Premier Li Qiang.", published=PUBLISHED)
        meeting = one(result)
        assert meeting.status.value == "held"
        assert meeting.date is None or meeting.date.value is None

    def test_a_time_before_and_met_is_the_first_verbs(self) -> None:
        """ "arrived in Beijing on May 12 and met Xi the following day": the meeting's own time wins; the
        arrival's day still dates "arrived on Monday and met Xi", which names no other.
        """
        expect(
            "Petro arrived in Beijing on May 12 and met Xi Jinping the following day. "
            "Lula arrived in Tokyo on Monday and met Fumio Kishida.",
            published=PUBLISHED,
            meetings=[
                {"participants": ["Petro", "Xi Jinping"], "date": "2023-05-13", "location": "Beijing"},
                {"participants": ["Lula", "Fumio Kishida"], "date": "2023-06-19", "location": "Tokyo"},
            ],
        )

    @pytest.mark.parametrize(
        ("text", "published", "iso", "precision", "written"),
        [
            pytest.param(
                "Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing on Monday.",
                "2023-06-20",
                "2023-06-19",
                "day",
                "Monday",
                id="held-weekday-is-the-previous-one",
            ),
            pytest.param(
                "Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing on Wednesday.",
                "2023-06-20",
                "2023-06-14",
                "day",
                "Wednesday",
                id="held-weekday-later-in-the-week-is-last-week",
            ),
            pytest.param(
                "President Joe Biden will meet Chinese President Xi Jinping on Monday.",
                "2023-06-20",
                "2023-06-26",
                "day",
                "Monday",
                id="planned-weekday-is-the-next-one",
            ),
            pytest.param(
                "President Joe Biden will meet Chinese President Xi Jinping on Wednesday.",
                "2023-06-20",
                "2023-06-21",
                "day",
                "Wednesday",
                id="planned-weekday-this-week",
            ),
            pytest.param(
                "Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing yesterday.",
                "2023-06-20",
                "2023-06-19",
                "day",
                "yesterday",
                id="yesterday",
            ),
            pytest.param(
                "Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing today.",
                "2023-06-20",
                "2023-06-20",
                "day",
                "today",
                id="today",
            ),
            pytest.param(
                "Secretary of State Antony Blinken will meet Chinese President Xi Jinping in Beijing tomorrow.",
                "2023-06-20",
                "2023-06-21",
                "day",
                "tomorrow",
                id="tomorrow",
            ),
            pytest.param(
                "Treasury Secretary Janet Yellen visited Beijing last month.",
                "2023-06-20",
                "2023-05",
                "month",
                "last month",
                id="last-month",
            ),
            pytest.param(
                "Treasury Secretary Janet Yellen visited Beijing last month.",
                "2024-01-10",
                "2023-12",
                "month",
                "last month",
                id="last-month-across-the-year",
            ),
            pytest.param(
                "President Joe Biden met Chinese President Xi Jinping in November.",
                "2023-06-20",
                "2022-11",
                "month",
                "November",
                id="held-in-november-is-last-year",
            ),
            pytest.param(
                "President Joe Biden will meet Chinese President Xi Jinping in November.",
                "2023-06-20",
                "2023-11",
                "month",
                "November",
                id="planned-in-november-is-this-year",
            ),
            pytest.param(
                "Chinese President Xi Jinping hopes to meet President Joe Biden later this year.",
                "2023-06-20",
                "2023",
                "year",
                "later this year",
                id="later-this-year",
            ),
            pytest.param(
                "President Joe Biden will meet Chinese President Xi Jinping in San Francisco next week.",
                "2023-06-20",
                "2023-06",
                "month",
                "next week",
                id="next-week-is-the-month-of-its-monday",
            ),
            pytest.param(
                "President Joe Biden will meet Chinese President Xi Jinping in San Francisco next week.",
                "2023-06-29",
                "2023-07",
                "month",
                "next week",
                id="next-week-across-the-month",
            ),
            pytest.param(
                "President Joe Biden met Chinese President Xi Jinping on November 14, 2022.",
                "2023-06-20",
                "2022-11-14",
                "day",
                "November 14, 2022",
                id="month-day-year",
            ),
            pytest.param(
                "President Joe Biden met Chinese President Xi Jinping on 14 November 2022.",
                "2023-06-20",
                "2022-11-14",
                "day",
                "14 November 2022",
                id="day-month-year",
            ),
            pytest.param(
                "President Joe Biden met Chinese President Xi Jinping on Nov. 14.",
                "2023-06-20",
                "2022-11-14",
                "day",
                "Nov. 14",
                id="abbreviated-month-no-year-held",
            ),
            pytest.param(
                "President Joe Biden met Chinese President Xi Jinping on 2022-11-14.",
                "2023-06-20",
                "2022-11-14",
                "day",
                "2022-11-14",
                id="iso",
            ),
        ],
    )
    def test_dates_resolve_against_publication(
        self, text: str, published: str, iso: str, precision: str, written: str
    ) -> None:
        """Relative and absolute dates resolve against the publication date, looking back when held, ahead when planned."""
        result = expect(text, published=published, meetings=[{"date": iso}])
        date = one(result).date
        assert date is not None
        assert (date.text, date.precision.value if date.precision else None) == (written, precision)
        assert date.span is not None
        assert text[date.span.start : date.span.end] == written

    @pytest.mark.parametrize(
        ("days", "first", "second"),
        [
            pytest.param("May 10-11", "2023-05-10", "2023-05-11", id="dash"),
            pytest.param("May 10 and 11", "2023-05-10", "2023-05-11", id="and"),
            pytest.param("Saturday and Sunday", "2023-06-17", "2023-06-18", id="two-weekdays"),
        ],
    )
    def test_talks_over_two_days_are_two_meetings(self, days: str, first: str, second: str) -> None:
        """Talks held over two days are one meeting per day; the length of the whole is no day's length."""
        expect(
            f"National Security Adviser Jake Sullivan and Chinese Foreign Minister Wang Yi met in Vienna on {days}. "
            "The two sides held more than eight hours of talks.",
            published=PUBLISHED,
            meetings=[
                {
                    "participants": ["Jake Sullivan", "Wang Yi"],
                    "date": first,
                    "location": "Vienna",
                    "duration": None,
                },
                {
                    "participants": ["Jake Sullivan", "Wang Yi"],
                    "date": second,
                    "location": "Vienna",
                    "duration": None,
                },
            ],
        )

    def test_two_planned_days_are_two_plans(self) -> None:
        """A plan "on Monday and Tuesday" is one planned sitting per day, as held talks are (days forward)."""
        result = diplomeet.extract(
            "Secretary of State Antony Blinken will meet Chinese Foreign Minister Wang Yi on Monday and Tuesday.",
            published=PUBLISHED,
        )
        assert [(m.status.value, m.date.value.isoformat() if m.date else "") for m in result.meetings] == [
            ("planned", "2023-06-26"),
            ("planned", "2023-06-27"),
        ]

    def test_a_planned_trip_over_days_stays_one_visit(self) -> None:
        """ "will visit Japan on Monday and Tuesday": one trip, not a visit per day."""
        result = diplomeet.extract("President Joe Biden will visit Japan on Monday and Tuesday.", published=PUBLISHED)
        assert [(m.kind.value, m.status.value) for m in result.meetings] == [("visit", "planned")]

    def test_when_clause_takes_the_time_before_it(self) -> None:
        """ "travelled to Russia in 2019, when he … met with Putin": the meeting is dated 2019."""
        expect(
            "Prime Minister Narendra Modi last travelled to Russia in 2019, when he attended a forum in "
            "Vladivostok and met with President Vladimir Putin.",
            published=PUBLISHED,
            meetings=[
                {
                    "participants": ["Narendra Modi", "Vladimir Putin"],
                    "status": "held",
                    "date": "2019",
                    "location": "Vladivostok",
                }
            ],
        )

    def test_no_time_given_is_no_date(self) -> None:
        """A meeting with no time expression has ``date`` None."""
        expect(
            "Chinese Foreign Minister Qin Gang agreed to visit Washington.",
            published=PUBLISHED,
            meetings=[{"participants": ["Qin Gang"], "date": None}],
        )

    def test_relative_date_without_publication_is_unresolved(self) -> None:
        """Without a publication date, "Monday" is kept as written but has no calendar value."""
        result = diplomeet.extract(
            "Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing on Monday."
        )
        date = one(result).date
        assert date is not None
        assert (date.text, date.value, date.precision) == ("Monday", None, None)

    # --------------------------------------------------------------------- durations

    @pytest.mark.parametrize(
        ("text", "other", "date"),
        [
            pytest.param(
                "Secretary of State Antony Blinken met Foreign Minister Wang Yi in Beijing on Monday, a day after "
                "holding talks with Party Secretary Chen Jining in Shanghai.",
                "Chen Jining",
                "2023-06-18",
                id="a-day-after",
            ),
            pytest.param(
                "Secretary of State Antony Blinken met Foreign Minister Wang Yi in Beijing on Monday, two days after "
                "talks with Party Secretary Chen Jining in Shanghai.",
                "Chen Jining",
                "2023-06-17",
                id="two-days-after",
            ),
        ],
    )
    def test_days_after_shift_the_date(self, text: str, other: str, date: str) -> None:
        """ "met Wang on Monday, a day after holding talks with Chen": the talks with Chen were on Sunday."""
        result = diplomeet.extract(text, published=PUBLISHED)
        dates = {tuple(p.name for p in m.participants): m.date.iso if m.date else None for m in result.meetings}
        assert dates == {("Antony Blinken", "Wang Yi"): "2023-06-19", ("Antony Blinken", other): date}


class TestDurations:
    @pytest.mark.parametrize(
        ("text", "written", "minutes", "qualifier"),
        [
            pytest.param(
                "Secretary of State Antony Blinken held a 35-minute meeting with Chinese President Xi Jinping on "
                "Monday.",
                "35-minute",
                35,
                "exact",
                id="35-minute",
            ),
            pytest.param(
                "Secretary of State Antony Blinken held a roughly 30-minute meeting with Chinese President Xi "
                "Jinping on Monday.",
                "roughly 30-minute",
                30,
                "about",
                id="roughly-30-minute",
            ),
            pytest.param(
                "Secretary of State Antony Blinken held more than three-hour talks with Chinese Foreign Minister "
                "Qin Gang on Sunday.",
                "more than three-hour",
                180,
                "more_than",
                id="more-than-three-hour",
            ),
            pytest.param(
                "Foreign Minister Penny Wong and her New Zealand counterpart Winston Peters held more than two hours "
                "of talks in Adelaide on Monday.",
                "more than two hours",
                120,
                "more_than",
                id="hours-of-talks-after-the-light-verb",
            ),
            pytest.param(
                "Secretary of State Antony Blinken held seven-and-a-half-hour talks with Chinese Foreign Minister "
                "Qin Gang on Sunday.",
                "seven-and-a-half-hour",
                450,
                "exact",
                id="seven-and-a-half-hour",
            ),
            pytest.param(
                "Secretary of State Antony Blinken met Chinese President Xi Jinping for nearly an hour on Monday.",
                "nearly an hour",
                60,
                "nearly",
                id="nearly-an-hour",
            ),
            pytest.param(
                "Secretary of State Antony Blinken met Chinese President Xi Jinping for 90 minutes on Monday.",
                "90 minutes",
                90,
                "exact",
                id="for-90-minutes",
            ),
            pytest.param(
                "Secretary of State Antony Blinken met Chinese President Xi Jinping for about 35 minutes on Monday.",
                "about 35 minutes",
                35,
                "about",
                id="about-35-minutes",
            ),
            pytest.param(
                "Secretary of State Antony Blinken met Chinese President Xi Jinping for at least two hours on Monday.",
                "at least two hours",
                120,
                "at_least",
                id="at-least-two-hours",
            ),
            pytest.param(
                "Secretary of State Antony Blinken met Chinese President Xi Jinping for less than an hour on Monday.",
                "less than an hour",
                60,
                "less_than",
                id="less-than-an-hour",
            ),
            pytest.param(
                "President Xi Jinping had an informal meeting with President Vladimir Putin on Monday, which "
                "lasted for 4.5 hours, according to state media.",
                "4.5 hours",
                270,
                "exact",
                id="which-lasted",
            ),
        ],
    )
    def test_durations(self, text: str, written: str, minutes: int, qualifier: str) -> None:
        """A stated length gives minutes, its hedge as the qualifier, and the words as written."""
        result = expect(text, published=PUBLISHED, meetings=[{"duration": minutes, "status": "held"}])
        duration = one(result).duration
        assert duration is not None
        assert (duration.text, duration.qualifier.value) == (written, qualifier)
        assert duration.span is not None
        assert text[duration.span.start : duration.span.end] == written

    def test_relative_clause_about_something_else_gives_no_length(self) -> None:
        """ "met in Geneva, which is four hours from Paris by train": the clause is about Geneva."""
        result = diplomeet.extract(
            "President Joe Biden met President Vladimir Putin in Geneva, which is four hours from Paris by train.",
            published=PUBLISHED,
        )
        assert [m.duration for m in result.meetings] == [None]

    def test_no_length_given_is_no_duration(self) -> None:
        """A meeting whose length is not stated has ``duration`` None."""
        expect(
            "Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing on Monday.",
            published=PUBLISHED,
            meetings=[{"duration": None}],
        )

    # --------------------------------------------------------------------- locations

    def test_length_inside_spoke_by_telephone(self) -> None:
        """ "X and Y spoke for nearly two hours by telephone": a call of 120 minutes; "spoke for an hour at
        the conference" is a speech, no meeting.
        """
        expect(
            "President Joe Biden and Chinese President Xi Jinping spoke for nearly two hours by telephone on Monday.\n"
            "President Joe Biden spoke for an hour at the conference.",
            published=PUBLISHED,
            meetings=[
                {"participants": ["Joe Biden", "Xi Jinping"], "kind": "call", "duration": 120, "date": "2023-06-19"}
            ],
        )

    def test_length_after_an_aside_with_since(self) -> None:
        """ "The meeting between X and Y, their first since 2022, lasted four hours": the comma closes the
        aside that "since" opened, so the length is the meeting's.
        """
        expect(
            "The meeting between President Joe Biden and President Xi Jinping, their first since 2022, lasted four "
            "hours.",
            published=PUBLISHED,
            meetings=[{"participants": ["Joe Biden", "Xi Jinping"], "duration": 240, "date": None}],
        )


class TestLocations:
    def test_venue_in_city(self) -> None:
        """ "at the Great Hall of the People in Beijing" gives the venue, its city and its country."""
        result = expect(
            "Chinese President Xi Jinping received Secretary of State Antony Blinken at the Great Hall of the "
            "People in Beijing on Monday.",
            published=PUBLISHED,
            meetings=[{"location": "Beijing"}],
        )
        place = one(result).location
        assert place is not None
        assert (place.text, place.venue, place.city, place.country) == (
            "Great Hall of the People",
            "Great Hall of the People",
            "Beijing",
            "China",
        )

    def test_venue_alone_brings_its_city(self) -> None:
        """A known venue named without its city still gives the city and country from the gazetteer."""
        result = expect(
            "Secretary of State Antony Blinken met Chinese Foreign Minister Qin Gang at the Diaoyutai State "
            "Guesthouse on Sunday.",
            published=PUBLISHED,
            meetings=[{"location": "Beijing"}],
        )
        place = one(result).location
        assert place is not None
        assert (place.venue, place.city, place.country) == ("Diaoyutai State Guesthouse", "Beijing", "China")

    def test_city_comma_country(self) -> None:
        """ "in Bali, Indonesia" gives the city and the country."""
        result = expect(
            "US President Joe Biden met Chinese President Xi Jinping in Bali, Indonesia, on Monday.",
            published=PUBLISHED,
            meetings=[{"location": "Bali"}],
        )
        place = one(result).location
        assert place is not None
        assert (place.venue, place.city, place.country) == (None, "Bali", "Indonesia")

    def test_country_only(self) -> None:
        """A visit to a country gives the country as the place."""
        result = expect(
            "Secretary of State Antony Blinken visited China on Sunday.",
            published=PUBLISHED,
            meetings=[{"location": "China"}],
        )
        place = one(result).location
        assert place is not None
        assert (place.venue, place.city, place.country) == (None, None, "China")

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(
                "Secretary of State Antony Blinken flew to Moscow to hold talks with Foreign Minister Sergei Lavrov.",
                id="flew-to-X-to-hold-talks",
            ),
            pytest.param(
                "Secretary of State Antony Blinken will follow his trip with a visit to Moscow to meet Foreign "
                "Minister Sergei Lavrov.",
                id="a-visit-to-X-to-meet",
            ),
        ],
    )
    def test_where_a_journey_goes_to_meet(self, text: str) -> None:
        """ "went to X to meet Y": the meeting is at the journey's destination."""
        result = diplomeet.extract(text, published=PUBLISHED)
        assert [(m.to_dict()["participants"], m.location and m.location.city) for m in result.meetings] == [
            (["Antony Blinken", "Sergei Lavrov"], "Moscow")
        ]

    def test_the_capital_of_a_country(self) -> None:
        """ "in the Chinese capital" is Beijing, written as in the text."""
        result = diplomeet.extract(
            "Russian Foreign Minister Sergei Lavrov will spend two days in the Chinese capital and hold meetings "
            "with his Chinese counterpart Wang Yi.",
            published=PUBLISHED,
        )
        (meeting,) = result.meetings
        assert meeting.location is not None
        assert (meeting.location.text, meeting.location.city, meeting.location.country) == (
            "Chinese capital",
            "Beijing",
            "China",
        )

    def test_city_naming_a_summit(self) -> None:
        """ "held the Hanoi summit": the city before the meeting noun is where it took place, not a party."""
        expect(
            "President Donald Trump and North Korean leader Kim Jong Un held the Hanoi summit on Thursday.",
            published=PUBLISHED,
            meetings=[{"participants": ["Donald Trump", "Kim Jong Un"], "others": [], "location": "Hanoi"}],
        )

    @pytest.mark.parametrize(
        ("text", "location"),
        [
            pytest.param("Biden and Xi held a Camp David summit on Friday.", "Thurmont", id="venue-summit"),
            pytest.param("Biden and Xi held their Camp David summit on Friday.", "Thurmont", id="their-venue-summit"),
            pytest.param(
                "Biden and Xi's Oval Office meeting on Friday ended in a shouting match.",
                "Washington",
                id="joint-possessive-venue",
            ),
            pytest.param("Biden and Xi's meeting on Friday ended in a shouting match.", None, id="joint-possessive"),
        ],
    )
    def test_venue_naming_the_meeting(self, text: str, location: str | None) -> None:
        """ "a Camp David summit", "X and Y's Oval Office meeting": a venue before the meeting noun is where it
        took place (as a city is), and both names joined before the "'s" own the meeting.
        """
        expect(
            "Joe Biden praised Xi Jinping last week. " + text,
            published=PUBLISHED,
            meetings=[
                {
                    "participants": ["Joe Biden", "Xi Jinping"],
                    "status": "held",
                    "date": "2023-06-16",
                    "location": location,
                },
            ],
        )

    def test_white_house_summit_on_a_subject_is_no_meeting(self) -> None:
        """ "The White House summit on artificial intelligence": an event with no parties named."""
        expect("The White House summit on artificial intelligence drew 40 leaders on Friday.", meetings=[])

    @pytest.mark.parametrize(
        ("trip", "location"),
        [
            pytest.param("during a rare trip to Beijing", "Beijing", id="one-destination"),
            pytest.param(
                "during a trip to Tokyo. Blinken then met with Chinese officials during a visit to Beijing",
                None,
                id="two-destinations",
            ),
            pytest.param("after he arrived in Beijing", "Beijing", id="arrived-in"),
            pytest.param("after he landed in Tokyo. Blinken later arrived in Beijing", None, id="two-arrivals"),
        ],
    )
    def test_meetings_of_a_trip_take_its_destination(self, trip: str, location: str | None) -> None:
        """A meeting with no place of its own happened where the traveller's one trip went."""
        result = diplomeet.extract(
            f"Secretary of State Antony Blinken met with Chinese officials {trip}. "
            "On Monday, Blinken met with Chinese President Xi Jinping.",
            published=PUBLISHED,
        )
        found = [m for m in result.meetings if len(m.participants) == 2]
        assert [m.location and m.location.city for m in found] == [location]

    @pytest.mark.parametrize(
        ("caption", "city"),
        [
            pytest.param("Putin speaks to reporters in Geneva.", "Geneva", id="one-swiss-city"),
            pytest.param("Putin flew from Geneva to Zurich.", None, id="two-swiss-cities"),
        ],
    )
    def test_country_takes_the_articles_one_city_there(self, caption: str, city: str | None) -> None:
        """A meeting placed only "in Switzerland" took place in the one Swiss city the article names."""
        result = diplomeet.extract(
            f"{caption}\n\nPresident Vladimir Putin said the summit with President Joe Biden in Switzerland was "
            "constructive.",
            published=PUBLISHED,
        )
        (meeting,) = result.meetings
        assert meeting.location is not None
        assert (meeting.location.city, meeting.location.country) == (city, "Switzerland")

    def test_where_clause_takes_the_place_before_it(self) -> None:
        """ "spent time on Capitol Hill, where her meetings included a visit with McCarthy": the meeting
        is on Capitol Hill; a party word before the title ("Republican") is not a person.
        """
        result = diplomeet.extract(
            "Prime Minister Giorgia Meloni spent some time on Capitol Hill, where her meetings included a visit "
            "with Republican House Speaker Kevin McCarthy.",
            published=PUBLISHED,
        )
        assert [p.name for p in result.participants] == ["Giorgia Meloni", "Kevin McCarthy"]
        (meeting,) = result.meetings
        assert meeting.location is not None
        assert (meeting.location.text, meeting.location.venue, meeting.location.city) == (
            "Capitol Hill",
            "U.S. Capitol",
            "Washington",
        )

    def test_talks_to_a_place_is_not_where(self) -> None:
        """ "sent a letter to Moscow about talks" does not place the talks in Moscow."""
        result = diplomeet.extract(
            "Secretary of State Antony Blinken met Foreign Minister Sergei Lavrov after a letter to Moscow.",
            published=PUBLISHED,
        )
        assert [m.location for m in result.meetings] == [None]

    @pytest.mark.parametrize(
        ("text", "location"),
        [
            pytest.param(
                "Secretary of State Antony Blinken spoke by phone with Israeli Prime Minister Benjamin Netanyahu on "
                "Sunday, urging him to avoid a major ground operation in Rafah.",
                None,
                id="urging",
            ),
            pytest.param(
                "Egyptian President Abdel Fattah al-Sisi met Jordan's King Abdullah on Sunday, warning against "
                "an attack on Tal al-Sultan.",
                None,
                id="warning-unknown-place",
            ),
            pytest.param(
                "Egyptian President Abdel Fattah al-Sisi met Jordan's King Abdullah in Cairo on Sunday, warning "
                "against an attack in Rafah.",
                "Cairo",
                id="place-before-the-clause-kept",
            ),
        ],
    )
    def test_place_in_a_speech_clause_is_not_where(self, text: str, location: str | None) -> None:
        """ ", urging him to …", ", warning against …": a place in what was said is not where they met."""
        expect(text, published=PUBLISHED, meetings=[{"location": location}])

    @pytest.mark.parametrize(
        ("text", "location"),
        [
            pytest.param(
                "President Joe Biden hosted Prime Minister Narendra Modi at his home in Wilmington on Saturday.",
                "Wilmington",
                id="past-a-lower-case-phrase",
            ),
            pytest.param(
                "Prime Minister Narendra Modi last met President Xi Jinping in October 2019 in Mahabalipuram, "
                "Tamil Nadu.",
                "Mahabalipuram",
                id="a-region-after-the-town-keeps-the-town",
            ),
        ],
    )
    def test_unknown_town_further_on(self, text: str, location: str) -> None:
        """An unknown town after a lower-case phrase or a time is still the place; a region after it is not."""
        expect(text, published=PUBLISHED, meetings=[{"location": location}])

    @pytest.mark.parametrize(
        "dateline",
        [pytest.param("MANILA, June 19 (Reuters) - ", id="dash"), pytest.param("Manila, June 19 (PTI) ", id="no-dash")],
    )
    def test_here_is_the_dateline_place(self, dateline: str) -> None:
        """ "met … here": the city the story is filed from."""
        expect(
            f"{dateline}Foreign Minister Wang Yi met Philippine Foreign Secretary Enrique Manalo here on Monday.",
            published=PUBLISHED,
            meetings=[{"participants": ["Wang Yi", "Enrique Manalo"], "location": "Manila"}],
        )

    @pytest.mark.parametrize(
        ("verb", "location"),
        [
            pytest.param("met", "Singapore", id="a-meeting-of-the-day"),
            pytest.param("spoke by phone with", None, id="a-call-is-nowhere"),
        ],
    )
    def test_a_meeting_of_the_day_with_no_place_is_at_the_dateline(self, verb: str, location: str | None) -> None:
        """ "SINGAPORE, June 20 (Reuters) - … met … on Tuesday": the city the story is filed from."""
        expect(
            f"SINGAPORE, June 20 (Reuters) - External Affairs Minister S Jaishankar {verb} Prime Minister Lee "
            "Hsien Loong on Tuesday.",
            published=PUBLISHED,
            meetings=[{"location": location}],
        )

    @pytest.mark.parametrize(
        ("day", "location"),
        [
            pytest.param("on Sunday", "Singapore", id="two-days-before"),
            pytest.param("last Tuesday", None, id="a-week-before"),
        ],
    )
    def test_the_dateline_reaches_two_days_back(self, day: str, location: str | None) -> None:
        """A dispatch of Tuesday reports Sunday's meeting from where it is filed; one of a week before may be
        anywhere.
        """
        expect(
            f"SINGAPORE, June 20 (Reuters) - External Affairs Minister S Jaishankar met Prime Minister Lee Hsien Loong "
            f"{day}.",
            published=PUBLISHED,
            meetings=[{"location": location}],
        )

    @pytest.mark.parametrize(
        ("text", "location", "venue"),
        [
            pytest.param(
                "ABUJA (Premium Times) - President Bola Tinubu met Ghana's President Nana Akufo-Addo at the "
                "Presidential Villa on Monday.",
                "Abuja",
                "Presidential Villa",
                id="venue-of-no-known-city",
            ),
            pytest.param(
                "MONROVIA (FrontPage Africa) - President Joseph Boakai will receive Sierra Leone's President Julius "
                "Maada Bio at the Executive Mansion on Saturday.",
                "Monrovia",
                "Executive Mansion",
                id="planned-at-a-venue",
            ),
            pytest.param(
                "BEIJING (Reuters) - President Bola Tinubu met Ghana's President Nana Akufo-Addo at the Presidential "
                "Villa on May 2.",
                "Presidential Villa",
                "Presidential Villa",
                id="weeks-before-the-dispatch",
            ),
        ],
    )
    def test_an_unknown_venue_is_in_the_dateline_city(self, text: str, location: str, venue: str) -> None:
        """A venue the gazetteer cannot place, in the days around the dispatch, is in the city it is filed from;
        the span stays the venue's.
        """
        result = expect(text, published=PUBLISHED, meetings=[{"location": location}])
        place = one(result).location
        assert place is not None
        assert place.venue == venue
        assert place.span is not None
        assert place.span.text == venue

    def test_duration_in_a_relative_clause(self) -> None:
        """ "The talks, which went on for more than three hours, …": 180 minutes."""
        expect(
            "President William Ruto hosted Ugandan President Yoweri Museveni in Nairobi on Monday. The talks, which "
            "went on for more than three hours, focused on oil imports.",
            published=PUBLISHED,
            meetings=[{"participants": ["William Ruto", "Yoweri Museveni"], "duration": 180}],
        )

    def test_a_city_after_an_unknown_venue_is_the_place(self) -> None:
        """ "at State House, Nairobi": the city is given, so it is the location."""
        result = expect(
            "President William Ruto held talks with Tanzanian President Samia Suluhu Hassan at State House, Nairobi "
            "on Tuesday.",
            published=PUBLISHED,
            meetings=[{"location": "Nairobi"}],
        )
        place = one(result).location
        assert place is not None
        assert (place.city, place.country) == ("Nairobi", "Kenya")

    def test_a_disaster_in_a_country_is_not_where(self) -> None:
        """ "to coordinate their response to the cyclone in Vanuatu": Vanuatu is the issue's place."""
        result = diplomeet.extract(
            "Albanese held a video call with New Zealand Prime Minister Christopher Luxon on Monday to coordinate "
            "their response to the cyclone in Vanuatu.",
            published=PUBLISHED,
        )
        assert one(result).location is None

    def test_the_elysee(self) -> None:
        """ "at the Elysee": the palace, in Paris."""
        result = diplomeet.extract(
            "French President Emmanuel Macron welcomed Kenyan President William Ruto at the Elysee on Monday.",
            published=PUBLISHED,
        )
        place = one(result).location
        assert place is not None
        assert (place.venue, place.city) == ("Élysée Palace", "Paris")

    def test_the_situation_in_a_region_is_not_where(self) -> None:
        """ "discussed the situation in West Asia" does not place a phone call there."""
        expect(
            "Jaishankar spoke by phone with Saudi Foreign Minister Prince Faisal bin Farhan Al Saud on Wednesday "
            "and discussed the situation in West Asia.",
            published=PUBLISHED,
            meetings=[{"location": None}],
        )

    def test_no_place_given_is_no_location(self) -> None:
        """A meeting with no place stated has ``location`` None."""
        expect(
            "President Joe Biden spoke by phone with Chinese President Xi Jinping on Thursday.",
            published=PUBLISHED,
            meetings=[{"location": None}],
        )

    @pytest.mark.parametrize(
        ("text", "venue", "city", "country"),
        [
            pytest.param(
                "President Joe Biden met Prime Minister Rishi Sunak at the White House on Thursday.",
                "White House",
                "Washington",
                "United States",
                id="white-house",
            ),
            pytest.param(
                "Russian President Vladimir Putin welcomed Chinese President Xi Jinping to the Kremlin on Monday.",
                "Kremlin",
                "Moscow",
                "Russia",
                id="kremlin",
            ),
        ],
    )
    def test_venue_that_is_also_an_institution(self, text: str, venue: str, city: str, country: str) -> None:
        """A venue that also names an institution ("the White House", "the Kremlin") is still the meeting place."""
        result = expect(text, published=PUBLISHED, meetings=[{"location": city}])
        place = one(result).location
        assert place is not None
        assert (place.text, place.venue, place.city, place.country) == (venue, venue, city, country)

    @pytest.mark.parametrize(
        ("text", "venue", "city"),
        [
            pytest.param(
                "North Korean leader Kim Jong Un met Russian President Vladimir Putin at the Vostochny Cosmodrome "
                "on Wednesday.",
                "Vostochny Cosmodrome",
                None,
                id="venue-word-last-after-long-party",
            ),
            pytest.param(
                "French President Emmanuel Macron met German Chancellor Olaf Scholz at the Chateau de Rambouillet "
                "on Monday.",
                "Chateau de Rambouillet",
                None,
                id="venue-word-first-with-particle",
            ),
            pytest.param(
                "Indian Prime Minister Narendra Modi hosted Chinese President Xi Jinping in Mahabalipuram on Friday.",
                None,
                "Mahabalipuram",
                id="unknown-town",
            ),
            pytest.param(
                "Senegalese President Bassirou Diomaye Faye met Mauritanian President Mohamed Ould Ghazouani in the "
                "border town of Rosso on Saturday.",
                None,
                "Rosso",
                id="the-border-town-of",
            ),
            pytest.param(
                "Liberian President Joseph Boakai met Sierra Leonean President Julius Maada Bio in the town of Kenema "
                "on Monday.",
                None,
                "Kenema",
                id="the-town-of",
            ),
            pytest.param(
                "Brazilian President Luiz Inácio Lula da Silva met Colombian President Gustavo Petro in the Amazon "
                "border town of Leticia on Saturday.",
                None,
                "Leticia",
                id="a-name-before-the-border-town-of",
            ),
        ],
    )
    def test_place_the_gazetteer_does_not_know(self, text: str, venue: str | None, city: str | None) -> None:
        """A capitalised place after "in"/"at" past the parties is the meeting place; a venue word
        ("Cosmodrome", "Chateau de …") makes it a venue, not a city, and never a person.
        """
        result = expect(text, published=PUBLISHED, meetings=[{"location": venue or city}])
        place = one(result).location
        assert place is not None
        assert (place.venue, place.city, place.country) == (venue, city, None)
        assert len(result.participants) == 2


# --------------------------------------------------------------------- headlines


class TestHeadlines:
    """Headlines drop articles and auxiliaries and join their subjects with a comma."""

    @pytest.mark.parametrize(
        ("text", "parties", "status", "date", "location"),
        [
            pytest.param(
                "Modi, Xi hold talks in Kazan", ["Modi", "Xi"], "held", None, "Kazan", id="comma-joined-subjects"
            ),
            pytest.param(
                "Putin, Trump to meet in Alaska on Friday",
                ["Putin", "Trump"],
                "planned",
                "2023-06-23",
                "Alaska",
                id="comma-joined-infinitive",
            ),
            pytest.param(
                "Blinken to meet Wang in Munich", ["Blinken", "Wang"], "planned", None, "Munich", id="infinitive"
            ),
            pytest.param(
                "Narendra Modi, Xi Jinping hold talks in Kazan",
                ["Narendra Modi", "Xi Jinping"],
                "held",
                None,
                "Kazan",
                id="full-names",
            ),
            pytest.param(
                "Blinken is to meet Wang in Munich on Friday.",
                ["Blinken", "Wang"],
                "planned",
                "2023-06-23",
                "Munich",
                id="prose-is-to-meet",
            ),
        ],
    )
    def test_headline_meeting(
        self, text: str, parties: list[str], status: str, date: str | None, location: str
    ) -> None:
        """ "Modi, Xi hold talks", "Blinken to meet Wang": the subjects and the plan a headline states."""
        expect(
            text,
            published=PUBLISHED,
            meetings=[{"participants": parties, "status": status, "date": date, "location": location}],
        )

    def test_comma_in_prose_joins_no_subjects(self) -> None:
        """In prose a name before a comma is an appositive's head or a vocative, not a second subject."""
        result = diplomeet.extract("Modi, Xi hold talks in Kazan.", published=PUBLISHED)
        assert [m.to_dict()["participants"] for m in result.meetings] != [["Modi", "Xi"]]

    def test_greeting_in_a_quotation_is_no_person(self) -> None:
        """ "“Nice to meet you,” Kim said.": a capitalised adjective before "to meet" in prose is no name."""
        result = diplomeet.extract("“Nice to meet you,” Kim said.", published=PUBLISHED)
        assert [p.name for p in result.participants] == ["Kim"]


# --------------------------------------------------------------------- event codes


class TestEventCodes:
    @pytest.mark.parametrize(
        ("text", "cameo", "plover"),
        [
            pytest.param(
                "President Joe Biden will meet Chinese President Xi Jinping in San Francisco next week.",
                "036",
                "AGREE",
                id="planned",
            ),
            pytest.param(
                "President Joe Biden spoke by phone with Chinese President Xi Jinping on Thursday.",
                "040",
                "CONSULT:phone",
                id="phone",
            ),
            pytest.param(
                "Secretary of State Antony Blinken visited China on Sunday.",
                "042",
                "CONSULT:visit",
                id="visit",
            ),
            pytest.param(
                "Secretary of State Antony Blinken was received by Chinese President Xi Jinping in Beijing on Monday.",
                "042",
                "CONSULT:visit",
                id="passive-received-is-the-visitor-side",
            ),
            pytest.param(
                "Chinese President Xi Jinping received Secretary of State Antony Blinken in Beijing on Monday.",
                "043",
                "CONSULT:host",
                id="host",
            ),
            pytest.param(
                "US President Joe Biden met Chinese President Xi Jinping on the sidelines of the G20 summit in "
                "Bali, Indonesia, on Monday.",
                "044",
                "CONSULT:third-party",
                id="third-country",
            ),
            pytest.param(
                "Secretary of State Antony Blinken held talks with Chinese Foreign Minister Qin Gang in Beijing on "
                "Sunday.",
                "046",
                "CONSULT",
                id="talks",
            ),
            pytest.param(
                "Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing on Monday.",
                "040",
                "CONSULT",
                id="meeting",
            ),
        ],
    )
    def test_codes(self, text: str, cameo: str, plover: str) -> None:
        """Each meeting carries the CAMEO and PLOVER codes of the first matching row of the code table."""
        expect(text, published=PUBLISHED, meetings=[{"cameo": cameo, "plover": plover}])


# --------------------------------------------------------------------- a whole record


class TestWholeRecord:
    def test_every_field_of_one_meeting(self) -> None:
        """A sentence stating everything fills every field of the one meeting."""
        text = (
            "US Secretary of State Antony Blinken held a 35-minute meeting with Chinese President Xi Jinping "
            "at the Great Hall of the People in Beijing on Monday."
        )
        result = expect(
            text,
            published=PUBLISHED,
            meetings=[
                {
                    "participants": ["Antony Blinken", "Xi Jinping"],
                    "others": [],
                    "status": "held",
                    "kind": "meeting",
                    "date": "2023-06-19",
                    "location": "Beijing",
                    "duration": 35,
                    "cameo": "040",
                    "plover": "CONSULT",
                }
            ],
        )
        meeting = one(result)
        assert meeting.to_dict()["participants"] == ["Antony Blinken", "Xi Jinping"]
        for span in meeting.evidence:
            assert text[span.start : span.end] == span.text
        assert meeting.participants[0] is result.participant("Antony Blinken")


class TestTheSpeakersOwnMeeting:
    """ "“I met X on Monday,” Y said": inside a quotation, "I" / "we" is the quotation's speaker."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "“I spoke with Foreign Minister Wang Yi by phone on Tuesday, and I briefed him on the talks,” "
                "Australian Foreign Minister Penny Wong said on Thursday.",
                [{"participants": ["Penny Wong", "Wang Yi"], "status": "held", "kind": "call", "date": "2023-06-20"}],
                id="i-spoke-with",
            ),
            pytest.param(
                '"I had a very useful meeting with Governor Kazuo Ueda this morning," Treasury Secretary Scott '
                "Bessent told reporters in Tokyo.",
                [{"participants": ["Scott Bessent", "Kazuo Ueda"], "status": "held", "date": "2023-06-20"}],
                id="i-had-a-meeting",
            ),
            pytest.param(
                'Zambian President Hakainde Hichilema said: "I met President Cyril Ramaphosa in Pretoria on Monday '
                'and we agreed to work together."',
                [
                    {
                        "participants": ["Hakainde Hichilema", "Cyril Ramaphosa"],
                        "status": "held",
                        "date": "2023-06-19",
                        "location": "Pretoria",
                    }
                ],
                id="colon-then-i-met",
            ),
            pytest.param(
                "“I will meet President Recep Tayyip Erdogan in Ankara next week,” Prime Minister Giuseppe Conte said.",
                [
                    {
                        "participants": ["Giuseppe Conte", "Recep Tayyip Erdogan"],
                        "status": "planned",
                        "location": "Ankara",
                    }
                ],
                id="i-will-meet",
            ),
        ],
    )
    def test_first_person_meeting(self, text: str, expected: list[dict[str, object]]) -> None:
        expect(text, published=PUBLISHED, meetings=expected)

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("“I have met President Xi Jinping many times,” Joe Biden said.", id="counted"),
            pytest.param("“I will not meet Vladimir Putin,” Joe Biden said.", id="negated"),
            pytest.param("“I met him in Geneva,” Joe Biden said.", id="unnamed-other"),
            pytest.param("“I met President Xi Jinping in Beijing,” a diplomat said.", id="unnamed-speaker"),
            pytest.param("“They told me he met Putin,” she said.", id="no-speaker-named"),
        ],
    )
    def test_no_meeting_of_the_speaker(self, text: str) -> None:
        """Only the named speaker's own meeting with a named person: no count, negation or guess."""
        expect(text, published=PUBLISHED, meetings=[])


class TestLeadersOfAGroup:
    """ "met the government delegation, led by X": the named leader of a delegation takes part."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Foreign Minister Wang Yi received a delegation headed by Senator John Kerry in Beijing on Monday.",
                [{"participants": ["Wang Yi", "John Kerry"], "status": "held", "location": "Beijing"}],
                id="headed-by",
            ),
            pytest.param(
                "Foreign Minister Badr Albusaidi met the government delegation, led by Deputy Foreign Minister "
                "Ahmed Saleh al-Awadhi, for about an hour on Saturday morning.",
                [{"participants": ["Badr Albusaidi", "Ahmed Saleh al-Awadhi"], "date": "2023-06-17"}],
                id="comma-led-by",
            ),
            pytest.param(
                "The envoy will travel to Nairobi to meet representatives of the RSF, led by General Mohamed Hamdan "
                "Dagalo, next week.",
                [],
                id="an-organisation-is-what-is-led",
            ),
        ],
    )
    def test_led_by(self, text: str, expected: list[dict[str, object]]) -> None:
        expect(text, published=PUBLISHED, meetings=expected)

    def test_people_of_a_country_joined_by_and(self) -> None:
        """ "Chancellor X of Germany and Premier Y of China met": the two people, not Germany."""
        expect(
            "Chancellor Markus Feldhaus of Germany and Premier Zhao Lianfeng of China met on Monday.",
            published=PUBLISHED,
            meetings=[{"participants": ["Markus Feldhaus", "Zhao Lianfeng"], "others": [], "date": "2023-06-19"}],
        )


class TestFullArticleShapes:
    """Shapes of longer stories: honorific chains, time openers, double offices, the pair of an office."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Indian Prime Minister Arvind Deshpande will travel to Abu Dhabi next week for talks with President "
                "His Highness Sheikh Hamdan bin Rashid Al Nahyan.",
                [{"participants": ["Arvind Deshpande", "Hamdan bin Rashid Al Nahyan"], "status": "planned"}],
                id="title-then-honorifics",
            ),
            pytest.param(
                "Indian Prime Minister Arvind Deshpande will also visit Dubai, where he will meet His Highness Sheikh "
                "Rashid bin Obaid Al Maktoum.",
                [
                    {
                        "participants": ["Arvind Deshpande", "Rashid bin Obaid Al Maktoum"],
                        "status": "planned",
                        "location": "Dubai",
                    }
                ],
                id="his-highness-is-no-pronoun",
            ),
            pytest.param(
                "Foreign Secretary Helen Carrow arrived in the region on Monday. On Wednesday she was in Doha for "
                "talks with Qatar's prime minister and foreign minister, Sheikh Abdulaziz bin Nasser Al Thani.",
                [
                    {
                        "participants": ["Helen Carrow", "Abdulaziz bin Nasser Al Thani"],
                        "status": "held",
                        "date": "2023-06-14",
                        "location": "Doha",
                    }
                ],
                id="time-opener-and-two-offices",
            ),
        ],
    )
    def test_shape(self, text: str, expected: list[dict[str, object]]) -> None:
        expect(text, published=PUBLISHED, meetings=expected)

    def test_the_two_defence_ministers_are_the_defence_ministers(self) -> None:
        """ "The two defence ministers last met …" after a prime minister was named: the office's own words
        choose the pair."""
        expect(
            "Defence Minister Ben Kirkland hosted Indonesian Defence Minister Bambang Wicaksono in Canberra on "
            "Thursday. Mr Wicaksono also called on Prime Minister Daniel Whitcombe on Thursday afternoon. The two "
            "defence ministers last met in March in Singapore.",
            published=PUBLISHED,
            meetings=[
                {"participants": ["Ben Kirkland", "Bambang Wicaksono"], "date": "2023-06-15"},
                {"participants": ["Bambang Wicaksono", "Daniel Whitcombe"], "date": "2023-06-15"},
                {"participants": ["Ben Kirkland", "Bambang Wicaksono"], "date": "2023-03", "location": "Singapore"},
            ],
        )


class TestInvitationsAndReceptions:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Senegalese President Bassirou Diomaye Faye extended an invitation to President Bola Tinubu to "
                "visit Dakar early next year.",
                [{"participants": ["Bola Tinubu", "Bassirou Diomaye Faye"], "status": "planned", "date": "2024"}],
                id="invitation-to",
            ),
            pytest.param(
                "President Bola Tinubu accepted an invitation from Senegalese President Bassirou Diomaye Faye to "
                "visit Dakar early next year.",
                [{"participants": ["Bola Tinubu", "Bassirou Diomaye Faye"], "status": "planned", "date": "2024"}],
                id="invitation-from",
            ),
            pytest.param(
                "Senegalese President Bassirou Diomaye Faye arrived in Abuja on Tuesday night and was received at "
                "the Nnamdi Azikiwe International Airport by Vice-President Kashim Shettima.",
                [
                    {
                        "participants": ["Bassirou Diomaye Faye", "Kashim Shettima"],
                        "status": "held",
                        "date": "2023-06-20",
                    }
                ],
                id="received-at-an-unknown-venue-by",
            ),
            pytest.param(
                "Senegalese President Bassirou Diomaye Faye arrived on Monday. Faye will on Thursday meet the "
                "President of the ECOWAS Commission, Dr Omar Alieu Touray.",
                [
                    {
                        "participants": ["Bassirou Diomaye Faye", "Omar Alieu Touray"],
                        "status": "planned",
                        "date": "2023-06-22",
                    }
                ],
                id="office-of-an-organisation-then-name",
            ),
            pytest.param(
                "German Foreign Minister Johann Wadephul invited Ukrainian Foreign Minister Andrii Sybiha to Berlin "
                "in September for talks on reconstruction.",
                [
                    {
                        "participants": ["Johann Wadephul", "Andrii Sybiha"],
                        "status": "planned",
                        "date": "2023-09",
                        "location": "Berlin",
                    }
                ],
                id="invited-to-a-place-for-talks",
            ),
            pytest.param(
                "German Foreign Minister Johann Wadephul held talks with Ukrainian Foreign Minister Andrii Sybiha on "
                "Monday and was later received by President Volodymyr Zelenskyy.",
                [
                    {"participants": ["Johann Wadephul", "Andrii Sybiha"], "status": "held", "date": "2023-06-19"},
                    {
                        "participants": ["Johann Wadephul", "Volodymyr Zelenskyy"],
                        "status": "held",
                        "date": "2023-06-19",
                    },
                ],
                id="passive-with-an-adverb-after-and",
            ),
            pytest.param(
                "On 13 June, on the sidelines of the summit, Prime Minister Narendra Modi and President Xi Jinping "
                "sat down for a 55-minute meeting, Modi's first in China in seven years.",
                [
                    {
                        "participants": ["Narendra Modi", "Xi Jinping"],
                        "status": "held",
                        "date": "2023-06-13",
                        "duration": 55,
                    }
                ],
                id="sat-down-for-a-meeting",
            ),
            pytest.param(
                "Prime Minister Narendra Modi spoke with President Vladimir Putin on Monday. They later held their own "
                "bilateral talks.",
                [{"participants": ["Narendra Modi", "Vladimir Putin"], "status": "held", "date": "2023-06-19"}],
                id="their-own-talks",
            ),
            pytest.param(
                "Deputy Foreign Minister Oleg Tarasov received in Moscow a delegation of the Sudanese Revolutionary "
                "Front on Monday.",
                [
                    {
                        "participants": ["Oleg Tarasov"],
                        "others": ["Sudanese Revolutionary Front"],
                        "status": "held",
                        "date": "2023-06-19",
                        "location": "Moscow",
                    }
                ],
                id="received-in-a-place-a-delegation-of-the-body",
            ),
            pytest.param(
                "Foreign Minister Kwabena Mensah received in audience the Ambassador of the Republic of Korea, H.E. "
                "Park Sung-min, on Monday.",
                [{"participants": ["Kwabena Mensah", "Park Sung-min"], "status": "held", "date": "2023-06-19"}],
                id="received-in-audience",
            ),
            pytest.param(
                "Omani Foreign Minister Khalid Al Busaidi received a Houthi delegation on Monday.",
                [
                    {
                        "participants": ["Khalid Al Busaidi"],
                        "others": ["Houthi delegation"],
                        "status": "held",
                        "date": "2023-06-19",
                    }
                ],
                id="the-delegation-of-an-armed-group",
            ),
        ],
    )
    def test_shape(self, text: str, expected: list[dict[str, object]]) -> None:
        expect(text, published=PUBLISHED, meetings=expected)

    def test_a_meeting_told_after_an_arrival_is_on_its_day(self) -> None:
        """ "Wadephul arrived in Kyiv on Monday morning. He held talks with Sybiha …": the day of the arrival,
        but only for the sentence that tells it or the next one, and never for a plan."""
        expect(
            "German Foreign Minister Johann Wadephul arrived in Kyiv on Monday morning by overnight train. He held "
            "talks with Ukrainian Foreign Minister Andrii Sybiha at the Foreign Ministry. Wadephul will see "
            "Chancellor Friedrich Merz in Berlin. Wadephul has also met Mayor Vitali Klitschko.",
            published=PUBLISHED,
            meetings=[
                {
                    "participants": ["Johann Wadephul", "Andrii Sybiha"],
                    "status": "held",
                    "date": "2023-06-19",
                    "location": "Kyiv",
                },
                {"participants": ["Johann Wadephul", "Friedrich Merz"], "status": "planned", "date": None},
                {"participants": ["Johann Wadephul", "Vitali Klitschko"], "status": "held", "date": None},
            ],
        )


class TestOfficeHoldersOfCountries:
    def test_the_ministers_of_two_countries_are_their_ministers(self) -> None:
        """ "The foreign ministers of Greece and Turkey held talks": each country's Foreign Minister."""
        expect(
            "Greek Foreign Minister Giorgos Gerapetritis and Turkish Foreign Minister Hakan Fidan arrived on "
            "Wednesday. The foreign ministers of Greece and Turkey held nearly three hours of talks in Athens on "
            "Thursday.",
            published=PUBLISHED,
            meetings=[
                {
                    "participants": ["Giorgos Gerapetritis", "Hakan Fidan"],
                    "others": [],
                    "date": "2023-06-15",
                    "location": "Athens",
                    "duration": 180,
                }
            ],
        )

    def test_no_holder_named_for_a_country_leaves_the_group(self) -> None:
        """Only Greece's minister is named: the group stays unnamed, no one is guessed."""
        result = diplomeet.extract(
            "Greek Foreign Minister Giorgos Gerapetritis arrived on Wednesday. The foreign ministers of Greece and "
            "Turkey held talks in Athens on Thursday.",
            published=PUBLISHED,
        )
        assert [m.to_dict()["participants"] for m in result.meetings if m.participants] == []


class TestABodysMeeting:
    def test_the_subject_holds_a_bodys_meeting(self) -> None:
        """ "will hold the committee's first meeting": the people of the clause, not the committee."""
        expect(
            "Trade Minister Budi Santoso and Trade Minister Parks Tau will hold the committee's first meeting in "
            "Jakarta in September.",
            published=PUBLISHED,
            meetings=[
                {"participants": ["Budi Santoso", "Parks Tau"], "others": [], "status": "planned", "date": "2023-09"}
            ],
        )


class TestCountedGroups:
    def test_the_three_foreign_ministers(self) -> None:
        """ "The three foreign ministers are expected to meet": the three of the meetings just told."""
        expect(
            "Korean Foreign Minister Cho Tae-yul spoke by phone with Chinese Foreign Minister Wang Yi on Tuesday. "
            "Cho met his Japanese counterpart Yoko Kamikawa in Tokyo on June 1. The three foreign ministers are "
            "expected to meet in Busan in August.",
            published=PUBLISHED,
            meetings=[
                {"participants": ["Cho Tae-yul", "Wang Yi"], "status": "held", "date": "2023-06-20"},
                {"participants": ["Cho Tae-yul", "Yoko Kamikawa"], "status": "held", "date": "2023-06-01"},
                {
                    "participants": ["Cho Tae-yul", "Yoko Kamikawa", "Wang Yi"],
                    "status": "planned",
                    "date": "2023-08",
                    "location": "Busan",
                },
            ],
        )

    def test_the_two_foreign_ministers_include_an_office_of_that_kind(self) -> None:
        """ "The two foreign ministers" are the Foreign Minister and the External Affairs Minister (an office of
        the same kind), not the last meeting's pair with a petroleum minister."""
        expect(
            "Foreign Minister Anjana Weerasooriya met Indian External Affairs Minister Vikram Raghunathan in New "
            "Delhi yesterday. Later in the day, Weerasooriya called on Indian Petroleum Minister Harpreet Singh Gill. "
            "The two foreign ministers last spoke by telephone last month.",
            published=PUBLISHED,
            meetings=[
                {"participants": ["Anjana Weerasooriya", "Vikram Raghunathan"], "date": "2023-06-19"},
                {"participants": ["Anjana Weerasooriya", "Harpreet Singh Gill"], "date": "2023-06-19"},
                {
                    "participants": ["Anjana Weerasooriya", "Vikram Raghunathan"],
                    "date": "2023-05",
                    "kind": "call",
                    "location": None,
                },
            ],
        )


class TestPossessiveObjects:
    @pytest.mark.parametrize(
        "text",
        [
            "Fisheries leader Sivakumar Arulanantham welcomed the minister's stand on Monday.",
            "Prime Minister Anthony Albanese is also set to meet Biden's cabinet members.",
        ],
    )
    def test_a_possessive_after_the_verb_owns_the_object(self, text: str) -> None:
        """ "welcomed the minister's stand", "meet Biden's cabinet members": the person named owns what follows,
        so no meeting with that person."""
        result = diplomeet.extract(
            "Foreign Minister Anjana Weerasooriya met President Joe Biden in Washington on Monday. " + text,
            published=PUBLISHED,
        )
        assert [[p.name for p in m.participants] for m in result.meetings] == [["Anjana Weerasooriya", "Joe Biden"]]


class TestGatheringsAndPurposes:
    def test_bring_together_names_every_participant(self) -> None:
        """ "The first of which will bring together A, B, C and D in Ottawa next year": all of them meet."""
        expect(
            "The ministers agreed to launch annual consultations, the first of which will bring together Foreign "
            "Minister Helen Carmody, Canadian Foreign Minister Genevieve Tremblay, Defence Minister Marcus Driscoll "
            "and Canadian Defence Minister Daniel Belanger in Ottawa next year.",
            published=PUBLISHED,
            meetings=[
                {
                    "participants": ["Helen Carmody", "Genevieve Tremblay", "Marcus Driscoll", "Daniel Belanger"],
                    "status": "planned",
                    "date": "2024",
                    "location": "Ottawa",
                }
            ],
        )

    def test_bring_together_one_person_is_no_meeting(self) -> None:
        """ "The forum brought together President Joe Biden and business leaders": one person named, no meeting."""
        expect(
            "The forum brought together President Joe Biden and business leaders in Chicago on Friday.",
            published=PUBLISHED,
            meetings=[],
        )

    @pytest.mark.parametrize(("opener", "date"), [("Today", "2023-06-20"), ("On Friday", "2023-06-23")])
    def test_a_time_opening_the_sentence_dates_the_purpose_of_a_journey(self, opener: str, date: str) -> None:
        """ "Today, she will travel to Perth to meet Walsh": the journey's time is the meeting's."""
        expect(
            f"{opener}, Foreign Minister Helen Carmody will travel to Perth to meet Resources Minister Kieran Walsh.",
            published=PUBLISHED,
            meetings=[
                {
                    "participants": ["Helen Carmody", "Kieran Walsh"],
                    "status": "planned",
                    "date": date,
                    "location": "Perth",
                }
            ],
        )

    def test_a_title_with_its_posting_before_the_name(self) -> None:
        """ "US Special Envoy for the Middle East Daniel Whitcomb", "UN Special Envoy for Syria Geir Pedersen":
        the posting belongs to the title (and is not the envoy's country), so the name is a party."""
        result = expect(
            "The fourth round of talks brought together Iranian Deputy Foreign Minister Hossein Mirzaei Tabrizi and "
            "US Special Envoy for the Middle East Daniel Whitcomb. UN Special Envoy for Syria Geir Pedersen met "
            "them on Monday.",
            published=PUBLISHED,
            meetings=[
                {"participants": ["Hossein Mirzaei Tabrizi", "Daniel Whitcomb"], "status": "held"},
                {"participants": ["Geir Pedersen", "Hossein Mirzaei Tabrizi", "Daniel Whitcomb"], "status": "held"},
            ],
        )
        assert [(p.name, p.title, p.country) for p in result.participants] == [
            ("Hossein Mirzaei Tabrizi", "Deputy Foreign Minister", "Iran"),
            ("Daniel Whitcomb", "Special Envoy", "United States"),
            ("Geir Pedersen", "Special Envoy", None),
        ]

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(
                "German Foreign Minister Annika Brandt hosted her French counterpart Luc Arnaud and Poland's Tomasz "
                "Wierzbicki in Weimar on Monday for talks.",
                id="hosted-for-talks",
            ),
            pytest.param(
                "German Foreign Minister Annika Brandt met French Foreign Minister Luc Arnaud and Poland's Tomasz "
                "Wierzbicki in Weimar on Monday.",
                id="met",
            ),
        ],
    )
    def test_a_country_possessive_before_a_name_in_a_list_of_parties(self, text: str) -> None:
        """ "… and Poland's Tomasz Wierzbicki": the person after the country's possessive is the party."""
        expect(
            text,
            published=PUBLISHED,
            meetings=[
                {
                    "participants": ["Annika Brandt", "Luc Arnaud", "Tomasz Wierzbicki"],
                    "status": "held",
                    "date": "2023-06-19",
                    "location": "Weimar",
                }
            ],
        )

    @pytest.mark.parametrize(
        ("since", "earlier"),
        [
            pytest.param("Mr. Shareef thanked India for its help.", ["2023-02-16"], id="only-one-of-them-named-since"),
            pytest.param("President Hassan Latheef welcomed the pledge.", [], id="someone-else-named-since"),
        ],
    )
    def test_they_is_the_pair_last_told_when_no_one_else_is_named_since(self, since: str, earlier: list[str]) -> None:
        """ "They had last met on February 16" eight sentences after the talks of two ministers: the two
        ministers at an earlier sitting, unless someone else has been named since."""
        result = diplomeet.extract(
            "Maldives Foreign Minister Ahmed Shareef held talks with External Affairs Minister K. Raghunathan on "
            "Monday. The talks covered trade. Trade grew last year. Fisheries came up. Energy came up. Tourism "
            f"came up. {since} India also pledged a fresh line of credit. They had last met on February 16 in "
            "Muscat.",
            published=PUBLISHED,
        )
        found = [
            (sorted(p.name for p in m.participants), m.date.value.isoformat() if m.date and m.date.value else None)
            for m in result.meetings
        ]
        assert found == [(["Ahmed Shareef", "K. Raghunathan"], "2023-06-19")] + [
            (["Ahmed Shareef", "K. Raghunathan"], day) for day in earlier
        ]

    @pytest.mark.parametrize(
        "text",
        [
            "Foreign policy chief Ilse Vermeulen requested a meeting with President Chen Guoliang.",
            "Foreign policy chief Ilse Vermeulen had sought talks with President Chen Guoliang.",
            "Foreign policy chief Ilse Vermeulen asked for a meeting with President Chen Guoliang.",
        ],
    )
    def test_a_meeting_requested_or_sought_is_a_plan(self, text: str) -> None:
        """ "requested a meeting with X", "had sought talks with X": asked for, not held."""
        expect(
            text,
            published=PUBLISHED,
            meetings=[{"participants": ["Ilse Vermeulen", "Chen Guoliang"], "status": "planned"}],
        )

    def test_requests_as_a_noun_plans_nothing(self) -> None:
        """ "urged Stockholm to speed up extradition requests during a phone call with X": the call was held."""
        expect(
            "Turkish Foreign Minister Emre Kalkan urged Stockholm to speed up extradition requests during a phone "
            "call with Swedish Foreign Minister Ebba Lundgren on Monday.",
            published=PUBLISHED,
            meetings=[{"participants": ["Emre Kalkan", "Ebba Lundgren"], "status": "held", "date": "2023-06-19"}],
        )

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Prime Minister Hiroshi Kondo spoke with Prime Minister Liam Forsyth on Thursday. Kondo is arranging "
                "to visit Australia in late April to hold talks with Forsyth in Canberra.",
                ["Hiroshi Kondo", "Liam Forsyth"],
                id="object-of-a-verb-of-meeting",
            ),
            pytest.param(
                "Foreign Minister Rachel Tolland met Foreign Minister Zhou Weimin on Friday. Tolland also confirmed "
                "Zhou had accepted an invitation to visit Canberra early next year.",
                ["Zhou Weimin"],
                id="subject-after-a-reporting-verb",
            ),
        ],
    )
    def test_the_subject_of_an_infinitive_of_purpose(self, text: str, expected: list[str]) -> None:
        """ "Kondo is arranging to visit Australia … to hold talks with Forsyth": Australia, the object of "visit",
        is not who holds the talks; but "confirmed Zhou had accepted …" keeps Zhou, the subject of the clause."""
        result = diplomeet.extract(text, published=PUBLISHED)
        planned = [m for m in result.meetings if m.status.value == "planned"]
        assert [[p.name for p in m.participants] for m in planned] == [expected]

    def test_a_summit_put_off_is_no_meeting(self) -> None:
        """ "a trilateral summit with China and South Korea … had been put off indefinitely": negated."""
        expect(
            "Chief Cabinet Secretary Kazuo Ishikawa confirmed that a trilateral summit with China and South Korea "
            "had been put off indefinitely.",
            published=PUBLISHED,
            meetings=[],
        )

    def test_a_delegation_from_a_country_is_a_party(self) -> None:
        """ "received a delegation from Sudan": a singular group noun qualified by its country is the other side."""
        expect(
            "Deputy Foreign Minister Oleg Tarasov received a delegation from Sudan on Wednesday.",
            published=PUBLISHED,
            meetings=[
                {
                    "participants": ["Oleg Tarasov"],
                    "others": ["delegation from Sudan"],
                    "status": "held",
                    "date": "2023-06-14",
                }
            ],
        )

    @pytest.mark.parametrize(
        ("text", "planned"),
        [
            pytest.param(
                "The leaders agreed to launch negotiations on a Foreign Investment Promotion and Protection Agreement.",
                [],
                id="launch-negotiations-on-an-agreement",
            ),
            pytest.param(
                "The leaders agreed to begin talks on a free trade agreement before the end of the year.",
                [],
                id="begin-talks-on-an-agreement",
            ),
            pytest.param(
                "The leaders agreed to begin talks on Monday in Nairobi.",
                ["2023-06-26"],
                id="begin-talks-on-a-day",
            ),
        ],
    )
    def test_a_process_started_on_an_instrument_is_no_meeting(self, text: str, planned: list[str]) -> None:
        """ "agreed to launch negotiations on a pact": what was agreed, not a sitting; "to begin talks on Monday in
        Nairobi" is one."""
        result = diplomeet.extract(
            "Prime Minister Elise Tremblay spoke with President William Odhiambo on Tuesday. " + text,
            published=PUBLISHED,
        )
        found = [m.date.value.isoformat() for m in result.meetings if m.status.value == "planned" and m.date]
        assert found == planned

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "UN envoy Anders Holmqvist met the Houthis' chief negotiator, Abdullah al-Wazir, on Wednesday shortly "
                "after arriving in the city, and again on Thursday for a session that lasted more than four hours.",
                [("2023-06-14", None), ("2023-06-15", 240)],
                id="again-with-its-own-length",
            ),
            pytest.param(
                "President Joe Biden met President Xi Jinping on Monday and again on Tuesday.",
                [("2023-06-19", None), ("2023-06-20", None)],
                id="and-again-on-a-day",
            ),
            pytest.param(
                "President Joe Biden met President Xi Jinping on Monday and again stressed his concerns.",
                [("2023-06-19", None)],
                id="again-without-a-time",
            ),
        ],
    )
    def test_and_again_on_a_day_is_a_second_sitting(self, text: str, expected: list[tuple[str, int | None]]) -> None:
        """ "met X on Wednesday, and again on Thursday for a session that lasted more than four hours": two
        sittings of the same people, each with its day; the length is the second's."""
        result = diplomeet.extract(text, published=PUBLISHED)
        found = [
            (m.date.value.isoformat() if m.date and m.date.value else "", m.duration.minutes if m.duration else None)
            for m in result.meetings
        ]
        assert found == expected

    def test_each_meeting_takes_the_day_of_its_own_arrival(self) -> None:
        """Two arrivals on two days: each meeting told right after one is on that arrival's day."""
        expect(
            "Foreign Minister Johann Wadephul arrived in Kyiv on Monday. He held talks with Foreign Minister Andrii "
            "Sybiha. Wadephul arrived in Chisinau on Wednesday. He held talks with President Maia Sandu.",
            published=PUBLISHED,
            meetings=[
                {"participants": ["Johann Wadephul", "Andrii Sybiha"], "date": "2023-06-19"},
                {"participants": ["Johann Wadephul", "Maia Sandu"], "date": "2023-06-14"},
            ],
        )

    def test_a_list_of_subjects_runs_through_a_relation_with_nationalities(self) -> None:
        """ "A, her French and German counterparts B and C, and D met E": the relation's possessive and
        nationalities stand between two names of one list."""
        result = diplomeet.extract(
            "Foreign Secretary Helen Marlowe, her French and German counterparts Luc Arnaud and Jonas Kessler, and EU "
            "foreign policy chief Katja Lind met Iranian Foreign Minister Reza Tavakoli in Geneva on Friday.",
            published=PUBLISHED,
        )
        assert [[p.name for p in m.participants] for m in result.meetings] == [
            ["Helen Marlowe", "Luc Arnaud", "Jonas Kessler", "Katja Lind", "Reza Tavakoli"]
        ]

    def test_a_meeting_of_unnamed_parties_is_the_one_named_next(self) -> None:
        """A lead that tells the meeting with its parties unnamed, then names them: one meeting, with the facts of
        both sentences."""
        expect(
            "The first talks between the two sides in a year took place in Geneva on Friday. Foreign Secretary "
            "Helen Marlowe met Foreign Minister Reza Tavakoli at a hotel by the lake.",
            published=PUBLISHED,
            meetings=[
                {
                    "participants": ["Helen Marlowe", "Reza Tavakoli"],
                    "others": [],
                    "status": "held",
                    "date": "2023-06-16",
                    "location": "Geneva",
                }
            ],
        )

    def test_a_meeting_of_unnamed_parties_stays_when_the_next_one_differs(self) -> None:
        """The next named meeting is in another place: the lead's meeting is another one and stays."""
        result = diplomeet.extract(
            "The first talks between the two sides in a year took place in Geneva on Friday. Foreign Secretary "
            "Helen Marlowe met Omani Foreign Minister Badr Albusaidi in Muscat on Monday.",
            published=PUBLISHED,
        )
        assert [[p.name for p in m.participants] for m in result.meetings] == [[], ["Helen Marlowe", "Badr Albusaidi"]]

    @pytest.mark.parametrize(
        ("group", "expected"),
        [
            pytest.param(
                "The three ministers",
                [["Nurlan Toktogulov", "Aidar Sarsenbayev", "Dilshod Rakhimov", "Talant Usenov"]],
                id="as-many-as-the-meeting",
            ),
            pytest.param("The four ministers", [["Talant Usenov"]], id="more-than-the-meeting"),
        ],
    )
    def test_a_counted_group_is_the_last_meeting_of_as_many_people(self, group: str, expected: list[list[str]]) -> None:
        """ "The three ministers were received by President X" many sentences after the talks of three ministers:
        those three, whatever was told in between; a group of another count is not them."""
        filler = " ".join(
            f"Trade between the countries rose by {n} percent in the year to March." for n in range(3, 11)
        )
        result = diplomeet.extract(
            "Talks between Kyrgyz Foreign Minister Nurlan Toktogulov, Kazakh Foreign Minister Aidar Sarsenbayev and "
            f"Uzbek Foreign Minister Dilshod Rakhimov opened in Bishkek on Monday. {filler} {group} were received "
            "by Kyrgyz President Talant Usenov on Tuesday evening.",
            published=PUBLISHED,
        )
        tuesday = [m for m in result.meetings if m.date and m.date.value.isoformat() == "2023-06-20"]
        assert [[p.name for p in m.participants] for m in tuesday] == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Prime Minister Élise Tremblay accepted President William Odhiambo's invitation to visit Kenya next "
                "year.",
                {"participants": ["Élise Tremblay", "William Odhiambo"], "location": "Kenya", "date": "2024"},
                id="accepted-the-hosts-invitation",
            ),
            pytest.param(
                "President Anura Dissanayake will undertake a State Visit to the Maldives in July at the invitation of "
                "President Mohamed Muizzu.",
                {"participants": ["Anura Dissanayake", "Mohamed Muizzu"], "location": "Maldives", "date": "2023-07"},
                id="at-the-invitation-of-the-host",
            ),
            pytest.param(
                "President Santiago Peña invited President Javier Milei to attend the Mercosur summit that Paraguay "
                "will host in Asunción in July.",
                {"participants": ["Javier Milei", "Santiago Peña"], "location": "Asunción", "date": "2023-07"},
                id="invited-to-attend-a-summit",
            ),
            pytest.param(
                "Foreign Minister Nika Beridze invited Foreign Minister Murat Aksoy to Tbilisi for the next trilateral "
                "meeting in 2024.",
                {"participants": ["Nika Beridze", "Murat Aksoy"], "date": "2024"},
                id="invited-for-the-next-meeting",
            ),
        ],
    )
    def test_an_invitation_is_a_planned_meeting_of_guest_and_host(self, text: str, expected: dict[str, object]) -> None:
        """Whoever invites receives the guest: the invitation's owner ("Odhiambo's invitation", "at the invitation
        of Muizzu") or the subject of "invited" meets the guest, at the event or for the meeting named."""
        result = diplomeet.extract(text, published=PUBLISHED)
        assert len(result.meetings) == 1
        record = result.meetings[0].to_dict()
        assert record["status"] == "planned"
        found = {
            "participants": record["participants"],
            "location": (record["location"] or {}).get("text"),
            "date": (record["date"] or {}).get("value"),
        }
        assert {key: found[key] for key in expected} == expected

    def test_a_state_visit_in_capitals_is_a_visit(self) -> None:
        """ "a State Visit to the Maldives": a capitalised noun after "a" names no person, and the visit is one."""
        result = diplomeet.extract(
            "President Anura Dissanayake will undertake a State Visit to the Maldives in July.", published=PUBLISHED
        )
        assert [p.name for p in result.people] == ["Anura Dissanayake"]
        assert [([p.name for p in m.participants], list(m.others), m.status.value) for m in result.meetings] == [
            (["Anura Dissanayake"], ["Maldives"], "planned")
        ]

    def test_instead_between_subject_and_verb(self) -> None:
        """ "Donnelly instead spoke by phone on Monday with X": the adverb stands between the subject and its verb."""
        expect(
            "Foreign Minister Claire Donnelly instead spoke by phone on Monday with Tonga's Prime Minister Sione Vake "
            "Fifita.",
            published=PUBLISHED,
            meetings=[
                {
                    "participants": ["Claire Donnelly", "Sione Vake Fifita"],
                    "status": "held",
                    "kind": "call",
                    "date": "2023-06-19",
                }
            ],
        )

    def test_a_name_in_apposition_closes_with_its_comma_before_and(self) -> None:
        """ "between Iraq's prime minister, Adnan al-Zubaidi, and the Emir of Kuwait": the second comma closes the
        name, and the party after "and" is the other side (unnamed here)."""
        result = diplomeet.extract(
            "It followed a phone call last week between Iraq's prime minister, Adnan al-Zubaidi, and the Emir of "
            "Kuwait.",
            published=PUBLISHED,
        )
        assert [([p.name for p in m.participants], list(m.others), m.kind.value) for m in result.meetings] == [
            (["Adnan al-Zubaidi"], ["the Emir"], "call")
        ]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Qatar's Minister of State Ali Al Thani hosted and mediated both sessions.",
                ["Khawaja Mehmood", "Nurullah Akhund", "Ali Al Thani"],
                id="hosted-and-mediated-both-sessions",
            ),
            pytest.param(
                "The talks were chaired by Qatar's Minister of State Ali Al Thani.",
                ["Khawaja Mehmood", "Nurullah Akhund", "Ali Al Thani"],
                id="the-talks-were-chaired-by",
            ),
            pytest.param(
                "Minister of State Ali Al Thani chaired talks with Iran on Monday.",
                ["Khawaja Mehmood", "Nurullah Akhund"],
                id="talks-of-his-own",
            ),
        ],
    )
    def test_whoever_presides_over_the_meeting_just_told_takes_part(self, text: str, expected: list[str]) -> None:
        """ "X hosted and mediated both sessions", "the talks were chaired by X": the host, chair or mediator is a
        participant of the meeting just told; "chaired talks with Iran" is a meeting of its own."""
        result = diplomeet.extract(
            "Defence Minister Khawaja Mehmood held talks with Defence Minister Nurullah Akhund in Doha on Saturday. "
            + text,
            published=PUBLISHED,
        )
        assert [p.name for p in result.meetings[0].participants] == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "President Ranil Wickremesinghe received External Affairs Minister Subrahmanyam Jaishankar in "
                "Colombo on Thursday. The 90-minute meeting, which was also attended by High Commissioner Santosh "
                "Jha and Foreign Minister Ali Sabry, covered the land bridge.",
                [(["Ranil Wickremesinghe", "Subrahmanyam Jaishankar", "Santosh Jha", "Ali Sabry"], "held")],
                id="which-was-also-attended-by",
            ),
            pytest.param(
                "Foreign Minister Ararat Mirzoyan and his Azerbaijani counterpart Jeyhun Bayramov met in Berlin on "
                "Monday, at talks attended by German Foreign Minister Annalena Baerbock.",
                [(["Ararat Mirzoyan", "Jeyhun Bayramov", "Annalena Baerbock"], "held")],
                id="at-talks-attended-by",
            ),
            pytest.param(
                "Commission President Kwame Mensah and Foreign Minister Salif Diallo held three-hour talks in "
                "Lome on Monday, hosted by Togo's Foreign Minister Komi Amegan.",
                [(["Kwame Mensah", "Salif Diallo", "Komi Amegan"], "held")],
                id="talks-in-a-city-hosted-by",
            ),
            pytest.param(
                "Foreign Minister Ratna Wulandari met Foreign Minister Helen Macaulay on Monday. The two ministers "
                "agreed to hold the next Foreign and Defence Ministers' Meeting in Jakarta in November, which will "
                "also be attended by Defence Minister Bambang Sutrisno and Defence Minister Gareth Holloway.",
                [
                    (["Ratna Wulandari", "Helen Macaulay"], "held"),
                    (["Ratna Wulandari", "Helen Macaulay", "Bambang Sutrisno", "Gareth Holloway"], "planned"),
                ],
                id="which-will-also-be-attended-by",
            ),
        ],
    )
    def test_the_people_who_attended_take_part(self, text: str, expected: list[tuple[list[str], str]]) -> None:
        """ "…, which was also attended by X and Y", "at talks attended by X", "talks in Lome, hosted by X": the
        people a meeting's own clause says attended, hosted or chaired it are among its participants."""
        result = diplomeet.extract(text, published=PUBLISHED)
        assert [([p.name for p in m.participants], m.status.value) for m in result.meetings] == expected

    def test_a_chair_named_sentences_later_is_another_sittings(self) -> None:
        """A meeting "chaired by" someone four sentences after a bilateral is not that bilateral."""
        filler = " ".join(f"Aid deliveries rose by {n} percent in the year to March." for n in range(3, 6))
        result = diplomeet.extract(
            "Defence Minister Khawaja Mehmood held talks with Defence Minister Nurullah Akhund in Doha on Saturday. "
            f"{filler} The meeting was chaired by Ambassador Kim Seong-min.",
            published=PUBLISHED,
        )
        assert [p.name for p in result.meetings[0].participants] == ["Khawaja Mehmood", "Nurullah Akhund"]

    def test_a_group_led_by_a_person_is_that_person(self) -> None:
        """ "The Pakistani delegation, led by X, held talks with an Afghan delegation headed by …, Y": the
        leaders of both groups, the second named in apposition after an office the lexicons do not know."""
        result = diplomeet.extract(
            "The Pakistani delegation, led by Defence Minister Khawaja Tariq Mehmood, held talks with an Afghan "
            "delegation headed by the Taliban administration's defence minister, Mullah Nurullah Akhund, on Saturday.",
            published=PUBLISHED,
        )
        assert [[p.name for p in m.participants] for m in result.meetings] == [
            ["Khawaja Tariq Mehmood", "Nurullah Akhund"]
        ]

    @pytest.mark.parametrize(
        ("second", "expected"),
        [
            pytest.param(
                "Commerce Minister Kamal Uddin Sarkar separately called on the Nepali premier yesterday afternoon.",
                [["Kamal Uddin Sarkar", "Bishnu Prasad Adhikari"]],
                id="called-on-a-description",
            ),
            pytest.param(
                "Commerce Minister Kamal Uddin Sarkar called on the Nepali premier to lower tariffs.",
                [],
                id="called-on-a-description-to-act",
            ),
        ],
    )
    def test_calling_on_someone_described(self, second: str, expected: list[list[str]]) -> None:
        """ "called on the Nepali premier": a courtesy call on the person the description names; "called on the
        Nepali premier to lower tariffs" urges him."""
        result = diplomeet.extract(
            "Prime Minister Bishnu Prasad Adhikari arrived in Dhaka on Sunday. " + second, published=PUBLISHED
        )
        assert [[p.name for p in m.participants] for m in result.meetings] == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "A government spokesman denied reports that Prime Minister Boubacar Garba had met President Aliou "
                "Sanneh in Abuja last week.",
                [],
                id="denied-reports-that",
            ),
            pytest.param(
                "The Kremlin denied that President Vladimir Putin would meet President Volodymyr Zelensky in Istanbul.",
                [],
                id="denied-that",
            ),
            pytest.param(
                "Dmitry Peskov, who denied that the talks had stalled, said President Vladimir Putin met President "
                "Recep Tayyip Erdogan on Monday.",
                [["Vladimir Putin", "Recep Tayyip Erdogan"]],
                id="a-denial-in-another-clause",
            ),
        ],
    )
    def test_a_meeting_in_a_denied_clause_did_not_take_place(self, text: str, expected: list[list[str]]) -> None:
        """ "denied reports that A had met B": the meeting the denied clause tells is no meeting; a denial in a
        clause of its own leaves the meeting after it."""
        result = diplomeet.extract(text, published=PUBLISHED)
        assert [[p.name for p in m.participants] for m in result.meetings] == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The talks, led by Nurlan Abdrakhmanov and Khurshed Nurmatzoda, were held in Bishkek on Friday.",
                [(["Nurlan Abdrakhmanov", "Khurshed Nurmatzoda"], "2023-06-16")],
                id="talks-led-by-two",
            ),
            pytest.param(
                "The delegation, led by Nurlan Abdrakhmanov, arrived in Bishkek on Friday.",
                [],
                id="a-delegation-led-by-one",
            ),
        ],
    )
    def test_the_people_who_led_the_talks_are_their_parties(
        self, text: str, expected: list[tuple[list[str], str]]
    ) -> None:
        """ "The talks, led by A and B, were held in Bishkek": the leaders of a meeting with no other parties are
        its parties; one leader of a group that only travels makes no meeting."""
        result = diplomeet.extract(text, published=PUBLISHED)
        found = [
            ([p.name for p in m.participants], m.date.value.isoformat() if m.date else "") for m in result.meetings
        ]
        assert found == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Vice Foreign Minister Takeo Moriyama summoned Chinese Ambassador Wu Jianhua to the Foreign Ministry in "
                "Tokyo on Thursday.",
                [(["Takeo Moriyama", "Wu Jianhua"], "held", "2023-06-15", "Tokyo", None)],
                id="summoned-an-ambassador",
            ),
            pytest.param(
                "Chinese Ambassador Wu Jianhua was summoned by Vice Foreign Minister Takeo Moriyama on Thursday.",
                [(["Wu Jianhua", "Takeo Moriyama"], "held", "2023-06-15", None, None)],
                id="summoned-by",
            ),
            pytest.param("Foreign Minister Penny Wong summoned the courage to speak on Thursday.", [], id="no-party"),
        ],
    )
    def test_an_envoy_summoned_meets_who_summoned_him(self, text: str, expected: list[Facts]) -> None:
        """ "X summoned Ambassador Y": the envoy comes to the ministry and meets X; "summoned the courage" is no
        meeting."""
        assert facts(diplomeet.extract(text, published=PUBLISHED)) == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The EU's top diplomat, Ilse Vermeulen, held a five-hour strategic dialogue with Chinese Foreign "
                "Minister Lu Jianping on Friday.",
                [(["Ilse Vermeulen", "Lu Jianping"], "held", "2023-06-16", None, 300)],
                id="a-dialogue-with-someone",
            ),
            pytest.param(
                "Chinese Foreign Minister Lu Jianping said both sides agreed to resume the strategic economic "
                "dialogue, which has been frozen since 2017.",
                [],
                id="a-dialogue-as-a-process",
            ),
            pytest.param(
                "Secretary of State Antony Blinken is due in Manila on Thursday for talks with Foreign Secretary "
                "Enrique Manalo.",
                [(["Antony Blinken", "Enrique Manalo"], "planned", "2023-06-22", "Manila", None)],
                id="due-in-a-city",
            ),
            pytest.param(
                "Secretary of State Antony Blinken is due in Manila on Thursday for a “2+2” ministerial dialogue with "
                "Foreign Secretary Enrique Manalo.",
                [(["Antony Blinken", "Enrique Manalo"], "planned", "2023-06-22", "Manila", None)],
                id="quotation-marks-do-not-lengthen-the-distance",
            ),
        ],
    )
    def test_a_dialogue_with_named_parties_and_a_visitor_due_in_a_city(self, text: str, expected: list[Facts]) -> None:
        """ "a strategic dialogue with X on Friday" is a meeting, "resume the dialogue" a process; "is due in Manila
        … for talks" plans them, and a term in quotation marks ("“2+2”") stands as near its cue as one without."""
        assert facts(diplomeet.extract(text, published=PUBLISHED)) == expected

    def test_a_group_of_an_office_is_the_last_pair_of_holders_many_sentences_back(self) -> None:
        """ "the two ministers, who last met in Melbourne in March" six sentences after their call: a group of an
        office that an earlier meeting is told of is the last meeting of two holders of it, however far back
        (within the last drafts)."""
        text = (
            "Indonesian Foreign Minister Ratna Wulandari held a 40-minute telephone conversation with her "
            "Australian counterpart, Helen Macaulay, on Wednesday evening. The ministers discussed fisheries. "
            "Wulandari said Indonesia wanted closer cooperation on maritime patrols. Macaulay welcomed the "
            "proposal, according to a readout. Fisheries Minister Budi Santoso said the patrols would begin next "
            "year. Jakarta has long sought more Australian investment in its ports. The Foreign Ministry's "
            "spokesperson, Arief Santoso, said the two ministers, who last met in Melbourne in March, would speak "
            "again soon."
        )
        assert facts(diplomeet.extract(text, published="2024-09-19")) == [
            (["Ratna Wulandari", "Helen Macaulay"], "held", "2024-09-18", None, 40),
            (["Ratna Wulandari", "Helen Macaulay"], "held", "2024-03-01", "Melbourne", None),
        ]

    def test_a_meeting_told_as_earlier_is_not_the_undated_one_before_it(self) -> None:
        """ "The two foreign ministers last spoke by telephone last month": an earlier call, not a date for the
        undated talks told before it; "…, where they held a 40-minute meeting" after it tells more of it."""
        text = (
            "Sri Lankan Foreign Minister Anjana Weerasooriya met Indian External Affairs Minister Vikram "
            "Raghunathan in New Delhi. Later in the day, Weerasooriya called on Indian Petroleum Minister Harpreet "
            "Singh Gill. The two foreign ministers last met in July in Colombo, where they held a 40-minute meeting."
        )
        assert facts(diplomeet.extract(text, published="2025-08-20")) == [
            (["Anjana Weerasooriya", "Vikram Raghunathan"], "held", "", "New Delhi", None),
            (["Anjana Weerasooriya", "Harpreet Singh Gill"], "held", "2025-08-20", None, None),
            (["Anjana Weerasooriya", "Vikram Raghunathan"], "held", "2025-07-01", "Colombo", 40),
        ]

    @pytest.mark.parametrize(
        ("denial", "expected"),
        [
            pytest.param(
                "The Kuwaiti foreign ministry denied that this afternoon, saying there had been no such meeting.",
                [(["Hamid al-Jubouri", "Ahmad Fahad Al-Ali"], "held", "2025-05-11", "Kuwait City", None)],
                id="no-such-meeting",
            ),
            pytest.param(
                "The Kuwaiti foreign ministry declined to comment on the report.",
                [
                    (["Hamid al-Jubouri", "Ahmad Fahad Al-Ali"], "held", "2025-05-11", "Kuwait City", None),
                    (["Hamid al-Jubouri", "Ahmad Fahad Al-Ali"], "held", "2025-04-01", "Basra", None),
                ],
                id="not-denied",
            ),
        ],
    )
    def test_no_such_meeting_takes_back_the_meeting_just_reported(self, denial: str, expected: list[Facts]) -> None:
        """ "Media reported that the two ministers had met in Basra. … there had been no such meeting": the
        reported meeting did not take place."""
        text = (
            "Iraqi Foreign Minister Hamid al-Jubouri held talks with Kuwaiti Foreign Minister Ahmad Fahad Al-Ali in "
            "Kuwait City on Sunday. Several Iraqi media outlets reported that the two ministers had met secretly in "
            "Basra last month. " + denial
        )
        assert facts(diplomeet.extract(text, published="2025-05-11")) == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Prime Minister Andrew Pritchard said he looked forward to seeing Prime Minister Charles Maelalo again "
                "at the Pacific Islands Forum in Honiara in September.",
                [(["Andrew Pritchard", "Charles Maelalo"], "planned", "2023-09-01", "Honiara", None)],
                id="looked-forward-to-seeing",
            ),
            pytest.param(
                "Prime Minister Andrew Pritchard said voters were seeing President Charles Maelalo as a partner.",
                [],
                id="seeing-as",
            ),
            pytest.param(
                "Prime Minister Andrew Pritchard said he was seeing the effects of climate change in Honiara.",
                [],
                id="seeing-no-person",
            ),
        ],
    )
    def test_seeing_someone_is_meeting_them(self, text: str, expected: list[Facts]) -> None:
        """ "looked forward to seeing X again at the forum": a planned meeting; "seeing X as a partner" judges X,
        and "seeing the effects" meets no one."""
        assert facts(diplomeet.extract(text, published=PUBLISHED)) == expected

    def test_a_group_is_not_the_other_side_of_its_own_meeting(self) -> None:
        """ "X, who then held a trilateral meeting with the two ministers": the group is not X and the one of
        them named lately; with their talks told too far back to reach, it stays an unnamed party."""
        text = (
            "Armenian Foreign Minister Aram Galstyan and Azerbaijani Foreign Minister Elnur Mammadli began peace "
            "talks in Almaty on Friday. The border has been closed since 1991. Trade between the countries is "
            "minimal. Armenia wants the railway reopened. Baku has said it will not rush. Mammadli said the text "
            "was nearly ready. The talks opened with an address by Kazakh Foreign Minister Yerlan Nurmagambetov, "
            "who then held a trilateral meeting with the two ministers before leaving them to negotiate."
        )
        found = [
            ([p.name for p in m.participants], list(m.others))
            for m in diplomeet.extract(text, published="2024-05-12").meetings
        ]
        assert found == [(["Aram Galstyan", "Elnur Mammadli"], []), (["Yerlan Nurmagambetov"], ["two ministers"])]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "President Samuel Kiprotich Cheruiyot accepted an invitation from Prime Minister Dawit Alemu to "
                "undertake a State Visit to Ethiopia.",
                [(["Samuel Kiprotich Cheruiyot", "Dawit Alemu"], "planned", "", "Ethiopia", None)],
                id="invited-to-undertake-a-visit",
            ),
            pytest.param(
                "President Samuel Kiprotich Cheruiyot undertook a three-day visit to Ethiopia last week, meeting Prime "
                "Minister Dawit Alemu.",
                [(["Samuel Kiprotich Cheruiyot", "Dawit Alemu"], "held", "2023-06-01", "Ethiopia", None)],
                id="undertook-a-visit",
            ),
        ],
    )
    def test_undertaking_a_visit(self, text: str, expected: list[Facts]) -> None:
        """ "to undertake a State Visit" is the light verb of the visit, as "to pay a visit" is: the guest who
        accepted the invitation makes it."""
        assert facts(diplomeet.extract(text, published=PUBLISHED)) == expected


class TestSittingsOfABody:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Chinese Foreign Minister Lu Jianping and Uzbek Foreign Minister Ulugbek Normatov agreed to hold the "
                "first China-Uzbekistan strategic dialogue in Tashkent next year.",
                [(["Lu Jianping", "Ulugbek Normatov"], "planned", "2024-01-01", "Tashkent", None)],
                id="hold-a-dialogue",
            ),
            pytest.param(
                "Chinese Foreign Minister Lu Jianping and Uzbek Foreign Minister Ulugbek Normatov agreed to resume the "
                "China-Uzbekistan strategic dialogue.",
                [],
                id="resume-a-dialogue-is-a-process",
            ),
            pytest.param(
                "Indian Foreign Minister Arvind Rao and Malaysian Foreign Minister Ahmad Fawzi co-chaired the joint "
                "commission in Kuala Lumpur on Monday.",
                [(["Arvind Rao", "Ahmad Fawzi"], "held", "2023-06-19", "Kuala Lumpur", None)],
                id="co-chaired-by-a-pair",
            ),
            pytest.param(
                "Indian Foreign Minister Arvind Rao co-chaired the joint commission with his Malaysian counterpart "
                "Ahmad Fawzi in Kuala Lumpur on Monday.",
                [(["Arvind Rao", "Ahmad Fawzi"], "held", "2023-06-19", "Kuala Lumpur", None)],
                id="co-chaired-with",
            ),
            pytest.param(
                "Indian Foreign Minister Arvind Rao co-chaired the joint commission in Kuala Lumpur on Monday.",
                [],
                id="one-co-chair-alone",
            ),
            pytest.param(
                "Qatari mediator Faisal Al Thani and Egyptian intelligence chief Hisham Rahman agreed to reconvene in "
                "Doha on Friday.",
                [(["Faisal Al Thani", "Hisham Rahman"], "planned", "2023-06-23", "Doha", None)],
                id="reconvene",
            ),
            pytest.param("The Senate reconvened on Monday after a two-week recess.", [], id="a-body-reconvened"),
        ],
    )
    def test_sittings(self, text: str, expected: list[Facts]) -> None:
        """Those who co-chair a sitting, agree to reconvene, or hold a sitting whose noun needs its parties
        named ("a strategic dialogue") meet there; resuming a dialogue, one co-chair alone, or a body that
        reconvenes is no meeting."""
        assert facts(diplomeet.extract(text, published=PUBLISHED)) == expected

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(
                "Arvind Rao, the foreign minister of India, and Ahmad Fawzi, the foreign minister of Malaysia, met in "
                "Kuala Lumpur on Monday.",
                id="the-minister-of",
            ),
            pytest.param(
                "Arvind Rao, India's foreign minister, and Ahmad Fawzi, Malaysia's foreign minister, met in Kuala "
                "Lumpur on Monday.",
                id="country-possessive",
            ),
        ],
    )
    def test_subjects_each_with_an_appositive(self, text: str) -> None:
        """ "X, the foreign minister of India, and Y, …, met": the comma before "and" closes X's appositive,
        so X is a subject too."""
        assert facts(diplomeet.extract(text, published=PUBLISHED)) == [
            (["Arvind Rao", "Ahmad Fawzi"], "held", "2023-06-19", "Kuala Lumpur", None)
        ]


class TestTripsForTalks:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "A State House spokesperson confirmed on Tuesday that President Daniel Otieno would travel to Addis "
                "Ababa next month for talks with Ethiopian Prime Minister Abebe Gudeta.",
                [(["Daniel Otieno", "Abebe Gudeta"], "planned", "2023-07-01", "Addis Ababa", None)],
                id="in-a-reported-clause",
            ),
            pytest.param(
                "Foreign Minister Mirela Constantin will brief EU leaders at their summit in Brussels on Thursday, "
                "and is due to visit Kyiv next week for talks with Ukrainian Foreign Minister Andriy Koval.",
                [(["Mirela Constantin", "Andriy Koval"], "planned", "2023-06-01", "Kyiv", None)],
                id="second-predicate-after-a-possessive",
            ),
        ],
    )
    def test_the_traveller_holds_the_talks(self, text: str, expected: list[Facts]) -> None:
        """ "Y would travel to P for talks with Z": the traveller is a side of the talks, in a reported clause
        too; "their summit" before "and is due to visit" is no subject of the visit."""
        assert facts(diplomeet.extract(text, published=PUBLISHED)) == expected


class TestProcessesAgreed:
    MET = "Ghanaian Foreign Minister Kwame Boateng met Burkinabe Foreign Minister Salif Ouedraogo in Lome on Monday. "
    HELD: Facts = (["Kwame Boateng", "Salif Ouedraogo"], "held", "2023-06-19", "Lome", None)

    @pytest.mark.parametrize(
        ("agreed", "expected"),
        [
            pytest.param(
                "The two ministers agreed to resume talks on the free movement of people and goods across their "
                "borders.",
                [HELD],
                id="resume-talks-on-a-topic",
            ),
            pytest.param(
                "The two ministers agreed to begin expert-level talks on verification.",
                [HELD],
                id="begin-talks-on-a-topic",
            ),
            pytest.param(
                "The two ministers agreed to resume talks on Friday in Accra.",
                [HELD, (["Kwame Boateng", "Salif Ouedraogo"], "planned", "2023-06-23", "Accra", None)],
                id="resume-talks-on-a-day",
            ),
        ],
    )
    def test_talks_on_a_topic_are_a_process(self, agreed: str, expected: list[Facts]) -> None:
        """ "agreed to resume talks on the free movement of people": a process agreed on, no sitting; a day
        after "on" makes it one."""
        assert facts(diplomeet.extract(self.MET + agreed, published=PUBLISHED)) == expected


class TestStatusOfTheMeetingNoun:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The summit between Moon and Abe, originally scheduled for March, has been postponed indefinitely.",
                [],
                id="adverb-before-the-aside-then-cancelled",
            ),
            pytest.param(
                "The summit between Moon and Abe, tentatively scheduled for March, has been called off.",
                [],
                id="tentatively-scheduled-then-called-off",
            ),
            pytest.param(
                "The summit between Moon and Abe, initially planned for March, will take place in September.",
                [(["Moon", "Abe"], "planned", "2023-09-01", None, None)],
                id="adverb-before-the-aside-then-future",
            ),
            pytest.param(
                "Talks between Moon and Abe are expected in September.",
                [(["Moon", "Abe"], "planned", "2023-09-01", None, None)],
                id="expected-in-a-month",
            ),
            pytest.param(
                "A meeting between Moon and Abe is scheduled on Friday.",
                [(["Moon", "Abe"], "planned", "2023-06-23", None, None)],
                id="scheduled-on-a-day",
            ),
            pytest.param(
                "The meeting between Moon and Abe took place in Osaka on Friday.",
                [(["Moon", "Abe"], "held", "2023-06-16", "Osaka", None)],
                id="took-place-stays-held",
            ),
        ],
    )
    def test_predicate_after_an_aside(self, text: str, expected: list[Facts]) -> None:
        """The predicate of a meeting noun decides its status past an aside that opens with an adverb
        ("…, originally scheduled for March, has been postponed"), and a plan participle before a time
        ("are expected in September") makes a plan."""
        assert facts(diplomeet.extract(text, published=PUBLISHED)) == expected


class TestSubjectsOfAReport:
    @pytest.mark.parametrize(
        "opening",
        ["According to the Kremlin, ", "According to Chinese state media, ", "In Beijing, "],
    )
    def test_the_source_opening_the_clause_is_no_party(self, opening: str) -> None:
        """ "According to the Kremlin, Putin and Xi discussed …": the source before the comma does not join the
        list of subjects."""
        result = diplomeet.extract(f"{opening}Putin and Xi discussed energy cooperation.", published=PUBLISHED)
        assert [(m.to_dict()["participants"], m.to_dict()["others"]) for m in result.meetings] == [
            (["Putin", "Xi"], [])
        ]

    @pytest.mark.parametrize(
        ("subjects", "names"),
        [
            pytest.param("Blinken, Austin and Sullivan", ["Blinken", "Austin", "Sullivan"], id="three"),
            pytest.param(
                "Blinken, Austin, Raimondo and Sullivan", ["Blinken", "Austin", "Raimondo", "Sullivan"], id="four"
            ),
        ],
    )
    def test_every_name_of_a_list_of_subjects_takes_part(self, subjects: str, names: list[str]) -> None:
        """ "Blinken, Austin and Sullivan met …": the first surname of the list is a person as the others are."""
        result = diplomeet.extract(f"{subjects} met Indian officials in New Delhi.", published=PUBLISHED)
        assert facts(result) == [(names, "held", "", "New Delhi", None)]

    def test_a_surname_with_a_definite_appositive_acts(self) -> None:
        """ "Blinken, the top US diplomat, met Wang": the surname's verb follows its appositive."""
        result = diplomeet.extract("Blinken, the top US diplomat, met Wang in Beijing.", published=PUBLISHED)
        assert facts(result) == [(["Blinken", "Wang"], "held", "", "Beijing", None)]


class TestOccasionsAndCompany:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Rutte met Trump on the sidelines of the summit in The Hague.",
                [(["Rutte", "Trump"], "held", "", "The Hague", None)],
                id="sidelines-of-the-summit",
            ),
            pytest.param(
                "Rutte met Trump on the margins of the annual summit in The Hague.",
                [(["Rutte", "Trump"], "held", "", "The Hague", None)],
                id="margins-of-an-annual-summit",
            ),
        ],
    )
    def test_the_summit_of_the_sidelines_is_an_occasion(self, text: str, expected: list[Facts]) -> None:
        """ "met Trump on the sidelines of the summit": a meeting, not the summit itself."""
        result = diplomeet.extract(text, published=PUBLISHED)
        assert facts(result) == expected
        assert [m.kind.value for m in result.meetings] == ["meeting"]

    @pytest.mark.parametrize(
        "clause",
        [
            "when they meet on the margins of the summit in The Hague",
            "once they meet in The Hague",
            "before they meet in The Hague",
            "if they meet in The Hague",
        ],
    )
    def test_the_present_of_a_clause_of_time_is_a_plan(self, clause: str) -> None:
        """ "… are expected to discuss defence spending when they meet in The Hague": not yet held, and the
        summit of its sidelines is no second meeting."""
        result = diplomeet.extract(
            f"Rutte and Trump are expected to discuss defence spending {clause}.", published=PUBLISHED
        )
        assert facts(result) == [(["Rutte", "Trump"], "planned", "", "The Hague", None)]

    def test_a_present_tense_without_a_clause_of_time_stays_as_it_was(self) -> None:
        """A headline's present ("Rutte meets Trump in The Hague") is no clause of time: held."""
        result = diplomeet.extract("Rutte meets Trump in The Hague", published=PUBLISHED)
        assert facts(result) == [(["Rutte", "Trump"], "held", "", "The Hague", None)]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "French President Emmanuel Macron, accompanied by European Commission President Ursula von der "
                "Leyen, met Chinese President Xi Jinping in Beijing on Thursday.",
                [(["Emmanuel Macron", "Ursula von der Leyen", "Xi Jinping"], "held", "2023-06-15", "Beijing", None)],
                id="accompanied-by",
            ),
            pytest.param(
                "Blinken, joined by Defense Secretary Lloyd Austin, met Indian Prime Minister Narendra Modi in "
                "New Delhi.",
                [(["Blinken", "Lloyd Austin", "Narendra Modi"], "held", "", "New Delhi", None)],
                id="joined-by-a-surname-subject",
            ),
            pytest.param(
                "Macron, flanked by his foreign minister, met Xi in Guangzhou.",
                [(["Macron", "Xi"], "held", "", "Guangzhou", None)],
                id="unnamed-company",
            ),
        ],
    )
    def test_who_came_with_the_subject_takes_part(self, text: str, expected: list[Facts]) -> None:
        """ "Macron, accompanied by von der Leyen, met Xi": the company named in the aside takes part too, and
        a surname before such an aside is a person."""
        assert facts(diplomeet.extract(text, published=PUBLISHED)) == expected

    def test_company_is_no_speaker(self) -> None:
        """ "Blinken, joined by Austin, said …": the words are Blinken's alone."""
        result = diplomeet.extract(
            "Blinken, joined by Defense Secretary Lloyd Austin, said the talks were useful.", published=PUBLISHED
        )
        assert [(s.speaker.name if s.speaker else None, s.text) for s in result.statements] == [
            ("Blinken", "the talks were useful")
        ]


class TestVisitsOfOtherTrips:
    HOSTED = "Turkish President Tayyip Erdogan hosted Greek Prime Minister Kyriakos Mitsotakis in Ankara on Monday. "
    HELD: Facts = (["Tayyip Erdogan", "Kyriakos Mitsotakis"], "held", "2023-06-19", "Ankara", None)

    @pytest.mark.parametrize(
        ("then", "expected"),
        [
            pytest.param(
                "The two sides signed a joint declaration in December, when Erdogan visited Athens.",
                [HELD, (["Tayyip Erdogan"], "held", "2022-12-01", "Athens", None)],
                id="another-month-another-country",
            ),
            pytest.param(
                "Erdogan visited Athens on Tuesday.",
                [HELD, (["Tayyip Erdogan"], "held", "2023-06-20", "Athens", None)],
                id="another-country",
            ),
            pytest.param("Mitsotakis arrived on Monday for a visit to Ankara.", [HELD], id="the-same-trip"),
        ],
    )
    def test_a_visit_elsewhere_is_no_trip_of_the_meeting(self, then: str, expected: list[Facts]) -> None:
        """A visit of a participant is folded into a meeting the article reports only when it can be the trip of
        that meeting: not in another country, nor in another month."""
        assert facts(diplomeet.extract(self.HOSTED + then, published=PUBLISHED)) == expected


class TestScareQuotedMeetingNouns:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Indian Prime Minister Narendra Modi held “productive talks” with US President Joe Biden on Friday.",
                [(["Narendra Modi", "Joe Biden"], "held", "2023-06-16", None, None)],
                id="scare-quoted-noun",
            ),
            pytest.param(
                "Indian Prime Minister Narendra Modi said that he had an “excellent meeting” with US "
                "President Joe Biden.",
                [(["Narendra Modi", "Joe Biden"], "held", "", None, None)],
                id="scare-quote-in-reported-words",
            ),
            pytest.param(
                "Indian Prime Minister Narendra Modi met US President Joe Biden on Friday. Modi praised the talks "
                "as “progress” between the two democracies.",
                [(["Narendra Modi", "Joe Biden"], "held", "2023-06-16", None, None)],
                id="another-quote-still-stops-the-parties",
            ),
        ],
    )
    def test_a_meeting_noun_in_a_scare_quote_is_the_writers(self, text: str, expected: list[Facts]) -> None:
        """Quotation marks around fewer words than a statement ("held “productive talks” with Biden") leave the
        meeting noun in the writer's sentence, its parties after the closing mark."""
        assert facts(diplomeet.extract(text, published=PUBLISHED)) == expected

    @pytest.mark.parametrize("adjective", ["an excellent", "a very good", "a great", "a candid", "a difficult"])
    def test_the_speakers_own_meeting_past_a_judging_adjective(self, adjective: str) -> None:
        """ "“I had an excellent meeting with President Biden,” Modi said": the speaker's own meeting, whatever
        adjective judges it."""
        result = diplomeet.extract(
            f"“I had {adjective} meeting with President Joe Biden this morning,” Modi said.", published=PUBLISHED
        )
        assert facts(result) == [(["Modi", "Joe Biden"], "held", "2023-06-20", None, None)]


class TestVenueInACountry:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Putin met Kim at the Vostochny Cosmodrome in Russia's Far East on Wednesday.",
                {"text": "Vostochny Cosmodrome", "venue": "Vostochny Cosmodrome", "city": None, "country": "Russia"},
                id="unknown-venue-in-a-country",
            ),
            pytest.param(
                "Putin met Kim at the Vostochny Cosmodrome on Wednesday.",
                {"text": "Vostochny Cosmodrome", "venue": "Vostochny Cosmodrome", "city": None, "country": None},
                id="unknown-venue-alone",
            ),
            pytest.param(
                "Putin met Kim in Russia on Wednesday.",
                {"text": "Russia", "venue": None, "city": None, "country": "Russia"},
                id="country-alone",
            ),
        ],
    )
    def test_a_venue_the_lexicons_do_not_know_before_its_country(self, text: str, expected: dict[str, object]) -> None:
        """ "at the Vostochny Cosmodrome in Russia's Far East": the venue, in that country, rather than the
        country alone."""
        location = one(diplomeet.extract(text, published=PUBLISHED)).location
        assert location is not None
        assert {k: v for k, v in location.to_dict().items() if k != "span"} == expected


class TestTripsAndPastVerbs:
    def test_two_trips_to_different_countries_are_two_visits(self) -> None:
        """ "Modi visited Kyiv in August, weeks after he travelled to Moscow for a summit with Putin": the trip to
        Kyiv is a visit of its own; the trip to Moscow is the summit's."""
        result = diplomeet.extract(
            "Indian Prime Minister Narendra Modi visited Kyiv in August, weeks after he travelled to Moscow for a "
            "summit with Russian President Vladimir Putin.",
            published="2024-09-26",
        )
        assert facts(result) == [
            (["Narendra Modi"], "held", "2024-08-01", "Kyiv", None),
            (["Narendra Modi", "Vladimir Putin"], "held", "", "Moscow", None),
        ]
        assert [m.to_dict()["others"] for m in result.meetings] == [["Ukraine"], []]

    @pytest.mark.parametrize(
        "then",
        [
            "The two leaders discussed the next peace summit and energy security.",
            "The two leaders met again on Monday as planned.",
        ],
    )
    def test_a_cue_of_plans_after_a_past_verb_does_not_make_it_planned(self, then: str) -> None:
        """ "discussed the next summit", "met … as planned": the verb is past, the meeting held."""
        result = diplomeet.extract(
            "Indian Prime Minister Narendra Modi met Ukrainian President Volodymyr Zelenskiy in New York on Monday. "
            + then,
            published="2024-09-26",
        )
        assert facts(result) == [(["Narendra Modi", "Volodymyr Zelenskiy"], "held", "2024-09-23", "New York", None)]


class TestCallsTakePlaceNowhere:
    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(
                "U.S. President Donald Trump and Russian President Vladimir Putin agreed on Tuesday to a pause in "
                "attacks on energy infrastructure in Ukraine during a call that lasted more than two hours.",
                id="a-place-of-what-was-agreed",
            ),
            pytest.param(
                "Indonesian Foreign Minister Ratna Wulandari held a 40-minute telephone conversation with her "
                "Australian counterpart, Helen Macaulay, on Thursday evening. A spokesperson said the two ministers, "
                "who last met in Melbourne this month, would speak again soon.",
                id="a-place-of-an-earlier-meeting",
            ),
        ],
    )
    def test_a_call_has_no_place(self, text: str) -> None:
        """A place in the sentence of a call is what the parties talked about, and a meeting of the same people
        elsewhere lends it none: a call has no location."""
        calls = [m for m in diplomeet.extract(text, published=PUBLISHED).meetings if m.kind.value == "call"]
        assert [(m.status.value, m.location) for m in calls] == [("held", None)]

    @pytest.mark.parametrize(
        "text",
        [
            "Donald Trump and Vladimir Putin agree to limited energy ceasefire in lengthy call",
            "Donald Trump and Vladimir Putin agreed to a ceasefire during their call on Tuesday.",
        ],
    )
    def test_what_was_agreed_to_in_a_call_does_not_make_the_call_a_plan(self, text: str) -> None:
        """ "agree to limited energy ceasefire in lengthy call": the ceasefire is what was agreed to, the call
        where; it was held."""
        result = diplomeet.extract(text, published=PUBLISHED)
        assert [(m.status.value, m.kind.value) for m in result.meetings] == [("held", "call")]

    def test_agreeing_to_talks_is_still_a_plan(self) -> None:
        """ "agreed to hold talks in Riyadh": the talks are what was agreed to."""
        result = diplomeet.extract(
            "Donald Trump and Vladimir Putin agreed to hold talks in Riyadh.", published=PUBLISHED
        )
        assert facts(result) == [(["Donald Trump", "Vladimir Putin"], "planned", "", "Riyadh", None)]


class TestBilateralMeetingsWithMany:
    BIDEN_MODI = "U.S. President Joe Biden and Indian Prime Minister Narendra Modi"

    @pytest.mark.parametrize(
        "text",
        [
            f"Pope Francis held bilateral meetings on Friday, including with {BIDEN_MODI}.",
            f"Pope Francis held a series of bilateral meetings on Friday with {BIDEN_MODI}.",
            f"Pope Francis held one-on-one meetings on Friday with {BIDEN_MODI}.",
        ],
    )
    def test_each_party_of_bilateral_meetings_meets_the_subject(self, text: str) -> None:
        """ "held bilateral meetings with A and B": one meeting of the subject with each; ", including with"
        names some of the parties."""
        assert facts(diplomeet.extract(text, published=PUBLISHED)) == [
            (["Francis", "Joe Biden"], "held", "2023-06-16", None, None),
            (["Francis", "Narendra Modi"], "held", "2023-06-16", None, None),
        ]

    def test_a_single_bilateral_meeting_stays_one(self) -> None:
        """ "held a bilateral meeting with Biden and Blinken": one meeting with the delegation."""
        result = diplomeet.extract(
            "Pope Francis held a bilateral meeting on Friday with U.S. President Joe Biden and Secretary of State "
            "Antony Blinken.",
            published=PUBLISHED,
        )
        assert facts(result) == [(["Francis", "Joe Biden", "Antony Blinken"], "held", "2023-06-16", None, None)]


class TestOutcomesPastTheirOccasion:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Biden and Zelenskiy signed a security agreement on the sidelines of the summit.",
                ("agreed", "a security agreement"),
                id="agreement-on-the-sidelines",
            ),
            pytest.param(
                "Biden and Zelenskiy agreed on the sidelines of the G7 summit to expand arms production.",
                ("agreed", "to expand arms production"),
                id="agreed-on-the-sidelines-to",
            ),
        ],
    )
    def test_the_sidelines_are_where_not_what(self, text: str, expected: tuple[str, str]) -> None:
        """ "signed a security agreement on the sidelines of the summit": the agreement is the outcome, the
        sidelines only where it was reached."""
        result = diplomeet.extract(
            "U.S. President Joe Biden met Ukrainian President Volodymyr Zelenskiy on Thursday. " + text,
            published=PUBLISHED,
        )
        outcomes = [o for m in result.meetings for o in m.outcomes] + list(result.outcomes)
        assert [(o.kind.value, o.text) for o in outcomes] == [expected]


class TestFlyingIsTravelling:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "British Prime Minister Rishi Sunak flew to Kyiv on Friday.",
                [(["Rishi Sunak"], "held", "2023-06-16", "Kyiv", None)],
                id="flew-to-a-capital",
            ),
            pytest.param(
                "British Prime Minister Rishi Sunak flew to Kyiv on Friday, where he met Ukrainian President "
                "Volodymyr Zelensky.",
                [(["Rishi Sunak", "Volodymyr Zelensky"], "held", "2023-06-16", "Kyiv", None)],
                id="where-he-met",
            ),
            pytest.param(
                "British Prime Minister Rishi Sunak will fly to Washington next week for talks with U.S. President "
                "Joe Biden.",
                [(["Rishi Sunak", "Joe Biden"], "planned", "2023-06-01", "Washington", None)],
                id="will-fly-for-talks",
            ),
        ],
    )
    def test_a_flight_to_a_place_is_a_trip(self, text: str, expected: list[Facts]) -> None:
        """ "flew to Kyiv" is a visit as "travelled to Kyiv" is, and the place of the meetings told of it."""
        assert facts(diplomeet.extract(text, published=PUBLISHED)) == expected


class TestHostedVisits:
    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(
                "Japanese Prime Minister Fumio Kishida is due in Washington on July 10 for a state visit hosted by "
                "U.S. President Joe Biden.",
                id="due-in-a-city-for-a-visit-hosted-by",
            ),
            pytest.param(
                "Japanese Prime Minister Fumio Kishida will make a state visit to Washington on July 10, hosted by "
                "U.S. President Joe Biden.",
                id="a-visit-to-a-city-hosted-by",
            ),
        ],
    )
    def test_the_host_of_a_visit_takes_part(self, text: str) -> None:
        """ "a state visit hosted by Biden": the host meets the visitor; "due in Washington" is where the visitor
        will be, and "by" after "hosted" names no visitor."""
        assert facts(diplomeet.extract(text, published=PUBLISHED)) == [
            (["Fumio Kishida", "Joe Biden"], "planned", "2023-07-10", "Washington", None)
        ]

    def test_due_in_a_city_for_a_visit(self) -> None:
        """ "is due in Washington … for a state visit": a planned visit to the country of the city."""
        result = diplomeet.extract(
            "Japanese Prime Minister Fumio Kishida is due in Washington on July 10 for a state visit.",
            published=PUBLISHED,
        )
        assert facts(result) == [(["Fumio Kishida"], "planned", "2023-07-10", "Washington", None)]
        assert one(result).to_dict()["others"] == ["United States"]


class TestDiscussedByPhone:
    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(
                "Russian Foreign Minister Sergei Lavrov and Chinese Foreign Minister Wang Yi discussed the situation "
                "in Ukraine by phone on Friday.",
                id="by-phone",
            ),
            pytest.param(
                "Russian Foreign Minister Sergei Lavrov and Chinese Foreign Minister Wang Yi discussed Ukraine over "
                "the phone on Friday.",
                id="over-the-phone",
            ),
        ],
    )
    def test_a_meeting_verb_by_phone_is_a_call(self, text: str) -> None:
        """ "discussed … by phone": a call, with no place."""
        result = diplomeet.extract(text, published=PUBLISHED)
        assert [(m.kind.value, m.status.value, m.location) for m in result.meetings] == [("call", "held", None)]

    def test_a_phone_in_a_later_predicate_leaves_the_meeting(self) -> None:
        """ "met Wang in Beijing on Friday and later briefed Putin by phone": the meeting was face to face."""
        result = diplomeet.extract(
            "Russian Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi in Beijing on Friday and "
            "later briefed Putin by phone.",
            published=PUBLISHED,
        )
        assert [(m.kind.value, m.location.text if m.location else None) for m in result.meetings] == [
            ("meeting", "Beijing")
        ]


class TestTalksBelowTheParties:
    MET = "U.S. President Joe Biden met Chinese President Xi Jinping in Woodside on Tuesday. "
    HELD: Facts = (["Joe Biden", "Xi Jinping"], "held", "2023-06-20", "Woodside", None)

    @pytest.mark.parametrize(
        ("then", "expected"),
        [
            pytest.param(
                "Officials said working-level talks would continue next month in Beijing.", [HELD], id="working-level"
            ),
            pytest.param("Technical talks will follow next month in Beijing.", [HELD], id="technical"),
            pytest.param(
                "The two leaders will hold further talks next month in Beijing.",
                [HELD, (["Joe Biden", "Xi Jinping"], "planned", "2023-07-01", "Beijing", None)],
                id="the-leaders-themselves",
            ),
        ],
    )
    def test_talks_a_level_below_are_no_sitting_of_the_leaders(self, then: str, expected: list[Facts]) -> None:
        """ "working-level talks would continue next month": officials below the leaders hold them, so they are
        no further sitting of the leaders' meeting."""
        assert facts(diplomeet.extract(self.MET + then, published=PUBLISHED)) == expected


class TestHyphenatedPairOfSurnames:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "U.S. President Donald Trump praised North Korean leader Kim Jong Un. Officials are preparing for a "
                "Trump-Kim summit in Hanoi next month.",
                [(["Donald Trump", "Kim Jong Un"], "planned", "2023-07-01", "Hanoi", None)],
                id="planned-summit",
            ),
            pytest.param(
                "Austrian Chancellor Karl Nehammer visited Kyiv on Monday. Ukrainian President Volodymyr Zelensky "
                "praised the Nehammer-Zelensky talks.",
                [(["Karl Nehammer", "Volodymyr Zelensky"], "held", "2023-06-19", "Kyiv", None)],
                id="talks-named-by-their-parties",
            ),
        ],
    )
    def test_a_pair_of_surnames_names_the_parties(self, text: str, expected: list[Facts]) -> None:
        """ "a Trump-Kim summit": the people whose surnames the hyphen joins, each named in the article."""
        assert facts(diplomeet.extract(text, published=PUBLISHED)) == expected

    def test_an_unknown_part_names_no_one(self) -> None:
        """ "the Austria-Hungary talks": no person of the article behind each part."""
        result = diplomeet.extract(
            "U.S. President Joe Biden spoke on Monday. Historians discussed the Austria-Hungary talks.",
            published=PUBLISHED,
        )
        assert facts(result) == []


class TestOfficeWordsOfHoldersOfCountries:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Chinese Foreign Minister Wang Yi met with the foreign ministers of Saudi Arabia and Iran in Beijing.",
                (["Wang Yi"], ["foreign ministers of Saudi Arabia and Iran"]),
                id="object",
            ),
            pytest.param(
                "The foreign ministers of Saudi Arabia and Iran met in Beijing on Monday.",
                ([], ["foreign ministers of Saudi Arabia and Iran"]),
                id="subject",
            ),
        ],
    )
    def test_the_office_words_before_holders_of_countries(
        self, text: str, expected: tuple[list[str], list[str]]
    ) -> None:
        """ "the foreign ministers of Saudi Arabia and Iran": one unnamed party, its office words and all."""
        result = diplomeet.extract(text, published=PUBLISHED)
        assert [(m.to_dict()["participants"], m.to_dict()["others"]) for m in result.meetings] == [expected]


class TestLeadersOfCountries:
    MACRON_SCHOLZ = "French President Emmanuel Macron welcomed German Chancellor Olaf Scholz in Paris on Monday. "

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The leaders of France and Germany held four hours of talks in Paris on Friday. French President "
                "Emmanuel Macron and German Chancellor Olaf Scholz then dined at the Elysee.",
                [(["Emmanuel Macron", "Olaf Scholz"], "held", "2023-06-16", "Paris", 240)],
                id="subject-of-a-meeting-verb",
            ),
            pytest.param(
                "The leaders of France and Germany made fresh pledges on Friday to deepen defence cooperation, "
                "following a long day of talks in Paris. French President Emmanuel Macron and German Chancellor "
                "Olaf Scholz spoke to reporters.",
                [(["Emmanuel Macron", "Olaf Scholz"], "held", "2023-06-16", "Paris", None)],
                id="subject-of-a-clause-after-talks",
            ),
            pytest.param(
                "The leaders of Japan and South Korea agreed on Sunday to resume shuttle diplomacy. Prime Minister "
                "Fumio Kishida, who met South Korean President Yoon Suk Yeol in Seoul, called the talks candid.",
                [(["Fumio Kishida", "Yoon Suk Yeol"], "held", "", "Seoul", None)],
                id="holders-named-later",
            ),
        ],
    )
    def test_the_leaders_of_two_countries_are_their_heads(self, text: str, expected: list[Facts]) -> None:
        """ "the leaders of France and Germany": the head of state or government the story names for each."""
        assert facts(diplomeet.extract(text, published=PUBLISHED)) == expected

    def test_two_heads_of_one_country_name_no_one(self) -> None:
        """A President and a Prime Minister of France: which one led France is not said, so no one is guessed."""
        result = diplomeet.extract(
            "French President Emmanuel Macron gave a speech on Monday. French Prime Minister Elisabeth Borne and "
            "German Chancellor Olaf Scholz arrived later. The leaders of France and Germany held talks in Paris on "
            "Friday.",
            published=PUBLISHED,
        )
        assert [(m.to_dict()["participants"], m.to_dict()["others"]) for m in result.meetings] == [
            ([], ["leaders of France and Germany"])
        ]

    @pytest.mark.parametrize(
        "then",
        [
            "The two leaders made pledges on defence, following a long day of talks.",
            "The two leaders made pledges on defence after a long day of talks.",
            "They made pledges on defence during a long day of talks.",
        ],
    )
    def test_a_clause_after_talks_puts_its_people_in_them(self, then: str) -> None:
        """ "…, following a day of talks": the people of the clause sat in them, as with "after" and "during"."""
        result = diplomeet.extract(
            "French President Emmanuel Macron hosted German Chancellor Olaf Scholz for a working dinner in Paris on "
            "Monday. French President Emmanuel Macron and German Chancellor Olaf Scholz met again on Friday. " + then,
            published=PUBLISHED,
        )
        assert [f[:3] for f in facts(result)] == [
            (["Emmanuel Macron", "Olaf Scholz"], "held", "2023-06-19"),
            (["Emmanuel Macron", "Olaf Scholz"], "held", "2023-06-16"),
        ]


class TestGoingToAPlace:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Prime Minister Fumio Kishida went to Seoul on Sunday to hold talks with President Yoon Suk Yeol.",
                [(["Fumio Kishida", "Yoon Suk Yeol"], "held", "2023-06-18", "Seoul", None)],
                id="went-to-hold-talks",
            ),
            pytest.param(
                "Prime Minister Fumio Kishida went to Seoul on Sunday.",
                [(["Fumio Kishida"], "held", "2023-06-18", "Seoul", None)],
                id="went-to-a-capital",
            ),
            pytest.param(
                "Foreign Minister Wang Yi headed to Moscow on Monday for talks with Foreign Minister Sergei Lavrov.",
                [(["Wang Yi", "Sergei Lavrov"], "held", "2023-06-19", "Moscow", None)],
                id="headed-to-for-talks",
            ),
            pytest.param(
                "Deputy Prime Minister Wang Yang left for Beijing on Monday for talks with Premier Li Keqiang.",
                [(["Wang Yang", "Li Keqiang"], "held", "2023-06-19", "Beijing", None)],
                id="left-for-for-talks",
            ),
            pytest.param(
                "President Xi Jinping will leave for Moscow on Monday.",
                [(["Xi Jinping"], "planned", "2023-06-26", "Moscow", None)],
                id="will-leave-for",
            ),
            pytest.param(
                "Secretary of State Antony Blinken heads to Beijing next week, the State Department said.",
                [(["Antony Blinken"], "planned", "2023-06-01", "Beijing", None)],
                id="heads-to-next-week",
            ),
        ],
    )
    def test_going_to_a_place_is_a_visit(self, text: str, expected: list[Facts]) -> None:
        """ "went to Seoul", "headed to Moscow": a journey to a place, as "flew to" and "travelled to" are."""
        assert facts(diplomeet.extract(text, published=PUBLISHED)) == expected

    @pytest.mark.parametrize(
        "text",
        [
            "President Joe Biden went to the polls on Sunday.",
            "He went to great lengths to defend the deal.",
            "The talks went to a second day, officials said.",
            "The talks left for later the question of borders.",
        ],
    )
    def test_going_to_no_place_is_no_visit(self, text: str) -> None:
        """ "went to the polls", "went to great lengths": no place is visited."""
        assert diplomeet.extract(text, published=PUBLISHED).meetings == ()


class TestVisitAsides:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "British Foreign Secretary David Cameron, on a visit to Kyiv, told Reuters that Britain would help.",
                [(["David Cameron"], "held", "", "Kyiv", None)],
                id="on-a-visit",
            ),
            pytest.param(
                "British Foreign Secretary David Cameron, who is on his first visit to Kyiv, said Britain would help.",
                [(["David Cameron"], "held", "", "Kyiv", None)],
                id="who-is-on-a-visit",
            ),
        ],
    )
    def test_a_visit_in_an_aside_is_the_subjects(self, text: str, expected: list[Facts]) -> None:
        """ "Cameron, on a visit to Kyiv, told …": the aside says who visits, the subject before it."""
        assert facts(diplomeet.extract(text, published=PUBLISHED)) == expected

    def test_an_aside_about_no_one_is_no_visit(self) -> None:
        """ "The talks, on a visit to Kyiv, …": no party before the aside to make the visit."""
        assert diplomeet.extract("The talks, on a visit to Kyiv, were useful.", published=PUBLISHED).meetings == ()


class TestOwnerIsNoPlace:
    @pytest.mark.parametrize(
        ("text", "place"),
        [
            pytest.param(
                "Ukrainian President Volodymyr Zelenskiy arrived in Washington on Wednesday for his first trip abroad "
                "since Russia's invasion.",
                "Washington",
                id="since-russias-invasion",
            ),
            pytest.param(
                "Chinese Premier Li Qiang arrived in Canberra on Saturday for a visit to discuss China's economy.",
                "Canberra",
                id="chinas-economy",
            ),
        ],
    )
    def test_a_country_that_owns_a_noun_is_not_where(self, text: str, place: str) -> None:
        """ "since Russia's invasion": the country owns the invasion; the trip went where its traveller arrived."""
        assert [f[3] for f in facts(diplomeet.extract(text, published=PUBLISHED))] == [place]


class TestJourneysTimeForItsPurpose:
    @pytest.mark.parametrize(
        "text",
        [
            "Chancellor Olaf Scholz travelled to Washington last week for a two-hour meeting with President Joe Biden.",
            "Chancellor Olaf Scholz travelled to Washington last week for a meeting with President Joe Biden.",
        ],
    )
    def test_the_time_of_the_journey_dates_the_meeting_it_is_for(self, text: str) -> None:
        """ "travelled to Washington last week for a two-hour meeting": the journey's time, however many words of
        length stand before the meeting noun."""
        assert [f[:3] for f in facts(diplomeet.extract(text, published=PUBLISHED))] == [
            (["Olaf Scholz", "Joe Biden"], "held", "2023-06-01")
        ]


class TestClausePeopleAndHostPlaces:
    def test_a_possessive_of_a_person_named_is_not_a_third_person(self) -> None:
        """ "Wong and her Chinese counterpart Wang Yi … during a meeting": "her" is Wong, so two people sat in it."""
        result = diplomeet.extract(
            "Foreign Minister Penny Wong and her Chinese counterpart Wang Yi exchanged views on regional security "
            "during a meeting in Canberra.",
            published=PUBLISHED,
        )
        assert facts(result) == [(["Penny Wong", "Wang Yi"], "held", "", "Canberra", None)]

    def test_the_setting_of_a_meeting_just_told_is_no_other(self) -> None:
        """ "X and Y met in Berlin on Monday, at talks attended by Z": one meeting, with Z."""
        result = diplomeet.extract(
            "Foreign Minister Ararat Mirzoyan and his Azerbaijani counterpart Jeyhun Bayramov met in Berlin on "
            "Monday, at talks attended by German Foreign Minister Annalena Baerbock.",
            published=PUBLISHED,
        )
        assert [f[0] for f in facts(result)] == [["Ararat Mirzoyan", "Jeyhun Bayramov", "Annalena Baerbock"]]

    @pytest.mark.parametrize(
        ("text", "place"),
        [
            pytest.param(
                "President Vladimir Putin welcomed Kim Jong Un to the Vostochny Cosmodrome on Wednesday.",
                "Vostochny Cosmodrome",
                id="venue",
            ),
            pytest.param(
                "President Emmanuel Macron welcomed Chancellor Olaf Scholz to the Chateau de Rambouillet on Monday.",
                "Chateau de Rambouillet",
                id="chateau",
            ),
            pytest.param(
                "President Vladimir Putin welcomed Kim Jong Un to talks on Wednesday.",
                None,
                id="no-place",
            ),
        ],
    )
    def test_a_host_receives_a_guest_to_a_place_not_in_the_gazetteer(self, text: str, place: str | None) -> None:
        """ "welcomed Kim to the Vostochny Cosmodrome": the place a host receives a guest to, however unknown."""
        assert [f[3] for f in facts(diplomeet.extract(text, published=PUBLISHED))] == [place]


class TestPredicatePastAnAside:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The meeting between Prime Minister Narendra Modi and Prime Minister Shehbaz Sharif, the first in "
                "nearly a decade, is expected to take place in New York.",
                [(["Narendra Modi", "Shehbaz Sharif"], "planned", "", "New York", None)],
                id="appositive",
            ),
            pytest.param(
                "The meeting between Prime Minister Narendra Modi and Prime Minister Shehbaz Sharif, which would be "
                "the first in nearly a decade, will take place on Friday.",
                [(["Narendra Modi", "Shehbaz Sharif"], "planned", "2023-06-23", None, None)],
                id="long-relative-clause",
            ),
            pytest.param(
                "Talks between Foreign Minister Hakan Fidan and Foreign Minister Sergei Lavrov, the first since "
                "January, were held in Istanbul on Monday.",
                [(["Hakan Fidan", "Sergei Lavrov"], "held", "2023-06-19", "Istanbul", None)],
                id="held",
            ),
        ],
    )
    def test_the_predicate_of_a_meeting_noun_after_an_aside(self, text: str, expected: list[Facts]) -> None:
        """ "The meeting between X and Y, the first in nearly a decade, is expected to take place …": the
        predicate past the aside makes it planned and gives its place."""
        assert facts(diplomeet.extract(text, published=PUBLISHED)) == expected


class TestPutOnHold:
    @pytest.mark.parametrize(
        "text",
        [
            (
                "A planned meeting between President Donald Trump and President Vladimir Putin in Budapest was put "
                "on hold, the White House said on Tuesday."
            ),
            "The summit between President Donald Trump and President Vladimir Putin was shelved.",
            "President Donald Trump put off his meeting with President Vladimir Putin.",
        ],
    )
    def test_a_meeting_put_on_hold_is_none(self, text: str) -> None:
        """ "put on hold", "shelved", "put off" with no new time: the meeting is not held, nor planned any more."""
        assert diplomeet.extract(text, published=PUBLISHED).meetings == ()


class TestStoryDaysInARow:
    def test_each_story_day_counts_from_the_one_before(self) -> None:
        """ "arrived on Monday … that evening … the next day … A day later": Monday, Monday, Tuesday, Wednesday."""
        result = diplomeet.extract(
            "MOSCOW — Chinese President Xi Jinping arrived in Moscow on Monday for a three-day state visit. Russian "
            "President Vladimir Putin hosted him for an informal dinner at the Kremlin that evening.\n\n"
            "The two leaders held formal talks the next day, signing a series of agreements.\n\n"
            "A day later, Xi met Russian Prime Minister Mikhail Mishustin before flying home.",
            published="2023-03-22",
        )
        assert [(f[0], f[2]) for f in facts(result)] == [
            (["Vladimir Putin", "Xi Jinping"], "2023-03-20"),
            (["Vladimir Putin", "Xi Jinping"], "2023-03-21"),
            (["Xi Jinping", "Mikhail Mishustin"], "2023-03-22"),
        ]


class TestTimeInAnAsideOnAPerson:
    def test_the_time_of_a_relative_clause_on_the_subject_is_not_the_meetings(self) -> None:
        """ "Biden, who arrived in New Delhi earlier on Friday, is also expected to hold talks with Hasina": the
        arrival's day, not the talks'."""
        result = diplomeet.extract(
            "President Joe Biden, who arrived in New Delhi earlier on Friday, is also expected to hold talks with "
            "Bangladesh Prime Minister Sheikh Hasina on the sidelines of the summit.",
            published="2023-09-09",
        )
        assert [f[1:3] for f in facts(result)] == [("planned", "")]


class TestHostingMeetings:
    @pytest.mark.parametrize(
        ("text", "status"),
        [
            ("Prime Minister Narendra Modi will host bilateral meetings, including with Prime Minister Rishi Sunak.", "planned"),
            ("Prime Minister Narendra Modi hosted bilateral meetings, including with Prime Minister Rishi Sunak.", "held"),
        ],
    )
    def test_the_verb_of_a_meeting_noun_is_no_other_meeting_word(self, text: str, status: str) -> None:
        """ "will host bilateral meetings": "host" is the noun's own verb, so "will" still makes them planned."""
        assert [f[:2] for f in facts(diplomeet.extract(text, published=PUBLISHED))] == [
            (["Narendra Modi", "Rishi Sunak"], status)
        ]


class TestUnnamedCompanionsOfTheSubject:
    def test_a_person_and_unnamed_companions_hold_the_talks(self) -> None:
        """ "Fabius and a group of deputies held talks with …": the person named takes part."""
        result = diplomeet.extract(
            "National Assembly president Laurent Fabius and a group of deputies held talks with leaders of "
            "Romania's new government on Tuesday.",
            published=PUBLISHED,
        )
        assert [(m.to_dict()["participants"], m.to_dict()["others"]) for m in result.meetings] == [
            (["Laurent Fabius"], ["leaders of Romania's new government"])
        ]


class TestAQuestionIsNoPlan:
    @pytest.mark.parametrize(
        "text",
        [
            "Asked if he would meet President Vladimir Putin, President Donald Trump said he did not know.",
            "Asked whether he would meet President Vladimir Putin soon, President Donald Trump said he did not know.",
        ],
    )
    def test_a_meeting_asked_about_is_none(self, text: str) -> None:
        """ "Asked whether he would meet Putin, …": a question, neither a meeting held nor one planned."""
        assert diplomeet.extract(text, published=PUBLISHED).meetings == ()


class TestOfficeGroupsNotHeld:
    def test_the_two_presidents_are_not_the_ministers_just_told(self) -> None:
        """ "he expected the two presidents to meet later this year", after the foreign ministers met: no one in
        the story holds the office, and the ministers are not its holders."""
        result = diplomeet.extract(
            "Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing on Monday. Blinken "
            "added that he expected the two presidents to meet later this year.",
            published=PUBLISHED,
        )
        assert [f[:2] for f in facts(result)] == [(["Antony Blinken", "Wang Yi"], "held")]


class TestRoundsOfIndirectTalks:
    @pytest.mark.parametrize(
        "text",
        [
            "Foreign Minister Abbas Araghchi and envoy Steve Witkoff held indirect talks in Muscat on Sunday.",
            (
                "Foreign Minister Abbas Araghchi and envoy Steve Witkoff held a fourth round of indirect talks in "
                "Muscat on Sunday."
            ),
            "Foreign Minister Abbas Araghchi and envoy Steve Witkoff held a fifth round of talks in Muscat on Sunday.",
            "Foreign Minister Abbas Araghchi and envoy Steve Witkoff held an impromptu meeting in Muscat on Sunday.",
            "Foreign Minister Abbas Araghchi and envoy Steve Witkoff held urgent talks in Muscat on Sunday.",
        ],
    )
    def test_modifiers_of_talks_before_their_light_verb(self, text: str) -> None:
        """ "held a fourth round of indirect talks": the ordinal and "indirect" are modifiers of the talks."""
        assert facts(diplomeet.extract(text, published=PUBLISHED)) == [
            (["Abbas Araghchi", "Steve Witkoff"], "held", "2023-06-18", "Muscat", None)
        ]

    @pytest.mark.parametrize(
        ("text", "minutes"),
        [
            ("Foreign Minister Abbas Araghchi and envoy Steve Witkoff spoke directly for about 45 minutes.", 45),
            ("Foreign Minister Abbas Araghchi spoke directly with envoy Steve Witkoff on Sunday.", None),
        ],
    )
    def test_speaking_directly_is_meeting_in_person(self, text: str, minutes: int | None) -> None:
        """ "spoke directly for about 45 minutes": face to face, a meeting (not a call)."""
        result = diplomeet.extract(text, published=PUBLISHED)
        assert [(m.kind.value, m.duration.minutes if m.duration else None) for m in result.meetings] == [
            ("meeting", minutes)
        ]


class TestVisitsFoldedIntoTheirMeeting:
    def test_the_visits_time_and_place_go_to_its_meeting(self) -> None:
        """ "Lee will make a state visit to Japan next month. … Ishiba is expected to host a dinner for Lee": one
        planned meeting, in the visit's month and country."""
        result = diplomeet.extract(
            "South Korean President Lee Jae-myung will make a state visit to Japan next month, his office said. "
            "Japanese Prime Minister Shigeru Ishiba is expected to host a dinner for Lee at his official residence.",
            published="2025-08-01",
        )
        assert facts(result) == [(["Shigeru Ishiba", "Lee Jae-myung"], "planned", "2025-09-01", "Japan", None)]

    def test_a_time_that_owns_another_noun_dates_no_meeting(self) -> None:
        """ "Prior to Tuesday's hospital bombing, Biden was slated to travel to Jordan": the bombing's day."""
        result = diplomeet.extract(
            "Prior to Tuesday's hospital bombing, President Joe Biden was slated to travel to Jordan.",
            published="2023-10-18",
        )
        assert [f[2] for f in facts(result)] == [""]


class TestOnAVenue:
    def test_a_venue_after_on_is_where_they_met(self) -> None:
        """ "met with McCarthy on Capitol Hill": a venue one is on is the meeting's place (and no topic)."""
        result = diplomeet.extract(
            "Prime Minister Giorgia Meloni met with House Speaker Kevin McCarthy on Capitol Hill.", published=PUBLISHED
        )
        assert [(m.location.text, m.location.city) for m in result.meetings if m.location] == [
            ("Capitol Hill", "Washington")
        ]
        assert result.topics == ()


class TestCountriesSharingAHead:
    def test_north_and_south_korea_are_two_countries(self) -> None:
        """ "a meeting between North and South Korea": "North" shares the head "Korea" after "and"."""
        result = diplomeet.extract(
            "A historic meeting between North and South Korea took place on Monday.", published=PUBLISHED
        )
        assert [m.to_dict()["others"] for m in result.meetings] == [["North Korea", "South Korea"]]

    def test_the_leaders_of_north_and_south_korea(self) -> None:
        """ "The leaders of North and South Korea …, following a day of talks": the leaders the story names."""
        result = diplomeet.extract(
            "The leaders of North and South Korea made bold pledges on Friday, following a day of talks on the "
            "border. North Korean leader Kim Jong Un and South Korean President Moon Jae-in embraced.",
            published=PUBLISHED,
        )
        assert [f[:3] for f in facts(result)][:1] == [(["Kim Jong Un", "Moon Jae-in"], "held", "2023-06-16")]


class TestPurposeOfAPastMotion:
    @pytest.mark.parametrize(
        ("text", "status"),
        [
            (
                "North Korean leader Kim Jong Un crossed the line to shake hands with President Moon Jae-in.",
                "held",
            ),
            ("President Emmanuel Macron stopped in Berlin to meet Chancellor Olaf Scholz.", "held"),
            ("President Emmanuel Macron used the occasion to meet Chancellor Olaf Scholz.", "held"),
            ("President Emmanuel Macron will stop in Berlin to meet Chancellor Olaf Scholz.", "planned"),
            ("President Emmanuel Macron wanted to meet Chancellor Olaf Scholz.", "planned"),
        ],
    )
    def test_what_the_subject_went_on_to_do(self, text: str, status: str) -> None:
        """ "crossed the line to shake hands with Moon": a past verb of motion, and its purpose was done."""
        assert [f[1] for f in facts(diplomeet.extract(text, published=PUBLISHED))] == [status]


class TestSpokeSomewhere:
    @pytest.mark.parametrize(
        ("text", "kind", "place"),
        [
            (
                (
                    "Foreign Minister Hakan Fidan and Foreign Minister George Gerapetritis spoke for about two hours "
                    "at a villa in Istanbul on Friday."
                ),
                "meeting",
                "Istanbul",
            ),
            ("President Recep Tayyip Erdogan spoke with President Vladimir Putin in Sochi on Wednesday.", "meeting", "Sochi"),
            (
                (
                    "Secretary of State Antony Blinken spoke with Prime Minister Benjamin Netanyahu on Tuesday about "
                    "the hostages held in Gaza."
                ),
                "call",
                None,
            ),
            (
                "President Joe Biden spoke with President Xi Jinping for two hours on Tuesday from the White House.",
                "call",
                None,
            ),
        ],
    )
    def test_a_place_after_spoke_puts_them_together(self, text: str, kind: str, place: str | None) -> None:
        """ "spoke … at a villa in Istanbul": a talk held somewhere is face to face; a place in what they
        spoke about ("about the hostages held in Gaza") or "from" one's office keeps it a call."""
        m = one(diplomeet.extract(text, published=PUBLISHED))
        assert (m.kind.value, m.location.text if m.location else None) == (kind, place)


class TestMeetingOfANamedBody:
    def test_the_parties_follow_the_body(self) -> None:
        """ "for a meeting of the High-Level Cooperation Council with President Erdogan": the parties come after
        the name of the body that meets."""
        result = diplomeet.extract(
            "Greek Prime Minister Kyriakos Mitsotakis is expected to visit Ankara next month for a meeting of the "
            "High-Level Cooperation Council with President Recep Tayyip Erdogan.",
            published=PUBLISHED,
        )
        assert facts(result) == [(["Kyriakos Mitsotakis", "Recep Tayyip Erdogan"], "planned", "2023-07-01", "Ankara", None)]


class TestStandingInForSomeone:
    def test_the_person_represented_is_not_at_the_summit(self) -> None:
        """ "Li, who is representing Xi at the summit, did not hold a meeting with Modi": Xi is not at the summit,
        and the meeting with Modi is negated: no meeting at all."""
        result = diplomeet.extract(
            "Chinese Premier Li Qiang, who is representing President Xi Jinping at the summit, did not hold a "
            "bilateral meeting with Prime Minister Narendra Modi.",
            published=PUBLISHED,
        )
        assert facts(result) == []

    def test_the_two_people_at_the_summit_still_meet(self) -> None:
        """ "Li told Modi at the summit that …": the two people of the clause at one event, as before."""
        result = diplomeet.extract(
            "Premier Li Qiang told Prime Minister Narendra Modi at the summit that China was ready to help.",
            published=PUBLISHED,
        )
        assert [f[:2] for f in facts(result)] == [(["Li Qiang", "Narendra Modi"], "held")]


class TestOfficeHoldersAfterWith:
    def test_the_foreign_ministers_as_the_object(self) -> None:
        """ "held talks with the foreign ministers of Greece and Turkey": the ministers the story names, as when
        the group is the subject."""
        result = diplomeet.extract(
            "Foreign Minister Hakan Fidan of Turkey and Foreign Minister George Gerapetritis of Greece arrived in "
            "Washington. Secretary of State Antony Blinken held talks with the foreign ministers of Greece and "
            "Turkey on Friday.",
            published=PUBLISHED,
        )
        assert [f[:3] for f in facts(result)] == [
            (["Antony Blinken", "George Gerapetritis", "Hakan Fidan"], "held", "2023-06-16")
        ]

    def test_bilateral_meetings_with_the_leaders_of_three_countries(self) -> None:
        """ "held bilateral meetings with the leaders of Britain, Japan and Italy on Saturday": one meeting with
        each leader the story names (here only later), each on that Saturday."""
        result = diplomeet.extract(
            "Prime Minister Narendra Modi held bilateral meetings with the leaders of Britain, Japan and Italy on "
            "Saturday. Modi and British Prime Minister Rishi Sunak discussed trade. In his meeting with Japanese "
            "Prime Minister Fumio Kishida, Modi discussed semiconductors. Italian Prime Minister Giorgia Meloni, "
            "who also met Modi, said ties were strong.",
            published=PUBLISHED,
        )
        assert [f[:3] for f in facts(result)] == [
            (["Narendra Modi", "Rishi Sunak"], "held", "2023-06-17"),
            (["Narendra Modi", "Fumio Kishida"], "held", "2023-06-17"),
            (["Narendra Modi", "Giorgia Meloni"], "held", "2023-06-17"),
        ]


class TestVisitorsAtHome:
    def test_the_subject_of_a_with_clause_travels(self) -> None:
        """ "…, with Ishiba expected to visit South Korea early next year": Ishiba is the visitor, not the two
        leaders of the main clause."""
        result = diplomeet.extract(
            "Prime Minister Shigeru Ishiba met President Lee Jae-myung in Tokyo on Saturday. The two leaders agreed "
            "to resume shuttle diplomacy, with Ishiba expected to visit South Korea early next year.",
            published=PUBLISHED,
        )
        assert [(f[0], f[1], f[3]) for f in facts(result)] == [
            (["Shigeru Ishiba", "Lee Jae-myung"], "held", "Tokyo"),
            (["Shigeru Ishiba"], "planned", "South Korea"),
        ]

    @pytest.mark.parametrize(
        "text",
        [
            "South Korean President Lee Jae-myung will visit Seoul next month.",
            "Ukrainian President Volodymyr Zelensky visited Kyiv on Monday.",
        ],
    )
    def test_a_leader_in_his_own_capital_is_no_visitor(self, text: str) -> None:
        """ "Zelensky visited Kyiv": a trip at home is no diplomatic visit."""
        assert facts(diplomeet.extract(text, published=PUBLISHED)) == []


class TestJourneyDayAndMeetingDay:
    @pytest.mark.parametrize(
        ("text", "date"),
        [
            (
                (
                    "President Lee Jae-myung will head to Washington on Sunday for a summit with President Donald "
                    "Trump on Monday."
                ),
                "2023-06-26",
            ),
            (
                "President Lee Jae-myung will head to Washington on Sunday for a summit with President Donald Trump.",
                "2023-06-25",
            ),
        ],
    )
    def test_the_meeting_day_after_its_parties_beats_the_journey_day(self, text: str, date: str) -> None:
        """ "head to Washington on Sunday for a summit with Trump on Monday": the summit's own day; the journey's
        day only when the summit has none."""
        assert [f[2] for f in facts(diplomeet.extract(text, published=PUBLISHED))] == [date]


class TestSaidToNoOne:
    def test_a_question_about_a_summit_is_no_summit(self) -> None:
        """ "Asked about the prospects of a summit, Peskov said President Putin had …": "said" has no addressee,
        so the name after it is no party of the summit the opener names."""
        result = diplomeet.extract(
            "Asked about the prospects of a summit, Kremlin spokesman Dmitry Peskov said President Vladimir Putin "
            "had repeatedly stated his readiness to meet.",
            published=PUBLISHED,
        )
        assert facts(result) == []


class TestOfficeOfAnotherName:
    def test_the_two_prime_ministers_include_a_premier(self) -> None:
        """ "The two prime ministers last met in Jakarta": Albanese and Premier Li (a head of government too), not
        the trade minister's untitled counterpart named since."""
        result = diplomeet.extract(
            "Prime Minister Anthony Albanese will meet Chinese Premier Li Qiang in Canberra on Monday. Trade "
            "Minister Don Farrell, who met his Chinese counterpart Wang Wentao in Beijing last month, said he "
            "expected progress. The two prime ministers last met in Jakarta in September.",
            published="2024-06-16",
        )
        assert [(f[0], f[3]) for f in facts(result)] == [
            (["Anthony Albanese", "Li Qiang"], "Canberra"),
            (["Don Farrell", "Wang Wentao"], "Beijing"),
            (["Anthony Albanese", "Li Qiang"], "Jakarta"),
        ]


class TestPlaceOfAVisitNoun:
    def test_a_country_later_in_the_clause_is_not_where_a_state_visit_was(self) -> None:
        """ "hosted Xi for a state visit on Monday, pressing him to use his influence with Russia": the visit is no
        trip to Russia; only a place right after a verb of visiting ("visited the UK") needs no preposition."""
        result = diplomeet.extract(
            "French President Emmanuel Macron hosted Chinese leader Xi Jinping for a state visit on Monday, pressing "
            "him to use his influence with Russia to help end the war in Ukraine.",
            published=PUBLISHED,
        )
        assert [(f[0], f[3]) for f in facts(result)] == [(["Emmanuel Macron", "Xi Jinping"], None)]


class TestTakenSomewhereForTalks:
    @pytest.mark.parametrize(
        ("text", "status", "date"),
        [
            (
                "On Thursday, President Emmanuel Macron will take President Xi Jinping to the Pyrenees for talks.",
                "planned",
                "2023-06-22",
            ),
            (
                "Prime Minister Narendra Modi took President Joe Biden to Agra for a day of talks on Friday.",
                "held",
                "2023-06-16",
            ),
        ],
    )
    def test_the_host_and_the_guest_he_takes(self, text: str, status: str, date: str) -> None:
        """ "will take Xi to the Pyrenees for talks": the talks of the one who takes and the one taken."""
        assert [f[:3] for f in facts(diplomeet.extract(text, published=PUBLISHED))] == [
            ([p for p in ("Emmanuel Macron", "Xi Jinping", "Narendra Modi", "Joe Biden") if p in text], status, date)
        ]


class TestSidelinesOfANamedMeeting:
    def test_the_time_and_place_of_the_occasion_are_the_meetings(self) -> None:
        """ "on the sidelines of the ASEAN meeting in Jakarta on Thursday": the ASEAN meeting is the occasion,
        not a meeting of its own that would take the time and place."""
        result = diplomeet.extract(
            "Secretary of State Antony Blinken is set to meet his Chinese counterpart Wang Yi on the sidelines of the "
            "ASEAN meeting in Jakarta on Thursday.",
            published=PUBLISHED,
        )
        assert facts(result) == [(["Antony Blinken", "Wang Yi"], "planned", "2023-06-22", "Jakarta", None)]


class TestWeekendsAndSeasonsDateMeetings:
    def test_over_the_weekend_beats_the_day_it_was_said(self) -> None:
        """ "held talks … over the weekend, the two sides said on Sunday": the weekend's month, not the Sunday."""
        result = diplomeet.extract(
            "Foreign Minister Wang Yi held talks with National Security Adviser Jake Sullivan in Bangkok over the "
            "weekend, the two sides said on Sunday.",
            published="2024-01-28",
        )
        assert [f[2] for f in facts(result)] == ["2024-01-01"]

    def test_another_round_this_spring(self) -> None:
        """ "The two men also agreed to hold another round of talks this spring": a planned sitting in that year."""
        result = diplomeet.extract(
            "Foreign Minister Wang Yi held talks with National Security Adviser Jake Sullivan in Bangkok on Saturday. "
            "The two men also agreed to hold another round of talks this spring.",
            published="2024-01-28",
        )
        assert [f[:3] for f in facts(result)] == [
            (["Wang Yi", "Jake Sullivan"], "held", "2024-01-27"),
            (["Wang Yi", "Jake Sullivan"], "planned", "2024-01-01"),
        ]


class TestSummitAsOccasion:
    @pytest.mark.parametrize(
        ("second", "expected"),
        [
            (
                (
                    "The two leaders agreed to coordinate their positions ahead of the COP30 climate summit in Belem "
                    "in November."
                ),
                [(["Luiz Inacio Lula da Silva", "Gustavo Petro"], "held", "2023-06-14")],
            ),
            (
                "The two leaders discussed a regional plan for the Amazon, ahead of an emergency Andean summit on Friday.",
                [(["Luiz Inacio Lula da Silva", "Gustavo Petro"], "held", "2023-06-14")],
            ),
            (
                "The two leaders will attend the climate summit in Belem in November.",
                [
                    (["Luiz Inacio Lula da Silva", "Gustavo Petro"], "held", "2023-06-14"),
                    (["Luiz Inacio Lula da Silva", "Gustavo Petro"], "planned", "2023-11-01"),
                ],
            ),
        ],
    )
    def test_a_summit_named_as_a_time_or_attended(self, second: str, expected: list[tuple[list[str], str, str]]) -> None:
        """ "ahead of the COP30 climate summit": a point in time, no other sitting of the two; "will attend the
        climate summit in November": one planned meeting, not one for the verb and one for the noun."""
        result = diplomeet.extract(
            "President Luiz Inacio Lula da Silva met President Gustavo Petro in Bogota on Wednesday. " + second,
            published=PUBLISHED,
        )
        assert [f[:3] for f in facts(result)] == expected


class TestCounterpartsOfSeveralCountries:
    def test_the_group_is_the_other_side(self) -> None:
        """ "Araghchi met his French, British and German counterparts": one group of the three countries, the
        other side of Araghchi's meeting (not "his", Araghchi himself)."""
        expect(
            "Iran's Foreign Minister Abbas Araghchi met his French, British and German counterparts on Tuesday.",
            published=PUBLISHED,
            meetings=[
                {
                    "participants": ["Abbas Araghchi"],
                    "others": ["his French, British and German counterparts"],
                    "status": "held",
                }
            ],
        )


class TestMealsAndViews:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "President Joe Biden dined with King Charles at Windsor Castle on Monday.",
                [(["Joe Biden", "Charles"], "held", "2023-06-19", "Windsor Castle", None)],
            ),
            (
                "President Joe Biden had lunch with King Charles at Windsor Castle on Monday.",
                [(["Joe Biden", "Charles"], "held", "2023-06-19", "Windsor Castle", None)],
            ),
            (
                "Foreign Minister Wang Yi exchanged views with Foreign Minister Sergei Lavrov in Beijing on Tuesday.",
                [(["Wang Yi", "Sergei Lavrov"], "held", "2023-06-20", "Beijing", None)],
            ),
            (
                "Foreign Minister Wang Yi and Foreign Minister Sergei Lavrov exchanged views on Ukraine in Beijing.",
                [(["Wang Yi", "Sergei Lavrov"], "held", "", "Beijing", None)],
            ),
            ("Investors exchanged views on the economy.", []),
        ],
    )
    def test_a_meal_or_an_exchange_of_views_together(self, text: str, expected: list[Facts]) -> None:
        """ "dined with", "had lunch with", "exchanged views with": the parties met."""
        assert facts(diplomeet.extract(text, published=PUBLISHED)) == expected


class TestTheyAfterAMeetingOfMany:
    def test_they_are_all_the_people_of_the_meeting_just_told(self) -> None:
        """ "Merz, Macron, Starmer and Tusk met Zelenskyy …, where they held a call with Trump": all five, not the
        last two named."""
        result = diplomeet.extract(
            "Chancellor Friedrich Merz, President Emmanuel Macron, Prime Minister Keir Starmer and Prime Minister "
            "Donald Tusk met President Volodymyr Zelenskyy at the Mariinskyi Palace on Saturday, where they held a "
            "call with President Donald Trump.",
            published=PUBLISHED,
        )
        five = ["Friedrich Merz", "Emmanuel Macron", "Keir Starmer", "Donald Tusk", "Volodymyr Zelenskyy"]
        assert [(f[0], f[1]) for f in facts(result)] == [(five, "held"), ([*five, "Donald Trump"], "held")]


class TestMeetingThatIncluded:
    @pytest.mark.parametrize(
        ("second", "people"),
        [
            (
                "The meeting, which also included EU foreign policy chief Kaja Kallas, ended without a breakthrough.",
                ["Abbas Araghchi", "Jean-Noel Barrot", "Kaja Kallas"],
            ),
            ("The talks, which included discussions on nuclear inspections, ended late.", ["Abbas Araghchi", "Jean-Noel Barrot"]),
        ],
    )
    def test_the_people_a_meeting_included(self, second: str, people: list[str]) -> None:
        """ "The meeting, which also included Kaja Kallas, …": one more participant; "which included discussions"
        names none."""
        result = diplomeet.extract(
            "Foreign Minister Abbas Araghchi met Foreign Minister Jean-Noel Barrot in New York on Tuesday. " + second,
            published=PUBLISHED,
        )
        assert [f[0] for f in facts(result)] == [people]


class TestDescribedSidesNamedNext:
    def test_the_lede_meeting_is_the_one_named_next(self) -> None:
        """ "Turkey's foreign minister met his Greek counterpart on Friday. Hakan Fidan and George Gerapetritis
        spoke for about two hours …": one meeting, of the people named, on the lede's day."""
        result = diplomeet.extract(
            "Turkey's foreign minister met his Greek counterpart on Friday in a bid to ease tension. Hakan Fidan and "
            "George Gerapetritis spoke for about two hours, according to diplomats.",
            published=PUBLISHED,
        )
        assert facts(result) == [(["Hakan Fidan", "George Gerapetritis"], "held", "2023-06-16", None, 120)]

    def test_described_sides_no_one_names(self) -> None:
        """ "Turkey's foreign minister met his Greek counterpart on Friday" alone: a meeting of unnamed parties."""
        result = diplomeet.extract(
            "Turkey's foreign minister met his Greek counterpart on Friday.", published=PUBLISHED
        )
        assert [(m.to_dict()["participants"], m.to_dict()["others"]) for m in result.meetings] == [
            ([], ["Turkey's foreign minister", "his Greek counterpart"])
        ]


class TestOnePredicateAfterAModal:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Prime Minister Shigeru Ishiba and President Donald Trump will meet at the White House on June 27 and "
                "discuss tariffs.",
                [(["Shigeru Ishiba", "Donald Trump"], "planned", "2023-06-27", "White House", None)],
                id="will-meet-and-discuss",
            ),
            pytest.param(
                "A spokesman said Prime Minister Shigeru Ishiba and President Donald Trump would meet at the White "
                "House on June 27 and discuss tariffs.",
                [(["Shigeru Ishiba", "Donald Trump"], "planned", "2023-06-27", "White House", None)],
                id="would-meet-and-discuss",
            ),
            pytest.param(
                "Prime Minister Shigeru Ishiba and President Donald Trump met at the White House on June 7 and "
                "discussed tariffs.",
                [(["Shigeru Ishiba", "Donald Trump"], "held", "2023-06-07", "White House", None)],
                id="met-and-discussed",
            ),
        ],
    )
    def test_a_verb_after_and_shares_the_modal(self, text: str, expected: list[Facts]) -> None:
        """ "will meet … and discuss tariffs": the second verb is the same planned meeting, not one held a year
        before."""
        assert facts(diplomeet.extract(text, published=PUBLISHED)) == expected


class TestJoiningTheMeetingJustTold:
    LEDE = "President Vladimir Putin met envoy Steve Witkoff at the Kremlin on Tuesday. "

    @pytest.mark.parametrize(
        "second",
        [
            pytest.param("Kirill Dmitriev also attended the talks.", id="attended-the-talks"),
            pytest.param("Kirill Dmitriev joined the meeting.", id="joined-the-meeting"),
            pytest.param("Kirill Dmitriev, who joined part of the talks, said they were useful.", id="part-of"),
            pytest.param("Kirill Dmitriev also took part in the talks.", id="took-part-in-the-talks"),
            pytest.param("Kirill Dmitriev, Putin's investment envoy, also took part.", id="took-part"),
            pytest.param("Kirill Dmitriev also participated.", id="participated"),
        ],
    )
    def test_one_more_participant(self, second: str) -> None:
        """ "X also attended the talks", "who joined part of the talks", "X also took part.": X was at the
        meeting just told."""
        result = diplomeet.extract(self.LEDE + second, published="2025-12-03")
        assert facts(result) == [
            (["Vladimir Putin", "Steve Witkoff", "Kirill Dmitriev"], "held", "2025-12-02", "Kremlin", None)
        ]

    @pytest.mark.parametrize(
        "second",
        [
            pytest.param("Kirill Dmitriev attended the summit.", id="an-event"),
            pytest.param("Kirill Dmitriev took part in a forum in Sochi.", id="took-part-in-something-else"),
        ],
    )
    def test_another_event_adds_no_one(self, second: str) -> None:
        """ "attended the summit", "took part in a forum": not the talks just told."""
        result = diplomeet.extract(self.LEDE + second, published="2025-12-03")
        assert facts(result)[0] == (["Vladimir Putin", "Steve Witkoff"], "held", "2025-12-02", "Kremlin", None)


class TestSomeOfThePeopleToldAgain:
    LEDE = (
        "President Vladimir Putin met envoys Steve Witkoff and Jared Kushner at the Kremlin on Tuesday. The talks "
        "lasted five hours. "
    )

    def test_a_meeting_of_some_of_them_this_year_is_the_same(self) -> None:
        """ "It was Witkoff's sixth meeting with Putin this year": the meeting just told, not one more of the
        year."""
        result = diplomeet.extract(self.LEDE + "It was Witkoff's sixth meeting with Putin this year.", published="2025-12-03")
        assert facts(result) == [
            (["Vladimir Putin", "Steve Witkoff", "Jared Kushner"], "held", "2025-12-02", "Kremlin", 300)
        ]

    def test_a_meeting_of_some_of_them_on_another_day_is_another(self) -> None:
        """A day of its own makes it another meeting."""
        result = diplomeet.extract(self.LEDE + "Witkoff had met Putin on Nov. 20 in St Petersburg.", published="2025-12-03")
        assert [f[:3] for f in facts(result)] == [
            (["Vladimir Putin", "Steve Witkoff", "Jared Kushner"], "held", "2025-12-02"),
            (["Steve Witkoff", "Vladimir Putin"], "held", "2025-11-20"),
        ]


class TestTheTwoWithNoNoun:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Secretary of State Antony Blinken met Foreign Minister Wang Yi in Beijing on Monday. The two "
                "discussed Taiwan.",
                [(["Antony Blinken", "Wang Yi"], "held", "2023-06-19", "Beijing", None)],
                id="the-meeting-just-told",
            ),
            pytest.param(
                "German Defence Minister Boris Pistorius said he would not meet Pete Hegseth this week but that the "
                "two had spoken by phone last month.",
                [(["Boris Pistorius", "Pete Hegseth"], "held", "2023-05-01", None, None)],
                id="the-speaker-and-the-one-he-names",
            ),
            pytest.param(
                "Delegates from the two states met in Geneva on Monday.",
                [],
                id="after-a-preposition-no-pair",
            ),
        ],
    )
    def test_the_two_before_a_verb_are_the_pair(self, text: str, expected: list[Facts]) -> None:
        """ "The two discussed Taiwan", "… but that the two had spoken by phone": "the two" with no noun before
        a verb is the two parties just named (the speaker, when a pronoun of his own words names him, and the one
        named); after a preposition it is no subject."""
        assert facts(diplomeet.extract(text, published=PUBLISHED)) == expected


class TestAPlanCarriedOut:
    def test_a_plan_then_the_meeting_in_its_time_is_one_meeting(self) -> None:
        """ "said he intends to meet Wang Yi this month. The two met in Jakarta on June 5.": the plan carried out,
        one held meeting on its day."""
        result = diplomeet.extract(
            "Secretary of State Antony Blinken said he intends to meet Foreign Minister Wang Yi this month. The two "
            "met in Jakarta on June 5.",
            published=PUBLISHED,
        )
        assert facts(result) == [(["Antony Blinken", "Wang Yi"], "held", "2023-06-05", "Jakarta", None)]

    def test_a_plan_told_after_the_meeting_is_another(self) -> None:
        """ "met on Monday. They will meet again later this month.": a second meeting, still planned."""
        result = diplomeet.extract(
            "Secretary of State Antony Blinken met Foreign Minister Wang Yi in Jakarta on Monday. The two will meet "
            "again later this month.",
            published=PUBLISHED,
        )
        assert [f[:3] for f in facts(result)] == [
            (["Antony Blinken", "Wang Yi"], "held", "2023-06-19"),
            (["Antony Blinken", "Wang Yi"], "planned", "2023-06-01"),
        ]


class TestTripsOfAnotherTime:
    def test_a_trip_this_week_is_not_next_year_s_summit(self) -> None:
        """ "would host the next annual summit in 2025" and "is due to travel to Guyana on Tuesday": the trip is
        not the summit's, which takes neither its place nor its place in the list."""
        result = diplomeet.extract(
            "Prime Minister Narendra Modi and Prime Minister Anthony Albanese met in Rio de Janeiro on Monday. "
            "Albanese said Australia would host the next annual summit with Modi in 2025. Modi is due to travel to "
            "Guyana on Tuesday, the foreign ministry said.",
            published="2024-11-18",
        )
        assert [(m.status.value, m.kind.value, [p.name for p in m.participants], m.location and m.location.text,
                 m.date and m.date.value.isoformat()) for m in result.meetings] == [
            ("held", "meeting", ["Narendra Modi", "Anthony Albanese"], "Rio de Janeiro", "2024-11-18"),
            ("planned", "summit", ["Anthony Albanese", "Narendra Modi"], None, "2025-01-01"),
            ("planned", "visit", ["Narendra Modi"], "Guyana", "2024-11-19"),
        ]


class TestTheTimeOfAnotherEvent:
    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(
                "The talks between Prince Faisal bin Farhan and Hossein Amir-Abdollahian followed a China-brokered "
                "deal last month.",
                id="followed",
            ),
            pytest.param(
                "The talks between Prince Faisal bin Farhan and Hossein Amir-Abdollahian came after a China-brokered "
                "deal last month.",
                id="came-after",
            ),
        ],
    )
    def test_a_time_after_the_event_a_sequence_names_is_that_event_s(self, text: str) -> None:
        """ "The talks followed a deal last month": the month is the deal's; the talks have no date."""
        assert facts(diplomeet.extract(text, published=PUBLISHED)) == [
            (["Faisal bin Farhan", "Hossein Amir-Abdollahian"], "held", "", None, None)
        ]

    def test_a_time_right_after_the_sequence_is_the_meeting_s(self) -> None:
        """ "met after 5 p.m. on Thursday": the time is the meeting's, and so is a length after "after noon"."""
        result = diplomeet.extract(
            "Faisal bin Farhan and Hossein Amir-Abdollahian met after 5 p.m. on Thursday. The call took place shortly "
            "after noon and lasted roughly 25 minutes.",
            published=PUBLISHED,
        )
        assert facts(result)[0][:3] == (["Faisal bin Farhan", "Hossein Amir-Abdollahian"], "held", "2023-06-15")


class TestATripWithATimeOfItsOwn:
    def test_a_trip_in_september_is_not_the_meeting_in_june(self) -> None:
        """ "During Lee's two-day trip, which begins on Sept. 23, …": the relative clause dates the trip, so it is
        no mention of the June meeting just told."""
        result = diplomeet.extract(
            "President Lee Jae-myung and Prime Minister Shigeru Ishiba first met on the sidelines of the Group of "
            "Seven summit in Canada in June. During Lee's two-day trip, which begins on Sept. 23, he is also "
            "scheduled to visit a memorial in Osaka.",
            published="2025-09-09",
        )
        assert [evidence(m) for m in result.meetings] == [["Lee Jae-myung and Prime Minister Shigeru Ishiba first met"]]


class TestWithOfAnInnerVerb:
    def test_the_partner_of_cooperation_is_no_party(self) -> None:
        """ "would discuss ways to strengthen trilateral cooperation with the United States": "with" belongs to the
        verb after "to", so the United States is no party of the summit."""
        result = diplomeet.extract(
            "President Lee Jae-myung will hold a summit with Prime Minister Shigeru Ishiba in Tokyo later this month. "
            "The two leaders would discuss ways to strengthen trilateral cooperation with the United States.",
            published="2025-09-09",
        )
        assert [(m.to_dict()["participants"], m.to_dict()["others"]) for m in result.meetings] == [
            (["Lee Jae-myung", "Shigeru Ishiba"], [])
        ]

    def test_a_party_after_a_list_of_issues_still_counts(self) -> None:
        """ "discussed bilateral, regional and global issues with his counterpart": the far "with" of the verb."""
        result = diplomeet.extract(
            "Foreign Minister Wang Yi discussed bilateral, regional and global issues with Foreign Minister Penny Wong.",
            published=PUBLISHED,
        )
        assert [m.to_dict()["participants"] for m in result.meetings] == [["Wang Yi", "Penny Wong"]]


class TestLeadersAtLarge:
    def test_leaders_with_no_determiner_are_not_the_two_just_named(self) -> None:
        """ "held a summit with Gulf Arab leaders": leaders at large, an unnamed party; not the two people of the
        meeting told before ("the leaders", "both leaders" would be)."""
        result = diplomeet.extract(
            "Prince Faisal bin Farhan met Hossein Amir-Abdollahian in Beijing. Earlier this year, President Xi "
            "Jinping visited Riyadh, where he held a summit with Gulf Arab leaders.",
            published="2023-04-07",
        )
        assert [(m.to_dict()["participants"], m.to_dict()["others"]) for m in result.meetings] == [
            (["Faisal bin Farhan", "Hossein Amir-Abdollahian"], []),
            (["Xi Jinping"], ["Saudi Arabia", "Gulf Arab leaders"]),
        ]


class TestDuringAVisitTo:
    def test_the_visit_s_destination_is_the_meeting_s_place(self) -> None:
        """ "During a three-day state visit to China, Macron held talks with Xi": the talks took place in China."""
        result = diplomeet.extract(
            "During a three-day state visit to China, President Emmanuel Macron held talks with Xi Jinping.",
            published=PUBLISHED,
        )
        assert [(m.location.text if m.location else None) for m in result.meetings] == ["China"]


class TestSpokeWithAnAdverbBetween:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "President Tayyip Erdogan also spoke separately with President Volodymyr Zelenskiy on Sunday.",
                [(["Tayyip Erdogan", "Volodymyr Zelenskiy"], "held", "2023-06-18", None, None)],
                id="separately-with-a-person",
            ),
            pytest.param("President Tayyip Erdogan spoke briefly with reporters on Sunday.", [], id="with-the-press"),
        ],
    )
    def test_an_adverb_between_spoke_and_with(self, text: str, expected: list[Facts]) -> None:
        """ "spoke separately with Zelenskiy": a call, as "spoke with" is; "spoke briefly with reporters" is none."""
        assert facts(diplomeet.extract(text, published=PUBLISHED)) == expected


class TestAShareOfTheMeeting:
    def test_joined_for_part_of_the_meeting_is_the_meeting_planned(self) -> None:
        """ "X and Y will be joined by … for part of the meeting": the meeting just told, not another one."""
        result = diplomeet.extract(
            "British Prime Minister Keir Starmer will host Ukrainian President Volodymyr Zelenskiy at Downing Street"
            " on Thursday, his office said. Starmer and Zelenskiy will be joined by the leaders of France and"
            " Germany for part of the meeting, a spokesperson said.",
            published="2025-01-20",
        )
        assert facts(result) == [
            (["Keir Starmer", "Volodymyr Zelenskiy"], "planned", "2025-01-23", "Downing Street", None)
        ]


class TestTheMeetingOfTheTeller:
    LEDE = (
        "NATO Secretary General Mark Rutte met Turkish Foreign Minister Hakan Fidan in Brussels on Tuesday. "
        "Fidan is due to travel to Washington on Thursday for talks with Secretary of State Marco Rubio. "
    )

    def test_the_meeting_told_by_one_of_its_people(self) -> None:
        """ "Rutte told reporters after the meeting, which lasted about 90 minutes": Rutte's meeting, though
        Fidan's planned talks with Rubio were told since."""
        result = diplomeet.extract(
            self.LEDE + "“We had a frank exchange,” Rutte told reporters after the meeting, which lasted about 90 minutes.",
            published="2025-06-11",
        )
        assert facts(result) == [
            (["Mark Rutte", "Hakan Fidan"], "held", "2025-06-10", "Brussels", 90),
            (["Hakan Fidan", "Marco Rubio"], "planned", "2025-06-12", "Washington", None),
        ]

    def test_told_by_someone_of_no_meeting(self) -> None:
        """Told by no one of an earlier meeting: the facts stay with the meeting told last, as before."""
        result = diplomeet.extract(
            self.LEDE + "Erdogan said the talks would last about 90 minutes.",
            published="2025-06-11",
        )
        assert facts(result) == [
            (["Mark Rutte", "Hakan Fidan"], "held", "2025-06-10", "Brussels", None),
            (["Hakan Fidan", "Marco Rubio"], "planned", "2025-06-12", "Washington", 90),
        ]


class TestTheLeadersAreLeaders:
    LEDE = (
        "Indian Prime Minister Narendra Modi hosted Japanese Prime Minister Shigeru Ishiba for a summit in New Delhi"
        " on Monday. Ishiba arrived on Sunday evening and was received at the airport by External Affairs Minister"
        " S. Jaishankar. "
    )

    def test_the_leaders_skip_a_minister_s_meeting(self) -> None:
        """ "The leaders last met in June": the two heads of government, not the minister who received one of
        them since."""
        result = diplomeet.extract(self.LEDE + "The leaders last met in Canada in June.", published="2025-03-04")
        assert facts(result) == [
            (["Narendra Modi", "Shigeru Ishiba"], "held", "2025-03-03", "New Delhi", None),
            (["Shigeru Ishiba", "S. Jaishankar"], "held", "2025-03-02", "New Delhi", None),
            (["Narendra Modi", "Shigeru Ishiba"], "held", "2024-06-01", "Canada", None),
        ]

    def test_the_two_sides_are_still_the_last_meeting_s(self) -> None:
        """A noun of no rank ("the two sides") still refers to the meeting told last."""
        result = diplomeet.extract(self.LEDE + "The two sides last met in Canada in June.", published="2025-03-04")
        assert facts(result)[-1] == (["Shigeru Ishiba", "S. Jaishankar"], "held", "2024-06-01", "Canada", None)


class TestAMeetingBeforeTheTrip:
    def test_a_trip_the_day_after_does_not_place_the_meeting(self) -> None:
        """ "is due to meet Xi on Thursday … will fly on to Shanghai on Friday": the meeting is held where the
        visitor is, not where he goes next."""
        result = diplomeet.extract(
            "Chinese Premier Li Qiang and German Chancellor Friedrich Merz held talks in Beijing on Wednesday."
            " Merz is due to meet President Xi Jinping on Thursday. Merz will fly on to Shanghai on Friday to"
            " visit a Volkswagen plant, a government spokesman said.",
            published="2025-07-16",
        )
        assert facts(result)[:2] == [
            (["Li Qiang", "Friedrich Merz"], "held", "2025-07-16", "Beijing", None),
            (["Friedrich Merz", "Xi Jinping"], "planned", "2025-07-17", "Beijing", None),
        ]

    def test_a_trip_the_day_before_places_the_meeting(self) -> None:
        """ "will travel to Beijing on Sunday … will meet Xi on Monday": the meeting is held where the trip goes."""
        result = diplomeet.extract(
            "Secretary of State Antony Blinken will travel to Beijing on Sunday, the State Department said."
            " Blinken will meet President Xi Jinping on Monday.",
            published="2023-06-14",
        )
        assert (["Antony Blinken", "Xi Jinping"], "planned", "2023-06-19", "Beijing", None) in facts(result)


class TestTheDayItWasSaid:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Russian President Vladimir Putin said on Wednesday he was ready to meet Ukrainian President"
                " Volodymyr Zelenskiy.",
                [(["Vladimir Putin", "Volodymyr Zelenskiy"], "planned", "", None, None)],
                id="said-on-a-day",
            ),
            pytest.param(
                "The Kremlin said Wednesday that President Vladimir Putin would meet President Donald Trump.",
                [(["Vladimir Putin", "Donald Trump"], "planned", "", None, None)],
                id="said-a-day-that",
            ),
            pytest.param(
                "President Donald Trump told reporters on Wednesday he would meet Chinese President Xi Jinping in"
                " April.",
                [(["Donald Trump", "Xi Jinping"], "planned", "2026-04-01", None, None)],
                id="a-time-of-its-own",
            ),
            pytest.param(
                "President Joe Biden made a promise on Tuesday to visit Kyiv before the end of the year.",
                [(["Joe Biden"], "planned", "2025-01-01", "Kyiv", None)],
                id="promised-on-a-day",
            ),
        ],
    )
    def test_a_day_after_the_reporting_verb_is_not_the_meeting_s(self, text: str, expected: list[Facts]) -> None:
        """ "said on Wednesday he was ready to meet X": Wednesday is when it was said; the meeting has no date."""
        assert facts(diplomeet.extract(text, published="2025-09-03")) == expected


class TestOnTheOccasionOfTheTalks:
    LEDE = "Chinese President Xi Jinping held talks with Malaysian Prime Minister Anwar Ibrahim in Beijing on Monday. "

    @pytest.mark.parametrize("opening", ["Prior to the talks", "Before the talks", "Ahead of the talks", "After the meeting"])
    def test_a_sentence_opening_with_the_talks_just_told_is_of_their_day(self, opening: str) -> None:
        """ "Prior to the talks, Anwar paid a courtesy call on Li": on the day of the talks, and so in their city."""
        result = diplomeet.extract(
            self.LEDE + opening + ", Anwar paid a courtesy call on Premier Li Qiang.", published="2025-04-15"
        )
        assert [f[1:4] for f in facts(result)] == [
            ("held", "2025-04-14", "Beijing"),
            ("held", "2025-04-14", "Beijing"),
        ]

    def test_since_the_talks_is_no_day(self) -> None:
        """ "Since the talks, …": any day after them; the meeting has no date of its own."""
        result = diplomeet.extract(self.LEDE + "Since the talks, Anwar has met Premier Li Qiang.", published="2025-04-15")
        assert facts(result)[1][2] == ""


class TestAnEarlierTripsMeeting:
    def test_a_meeting_in_the_when_clause_of_a_trip_told_as_earlier(self) -> None:
        """ "He last visited in February, when he also met Netanyahu": February's meeting, not Sunday's."""
        result = diplomeet.extract(
            "U.S. Secretary of State Marco Rubio arrived in Israel on Sunday for a two-day visit, meeting Prime"
            " Minister Benjamin Netanyahu in Jerusalem. It is Rubio's second trip to Israel as secretary of state."
            " He last visited in February, when he also met Netanyahu.",
            published="2025-09-14",
        )
        assert [f[:3] for f in facts(result)] == [
            (["Marco Rubio", "Benjamin Netanyahu"], "held", "2025-09-14"),
            (["Marco Rubio", "Benjamin Netanyahu"], "held", "2025-02-01"),
        ]


class TestANamedPartyAfterAnUnnamedOne:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "On Monday, Rubio is due to meet families of hostages held in Gaza and President Isaac Herzog.",
                [(["Rubio", "Isaac Herzog"], "planned", "2025-09-15", None, None)],
                id="families-and-a-president",
            ),
            pytest.param(
                "Rubio met relatives of hostages and President Isaac Herzog in Jerusalem on Sunday.",
                [(["Rubio", "Isaac Herzog"], "held", "2025-09-14", "Jerusalem", None)],
                id="place-after-the-party",
            ),
            pytest.param("Rubio will meet students and journalists on Monday.", [], id="no-one-named"),
        ],
    )
    def test_the_person_after_and_is_met(self, text: str, expected: list[Facts]) -> None:
        """ "meet families of hostages held in Gaza and President Isaac Herzog": Herzog is met, and Gaza is the
        hostages' place, not the meeting's."""
        assert facts(diplomeet.extract(text, published="2025-09-14")) == expected


class TestDatelineForUnnamedParties:
    def test_a_named_party_and_unnamed_ones_meet_in_the_dateline_city(self) -> None:
        """ "NEW YORK (Reuters) - Araqchi met his European counterparts on Tuesday": held where the story is
        filed from, as a meeting of two named people is."""
        result = diplomeet.extract(
            "NEW YORK (Reuters) - Iranian Foreign Minister Abbas Araqchi met his French, British and German"
            " counterparts on Tuesday in a last-ditch attempt to avert the return of sanctions.",
            published="2025-09-24",
        )
        assert [(m.others, m.location.text if m.location else None) for m in result.meetings] == [
            (("his French, British and German counterparts",), "NEW YORK")
        ]

    def test_a_visit_is_not_placed_by_the_dateline(self) -> None:
        """A trip's unnamed party is where it goes: the dateline does not place it."""
        result = diplomeet.extract(
            "NEW YORK (Reuters) - Iranian Foreign Minister Abbas Araqchi paid a visit to Iraq on Tuesday.",
            published="2025-09-24",
        )
        assert [m.location.text if m.location else None for m in result.meetings] == ["Iraq"]


class TestTheCallToldLast:
    def test_the_call_is_the_call_though_a_meeting_was_told_since(self) -> None:
        """ "received a phone call from Li on Tuesday, a day after he met Trump. The call lasted 30 minutes": the
        call's length, not the meeting's."""
        result = diplomeet.extract(
            "Australian Prime Minister Anthony Albanese received a phone call from Chinese Premier Li Qiang on"
            " Tuesday, a day after Albanese met U.S. President Donald Trump at the White House. The call lasted 30"
            " minutes, Albanese's office said.",
            published="2025-10-21",
        )
        assert facts(result) == [
            (["Anthony Albanese", "Li Qiang"], "held", "2025-10-21", None, 30),
            (["Anthony Albanese", "Donald Trump"], "held", "2025-10-20", "White House", None),
        ]


class TestAMeetingNamedInAQuotation:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "“President Donald J. Trump of the United States and Chairman Kim Jong Un of the State Affairs"
                " Commission of the Democratic People's Republic of Korea had very good and constructive meetings in"
                " Hanoi, Vietnam, on February 27-28, 2019,” the statement said.",
                [
                    (["Donald J. Trump", "Kim Jong Un"], "held", "2019-02-27", "Hanoi", None),
                    (["Donald J. Trump", "Kim Jong Un"], "held", "2019-02-28", "Hanoi", None),
                ],
                id="a-statement-quoted",
            ),
            pytest.param(
                "“Joe Biden met Vladimir Putin in Geneva,” the historian wrote.",
                [(["Joe Biden", "Vladimir Putin"], "held", "", "Geneva", None)],
                id="both-named",
            ),
            pytest.param("“Joe Biden met him in Geneva,” the historian wrote.", [], id="one-side-unnamed"),
        ],
    )
    def test_a_quotation_naming_both_parties_reports_their_meeting(self, text: str, expected: list[Facts]) -> None:
        """Inside a quotation, a meeting whose parties are all people named there is reported as the article's
        own words would report it (a White House statement quoted: "Trump and Kim had very good meetings")."""
        assert facts(diplomeet.extract(text, published="2019-03-01")) == expected


class TestFrankAndConstructive:
    @pytest.mark.parametrize(
        "text",
        [
            "Trump and Kim held frank and constructive talks in Hanoi on Wednesday.",
            "Trump and Kim held a long, cordial meeting in Hanoi on Wednesday.",
        ],
    )
    def test_coordinated_adjectives_before_the_meeting_noun(self, text: str) -> None:
        """ "held frank and constructive talks": adjectives joined by "and" or a comma still leave "held" the
        noun's light verb."""
        assert facts(diplomeet.extract(text, published="2019-02-28")) == [
            (["Trump", "Kim"], "held", "2019-02-27", "Hanoi", None)
        ]


class TestAPersonOfABodyOfACountry:
    def test_of_phrases_after_each_name_of_the_subject(self) -> None:
        """ "Chairman Kim Jong Un of the State Affairs Commission of North Korea and President Moon Jae-in of the
        Republic of Korea met": the people, not their bodies or countries."""
        result = diplomeet.extract(
            "President Moon Jae-in of the Republic of Korea and Chairman Kim Jong Un of the State Affairs Commission"
            " of North Korea met at Panmunjom on Friday.",
            published="2018-04-28",
        )
        assert facts(result) == [(["Moon Jae-in", "Kim Jong Un"], "held", "2018-04-27", "Panmunjom", None)]


class TestLeadersOfABody:
    @pytest.mark.parametrize(
        ("text", "others"),
        [
            pytest.param(
                "Ukrainian President Volodymyr Zelenskyy held a video conference with leaders of the coalition on"
                " Thursday.",
                ["leaders of the coalition"],
                id="of-the-coalition",
            ),
            pytest.param(
                'Ukrainian President Volodymyr Zelenskyy held a video conference with leaders of the "coalition of'
                ' the willing" on Thursday.',
                ['leaders of the "coalition of the willing"'],
                id="quoted-name",
            ),
        ],
    )
    def test_leaders_of_a_body_named_in_common_words(self, text: str, others: list[str]) -> None:
        """ "leaders of the coalition": an unnamed party, as "leaders of the Group of Seven" is."""
        result = diplomeet.extract(text, published="2025-08-28")
        assert [(facts(result)[0][:3], list(m.others)) for m in result.meetings] == [
            ((["Volodymyr Zelenskyy"], "held", "2025-08-28"), others)
        ]


class TestCoChairedTheMeetingJustTold:
    def test_co_chairs_join_the_meeting_just_told(self) -> None:
        """ "Starmer and Macron co-chaired the virtual meeting": they took part in the video conference just told,
        not in a meeting of their own."""
        result = diplomeet.extract(
            "Ukrainian President Volodymyr Zelenskyy held a video conference with European leaders on Thursday."
            " British Prime Minister Keir Starmer and French President Emmanuel Macron co-chaired the virtual"
            " meeting.",
            published="2025-08-28",
        )
        assert facts(result) == [
            (["Volodymyr Zelenskyy", "Keir Starmer", "Emmanuel Macron"], "held", "2025-08-28", None, None)
        ]

    def test_co_chairing_with_no_meeting_told_is_a_meeting(self) -> None:
        """With no meeting told before, the co-chairs met."""
        result = diplomeet.extract(
            "British Prime Minister Keir Starmer and French President Emmanuel Macron co-chaired the meeting on"
            " Thursday.",
            published="2025-08-28",
        )
        assert facts(result) == [(["Keir Starmer", "Emmanuel Macron"], "held", "2025-08-28", None, None)]


class TestHisInARelativeClause:
    def test_his_is_the_person_the_relative_clause_hangs_on(self) -> None:
        """ "a call with Stubb, who had briefed him on his conversation with Trump": Stubb's conversation."""
        result = diplomeet.extract(
            "On Sunday, Ukrainian President Volodymyr Zelenskyy had a call with Finnish President Alexander Stubb,"
            " who had briefed him on his conversation with U.S. President Donald Trump.",
            published="2025-08-25",
        )
        assert [f[0] for f in facts(result)] == [
            ["Volodymyr Zelenskyy", "Alexander Stubb"],
            ["Alexander Stubb", "Donald Trump"],
        ]


class TestWhereClauseAfterATime:
    def test_the_place_before_the_time_before_where(self) -> None:
        """ "before leaving for Malaysia on Tuesday, where he is due to hold talks with Anwar": in Malaysia."""
        result = diplomeet.extract(
            "Xi will also meet President Luong Cuong before leaving for Malaysia on Tuesday, where he is due to hold"
            " talks with Prime Minister Anwar Ibrahim.",
            published="2025-04-14",
        )
        assert facts(result) == [
            (["Xi", "Luong Cuong"], "planned", "", None, None),
            (["Xi", "Anwar Ibrahim"], "planned", "2025-04-15", "Malaysia", None),
        ]


class TestThenTitle:
    def test_a_person_after_a_then_title_is_met(self) -> None:
        """ "met then-General Secretary Nguyen Phu Trong": Trong, whom the title of the time names."""
        result = diplomeet.extract(
            "Xi last visited Vietnam in December 2023, when he met then-General Secretary Nguyen Phu Trong.",
            published="2025-04-14",
        )
        assert [f[:3] for f in facts(result)] == [(["Xi", "Nguyen Phu Trong"], "held", "2023-12-01")]


class TestUnnamedPeopleMet:
    def test_local_business_leaders_are_not_the_pair_just_told(self) -> None:
        """ "where he will meet local business leaders": no meeting of the pair told before, but his meeting with
        the unnamed business leaders, there and then."""
        result = diplomeet.extract(
            "Prime Minister Anthony Albanese met Premier Li Qiang in Beijing on Tuesday. He is expected to travel to"
            " Chengdu on Wednesday, where he will meet local business leaders.",
            published="2025-07-15",
        )
        assert facts(result) == [
            (["Anthony Albanese", "Li Qiang"], "held", "2025-07-15", "Beijing", None),
            (["Anthony Albanese"], "planned", "2025-07-16", "Chengdu", None),
        ]
        assert result.meetings[1].others == ("local business leaders",)


class TestSpokeAtAMeetingInAPlace:
    def test_spoke_for_an_hour_after_met_at_a_place_is_the_meeting(self) -> None:
        """ "met Xi at the Great Hall of the People … The two spoke for about an hour": the meeting, in its
        place, not a call."""
        result = diplomeet.extract(
            "Anthony Albanese has met Chinese President Xi Jinping at the Great Hall of the People in Beijing. The"
            " prime minister and Mr Xi spoke for about an hour on Tuesday afternoon.",
            published="2025-07-15",
        )
        assert [(m.kind.value, m.location.text if m.location else None) for m in result.meetings] == [
            ("meeting", "Great Hall of the People")
        ]


class TestWhereClauseAfterATripsPurpose:
    def test_the_place_and_time_before_the_purpose(self) -> None:
        """ "travel to China later this month for the SCO summit, where he may meet Putin and Xi": in China, this
        month; and Putin's own trip to India is not folded into it."""
        result = diplomeet.extract(
            "Prime Minister Narendra Modi is expected to travel to China later this month for the SCO summit, where"
            " he may meet Russian President Vladimir Putin and Chinese President Xi Jinping. Putin is also expected"
            " to visit India later this year for the annual summit.",
            published="2025-08-21",
        )
        assert [(f[0], f[1], f[2], f[3]) for f in facts(result)] == [
            (["Narendra Modi", "Vladimir Putin", "Xi Jinping"], "planned", "2025-08-01", "China"),
            (["Vladimir Putin"], "planned", "2025-01-01", "India"),
        ]


class TestAMissedChance:
    @pytest.mark.parametrize(
        "text",
        [
            "Zelenskyy met Carney on Tuesday but missed the chance to meet Trump, who had returned to Washington.",
            "Zelenskyy met Carney on Tuesday but missed an opportunity to meet Trump.",
        ],
    )
    def test_a_meeting_missed_did_not_happen(self, text: str) -> None:
        """ "missed the chance to meet Trump": no meeting with Trump, planned or held."""
        assert facts(diplomeet.extract(text, published="2025-06-17")) == [
            (["Zelenskyy", "Carney"], "held", "2025-06-17", None, None)
        ]


class TestOnTheFringesOf:
    @pytest.mark.parametrize("where", ["on the fringes of", "on the sidelines of", "on the margins of"])
    def test_the_occasion_s_place_and_time_are_the_talks(self, where: str) -> None:
        """ "talks with Cho on the fringes of a Group of 20 foreign ministers' meeting in Johannesburg later this
        month": the talks are in Johannesburg this month, and the occasion is no topic."""
        result = diplomeet.extract(
            "Japanese Foreign Minister Takeshi Iwaya is arranging to hold talks with his South Korean counterpart"
            f" Cho Tae-yul {where} a Group of 20 foreign ministers' meeting in Johannesburg later this month.",
            published="2025-03-03",
        )
        assert facts(result) == [(["Takeshi Iwaya", "Cho Tae-yul"], "planned", "2025-03-01", "Johannesburg", None)]
        assert [t.label for m in result.meetings for t in m.topics] == []


class TestAPlanOfTwoPredicates:
    @pytest.mark.parametrize(
        ("text", "status"),
        [
            pytest.param(
                "Japanese Prime Minister Shigeru Ishiba is set to visit Seoul in mid-March and hold a summit with"
                " acting President Choi Sang-mok.",
                "planned",
                id="set-to-visit-and-hold",
            ),
            pytest.param(
                "Japanese Prime Minister Shigeru Ishiba visited Seoul in mid-March and held a summit with acting"
                " President Choi Sang-mok.",
                "held",
                id="visited-and-held",
            ),
        ],
    )
    def test_the_light_verb_after_and_shares_the_plan(self, text: str, status: str) -> None:
        """ "is set to visit Seoul and hold a summit with Choi": the summit is planned as the visit is."""
        assert [(f[0], f[1], f[3]) for f in facts(diplomeet.extract(text, published="2025-03-20"))] == [
            (["Shigeru Ishiba", "Choi Sang-mok"], status, "Seoul")
        ]


class TestLaterThatDay:
    @pytest.mark.parametrize(
        "second",
        ["Jaishankar later held talks with Sheikh Abdullah bin Zayed.", "Afterwards, Jaishankar met Sheikh Abdullah."],
    )
    def test_later_is_the_day_of_the_meeting_just_told(self, second: str) -> None:
        """ "… received Jaishankar in Abu Dhabi on Thursday. Jaishankar later held talks with Sheikh Abdullah":
        Thursday, in Abu Dhabi."""
        result = diplomeet.extract(
            "President Sheikh Mohamed bin Zayed received Indian External Affairs Minister S. Jaishankar in Abu Dhabi"
            " on Thursday. " + second,
            published="2025-01-10",
        )
        assert [f[1:4] for f in facts(result)] == [
            ("held", "2025-01-09", "Abu Dhabi"),
            ("held", "2025-01-09", "Abu Dhabi"),
        ]


class TestGappedWithItsPreposition:
    def test_and_with_a_second_party_on_another_day(self) -> None:
        """ "spoke with Xi by phone on Tuesday and with Modi on Thursday": two calls, each on its own day."""
        result = diplomeet.extract(
            "Lula spoke with Chinese President Xi Jinping by phone on Tuesday and with Indian Prime Minister Narendra"
            " Modi on Thursday.",
            published="2025-08-07",
        )
        assert [(f[0], f[2]) for f in facts(result)] == [
            (["Lula", "Xi Jinping"], "2025-08-05"),
            (["Lula", "Narendra Modi"], "2025-08-07"),
        ]


class TestVisitToACountry:
    @pytest.mark.parametrize(
        ("text", "place"),
        [
            pytest.param(
                "Indian Prime Minister Narendra Modi is expected to visit the United States in September, officials"
                " in Washington said.",
                "United States",
                id="city-of-the-country-elsewhere",
            ),
            pytest.param(
                "Finnish President Alexander Stubb will visit Vietnam in June, the first Nordic leader to do so since"
                " Hanoi opened its embassy in Helsinki, his office said.",
                "Vietnam",
                id="city-in-another-clause",
            ),
            pytest.param(
                "Chinese Premier Li Qiang arrived in Canberra on Saturday for a four-day official visit to Australia.",
                "Canberra",
                id="city-in-the-visit's-own-words",
            ),
        ],
    )
    def test_the_country_unless_the_visit_names_the_city(self, text: str, place: str) -> None:
        """A visit to a country takes place in the country; a city of it named elsewhere in the article is not
        where the visit goes."""
        meeting = one(diplomeet.extract(text, published="2025-06-14"))
        assert (meeting.kind.value, meeting.location.text if meeting.location else None) == ("visit", place)


class TestPlanForAComingPeriod:
    @pytest.mark.parametrize("period", ["next week", "next month"])
    def test_a_call_held_before_it_is_another_meeting(self, period: str) -> None:
        """ "will travel to Washington next week to meet Trump … spoke by telephone with Trump on Wednesday": the
        call is not the plan carried out."""
        result = diplomeet.extract(
            f"British Prime Minister Keir Starmer will travel to Washington {period} to meet U.S. President Donald"
            " Trump, Downing Street said on Thursday. Starmer spoke by telephone with Trump on Wednesday evening.",
            published="2025-02-20",
        )
        assert [(f[1], f[3]) for f in facts(result)] == [("planned", "Washington"), ("held", None)]
        assert result.meetings[1].kind.value == "call"

    def test_a_plan_for_this_week_carried_out(self) -> None:
        """ "announced his intention to speak to Lavrov this week … the two discussed …": one held call."""
        result = diplomeet.extract(
            "Secretary of State Antony Blinken announced on Monday his intention to speak to Russian Foreign Minister"
            " Sergei Lavrov this week. Blinken spoke with Lavrov by phone on Wednesday.",
            published="2022-07-29",
        )
        assert [(f[1], f[2]) for f in facts(result)] == [("held", "2022-07-27")]


class TestCallNouns:
    @pytest.mark.parametrize(
        "text",
        [
            "Prime Minister Narendra Modi held a telephonic conversation with President Vladimir Putin on Friday.",
            "Chinese President Xi Jinping held phone talks with Russian President Vladimir Putin on Friday.",
            "Narendra Modi and Vladimir Putin held telephone talks on Friday.",
            "Narendra Modi and Vladimir Putin held video talks on Friday.",
        ],
    )
    def test_talks_by_phone_or_video_are_a_call(self, text: str) -> None:
        """ "held a telephonic conversation", "held phone talks" (Indian and Chinese wire usage): a call."""
        meeting = one(diplomeet.extract(text, published="2024-03-05"))
        assert (meeting.kind.value, meeting.status.value, meeting.date.value.isoformat() if meeting.date else "") == (
            "call",
            "held",
            "2024-03-01",
        )


class TestDuringTheMeetingAfterAVisit:
    def test_the_length_of_the_meeting_told_with_its_protagonist(self) -> None:
        """ "… met his Japanese counterpart Iwaya in Seoul on Sunday. It was Iwaya's first visit to South Korea …
        During the 90-minute meeting, Cho asked …": the meeting lasted 90 minutes."""
        result = diplomeet.extract(
            "SEOUL, Dec 1 (Yonhap) -- Foreign Minister Cho Tae-yul met with his Japanese counterpart Takeshi Iwaya in"
            " Seoul on Sunday, the foreign ministry said.\n\nIt was Iwaya's first visit to South Korea since taking"
            " office in October.\n\nDuring the 90-minute meeting, Cho asked Japan to take steps on the issue of"
            " wartime forced labor, according to the ministry.",
            published="2024-12-01",
        )
        assert facts(result) == [(["Cho Tae-yul", "Takeshi Iwaya"], "held", "2024-12-01", "Seoul", 90)]


class TestMembersOfAGroupMet:
    @pytest.mark.parametrize(
        ("text", "people", "others"),
        [
            pytest.param(
                "Ukrainian President Volodymyr Zelenskyy met a group of U.S. senators in Kyiv on Friday, including"
                " Lindsey Graham and Richard Blumenthal, and discussed sanctions.",
                ["Volodymyr Zelenskyy", "Lindsey Graham", "Richard Blumenthal"],
                ("U.S. senators",),
                id="after-place-and-time",
            ),
            pytest.param(
                "Ukrainian President Volodymyr Zelenskyy met U.S. senators including Lindsey Graham and Richard"
                " Blumenthal in Kyiv on Friday.",
                ["Volodymyr Zelenskyy", "Lindsey Graham", "Richard Blumenthal"],
                ("U.S. senators",),
                id="right-after-the-group",
            ),
            pytest.param(
                "Chinese President Xi Jinping met U.S. business leaders, including Tesla chief executive Elon Musk, in"
                " Beijing on Friday.",
                ["Xi Jinping", "Elon Musk"],
                ("U.S. business leaders",),
                id="business-leaders",
            ),
        ],
    )
    def test_the_people_named_after_including_take_part(
        self, text: str, people: list[str], others: tuple[str, ...]
    ) -> None:
        """ "met a group of U.S. senators …, including Graham and Blumenthal": the members named take part."""
        meeting = one(diplomeet.extract(text, published="2024-12-07"))
        assert ([p.name for p in meeting.participants], meeting.others, meeting.date.value.isoformat()) == (
            people,
            others,
            "2024-12-06",
        )

    def test_no_one_past_a_verb(self) -> None:
        """ "met U.S. senators on Friday and later said that several countries, including France, …": no member."""
        meeting = one(
            diplomeet.extract(
                "Ukrainian President Volodymyr Zelenskyy met U.S. senators on Friday and later said several allies,"
                " including President Emmanuel Macron, had offered help.",
                published="2024-12-07",
            )
        )
        assert [p.name for p in meeting.participants] == ["Volodymyr Zelenskyy"]


class TestPurposeOfTheMeetingJustTold:
    def test_to_discuss_after_its_parties_is_that_meeting(self) -> None:
        """ "met Friday with Hamas political chief Haniyeh and Egyptian intelligence chief Kamel to discuss the
        proposal, two officials familiar with the talks said. The officials spoke on condition of anonymity …":
        one meeting of the three, whose evidence is its own words."""
        result = diplomeet.extract(
            "DOHA, Qatar (AP) — Qatar's emir, Sheikh Tamim bin Hamad Al Thani, met Friday with Hamas political chief"
            " Ismail Haniyeh and Egyptian intelligence chief Abbas Kamel to discuss the latest cease-fire proposal,"
            " two officials familiar with the talks said.\n\nThe officials spoke on condition of anonymity because"
            " they were not authorized to brief the media.",
            published="2024-11-19",
        )
        assert facts(result) == [
            (["Tamim bin Hamad Al Thani", "Ismail Haniyeh", "Abbas Kamel"], "held", "2024-11-15", None, None)
        ]
        assert not any("spoke" in text for text in evidence(result.meetings[0]))

    def test_agreed_to_meet_again_is_another_meeting(self) -> None:
        """ "met on Monday and agreed to meet again next year": the infinitive follows another verb."""
        result = diplomeet.extract(
            "Chinese President Xi Jinping met U.S. President Joe Biden on Monday and agreed to meet again next year.",
            published="2024-11-19",
        )
        assert [(f[1], f[2]) for f in facts(result)] == [("held", "2024-11-18"), ("planned", "2025-01-01")]


class TestOwnAttendance:
    def test_one_person_due_to_attend_a_summit_is_not_the_pair_just_told(self) -> None:
        """ "Merz received Tusk in Berlin on Wednesday … The chancellor is due to attend a NATO summit in The Hague in
        June": no planned summit of Merz and Tusk."""
        result = diplomeet.extract(
            "German Chancellor Friedrich Merz received Polish Prime Minister Donald Tusk in Berlin on Wednesday for"
            " talks on migration. The chancellor is due to attend a NATO summit in The Hague in June.",
            published="2025-05-14",
        )
        assert facts(result) == [(["Friedrich Merz", "Donald Tusk"], "held", "2025-05-14", "Berlin", None)]


class TestDayAfterADescribedSubject:
    def test_a_day_after_the_army_chief_held_talks(self) -> None:
        """ "The council met on Tuesday …, a day after the army chief General Burhan held talks with Ruto": Monday."""
        result = diplomeet.extract(
            "The Peace and Security Council met on Tuesday to discuss the conflict in Sudan, a day after the army"
            " chief General Abdel Fattah al-Burhan held talks with Kenyan President William Ruto in Nairobi.",
            published="2025-05-14",
        )
        assert facts(result) == [
            (["Abdel Fattah al-Burhan", "William Ruto"], "held", "2025-05-12", "Nairobi", None)
        ]


class TestMeetingWordAboutAnEarlierEvent:
    def test_a_meeting_in_a_since_clause_does_not_date_the_visit(self) -> None:
        """ "Burhan's visit to Kenya was his first since the two fell out over Nairobi's hosting of a meeting of the
        RSF last year": last year is the hosting's, not the visit's."""
        result = diplomeet.extract(
            "Burhan's visit to Kenya was his first since the two fell out over Nairobi's hosting of a meeting of the"
            " rival Rapid Support Forces (RSF) last year.",
            published="2025-05-14",
        )
        assert facts(result) == [(["Burhan"], "held", "", "Kenya", None)]


class TestPlannedTalksNamedByTheirLeaders:
    def test_the_talks_will_be_led_by(self) -> None:
        """ "delegations will hold a fresh round of talks in Geneva next month … The talks will be led by Sherman and
        Ryabkov": one planned meeting of the two, in Geneva next month."""
        result = diplomeet.extract(
            "U.S. and Russian delegations will hold a fresh round of talks in Geneva next month on strategic stability,"
            " the State Department said Friday. The talks will be led by Deputy Secretary of State Wendy Sherman and"
            " Russian Deputy Foreign Minister Sergei Ryabkov.",
            published="2025-09-15",
        )
        assert facts(result) == [(["Wendy Sherman", "Sergei Ryabkov"], "planned", "2025-10-01", "Geneva", None)]


class TestFollowedByAMeeting:
    def test_a_meeting_after_followed_by_is_of_the_same_day(self) -> None:
        """ "welcomed Prabowo to Hanoi on Saturday … Lam and Prabowo held talks, followed by a meeting between
        Prabowo and Prime Minister Chinh": Saturday, in Hanoi."""
        result = diplomeet.extract(
            "Vietnam's top leader To Lam welcomed Indonesian President Prabowo Subianto to Hanoi on Saturday. Lam and"
            " Prabowo held talks at the party headquarters, followed by a meeting between Prabowo and Prime Minister"
            " Pham Minh Chinh.",
            published="2025-09-21",
        )
        assert [(f[0], f[2], f[3]) for f in facts(result)] == [
            (["To Lam", "Prabowo Subianto"], "2025-09-20", "Hanoi"),
            (["Prabowo Subianto", "Pham Minh Chinh"], "2025-09-20", "Hanoi"),
        ]


class TestJudgementWithAQuotedComplement:
    @pytest.mark.parametrize(
        "second",
        ['Zelenskiy called it "a good meeting" and thanked Trump.', "Zelenskiy called Trump “a great leader”."],
    )
    def test_called_x_quoted_complement_is_no_call(self, second: str) -> None:
        """ "called it “a good meeting”": a judgement, not a call, whatever marks its complement."""
        result = diplomeet.extract(f"Zelenskiy met Trump on Tuesday. {second}", published="2025-09-24")
        meeting = one(result)
        assert (meeting.kind.value, evidence(meeting)) == ("meeting", ["Zelenskiy met Trump"])


class TestPluralPossessiveModifier:
    @pytest.mark.parametrize("mark", ["'", "’"])
    def test_annual_leaders_meeting(self, mark: str) -> None:
        """ "held their annual leaders' meeting in Queenstown on Friday": a meeting, whatever the apostrophe."""
        result = diplomeet.extract(
            f"Christopher Luxon and Anthony Albanese held their annual leaders{mark} meeting in Queenstown on Friday.",
            published="2024-08-02",
        )
        assert facts(result) == [
            (["Christopher Luxon", "Anthony Albanese"], "held", "2024-08-02", "Queenstown", None)
        ]


class TestReadinessIsAPlan:
    @pytest.mark.parametrize(
        ("text", "others"),
        [
            pytest.param(
                'Foreign Minister Abbas Araqchi said on Saturday that Tehran was ready for "fair and balanced" talks'
                " with Washington.",
                ("Washington",),
                id="ready-for",
            ),
            pytest.param(
                "French President Emmanuel Macron is pushing for talks between Russia and Ukraine.",
                ("Russia", "Ukraine"),
                id="pushing-for",
            ),
        ],
    )
    def test_ready_for_and_pushing_for_talks_are_planned(self, text: str, others: tuple[str, ...]) -> None:
        """ "was ready for talks with Washington", "is pushing for talks between Russia and Ukraine": talks hoped
        for, not held."""
        meeting = one(diplomeet.extract(text, published="2025-03-08"))
        assert (meeting.status.value, meeting.others) == ("planned", others)


class TestHostOfAThing:
    @pytest.mark.parametrize(
        "second",
        [
            "Khamenei's office said in a statement that the letter had been received.",
            "Khamenei's office said it had received the letter.",
            "The sultan's office said he welcomed the decision.",
        ],
    )
    def test_received_a_thing_adds_nothing_to_the_meeting(self, second: str) -> None:
        """ "the letter had been received", "had received the letter": a thing received, not a guest."""
        result = diplomeet.extract(f"Araqchi met Witkoff in Muscat on Saturday. {second}", published="2025-03-08")
        assert evidence(one(result)) == ["Araqchi met Witkoff"]

    def test_received_by_a_host_is_still_the_meeting(self) -> None:
        """ "He was received by the sultan": the guest's meeting, whose words join the one just told."""
        result = diplomeet.extract(
            "Araqchi met Witkoff in Muscat on Saturday. He was received by the sultan later.", published="2025-03-08"
        )
        assert "He was received by the sultan" in evidence(result.meetings[0])


class TestAlsoAttended:
    def test_a_bare_attended_puts_its_subject_at_the_meeting_just_told(self) -> None:
        """ "… met his counterparts in Geneva on Friday. Lammy and Barrot also attended, along with Kallas": they were
        at that meeting."""
        result = diplomeet.extract(
            "Iranian Foreign Minister Abbas Araghchi met German Foreign Minister Johann Wadephul in Geneva on Friday."
            " British Foreign Secretary David Lammy and French Foreign Minister Jean-Noel Barrot also attended, along"
            " with EU foreign policy chief Kaja Kallas.",
            published="2025-06-21",
        )
        assert facts(result) == [
            (
                ["Abbas Araghchi", "Johann Wadephul", "David Lammy", "Jean-Noel Barrot", "Kaja Kallas"],
                "held",
                "2025-06-20",
                "Geneva",
                None,
            )
        ]


def test_a_delegation_of_a_country_s_people_is_those_people() -> None:
    """ "met a delegation of U.S. senators": the senators, not a "delegation of U.S." cut before its noun."""
    meeting = one(
        diplomeet.extract(
            "Ukrainian President Volodymyr Zelenskyy met a delegation of U.S. senators in Kyiv on Friday.",
            published="2024-12-07",
        )
    )
    assert meeting.others == ("U.S. senators",)


class TestDaysBeforeTheMeetingTold:
    def test_the_meeting_came_two_days_after(self) -> None:
        """ "Lee and Xi held their first summit on Saturday … The 90-minute meeting came two days after Lee hosted
        Trump": Thursday."""
        result = diplomeet.extract(
            "South Korean President Lee Jae-myung and Chinese President Xi Jinping held their first summit on"
            " Saturday in Gyeongju. The 90-minute meeting came two days after Lee hosted U.S. President Donald Trump"
            " for a summit in the same city.",
            published="2025-11-01",
        )
        assert [(f[0], f[2]) for f in facts(result)] == [
            (["Lee Jae-myung", "Xi Jinping"], "2025-11-01"),
            (["Lee Jae-myung", "Donald Trump"], "2025-10-30"),
        ]
