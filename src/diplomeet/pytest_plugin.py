"""A pytest plugin for testing diplomeet rules, lexicons and plugins.

It is not registered automatically: enable it in the ``conftest.py`` at the root
of your tests::

    pytest_plugins = ["diplomeet.pytest_plugin"]

Opting in keeps its generic fixture name ``extractor`` out of the test suites of
every project that merely has diplomeet installed (a dependency of a dependency),
costs those suites nothing at start-up, and shows in the code where the fixtures
come from. The plugin provides:

* the ``extractor`` fixture: a fresh default :class:`~diplomeet.Extractor` per test.
  Override it in your ``conftest.py`` to test your own configuration, e.g.
  ``return Extractor().use(my_plugin)``; the other fixtures use whatever it returns.
* the ``diplomeet_expect`` fixture: :func:`diplomeet.testing.expect` bound to
  ``extractor``: ``diplomeet_expect(text, published=..., meetings=[...])``.
* :func:`gold_articles`, which parametrizes a test over a folder of gold
  articles with per-article quality floors and known failures.
* a report header line with diplomeet's version and the registered plugins.

.. versionadded:: 0.1
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

import diplomeet
from diplomeet import plugins as _plugins
from diplomeet.extractor import Extractor
from diplomeet.testing import FloorError, expect, read_gold_folder

if TYPE_CHECKING:
    from _pytest.mark.structures import ParameterSet

    from diplomeet.models import Extraction

__all__ = ["diplomeet_expect", "extractor", "gold_articles"]


def pytest_report_header() -> str:
    """Name diplomeet's version and the registered plugins in pytest's header."""
    names = ", ".join(_plugins.available()) or "none"
    return f"diplomeet {diplomeet.__version__}; registered diplomeet plugins: {names}"


@pytest.fixture
def extractor() -> Extractor:
    """Return a fresh default extractor for one test; override the fixture to test your own."""
    return Extractor()


@pytest.fixture
def diplomeet_expect(extractor: Extractor) -> Callable[..., Extraction]:
    """Return :func:`diplomeet.testing.expect` bound to the ``extractor`` fixture."""

    def bound(text: str, **expectations: Any) -> Extraction:
        __tracebackhide__ = True
        return expect(text, extractor=extractor, **expectations)

    return bound


def gold_articles(
    folder: str | Path,
    *,
    floors: Mapping[str, float] | None = None,
    per_article: Mapping[str, Mapping[str, float]] | None = None,
    xfail: Mapping[str, str] | None = None,
    skip_missing: str | None = None,
) -> list[ParameterSet]:
    """Return one ``pytest.param`` per gold article of *folder*, with the article id as test id.

    Use it with ``@pytest.mark.parametrize("article", gold_articles(...))``; the
    test then calls ``article.check(extractor)`` (see
    :meth:`diplomeet.testing.GoldArticle.check`).

    Args:
        folder: the directory of gold articles (``NAME.txt`` + ``NAME.json``).
        floors: minimum figures every article must reach.
        per_article: floors by article id that replace the common ones.
        xfail: known failures: article id to reason. They are strict expected
            failures (:class:`~diplomeet.testing.FloorError` only), so an article
            that starts passing makes the suite say so.
        skip_missing: when given and *folder* does not exist, one skipped test
            with this reason instead of a collection error.

    Raises:
        FileNotFoundError: *folder* does not exist and *skip_missing* is not given.
        ValueError: as :func:`~diplomeet.testing.read_gold_folder`, or *xfail*
            names an article the folder does not have.

    .. versionadded:: 0.1
    """
    if skip_missing is not None and not Path(folder).is_dir():
        return [pytest.param(None, id="missing", marks=pytest.mark.skip(reason=skip_missing))]
    articles = read_gold_folder(folder, floors=floors, per_article=per_article)
    known = dict(xfail or {})
    unknown = sorted(set(known) - {a.id for a in articles})
    if unknown:
        raise ValueError(f"xfail names article(s) not in {str(folder)!r}: {unknown}")
    return [
        pytest.param(
            article,
            id=article.id,
            marks=[pytest.mark.xfail(reason=known[article.id], raises=FloorError, strict=True)]
            if article.id in known
            else [],
        )
        for article in articles
    ]
