"""Plugins: applying them with use(), and finding them through the diplomeet.plugins entry points."""

from __future__ import annotations

import importlib
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from diplomeet import DiplomeetError, Extractor
from diplomeet import plugins as registry
from diplomeet.plugins import GROUP, PluginError
from diplomeet.state import ExtractionState

Install = Callable[..., None]


@pytest.fixture
def install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Install]:
    """Return a function that installs a fake distribution (metadata + module) on sys.path for one test.

    ``install("dist_name", {"entry": "module:attr"}, module="source")`` writes
    ``dist_name-1.0.dist-info`` with the entry points and ``module.py`` with the
    source into a fresh directory prepended to ``sys.path``.
    """
    made: list[str] = []
    sites = iter(range(100))

    def make(dist: str, entry_points: dict[str, str], modules: dict[str, str] | None = None) -> None:
        root = tmp_path / f"site-{next(sites)}"
        info = root / f"{dist.replace('-', '_')}-1.0.dist-info"  # as wheels name it
        info.mkdir(parents=True)
        (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 1.0\n", encoding="utf-8")
        lines = [f"[{GROUP}]", *(f"{name} = {target}" for name, target in entry_points.items())]
        (info / "entry_points.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        for module, source in (modules or {}).items():
            (root / f"{module}.py").write_text(textwrap.dedent(source), encoding="utf-8")
            made.append(module)
        monkeypatch.syspath_prepend(str(root))
        importlib.invalidate_caches()

    yield make
    for module in made:
        sys.modules.pop(module, None)


SHOUT = """
    from diplomeet.state import ExtractionState

    CALLS = []

    def plugin(extractor, /, *, word="shout"):
        CALLS.append(word)

        def rule(state: ExtractionState) -> None:
            state.env["shout"] = word

        extractor.rules.push(word, rule)
"""


class TestUse:
    def test_use_passes_keyword_options_and_returns_the_extractor(self):
        """use() calls plugin(extractor, **options) and returns the extractor for chaining."""
        seen = []
        extractor = Extractor()
        assert extractor.use(lambda ex, **opts: seen.append((ex, opts)), depth=2) is extractor
        assert seen == [(extractor, {"depth": 2})]

    def test_plugin_rule_writes_its_env_key(self):
        """A plugin's rule runs in the chain and keeps its findings under its own env key."""
        found = {}

        def counter(extractor: Extractor, /, *, key: str = "counter") -> None:
            def count(state: ExtractionState) -> None:
                state.env[key] = len(state.sentences)

            def report(state: ExtractionState) -> None:
                found.update(state.env)

            extractor.rules.after("sentences", "count_sentences", count)
            extractor.rules.push("report", report)

        extractor = Extractor().use(counter)
        extractor.extract("Macron met Scholz. They spoke. Then they left.")
        assert found == {"counter": 3}

    def test_plugin_lexicon_changes_stay_on_its_extractor(self):
        """Entries a plugin adds are seen by its extractor only."""

        def emir(extractor: Extractor, /) -> None:
            extractor.add_entries("venues", [{"name": "Qasr Example", "city": "Doha", "country": "Qatar"}])

        extractor = Extractor().use(emir)
        assert "Qasr Example" in extractor.lexicon("venues")
        assert "Qasr Example" not in Extractor().lexicon("venues")


class TestDiscovery:
    def test_available_lists_registered_names(self, install):
        """available() lists the entry points of the group, sorted, without importing them."""
        before = registry.available()
        install("fake-one", {"zeta_fake": "never_imported_module:plugin", "alpha_fake": "never_imported_module:x"})
        assert registry.available() == sorted([*before, "alpha_fake", "zeta_fake"])
        assert "never_imported_module" not in sys.modules

    def test_load_returns_the_plugin(self, install):
        """load() imports the module and returns the named callable."""
        install("fake-shout", {"shout_fake": "shout_fake_mod:plugin"}, {"shout_fake_mod": SHOUT})
        plugin = registry.load("shout_fake")
        assert plugin is sys.modules["shout_fake_mod"].plugin

    def test_load_unknown_lists_what_is_registered(self, install):
        """An unknown name raises PluginError naming the group and the registered plugins."""
        install("fake-shout", {"shout_fake": "shout_fake_mod:plugin"}, {"shout_fake_mod": SHOUT})
        with pytest.raises(PluginError) as info:
            registry.load("nope")
        message = str(info.value)
        assert message.startswith("no diplomeet plugin named 'nope'; registered under 'diplomeet.plugins': ")
        assert "shout_fake" in message

    def test_import_failure_is_chained(self, install):
        """A plugin whose module fails to import raises PluginError from the original error."""
        install(
            "fake-broken",
            {"broken_fake": "broken_fake_mod:plugin"},
            {"broken_fake_mod": "raise RuntimeError('boom')\n"},
        )
        with pytest.raises(PluginError) as info:
            registry.load("broken_fake")
        assert str(info.value) == (
            "diplomeet plugin 'broken_fake' ('broken_fake_mod:plugin' from fake-broken 1.0) "
            "failed to import: RuntimeError: boom"
        )
        assert isinstance(info.value.__cause__, RuntimeError)

    def test_missing_attribute(self, install):
        """An entry point naming an attribute the module lacks raises PluginError."""
        install("fake-typo", {"typo_fake": "typo_fake_mod:plugn"}, {"typo_fake_mod": "def plugin(extractor): pass\n"})
        with pytest.raises(PluginError, match="failed to import: AttributeError"):
            registry.load("typo_fake")

    def test_not_callable(self, install):
        """An entry point naming something that is not callable raises PluginError."""
        install(
            "fake-data", {"data_fake": "data_fake_mod:plugin"}, {"data_fake_mod": "plugin = ['not', 'a', 'function']\n"}
        )
        with pytest.raises(PluginError) as info:
            registry.load("data_fake")
        assert str(info.value) == (
            "diplomeet plugin 'data_fake' ('data_fake_mod:plugin' from fake-data 1.0) is a list, "
            "not a callable plugin(extractor, **options)"
        )

    def test_same_name_from_two_distributions(self, install):
        """Two distributions registering one name make load() refuse to guess."""
        install("fake-first", {"twin_fake": "twin_a:plugin"})
        install("fake-second", {"twin_fake": "twin_b:plugin"})
        with pytest.raises(PluginError) as info:
            registry.load("twin_fake")
        message = str(info.value)
        assert message.startswith("diplomeet plugin 'twin_fake' is registered more than once: ")
        assert "'twin_a:plugin' from fake-first 1.0" in message
        assert "'twin_b:plugin' from fake-second 1.0" in message

    def test_plugin_error_is_a_diplomeet_lookup_error(self):
        """PluginError derives from DiplomeetError and LookupError."""
        assert issubclass(PluginError, DiplomeetError)
        assert issubclass(PluginError, LookupError)


class TestExtractorPlugins:
    def test_plugins_true_applies_every_registered_plugin(self, install, monkeypatch):
        """Extractor(plugins=True) applies the registered plugins in name order."""
        install("fake-shout", {"shout_fake": "shout_fake_mod:plugin"}, {"shout_fake_mod": SHOUT})
        monkeypatch.setattr(registry, "available", lambda: ["shout_fake"])  # only the fake, whatever else is installed
        extractor = Extractor(plugins=True)
        assert sys.modules["shout_fake_mod"].CALLS == ["shout"]
        assert extractor.rules.names()[-1] == "shout"

    def test_default_extractor_loads_no_plugin(self, install):
        """Extractor() without plugins=True imports no registered plugin."""
        install("fake-shout", {"shout_fake": "shout_fake_mod:plugin"}, {"shout_fake_mod": SHOUT})
        extractor = Extractor()
        assert "shout_fake_mod" not in sys.modules
        assert "shout" not in extractor.rules

    def test_load_all_in_name_order(self, install, monkeypatch):
        """load_all() returns the plugins sorted by entry-point name."""
        install(
            "fake-pair",
            {"b_fake": "pair_fake_mod:second", "a_fake": "pair_fake_mod:first"},
            {"pair_fake_mod": "def first(extractor): pass\n\ndef second(extractor): pass\n"},
        )
        monkeypatch.setattr(registry, "available", lambda: ["a_fake", "b_fake"])
        module_plugins = registry.load_all()
        module = sys.modules["pair_fake_mod"]
        assert module_plugins == [module.first, module.second]

    def test_a_broken_plugin_stops_the_extractor(self, install, monkeypatch):
        """Extractor(plugins=True) fails loudly when a registered plugin cannot be loaded."""
        install(
            "fake-broken", {"broken_fake": "broken_fake_mod:plugin"}, {"broken_fake_mod": "import no_such_module_x\n"}
        )
        monkeypatch.setattr(registry, "available", lambda: ["broken_fake"])
        with pytest.raises(PluginError, match="ModuleNotFoundError"):
            Extractor(plugins=True)
