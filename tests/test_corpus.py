"""Quality floors on the development corpus (../shared/corpus), a regression test.

The floors sit a little below the figures measured when they were set (see the
README), so that a change which makes extraction worse fails here, while noise
from a single article does not. The corpus is other people's writing and is not
in the repository: the test skips when it is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from diplomeet.evaluate import MissKind, Report, evaluate_corpus

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"

FLOORS = {
    "people": 0.96,
    "direct_e2e": 0.95,
    "indirect_e2e": 0.87,
    "meetings": 0.83,
    "date": 0.86,
    "location": 0.86,
    "duration": 0.85,
    "topics": 0.72,
    "outcomes": 0.80,
}
"""Minimum F1 (categories) and accuracy (attributes) on the development corpus."""


@pytest.fixture(scope="module")
def report() -> Report:
    if not (CORPUS / "GUIDELINES.md").is_file():
        pytest.skip(f"the development corpus is not at {CORPUS} (it lives beside the repository, in CI too)")
    return evaluate_corpus(CORPUS)


class TestCorpusFloors:
    def test_every_article_is_read_without_error(self, report: Report) -> None:
        """No article of the corpus makes the extractor raise."""
        assert report.errors == {}

    @pytest.mark.parametrize(("name", "floor"), sorted(FLOORS.items()))
    def test_figure_stays_above_its_floor(self, report: Report, name: str, floor: float) -> None:
        """Each headline figure stays at or above the floor set from the last measurement."""
        assert report.below({name: floor}) == []

    def test_every_seed_meeting_is_found_with_its_facts(self, report: Report) -> None:
        """The three seed articles: every gold meeting found, with its date, place and length right."""
        meeting_misses = [
            (article, str(miss.kind), miss.text)
            for article, miss in report.misses
            if article.startswith("seed-") and miss.category == "meetings" and miss.kind is not MissKind.FALSE_POSITIVE
        ]
        assert meeting_misses == []
