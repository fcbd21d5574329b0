"""Many articles at once: a stream of texts in, a stream of results out, on several processes.

:func:`extract_many` reads an iterable of articles lazily and yields one
:class:`~diplomeet.Extraction` per article, in the input order, holding only a
bounded number of articles in memory however long the stream::

    >>> from diplomeet.parallel import extract_many
    >>> texts = ["Blinken met Xi Jinping in Beijing on Monday.", "No meeting here."]
    >>> [len(r.meetings) for r in extract_many(texts, published="2023-06-20")]
    [1, 0]

With ``workers=N`` the articles are read by N worker processes (each with its
own copy of the extractor, sent once when the process starts), in chunks of
``chunksize`` articles; the results are identical to those of a plain loop
over :meth:`Extractor.extract <diplomeet.Extractor.extract>`.

For a distributed engine (Dask, Spark, Ray, Beam...) nothing more is needed:
the extractor and every result pickle, and a result's
:meth:`~diplomeet.Extraction.to_dict` is plain JSON, so ``extractor.extract``
is the map step (see ``docs/scaling.md``).
"""

from __future__ import annotations

import collections
import concurrent.futures
import datetime as _dt
import os
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from diplomeet.extractor import Extractor

if TYPE_CHECKING:
    from diplomeet.models import Extraction

__all__ = ["Item", "Progress", "extract_many"]

Published = _dt.date | _dt.datetime | str | None
"""A publication date as :meth:`Extractor.extract <diplomeet.Extractor.extract>` accepts it."""

Item = str | tuple[str, Published]
"""One article: its text, or a ``(text, published)`` pair when each article has its own date."""

Progress = Callable[[int], None]
"""A progress callback: called with the number of results produced so far, before each is yielded."""

_WARM_UP = "“We met,” the minister said on Monday after talks with Wang Yi in Beijing."
"""A sentence that makes every rule build what it builds on first use."""

_WORKER: Extractor | None = None
"""The extractor of a worker process (set once by :func:`_start_worker`)."""


def _start_worker(extractor: Extractor) -> None:
    """Keep the worker's extractor and build its lexicons and patterns before the first chunk."""
    global _WORKER  # noqa: PLW0603 (one extractor per worker process, set once)
    _WORKER = extractor
    extractor.extract(_WARM_UP)  # build the lazily compiled lexicons and patterns before the first chunk


def _extract_chunk(chunk: list[tuple[str, Published]]) -> list[Extraction]:
    """Read one chunk of articles in a worker process."""
    extractor = _WORKER if _WORKER is not None else Extractor()
    return [extractor.extract(text, published=published) for text, published in chunk]


def _pairs(texts: Iterable[Item], published: Published) -> Iterator[tuple[str, Published]]:
    """Normalise the input to ``(text, published)`` pairs, checking types as they come."""
    for n, item in enumerate(texts):
        if isinstance(item, str):
            yield item, published
        elif isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], str):
            yield item[0], item[1]
        else:
            raise TypeError(
                f"extract_many() item {n} must be a str or a (text, published) pair, not {type(item).__name__}"
                + (" (decode bytes first)" if isinstance(item, (bytes, bytearray)) else "")
            )


def _chunks(pairs: Iterator[tuple[str, Published]], size: int) -> Iterator[list[tuple[str, Published]]]:
    chunk: list[tuple[str, Published]] = []
    for pair in pairs:
        chunk.append(pair)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def extract_many(
    texts: Iterable[Item],
    *,
    published: Published = None,
    workers: int | None = 1,
    extractor: Extractor | None = None,
    progress: Progress | None = None,
    chunksize: int = 8,
) -> Iterator[Extraction]:
    """Read many articles, lazily, on one or several processes; results come in input order.

    Args:
        texts: the articles: any iterable, read as results are needed (a
            generator over files, a database cursor...). An item may also be a
            ``(text, published)`` pair, whose date then replaces *published*.
        published: the publication date of every article (see
            :meth:`Extractor.extract <diplomeet.Extractor.extract>`).
        workers: processes to use; ``1`` reads in this process, ``None`` uses
            one process per CPU.
        extractor: the extractor to use (its rules, lexicons and options); the
            default one otherwise. With several workers each gets a copy.
        progress: called with the number of results produced so far, just
            before each result is yielded (for a progress bar); it runs in the
            calling process, between results, so it may print.
        chunksize: articles sent to a worker at a time. At most ``2 * workers``
            chunks are out at once, which bounds memory whatever the input size.

    Yields:
        One :class:`~diplomeet.Extraction` per article, in the order of *texts*.

    Raises:
        TypeError: an item is not a ``str`` nor a ``(str, published)`` pair (raised
            when that item is reached), or *published* has an unsupported type.
        ValueError: *workers* or *chunksize* is below 1, or a date is not ISO.

    .. versionadded:: 0.1
    """
    if workers is None:
        workers = os.cpu_count() or 1
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise ValueError(f"workers must be a positive int or None, got {workers!r}")
    if isinstance(chunksize, bool) or not isinstance(chunksize, int) or chunksize < 1:
        raise ValueError(f"chunksize must be a positive int, got {chunksize!r}")
    from diplomeet.temporal import parse_published  # noqa: PLC0415 (imports the vocabulary lazily)

    parse_published(published)  # fail now, not in a worker, on a bad date
    chosen = extractor if extractor is not None else Extractor()
    pairs = _pairs(texts, published)
    if workers == 1:
        return _sequential(chosen, pairs, progress)
    return _parallel(chosen, pairs, workers, chunksize, progress)


def _sequential(
    extractor: Extractor, pairs: Iterator[tuple[str, Published]], progress: Progress | None
) -> Iterator[Extraction]:
    for done, (text, published) in enumerate(pairs, 1):
        result = extractor.extract(text, published=published)
        if progress is not None:
            progress(done)
        yield result


def _parallel(
    extractor: Extractor,
    pairs: Iterator[tuple[str, Published]],
    workers: int,
    chunksize: int,
    progress: Progress | None,
) -> Iterator[Extraction]:
    pending: collections.deque[concurrent.futures.Future[list[Extraction]]] = collections.deque()
    done = 0
    with concurrent.futures.ProcessPoolExecutor(
        max_workers=workers, initializer=_start_worker, initargs=(extractor,)
    ) as pool:
        try:
            chunks = _chunks(pairs, chunksize)
            exhausted = False
            while not exhausted or pending:
                # keep 2 chunks per worker out: the workers never wait, memory stays bounded
                while not exhausted and len(pending) < 2 * workers:
                    chunk = next(chunks, None)
                    if chunk is None:
                        exhausted = True
                    else:
                        pending.append(pool.submit(_extract_chunk, chunk))
                if pending:
                    for result in pending.popleft().result():
                        done += 1
                        if progress is not None:
                            progress(done)
                        yield result
        finally:
            for future in pending:
                future.cancel()
