"""The build: strict, needing nothing of the tests, the tools or TensorFlow; a missing include fails it."""

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from scripts.project import ROOT


def test_site_builds_with_tensorflow_keras_pytest_tests_and_scripts_unimportable(
    built_site,
):
    """built_site (tests/conftest.py) runs `mkdocs build --strict` with them blocked. No
    mermaid runtime is published (no page draws a diagram)."""
    assert (built_site / "index.html").is_file()
    assert not [p.name for p in built_site.rglob("*mermaid*")]


def test_missing_include_fails_the_build(tmp_path):
    """The site's own settings (mkdocs.yml, read by MkDocs) turn a missing include into a
    build error naming the path."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text(
        '# Page\n\n```python\n--8<-- "snippets/does_not_exist.py"\n```\n'
    )
    config = load_config(
        str(ROOT / "mkdocs.yml"),
        docs_dir=str(tmp_path / "docs"),
        site_dir=str(tmp_path / "site"),
        nav=[{"Page": "index.md"}],
    )
    with pytest.raises(Exception, match="snippets/does_not_exist.py"):
        build(config)
