"""diplomeet: typed records of diplomatic meetings, statements and participants from news text.

The easy path is :func:`extract`; the configurable path is an :class:`Extractor`
of your own (its lexicons, rules and options are yours, the shared default is
never mutated)::

    >>> import diplomeet
    >>> result = diplomeet.extract("Blinken met Xi Jinping in Beijing on Monday.", published="2023-06-20")
    >>> [p.name for p in result.meetings[0].participants]
    ['Blinken', 'Xi Jinping']
"""

from __future__ import annotations

__version__ = "0.1.0"

from diplomeet.errors import DiplomeetError, LexiconError, RuleNotFoundError
from diplomeet.extractor import Extractor
from diplomeet.lexicons import Entry, Lexicon
from diplomeet.models import (
    Duration,
    Extraction,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Mention,
    MentionForm,
    Outcome,
    OutcomeKind,
    Participant,
    ParticipantKind,
    Place,
    Precision,
    Qualifier,
    Span,
    Statement,
    StatementKind,
    TimeRef,
    Topic,
)
from diplomeet.options import Options
from diplomeet.story import Story, reconcile

_DEFAULT = Extractor()

extract = _DEFAULT.extract
"""Read one article with the default extractor: ``extract(text, *, published=None)``.

See :meth:`Extractor.extract`.
"""

__all__ = [
    "DiplomeetError",
    "Duration",
    "Entry",
    "Extraction",
    "Extractor",
    "Lexicon",
    "LexiconError",
    "Meeting",
    "MeetingKind",
    "MeetingStatus",
    "Mention",
    "MentionForm",
    "Options",
    "Outcome",
    "OutcomeKind",
    "Participant",
    "ParticipantKind",
    "Place",
    "Precision",
    "Qualifier",
    "RuleNotFoundError",
    "Span",
    "Statement",
    "StatementKind",
    "Story",
    "TimeRef",
    "Topic",
    "__version__",
    "extract",
    "reconcile",
]
