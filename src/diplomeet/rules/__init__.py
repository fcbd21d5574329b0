"""The default rule chain, in order. Each rule is ``rule(state) -> None``.

======================  =====================================================
name                    what it does
======================  =====================================================
``quotes``              quotation spans of every style (:mod:`diplomeet.quotes`)
``sentences``           sentence boundaries (:mod:`.sentences`)
``times``               date expressions and durations (:mod:`diplomeet.temporal`)
``mentions``            names, titles, countries, organisations, places (:mod:`.mentions`)
``people``              who is who: one entity per real person (:mod:`.people`)
``statements``          quotations and reported speech with speakers (:mod:`.statements`)
``meetings``            meetings with participants, status, date, place, duration (:mod:`.meetings`)
``topics``              issues discussed (:mod:`.topics`)
``outcomes``            agreements, pledges and refusals (:mod:`.outcomes`)
======================  =====================================================
"""

from __future__ import annotations

from diplomeet.rules.basic import quotes, times
from diplomeet.rules.meetings import meetings
from diplomeet.rules.mentions import mentions
from diplomeet.rules.outcomes import outcomes
from diplomeet.rules.people import people
from diplomeet.rules.sentences import sentences
from diplomeet.rules.statements import statements
from diplomeet.rules.topics import topics
from diplomeet.typing import Rule

__all__ = ["DEFAULT_RULES"]

DEFAULT_RULES: list[tuple[str, Rule]] = [
    ("quotes", quotes),
    ("sentences", sentences),
    ("times", times),
    ("mentions", mentions),
    ("people", people),
    ("statements", statements),
    ("meetings", meetings),
    ("topics", topics),
    ("outcomes", outcomes),
]
