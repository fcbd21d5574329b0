"""Extraction quality on a gold corpus folder, measured in process with diplomeet.evaluate.

    python benchmarks/quality.py CORPUS_DIR [--json] [--only ID ...] [--verbose] [--preset NAME]
                                 [--min KEY=VALUE ...] [--referee PATH/TO/score.py]

Prints the referee's table (one row per category, then the headline line), the
time taken and the command. With --json, prints the report's JSON instead.

With --referee, also checks agreement with an independent scorer such as
../shared/tools/score.py: the very same extractions are written as JSON to a
temporary folder, the referee scores them (its extractor command just prints the
stored JSON), and every count and figure of the two tables is compared. Exits 1
when a figure differs by 0.01 or more, or when a floor given with --min is not met.

With --referee and --fuzz N, also runs N rounds in which every gold article is
turned into a randomly damaged extraction (people dropped, shortened or
misspelt; quotes cut, speakers swapped; meetings with a participant more or
less, the other status, a date at another precision, a nearby place or
duration; topic labels reworded; outcomes of another kind) and checks that both
scorers give exactly the same counts, so that every matching rule is exercised,
not only the ones today's extractor happens to reach.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from diplomeet.evaluate import Gold, GoldError, Report, evaluate_corpus, load_corpus, score_article
from diplomeet.extractor import Extractor
from diplomeet.models import (
    Duration,
    Extraction,
    Meeting,
    Outcome,
    OutcomeKind,
    Participant,
    Place,
    Precision,
    Span,
    Statement,
    TimeRef,
    Topic,
)

_ROW = r"^(?P<name>.+?)\s+(?P<p>\d\.\d{3})\s+(?P<r>\d\.\d{3})\s+(?P<f>\d\.\d{3})\s+(?P<tp>\d+)/(?P<pred>\d+)/(?P<gold>\d+)$"
_ACC = r"^(?P<name>\w+) acc\s+(?P<v>\d\.\d{3})\s+(?P<ok>\d+)/(?P<n>\d+)"

# Prints the stored extraction of the article whose .txt the referee passes; no braces, as the
# referee formats every argument with str.format.
_CAT = "import pathlib,sys; print((pathlib.Path(sys.argv[2]) / (pathlib.Path(sys.argv[1]).stem + '.json')).read_text())"


def _table(text: str) -> dict[str, tuple[float, ...]]:
    """Read a referee-style table: name -> (P, R, F1, tp, pred, gold) or (acc, ok, n)."""
    out: dict[str, tuple[float, ...]] = {}
    for line in text.splitlines():
        if m := re.match(_ROW, line.strip()):
            out[m["name"].strip()] = tuple(float(m[k]) for k in ("p", "r", "f", "tp", "pred", "gold"))
        elif m := re.match(_ACC, line.strip()):
            out[m["name"] + " acc"] = tuple(float(m[k]) for k in ("v", "ok", "n"))
    return out


def run_referee(referee: Path, folder: Path, golds: list[Gold], extractions: list[Extraction]) -> str | None:
    """Let the referee score *extractions* (one per gold, same order); return its output, or None after an error."""
    stems = {}
    for path in folder.glob("*.json"):
        data = json.loads(path.read_text("utf-8"))
        stems[data.get("id") if isinstance(data, dict) and data.get("id") else path.stem] = path.stem
    with tempfile.TemporaryDirectory(prefix="diplomeet-quality-") as tmp:
        for gold, extraction in zip(golds, extractions, strict=True):
            out = Path(tmp, stems.get(gold.id, gold.id) + ".json")
            out.write_text(json.dumps(extraction.to_dict(), ensure_ascii=False), "utf-8")
        cmd = f"{shlex.quote(sys.executable)} -c {shlex.quote(_CAT)} {{file}} {shlex.quote(tmp)}"
        run = subprocess.run(
            [sys.executable, str(referee), str(folder), "--cmd", cmd, "--only", *(g.id for g in golds)],
            capture_output=True,
            text=True,
            check=False,
        )
    if run.returncode != 0 or "ERROR" in run.stderr:
        print(f"referee failed ({run.returncode}): {run.stderr.strip()[-800:]}")
        return None
    return run.stdout


def compare(ours: str, theirs: str, *, quiet: bool = False) -> tuple[int, int]:
    """Compare two tables row by row; return (figures off by 0.01 or more, rows whose counts differ)."""
    mine_rows, ref_rows = _table(ours), _table(theirs)
    off = counts_off = 0
    for name, mine in mine_rows.items():
        ref = ref_rows.get(name)
        if ref is None:
            print(f"  {name}: missing from the referee's table")
            off += 1
            continue
        n = 3 if len(mine) == 6 else 1  # the figures (P, R, F1 or the accuracy), then the counts
        figures_off = any(abs(a - b) >= 0.01 for a, b in zip(mine[:n], ref[:n], strict=True))
        counts_differ = mine[n:] != ref[n:]
        off += figures_off
        counts_off += counts_differ
        if not quiet or figures_off or counts_differ:
            flag = "OFF" if figures_off else ("ok (counts differ)" if counts_differ else "ok")
            print(f"  {name:16} ours {_fmt(mine)}   referee {_fmt(ref)}   {flag}")
    return off, counts_off


def _found(text: str, part: str) -> Span | None:
    start = text.find(part)
    return None if start < 0 or not part else Span.of(text, start, start + len(part))


def _cut(text: str, quote: str, rng: random.Random) -> Span | None:
    """The quote's span, or a span of some of its first or last words."""
    words = quote.split()
    if len(words) > 2 and rng.random() < 0.5:
        k = rng.randint(1, len(words))
        part = " ".join(words[:k] if rng.random() < 0.5 else words[-k:])
        return _found(text, part) or _found(text, quote)
    return _found(text, quote)


def damaged(gold: Gold, rng: random.Random) -> Extraction:
    """A randomly damaged copy of what the gold says, as an extraction."""
    text = gold.text
    people: dict[str, Participant] = {}

    def person(name: str, kind: str = "person", aliases: tuple[str, ...] = ()) -> Participant:
        return people.setdefault(name, Participant(name, kind=kind, aliases=aliases))

    for p in gold.people:
        form = rng.choice(
            [p.name, p.name, p.name.split()[-1], "Mr " + p.name.split()[-1], p.name[:-1] + "x", *p.aliases]
        )
        if rng.random() > 0.15:
            person(
                form, "person" if rng.random() < 0.9 else "organization", p.aliases[:1] if rng.random() < 0.3 else ()
            )
    for extra in ("State Department", "Xinhua", "John Smith", "Kim"):
        if rng.random() < 0.3:
            person(extra, rng.choice(["person", "organization"]))
    pool = list(people.values())
    statements = []
    for s in gold.statements:
        where = _cut(text, s.quote, rng)
        if where is None or rng.random() < 0.15:
            continue
        roll = rng.random()
        if s.speaker and roll < 0.5:
            speaker: Participant | None = person(s.speaker if rng.random() < 0.7 else s.speaker.split()[-1])
        elif s.speaker and roll < 0.6:
            speaker = person("the " + s.speaker, "organization")
        else:
            speaker = rng.choice([None, *pool])
        kind = s.kind.value if rng.random() < 0.9 else rng.choice(["direct", "indirect"])
        statements.append(Statement(where.text, where, kind, speaker))
    rng.shuffle(statements)

    def topics() -> list[Topic]:
        out = []
        for t in gold.topics or ():
            where = _found(text, t.evidence)
            if where is not None and rng.random() < 0.6:
                label = rng.choice([t.label, t.label.split()[-1], "the " + t.label, t.label + " issue", "relations"])
                out.append(Topic(label, where))
        return out

    def outcomes() -> list[Outcome]:
        out = []
        for o in gold.outcomes or ():
            where = _cut(text, o.text, rng)
            if where is not None and rng.random() < 0.6:
                kind = o.kind if rng.random() < 0.8 else rng.choice(list(OutcomeKind))
                out.append(Outcome(kind, where.text, where))
        return out

    meetings = []
    for m in gold.meetings:
        if rng.random() < 0.15:
            continue
        names = list(m.participants)
        roll = rng.random()
        if roll < 0.1 and names:
            names.pop()
        elif roll < 0.2:
            names.append(rng.choice(["Nobody Known", *(p.name for p in gold.people)]))
        elif roll < 0.4:
            names = [n.split()[-1] for n in names]
        status = m.status.value if rng.random() < 0.85 else rng.choice(["held", "planned"])
        parts = [int(x) for x in (m.date or "2023-01-05").split("-")]
        day = dt.date(parts[0] + (rng.random() < 0.1), *[*parts[1:], 1, 1][:2])
        date = TimeRef("-", day, rng.choice([Precision.YEAR, Precision.MONTH, Precision.DAY, Precision.DAY]))
        base = m.location or "Paris"
        place = rng.choice(
            [
                Place(base),
                Place("the palace in " + base, venue="palace", city=base),
                Place("X", country=base + "ia"),
                Place(base[:3]),
                Place("Elsewhere", city="Elsewhere"),
            ]
        )
        minutes = m.duration_minutes or 30
        delta = rng.choice([0, 4, 5, 6, -5, -6, 0.1 * minutes, 0.1 * minutes + 1, 30])
        meetings.append(
            Meeting(
                [people.get(n) or Participant(n) for n in names],
                status,
                date=date if rng.random() < 0.8 else None,
                location=place if rng.random() < 0.8 else None,
                duration=Duration("-", max(0, int(minutes + delta))) if rng.random() < 0.8 else None,
                evidence=[w for w in [_found(text, m.evidence or "")] if w is not None],
                topics=topics(),
                outcomes=outcomes() if rng.random() < 0.5 else [],
            )
        )
    rng.shuffle(meetings)
    return Extraction(
        text,
        participants=people.values(),
        statements=statements,
        meetings=meetings,
        topics=topics(),
        outcomes=outcomes(),
    )


def fuzz(referee: Path, folder: Path, golds: list[Gold], rounds: int, seed: int) -> int:
    """Run *rounds* of damaged extractions through both scorers; return the number of rounds that disagree."""
    rng = random.Random(seed)
    bad = 0
    for i in range(rounds):
        extractions = [damaged(g, rng) for g in golds]
        report = Report([score_article(x, g) for x, g in zip(extractions, golds, strict=True)])
        theirs = run_referee(referee, folder, golds, extractions)
        if theirs is None:
            return rounds
        off, counts_off = compare(report.table(), theirs, quiet=True)
        if off or counts_off:
            print(f"  round {i}: {off} figure(s) and {counts_off} row(s) of counts differ")
            bad += 1
    return bad


def _fmt(row: tuple[float, ...]) -> str:
    if len(row) == 6:
        return f"{row[2]:.3f} {int(row[3])}/{int(row[4])}/{int(row[5])}"
    return f"{row[0]:.3f} {int(row[1])}/{int(row[2])}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path, help="a folder of NAME.json + NAME.txt gold pairs")
    ap.add_argument("--json", action="store_true", help="print the report as JSON")
    ap.add_argument("--only", nargs="+", metavar="ID", help="score just these articles")
    ap.add_argument("--verbose", "-v", action="store_true", help="print every article's misses first")
    ap.add_argument("--preset", default="default", help="extractor preset (default: %(default)s)")
    ap.add_argument("--min", nargs="+", default=[], metavar="KEY=VALUE", help="floors, e.g. people=0.9 meetings=0.5")
    ap.add_argument("--referee", type=Path, help="an independent scorer (score.py) to check agreement with")
    ap.add_argument("--fuzz", type=int, default=0, metavar="N", help="with --referee: N rounds of damaged extractions")
    ap.add_argument("--seed", type=int, default=0, help="random seed of --fuzz (default: %(default)s)")
    a = ap.parse_args(argv)

    try:
        floors = {k: float(v) for k, _, v in (spec.partition("=") for spec in a.min)}
        golds = load_corpus(a.corpus, only=a.only)
    except (GoldError, OSError, ValueError) as exc:
        print(f"quality.py: {exc}", file=sys.stderr)
        return 2
    extractor = Extractor(a.preset)
    start = time.perf_counter()
    report = evaluate_corpus(golds, extractor)
    elapsed = time.perf_counter() - start
    command = shlex.join([Path(sys.executable).name, *sys.argv])
    if a.json:
        print(json.dumps({**report.to_dict(), "seconds": elapsed, "command": command}, ensure_ascii=False, indent=1))
    else:
        if a.verbose:
            print(report.details())
        print(report.table())
        words = sum(len(g.text.split()) for g in golds)
        print(f"{len(golds)} articles, {words} words, extracted and scored in {elapsed:.2f} s")
        print(f"command: {command}")
    status = 0
    if a.referee is not None:
        print(f"agreement with {a.referee} (same extractions, every figure within 0.01):")
        extractions = [extractor.extract(g.text, published=g.published) for g in golds]
        theirs = run_referee(a.referee, a.corpus, golds, extractions)
        off, counts_off = compare(report.table(), theirs) if theirs is not None else (1, 0)
        print(f"agreement: {off} figure(s) differ, {counts_off} row(s) of counts differ")
        status = 1 if off else 0
        if a.fuzz:
            bad = fuzz(a.referee, a.corpus, golds, a.fuzz, a.seed)
            print(f"fuzz: {a.fuzz} rounds x {len(golds)} damaged extractions, {bad} round(s) disagree (seed {a.seed})")
            status = 1 if bad else status
    try:
        short = report.below(floors) if floors else []
    except KeyError as exc:
        print(f"quality.py: {exc}", file=sys.stderr)
        return 2
    if short:
        print("BELOW: " + "; ".join(short))
        status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
