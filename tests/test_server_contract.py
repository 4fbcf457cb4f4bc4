"""Contract tests: schemathesis generates requests from the served OpenAPI schema and checks that every
answer matches it (status codes, bodies) and that nothing is a server error."""

import os

import schemathesis
from hypothesis import HealthCheck, settings

from replylint import Config
from replylint.server import create_app

os.environ.pop("REPLYLINT_API_KEY", None)
APP = create_app(Config(server={"max_body_bytes": 100_000}))
APP.state.replylint.load()  # ready before the first generated request
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@schema.parametrize()
@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_contract(case):
    case.call_and_validate()
