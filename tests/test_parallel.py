"""Many articles at once: extract_many in one process and in several, pickling, a Dask cluster."""

from __future__ import annotations

import datetime as dt
import json
import os
import pickle
from pathlib import Path

import pytest

import diplomeet
from diplomeet import Extraction, Extractor
from diplomeet.parallel import extract_many

ARTICLES = [
    "German Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin on Friday.",
    "“We stand together,” Scholz told reporters after the talks.",
    "Nothing diplomatic happened here at all.",
    "Japanese Prime Minister Fumio Kishida will visit Seoul next week for talks with Yoon Suk Yeol.",
    "",
    "Macron said the two countries would deepen defence cooperation.",
    "Indian Foreign Minister S. Jaishankar held a 40-minute call with his Australian counterpart on Tuesday.",
]
PUBLISHED = "2023-06-20"
SHARED_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def sequential(texts: list[str], published: str | None = PUBLISHED) -> list[Extraction]:
    return [diplomeet.extract(t, published=published) for t in texts]


class Counting:
    """An input stream that counts how many items have been read from it."""

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self.read = 0

    def __iter__(self):
        for text in self.texts:
            self.read += 1
            yield text


class TestInOneProcess:
    def test_same_results_as_a_loop_in_input_order(self):
        """workers=1 yields exactly what Extractor.extract gives, article by article, in order."""
        assert list(extract_many(ARTICLES, published=PUBLISHED)) == sequential(ARTICLES)

    def test_reads_the_input_lazily(self):
        """The first result is ready after reading only the first article."""
        stream = Counting(ARTICLES)
        results = extract_many(stream, published=PUBLISHED)
        first = next(results)
        assert stream.read == 1
        assert first == diplomeet.extract(ARTICLES[0], published=PUBLISHED)

    def test_progress_counts_every_result(self):
        """The callback receives 1, 2, ... n, one call per result."""
        seen: list[int] = []
        list(extract_many(ARTICLES, published=PUBLISHED, progress=seen.append))
        assert seen == list(range(1, len(ARTICLES) + 1))

    def test_progress_is_called_before_the_result_is_handed_out(self):
        """When a result arrives, the callback has already counted it."""
        seen: list[int] = []
        for n, _ in enumerate(extract_many(ARTICLES[:3], published=PUBLISHED, progress=seen.append), 1):
            assert seen[-1] == n

    def test_a_pair_carries_its_own_publication_date(self):
        """A (text, published) item resolves relative dates against its own date."""
        text = "Scholz met Macron in Berlin on Friday."
        a, b = extract_many([(text, "2023-06-20"), (text, "2024-01-10")], published="2000-01-01")
        assert a.meetings[0].date.value == dt.date(2023, 6, 16)
        assert b.meetings[0].date.value == dt.date(2024, 1, 5)

    def test_uses_the_given_extractor(self):
        """An extractor with no rules gives empty results."""
        empty = Extractor("zero")
        results = list(extract_many(ARTICLES[:2], extractor=empty))
        assert [(r.meetings, r.statements, r.participants) for r in results] == [((), (), ())] * 2

    def test_empty_input_gives_nothing(self):
        """No article, no result and no progress call."""
        seen: list[int] = []
        assert list(extract_many([], progress=seen.append)) == []
        assert seen == []


class TestErrors:
    @pytest.mark.parametrize("workers", [0, -1, 1.5, True, "2"])
    def test_workers_must_be_a_positive_int(self, workers):
        """A worker count that is not a positive int is refused before anything is read."""
        with pytest.raises(ValueError, match="workers must be a positive int"):
            extract_many(ARTICLES, workers=workers)

    @pytest.mark.parametrize("chunksize", [0, -3, 2.0])
    def test_chunksize_must_be_a_positive_int(self, chunksize):
        """A chunk size that is not a positive int is refused."""
        with pytest.raises(ValueError, match="chunksize must be a positive int"):
            extract_many(ARTICLES, chunksize=chunksize)

    def test_a_bad_date_fails_at_the_call(self):
        """An unreadable publication date raises at once, not in a worker."""
        with pytest.raises(ValueError, match="cannot read a publication date"):
            extract_many(ARTICLES, published="19 June 2023", workers=2)

    def test_bytes_are_refused_when_reached(self):
        """A bytes item raises TypeError naming its position, after the results before it."""
        results = extract_many(["Scholz met Macron.", b"raw bytes"])
        assert isinstance(next(results), Extraction)
        with pytest.raises(TypeError, match=r"item 1 must be a str .*decode bytes first"):
            next(results)


class TestOnSeveralProcesses:
    def test_same_results_as_a_loop_in_input_order(self):
        """Two worker processes give exactly the sequential results, in input order."""
        results = list(extract_many(ARTICLES, published=PUBLISHED, workers=2, chunksize=2))
        assert results == sequential(ARTICLES)

    def test_reads_a_bounded_number_of_articles_ahead(self):
        """At most two chunks per worker are read ahead of the result being handed out."""
        stream = Counting(ARTICLES * 4)
        results = extract_many(stream, published=PUBLISHED, workers=2, chunksize=1)
        next(results)
        assert stream.read <= 2 * 2 * 1 + 1
        results.close()

    def test_progress_counts_every_result(self):
        """The callback receives 1, 2, ... n in the calling process."""
        seen: list[int] = []
        list(extract_many(ARTICLES, published=PUBLISHED, workers=2, chunksize=3, progress=seen.append))
        assert seen == list(range(1, len(ARTICLES) + 1))

    def test_stopping_early_shuts_the_workers_down(self):
        """Closing the iterator after one result returns promptly and leaves no pending work."""
        results = extract_many(ARTICLES * 10, published=PUBLISHED, workers=2, chunksize=1)
        assert next(results) == diplomeet.extract(ARTICLES[0], published=PUBLISHED)
        results.close()
        with pytest.raises(StopIteration):
            next(results)

    def test_a_custom_extractor_reaches_the_workers(self):
        """The workers read with the caller's extractor, not the default one."""
        results = list(extract_many(ARTICLES[:4], workers=2, chunksize=1, extractor=Extractor("zero")))
        assert all(not r.meetings and not r.participants for r in results)


class TestForDistributedEngines:
    def test_the_extractor_pickles(self):
        """A pickled extractor reads articles exactly as the original does."""
        extractor = Extractor()
        extractor.extract(ARTICLES[0])  # compiled caches are not part of the pickle
        copy = pickle.loads(pickle.dumps(extractor))  # noqa: S301 (our own bytes)
        assert [copy.extract(t, published=PUBLISHED) for t in ARTICLES] == sequential(ARTICLES)

    def test_a_result_pickles(self):
        """A result survives pickling unchanged."""
        for result in sequential(ARTICLES):
            assert pickle.loads(pickle.dumps(result)) == result  # noqa: S301 (our own bytes)

    def test_a_result_round_trips_through_json(self):
        """A result's dict is plain JSON and rebuilds the same result."""
        for result in sequential(ARTICLES):
            assert Extraction.from_dict(json.loads(json.dumps(result.to_dict()))) == result


def corpus() -> list[tuple[str, str | None]]:
    articles = []
    for path in sorted(SHARED_CORPUS.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = path.with_suffix(".txt")
        if "people" in gold and text.exists():
            articles.append((text.read_text(encoding="utf-8"), gold.get("published")))
    return articles


class TestDask:
    def test_a_local_cluster_gives_the_sequential_results(self):
        """A real Dask LocalCluster with two worker processes maps the corpus to the sequential results."""
        distributed = pytest.importorskip(
            "distributed", reason="dask[distributed] is not installed (pip install 'diplomeet[dask]')"
        )
        articles = corpus() or [(t, PUBLISHED) for t in ARTICLES]
        expected = [diplomeet.extract(t, published=p) for t, p in articles]
        extractor = Extractor()
        with (
            distributed.LocalCluster(
                n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
            ) as cluster,
            distributed.Client(cluster) as client,
        ):
            client.wait_for_workers(2, timeout=300)
            workers = set(client.run(os.getpid).values())
            futures = client.map(lambda item: extractor.extract(item[0], published=item[1]), articles, pure=False)
            results = client.gather(futures)
        assert len(workers) == 2
        assert results == expected
