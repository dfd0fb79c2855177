"""The build: strict, needing nothing of the tests, the tools or TensorFlow (tests/conftest.py
builds with them unimportable), and no mermaid runtime published (no page draws a diagram).
A missing include never ships: tests/test_wiring.py::test_every_include_resolves."""


def test_site_builds_with_tensorflow_keras_pytest_tests_and_scripts_unimportable(
    built_site,
):
    assert (built_site / "index.html").is_file()
    assert not [p.name for p in built_site.rglob("*mermaid*")]
