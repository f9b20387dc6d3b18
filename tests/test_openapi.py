"""The OpenAPI document: valid, current in the repository, served, and in step with function_app.py's routes."""

import json
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate

from optout_core.openapi import document, document_json

KEPT = Path(__file__).resolve().parents[1] / "docs" / "openapi.json"


def test_the_document_is_valid_openapi():
    validate(document())


def test_the_copy_in_the_repository_is_current():
    assert KEPT.read_text(encoding="utf-8") == document_json(), \
        "regenerate it: .venv/bin/python -m optout_core.openapi > docs/openapi.json"


def test_every_route_is_documented_and_every_operation_is_routed():
    import function_app  # noqa: PLC0415 - indexes the app once, as the worker does

    routed = set()
    for function in function_app.app.get_functions():
        trigger: Any = function.get_trigger()  # an HttpTrigger where `type` says so
        if trigger.type == "httpTrigger" and not trigger.route.startswith("console/"):  # web pages, not API
            routed |= {(str(method.value).lower(), "/" + trigger.route) for method in trigger.methods}
    documented = {(method, path) for path, operations in document()["paths"].items() for method in operations}
    assert routed == documented


def test_the_service_serves_it_without_a_signature(service):
    reply = service.request("GET", "/openapi.json")
    assert reply.status == 200 and json.loads(reply.body) == document()


def test_the_served_document_matches_the_schema_it_gives_for_itself(service):
    documented = document()["paths"]["/openapi.json"]["get"]["responses"]["200"]["content"]["application/json"]
    assert documented["schema"]["type"] == "object"
    assert isinstance(json.loads(service.request("GET", "/openapi.json").body), dict)


@pytest.mark.parametrize("method, path, status", [
    ("get", "/sms/programs/{sender}", "404"),  # a sender without a brief (test_programs_api.py)
    ("post", "/sms", "429"),  # ACS throttled the send (test_send_api.py)
    ("post", "/sms", "502"),  # ACS refused this service's credentials (test_send_api.py)
])
def test_statuses_beyond_the_common_ones_are_documented(method, path, status):
    assert status in document()["paths"][path][method]["responses"]
