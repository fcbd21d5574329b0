"""The command line: ``python -m diplomeet extract`` and ``python -m diplomeet story``.

Output is JSON on standard output (one object per file; JSON Lines for several
files), never decoration. Progress and errors go to standard error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from diplomeet import __version__

if TYPE_CHECKING:
    from diplomeet.models import Extraction

__all__ = ["main"]


def _read(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    return Path(name).read_text(encoding="utf-8")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="diplomeet",
        description="Extract diplomatic meetings, statements and participants from news text as JSON.",
    )
    parser.add_argument("--version", action="version", version=f"diplomeet {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    ext = sub.add_parser(
        "extract",
        help="extract records from articles (one JSON object per file, JSON Lines for several)",
    )
    ext.add_argument("files", nargs="+", metavar="FILE", help="UTF-8 text files; '-' reads standard input")
    ext.add_argument(
        "--published",
        metavar="DATE",
        help="the articles' publication date (ISO), the reference for 'Monday', 'yesterday'",
    )
    ext.add_argument("--preset", default="default", help="extractor preset (default: %(default)s)")
    ext.add_argument("--workers", type=int, default=1, help="worker processes for many files (default: 1)")
    ext.add_argument("--no-text", action="store_true", help="leave the article text out of the JSON")
    ext.add_argument("--indent", type=int, default=None, help="pretty-print JSON with this indent")

    story = sub.add_parser("story", help="reconcile several articles about the same events into one story")
    story.add_argument(
        "files",
        nargs="+",
        metavar="FILE[@DATE]",
        help="articles; append @YYYY-MM-DD to give one file its own publication date",
    )
    story.add_argument("--published", metavar="DATE", help="publication date for files without their own")
    story.add_argument("--indent", type=int, default=None, help="pretty-print JSON with this indent")

    ev = sub.add_parser(
        "evaluate",
        help="score the extractor on a folder of gold-annotated articles (NAME.txt + NAME.json)",
    )
    ev.add_argument("corpus", metavar="CORPUS_DIR", help="folder of NAME.txt + NAME.json gold pairs")
    ev.add_argument("--json", action="store_true", help="print the report as JSON instead of a table")
    ev.add_argument("--only", nargs="+", metavar="ID", help="score just these articles (id or file name)")
    ev.add_argument(
        "--min",
        nargs="+",
        default=[],
        metavar="KEY=VALUE",
        help="floors, e.g. people=0.9 meetings.recall=0.5 date=0.8; exit 1 when one is not met",
    )
    ev.add_argument("--preset", default="default", help="extractor preset (default: %(default)s)")
    ev.add_argument("--verbose", "-v", action="store_true", help="list every article's misses before the table")
    return parser


def _dump(obj: Any, out: IO[str], indent: int | None) -> None:
    out.write(json.dumps(obj, ensure_ascii=False, indent=indent))
    out.write("\n")


def _extract(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    from diplomeet.extractor import Extractor  # noqa: PLC0415 (keeps `--help` fast)
    from diplomeet.temporal import parse_published  # noqa: PLC0415

    try:
        published = parse_published(args.published)
        extractor = Extractor(args.preset)
    except (TypeError, ValueError) as exc:
        err.write(f"diplomeet: {exc}\n")
        return 2
    status = 0
    texts: dict[int, str] = {}

    def readable() -> Iterator[tuple[int, str]]:
        nonlocal status
        for i, name in enumerate(args.files):
            try:
                texts[i] = _read(name)
            except (OSError, UnicodeDecodeError) as exc:
                err.write(f"diplomeet: cannot read {name}: {exc}\n")
                status = 1
                continue
            yield i, texts[i]

    indexed: Iterator[tuple[int, Extraction]]
    if args.workers > 1:
        from diplomeet.parallel import extract_many  # noqa: PLC0415

        items = list(readable())
        results = extract_many(
            (text for _, text in items),
            published=published,
            workers=args.workers,
            extractor=extractor,
            progress=_progress(err, len(items)),
        )
        indexed = zip((i for i, _ in items), results, strict=False)
    else:
        indexed = ((i, extractor.extract(text, published=published)) for i, text in readable())
    for i, result in indexed:
        data = {"file": args.files[i], **result.to_dict()}
        if args.no_text:
            data.pop("text")
        _dump(data, out, args.indent)
        texts.pop(i, None)
    return status


def _progress(err: IO[str], total: int) -> Callable[[int], None] | None:
    if not (hasattr(err, "isatty") and err.isatty()):
        return None

    def report(done: int) -> None:
        err.write(f"\rdiplomeet: {done}/{total} articles")
        if done == total:
            err.write("\n")
        err.flush()

    return report


def _story(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    from diplomeet.extractor import Extractor  # noqa: PLC0415
    from diplomeet.story import reconcile  # noqa: PLC0415
    from diplomeet.temporal import parse_published  # noqa: PLC0415

    try:
        default = parse_published(args.published)
    except (TypeError, ValueError) as exc:
        err.write(f"diplomeet: {exc}\n")
        return 2
    extractor = Extractor()
    extractions = []
    names = []
    status = 0
    for spec in args.files:
        name, _, day = spec.rpartition("@") if "@" in spec else (spec, "", "")
        try:
            published = parse_published(day) if day else default
            text = _read(name)
        except (OSError, UnicodeDecodeError, TypeError, ValueError) as exc:
            err.write(f"diplomeet: cannot read {spec}: {exc}\n")
            status = 1
            continue
        extractions.append(extractor.extract(text, published=published))
        names.append(name)
    _dump(reconcile(extractions, names=names).to_dict(), out, args.indent)
    return status


def _floors(specs: Sequence[str]) -> dict[str, float]:
    floors = {}
    for spec in specs:
        key, sep, value = spec.partition("=")
        if not sep:
            raise ValueError(f"a floor is KEY=VALUE, not {spec!r}")
        floors[key.strip()] = float(value)
    return floors


def _evaluate(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    from diplomeet.evaluate import GoldError, evaluate_corpus  # noqa: PLC0415
    from diplomeet.extractor import Extractor  # noqa: PLC0415

    try:
        floors = _floors(args.min)
        report = evaluate_corpus(args.corpus, Extractor(args.preset), only=args.only)
        short = report.below(floors) if floors else []
    except (GoldError, OSError, ValueError, KeyError) as exc:
        message = exc.args[0] if isinstance(exc, KeyError) and exc.args else exc
        err.write(f"diplomeet: {message}\n")
        return 2
    for article_id, error in report.errors.items():
        err.write(f"diplomeet: {article_id}: extractor error: {error}\n")
    if args.json:
        _dump({**report.to_dict(), "below": short}, out, None)
    else:
        if args.verbose:
            out.write(report.details() + "\n")
        out.write(report.table() + "\n")
        if short:
            out.write("BELOW: " + "; ".join(short) + "\n")
    return 1 if short else 0


def main(argv: Sequence[str] | None = None, *, stdout: IO[str] | None = None, stderr: IO[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 some file failed, 2 bad usage)."""
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    args = _parser().parse_args(argv)
    try:
        if args.command == "extract":
            return _extract(args, out, err)
        if args.command == "evaluate":
            return _evaluate(args, out, err)
        return _story(args, out, err)
    except BrokenPipeError:
        # the reader went away (`diplomeet extract … | head`): stop quietly, as command-line tools do
        if out is sys.stdout:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
