"""Every code example of the documentation runs and prints what it shows.

Each Markdown page (``README.md``, ``docs/*.md``) runs as one doctest session,
top to bottom, so a page's examples build on each other; so does each module's
docstrings. Only ``ELLIPSIS`` and ``NORMALIZE_WHITESPACE`` are allowed. Python
blocks must be doctests (no unexecuted Python), JSON blocks must parse, and
relative links must point at files that exist.
"""

from __future__ import annotations

import doctest
import importlib
import io
import json
import pkgutil
import re
from pathlib import Path

import pytest

import diplomeet

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
MODULES = ["diplomeet", *sorted(m.name for m in pkgutil.walk_packages(diplomeet.__path__, "diplomeet."))]
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE

FENCE = re.compile(
    r"^(?P<fence>```+)(?P<lang>[\w+-]*)[^\n]*\n(?P<body>.*?)^(?P=fence)[ \t]*$", re.MULTILINE | re.DOTALL
)
"""A fenced code block: its language tag and its body (up to the closing fence of the same length)."""

LINK = re.compile(r"\]\((?P<target>[^)\s#]+)(?:#[^)\s]*)?\)")
"""The target of a Markdown inline link, without its anchor."""


def page_id(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def blocks(path: Path) -> list[tuple[str, str, int]]:
    """Return (language, body, line number) of every fenced block of a page."""
    text = path.read_text(encoding="utf-8")
    return [(m["lang"], m["body"], text.count("\n", 0, m.start()) + 1) for m in FENCE.finditer(text)]


def run(test: doctest.DocTest) -> None:
    """Run one doctest; fail with doctest's own report of every failing example."""
    out = io.StringIO()
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    runner.run(test, out=out.write, clear_globs=True)
    if runner.failures:
        pytest.fail(f"{runner.failures} of {runner.tries} examples failed:\n{out.getvalue()}", pytrace=False)


class TestPages:
    @pytest.mark.parametrize("path", PAGES, ids=page_id)
    def test_examples_run(self, path, monkeypatch):
        """The page's examples, run in order from the repository root, print what the page shows."""
        monkeypatch.chdir(ROOT)
        text = path.read_text(encoding="utf-8")
        test = doctest.DocTestParser().get_doctest(text, {"__name__": "__docs__"}, page_id(path), str(path), 0)
        run(test)

    @pytest.mark.parametrize("path", PAGES, ids=page_id)
    def test_python_blocks_are_doctests(self, path):
        """Every python block is a doctest that ends with a blank line before its closing fence."""
        for lang, body, line in blocks(path):
            if lang in {"python", "py", "pycon"}:
                assert body.lstrip().startswith(">>>"), f"{page_id(path)}:{line}: a python block that is not a doctest"
                assert body.endswith("\n\n"), f"{page_id(path)}:{line}: no blank line before the closing fence"

    @pytest.mark.parametrize("path", PAGES, ids=page_id)
    def test_json_blocks_parse(self, path):
        """Every json block is valid JSON (JSON Lines for jsonl blocks)."""
        for lang, body, line in blocks(path):
            if lang == "json":
                json.loads(body)
            elif lang == "jsonl":
                for row in body.splitlines():
                    json.loads(row)
            else:
                continue
            assert body.strip(), f"{page_id(path)}:{line}: an empty json block"

    @pytest.mark.parametrize("path", PAGES, ids=page_id)
    def test_relative_links_resolve(self, path):
        """Every relative link points at a file or directory of the repository."""
        text = FENCE.sub("", path.read_text(encoding="utf-8"))
        broken = [
            m["target"]
            for m in LINK.finditer(text)
            if "://" not in m["target"]
            and not m["target"].startswith("mailto:")
            and not (path.parent / m["target"]).exists()
        ]
        assert not broken, f"{page_id(path)}: links to missing files: {broken}"

    def test_pages_are_collected(self):
        """The README and the documentation index are among the pages run."""
        assert {page_id(p) for p in PAGES} >= {"README.md", "docs/index.md"}


class TestModules:
    @pytest.mark.parametrize("name", MODULES)
    def test_docstring_examples_run(self, name, monkeypatch):
        """The module's docstring examples print what they show."""
        monkeypatch.chdir(ROOT)
        module = importlib.import_module(name)
        for test in doctest.DocTestFinder(exclude_empty=True).find(module, name):
            run(test)
