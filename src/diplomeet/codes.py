"""Political event codes for meetings: CAMEO and PLOVER.

=================================================  =======  ==========================
meeting                                            CAMEO    PLOVER
=================================================  =======  ==========================
planned, expected, proposed, invited               036      AGREE (PLOVER codes an
                                                            announced meeting as an
                                                            agreement to meet)
held phone or video call                           040      CONSULT:phone
held visit, told from the visitor's side           042      CONSULT:visit
held visit, told from the host's side              043      CONSULT:host
held, three parties or more, or a group summit     040      CONSULT:multilateral
held, at a place in neither party's country        044      CONSULT:third-party
held talks / negotiations                          046      CONSULT
held meeting otherwise                             040      CONSULT
=================================================  =======  ==========================

The first matching row wins. See ``docs/event-codes.md`` for the reasoning.
"""

from __future__ import annotations

from diplomeet.models import MeetingKind, MeetingStatus, ParticipantKind
from diplomeet.state import ExtractionState, MeetingDraft

__all__ = ["event_codes"]


def _countries(state: ExtractionState, md: MeetingDraft) -> set[str]:
    out: set[str] = set()
    for i in md.participants:
        e = state.entities[i]
        if e.country:
            out.add(e.country)
        elif e.kind is ParticipantKind.COUNTRY:
            out.add(e.name)
    return out


def event_codes(state: ExtractionState, md: MeetingDraft) -> tuple[str, str]:
    """Return the ``(CAMEO, PLOVER)`` codes of one meeting draft."""
    if md.status is MeetingStatus.PLANNED:
        return "036", "AGREE"
    if md.kind is MeetingKind.CALL:
        return "040", "CONSULT:phone"
    if md.kind is MeetingKind.VISIT or md.role in ("visit", "host"):
        if md.role == "host":
            return "043", "CONSULT:host"
        return "042", "CONSULT:visit"
    countries = _countries(state, md)
    if len(md.participants) + len(md.others) >= 3 or (md.kind is MeetingKind.SUMMIT and len(countries) > 2):
        return "040", "CONSULT:multilateral"
    place = state.places[md.place] if md.place is not None else None
    if place is not None and place.country and len(countries) >= 2 and place.country not in countries:
        return "044", "CONSULT:third-party"
    if md.kind is MeetingKind.TALKS:
        return "046", "CONSULT"
    return "040", "CONSULT"
