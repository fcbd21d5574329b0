"""Machine instructions per pass over the corpus, counted by valgrind: a speed figure that other jobs
on a shared machine do not move.

    python benchmarks/instructions.py [--corpus ../shared/corpus] [--src src]

Runs the extraction of every annotated article in a fresh interpreter under
``valgrind --tool=callgrind`` twice, once with two passes over the corpus and once
with none (import, lexicons and one warm-up call only), and prints the difference
divided by two: the instructions one pass costs. ``--src`` points at another
checkout's ``src`` to compare two versions. Needs valgrind on the PATH; without it
the script says so and exits with status 2.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"

_PASSES = """
import json, sys
from pathlib import Path
import diplomeet
articles = []
for gold in sorted(Path(sys.argv[1]).glob("*.json")):
    data = json.loads(gold.read_text(encoding="utf-8"))
    txt = gold.with_suffix(".txt")
    if "people" in data and txt.exists():
        articles.append((txt.read_text(encoding="utf-8"), data.get("published")))
extractor = diplomeet.Extractor()
extractor.extract(articles[0][0])
for _ in range(int(sys.argv[2])):
    for text, published in articles:
        extractor.extract(text, published=published)
"""


def collected(corpus: Path, src: Path, passes: int) -> int:
    """Instructions valgrind collects for *passes* passes (plus the fixed start-up)."""
    env = dict(os.environ, PYTHONPATH=str(src), PYTHONHASHSEED="0")
    command = [
        "valgrind",
        "--tool=callgrind",
        "--callgrind-out-file=/dev/null",
        sys.executable,
        "-c",
        _PASSES,
        str(corpus),
        str(passes),
    ]
    out = subprocess.run(command, capture_output=True, text=True, check=True, env=env)
    found = re.search(r"Collected : (\d+)", out.stderr)
    if found is None:
        raise RuntimeError("valgrind printed no instruction count:\n" + out.stderr[-2000:])
    return int(found.group(1))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--src", type=Path, default=ROOT / "src", help="the src directory of the version to count")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        print("valgrind is not installed: no instruction count", file=sys.stderr)
        return 2
    # compile the package's bytecode once before counting: otherwise whichever of the two runs compiles an
    # edited module pays for it, which skews the difference by up to a couple of million instructions
    env = dict(os.environ, PYTHONPATH=str(args.src), PYTHONHASHSEED="0")
    subprocess.run([sys.executable, "-c", "import diplomeet.rules"], check=True, env=env)
    with ThreadPoolExecutor(max_workers=2) as pool:
        base, two = pool.map(lambda n: collected(args.corpus, args.src, n), (0, 2))
    print(f"{args.src}: {(two - base) / 2 / 1e6:,.0f} million instructions per pass over {args.corpus}")
    print(f"command: python benchmarks/instructions.py --corpus {args.corpus} --src {args.src}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
