"""The OpenAPI document: valid, current in the repository, served, and in step with function_app.py's routes."""

import json
from pathlib import Path
from typing import Any

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
        if trigger.type == "httpTrigger":
            routed |= {(str(method.value).lower(), "/" + trigger.route) for method in trigger.methods}
    documented = {(method, path) for path, operations in document()["paths"].items() for method in operations}
    assert routed == documented


def test_the_service_serves_it_without_a_signature(service):
    reply = service.request("GET", "/openapi.json")
    assert reply.status == 200 and json.loads(reply.body) == document()
