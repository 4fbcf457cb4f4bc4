import os

# A bug in a rule must fail the test that triggers it, not hide as an "error" status.
os.environ.setdefault("REPLYLINT_RAISE", "1")
# The cache of parsed word lists and models goes to a folder of this run, not the user's ~/.cache (CLI
# subprocesses inherit it). It holds ~50 MB (word lists, the language model) and is removed at the end.
if "REPLYLINT_CACHE_DIR" not in os.environ:
    import atexit
    import shutil
    import tempfile

    os.environ["REPLYLINT_CACHE_DIR"] = tempfile.mkdtemp(prefix="replylint-test-cache-")
    atexit.register(shutil.rmtree, os.environ["REPLYLINT_CACHE_DIR"], ignore_errors=True)

import pytest  # noqa: E402

import replylint  # noqa: E402


@pytest.fixture(scope="session")
def linter() -> replylint.Linter:
    return replylint.Linter()


def rules_of(report) -> set[str]:
    return {f.rule for f in report.findings}


@pytest.fixture
def rules():
    return rules_of


@pytest.fixture(scope="session")
def tiny_detoxify(tmp_path_factory):
    """(checkpoint, hf_config_dir) of a tiny trained Detoxify model (see tiny_detoxify.py)."""
    pytest.importorskip("detoxify")
    from tiny_detoxify import build

    return build(tmp_path_factory.mktemp("detoxify"))


@pytest.fixture(scope="session")
def languagetool_url():
    """URL of a local stand-in for a LanguageTool server (see fake_languagetool.py)."""
    from fake_languagetool import start

    server, url = start()
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def backend_config(tiny_detoxify, languagetool_url):
    """Config overrides that make optional backends usable in tests, by the extra they need."""
    checkpoint, hf = tiny_detoxify
    return {"detoxify": {"backends": {"detoxify": {"enabled": True, "checkpoint": str(checkpoint),
                                                    "huggingface_config_path": str(hf)}}},
            "grammar": {"backends": {"languagetool": {"enabled": True, "url": languagetool_url}}}}
