# ruff: noqa: INP001 (a script run by path, not a package)
"""Coverage-guided fuzzing of ``diplomeet.extract`` with atheris (see ``fuzz/README.md``).

Each input becomes a text (UTF-8 with the decoding errors replaced, or code points
chosen by the fuzzer) and a publication date; the harness fails on any exception
and on any broken promise of the result: every span slices the original text, the
same input gives the same result, and the JSON round trip is exact.
"""

from __future__ import annotations

import datetime as dt
import json
import sys

import atheris

with atheris.instrument_imports():
    import diplomeet
    from diplomeet import Extraction

DATES = [
    None,
    "2023-06-19",
    "2023-06",
    "2023",
    dt.date(1, 1, 1),
    dt.date(9999, 12, 31),
    dt.datetime(2024, 2, 29, 23, tzinfo=dt.timezone.utc),
]


def check(data: bytes) -> None:
    """Run one input; raise AssertionError on a broken promise (atheris reports it with the input)."""
    fdp = atheris.FuzzedDataProvider(data)
    published = DATES[fdp.ConsumeIntInRange(0, len(DATES) - 1)]
    if fdp.ConsumeBool():
        text = fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
    else:
        text = fdp.ConsumeBytes(fdp.remaining_bytes()).decode("utf-8", "replace")
    result = diplomeet.extract(text, published=published)
    if result.text != text:
        raise AssertionError("the result's text is not the input")
    for span in result.spans():
        if text[span.start : span.end] != span.text:
            raise AssertionError(f"span {span} does not slice the text")
    if diplomeet.extract(text, published=published) != result:
        raise AssertionError("two runs on the same input differ")
    if Extraction.from_dict(json.loads(json.dumps(result.to_dict()))) != result:
        raise AssertionError("the JSON round trip changed the result")


def main() -> None:
    """Fuzz until libFuzzer stops (see its options in fuzz/README.md)."""
    atheris.Setup(sys.argv, check)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
