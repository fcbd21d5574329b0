"""Behaviour tests for participants (issue 3): names, titles, countries, and who is who in one article.

Every sentence here is written for these tests. Expectations are exact records in
the shapes of :func:`diplomeet.testing.compact`; a shape the library gets wrong
today is a strict expected failure whose reason says what goes wrong, so that the
suite says so the day it is fixed.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import diplomeet
from diplomeet import Extraction, ParticipantKind
from diplomeet.testing import compact, expect

PUBLISHED = "2023-06-20"
"""A Tuesday: the publication date of every article below."""


def mentions(result: Extraction, name: str) -> list[tuple[str, str]]:
    """(text, form) of every mention of the participant called *name*."""
    participant = result.participant(name)
    assert participant is not None, f"no participant {name!r} in {compact(result)['participants']}"
    return [(m.text, m.form.value) for m in participant.mentions]


def person(
    name: str,
    title: str | None = None,
    country: str | None = None,
    aliases: tuple[str, ...] = (),
) -> dict[str, object]:
    """The compact expectation of one person."""
    return {"name": name, "kind": "person", "title": title, "country": country, "aliases": list(aliases)}


# --------------------------------------------------------------------- titled names


class TestTitledNames:
    @pytest.mark.parametrize(
        ("text", "expected", "mention"),
        [
            pytest.param(
                "Chinese President Xi Jinping arrived in Moscow on Monday for talks.",
                person("Xi Jinping", "President", "China"),
                "Xi Jinping",
                id="demonym-title-name",
            ),
            pytest.param(
                "US Secretary of State Antony Blinken landed in Beijing on Sunday.",
                person("Antony Blinken", "Secretary of State", "United States"),
                "Antony Blinken",
                id="country-code-multiword-title",
            ),
            pytest.param(
                "China's top diplomat Wang Yi spoke to reporters in Jakarta on Thursday.",
                person("Wang Yi", "top diplomat", "China"),
                "Wang Yi",
                id="possessive-country-description-title",
            ),
            pytest.param(
                "Prime Minister of the Solomon Islands Jeremiah Manele flew to Beijing on Tuesday.",
                person("Jeremiah Manele", "Prime Minister", "Solomon Islands"),
                "Jeremiah Manele",
                id="title-of-a-country-before-the-name",
            ),
            pytest.param(
                "Minister of Foreign Affairs of Turkmenistan Rashid Meredov flew to Astana on Tuesday.",
                person("Rashid Meredov", "Minister of Foreign Affairs", "Turkmenistan"),
                "Rashid Meredov",
                id="portfolio-title-of-a-country-before-the-name",
            ),
            pytest.param(
                "Pakistan's Deputy Prime Minister and Foreign Minister Ishaq Dar flew to Beijing on Tuesday.",
                person("Ishaq Dar", "Foreign Minister", "Pakistan"),
                "Ishaq Dar",
                id="two-offices-of-one-person",
            ),
            pytest.param(
                "South African Foreign Minister Naledi Pandor flew to Brasilia on Tuesday.",
                person("Naledi Pandor", "Foreign Minister", "South Africa"),
                "Naledi Pandor",
                id="two-word-demonym-ending-in-a-modifier",
            ),
            pytest.param(
                "Paraguayan President Santiago Pena flew to Brasilia on Tuesday.",
                person("Santiago Pena", "President", "Paraguay"),
                "Santiago Pena",
                id="first-name-that-is-a-capital",
            ),
            pytest.param(
                "Vietnamese General Secretary To Lam flew to Beijing on Tuesday.",
                person("To Lam", "General Secretary", "Vietnam"),
                "To Lam",
                id="name-opening-with-a-function-word",
            ),
            pytest.param(
                "Chinese Defence Minister Dong Jun flew to Singapore on Tuesday.",
                person("Dong Jun", "Defence Minister", "China"),
                "Dong Jun",
                id="given-name-that-is-a-month-abbreviation",
            ),
            pytest.param(
                "Vietnamese Foreign Minister Bui Thanh Son flew to Tokyo on Tuesday.",
                person("Bui Thanh Son", "Foreign Minister", "Vietnam"),
                "Bui Thanh Son",
                id="name-word-that-is-a-family-title-last",
            ),
            pytest.param(
                "South Korean Foreign Minister Son Sang-hyun flew to Tokyo on Tuesday.",
                person("Son Sang-hyun", "Foreign Minister", "South Korea"),
                "Son Sang-hyun",
                id="name-word-that-is-a-family-title-first",
            ),
            pytest.param(
                "Foreign Minister Qin Gang flew to Berlin on Tuesday.",
                person("Qin Gang", "Foreign Minister"),
                "Qin Gang",
                id="title-without-country",
            ),
            pytest.param(
                "Saudi Foreign Minister Prince Faisal bin Farhan Al Saud arrived in New Delhi on Wednesday.",
                person("Faisal bin Farhan Al Saud", "Foreign Minister", "Saudi Arabia"),
                "Faisal bin Farhan Al Saud",
                id="office-before-a-royal-title",
            ),
            pytest.param(
                "Burkina Faso's military leader Captain Ibrahim Traore arrived in Accra on Monday.",
                person("Ibrahim Traore", "military leader", "Burkina Faso"),
                "Ibrahim Traore",
                id="office-before-a-rank",
            ),
            pytest.param(
                "Afghan acting Foreign Minister Amir Khan Muttaqi arrived in Islamabad on Monday.",
                person("Amir Khan Muttaqi", "acting Foreign Minister", "Afghanistan"),
                "Amir Khan Muttaqi",
                id="given-name-that-is-also-a-title",
            ),
            pytest.param(
                "Somali President Hassan Sheikh Mohamud arrived in Ankara on Monday.",
                person("Hassan Sheikh Mohamud", "President", "Somalia"),
                "Hassan Sheikh Mohamud",
                id="honorific-word-inside-a-name",
            ),
            pytest.param(
                "President Joe Biden left Washington on Friday.",
                person("Joe Biden", "President"),
                "Joe Biden",
                id="bare-title",
            ),
            pytest.param(
                "Rachel Reeves, Britain's first female Chancellor, arrived in Washington on Monday.",
                person("Rachel Reeves", "Chancellor", "United Kingdom"),
                "Rachel Reeves",
                id="appositive-after-name",
            ),
            pytest.param(
                "The Russian leader, Vladimir Putin, arrived in Beijing on Tuesday.",
                person("Vladimir Putin", "leader", "Russia"),
                "Vladimir Putin",
                id="description-comma-name",
            ),
            pytest.param(
                "Ethiopian State Minister for Foreign Affairs Mesfin Tadesse arrived in Cairo on Monday.",
                person("Mesfin Tadesse", "State Minister for Foreign Affairs", "Ethiopia"),
                "Mesfin Tadesse",
                id="junior-minister-of-a-portfolio",
            ),
            pytest.param(
                "Sullivan, the national security adviser, said the talks had been useful.",
                person("Sullivan", "national security adviser"),
                "Sullivan",
                id="surname-then-appositive-title",
            ),
        ],
    )
    def test_title_and_country_are_read_around_the_name(
        self, text: str, expected: dict[str, object], mention: str
    ) -> None:
        """A person named with a title before or an appositive after gets that title and country, and one name
        mention (a description in apposition before the name is a description mention of that person)."""
        result = expect(text, published=PUBLISHED, participants=[expected])
        described = [("The Russian leader", "description")] if text.startswith("The Russian leader,") else []
        assert mentions(result, str(expected["name"])) == [*described, (mention, "name")]

    def test_title_is_the_office_only(self) -> None:
        """The title of a person named after a verb is the office as written, without the verb before it."""
        expect(
            "President Joe Biden hosted Prime Minister Narendra Modi at the White House on Thursday.",
            published=PUBLISHED,
            participants=[
                {"name": "Joe Biden", "title": "President"},
                {"name": "Narendra Modi", "title": "Prime Minister"},
            ],
        )

    def test_title_after_a_modal_verb_is_the_office_only(self) -> None:
        """A title right after "would host" does not take the verb into the title."""
        expect(
            "The White House said President Joe Biden would host Prime Minister Narendra Modi in June.",
            published=PUBLISHED,
            participants=[
                {"name": "White House", "kind": "organization"},
                {"name": "Joe Biden", "title": "President"},
                {"name": "Narendra Modi", "title": "Prime Minister"},
            ],
        )

    def test_title_that_opens_with_an_organisation_word(self) -> None:
        """ "Treasury Secretary" is read whole, as the titles lexicon lists it."""
        expect(
            "Treasury Secretary Janet Yellen flew to Beijing on Thursday.",
            published=PUBLISHED,
            participants=[person("Janet Yellen", "Treasury Secretary", "United States")],
        )

    def test_title_and_country_gathered_from_several_mentions(self) -> None:
        """A title given once and a country given later both end up on the one person."""
        text = (
            "Foreign Minister Qin Gang met Secretary of State Antony Blinken on Sunday. "
            "Qin, China's top diplomat, said the talks were candid."
        )
        result = expect(
            text,
            published=PUBLISHED,
            participants=[
                person("Qin Gang", "Foreign Minister", "China", aliases=("Qin",)),
                person("Antony Blinken", "Secretary of State"),
            ],
        )
        assert mentions(result, "Qin Gang") == [("Qin Gang", "name"), ("Qin", "name")]


# ------------------------------------------------- organisations and countries acting


class TestActingOrganisationsAndCountries:
    def test_organisation_that_speaks(self) -> None:
        """ "The State Department said" makes the State Department an organisation of the United States."""
        result = expect(
            "The State Department said the talks had been candid and constructive.",
            published=PUBLISHED,
            participants=[
                {"name": "State Department", "kind": "organization", "country": "United States", "aliases": []}
            ],
        )
        assert mentions(result, "State Department") == [("State Department", "name")]

    def test_generic_ministry_of_a_country(self) -> None:
        """ "China's foreign ministry said" is an organisation of China, named and mentioned as written."""
        result = expect(
            "China's foreign ministry said the visit had been productive.",
            published=PUBLISHED,
            participants=[{"name": "China's foreign ministry", "kind": "organization", "country": "China"}],
            statements=[{"speaker": "China's foreign ministry", "text": "the visit had been productive"}],
        )
        assert mentions(result, "China's foreign ministry") == [("China's foreign ministry", "name")]

    def test_capital_speaks_for_its_country(self) -> None:
        """ "Beijing said" is China acting, named as written, with its country beside it (as the annotation
        guidelines' speakers are)."""
        result = expect(
            "Beijing said the meeting had been constructive.",
            published=PUBLISHED,
            participants=[{"name": "Beijing", "kind": "country", "country": "China"}],
        )
        assert mentions(result, "Beijing") == [("Beijing", "name")]
        assert [s.speaker.name for s in result.statements if s.speaker] == ["Beijing"]

    def test_two_capitals_are_two_countries(self) -> None:
        """ "Moscow said …; Washington said …" lists Moscow (Russia) and Washington (the United States)."""
        expect(
            "Moscow said the talks were useful. Washington said they were not.",
            published=PUBLISHED,
            participants=[
                {"name": "Moscow", "kind": "country", "country": "Russia"},
                {"name": "Washington", "kind": "country", "country": "United States"},
            ],
        )

    def test_a_seat_of_power_is_named_as_written(self) -> None:
        """ "Akorda said" (Kazakhstan's presidential palace) speaks as Akorda, with its country beside it."""
        result = diplomeet.extract(
            "Akorda said the two presidents had agreed on a water-sharing plan.", published=PUBLISHED
        )
        assert [(p.name, p.country) for p in result.participants] == [("Akorda", "Kazakhstan")]
        assert [s.speaker.name for s in result.statements if s.speaker] == ["Akorda"]

    def test_coordinated_countries_both_act(self) -> None:
        """ "Germany and France said" makes both countries participants."""
        expect(
            "Germany and France said the summit would go ahead as planned.",
            published=PUBLISHED,
            participants=[{"name": "Germany", "kind": "country"}, {"name": "France", "kind": "country"}],
        )

    def test_coordinated_organisations_both_act(self) -> None:
        """ "NATO and the European Union said" makes both organisations participants."""
        expect(
            "NATO and the European Union said the summit would go ahead as planned.",
            published=PUBLISHED,
            participants=[
                {"name": "NATO", "kind": "organization"},
                {"name": "European Union", "kind": "organization"},
            ],
        )

    def test_organisation_taking_part_and_person(self) -> None:
        """An organisation that speaks sits beside the person it speaks about."""
        expect(
            "The Kremlin said Putin would attend the summit.",
            published=PUBLISHED,
            participants=[
                {"name": "Kremlin", "kind": "organization", "country": "Russia"},
                person("Putin"),
            ],
        )

    def test_country_that_is_only_a_destination_is_not_a_participant(self) -> None:
        """A country named only as where someone went is a place, not a party."""
        expect(
            "Foreign Minister Annalena Baerbock flew to China on Thursday.",
            published=PUBLISHED,
            participants=[person("Annalena Baerbock", "Foreign Minister")],
        )


# --------------------------------------------------------------------- not people


class TestNotPeople:
    def test_places_are_not_people(self) -> None:
        """Cities and countries on a route are not people."""
        expect(
            "Secretary of State Antony Blinken flew from Washington to Beijing via Anchorage on Sunday.",
            published=PUBLISHED,
            participants=[person("Antony Blinken", "Secretary of State")],
        )

    def test_the_letters_of_an_honour_after_a_name_are_no_one(self) -> None:
        """ "Hon. Peter Otieno Mbugua, EGH, today hosted …": the capitals between commas are an honour's letters,
        and the meeting they stood in the way of is read."""
        result = diplomeet.extract(
            "Cabinet Secretary for Foreign Affairs, Hon. Peter Otieno Mbugua, EGH, today hosted his Ethiopian "
            "counterpart, H.E. Ambassador Tesfaye Gebremariam, for bilateral talks in Nairobi.",
            published=PUBLISHED,
        )
        assert [p.name for p in result.participants if p.kind is ParticipantKind.PERSON] == [
            "Peter Otieno Mbugua",
            "Tesfaye Gebremariam",
        ]
        assert [[p.name for p in m.participants] for m in result.meetings] == [
            ["Peter Otieno Mbugua", "Tesfaye Gebremariam"]
        ]

    @pytest.mark.parametrize(
        "credit",
        [
            "Reporting by Simon Lewis; Editing by Grant McCool",
            "Additional reporting by Laurie Chen; Writing by John Geddie",
            "(Photo by Andy Wong/Pool via Reuters)",
            "Leah Millis/Pool via REUTERS",
            "(Mikhail Tereshchenko, Sputnik, Kremlin Pool Photo via AP)",
            "By Humeyra Pamuk and Simon Lewis",
            "By Humeyra Pamuk, Simon Lewis and David Brunnstrom",
            "Reporting by Trevor Hunnicutt and Jeff Mason; Editing by Leslie Adler",
            "Story: Vo Hai | Photo: Giang Huy",
        ],
    )
    def test_credit_lines_name_no_participant(self, credit: str) -> None:
        """Wire credits ("Reporting by …", "Photo by …") name staff, whom the guidelines leave out."""
        expect(
            f"Secretary of State Antony Blinken met Chinese President Xi Jinping on Monday.\n{credit}",
            published=PUBLISHED,
            participants=[person("Antony Blinken", "Secretary of State"), person("Xi Jinping", "President", "China")],
        )

    @pytest.mark.parametrize(
        "byline",
        [
            pytest.param("Tahir Khan", id="name-alone"),
            pytest.param("Dilan Pamuk  |12.04.2025 - Update : 12.04.2025", id="name-and-date"),
        ],
    )
    def test_a_name_alone_under_the_headline_is_a_byline(self, byline: str) -> None:
        """A bare name on its own line at the top of an article is its writer, whom the guidelines leave out."""
        expect(
            f"Blinken meets Xi in Beijing\n\n{byline}\n\nSecretary of State Antony Blinken met Chinese President "
            "Xi Jinping on Monday.",
            published=PUBLISHED,
            participants=["Antony Blinken", "Xi Jinping"],
        )

    @pytest.mark.parametrize(
        ("top", "bottom"),
        [
            pytest.param(
                "By Oliver Penhaligon, Diplomatic Editor",
                "Oliver Penhaligon is the Meridian Post's diplomatic editor. He previously reported from Beirut.",
                id="by-and-bio",
            ),
            pytest.param(
                "Conor Devane, Political Correspondent",
                "Conor Devane is Political Correspondent of The Irish Courant",
                id="signed-and-bio",
            ),
            pytest.param(
                "Live updates by Caitlin Moorhouse and Jed Farrar",
                "Thanks for reading – Caitlin Moorhouse.",
                id="credit-and-sign-off",
            ),
            pytest.param("THE WASHINGTON COURIER", "— Nora Blaisdell, World Briefing editor", id="masthead-sign-off"),
            pytest.param(
                "News | Politics | Federal Politics | Defence",
                "Picture: Sam Rooney. Credit: Tiago Moura for The Sentinel",
                id="sections-and-picture-credits",
            ),
        ],
    )
    def test_the_staff_are_no_people_wherever_they_recur(self, top: str, bottom: str) -> None:
        """A byline's writer is left out (guidelines) in the byline, a sign-off and the bio at the end."""
        expect(
            f"Blinken meets Xi in Beijing\n\n{top}\n\nSecretary of State Antony Blinken met Chinese President Xi "
            f"Jinping on Monday.\n\n{bottom}",
            published=PUBLISHED,
            participants=["Antony Blinken", "Xi Jinping"],
        )

    @pytest.mark.parametrize(
        "noise",
        [
            pytest.param("By continuing to browse, you agree to our Cookie Policy. [Accept]", id="cookie-policy"),
            pytest.param("Trade in the Global South grew last year.", id="global-south"),
            pytest.param("Japan delivered radars under its Official Security Assistance scheme.", id="programme"),
            pytest.param("Photo: picture alliance/dpa | Lena Kroll", id="photographer-after-agency"),
        ],
    )
    def test_web_and_policy_words_are_no_people(self, noise: str) -> None:
        """Site boilerplate, regions and programmes in Title Case name no one."""
        expect(
            f"Secretary of State Antony Blinken met Chinese President Xi Jinping on Monday.\n\n{noise}",
            published=PUBLISHED,
            participants=["Antony Blinken", "Xi Jinping"],
        )

    def test_a_byline_below_the_navigation(self) -> None:
        """A bare name on its own line under a masthead, menus and a headline is still the byline."""
        expect(
            "ASIA DISPATCH\nHome | Asia | World | Business\nWe use cookies. [Accept]\n\nWORLD / DIPLOMACY\n\n"
            "Prabowo, Ramaphosa agree to talks\n\nNadia Rahman\nPublished Aug 14, 2025, 06:05 PM\n\n"
            "Indonesian President Prabowo Subianto spoke with President Cyril Ramaphosa on Thursday.",
            published=PUBLISHED,
            participants=["Prabowo Subianto", "Cyril Ramaphosa"],
        )

    def test_a_caption_after_photo_names_people(self) -> None:
        """ "Photo: A and B at …" is a caption, not a credit: the names go on into a sentence."""
        result = diplomeet.extract(
            "Photo: Olaf Scholz and Emmanuel Macron at the Elysee Palace in Paris on Monday.", published=PUBLISHED
        )
        assert [p.name for p in result.participants if p.kind is ParticipantKind.PERSON] == [
            "Olaf Scholz",
            "Emmanuel Macron",
        ]

    def test_a_transcript_label_stays_a_speaker(self) -> None:
        """ "REPORTER: “…”": a role word alone is the label of the one who asks, not a staff role phrase."""
        result = diplomeet.extract(
            'REPORTER: "Did you discuss the missile battery with the minister?"', published=PUBLISHED
        )
        assert [(s.speaker.name if s.speaker else None, s.speaker_span is not None) for s in result.statements] == [
            ("REPORTER", True)
        ]

    def test_a_group_noun_after_a_bullet_is_no_person(self) -> None:
        """ "■ Leaders to meet in person": a group noun capitalised as it opens a line."""
        expect(
            "■ Leaders to meet in person\n\nJapan and the EU will hold a summit.", published=PUBLISHED, participants=[]
        )

    def test_a_verb_inside_a_name_after_its_particle(self) -> None:
        """ "Talib bin Said Al Busaidi": "Said" after "bin" is the father's name, not a reporting verb."""
        expect(
            "Helen Carrow was greeted by Sayyid Talib bin Said Al Busaidi at the foreign ministry in Muscat.",
            published=PUBLISHED,
            participants=["Helen Carrow", "Talib bin Said Al Busaidi"],
        )

    @pytest.mark.parametrize(
        ("text", "name", "aliases"),
        [
            pytest.param(
                "Singapore's Foreign Minister Daniel Koh hosted his Indonesian counterpart Sri Wahyuni Pratiwi on "
                "Monday. Ms Sri Wahyuni also called on the prime minister.",
                "Sri Wahyuni Pratiwi",
                ["Sri Wahyuni"],
                id="first-words-after",
            ),
            pytest.param(
                "Indonesian Foreign Minister Sri Wahyuni said on Monday she would travel. Sri Wahyuni Pratiwi met "
                "Daniel Koh in Singapore on Tuesday.",
                "Sri Wahyuni Pratiwi",
                ["Sri Wahyuni"],
                id="first-words-before",
            ),
            pytest.param(
                "Sinn Féin's housing spokesperson Eoin Mac Gabhann said the targets were in tatters. “Every quarter "
                "we are told the corner is about to be turned,” Mr Mac Gabhann said.",
                "Eoin Mac Gabhann",
                ["Mac Gabhann"],
                id="irish-particle",
            ),
        ],
    )
    def test_a_shorter_form_of_a_name_is_the_same_person(self, text: str, name: str, aliases: list[str]) -> None:
        """The first words of a full name ("Ms Sri Wahyuni"), and a surname opened by "Mac" or "Ó", are that
        person."""
        result = diplomeet.extract(text, published=PUBLISHED)
        found = {p.name: p.aliases for p in result.participants}
        assert list(found.get(name, ())) == aliases, found

    def test_names_in_a_tag_list_set_apart_by_spaces(self) -> None:
        """ "TAGS: William Ruto  Samia Suluhu Hassan  EAC": two spaces part two names."""
        result = diplomeet.extract(
            "President William Ruto hosted President Samia Suluhu Hassan in Nairobi on Monday. “We have spoken as "
            "brothers,” Ruto said.\n\nTAGS: William Ruto  Samia Suluhu Hassan  EAC  Trade",
            published=PUBLISHED,
        )
        assert [p.name for p in result.participants if p.kind is ParticipantKind.PERSON] == [
            "William Ruto",
            "Samia Suluhu Hassan",
        ]
        assert [s.speaker.name if s.speaker else None for s in result.statements] == ["William Ruto"]

    def test_a_shared_surname_alone_is_the_figure_the_story_names_most(self) -> None:
        """ "Wang" after a story of Wang Yi names Commerce Minister Wang Wentao once: still Wang Yi."""
        result = diplomeet.extract(
            "Chinese Foreign Minister Wang Yi met Kaja Kallas in Brussels on Wednesday. “We are partners,” Wang Yi "
            "said. Wang also met NATO officials. Trade Commissioner Maros Sefcovic held a call with Commerce "
            "Minister Wang Wentao last month. “Europe must choose,” Wang said on Thursday.",
            published=PUBLISHED,
        )
        assert [s.speaker.name if s.speaker else None for s in result.statements] == ["Wang Yi", "Wang Yi"]

    def test_an_abbreviated_title_is_no_given_name(self) -> None:
        """ "NSA Nuhu Ribadu" in a caption is the National Security Adviser named before, not a new person."""
        expect(
            "The National Security Adviser, Mallam Nuhu Ribadu, on Tuesday received a delegation from Niger.\n\n"
            "[PHOTO] NSA Nuhu Ribadu (right) receiving the delegation in Abuja on Tuesday.",
            published=PUBLISHED,
            participants=[person("Nuhu Ribadu", "National Security Adviser")],
        )

    def test_a_surname_that_is_also_an_organisations_short_name(self) -> None:
        """ "Therese Kayikwamba Wagner": "Wagner" alone is the Wagner Group, but after two name words it ends the
        name. An acronym after a name ("Jens Stoltenberg NATO" in a tag line) is still the organisation."""
        expect(
            "Qatar's envoy held talks with Foreign Minister Therese Kayikwamba Wagner in Kinshasa on Sunday.",
            published=PUBLISHED,
            participants=[person("Therese Kayikwamba Wagner", "Foreign Minister")],
        )
        result = diplomeet.extract(
            "Jens Stoltenberg met Ursula von der Leyen.\n\nTags: Jens Stoltenberg NATO", published=PUBLISHED
        )
        assert [p.name for p in result.participants] == ["Jens Stoltenberg", "Ursula von der Leyen"]

    def test_a_nationality_and_a_role_noun_name_the_one_compatriot(self) -> None:
        """ "the Qatari envoy" is the one Qatari of the story, whatever his office; "China's defense minister"
        names an office, so it is not the foreign minister."""
        result = expect(
            "Mohammed Al-Khulaifi, Qatar's minister of state, arrived in Kigali on Tuesday. Rwandan Foreign "
            "Minister Olivier Nduhungirehe met the Qatari envoy on Wednesday.",
            published="2025-10-08",
            meetings=[
                {
                    "participants": ["Olivier Nduhungirehe", "Mohammed Al-Khulaifi"],
                    "status": "held",
                    "date": "2025-10-08",
                    "location": "Kigali",
                }
            ],
        )
        assert mentions(result, "Mohammed Al-Khulaifi") == [
            ("Mohammed Al-Khulaifi", "name"),
            ("the Qatari envoy", "description"),
        ]
        result = diplomeet.extract(
            "Chinese Foreign Minister Wang Yi met Antony Blinken on Monday. Washington has sanctioned China's "
            "defense minister.",
            published=PUBLISHED,
        )
        assert mentions(result, "Wang Yi") == [("Wang Yi", "name")]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Iranian Deputy Foreign Minister Hossein Mirzaei Tabrizi spoke on Monday. Mirzaei Tabrizi will travel "
                "to Vienna later this month.",
                [person("Hossein Mirzaei Tabrizi", "Deputy Foreign Minister", "Iran", ("Mirzaei Tabrizi",))],
                id="short-form-after",
            ),
            pytest.param(
                "Martínez Echeverría arrived in Asunción on Monday. Foreign Minister Gerardo Martínez Echeverría "
                "met Lula on Tuesday. Ana Martínez Echeverría, his sister, said nothing.",
                [
                    person("Gerardo Martínez Echeverría", "Foreign Minister", None, ("Martínez Echeverría",)),
                    person("Lula"),
                    person("Ana Martínez Echeverría", "sister"),
                ],
                id="short-form-before",
            ),
        ],
    )
    def test_a_compound_surname_alone_is_the_full_name(self, text: str, expected: list[dict[str, object]]) -> None:
        """ "Mirzaei Tabrizi" is Hossein Mirzaei Tabrizi, named by his compound surname; another given name with
        the same surname is another person."""
        expect(text, published=PUBLISHED, participants=expected)

    def test_a_particle_surname_alone_joins_its_full_name(self) -> None:
        """ "al-Hayya said" after "Khalil al-Hayya" is the same person."""
        result = diplomeet.extract(
            "Hamas leader Khalil al-Hayya arrived in Cairo on Saturday. “We are dealing with the proposal in a "
            "positive spirit,” al-Hayya said.",
            published=PUBLISHED,
        )
        assert [s.speaker.name if s.speaker else None for s in result.statements] == ["Khalil al-Hayya"]

    def test_a_name_in_parentheses_is_still_a_person(self) -> None:
        """ "(Joe Biden spoke in a video call …)": lower-case "video" in prose is no photo credit."""
        result = diplomeet.extract(
            "The leaders met on Monday (Joe Biden spoke in a video call with pool reporters).", published=PUBLISHED
        )
        assert [p.name for p in result.participants] == ["Joe Biden"]

    def test_names_joined_by_a_slash_are_people(self) -> None:
        """ "Kamala Harris/Secretary of State Antony Blinken": only an agency or pool after the slash is a credit."""
        result = diplomeet.extract(
            "Albanese will meet Vice President Kamala Harris/Secretary of State Antony Blinken.", published=PUBLISHED
        )
        assert {"Kamala Harris", "Antony Blinken"} <= {p.name for p in result.participants}

    def test_a_party_after_by_is_still_a_person(self) -> None:
        """ "hosted by Emmanuel Macron": only a credit word before "by" makes a name a credit."""
        result = diplomeet.extract("The dinner was hosted by Emmanuel Macron.", published=PUBLISHED)
        assert [p.name for p in result.participants] == ["Emmanuel Macron"]

    def test_venues_are_not_people(self) -> None:
        """ "the Great Hall of the People" and "the Diaoyutai State Guesthouse" are venues, not names."""
        expect(
            "Wang Yi met Blinken at the Diaoyutai State Guesthouse on Sunday. "
            "Xi Jinping received Blinken at the Great Hall of the People on Monday.",
            published=PUBLISHED,
            participants=[person("Wang Yi"), person("Blinken"), person("Xi Jinping")],
        )

    def test_organisation_names_are_not_people(self) -> None:
        """A multiword organisation is not read as a personal name."""
        expect(
            "The United Nations Security Council met in New York on Monday.",
            published=PUBLISHED,
            participants=[],
        )

    def test_ministry_of_foreign_affairs_is_not_a_person(self) -> None:
        """ "the Ministry of Foreign Affairs" yields no person called "Foreign Affairs"."""
        result = diplomeet.extract(
            "Officials from the Ministry of Foreign Affairs met on Capitol Hill on Monday.", published=PUBLISHED
        )
        assert [p.name for p in result.people] == []

    def test_title_case_headline_fragments_are_not_people(self) -> None:
        """A Title Case headline adds no phantom people ("Heads", "Rare Talks", "Top Officials")."""
        result = diplomeet.extract(
            "Blinken Heads To Beijing For Rare Talks On Trade\n\n"
            "Secretary of State Antony Blinken will travel to Beijing next week.",
            published=PUBLISHED,
        )
        assert [p.name for p in result.people] == ["Antony Blinken"]

    @pytest.mark.parametrize("apostrophe", ["'", "’"])
    def test_a_plural_possessive_in_an_event_name_is_no_person(self, apostrophe: str) -> None:
        """ "the G20 Leaders' Summit": a plural group noun's possessive inside a name is not a person "Leaders"."""
        result = diplomeet.extract(
            f"President Thabo Mokoena invited President Aminu Bello to attend the G20 Leaders{apostrophe} Summit in "
            "Johannesburg in November.",
            published=PUBLISHED,
        )
        assert [p.name for p in result.people] == ["Thabo Mokoena", "Aminu Bello"]

    def test_headline_surname_joins_the_full_name(self) -> None:
        """The surname opening a Title Case headline is a mention and alias of the person named in the body."""
        text = (
            "Blinken Heads To Beijing For Rare Talks On Trade\n\n"
            "Secretary of State Antony Blinken will travel to Beijing next week."
        )
        result = expect(
            text,
            published=PUBLISHED,
            participants=[person("Antony Blinken", "Secretary of State", aliases=("Blinken",))],
        )
        assert mentions(result, "Antony Blinken") == [("Blinken", "name"), ("Antony Blinken", "name")]

    def test_headline_preposition_is_not_part_of_a_name(self) -> None:
        """In a Title Case headline, "Xi In Bali" is Xi followed by a preposition, not a person "Xi In"."""
        text = (
            "Biden Meets Xi In Bali Amid Tensions\n\n"
            "President Joe Biden met Chinese President Xi Jinping in Bali on Monday."
        )
        expect(
            text,
            published=PUBLISHED,
            participants=[
                person("Joe Biden", "President", aliases=("Biden",)),
                person("Xi Jinping", "President", "China", aliases=("Xi",)),
            ],
        )

    def test_sentence_openers_are_not_people(self) -> None:
        """Capitalised openers ("Speaking", "Asked", "Meanwhile") are not names."""
        text = (
            "Speaking in Beijing, Blinken said the talks were candid. "
            "Asked about Taiwan, Wang Yi said China would not back down. "
            "Meanwhile, Beijing Capital Airport was closed."
        )
        expect(text, published=PUBLISHED, participants=[person("Blinken"), person("Wang Yi")])

    def test_capitalised_plural_opener_is_not_a_person(self) -> None:
        """ "Analysts said" at the start of a sentence names no person."""
        result = diplomeet.extract("Analysts said the talks were long overdue.", published=PUBLISHED)
        assert [p.name for p in result.people] == []

    def test_months_and_days_are_not_people(self) -> None:
        """Month and weekday names, even opening a sentence, are not people."""
        text = (
            "In June, Secretary of State Antony Blinken visited Beijing. "
            "On Monday, the talks ended. Wednesday was quiet. "
            "March Brings New Round Of Talks"
        )
        expect(text, published=PUBLISHED, participants=[person("Antony Blinken", "Secretary of State")])

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Security analyst Claudia Major said the pledge was “significant, but not a game changer.”",
                [person("Claudia Major")],
                id="rank-as-surname",
            ),
            pytest.param(
                "Former prime minister John Major met President Bill Clinton.",
                [person("John Major", "Former prime minister"), person("Bill Clinton", "President")],
                id="john-major",
            ),
            pytest.param(
                "Colonel General Ivanov met Major General Smith.",
                [person("Ivanov", "Colonel General"), person("Smith", "Major General")],
                id="ranks-before-names",
            ),
        ],
    )
    def test_a_title_word_after_a_given_name_is_its_surname(self, text: str, expected: list[dict[str, object]]) -> None:
        """ "Claudia Major said": a rank after a known given name, with no name after it, is the surname."""
        expect(text, published=PUBLISHED, participants=expected)

    def test_independent_before_a_verb_is_an_adjective(self) -> None:
        """ "Independent reporting on the United Nations": a masthead's adjective, not a person who reports;
        "Independent MP Andrew Wilkie": part of his title."""
        expect(
            "Independent reporting on the United Nations\n\nIndependent MP Andrew Wilkie met Prime Minister "
            "Anthony Albanese on Monday.",
            published=PUBLISHED,
            participants=[person("Andrew Wilkie", "Independent MP"), person("Anthony Albanese", "Prime Minister")],
        )

    @pytest.mark.parametrize(
        "headline", ["March Sees New Round Of Talks", "March Brings New Round Of Talks", "Tokyo Plans Landmark Summit"]
    )
    def test_a_headline_word_before_a_meeting_noun_is_no_person(self, headline: str) -> None:
        """ "New" in "… Sees New Round Of Talks" is an adjective of the talks, capitalised as a headline is."""
        result = diplomeet.extract(f"{headline}\n\nJapan will host South Korea in May.", published=PUBLISHED)
        assert [p.name for p in result.participants] == []

    def test_surname_that_is_a_month_name(self) -> None:
        """A surname that is also a month ("Theresa May") stays part of the name."""
        expect(
            "Prime Minister Theresa May met Chancellor Angela Merkel in Berlin on Friday.",
            published=PUBLISHED,
            participants=[person("Theresa May", "Prime Minister"), person("Angela Merkel", "Chancellor")],
        )


# --------------------------------------------------------------------- who is who


class TestWhoIsWho:
    def test_surname_alone_joins_the_full_name(self) -> None:
        """A later bare surname is a mention of the person named in full, and an alias."""
        text = (
            "Secretary of State Antony Blinken met Wang Yi on Sunday. "
            "Blinken said the talks were candid. Later, Blinken met Wang again."
        )
        result = expect(
            text,
            published=PUBLISHED,
            participants=[
                person("Antony Blinken", "Secretary of State", aliases=("Blinken",)),
                person("Wang Yi", aliases=("Wang",)),
            ],
        )
        assert mentions(result, "Antony Blinken") == [
            ("Antony Blinken", "name"),
            ("Blinken", "name"),
            ("Blinken", "name"),
        ]
        assert mentions(result, "Wang Yi") == [("Wang Yi", "name"), ("Wang", "name")]

    @pytest.mark.parametrize(
        ("text", "names"),
        [
            pytest.param(
                "Ilvar Ostrakov and Vladimir Putin will meet in Zurich.",
                ["Ilvar Ostrakov", "Vladimir Putin"],
                id="unknown-name-before-a-known-one",
            ),
            pytest.param(
                "Vladimir Putin and Ilvar Ostrakov will meet in Zurich.",
                ["Vladimir Putin", "Ilvar Ostrakov"],
                id="unknown-name-after-a-known-one",
            ),
        ],
    )
    def test_name_coordinated_with_a_person_is_a_person(self, text: str, names: list[str]) -> None:
        """A name the lexicons do not vouch for is a person when "and" joins it to one they do."""
        result = diplomeet.extract(text, published=PUBLISHED)
        assert [p.name for p in result.participants] == names

    def test_possessive_country_title_is_a_description(self) -> None:
        """ "Iraq's foreign minister" is an unnamed party of Iraq, kept as written in ``others``."""
        result = diplomeet.extract(
            "Iraq's foreign minister met with Syrian President Bashar Assad on Tuesday.", published=PUBLISHED
        )
        assert [(m.to_dict()["participants"], m.others) for m in result.meetings] == [
            (["Bashar Assad"], ("Iraq's foreign minister",))
        ]

    def test_description_of_another_ministry_is_not_the_minister(self) -> None:
        """ "China's defense minister" does not refer back to Commerce Minister Wang Wentao."""
        result = diplomeet.extract(
            "Ambassador Nicholas Burns met with Chinese Commerce Minister Wang Wentao. The US has sanctions "
            "against China's defense minister.",
            published=PUBLISHED,
        )
        wang = result.participant("Wang Wentao")
        assert wang is not None
        assert [m.span.text for m in wang.mentions] == ["Wang Wentao"]

    def test_surname_of_a_family_first_name(self) -> None:
        """ "Xi" alone joins "Xi Jinping": the family name comes first."""
        result = expect(
            "Xi Jinping met Blinken on Monday. Xi said he was pleased.",
            published=PUBLISHED,
            participants=[person("Xi Jinping", aliases=("Xi",)), person("Blinken")],
        )
        assert result.statements[0].speaker is result.participant("Xi Jinping")

    def test_description_resolves_to_the_fitting_person(self) -> None:
        """ "The Chinese leader" is a description mention of the Chinese president, not of the Russian one."""
        text = (
            "Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Tuesday. "
            "The Chinese leader said the talks were friendly."
        )
        result = expect(
            text,
            published=PUBLISHED,
            participants=[person("Xi Jinping", "President", "China"), person("Vladimir Putin", "President", "Russia")],
        )
        assert mentions(result, "Xi Jinping") == [("Xi Jinping", "name"), ("The Chinese leader", "description")]
        assert mentions(result, "Vladimir Putin") == [("Vladimir Putin", "name")]

    def test_description_prefers_the_person_of_that_title(self) -> None:
        """ "The chancellor" is Chancellor Scholz, not Premier Li named after him: both lead a government,
        but only one holds the title the description repeats.
        """
        text = (
            "German Chancellor Olaf Scholz met Chinese Premier Li Qiang in Berlin on Tuesday. "
            "The chancellor said Germany wanted fair competition. "
            "“We are partners, not rivals,” the premier told reporters."
        )
        result = expect(
            text,
            published=PUBLISHED,
            statements=[
                {"speaker": "Olaf Scholz", "text": "Germany wanted fair competition"},
                {"speaker": "Li Qiang", "text": "We are partners, not rivals,"},
            ],
        )
        assert mentions(result, "Olaf Scholz") == [("Olaf Scholz", "name"), ("The chancellor", "description")]

    def test_description_skips_a_person_of_no_stated_country(self) -> None:
        """ "The Chinese leader" goes to the Chinese president, not to a later-mentioned person whose country is unknown."""
        text = (
            "Chinese President Xi Jinping met Blinken in Beijing on Monday. "
            "The Chinese leader said the two sides had made progress."
        )
        result = expect(
            text,
            published=PUBLISHED,
            participants=[person("Xi Jinping", "President", "China"), person("Blinken")],
        )
        assert mentions(result, "Xi Jinping") == [("Xi Jinping", "name"), ("The Chinese leader", "description")]

    def test_bare_title_is_the_head_of_a_full_title(self) -> None:
        """ "The Secretary" is the Secretary of State named before, not the foreign minister named since."""
        text = (
            "Secretary of State Antony Blinken hosted Chinese Foreign Minister Wang Yi in Washington on Thursday. "
            "The Secretary said the talks were candid."
        )
        result = expect(
            text,
            published=PUBLISHED,
            participants=[
                person("Antony Blinken", "Secretary of State"),
                person("Wang Yi", "Foreign Minister", "China"),
            ],
        )
        assert mentions(result, "Antony Blinken") == [("Antony Blinken", "name"), ("The Secretary", "description")]
        assert result.statements[0].speaker is not None
        assert result.statements[0].speaker.name == "Antony Blinken"

    def test_bare_title_is_not_a_rank_of_the_office(self) -> None:
        """ "The President" is not the Vice President: a rank makes another office."""
        text = (
            "Vice President Kamala Harris met Philippine President Ferdinand Marcos in Manila on Monday. "
            "The President said the talks were useful."
        )
        result = diplomeet.extract(text, published=PUBLISHED)
        assert result.statements[0].speaker is not None
        assert result.statements[0].speaker.name == "Ferdinand Marcos"

    def test_description_closing_a_phrase_is_not_the_next_name(self) -> None:
        """In "invited by the King, Sir Keir Starmer has said", the King and Sir Keir are two people."""
        result = diplomeet.extract(
            "Donald Trump has been invited for a second state visit by the King, Sir Keir Starmer has said.",
            published=PUBLISHED,
        )
        starmer = result.participant("Keir Starmer")
        assert starmer is not None
        assert starmer.title is None

    @pytest.mark.parametrize(
        ("text", "names"),
        [
            pytest.param(
                "Czech Foreign Minister Jan Lipavsky met Prime Minister Mark Rutte on Tuesday.",
                ["Jan Lipavsky", "Mark Rutte"],
                id="jan",
            ),
            pytest.param(
                "Vice Foreign Minister Sun Weidong met Ambassador Kurt Campbell on Tuesday.",
                ["Sun Weidong", "Kurt Campbell"],
                id="sun",
            ),
            pytest.param(
                "Deputy Foreign Minister Nguyen Thi Thu Ha met Ambassador Kurt Campbell in Hanoi.",
                ["Nguyen Thi Thu Ha", "Kurt Campbell"],
                id="thu",
            ),
            pytest.param(
                "Published Mon Jan 13 2025. Secretary Antony Blinken met Minister Wang Yi.",
                ["Antony Blinken", "Wang Yi"],
                id="a-date-stays-a-date",
            ),
        ],
    )
    def test_a_short_month_or_weekday_before_a_name_is_a_name(self, text: str, names: list[str]) -> None:
        """ "Jan Lipavsky", "Sun Weidong", "Nguyen Thi Thu Ha": a shortened month or weekday followed by another
        name word is part of a name; "Mon Jan 13" stays a date."""
        result = diplomeet.extract(text, published=PUBLISHED)
        assert [p.name for p in result.participants] == names

    def test_a_name_ending_in_a_number_word_is_a_numbered_thing(self) -> None:
        """ "Pillar Two of AUKUS" is no person; "Kerry two days later" keeps Kerry."""
        result = diplomeet.extract(
            "Winston Peters declined to commit New Zealand to joining Pillar Two, which covers advanced "
            'technologies. "Has New Zealand made up its mind on Pillar Two or not?" a reporter asked. The '
            'government should say "what Pillar Two actually involves", David Parker said. Lavrov met Kerry two '
            "days later.",
            published=PUBLISHED,
        )
        assert [p.name for p in result.participants] == ["Winston Peters", "David Parker", "Lavrov", "Kerry"]

    def test_for_opening_a_sentence_is_not_part_of_a_name(self) -> None:
        """ "For Tebboune, a visit to Paris …": the preposition is not the first word of his name."""
        result = diplomeet.extract(
            "President Emmanuel Macron met President Abdelmadjid Tebboune on Monday. For Tebboune, a visit to Paris "
            "has to be sold at home as a victory.",
            published=PUBLISHED,
        )
        assert [p.name for p in result.participants] == ["Emmanuel Macron", "Abdelmadjid Tebboune"]

    def test_verb_opening_a_sentence_is_not_a_name(self) -> None:
        """ "Greeting the Prime Minister, Trump said …": "Greeting" is not a person."""
        result = diplomeet.extract(
            "Greeting the Prime Minister as he arrived, President Donald Trump said it was an honour.",
            published=PUBLISHED,
        )
        assert [p.name for p in result.participants] == ["Donald Trump"]

    @pytest.mark.parametrize(
        ("text", "names"),
        [
            pytest.param(
                "The National Security Advisor of State Jake Sullivan met Foreign Minister Wang Yi.",
                ["Jake Sullivan", "Wang Yi"],
                id="garbled-title-before-a-first-name",
            ),
            pytest.param(
                "The Duchess of Cambridge met President Joe Biden.", ["Joe Biden"], id="of-a-place-no-first-name"
            ),
        ],
    )
    def test_title_word_after_of_is_not_part_of_the_name(self, text: str, names: list[str]) -> None:
        """ "… of State Jake Sullivan": a capitalised word after "of" before a known first name ends the
        title, it does not begin the name.
        """
        result = diplomeet.extract(text, published=PUBLISHED)
        assert [p.name for p in result.participants if p.kind.value == "person"] == names

    def test_description_alone_names_no_one(self) -> None:
        """A description with nobody named before it is not turned into a participant."""
        result = expect("The Chinese leader said the talks were friendly.", published=PUBLISHED, participants=[])
        assert result.statements[0].speaker is None

    def test_pronoun_of_a_statement_is_a_mention(self) -> None:
        """ "He said" after a sentence naming Xi first is a pronoun mention of Xi."""
        text = (
            "Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Tuesday. "
            "He said the talks were friendly."
        )
        result = expect(
            text,
            published=PUBLISHED,
            participants=["Xi Jinping", "Vladimir Putin"],
            statements=[{"speaker": "Xi Jinping", "text": "the talks were friendly"}],
        )
        assert mentions(result, "Xi Jinping") == [("Xi Jinping", "name"), ("He", "pronoun")]

    def test_pronoun_skips_a_person_of_the_wrong_gender(self) -> None:
        """ "She said" goes to the woman just named, not to the man named first."""
        text = (
            "Chancellor Rachel Reeves met Treasury Secretary Scott Bessent in Washington on Friday. "
            "She said the talks were useful."
        )
        result = expect(
            text,
            published=PUBLISHED,
            participants=["Rachel Reeves", "Scott Bessent"],
            statements=[{"speaker": "Rachel Reeves", "text": "the talks were useful"}],
        )
        assert mentions(result, "Rachel Reeves") == [("Rachel Reeves", "name"), ("She", "pronoun")]

    @pytest.mark.parametrize(
        "text",
        [
            "Mohammed Al-Khulaifi arrived in Kigali on Tuesday. President Paul Kagame received him on Wednesday.",
            "Mohammed Al-Khulaifi flew to Kigali, where President Paul Kagame received him on Wednesday.",
        ],
    )
    def test_an_object_pronoun_is_not_the_subject_of_its_clause(self, text: str) -> None:
        """ "Kagame received him": "him" is someone named before, not Kagame."""
        result = expect(
            text,
            published="2025-10-08",
            meetings=[
                {
                    "participants": ["Paul Kagame", "Mohammed Al-Khulaifi"],
                    "status": "held",
                    "date": "2025-10-08",
                    "location": "Kigali",
                }
            ],
        )
        assert mentions(result, "Mohammed Al-Khulaifi") == [("Mohammed Al-Khulaifi", "name"), ("him", "pronoun")]

    def test_an_object_pronoun_after_a_clause_break_may_be_its_subject(self) -> None:
        """ "Kagame arrived …, and Tshisekedi received him": "him" is in another clause than Kagame."""
        result = expect(
            "President Paul Kagame arrived in Kinshasa on Monday, and Felix Tshisekedi received him at the palace.",
            published=PUBLISHED,
            meetings=[
                {
                    "participants": ["Felix Tshisekedi", "Paul Kagame"],
                    "status": "held",
                    "date": "2023-06-19",
                    "location": "Kinshasa",
                }
            ],
        )
        assert mentions(result, "Paul Kagame") == [("Paul Kagame", "name"), ("him", "pronoun")]

    def test_unresolved_pronoun_is_not_a_participant(self) -> None:
        """A pronoun with nobody named before it makes no participant."""
        expect("He said the talks were friendly.", published=PUBLISHED, participants=[])

    @pytest.mark.parametrize(
        ("text", "name", "title", "country"),
        [
            pytest.param(
                "Prime Minister Douglas Tanagada held a video call on Tuesday with China's Special Envoy for Pacific "
                "Island Affairs, Wang Zhiqiang.",
                "Wang Zhiqiang",
                "Special Envoy",
                "China",
                id="envoy-for-a-remit",
            ),
            pytest.param(
                "Foreign Minister Ingrid Solbakken met Kenya's Cabinet Secretary for Foreign and Diaspora Affairs, "
                "Peter Wafula Odhiambo.",
                "Peter Wafula Odhiambo",
                "Cabinet Secretary",
                "Kenya",
                id="title-opening-with-an-institution-word",
            ),
            pytest.param(
                "The talks were attended by the UN Secretary-General's Personal Envoy for Sudan, Aminata Diarra.",
                "Aminata Diarra",
                "Personal Envoy",
                None,
                id="office-of-an-office",
            ),
        ],
    )
    def test_a_title_with_its_posting_names_the_person_in_apposition(
        self, text: str, name: str, title: str, country: str | None
    ) -> None:
        """ "China's Special Envoy for Pacific Island Affairs, Wang Zhiqiang": the posting is part of the description
        (no "Island Affairs" person, no "Kenya's Cabinet" organisation), and the name after the comma holds it."""
        result = diplomeet.extract(text, published=PUBLISHED)
        assert [p.name for p in result.participants][-1:] == [name]
        assert len(result.participants) == (1 if "attended" in text else 2)
        last = result.participants[-1]
        assert (last.kind, last.title, last.country) == (ParticipantKind.PERSON, title, country)

    def test_a_transcripts_credits_name_staff(self) -> None:
        """ "Presenter: A | Correspondent: B, Kuwait City": the programme's staff, not people of the story."""
        result = diplomeet.extract(
            "Presenter: Nadine Farouk | Correspondent: Yusuf Haddad, Kuwait City\n\nForeign Minister Hamid al-Jubouri "
            "held talks in Kuwait City on Sunday with Foreign Minister Ahmad Al-Ali.",
            published=PUBLISHED,
        )
        assert [p.name for p in result.participants if p.kind is ParticipantKind.PERSON] == [
            "Hamid al-Jubouri",
            "Ahmad Al-Ali",
        ]

    @pytest.mark.parametrize(
        ("text", "names"),
        [
            pytest.param(
                "President Fernando Albuquerque Lima and Foreign Minister Lucía Ferraro met for around 25 minutes.",
                ["Fernando Albuquerque Lima", "Lucía Ferraro"],
                id="a-city-ends-the-name",
            ),
            pytest.param(
                "Secretary of State Antony Blinken Beijing visit ends.",
                ["Antony Blinken"],
                id="not-before-a-meeting-noun",
            ),
            pytest.param(
                "President Joe Biden Peru trip is off, said Jake Sullivan.",
                ["Joe Biden", "Jake Sullivan"],
                id="not-a-country",
            ),
        ],
    )
    def test_a_city_after_a_given_name_and_a_surname_is_part_of_the_name(self, text: str, names: list[str]) -> None:
        """ "Fernando Albuquerque Lima": a one-word city after a known given name and a second name word ends the
        name; a country, or a city before a meeting noun, does not."""
        result = diplomeet.extract(text, published=PUBLISHED)
        assert [p.name for p in result.participants if p.kind is ParticipantKind.PERSON] == names

    @pytest.mark.parametrize(
        ("gap", "chair"),
        [pytest.param(2, "Amadou Diallo", id="named-lately"), pytest.param(8, None, id="named-long-before")],
    )
    def test_a_description_means_someone_untitled_only_while_the_story_is_about_them(
        self, gap: int, chair: str | None
    ) -> None:
        """ "the AES chair" is the untitled person named a sentence or two before, not a name seen long ago."""
        filler = " ".join(f"Cross-border trade fell by {n} percent in the year to March." for n in range(gap))
        result = diplomeet.extract(
            f"Amadou Diallo spoke at the border market on Monday. {filler} Special envoy Kwame Asante-Darko said "
            "he hoped to meet the AES chair before the end of the year.",
            published=PUBLISHED,
        )
        described = [p.name for p in result.participants if any(m.form.value == "description" for m in p.mentions)]
        assert described == ([chair] if chair else [])

    @pytest.mark.parametrize(
        ("text", "outlet"),
        [
            pytest.param(
                "Tajikistan's state news agency Khovar reported that President Jamshed Rahimzoda had invited him.",
                "Khovar",
                id="news-agency",
            ),
            pytest.param(
                "The daily Ovozi Tojik said President Jamshed Rahimzoda had invited him.",
                "Ovozi Tojik",
                id="daily",
            ),
        ],
    )
    def test_a_name_after_an_outlet_noun_is_the_outlet(self, text: str, outlet: str) -> None:
        """ "state news agency Khovar reported": the name after a lower-case noun for a news outlet is the outlet,
        an organisation that speaks, not a person."""
        result = diplomeet.extract(text, published=PUBLISHED)
        assert [(p.name, p.kind) for p in result.participants] == [
            (outlet, ParticipantKind.ORGANIZATION),
            ("Jamshed Rahimzoda", ParticipantKind.PERSON),
        ]
        assert [s.speaker.name if s.speaker else None for s in result.statements][:1] == [outlet]


# --------------------------------------------------------------------- variants


class TestUnknownNames:
    @pytest.mark.parametrize(
        "appositive",
        [
            pytest.param("a researcher", id="short"),
            pytest.param("a researcher at the Bamako-based Sahel Security Institute", id="long"),
        ],
    )
    def test_an_indefinite_appositive_then_a_verb_makes_a_person(self, appositive: str) -> None:
        """ "Aïssata Traoré, a researcher at …, said": a name no lexicon knows, described as someone and then
        speaking, is a person, and the speaker.
        """
        result = expect(
            f"Aïssata Traoré, {appositive}, said the committee would be judged on results.",
            published=PUBLISHED,
            participants=[person("Aïssata Traoré")],
        )
        assert [s.speaker.name if s.speaker else None for s in result.statements] == ["Aïssata Traoré"]


class TestLoneSurnames:
    def test_a_shared_name_alone_is_not_the_spouses(self) -> None:
        """ "Lula" after "President Lula da Silva … with First Lady Rosângela Lula da Silva": the president."""
        expect(
            "President Luiz Inácio Lula da Silva landed in Hanoi with First Lady Rosângela Lula da Silva at his "
            "side. On Friday, Lula met General Secretary To Lam.",
            published=PUBLISHED,
            participants=[
                person("Luiz Inácio Lula da Silva", "President", aliases=("Lula",)),
                person("Rosângela Lula da Silva", "First Lady"),
                person("To Lam", "General Secretary"),
            ],
        )

    def test_a_lone_name_without_its_accents(self) -> None:
        """ "Cuong" after "Lương Cường": a caption with the accents, the story without."""
        expect(
            "President Lương Cường welcomed the guests in Hanoi on Friday. Cuong said the visit was historic.",
            published=PUBLISHED,
            participants=[person("Lương Cường", "President", aliases=("Cuong",))],
        )

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("Scholz, who arrived on Monday, said Germany would send more tanks.", id="who"),
            pytest.param("Scholz, speaking in Berlin, said Germany would send more tanks.", id="participle"),
        ],
    )
    def test_a_surname_whose_clause_sits_in_commas_is_a_person(self, text: str) -> None:
        """ "Scholz, who …, said", "Scholz, speaking in Berlin, said": a person, and the speaker."""
        result = expect(text, published=PUBLISHED, participants=[person("Scholz")])
        assert [s.speaker.name for s in result.statements if s.speaker] == ["Scholz"]

    @pytest.mark.parametrize(
        ("text", "names"),
        [
            pytest.param("Putin is set to host Xi Jinping in Moscow next week.", ["Putin", "Xi Jinping"], id="set-to"),
            pytest.param(
                "Kishida and Yoon agreed to meet again at the G7 summit in May.", ["Kishida", "Yoon"], id="agreed-to"
            ),
            pytest.param("Lavrov is expected to visit Beijing next month.", ["Lavrov"], id="expected-to"),
            pytest.param("Zelensky spoke with Trump on Monday.", ["Trump", "Zelensky"], id="spoke-with"),
            pytest.param("Blinken and Wang resumed talks on Monday.", ["Blinken", "Wang"], id="resumed-talks"),
        ],
    )
    def test_a_surname_led_to_a_meeting_verb_is_a_person(self, text: str, names: list[str]) -> None:
        """ "Putin is set to host …", "Kishida and Yoon agreed to meet": the subject of a meeting verb."""
        result = diplomeet.extract(text, published=PUBLISHED)
        assert sorted(p.name for p in result.participants if p.kind.value == "person") == sorted(names)
        assert len(result.meetings) == 1

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("Blinken arrived in Beijing on Sunday.", id="arrived"),
            pytest.param("Blinken flew to Beijing on Sunday.", id="flew"),
            pytest.param("Blinken landed in Beijing on Sunday.", id="landed"),
        ],
    )
    def test_a_surname_before_a_verb_of_travel_is_a_person(self, text: str) -> None:
        """ "Blinken arrived in Beijing": only a person (or a party) arrives, flies or lands."""
        expect(text, published=PUBLISHED, participants=[person("Blinken")])

    @pytest.mark.parametrize(
        ("text", "group"),
        [
            pytest.param("Protesters arrived in Paris on Monday.", "Protesters", id="protesters"),
            pytest.param("Analysts said the summit was a success.", "Analysts", id="analysts"),
            pytest.param("Lawmakers said the deal was dead.", "Lawmakers", id="lawmakers"),
        ],
    )
    def test_a_plural_noun_opening_a_sentence_is_a_group(self, text: str, group: str) -> None:
        """ "Protesters arrived …", "Analysts said …": capitalised only as the sentence opens, no person."""
        result = diplomeet.extract(text, published=PUBLISHED)
        assert [(p.name, p.kind.value) for p in result.participants] in ([], [(group, "group")])

    @pytest.mark.parametrize(
        ("text", "names"),
        [
            pytest.param("Modi had a very good meeting with Zelenskiy on Monday.", ["Modi", "Zelenskiy"], id="with"),
            pytest.param(
                "Talks between Modi and Zelenskiy lasted an hour on Monday.", ["Modi", "Zelenskiy"], id="between"
            ),
            pytest.param(
                "A historic meeting between North and South Korea took place on Monday.", [], id="north-and-south"
            ),
        ],
    )
    def test_a_surname_after_a_meeting_noun_is_a_person(self, text: str, names: list[str]) -> None:
        """ "a meeting with Zelenskiy", "talks between Modi and Zelenskiy": the parties of a meeting;
        "between North and South Korea" is one country name shared by two.
        """
        result = diplomeet.extract(text, published=PUBLISHED)
        assert [p.name for p in result.people] == names

    def test_a_surname_joined_to_an_object_is_a_person(self) -> None:
        """ "Blinken met Wang and Xi": the second object of the verb is a person as the first is."""
        expect(
            "Blinken met Wang and Xi in Beijing on Monday.",
            published=PUBLISHED,
            participants=[person("Blinken"), person("Wang"), person("Xi")],
            meetings=[["Blinken", "Wang", "Xi"]],
        )

    def test_an_adjective_before_an_infinitive_is_not_a_person(self) -> None:
        """ "“Good to see you,” Biden said": "to see" after an adjective does not make it a subject."""
        result = diplomeet.extract("“Good to see you,” Biden said.", published=PUBLISHED)
        assert [p.name for p in result.participants] == ["Biden"]

    def test_a_word_before_a_participle_is_not_a_person_without_its_verb(self) -> None:
        """ "… in both Russian and English, saying …": a participle alone vouches for no one."""
        result = diplomeet.extract(
            "Modi posted photos on X, in both Russian and English, saying he was pleased.", published=PUBLISHED
        )
        assert "English" not in [p.name for p in result.participants]


class TestVariants:
    def test_misspelt_family_name_joins(self) -> None:
        """ "Xii" is a slip for Xi: an alias of Xi Jinping, whose canonical name stays correct."""
        result = expect(
            "Chinese President Xi Jinping met Secretary of State Antony Blinken on Monday. "
            "Xii said the talks were good.",
            published=PUBLISHED,
            participants=[person("Xi Jinping", "President", "China", aliases=("Xii",)), "Antony Blinken"],
        )
        assert result.statements[0].speaker is result.participant("Xi Jinping")

    def test_older_romanisation_joins(self) -> None:
        """ "Chin" for Qin is the same person; the canonical name is the full pinyin form."""
        expect(
            "Chinese Foreign Minister Qin Gang met Secretary of State Antony Blinken on Sunday. "
            "Chin said the talks were candid.",
            published=PUBLISHED,
            participants=[person("Qin Gang", "Foreign Minister", "China", aliases=("Chin",)), "Antony Blinken"],
            statements=[{"speaker": "Qin Gang", "text": "the talks were candid"}],
        )

    @pytest.mark.parametrize(
        ("text", "name", "aliases"),
        [
            pytest.param(
                "European Commission President Ursula von der Leyen arrived in Beijing on Thursday. "
                "Von der Leyen said the talks were frank. Xi told von der Leyen that trade mattered.",
                "Ursula von der Leyen",
                ("Von der Leyen", "von der Leyen"),
                id="von-der",
            ),
            pytest.param(
                "Brazilian President Luiz Inácio Lula da Silva met Xi in Beijing. Da Silva said the talks were frank.",
                "Luiz Inácio Lula da Silva",
                ("Da Silva",),
                id="da",
            ),
            pytest.param(
                "Spanish Foreign Minister Pedro de la Fuente met Blinken. De la Fuente said the talks were frank.",
                "Pedro de la Fuente",
                ("De la Fuente",),
                id="de-la",
            ),
        ],
    )
    def test_surname_with_particles_joins_the_full_name(self, text: str, name: str, aliases: tuple[str, ...]) -> None:
        """ "Ursula von der Leyen" … "Von der Leyen" … "von der Leyen": one person, particles and all."""
        result = diplomeet.extract(text, published=PUBLISHED)
        found = result.participant(name)
        assert found is not None, compact(result)["participants"]
        assert found.aliases == aliases
        assert [p.name for p in result.people if p.name not in {"Xi", "Blinken"}] == [name]

    def test_abbreviated_suffix_keeps_its_full_stop(self) -> None:
        """ "Ferdinand Marcos Jr. met …": the suffix's full stop belongs to the name and ends no clause."""
        expect(
            "Philippine President Ferdinand Marcos Jr. met Vietnamese President Vo Van Thuong in Hanoi on Monday. "
            "Marcos Jr. said the talks were good.",
            published=PUBLISHED,
            participants=[
                person("Ferdinand Marcos Jr.", "President", "Philippines", aliases=("Marcos Jr.",)),
                person("Vo Van Thuong", "President", "Vietnam"),
            ],
            meetings=[{"participants": ["Ferdinand Marcos Jr.", "Vo Van Thuong"], "location": "Hanoi"}],
            statements=[{"speaker": "Ferdinand Marcos Jr.", "text": "the talks were good"}],
        )

    def test_given_name_spelling_variant_joins(self) -> None:
        """ "Anthony Blinken" and "Antony Blinken" are one person; the first full form is canonical."""
        expect(
            "Secretary of State Antony Blinken met Wang Yi on Sunday. Anthony Blinken said he raised human rights.",
            published=PUBLISHED,
            participants=[
                person("Antony Blinken", "Secretary of State", aliases=("Anthony Blinken",)),
                "Wang Yi",
            ],
        )

    def test_transliterations_join(self) -> None:
        """Zelenskyy, Zelensky and Zelenskiy are one person with two aliases."""
        text = (
            "Ukrainian President Volodymyr Zelenskyy met Polish President Andrzej Duda in Warsaw on Wednesday. "
            "Zelensky thanked Poland. Zelenskiy said the war would end."
        )
        result = expect(
            text,
            published=PUBLISHED,
            participants=[
                person("Volodymyr Zelenskyy", "President", "Ukraine", aliases=("Zelensky", "Zelenskiy")),
                person("Andrzej Duda", "President", "Poland"),
            ],
        )
        assert [m.text for m in result.participants[0].mentions] == ["Volodymyr Zelenskyy", "Zelensky", "Zelenskiy"]

    def test_diacritics_keep_the_written_form(self) -> None:
        """ "Erdogan" joins "Recep Tayyip Erdoğan", whose name keeps its diacritic."""
        expect(
            "Turkish President Recep Tayyip Erdoğan met Chancellor Olaf Scholz in Ankara on Monday. "
            "Erdogan said the talks were productive.",
            published=PUBLISHED,
            participants=[
                person("Recep Tayyip Erdoğan", "President", "Turkey", aliases=("Erdogan",)),
                person("Olaf Scholz", "Chancellor"),
            ],
        )

    def test_different_given_names_are_never_merged(self) -> None:
        """Joe Biden and Hunter Biden stay two people; the earlier bare "Biden" is the president."""
        text = (
            "President Joe Biden met Ukrainian President Volodymyr Zelenskyy on Thursday. "
            "Biden said the aid would continue. Hunter Biden attended a dinner later."
        )
        result = expect(
            text,
            published=PUBLISHED,
            participants=[
                person("Joe Biden", "President", aliases=("Biden",)),
                person("Volodymyr Zelenskyy", "President", "Ukraine"),
                person("Hunter Biden"),
            ],
            statements=[{"speaker": "Joe Biden", "text": "the aid would continue"}],
        )
        assert mentions(result, "Hunter Biden") == [("Hunter Biden", "name")]

    def test_canonical_name_is_the_fullest_form(self) -> None:
        """A surname seen before the full name still ends up under the full name."""
        expect(
            "Blinken arrived on Sunday. Secretary of State Antony Blinken then met Wang Yi.",
            published=PUBLISHED,
            participants=[person("Antony Blinken", "Secretary of State", aliases=("Blinken",)), "Wang Yi"],
        )

    def test_lookup_by_alias(self) -> None:
        """``Extraction.participant`` finds a person by any of the forms the article uses."""
        result = diplomeet.extract(
            "Chinese Foreign Minister Qin Gang met Secretary of State Antony Blinken on Sunday. "
            "Chin said the talks were candid.",
            published=PUBLISHED,
        )
        assert result.participant("Chin") is result.participant("Qin Gang")
        assert result.participant("Gang Qin") is None


# --------------------------------------------------------------------- robustness


class TestRobustness:
    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("Blinken Meets Top Chinese Officials", id="headline-ending-in-a-group"),
            pytest.param(
                "Blinken Heads To Beijing For Talks With Top Officials\n\nSecretary of State Antony Blinken left.",
                id="headline-group-before-a-paragraph",
            ),
            pytest.param("Talks with the two sides", id="the-two-sides-at-end"),
        ],
    )
    def test_group_at_the_end_of_an_unpunctuated_sentence(self, text: str) -> None:
        """A headline that ends in an unnamed group is read without error and adds no person."""
        result = diplomeet.extract(text, published=PUBLISHED)
        assert all(p.name not in {"Top Officials", "Officials"} for p in result.people)

    @pytest.mark.parametrize("text", ["A.\n\nChina’s", "A. B.", "The. J."])
    def test_an_article_before_an_initial_is_no_name(self, text: str) -> None:
        """ "A." then a possessive: once the article is dropped, only a full stop is left; no error."""
        assert diplomeet.extract(text, published=PUBLISHED).people == ()


# --------------------------------------------------------------------- properties

FRAGMENTS = [
    "Secretary of State Antony Blinken",
    "Chinese President Xi Jinping",
    "Foreign Minister Qin Gang",
    "Rachel Reeves, Britain's first female Chancellor,",
    "the Russian leader, Vladimir Putin,",
    "Sullivan, the national security adviser,",
    "Blinken",
    "Xi",
    "Xii",
    "Chin",
    "Anthony Blinken",
    "Zelensky",
    "Volodymyr Zelenskyy",
    "Joe Biden",
    "Hunter Biden",
    "Biden",
    "the Chinese leader",
    "he",
    "she",
    "they",
    "The State Department",
    "China's foreign ministry",
    "Beijing",
    "the Great Hall of the People",
    "met",
    "said",
    "told reporters",
    "visited",
    "in",
    "on Monday",
    "May",
    "June",
    "and",
    ",",
    ".",
    ". ",
    "\n\n",
    "“",
    "”",
    "'s",
]


"""A sentence cut off right after "said in": extract raises today (see test_statements.py,
``TestRobustness``); such texts are left out here until that is fixed."""


class TestProperties:
    @settings(max_examples=150, deadline=None)
    @given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=30))
    def test_every_mention_slices_the_text(self, parts: list[str]) -> None:
        """Every mention of every participant is the exact slice of the original text at its offsets."""
        text = " ".join(parts)
        result = diplomeet.extract(text, published=PUBLISHED)
        for participant in result.participants:
            assert participant.mentions, participant.name
            for mention in participant.mentions:
                assert text[mention.start : mention.end] == mention.text
                assert mention.text.strip() == mention.text
        starts = [p.mentions[0].start for p in result.participants]
        assert starts == sorted(starts)

    @settings(max_examples=150, deadline=None)
    @given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=30))
    def test_participant_names_are_unique(self, parts: list[str]) -> None:
        """No two participants share a canonical name, and no alias repeats the name it belongs to."""
        text = " ".join(parts)
        result = diplomeet.extract(text, published=PUBLISHED)
        names = [p.name for p in result.participants]
        assert len(names) == len(set(names))
        for participant in result.participants:
            assert participant.name not in participant.aliases
            assert len(participant.aliases) == len(set(participant.aliases))
            if participant.kind is not ParticipantKind.PERSON:
                assert participant.title is None


class TestCountryByTheNamesOwnWords:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Egypt's Abdel Fattah el-Sisi arrived in Amman on Monday.",
                person("Abdel Fattah el-Sisi", None, "Egypt"),
                id="possessive-country-before-the-name",
            ),
            pytest.param(
                "Foreign Minister Ayman Safadi of Jordan arrived in Cairo on Monday.",
                person("Ayman Safadi", "Foreign Minister", "Jordan"),
                id="of-a-country-after-the-name",
            ),
            pytest.param(
                "King Abdullah II of Jordan arrived in Cairo on Monday.",
                person("Abdullah II", "King", "Jordan"),
                id="of-a-country-after-a-regnal-number",
            ),
        ],
    )
    def test_the_country_a_name_is_given(self, text: str, expected: dict[str, object]) -> None:
        """ "Egypt's Sisi", "Safadi of Jordan": the country the article gives the person by the name's own words."""
        expect(text, published=PUBLISHED, participants=[expected])

    def test_of_a_place_that_is_no_country_gives_none(self) -> None:
        """ "Ayman Safadi of the foreign ministry": no country."""
        result = diplomeet.extract(
            "Ayman Safadi of the foreign ministry arrived in Cairo on Monday.", published=PUBLISHED
        )
        assert [(p.name, p.country) for p in result.people] == [("Ayman Safadi", None)]


class TestTitleAfterADepartment:
    @pytest.mark.parametrize(
        ("text", "title"),
        [
            pytest.param("U.S. Treasury Secretary Scott Bessent arrived in Geneva on Monday.", "Treasury Secretary"),
            pytest.param("US Treasury Secretary Scott Bessent arrived in Geneva on Monday.", "Treasury Secretary"),
        ],
    )
    def test_a_title_that_opens_with_a_department_name(self, text: str, title: str) -> None:
        """ "U.S. Treasury Secretary Scott Bessent": the country, then the title, not the Treasury's secretary."""
        expect(text, published=PUBLISHED, participants=[person("Scott Bessent", title, "United States")])

    def test_the_department_alone_still_speaks(self) -> None:
        """ "The U.S. Treasury said …": the department."""
        result = diplomeet.extract("The U.S. Treasury said the talks were useful.", published=PUBLISHED)
        assert [(s.speaker.name if s.speaker else None, s.text) for s in result.statements] == [
            ("U.S. Treasury", "the talks were useful")
        ]


class TestDescriptionBeforeATitledName:
    def test_a_title_of_the_same_office_may_open_the_name(self) -> None:
        """ "Sudan's army chief, General Abdel Fattah al-Burhan,": the description is his (a military title), not
        the person named before it."""
        result = diplomeet.extract(
            "The head of the World Food Programme, Cindy McCain, said famine was spreading. Sudan's army chief, "
            "General Abdel Fattah al-Burhan, has rejected calls for talks.",
            published=PUBLISHED,
        )
        assert [(p.name, p.country) for p in result.participants if p.kind.value == "person"] == [
            ("Cindy McCain", None),
            ("Abdel Fattah al-Burhan", "Sudan"),
        ]
        assert mentions(result, "Abdel Fattah al-Burhan")[0] == ("Sudan's army chief", "description")

    def test_a_title_of_another_office_is_a_list(self) -> None:
        """ "the King, Prime Minister Keir Starmer and …": two people, so "the King" is not Starmer."""
        result = diplomeet.extract(
            "Donald Trump met the King, Prime Minister Keir Starmer and other officials.", published=PUBLISHED
        )
        assert [m for m in mentions(result, "Keir Starmer") if m[1] == "description"] == []


class TestDescriptionOfTwoUnvouchedPeople:
    TEXT = (
        "Emmanuel Macron urged Beijing to use its influence over Moscow during a state visit in which he held talks "
        "with Xi Jinping. Speaking to reporters on his plane, the French president said he had found Xi open to a "
        "ceasefire."
    )

    def test_the_description_by_country_is_the_subject_seen_last(self) -> None:
        """Nothing says whose title or country is which; "the French president" in a subject's place is Macron, the
        subject, not Xi, last named after "with"."""
        result = diplomeet.extract(self.TEXT, published=PUBLISHED)
        assert [(p.name, p.country) for p in result.participants if p.kind.value == "person"] == [
            ("Emmanuel Macron", "France"),
            ("Xi Jinping", None),
        ]
        assert [(s.speaker.name if s.speaker else None, s.text) for s in result.statements] == [
            ("Emmanuel Macron", "Beijing to use its influence over Moscow"),
            ("Emmanuel Macron", "he had found Xi open to a ceasefire"),
        ]

    def test_a_relational_description_still_means_the_object(self) -> None:
        """ "his counterpart" names a relation, not a country: the person spoken to, as before."""
        result = diplomeet.extract(
            "Brittney Griner was freed in December. Antony Blinken said he would speak to Sergei Lavrov this week. "
            "He said it was important that his counterpart hear directly from him.",
            published=PUBLISHED,
        )
        assert [m for m in mentions(result, "Sergei Lavrov") if m[1] == "description"] == [
            ("his counterpart", "description")
        ]


class TestCounterpartOfThePossessor:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Foreign Minister Park Ji-yeon met her Japanese counterpart in Busan on Thursday.",
                [("Park Ji-yeon", None, [])],
                id="no-one-else-named",
            ),
            pytest.param(
                "The talks were between Prince Faisal bin Farhan and Hossein Amir-Abdollahian. Amir-Abdollahian told "
                "state television that he had invited his Saudi counterpart to visit Tehran.",
                [
                    ("Faisal bin Farhan", "Saudi Arabia", ["his Saudi counterpart"]),
                    ("Hossein Amir-Abdollahian", None, []),
                ],
                id="the-pronoun-s-owner-is-the-subject",
            ),
            pytest.param(
                "President Joe Biden and his wife Jill welcomed Emmanuel Macron and his wife Brigitte, hours after the "
                "French President said his American counterpart's plan was a threat to Europe.",
                [
                    ("Joe Biden", "United States", ["his American counterpart"]),
                    ("Jill", None, []),
                    ("Emmanuel Macron", "France", ["the French President"]),
                    ("Brigitte", None, []),
                ],
                id="the-description-s-owner-and-no-wife",
            ),
            pytest.param(
                "Prime Minister Narendra Modi spoke with Russian President Vladimir Putin on Friday. External Affairs "
                "Minister S. Jaishankar will hold talks with his Russian counterpart in Moscow next week.",
                [("Narendra Modi", None, []), ("Vladimir Putin", "Russia", []), ("S. Jaishankar", "India", [])],
                id="a-minister-s-counterpart-is-no-president",
            ),
            pytest.param(
                "Russian Foreign Minister Sergei Lavrov met President Xi Jinping on Friday. Foreign Minister Wang Yi "
                "will travel to Moscow next week for talks with his Russian counterpart.",
                [
                    ("Sergei Lavrov", "Russia", ["his Russian counterpart"]),
                    ("Xi Jinping", None, []),
                    ("Wang Yi", None, []),
                ],
                id="a-minister-s-counterpart-is-a-minister",
            ),
        ],
    )
    def test_his_counterpart_is_not_himself(self, text: str, expected: list[tuple[str, str | None, list[str]]]) -> None:
        """ "met her Japanese counterpart", "he had invited his Saudi counterpart": the counterpart is someone other
        than the possessive's owner (the person just named, or the subject a pronoun stands for), and no one's
        wife; with no one else named, the description names no one. A minister's counterpart holds a like office: no
        president."""
        result = diplomeet.extract(text, published=PUBLISHED)
        assert [
            (p.name, p.country, [m.text for m in p.mentions if m.form.value == "description"])
            for p in result.participants
            if p.kind.value == "person"
        ] == expected


def test_a_rank_in_lower_case_before_a_noun_is_an_adjective() -> None:
    """ "among the major relationships of the world": "major" is no description of a person."""
    result = diplomeet.extract(
        "Jaishankar held talks with Sergei Lavrov in Moscow. “We have one of the steadiest relationships among the"
        " major relationships of the world,” Jaishankar said.",
        published="2025-08-21",
    )
    assert [(p.name, p.title) for p in result.participants if p.name == "Sergei Lavrov"] == [("Sergei Lavrov", None)]


def test_an_organisation_s_political_chief_is_one_person() -> None:
    """ "Hamas political chief Ismail Haniyeh": a title of the party kind; "Hamas" is his organisation, not a party
    of its own."""
    result = diplomeet.extract(
        "Qatar's emir met on Friday with Hamas political chief Ismail Haniyeh in Doha.", published="2024-11-19"
    )
    haniyeh = next(p for p in result.participants if p.name == "Ismail Haniyeh")
    assert haniyeh.title == "political chief"
    assert result.meetings[0].others == ("Qatar's emir",)
