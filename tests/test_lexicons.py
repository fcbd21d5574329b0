"""Integrity of the lexicon data files shipped in ``diplomeet/lexicons``."""

from __future__ import annotations

import importlib.resources

import pytest

from diplomeet import lexicons
from diplomeet.lexicons import Lexicon

NAMES = lexicons.available()


def _raw(name: str) -> str:
    root = importlib.resources.files("diplomeet.lexicons")
    for suffix in (".tsv", ".txt"):
        item = root.joinpath(name + suffix)
        if item.is_file():
            return item.read_text(encoding="utf-8")
    raise AssertionError(name)


@pytest.mark.parametrize("name", NAMES)
class TestShippedLexicon:
    def test_has_provenance(self, name: str) -> None:
        """Every file opens with a comment block saying what it is and where it comes from."""
        lex = lexicons.load(name)
        assert lex.provenance.strip(), name
        assert "licen" in lex.provenance.lower(), f"{name}: provenance names no licence"

    def test_not_empty(self, name: str) -> None:
        """A shipped lexicon has entries."""
        assert len(lexicons.load(name)) > 0

    def test_keys_are_unique(self, name: str) -> None:
        """No surface form is listed twice in one file (case-sensitive); in ``meeting_words`` a form
        may be listed once as a noun and once as a verb ("visit").
        """
        keys = [(e.text, e.get("pos") if name == "meeting_words" else None) for e in lexicons.load(name)]
        dupes = sorted({k[0] for k in keys if keys.count(k) > 1})
        assert not dupes, f"{name}: duplicate entries {dupes[:20]}"

    def test_cells_are_trimmed(self, name: str) -> None:
        """No cell carries leading or trailing blanks, which would silently never match."""
        for lineno, line in enumerate(_raw(name).splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            for cell in line.split("\t"):
                for value in cell.split("|"):
                    assert value == value.strip(), f"{name}:{lineno}: {value!r}"

    def test_rows_fit_header(self, name: str) -> None:
        """Every row has at most as many cells as the header names."""
        lex = lexicons.load(name)
        for entry in lex:
            assert set(entry.attrs) <= set(lex.columns[1:])


@pytest.mark.parametrize("name", ["cities", "venues"])
def test_places_name_known_countries(name: str) -> None:
    """A place's country is a name of ``countries`` (or empty): aliases written one column early would
    silently become countries."""
    countries = {e.text for e in lexicons.load("countries")}
    unknown = sorted({c for e in lexicons.load(name) if (c := e.get("country")) and c not in countries})
    assert not unknown, f"{name}: countries not in countries.tsv {unknown[:20]}"


def test_unknown_lexicon_is_named_in_error() -> None:
    """Asking for a lexicon that does not exist names it and lists the real ones."""
    with pytest.raises(ValueError, match="no lexicon named 'nope'"):
        lexicons.load("nope")


def test_from_text_round_trip() -> None:
    """A lexicon parsed from text keeps its provenance, columns and multi-valued cells."""
    lex = Lexicon.from_text("t", "# what\n# Licence: MIT\nform\tkind\tforms\nmet\tmeeting\tmeet|meets\n\nsummit\n")
    assert lex.columns == ("form", "kind", "forms")
    assert lex.provenance == "what\nLicence: MIT"
    assert lex.entries[0].values("forms") == ("meet", "meets")
    assert lex.entries[0].get("kind") == "meeting"
    assert lex.entries[1].get("kind") is None


def test_with_entries_rejects_unknown_column() -> None:
    """Adding an entry with a column the lexicon lacks fails loudly instead of being ignored."""
    lex = Lexicon.from_text("t", "# Licence: MIT\nform\tkind\n")
    with pytest.raises(ValueError, match="no column"):
        lex.with_entries([{"form": "x", "colour": "red"}])
