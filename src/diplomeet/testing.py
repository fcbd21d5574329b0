"""Helpers for testing extractions, rules, lexicons and plugins, with or without pytest.

Three tools, used by diplomeet's own tests and meant for plugin authors:

* :func:`compact` turns an :class:`~diplomeet.Extraction` into small dicts and
  lists (names instead of records, ISO dates, minutes), the same shapes the
  expectations below use: print it once to write a test.
* :func:`expect` extracts a text and checks the records against expectations
  written in those shapes; :func:`diff` does the comparison alone. A mismatch
  is reported as a readable diff, expected (``-``) against found (``+``).
* :func:`read_gold_folder` reads a folder of gold articles annotated as in the
  corpus guidelines (``NAME.txt`` + ``NAME.json``), each with quality floors
  that :meth:`GoldArticle.check` enforces; loading and scoring are
  :mod:`diplomeet.evaluate`'s.

Expectations are partial and ordered: each given category must have exactly as
many records as expected, in the extraction's order (participants by first
mention, meetings by first evidence, statements in text order), and each record
must agree on the keys its expectation names; other keys are not compared. Lists
of names (meeting ``participants`` and ``others``, ``aliases``, ``parties``) are
compared without regard to order.

>>> from diplomeet.testing import expect
>>> result = expect(
...     "Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Tuesday.",
...     published="2024-05-08",
...     meetings=[{"participants": ["Emmanuel Macron", "Olaf Scholz"], "date": "2024-05-07", "location": "Paris"}],
...     statements=[],
... )
>>> result.meetings[0].status.value
'held'

.. versionadded:: 0.1
"""

from __future__ import annotations

import datetime as _dt
import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import attrs

from diplomeet.errors import DiplomeetError
from diplomeet.evaluate import ACCURACIES, ArticleScore, Gold, Report, Scores, load_corpus, score_article
from diplomeet.models import Extraction, Meeting, Outcome, Participant, Statement, Topic

if TYPE_CHECKING:
    from diplomeet.extractor import Extractor

__all__ = [
    "ExpectationError",
    "FloorError",
    "GoldArticle",
    "compact",
    "compact_meeting",
    "compact_outcome",
    "compact_participant",
    "compact_statement",
    "compact_topic",
    "diff",
    "expect",
    "read_gold_folder",
]

_CATEGORIES: Final = ("participants", "meetings", "statements", "topics", "outcomes")
"""The expectation categories, in report order (the keys of :func:`compact`)."""

_KEYS: Final[Mapping[str, tuple[str, ...]]] = {
    "participants": ("name", "kind", "title", "country", "aliases"),
    "meetings": (
        "participants",
        "others",
        "status",
        "kind",
        "date",
        "location",
        "duration",
        "cameo",
        "plover",
        "topics",
        "outcomes",
    ),
    "statements": ("speaker", "text", "kind", "verb", "channel"),
    "topics": ("label",),
    "outcomes": ("kind", "text", "parties"),
}
"""The keys an expectation of each category may name, in display order."""

_ONE: Final[Mapping[str, str]] = {
    "participants": "a participant",
    "meetings": "a meeting",
    "statements": "a statement",
    "topics": "a topic",
    "outcomes": "an outcome",
}
"""How messages name one record of each category."""

_SHORTHAND: Final[Mapping[str, str]] = {
    "participants": "name",
    "statements": "text",
    "topics": "label",
}
"""The key a bare string stands for, per category."""

_UNORDERED: Final[Mapping[str, frozenset[str]]] = {
    "participants": frozenset({"aliases"}),
    "meetings": frozenset({"participants", "others"}),
    "outcomes": frozenset({"parties"}),
}
"""Keys whose lists of names are compared as multisets."""


class ExpectationError(DiplomeetError, AssertionError):
    """An extraction differs from what a test expected; the message is a readable diff.

    .. versionadded:: 0.1
    """


class FloorError(ExpectationError):
    """A gold article scored below one of its quality floors.

    .. versionadded:: 0.1
    """


# ----------------------------------------------------------------- compact shapes


def compact_participant(participant: Participant) -> dict[str, Any]:
    """Return ``{"name", "kind", "title", "country", "aliases"}`` of a participant."""
    return {
        "name": participant.name,
        "kind": participant.kind.value,
        "title": participant.title,
        "country": participant.country,
        "aliases": list(participant.aliases),
    }


def compact_topic(topic: Topic) -> dict[str, Any]:
    """Return ``{"label"}`` of a topic."""
    return {"label": topic.label}


def compact_outcome(outcome: Outcome) -> dict[str, Any]:
    """Return ``{"kind", "text", "parties"}`` of an outcome."""
    return {"kind": outcome.kind.value, "text": outcome.text, "parties": list(outcome.parties)}


def compact_meeting(meeting: Meeting) -> dict[str, Any]:
    """Return a meeting with names for participants, an ISO date, a place name and minutes.

    ``date`` is :attr:`TimeRef.iso <diplomeet.TimeRef.iso>` (``None`` when the date is
    unknown or unresolved), ``location`` is :attr:`Place.name <diplomeet.Place.name>`,
    ``duration`` is :attr:`Duration.minutes <diplomeet.Duration.minutes>`, ``topics``
    are labels and ``outcomes`` compact outcomes.
    """
    return {
        "participants": [p.name for p in meeting.participants],
        "others": list(meeting.others),
        "status": meeting.status.value,
        "kind": meeting.kind.value,
        "date": None if meeting.date is None else meeting.date.iso,
        "location": None if meeting.location is None else meeting.location.name,
        "duration": None if meeting.duration is None else meeting.duration.minutes,
        "cameo": meeting.cameo,
        "plover": meeting.plover,
        "topics": [t.label for t in meeting.topics],
        "outcomes": [compact_outcome(o) for o in meeting.outcomes],
    }


def compact_statement(statement: Statement) -> dict[str, Any]:
    """Return ``{"speaker", "text", "kind", "verb", "channel"}``; the speaker is a name or ``None``."""
    return {
        "speaker": None if statement.speaker is None else statement.speaker.name,
        "text": statement.text,
        "kind": statement.kind.value,
        "verb": statement.verb,
        "channel": statement.channel,
    }


def compact(extraction: Extraction) -> dict[str, list[dict[str, Any]]]:
    """Return every record of *extraction* in the compact shapes that expectations use.

    The keys are ``participants``, ``meetings``, ``statements``, ``topics`` and
    ``outcomes`` (the last two: those not tied to one meeting, as in the JSON).

    >>> import diplomeet
    >>> from diplomeet.testing import compact
    >>> compact(diplomeet.extract("Chancellor Olaf Scholz spoke in Berlin."))["participants"]
    [{'name': 'Olaf Scholz', 'kind': 'person', 'title': 'Chancellor', 'country': None, 'aliases': []}]

    .. versionadded:: 0.1
    """
    return {
        "participants": [compact_participant(p) for p in extraction.participants],
        "meetings": [compact_meeting(m) for m in extraction.meetings],
        "statements": [compact_statement(s) for s in extraction.statements],
        "topics": [compact_topic(t) for t in extraction.topics],
        "outcomes": [compact_outcome(o) for o in extraction.outcomes],
    }


# ----------------------------------------------------------------- expectations


def _normalise(category: str, item: object, where: str) -> dict[str, Any]:
    """Turn one expectation (a mapping, or a shorthand) into a checked dict."""
    if isinstance(item, str):
        key = _SHORTHAND.get(category)
        if key is None:
            raise TypeError(f"{where}: {_ONE[category]} expectation is a mapping, not a str ({item!r})")
        return {key: item}
    if category == "meetings" and isinstance(item, Sequence):
        item = {"participants": item}
    if not isinstance(item, Mapping):
        raise TypeError(f"{where}: expected a mapping of {', '.join(_KEYS[category])}, not {type(item).__name__}")
    unknown = [k for k in item if k not in _KEYS[category]]
    if unknown:
        raise ValueError(f"{where}: unknown key(s) {unknown}; {_ONE[category]} has {list(_KEYS[category])}")
    if not item:
        raise ValueError(f"{where}: an empty expectation checks nothing; name at least one key")
    out: dict[str, Any] = {}
    for key, value in item.items():
        if key == "date" and isinstance(value, _dt.date):
            value = value.isoformat()  # noqa: PLW2901 (a date stands for its ISO form)
        elif key == "outcomes" and category == "meetings":
            value = [_normalise("outcomes", o, f"{where}.outcomes[{i}]") for i, o in enumerate(value)]  # noqa: PLW2901
        elif isinstance(value, tuple):
            value = list(value)  # noqa: PLW2901 (tuples and lists are the same expectation)
        if key in _UNORDERED.get(category, ()) and (isinstance(value, str) or not isinstance(value, Sequence)):
            raise TypeError(f"{where}.{key}: expected a list of names, not {type(value).__name__}")
        out[str(key)] = value
    return out


def _agrees(category: str, key: str, expected: Any, found: Any) -> bool:
    if key in _UNORDERED.get(category, ()):
        return Counter(expected) == Counter(found)
    if category == "meetings" and key == "outcomes":
        return len(expected) == len(found) and all(
            not _differing("outcomes", e, f) for e, f in zip(expected, found, strict=True)
        )
    return bool(expected == found)


def _differing(category: str, expected: Mapping[str, Any], found: Mapping[str, Any]) -> list[str]:
    """Return the keys of *expected* on which *found* disagrees."""
    return [k for k, v in expected.items() if not _agrees(category, k, v, found[k])]


def _project(category: str, found: Mapping[str, Any], keys: Iterable[str], like: Mapping[str, Any]) -> dict[str, Any]:
    """Return *found* cut to *keys*; name lists equal to *like*'s as multisets are shown in its order."""
    out: dict[str, Any] = {}
    for key in keys:
        value = found[key]
        if key in like and key in _UNORDERED.get(category, ()) and _agrees(category, key, like[key], value):
            value = like[key]
        out[key] = value
    return out


def _render(record: Mapping[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, default=str)


def _category_report(category: str, expected: Sequence[dict[str, Any]], found: Sequence[dict[str, Any]]) -> list[str]:
    """Return the report lines of one category, or nothing when it agrees."""
    bad = len(expected) != len(found) or any(_differing(category, e, f) for e, f in zip(expected, found, strict=False))
    if not bad:
        return []
    union = list(dict.fromkeys(k for e in expected for k in e)) or list(_KEYS[category])
    lines = [f"{category}: {len(expected)} expected, {len(found)} found"]
    for i in range(max(len(expected), len(found))):
        if i < len(expected) and i < len(found):
            e, f = expected[i], found[i]
            keys = _differing(category, e, f)
            if not keys:
                lines.append(f"    [{i}] {_render(e)}")
                continue
            lines.append(f"  - [{i}] {_render(e)}")
            lines.append(f"  + [{i}] {_render(_project(category, f, e, e))}")
            lines.append(f"        differs in: {', '.join(keys)}")
        elif i < len(expected):
            lines.append(f"  - [{i}] {_render(expected[i])}")
            lines.append("        missing")
        else:
            lines.append(f"  + [{i}] {_render(_project(category, found[i], union, {}))}")
            lines.append("        unexpected")
    return lines


def _shorten(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def diff(
    extraction: Extraction,
    *,
    participants: Sequence[Mapping[str, Any] | str] | None = None,
    meetings: Sequence[Mapping[str, Any] | Sequence[str]] | None = None,
    statements: Sequence[Mapping[str, Any] | str] | None = None,
    topics: Sequence[Mapping[str, Any] | str] | None = None,
    outcomes: Sequence[Mapping[str, Any]] | None = None,
) -> str:
    """Compare *extraction* with expectations; return ``""`` when it agrees, else a readable report.

    Args:
        extraction: the records to check.
        participants: expected participants, in order: mappings with keys of
            :func:`compact_participant`, or a bare name.
        meetings: expected meetings, in order: mappings with keys of
            :func:`compact_meeting`, or a list of participant names.
        statements: expected statements, in order: mappings with keys of
            :func:`compact_statement`, or the bare statement text.
        topics: expected article-level topics: mappings ``{"label"}`` or a bare label.
        outcomes: expected article-level outcomes: mappings with keys of :func:`compact_outcome`.

    A category left as ``None`` is not checked; ``[]`` requires that there is none.

    Raises:
        TypeError: an expectation has the wrong type, or no category is given.
        ValueError: an expectation names an unknown key or no key at all.

    .. versionadded:: 0.1
    """
    given = {
        "participants": participants,
        "meetings": meetings,
        "statements": statements,
        "topics": topics,
        "outcomes": outcomes,
    }
    if all(v is None for v in given.values()):
        raise TypeError(f"nothing to check: give at least one of {', '.join(_CATEGORIES)}")
    actual = compact(extraction)
    lines: list[str] = []
    for category in _CATEGORIES:
        items = given[category]
        if items is None:
            continue
        if isinstance(items, (str, Mapping)) or not isinstance(items, Sequence):
            raise TypeError(f"{category}: expected a list of expectations, not {type(items).__name__}")
        expected = [_normalise(category, item, f"{category}[{i}]") for i, item in enumerate(items)]
        lines.extend(_category_report(category, expected, actual[category]))
    if not lines:
        return ""
    return "\n".join([f"text: {_shorten(extraction.text)!r}", *lines])


def expect(
    text: str,
    *,
    published: _dt.date | str | None = None,
    extractor: Extractor | None = None,
    participants: Sequence[Mapping[str, Any] | str] | None = None,
    meetings: Sequence[Mapping[str, Any] | Sequence[str]] | None = None,
    statements: Sequence[Mapping[str, Any] | str] | None = None,
    topics: Sequence[Mapping[str, Any] | str] | None = None,
    outcomes: Sequence[Mapping[str, Any]] | None = None,
) -> Extraction:
    """Extract *text* and check the records against expectations (see :func:`diff`).

    Args:
        text: the article.
        published: its publication date, as for :meth:`Extractor.extract <diplomeet.Extractor.extract>`.
        extractor: the extractor to test; a default :class:`~diplomeet.Extractor` otherwise.
        participants: see :func:`diff`.
        meetings: see :func:`diff`.
        statements: see :func:`diff`.
        topics: see :func:`diff`.
        outcomes: see :func:`diff`.

    Returns:
        The extraction, for further checks.

    Raises:
        ExpectationError: the extraction differs; the message shows how.
        TypeError: see :func:`diff`.
        ValueError: see :func:`diff`.

    .. versionadded:: 0.1
    """
    __tracebackhide__ = True  # pytest shows the caller's line, not this one
    if extractor is None:
        from diplomeet import extract as run  # noqa: PLC0415 (the package imports this module's users)
    else:
        run = extractor.extract
    result = run(text, published=published)
    report = diff(
        result,
        participants=participants,
        meetings=meetings,
        statements=statements,
        topics=topics,
        outcomes=outcomes,
    )
    if report:
        raise ExpectationError("the extraction differs from the expectation\n" + report)
    return result


# ----------------------------------------------------------------- gold folders


def _check_floors(floors: Mapping[str, float] | None, where: str) -> dict[str, float]:
    """Return *floors* as a dict after checking every name and value."""
    out: dict[str, float] = {}
    for key, floor in (floors or {}).items():
        if isinstance(floor, bool) or not isinstance(floor, (int, float)) or not 0.0 <= floor <= 1.0:
            raise ValueError(f"{where}: the floor of {key!r} must be a number from 0 to 1, not {floor!r}")
        out[str(key)] = float(floor)
    try:
        Report((ArticleScore("check", Scores()),)).below(out)
    except KeyError as exc:
        raise ValueError(f"{where}: {exc.args[0]}") from None
    return out


def _float_map(value: Mapping[str, float]) -> dict[str, float]:
    return {str(k): float(v) for k, v in value.items()}


@attrs.frozen
class GoldArticle:
    """One annotated article and the quality floors it must reach.

    .. versionadded:: 0.1
    """

    gold: Gold
    """The article and its annotations (see :class:`diplomeet.evaluate.Gold`)."""
    floors: Mapping[str, float] = attrs.field(factory=dict, converter=_float_map, hash=False)
    """Minimum figures by name, as :meth:`diplomeet.evaluate.Report.below` takes them:
    ``{"people": 0.9, "meetings.recall": 1.0, "date": 1.0}``."""

    @property
    def id(self) -> str:
        """The article's id (the JSON's ``id``, else the file name without extension)."""
        return self.gold.id

    def extract(self, extractor: Extractor | None = None) -> Extraction:
        """Extract the article with its annotated publication date."""
        run = _default_extract() if extractor is None else extractor.extract
        return run(self.gold.text, published=self.gold.published)

    def score(self, extractor: Extractor | None = None) -> ArticleScore:
        """Extract the article and score it against its gold (:func:`diplomeet.evaluate.score_article`)."""
        return score_article(self.extract(extractor), self.gold)

    def shortfalls(self, score: ArticleScore) -> list[str]:
        """Return the figures of *score* below this article's floors (``"people 0.500 < 0.9"``).

        An accuracy floor (``date``, ``location``, ``duration``) is not applied when
        no matched meeting of the article could be judged on that attribute.
        """
        judged = {
            key: floor
            for key, floor in self.floors.items()
            if key.partition(".")[0] not in ACCURACIES or getattr(score.scores, key.partition(".")[0]).total
        }
        return [line for line in Report((score,)).below(judged) if not line.endswith("extractor errors")]

    def check(self, extractor: Extractor | None = None) -> ArticleScore:
        """Score the article and require every floor.

        Returns:
            The score, for further checks.

        Raises:
            FloorError: a figure is below its floor; the message lists each one
                and then every miss of the article.
        """
        __tracebackhide__ = True
        score = self.score(extractor)
        low = self.shortfalls(score)
        if low:
            lines = [f"{self.id}: below floor: " + "; ".join(low), *(f"  {miss}" for miss in score.misses)]
            raise FloorError("\n".join(lines))
        return score


def _default_extract() -> Any:
    from diplomeet import extract  # noqa: PLC0415 (the package imports what uses this module)

    return extract


def read_gold_folder(
    folder: str | Path,
    *,
    floors: Mapping[str, float] | None = None,
    per_article: Mapping[str, Mapping[str, float]] | None = None,
) -> list[GoldArticle]:
    """Read and check every annotated article of *folder*, each with its floors, in file-name order.

    An article is a ``NAME.json`` in the corpus guidelines' format next to its
    ``NAME.txt``; JSON files without a ``people`` key are skipped (see
    :func:`diplomeet.evaluate.load_corpus`).

    Args:
        folder: the directory of gold articles.
        floors: minimum figures every article must reach, e.g. ``{"people": 0.8}``
            (names as :meth:`diplomeet.evaluate.Report.below` takes them).
        per_article: floors by article id that replace the common ones of the
            same name, e.g. ``{"dev-007": {"meetings": 0.0}}``.

    Raises:
        NotADirectoryError: *folder* is not a directory.
        diplomeet.evaluate.GoldError: a gold file is malformed.
        ValueError: a floor has an unknown name or is not a number from 0 to 1,
            or *per_article* names an article the folder does not have.

    .. versionadded:: 0.1
    """
    common = _check_floors(floors, "floors")
    special = {str(k): _check_floors(v, f"per_article[{k!r}]") for k, v in (per_article or {}).items()}
    golds = load_corpus(folder)
    unknown = sorted(set(special) - {g.id for g in golds})
    if unknown:
        raise ValueError(f"per_article names article(s) not in {str(folder)!r}: {unknown}")
    return [GoldArticle(g, {**common, **special.get(g.id, {})}) for g in golds]
