"""The named rule chain: order, insertion by name, replacement, enabling, errors, copies."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplomeet import DiplomeetError, RuleNotFoundError
from diplomeet.presets import PRESETS
from diplomeet.ruler import Ruler
from diplomeet.rules import DEFAULT_RULES


def chain(*names: str) -> Ruler[str]:
    """A chain whose rules are strings naming themselves in upper case, for readable checks."""
    return Ruler((name, name.upper()) for name in names)


class TestOrder:
    def test_push_appends(self):
        """Rules run in the order they were pushed."""
        ruler = chain("a", "b")
        ruler.push("c", "C")
        assert ruler.names() == ["a", "b", "c"]
        assert ruler.active() == ["A", "B", "C"]

    def test_before_and_after(self):
        """before/after insert next to the named rule, whatever its position."""
        ruler = chain("a", "b", "c")
        ruler.before("b", "x", "X")
        ruler.after("c", "y", "Y")
        ruler.after("a", "z", "Z")
        assert ruler.names() == ["a", "z", "x", "b", "c", "y"]

    def test_before_first(self):
        """A rule inserted before the first one becomes the first."""
        ruler = chain("a", "b")
        ruler.before("a", "x", "X")
        assert ruler.active() == ["X", "A", "B"]

    def test_iteration_gives_enabled_pairs(self):
        """Iterating gives (name, rule) of the enabled rules only; len counts every rule."""
        ruler = chain("a", "b", "c")
        ruler.disable("b")
        assert list(ruler) == [("a", "A"), ("c", "C")]
        assert len(ruler) == 3

    def test_contains_names_only(self):
        """Membership is by rule name, disabled rules included."""
        ruler = chain("a", "b")
        ruler.disable("b")
        assert "b" in ruler
        assert "B" not in ruler
        assert 1 not in ruler


class TestReplaceAndRemove:
    def test_at_replaces_in_place(self):
        """at() swaps the function and keeps position and enabled flag."""
        ruler = chain("a", "b", "c")
        ruler.disable("b")
        ruler.at("b", "NEW")
        assert ruler.get("b") == "NEW"
        assert ruler.names() == ["a", "b", "c"]
        assert ruler.active() == ["A", "C"]

    def test_remove(self):
        """remove() deletes the rule; its name can then be reused."""
        ruler = chain("a", "b")
        ruler.remove("a")
        assert ruler.names() == ["b"]
        ruler.push("a", "again")
        assert ruler.active() == ["B", "again"]


class TestEnabling:
    def test_disable_and_enable(self):
        """A disabled rule keeps its place and runs again once enabled."""
        ruler = chain("a", "b", "c")
        ruler.disable(["a", "c"])
        assert ruler.active() == ["B"]
        assert ruler.names(enabled_only=True) == ["b"]
        ruler.enable("c")
        assert ruler.active() == ["B", "C"]

    def test_enable_only(self):
        """enable_only() enables exactly the named rules, in chain order."""
        ruler = chain("a", "b", "c")
        ruler.enable_only(["c", "a"])
        assert ruler.active() == ["A", "C"]
        ruler.enable_only("b")
        assert ruler.active() == ["B"]

    def test_enable_only_is_atomic(self):
        """enable_only() with an unknown name changes nothing."""
        ruler = chain("a", "b")
        with pytest.raises(RuleNotFoundError):
            ruler.enable_only(["a", "nope"])
        assert ruler.active() == ["A", "B"]

    def test_disable_is_atomic(self):
        """disable() with an unknown name among several changes nothing."""
        ruler = chain("a", "b")
        with pytest.raises(RuleNotFoundError):
            ruler.disable(["a", "nope"])
        assert ruler.active() == ["A", "B"]

    def test_active_cache_follows_changes(self):
        """The cached active list is rebuilt after every kind of change."""
        ruler = chain("a", "b")
        assert ruler.active() == ["A", "B"]
        ruler.push("c", "C")
        assert ruler.active() == ["A", "B", "C"]
        ruler.at("a", "A2")
        assert ruler.active() == ["A2", "B", "C"]
        ruler.remove("b")
        assert ruler.active() == ["A2", "C"]
        ruler.disable("c")
        assert ruler.active() == ["A2"]


class TestErrors:
    @pytest.mark.parametrize(
        "call",
        [
            lambda r: r.get("nope"),
            lambda r: r.before("nope", "x", "X"),
            lambda r: r.after("nope", "x", "X"),
            lambda r: r.at("nope", "X"),
            lambda r: r.remove("nope"),
            lambda r: r.enable("nope"),
            lambda r: r.disable("nope"),
            lambda r: r.enable_only("nope"),
        ],
        ids=["get", "before", "after", "at", "remove", "enable", "disable", "enable_only"],
    )
    def test_unknown_name(self, call):
        """Every method that takes an existing name raises RuleNotFoundError naming it and the chain."""
        with pytest.raises(RuleNotFoundError) as info:
            call(chain("a", "b"))
        assert str(info.value) == "no rule named 'nope'; the chain has ['a', 'b']"

    def test_rule_not_found_is_a_key_error(self):
        """RuleNotFoundError is both a DiplomeetError and a KeyError."""
        assert issubclass(RuleNotFoundError, DiplomeetError)
        assert issubclass(RuleNotFoundError, KeyError)

    @pytest.mark.parametrize("insert", ["push", "before", "after"])
    def test_duplicate_name(self, insert):
        """A second rule of the same name is refused and the chain is unchanged."""
        ruler = chain("a", "b")
        args = ("b", "X") if insert == "push" else ("a", "b", "X")
        with pytest.raises(ValueError, match="a rule named 'b' is already in the chain"):
            getattr(ruler, insert)(*args)
        assert ruler.active() == ["A", "B"]

    @pytest.mark.parametrize("name", ["", None, 3])
    def test_bad_name(self, name):
        """A rule name must be a non-empty string."""
        with pytest.raises(ValueError, match="a rule name must be a non-empty str"):
            chain("a").push(name, "X")


class TestCopies:
    def test_copy_is_independent(self):
        """Changing a copy leaves the original as it was, and the reverse."""
        ruler = chain("a", "b")
        ruler.disable("b")
        other = ruler.copy()
        other.push("c", "C")
        other.enable("b")
        ruler.at("a", "A2")
        assert ruler.names() == ["a", "b"]
        assert ruler.active() == ["A2"]
        assert other.active() == ["A", "B", "C"]

    def test_pickle_round_trip(self):
        """A chain survives pickling with its order and flags."""
        ruler = chain("a", "b", "c")
        ruler.disable("b")
        again = pickle.loads(pickle.dumps(ruler))  # noqa: S301 (bytes made just above)
        assert again.names() == ["a", "b", "c"]
        assert again.active() == ["A", "C"]

    def test_repr_marks_disabled(self):
        """The repr lists the names, disabled ones in parentheses."""
        ruler = chain("a", "b")
        ruler.disable("a")
        assert repr(ruler) == "Ruler([(a), b])"


class TestDefaultChain:
    def test_names_are_snake_case_and_unique(self):
        """The default chain's names are unique snake_case words: the vocabulary of docs and plugins."""
        names = [name for name, _ in DEFAULT_RULES]
        assert len(set(names)) == len(names)
        assert all(name.isidentifier() and name == name.lower() for name in names)

    def test_starts_with_the_reading_stages(self):
        """Quotes, sentences, times, mentions and people come first, in that order, then statements and meetings."""
        names = [name for name, _ in DEFAULT_RULES]
        assert names[:7] == ["quotes", "sentences", "times", "mentions", "people", "statements", "meetings"]

    def test_presets_name_known_rules(self):
        """Every preset enables rules of the default chain only."""
        known = {name for name, _ in DEFAULT_RULES}
        for preset in PRESETS.values():
            assert set(preset.rules) <= known, preset.name
            assert preset.ruler().names(enabled_only=True) == [n for n, _ in DEFAULT_RULES if n in preset.rules]


_OPS = st.lists(
    st.tuples(
        st.sampled_from(["push", "before", "after", "at", "remove", "enable", "disable"]),
        st.sampled_from("abcdef"),
        st.sampled_from("abcdef"),
    ),
    max_size=30,
)


class TestModel:
    @given(_OPS)
    def test_behaves_like_a_list_of_entries(self, ops):
        """Any sequence of edits leaves the chain equal to a plain list model of (name, rule, enabled)."""
        ruler: Ruler[str] = Ruler()
        model: list[list[object]] = []

        def find(name: str) -> int:
            return next(i for i, entry in enumerate(model) if entry[0] == name)

        for op, name, anchor in ops:
            names = [entry[0] for entry in model]
            fn = f"{op}:{name}"
            if op in {"push", "before", "after"}:
                if name in names or (op != "push" and anchor not in names):
                    with pytest.raises((ValueError, RuleNotFoundError)):
                        getattr(ruler, op)(*((name, fn) if op == "push" else (anchor, name, fn)))
                    continue
                getattr(ruler, op)(*((name, fn) if op == "push" else (anchor, name, fn)))
                at = len(model) if op == "push" else find(anchor) + (op == "after")
                model.insert(at, [name, fn, True])
            elif name not in names:
                with pytest.raises(RuleNotFoundError):
                    getattr(ruler, op)(*((name, fn) if op == "at" else (name,)))
            elif op == "at":
                ruler.at(name, fn)
                model[find(name)][1] = fn
            elif op == "remove":
                ruler.remove(name)
                del model[find(name)]
            else:
                getattr(ruler, op)(name)
                model[find(name)][2] = op == "enable"
            assert ruler.names() == [entry[0] for entry in model]
            assert ruler.active() == [entry[1] for entry in model if entry[2]]
