"""Meeting, status and participant agreement on the PETRARCH and PLOVER meeting cases.

    python benchmarks/petrarch.py [--data DIR] [--json] [--verbose]

Reads ``meet-cases.jsonl`` (PETRARCH unit tests and UniversalPetrarch PETR-2 GSR
sentences, MIT) and ``plover-meet-cases.jsonl`` (PLOVER gold-standard records,
CC BY-SA 4.0) from ``../shared/benchmarks/petrarch`` at run time; neither file is
copied into this repository (see that folder's README for provenance and
licences). Each record's ``text`` goes through ``diplomeet.extract`` with its
``story_date`` as ``published`` when the record has one.

The curator's ``meeting_status`` sorts the records into groups:

- **meeting expected**: ``held``, ``planned`` and ``departed-for-meeting``. The
  report gives the share for which diplomeet finds a meeting, the share of
  those whose status agrees (``held`` -> held, ``planned`` -> planned; for
  ``departed-for-meeting`` either counts: the trip is under way, the meetings
  are ahead), and the share whose parties agree.
- **no meeting expected**: ``refused``, ``cancelled`` and
  ``trip-no-counterpart`` (the upstream record says ``noevents``). The share
  for which diplomeet finds no meeting at all.
- **proposed**: ``conditional``, ``offered``, ``requested``. PLOVER codes these
  AGREE or DEMAND; diplomeet's guidelines read a proposed meeting as planned.
  The share with a planned meeting or none (a held meeting is the error).
- **context**: ``context-held``, ``context-planned``: a meeting mentioned only
  in passing around another event. Shown (meeting found, status), not scored.

Parties. The upstream actor *codes* are not compared (diplomeet emits names).
Each expected party is a person (matched against a meeting's participants by
name, alias, word containment or the same last word) or a non-person party: a
country, organisation or group, matched against the meeting's ``others`` and
its non-person participants by word containment ("Arnor" is in "the
ambassadors of Arnor, Osgiliath and Gondor"). A person participant that only
matches a non-person party ("Eriadori" as a person) is an extra, not a match.
The parties come from:

- PLOVER: ``source_actors[].text`` and ``target_actors[].text``; an actor text
  that contains a person's name (listed in ``PLOVER_PERSONS``) is that person, any other
  one ("Moroccan diplomats", "Albania") is a non-person party. Two overrides,
  in ``PLOVER_OVERRIDES``, with their reasons.
- PETRARCH (both datasets): the actors named in the text, written down by hand
  in ``PETRARCH_PARTIES``, reading each sentence as diplomeet's guidelines do.
  Fictional actors (Arnor, Gondor, Mordor...) are countries or groups, never
  persons. Where upstream makes a destination or a location the target
  (DEMO-02: Minas Tirith; TEST_11: Switzerland; VERB_0: Iran), the hand
  mapping does not; a visit's destination is an *optional* party (neither
  required nor counted as extra), as diplomeet puts a visit's host country in
  ``others``.

Participant agreement for one record is exact: every expected party matched and
no extra party, on the found meeting that best overlaps the expected parties.
Party precision and recall are pooled over the same meetings.

Location checks: in the sentences the README names (PATTERN-23/25/27, TEST_11,
VERB_0/1) and the one PLOVER record with an event location (CONSULT-0007), the
place must not be a party of any meeting found, nor a person of the article. A
check on a sentence where no meeting is found passes trivially; the table says
how many were checked against a found meeting.
"""

from __future__ import annotations

import argparse
import json
import shlex
import sys
import time
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import diplomeet
from diplomeet.models import Extraction, Meeting, ParticipantKind

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "benchmarks" / "petrarch"
FILES = ("meet-cases.jsonl", "plover-meet-cases.jsonl")

DATASETS = {
    "petrarch-unittest": "PETR-UT",
    "universalpetrarch-petr2-gsr": "PETR2-GSR",
    "plover-gsr-cameo": "PLOVER",
}

EXPECT_MEETING = {"held", "planned", "departed-for-meeting"}
EXPECT_NONE = {"refused", "cancelled", "trip-no-counterpart"}
PROPOSED = {"conditional", "offered", "requested"}
CONTEXT = {"context-held", "context-planned"}

# A party: ("person" | "other", accepted surface forms...). Optional parties are neither required nor extra.
Party = tuple[str, ...]


def person(*names: str) -> Party:
    return ("person", *names)


def other(*names: str) -> Party:
    return ("other", *names)


# The actors each PETRARCH sentence names, read as diplomeet's guidelines do:
# id -> (required parties, optional parties, note on departures from the upstream coding).
PETRARCH_PARTIES: dict[str, tuple[list[Party], list[Party], str]] = {
    "PETR-UT:DEMO-02": (
        [person("Telemar"), other("Arnor")],
        [other("Minas Tirith", "Gondor")],
        "upstream target is the destination (GON); the meetings' counterpart is Arnor",
    ),
    "PETR-UT:DEMO-03": (
        [other("Caras Galadhon's new mayor", "mayor"), other("Arnor")],
        [other("Minas Tirith", "Gondor")],
        "the mayor is unnamed, so a non-person party; destination optional",
    ),
    "PETR-UT:DEMO-08": (
        [other("Arnor"), other("Osgiliath"), other("Gondor"), other("Ithilen's president", "Ithilen")],
        [],
        "three ambassadors' countries and an unnamed president",
    ),
    "PETR-UT:COMPOUND-37": (
        [other("Arnor"), other("Osgiliath"), other("Gondor"), other("Ithilen's president", "Ithilen")],
        [],
        "as DEMO-08",
    ),
    "PETR-UT:DEMO-11": (
        [
            person("Romendacil"),
            other("Eriadori leaders", "Eriadori", "Eriador"),
            other("Calenardhon leaders", "Calenardhon"),
        ],
        [],
        "'Eriadori and Calenardhon leaders' are unnamed groups",
    ),
    "PETR-UT:DEMO-17": ([person("Romendacil"), other("Gondor")], [], "visit: host country as a party"),
    "PETR-UT:DATE-09": ([person("Sam Gamgee"), other("Morgul Orcs", "Orcs")], [], ""),
    "PETR-UT:ACTOR-01": (
        [person("Minerva McGonagall"), person("Albus Dumbledore")],
        [other("Ministry of Magic")],
        "upstream target is the destination; the meetings are with Dumbledore",
    ),
    "PETR-UT:ACTOR-02": (
        [person("Minerva McGonagall"), person("Albus Dumbledore")],
        [other("Minas Tirith", "Gondor")],
        "as ACTOR-01",
    ),
    "PETR-UT:PATTERN-21": (
        [other("Mordor"), other("Osgiliath"), other("Eriador")],
        [],
        "pattern test; upstream codes are artefacts",
    ),
    "PETR-UT:PATTERN-22": (
        [other("Mordor"), other("Osgiliath"), other("Eriador")],
        [],
        "pattern test; upstream codes are artefacts",
    ),
    "PETR-UT:PATTERN-23": ([other("Arnor"), other("Gondor")], [], "Osgiliath is the place"),
    "PETR-UT:PATTERN-24": ([other("Arnor"), other("leaders of Gondor", "Gondor")], [], "Osgiliath is the place"),
    "PETR-UT:PATTERN-25": (
        [other("Arnor"), other("parliament of Gondor", "Gondor")],
        [],
        "Osgiliath, Eriador are places",
    ),
    "PETR-UT:PATTERN-27": ([other("Arnor"), other("Gondor")], [], "the United Arab Emirates is the place"),
    "UP-GSR:GOLD_2": (
        [other("Iraq's national security advisor", "national security advisor", "Iraq"), person("Bashar Assad")],
        [],
        "the advisor is unnamed",
    ),
    "UP-GSR:TEST_11": (
        [person("Barack Obama"), person("Vladimir Putin")],
        [],
        "upstream makes the place (CHE) the target",
    ),
    "UP-GSR:VERB_0": ([person("Obama")], [], "upstream makes the topic (IRN) the target"),
    "UP-GSR:VERB_1": ([person("Obama")], [other("Switzerland")], "upstream makes the host country the target"),
    "UP-GSR:COOP_0": ([other("US", "United States"), other("Russia"), other("Switzerland")], [], ""),
    "UP-GSR:github_issue27_2": (
        [
            other("Georgian demonstrators", "demonstrators"),
            other("ministers from the Georgian government", "Georgian government", "ministers"),
        ],
        [],
        "",
    ),
}

# The people PLOVER actor texts name: an actor text containing one of these is that person.
PLOVER_PERSONS = (
    "Oskar Fischer",
    "Dawda Jawara",
    "Hassan",
    "Obama",
    "Warren Christopher",
    "Andrei Kozyrev",
    "Saddam Hussein",
    "Boris Yeltsin",
    "Ryutaro Hashimoto",
    "Francois Mitterand",
    "F.W. de Klerk",
    "Chadli Klibi",
    "Yasser Arafat",
    "Laurent Fabius",
    "Juvenal Habyariman",
    "Moshe Katsav",
    "Abdullah II",
    "Mohammad Zia-Ul-Haq",
)

# Surface forms PLOVER writes that diplomeet writes otherwise (as canonical country names).
PLOVER_ALIASES = {"U.S.": ("United States", "US"), "Amman": ("Jordan",), "Emirates": ("United Arab Emirates",)}

# Where the actor texts do not give the parties: id -> (required, optional, reason).
PLOVER_OVERRIDES: dict[str, tuple[list[Party], list[Party], str]] = {
    "PLOVER-GSR01-CONSULT-0007": (
        [other("U.S. negotiators", "U.S.", "United States"), other("Russian negotiators", "Russia")],
        [],
        "actor text 'U.S. ... negotiators' is elliptic",
    ),
    "PLOVER-GSR01-CONSULT-0009": (
        [person("Sheikh Hamad bin Khalifa al-Thani"), other("Emirates", "United Arab Emirates"), other("Saudi Arabia")],
        [],
        'actor text "Quatar\'s emir" is named in the appositive that follows it',
    ),
}

# Places that must not become parties: id -> (place forms, forbidden in others too?).
LOCATION_CHECKS: dict[str, tuple[tuple[str, ...], bool]] = {
    "PETR-UT:PATTERN-23": (("Osgiliath", "Cirith Ungol"), True),
    "PETR-UT:PATTERN-25": (("Osgiliath", "Eriador", "Cirith Ungol"), True),
    "PETR-UT:PATTERN-27": (("United Arab Emirates", "Cirith Ungol"), True),
    "UP-GSR:TEST_11": (("Zurich", "Switzerland"), True),
    "UP-GSR:VERB_0": (("Iran",), True),
    # attending a summit in Switzerland: the host country may be in others, as for a visit
    "UP-GSR:VERB_1": (("Switzerland", "Iran"), False),
    "PLOVER-GSR01-CONSULT-0007": (("Geneva", "Switzerland"), True),
}


# --- matching ---------------------------------------------------------------------------------


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


_SKIP = {"the", "of", "a", "an", "and", "'s", "’s", "..."}


def _words(text: str) -> list[str]:
    out = []
    for raw in _fold(text).replace("’s ", " ").replace("'s ", " ").replace(",", " ").split():
        word = raw.removesuffix("'s").removesuffix("’s").strip("()")
        if word and word not in _SKIP:
            out.append(word)
    return out


def _contains(big: list[str], small: list[str]) -> bool:
    return bool(small) and set(small) <= set(big)


def _matches_person(found_names: Iterable[str], expected: str) -> bool:
    want = _words(expected)
    for name in found_names:
        got = _words(name)
        if not got:
            continue
        if got == want or _contains(want, got) or _contains(got, want) or got[-1] == want[-1]:
            return True
    return False


def _matches_other(found: str, forms: tuple[str, ...]) -> bool:
    got = _words(found)
    for form in forms:
        want = _words(form)
        if _contains(got, want):
            return True
        # a found form inside the expected one must keep a proper word ("Ithilen", not "president")
        if _contains(want, got) and any(w[:1].isupper() for w in found.split() if _fold(w) not in _SKIP):
            return True
    return False


def _found_parties(meeting: Meeting) -> list[tuple[str, list[str], str]]:
    """(kind, names, label) of every party of a found meeting: persons, non-person participants, others."""
    out = []
    for p in meeting.participants:
        kind = "person" if p.kind is ParticipantKind.PERSON else "other"
        out.append((kind, [p.name, *p.aliases], p.name))
    out.extend(("other", [o], o) for o in meeting.others)
    return out


def score_parties(meeting: Meeting, required: list[Party], optional: list[Party]) -> dict[str, Any]:
    """Match one found meeting's parties against the expected ones."""
    found = _found_parties(meeting)
    used: set[int] = set()
    matched, missed = [], []
    for party in required:
        kind, forms = party[0], party[1:]
        hit = None
        for i, (fkind, names, _label) in enumerate(found):
            if i in used or fkind != kind:
                continue
            ok = (
                any(_matches_person(names, f) for f in forms)
                if kind == "person"
                else any(_matches_other(n, forms) for n in names)
            )
            if ok:
                hit = i
                break
        if hit is None:
            missed.append(forms[0])
        else:
            # one found party may cover several expected ones ("the ambassadors of Arnor, Osgiliath and Gondor")
            if kind == "person":
                used.add(hit)
            matched.append(forms[0])
    covered = set()
    for i, (fkind, names, _label) in enumerate(found):
        for party in required + optional:
            kind, forms = party[0], party[1:]
            if kind != fkind:
                continue
            if kind == "person" and any(_matches_person(names, f) for f in forms):
                covered.add(i)
            if kind == "other" and any(_matches_other(n, forms) for n in names):
                covered.add(i)
    extra = [found[i][2] for i in range(len(found)) if i not in covered]
    return {"matched": matched, "missed": missed, "extra": extra, "exact": not missed and not extra}


# --- expectations -----------------------------------------------------------------------------


def expected_parties(record: dict[str, Any]) -> tuple[list[Party], list[Party], str]:
    """The parties a record's meeting should have: (required, optional, note)."""
    rid = record["id"]
    if rid in PETRARCH_PARTIES:
        return PETRARCH_PARTIES[rid]
    if rid in PLOVER_OVERRIDES:
        return PLOVER_OVERRIDES[rid]
    if record.get("dataset") != "plover-gsr-cameo":
        return [], [], "no hand mapping"
    required: list[Party] = []
    for actor in [*record.get("source_actors", []), *record.get("target_actors", [])]:
        text = actor["text"]
        named = next((n for n in PLOVER_PERSONS if n in text), None)
        if named is not None:
            required.append(person(named))
        else:
            required.append(other(text, *PLOVER_ALIASES.get(text, ())))
    return required, [], "from source_actors/target_actors text"


def _published(record: dict[str, Any]) -> str | None:
    day = record.get("story_date")
    if not day:
        return None
    return f"{day[:4]}-{day[4:6]}-{day[6:8]}" if len(day) == 8 and day.isdigit() else day


def _group(status: str) -> str:
    if status in EXPECT_MEETING:
        return "meeting"
    if status in EXPECT_NONE:
        return "none"
    if status in PROPOSED:
        return "proposed"
    if status in CONTEXT:
        return "context"
    return "unknown"


def _show(meeting: Meeting) -> dict[str, Any]:
    return {
        "status": meeting.status.value,
        "kind": meeting.kind.value,
        "participants": [p.name for p in meeting.participants],
        "others": list(meeting.others),
        "location": None if meeting.location is None else meeting.location.name,
        "cameo": meeting.cameo,
        "plover": meeting.plover,
    }


def _location_check(record: dict[str, Any], x: Extraction) -> dict[str, Any] | None:
    check = LOCATION_CHECKS.get(record["id"])
    if check is None:
        return None
    places, in_others = check
    wrong = []
    for m in x.meetings:
        for kind, names, label in _found_parties(m):
            if kind == "other" and not in_others and label in m.others:
                continue
            if any(_matches_other(n, places) for n in names):
                wrong.append(label)
    wrong.extend(p.name for p in x.people if _matches_other(p.name, places))
    return {"places": list(places), "made_party": sorted(set(wrong)), "ok": not wrong, "with_meeting": bool(x.meetings)}


def evaluate_record(record: dict[str, Any]) -> dict[str, Any]:
    """Extract one record and compare it with what its curator label expects."""
    x = diplomeet.extract(record["text"], published=_published(record))
    status = record.get("meeting_status", "")
    group = _group(status)
    out: dict[str, Any] = {
        "id": record["id"],
        "dataset": DATASETS.get(record.get("dataset", ""), record.get("dataset", "")),
        "meeting_status": status,
        "group": group,
        "text": record["text"],
        "found": [_show(m) for m in x.meetings],
        "people": [p.name for p in x.people],
        "location_check": _location_check(record, x),
    }
    if group == "meeting":
        required, optional, note = expected_parties(record)
        out["expected_parties"] = [p[1] for p in required]
        out["optional_parties"] = [p[1] for p in optional]
        out["mapping_note"] = note
        out["meeting_found"] = bool(x.meetings)
        if x.meetings:
            scored = [(score_parties(m, required, optional), k) for k, m in enumerate(x.meetings)]
            best, k = max(scored, key=lambda s: (len(s[0]["matched"]) - len(s[0]["extra"]), -s[1]))
            m = x.meetings[k]
            want = {"held": {"held"}, "planned": {"planned"}}.get(status, {"held", "planned"})
            out["primary"] = k
            out["status_agrees"] = m.status.value in want
            out["every_status_agrees"] = all(f.status.value in want for f in x.meetings)
            out["parties"] = best
    elif group == "none":
        out["ok"] = not x.meetings
    elif group == "proposed":
        out["ok"] = all(m.status.value == "planned" for m in x.meetings)
        out["planned_found"] = any(m.status.value == "planned" for m in x.meetings)
    return out


# --- report -----------------------------------------------------------------------------------


def _ratio(n: int, d: int) -> dict[str, Any]:
    return {"n": n, "of": d, "share": None if d == 0 else round(n / d, 3)}


def summarise(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Figures per dataset and over all records."""
    out: dict[str, dict[str, Any]] = {}
    for column in [*DATASETS.values(), "all"]:
        sel = [r for r in rows if column in ("all", r["dataset"])]
        meet = [r for r in sel if r["group"] == "meeting"]
        found = [r for r in meet if r["meeting_found"]]
        matched = sum(len(r["parties"]["matched"]) for r in found)
        expected = sum(len(r["parties"]["matched"]) + len(r["parties"]["missed"]) for r in found)
        predicted = sum(len(r["parties"]["matched"]) + len(r["parties"]["extra"]) for r in found)
        none = [r for r in sel if r["group"] == "none"]
        proposed = [r for r in sel if r["group"] == "proposed"]
        context = [r for r in sel if r["group"] == "context"]
        checks = [r["location_check"] for r in sel if r["location_check"] is not None]
        out[column] = {
            "records": len(sel),
            "meeting_expected": len(meet),
            "meeting_found": _ratio(len(found), len(meet)),
            "status_agrees": _ratio(sum(r["status_agrees"] for r in found), len(found)),
            "status_agrees_of_expected": _ratio(sum(r["status_agrees"] for r in found), len(meet)),
            "every_status_agrees": _ratio(sum(r["every_status_agrees"] for r in found), len(found)),
            "participants_exact": _ratio(sum(r["parties"]["exact"] for r in found), len(found)),
            "party_recall": _ratio(matched, expected),
            "party_precision": _ratio(matched, predicted),
            "no_meeting_when_none_expected": _ratio(sum(r["ok"] for r in none), len(none)),
            "proposed_planned_or_none": _ratio(sum(r["ok"] for r in proposed), len(proposed)),
            "proposed_planned_found": _ratio(sum(r["planned_found"] for r in proposed), len(proposed)),
            "context_meeting_found": _ratio(sum(bool(r["found"]) for r in context), len(context)),
            "location_not_party": _ratio(sum(c["ok"] for c in checks), len(checks)),
            "location_checked_with_meeting": _ratio(sum(c["with_meeting"] for c in checks), len(checks)),
        }
    return out


ROWS = [
    ("records", "records"),
    ("meeting_expected", "meeting expected (held/planned/departed)"),
    ("meeting_found", "  a meeting found"),
    ("status_agrees", "  status agrees (of found)"),
    ("status_agrees_of_expected", "  status agrees (of expected)"),
    ("every_status_agrees", "  no other meeting with another status"),
    ("participants_exact", "  parties exactly right (of found)"),
    ("party_recall", "  party recall (found meetings)"),
    ("party_precision", "  party precision (found meetings)"),
    ("no_meeting_when_none_expected", "refused/cancelled/no event: no meeting"),
    ("proposed_planned_or_none", "proposed: planned or no meeting"),
    ("proposed_planned_found", "  of which a planned meeting found"),
    ("context_meeting_found", "context mention: a meeting found"),
    ("location_not_party", "location not made a party"),
    ("location_checked_with_meeting", "  of which a meeting was found"),
]


def _cell(value: Any) -> str:
    if isinstance(value, int):
        return str(value)
    if value["of"] == 0:
        return "-"
    return f"{value['share']:.2f} {value['n']:>2}/{value['of']:<2}"


def table(summary: dict[str, dict[str, Any]]) -> str:
    columns = list(summary)
    lines = [f"{'':42}" + "".join(f"{c:>13}" for c in columns)]
    for key, label in ROWS:
        lines.append(f"{label:42}" + "".join(f"{_cell(summary[c][key]):>13}" for c in columns))
    return "\n".join(lines)


def details(rows: list[dict[str, Any]]) -> str:
    lines = []
    for r in rows:
        lines.append(f"{r['id']}  [{r['meeting_status']}]")
        lines.append(f"  text: {r['text']}")
        if r["group"] == "meeting":
            verdict = "FOUND" if r["meeting_found"] else "MISSED"
            if r["meeting_found"]:
                p = r["parties"]
                verdict += (
                    f", status {'ok' if r['status_agrees'] else 'WRONG'}, parties {'ok' if p['exact'] else 'WRONG'}"
                )
            lines.append(f"  expected: a meeting; parties {r['expected_parties']}, optional {r['optional_parties']}")
            if r["mapping_note"]:
                lines.append(f"  mapping: {r['mapping_note']}")
            if r["meeting_found"]:
                p = r["parties"]
                lines.append(f"  parties: matched {p['matched']}, missed {p['missed']}, extra {p['extra']}")
            lines.append(f"  verdict: {verdict}")
        elif r["group"] == "none":
            lines.append(f"  expected: no meeting; verdict: {'ok' if r['ok'] else 'WRONG'}")
        elif r["group"] == "proposed":
            lines.append(f"  expected: a planned meeting or none; verdict: {'ok' if r['ok'] else 'WRONG'}")
        else:
            lines.append("  expected: not scored (meeting mentioned in context)")
        for k, m in enumerate(r["found"]):
            mark = "*" if r.get("primary") == k else " "
            lines.append(f" {mark}found: {json.dumps(m, ensure_ascii=False)}")
        if not r["found"]:
            lines.append(f"  found: no meeting; people {r['people']}")
        if r["location_check"] is not None:
            c = r["location_check"]
            lines.append(
                f"  location check {c['places']}: {'ok' if c['ok'] else 'WRONG, made a party: ' + str(c['made_party'])}"
            )
    return "\n".join(lines)


def load(folder: Path) -> list[dict[str, Any]]:
    records = []
    for name in FILES:
        path = folder / name
        with path.open(encoding="utf-8") as fh:
            records.extend(json.loads(line) for line in fh if line.strip())
    return records


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--data", type=Path, default=DATA, help=f"folder with {' and '.join(FILES)} (default: {DATA})")
    ap.add_argument("--json", action="store_true", help="print the figures and every case as JSON")
    ap.add_argument("--verbose", "-v", action="store_true", help="list every case, expected vs found, before the table")
    a = ap.parse_args(argv)
    try:
        records = load(a.data)
    except OSError as exc:
        print(f"petrarch.py: cannot read the cases: {exc}", file=sys.stderr)
        return 2
    start = time.perf_counter()
    rows = [evaluate_record(r) for r in records]
    elapsed = time.perf_counter() - start
    summary = summarise(rows)
    command = shlex.join([Path(sys.executable).name, *sys.argv])
    if a.json:
        print(
            json.dumps(
                {"summary": summary, "cases": rows, "seconds": round(elapsed, 3), "command": command},
                ensure_ascii=False,
                indent=1,
            )
        )
        return 0
    if a.verbose:
        print(details(rows))
        print()
    print(table(summary))
    print(f"PETR-UT, PETR2-GSR: {FILES[0]} (MIT); PLOVER: {FILES[1]} (CC BY-SA 4.0), both read from {a.data}")
    print(f"{len(records)} records, extracted and compared in {elapsed:.2f} s (diplomeet {diplomeet.__version__})")
    print(f"command: {command}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
