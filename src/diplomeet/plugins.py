"""Plugins that installed packages register under the ``diplomeet.plugins`` entry-point group.

A plugin is a function ``plugin(extractor, **options)`` that configures an
:class:`~diplomeet.Extractor`: it adds lexicon entries, inserts rules by name,
changes options (see :class:`diplomeet.typing.Plugin`). Apply one directly with
:meth:`Extractor.use <diplomeet.Extractor.use>`; entry points are only an optional
way to find plugins by name. A package registers its plugin in its
``pyproject.toml``::

    [project.entry-points."diplomeet.plugins"]
    gulf = "diplomeet_gulf:plugin"

Then :func:`available` lists ``"gulf"``, :func:`load` returns the function, and
``Extractor(plugins=True)`` applies every registered plugin in name order. Nothing
is imported until a plugin is loaded, and no plugin is ever applied to the shared
default extractor behind :func:`diplomeet.extract`.
"""

from __future__ import annotations

import importlib.metadata
from typing import TYPE_CHECKING, cast

from diplomeet.errors import PluginError

if TYPE_CHECKING:
    from diplomeet.typing import Plugin

__all__ = ["GROUP", "PluginError", "available", "load", "load_all"]

GROUP = "diplomeet.plugins"
"""The entry-point group in which packages register their plugins."""


def _entry_points() -> dict[str, list[importlib.metadata.EntryPoint]]:
    """Return the registered entry points by name (several when distributions disagree)."""
    found: dict[str, list[importlib.metadata.EntryPoint]] = {}
    for ep in importlib.metadata.entry_points(group=GROUP):
        same = found.setdefault(ep.name, [])
        if all(other.value != ep.value for other in same):  # one distribution seen on two paths
            same.append(ep)
    return found


def _origin(ep: importlib.metadata.EntryPoint) -> str:
    dist = ep.dist
    where = f"{dist.name} {dist.version}" if dist is not None else "an unknown distribution"
    return f"{ep.value!r} from {where}"


def available() -> list[str]:
    """Return the names of the registered plugins, sorted.

    Nothing is imported: this only reads the installed packages' metadata.

    .. versionadded:: 0.1
    """
    return sorted(_entry_points())


def load(name: str) -> Plugin:
    """Import and return the plugin registered as *name*.

    Args:
        name: the entry point's name, as listed by :func:`available`.

    Returns:
        The plugin function, ready for :meth:`Extractor.use <diplomeet.Extractor.use>`.

    Raises:
        PluginError: no plugin has that name, two installed packages register it,
            importing it fails (the import error is chained), or the object it
            names is not callable.

    .. versionadded:: 0.1
    """
    registered = _entry_points()
    candidates = registered.get(name)
    if not candidates:
        names = ", ".join(sorted(registered)) or "none"
        raise PluginError(f"no diplomeet plugin named {name!r}; registered under {GROUP!r}: {names}")
    if len(candidates) > 1:
        origins = "; ".join(_origin(ep) for ep in candidates)
        raise PluginError(f"diplomeet plugin {name!r} is registered more than once: {origins}")
    ep = candidates[0]
    try:
        obj = ep.load()
    except Exception as exc:
        raise PluginError(
            f"diplomeet plugin {name!r} ({_origin(ep)}) failed to import: {type(exc).__name__}: {exc}"
        ) from exc
    if not callable(obj):
        raise PluginError(
            f"diplomeet plugin {name!r} ({_origin(ep)}) is a {type(obj).__name__}, not a callable "
            "plugin(extractor, **options)"
        )
    return cast("Plugin", obj)


def load_all() -> list[Plugin]:
    """Import every registered plugin, in name order.

    Raises:
        PluginError: as :func:`load`, for the first plugin that cannot be loaded.

    .. versionadded:: 0.1
    """
    return [load(name) for name in available()]
