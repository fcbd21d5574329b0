"""Behaviour tests for documents that speak for themselves: "a joint statement said …".

A text several parties put out together ("joint statement", "final communiqué"), a text known by its name
("the Panmunjeom Declaration") or by its nation only ("the Chinese readout") is the source of what it says:
a participant of kind ``document``. A document one named party issued is that party's voice. Every
sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from diplomeet import ParticipantKind, extract
from diplomeet.testing import expect

PUBLISHED = "2024-03-12"


def indirect(speaker: str | None, text: str, verb: str | None, channel: str | None = None) -> dict[str, object]:
    """The compact expectation of one piece of reported speech."""
    return {"speaker": speaker, "text": text, "kind": "indirect", "verb": verb, "channel": channel}


def direct(speaker: str | None, text: str, verb: str | None = None, channel: str | None = None) -> dict[str, object]:
    """The compact expectation of one quotation."""
    return {"speaker": speaker, "text": text, "kind": "direct", "verb": verb, "channel": channel}


TRADE = "the two sides agreed to expand trade and investment"


class TestSubject:
    @pytest.mark.parametrize(
        ("text", "speaker", "verb"),
        [
            pytest.param(f"The joint statement said {TRADE}.", "joint statement", "said", id="joint"),
            pytest.param(f"The final communiqué says {TRADE}.", "final communiqué", "says", id="final"),
            pytest.param(f"A Qatari statement said {TRADE}.", "Qatari statement", "said", id="nation"),
            pytest.param(
                f"The three-page Harbour Declaration states that {TRADE}.",
                "three-page Harbour Declaration",
                "states",
                id="named",
            ),
            pytest.param(
                f"A joint statement issued at the end of the visit said {TRADE}.",
                "joint statement",
                "said",
                id="participle",
            ),
            pytest.param(
                f"The leaders' joint communiqué, released a few minutes ago, says {TRADE}.",
                "leaders' joint communiqué",
                "says",
                id="set-off-participle",
            ),
            pytest.param(f"On Tuesday, a joint statement also said {TRADE}.", "joint statement", "said", id="opener"),
        ],
    )
    def test_document_speaks(self, text: str, speaker: str, verb: str) -> None:
        """The document is the speaker of the clause it reports, named by its phrase without the article."""
        expect(text, published=PUBLISHED, statements=[indirect(speaker, TRADE, verb)])

    def test_second_verb_of_the_document(self) -> None:
        """ "The joint statement welcomed X and said …": the document is the subject of its second verb too."""
        expect(
            "The joint statement welcomed the ceasefire and said both sides would meet again.",
            published=PUBLISHED,
            statements=[indirect("joint statement", "both sides would meet again", "said")],
        )

    def test_participant_and_spans(self) -> None:
        """The document is a participant of kind ``document``; the statement's speaker span is its phrase."""
        text = f"Talks ended in Hanoi. A joint statement said {TRADE}."
        result = extract(text, published=PUBLISHED)
        [statement] = result.statements
        assert statement.speaker is not None
        assert statement.speaker.kind is ParticipantKind.DOCUMENT
        assert statement.speaker_span is not None
        assert statement.speaker_span.text == "joint statement"
        assert [m.text for m in statement.speaker.mentions] == ["joint statement"]
        assert statement.to_dict()["speaker"] == "joint statement"
        assert [p.name for p in result.people] == []  # a document is no person

    def test_trailing(self) -> None:
        """ "…, a joint statement said." gives the words before it to the document."""
        expect(
            f"In Hanoi, {TRADE}, a joint statement said.",
            published=PUBLISHED,
            statements=[indirect("joint statement", f"In Hanoi, {TRADE}", "said")],
        )

    def test_one_issuer_speaks(self) -> None:
        """A joint statement "released by" one named body is that body's account."""
        expect(
            f"A joint statement released by the Department of Defence said {TRADE}.",
            published=PUBLISHED,
            statements=[indirect("Department of Defence", TRADE, "said")],
        )

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(f"The statement said {TRADE}.", id="bare"),
            pytest.param(f"The White House readout said {TRADE}.", id="issuer-in-phrase"),
            pytest.param(f"The joint statement was signed, and Blinken said {TRADE}.", id="not-the-subject"),
        ],
    )
    def test_documents_that_do_not_speak(self, text: str) -> None:
        """A bare "the statement" with nothing before it, a document whose issuer is in its phrase and a document
        that is not the verb's subject are not document speakers.
        """
        result = extract(text, published=PUBLISHED)
        assert all(p.kind is not ParticipantKind.DOCUMENT for p in result.participants), result.participants


class TestAccordingTo:
    def test_leading(self) -> None:
        """ "According to a joint communiqué read out by X, …": reading it out does not make X its source."""
        expect(
            "According to a joint communiqué read out by Amadou Diallo, the committee will meet within 60 days.",
            published=PUBLISHED,
            statements=[indirect("joint communiqué", "the committee will meet within 60 days", "according to")],
        )

    def test_trailing(self) -> None:
        """ "…, according to a joint statement issued after the talks." """
        expect(
            "The two ministers agreed to restore their embassies, according to a joint statement issued after the talks.",
            published=PUBLISHED,
            statements=[
                indirect("joint statement", "The two ministers agreed to restore their embassies", "according to")
            ],
        )

    def test_issued_by_both(self) -> None:
        """A joint text issued by two ministries still speaks for itself."""
        expect(
            "According to a joint statement issued by the Armenian and Azerbaijani foreign ministries, "
            "the parties made progress on several articles.",
            published=PUBLISHED,
            statements=[indirect("joint statement", "the parties made progress on several articles", "according to")],
        )

    def test_parenthetical_is_the_channel(self) -> None:
        """ "Xi, according to the Chinese readout, said …": Xi speaks, the readout is the channel."""
        expect(
            "And Xi, according to the Chinese readout, said he was willing to speak with Zelensky.",
            published=PUBLISHED,
            statements=[indirect("Xi", "he was willing to speak with Zelensky", "said", "the Chinese readout")],
        )

    def test_later_mention_is_the_same_document(self) -> None:
        """A later "the communiqué said" is the joint communiqué named before it: one participant, two mentions."""
        result = expect(
            "According to a joint communiqué, the committee will meet within 60 days. "
            "Burkina Faso will guarantee safe passage for aid convoys, the communiqué said.",
            published=PUBLISHED,
            statements=[
                indirect("joint communiqué", "the committee will meet within 60 days", "according to"),
                indirect("joint communiqué", "Burkina Faso will guarantee safe passage for aid convoys", "said"),
            ],
        )
        [document] = [p for p in result.participants if p.kind is ParticipantKind.DOCUMENT]
        assert [m.text for m in document.mentions] == ["joint communiqué", "communiqué"]


class TestQuotations:
    WORDS = "work together to defend the agreement"

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(f"“We will {WORDS},” a joint statement said.", id="after"),
            pytest.param(f'"We will {WORDS}," the joint statement said.', id="after-straight"),
        ],
    )
    def test_quotation_after(self, text: str) -> None:
        """ "“…,” a joint statement said": the document's quotation."""
        expect(text, published=PUBLISHED, statements=[direct("joint statement", f"We will {self.WORDS},", "said")])

    def test_quotation_inside_the_report(self) -> None:
        """ "The joint statement said only that the leaders “…”": the quoted words are the document's."""
        expect(
            "The joint statement said only that the leaders “recognised the threat posed by rising seas”.",
            published=PUBLISHED,
            statements=[direct("joint statement", "recognised the threat posed by rising seas", "said")],
        )
