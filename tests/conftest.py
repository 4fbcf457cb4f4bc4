import os

# A bug in a rule must fail the test that triggers it, not hide as an "error" status.
os.environ.setdefault("REPLYLINT_RAISE", "1")

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
