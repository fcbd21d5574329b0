"""The plugin's tests use diplomeet's pytest plugin, with the extractor fixture set to this plugin's."""

import pytest
from diplomeet import Extractor

import diplomeet_gulf

pytest_plugins = ["diplomeet.pytest_plugin"]


@pytest.fixture
def extractor() -> Extractor:
    """Every test that asks for ``extractor`` (or ``diplomeet_expect``) gets one with the plugin."""
    return Extractor().use(diplomeet_gulf.plugin)
