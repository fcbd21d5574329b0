"""Scale of diplomeet.story.reconcile: time per article from 1,000 to 10,000 articles.

    python benchmarks/story_scale.py [--sizes 1000 2000 5000 10000] [--repeat 3] [--seed 7]

Generates synthetic extractions (no text extraction is timed): a news archive in
which each event (two people meeting on a day in a city, with one or two
quotations) is reported by a cluster of 1 to 7 articles. The outlets disagree the
way real ones do: spelling and transliteration variants of names ("Anthony" /
"Antony", "Qin" / "Chin"), a surname alone, durations that differ, a date one day
off or vaguer (a month, a year, none), quotations trimmed or retouched. The
archive covers more days as it grows (about 20 articles a day) from a fixed pool
of 400 people, as a real one does.

Prints, for each size, the best of --repeat timings (CPU time of this process,
which other work on a shared machine disturbs less than wall time), the time
per article (flat when reconciling is near-linear), and how many meetings and statements the story
has against the events and quotations generated (a sanity check, not a score).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import random
import sys
import time
from typing import Any

import attrs

from diplomeet.models import (
    Duration,
    Extraction,
    Meeting,
    Mention,
    Participant,
    Place,
    Precision,
    Span,
    Statement,
    TimeRef,
)
from diplomeet.story import reconcile

SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ren",
    "sa",
    "tor",
    "vel",
    "din",
    "ba",
    "gor",
    "lin",
    "shu",
    "ten",
    "mar",
    "ros",
    "del",
    "fan",
    "hal",
    "ni",
    "po",
    "qua",
    "zer",
    "bri",
    "can",
]
CITIES = [
    ("Beijing", "China"),
    ("Washington", "United States"),
    ("Paris", "France"),
    ("Berlin", "Germany"),
    ("New Delhi", "India"),
    ("Tokyo", "Japan"),
    ("Brasilia", "Brazil"),
    ("Nairobi", "Kenya"),
    ("Canberra", "Australia"),
    ("Ottawa", "Canada"),
    ("Jakarta", "Indonesia"),
    ("Cairo", "Egypt"),
]
TITLES = ["President", "Prime Minister", "Foreign Minister", "Secretary of State", "Chancellor", "Defence Minister"]
START = dt.date(2020, 1, 1)


class Person:
    """A person of the pool, with the spellings outlets use for them."""

    def __init__(self, rng: random.Random, n: int) -> None:
        given = rng.choice(SYLLABLES).capitalize() + rng.choice(SYLLABLES)
        surname = (
            rng.choice(SYLLABLES).capitalize()
            + rng.choice(SYLLABLES)
            + f"{n:03d}".translate(str.maketrans("0123456789", "abdegikmou"))
        )
        self.given = given
        self.surname = surname
        self.title = rng.choice(TITLES)
        self.country = rng.choice(CITIES)[1]
        # spelling variants news writes: "th" for "t", a pinyin initial against an older romanisation
        self.given_variants = [given, given.replace("t", "th", 1) if "t" in given else given]
        if surname.startswith("Q"):
            self.surname_variants = [surname, "Ch" + surname[1:]]
        elif surname.startswith("Sh"):
            self.surname_variants = [surname, "X" + surname[2:]]
        else:
            self.surname_variants = [surname]

    def spelling(self, rng: random.Random) -> tuple[str, str]:
        """A full name as one outlet spells it, and the surname alone."""
        surname = rng.choice(self.surname_variants)
        return f"{rng.choice(self.given_variants)} {surname}", surname


class Builder:
    """Builds one article's text and records, span by span."""

    def __init__(self) -> None:
        self.text = ""
        self.participants: dict[str, Participant] = {}
        self.meetings: list[Meeting] = []
        self.statements: list[Statement] = []

    def add(self, piece: str) -> Span:
        start = len(self.text)
        self.text += piece
        return Span(start, len(self.text), piece)

    def mention(self, name: str, person: Person) -> Participant:
        span = self.add(name)
        old = self.participants.get(name)
        mentions = (*old.mentions, Mention(span)) if old else (Mention(span),)
        p = Participant(name, title=person.title, country=person.country, mentions=mentions)
        self.participants[name] = p
        return p

    def extraction(self) -> Extraction:
        """The article, every record pointing at the participants with all their mentions."""
        final = self.participants
        meetings = [attrs.evolve(m, participants=[final[p.name] for p in m.participants]) for m in self.meetings]
        statements = [
            s if s.speaker is None else attrs.evolve(s, speaker=final[s.speaker.name]) for s in self.statements
        ]
        return Extraction(self.text, participants=list(final.values()), meetings=meetings, statements=statements)


def make_event(rng: random.Random, people: list[Person], day: dt.date, vocabulary: list[str]) -> dict[str, Any]:
    a, b = rng.sample(people, 2)
    quotes = [rng.choices(vocabulary, weights=WEIGHTS, k=rng.randint(8, 20)) for _ in range(rng.randint(1, 2))]
    return {
        "people": (a, b),
        "day": day,
        "city": rng.choice(CITIES),
        "minutes": rng.choice([30, 45, 60, 90, 120, 180]),
        "quotes": [(" ".join(q), rng.choice((a, b))) for q in quotes],
    }


def write_article(rng: random.Random, events: list[dict[str, Any]]) -> Extraction:
    out = Builder()
    for event in events:
        a, b = event["people"]
        names = []
        for person in (a, b):
            full, surname = person.spelling(rng)
            names.append(surname if rng.random() < 0.1 else full)
        start = len(out.text)
        pa = out.mention(names[0], a)
        out.add(" met ")
        pb = out.mention(names[1], b)
        city, country = event["city"]
        out.add(" in ")
        place = Place(city, city=city, country=country, span=out.add(city))
        roll = rng.random()
        day = event["day"]
        if roll < 0.05:
            day += dt.timedelta(days=1)
        date: TimeRef | None
        if roll < 0.85:
            out.add(" on ")
            date = TimeRef(day.isoformat(), day, Precision.DAY, out.add(day.isoformat()))
        elif roll < 0.92:
            out.add(" in ")
            month = day.replace(day=1)
            date = TimeRef(month.strftime("%B %Y"), month, Precision.MONTH, out.add(month.strftime("%B %Y")))
        elif roll < 0.96:
            date = None
        else:
            out.add(" this year, ")
            date = TimeRef(str(day.year), day.replace(month=1, day=1), Precision.YEAR, out.add(str(day.year)))
        duration = None
        if rng.random() < 0.5:
            minutes = event["minutes"] + (5 if rng.random() < 0.1 else 0)
            out.add(" for ")
            span = out.add(f"{minutes} minutes")
            duration = Duration(span.text, minutes, span=span)
        out.add(". ")
        evidence = Span(start, len(out.text), out.text[start:])
        out.meetings.append(
            Meeting([pa, pb], "held", date=date, location=place, duration=duration, evidence=[evidence])
        )
        for quote, speaker in event["quotes"]:
            words = quote.split()
            if rng.random() < 0.3:  # a fragment
                cut = rng.randint(0, len(words) // 3)
                words = words[cut : len(words) - rng.randint(0, len(words) // 3)]
            if rng.random() < 0.3:  # a retouched word
                words[rng.randrange(len(words))] = rng.choice(VOCABULARY)
            out.add("“")
            span = out.add(" ".join(words))
            out.add(",” ")
            who = out.mention(speaker.spelling(rng)[1], speaker)
            cue = out.add(" said")
            out.add(". ")
            out.statements.append(
                Statement(span.text, span, speaker=who, speaker_span=who.mentions[-1].span, cue_span=cue)
            )
    return out.extraction()


def archive(n_articles: int, seed: int) -> tuple[list[Extraction], int, int]:
    """*n_articles* synthetic extractions, the number of events and of quotations behind them."""
    rng = random.Random(seed)
    people = [Person(rng, i) for i in range(400)]
    days = max(1, n_articles // 20)
    events = []
    articles: list[Extraction] = []
    while len(articles) < n_articles:
        event = make_event(rng, people, START + dt.timedelta(days=rng.randrange(days)), VOCABULARY)
        events.append(event)
        for _ in range(min(rng.randint(1, 7), n_articles - len(articles))):
            background = [rng.choice(events)] if rng.random() < 0.2 and len(events) > 1 else []
            articles.append(write_article(rng, [event, *[e for e in background if e is not event]]))
    quotes = sum(len(e["quotes"]) for e in events)
    return articles, len(events), quotes


VOCABULARY = [
    "".join(random.Random(i).choice("abcdefghijklmnoprstuvwy") for _ in range(random.Random(i + 1).randint(3, 9)))
    for i in range(3000)
]
WEIGHTS = [1 / (rank + 1) for rank in range(len(VOCABULARY))]  # Zipf: a few words are very common


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000, 5000, 10000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    print(
        f"{'articles':>8} {'seconds':>8} {'µs/article':>10} {'meetings':>9} {'events':>7} {'statements':>10} {'quotes':>7}"
    )
    reconcile(archive(20, args.seed)[0])  # load the lexicons once, outside the timings
    for size in args.sizes:
        extractions, n_events, n_quotes = archive(size, args.seed)
        best = float("inf")
        story = None
        for _ in range(args.repeat):
            gc.collect()
            t0 = time.process_time()
            story = reconcile(extractions)
            best = min(best, time.process_time() - t0)
        assert story is not None
        print(
            f"{size:>8} {best:>8.3f} {best / size * 1e6:>10.0f} {len(story.meetings):>9} {n_events:>7} "
            f"{len(story.statements):>10} {n_quotes:>7}"
        )
        sys.stdout.flush()
    print(
        f"command: python benchmarks/story_scale.py --sizes {' '.join(map(str, args.sizes))} --repeat {args.repeat} --seed {args.seed}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
