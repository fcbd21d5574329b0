"""Tests of the diplomeet-gulf plugin, written with diplomeet's own test helpers."""

import doctest
from pathlib import Path

import diplomeet
import pytest
from diplomeet import Extractor, plugins
from diplomeet.pytest_plugin import gold_articles
from diplomeet.testing import GoldArticle

import diplomeet_gulf

GOLD = Path(__file__).parent / "gold"


class TestLexicons:
    def test_ruler_title_gives_title_and_country(self, diplomeet_expect):
        """A "Ruler of Dubai" appositive becomes the person's title, with the country it implies."""
        diplomeet_expect(
            "Sheikh Mohammed bin Rashid Al Maktoum, Ruler of Dubai, met Indian Prime Minister Narendra Modi on Tuesday.",
            published="2024-02-15",
            participants=[
                {
                    "name": "Mohammed bin Rashid Al Maktoum",
                    "title": "Ruler of Dubai",
                    "country": "United Arab Emirates",
                },
                {"name": "Narendra Modi", "title": "Prime Minister", "country": "India"},
            ],
        )

    def test_palace_locates_the_meeting(self, diplomeet_expect):
        """A meeting at a Gulf palace is placed in the palace's city."""
        result = diplomeet_expect(
            "Sheikh Mohammed bin Rashid Al Maktoum received Indian Prime Minister Narendra Modi at Zabeel Palace on Tuesday.",
            published="2024-02-15",
            meetings=[{"participants": ["Mohammed bin Rashid Al Maktoum", "Narendra Modi"], "location": "Dubai"}],
        )
        place = result.meetings[0].location
        assert (place.venue, place.city, place.country) == ("Zabeel Palace", "Dubai", "United Arab Emirates")

    def test_entries_are_added_to_one_extractor_only(self, extractor):
        """The plugin's 17 titles and 13 venues extend its extractor and no other."""
        plain = Extractor()
        assert len(extractor.lexicon("titles")) == len(plain.lexicon("titles")) + 17
        assert len(extractor.lexicon("venues")) == len(plain.lexicon("venues")) + 13
        assert "Zabeel Palace" in extractor.lexicon("venues")
        assert "Zabeel Palace" not in diplomeet.Extractor().lexicon("venues")


class TestInitialisms:
    def test_initials_of_patronymic_names(self):
        """Initials stop at the father's name; names without a particle have none."""
        particles = frozenset({"bin", "bint"})
        assert diplomeet_gulf.initials("Mohammed bin Salman", particles) == "MBS"
        assert diplomeet_gulf.initials("Mohamed bin Zayed Al Nahyan", particles) == "MBZ"
        assert diplomeet_gulf.initials("Latifa bint Mohammed", particles) == "LBM"
        assert diplomeet_gulf.initials("Joe Biden", particles) is None

    def test_initialism_speaker_is_the_prince(self, diplomeet_expect):
        """ "MBS said" is attributed to Mohammed bin Salman, and MBS becomes one of his aliases."""
        diplomeet_expect(
            "Saudi Crown Prince Mohammed bin Salman received Chinese President Xi Jinping in Riyadh on Thursday. "
            "“Our partnership is strategic,” MBS said.",
            published="2024-02-16",
            participants=[{"name": "Mohammed bin Salman", "aliases": ["MBS"]}, "Xi Jinping"],
            statements=[{"speaker": "Mohammed bin Salman", "text": "Our partnership is strategic,", "kind": "direct"}],
        )

    def test_rule_records_what_it_linked(self, extractor):
        """The rule keeps its findings in the parse state's env under "gulf"."""
        seen = {}
        extractor.rules.after(diplomeet_gulf.RULE, "spy", lambda state: seen.update(diplomeet_gulf.initialisms(state)))
        extractor.extract(
            "Emirati President Mohamed bin Zayed Al Nahyan met Emmanuel Macron on Monday. MBZ said ties were strong."
        )
        assert seen == {"MBZ": "Mohamed bin Zayed Al Nahyan"}

    def test_unknown_initials_are_left_alone(self, diplomeet_expect):
        """Initials that abbreviate no one in the article are not linked."""
        diplomeet_expect(
            "Saudi Crown Prince Mohammed bin Salman met Chinese President Xi Jinping on Thursday. MBZ was not there.",
            participants=[{"name": "Mohammed bin Salman", "aliases": []}, "Xi Jinping"],
        )

    def test_option_leaves_the_rule_out(self):
        """With initialisms=False the lexicons are added but the rule is not."""
        extractor = Extractor().use(diplomeet_gulf.plugin, initialisms=False)
        assert diplomeet_gulf.RULE not in extractor.rules
        assert "Zabeel Palace" in extractor.lexicon("venues")

    def test_applying_twice_adds_the_rule_once(self, extractor):
        """A second application does not fail on the rule's name."""
        extractor.use(diplomeet_gulf.plugin)
        assert extractor.rules.names().count(diplomeet_gulf.RULE) == 1


class TestEntryPoint:
    def test_registered_under_its_name(self):
        """The installed package registers the plugin as "gulf"."""
        assert "gulf" in plugins.available()
        assert plugins.load("gulf") is diplomeet_gulf.plugin

    def test_extractor_with_plugins_has_the_rule(self):
        """Extractor(plugins=True) applies the plugin; the default extractor does not."""
        assert diplomeet_gulf.RULE in Extractor(plugins=True).rules
        assert diplomeet_gulf.RULE not in Extractor().rules


FLOORS = {"people": 1.0, "meetings": 1.0, "date": 1.0, "location": 1.0, "direct_e2e": 1.0, "indirect_e2e": 1.0}


class TestGold:
    @pytest.mark.parametrize("article", gold_articles(GOLD, floors=FLOORS))
    def test_article_reaches_its_floors(self, article: GoldArticle, extractor):
        """Each gold article of tests/gold reaches its floors with the plugin."""
        article.check(extractor)

    @pytest.mark.parametrize("article", gold_articles(GOLD, floors=FLOORS))
    def test_without_the_plugin_the_palace_is_no_place(self, article: GoldArticle):
        """Without the plugin the meetings at palaces have no location: the floors catch it."""
        assert article.shortfalls(article.score(Extractor())) == ["location 0.000 < 1"]


class TestReadme:
    def test_examples_run(self):
        """The README's examples give the output they show."""
        failures, tried = doctest.testfile(str(Path(__file__).parent.parent / "README.md"), module_relative=False)
        assert (failures, tried > 0) == (0, True)
