"""diplomeet-gulf: a worked diplomeet plugin for news about the Gulf monarchies.

It adds three things to an :class:`~diplomeet.Extractor`, and nothing to any other:

* titles of the Gulf rulers ("Emir of Qatar", "Ruler of Dubai") to the ``titles`` lexicon;
* palaces where rulers receive visitors ("Zabeel Palace", Dubai) to the ``venues`` lexicon;
* the rule ``gulf_initialisms``, after ``people``: English-language news calls
  Gulf royals by the initials of their given name, patronymic particle and
  father's name ("MBS" for Mohammed bin Salman, "MBZ" for Mohamed bin Zayed).
  The rule links such an initialism to the one person of the article whose name
  it abbreviates, so that "MBS said ..." is attributed to him.

Apply it directly, or through its entry point (``diplomeet.plugins``, name ``gulf``)::

    extractor = diplomeet.Extractor().use(diplomeet_gulf.plugin)
    extractor = diplomeet.Extractor(plugins=True)
"""

from __future__ import annotations

import importlib.resources
from typing import TYPE_CHECKING

from diplomeet import Lexicon

if TYPE_CHECKING:
    from diplomeet import Extractor
    from diplomeet.state import ExtractionState

__all__ = ["RULE", "initialisms", "initials", "plugin"]

RULE = "gulf_initialisms"
"""The name of the plugin's rule in the chain."""

_LEXICONS = ("titles", "venues")
"""The shipped lexicons the plugin extends, each from its own file of the same name."""


def plugin(extractor: Extractor, /, *, initialisms: bool = True) -> None:
    """Add the Gulf titles and venues and, unless told not to, the initialism rule.

    Applying the plugin twice adds its rule once.

    Args:
        extractor: the extractor to configure.
        initialisms: insert the ``gulf_initialisms`` rule after ``people``.
    """
    files = importlib.resources.files(__name__)
    for name in _LEXICONS:
        extra = Lexicon.from_text(name, files.joinpath(f"{name}.tsv").read_text(encoding="utf-8"))
        extractor.add_entries(name, extra)
    if initialisms and RULE not in extractor.rules:
        extractor.rules.after("people", RULE, _initialisms_rule)


def initials(name: str, particles: frozenset[str]) -> str | None:
    """Return the initialism of a patronymic name, or ``None`` when it has no particle.

    The initials are those of the words up to the one after the first particle:
    ``initials("Mohamed bin Zayed Al Nahyan", frozenset({"bin"}))`` is ``"MBZ"``.
    """
    words = name.split()
    for i, word in enumerate(words[1:-1], 1):
        if word.casefold() in particles:
            return "".join(w[0] for w in words[: i + 2]).upper()
    return None


def initialisms(state: ExtractionState) -> dict[str, str]:
    """Return what the rule linked in this article: initialism to the person's name."""
    found: dict[str, str] = state.env.get("gulf", {}).get("initialisms", {})
    return found


def _initialisms_rule(state: ExtractionState) -> None:
    """Link person mentions written as initials ("MBS") to the one person they abbreviate."""
    from diplomeet.models import ParticipantKind  # noqa: PLC0415 (keeps the plugin's import light)
    from diplomeet.state import MentionKind  # noqa: PLC0415

    particles = frozenset(e.text.casefold() for e in state.resources.lexicon("name_particles"))
    by_initials: dict[str, list[int]] = {}
    for index, entity in enumerate(state.entities):
        if entity.kind is ParticipantKind.PERSON:
            key = initials(entity.name, particles)
            if key is not None:
                by_initials.setdefault(key, []).append(index)
    linked: dict[str, str] = {}
    for k, mention in enumerate(state.mentions):
        if mention.kind is not MentionKind.PERSON or not (2 <= len(mention.text) <= 5 and mention.text.isupper()):
            continue
        owners = by_initials.get(mention.text, [])
        if len(owners) != 1 or mention.entity == owners[0]:
            continue  # unknown or ambiguous initials are left alone
        if mention.entity is not None:
            state.entities[mention.entity].mentions.remove(k)
        target = state.entities[owners[0]]
        mention.entity = owners[0]
        target.mentions = sorted([*target.mentions, k], key=lambda i: state.mentions[i].start)
        if mention.text not in target.aliases:
            target.aliases.append(mention.text)
        linked[mention.text] = target.name
    state.env.setdefault("gulf", {})["initialisms"] = linked
