"""Sorted, non-overlapping offset ranges: is an offset inside one of them?"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

__all__ = ["inside"]


def inside(ranges: Sequence[tuple[int, int]], offset: int) -> bool:
    """True when *offset* falls in one of *ranges* (``(start, end)`` pairs sorted by start, disjoint)."""
    i = bisect.bisect_right(ranges, (offset, float("inf"))) - 1
    return i >= 0 and ranges[i][0] <= offset < ranges[i][1]
