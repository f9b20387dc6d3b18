"""Property-based fuzzing of the served OpenAPI document against the dev host (schemathesis)."""

from __future__ import annotations

import copy
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from conftest import PRIMARY_KEY, HostProcess, service_environment, start_host, stop_host
from optout_core.auth import sign_request
from optout_core.devhost.azurite import PROJECT_ROOT
from optout_core.openapi import document


def signature_accepted(ctx, response, case) -> None:
    """Without this, a signing mistake would turn every case into a conforming 401 and the fuzzing into nothing."""
    assert response.status_code != 401, f"a signed request was refused: {response.text}"


CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_headers_conformance,
          response_schema_conformance]
# Derandomized and without an example database: CI tries the same cases on every run.
FUZZ = settings(max_examples=40, derandomize=True, database=None, deadline=None,
                suppress_health_check=list(HealthCheck))


class AcsHmac(requests.auth.AuthBase):
    """Signs each request as prepared for the wire: method, path and query as encoded, host, body hash."""

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        body = request.body or b""
        if isinstance(body, str):
            body = request.body = body.encode()
            request.headers["Content-Length"] = str(len(body))
        assert isinstance(body, bytes) and request.method and request.url
        request.headers.update(sign_request(request.method, request.url, body, PRIMARY_KEY))
        return request


@pytest.fixture(scope="module")
def fuzzed_host(azurite, acs, tmp_path_factory) -> Iterator[HostProcess]:
    """A dev host of its own, with tables of its own: fuzzed writes stay out of the lists other tests read."""
    host = start_host(PROJECT_ROOT, service_environment(azurite, acs, OPTOUT_TABLE_PREFIX=f"fz{uuid.uuid4().hex[:10]}"),
                      tmp_path_factory.mktemp("fuzz") / "log")
    yield host
    stop_host(host.process)


# Loaded at collection so that each operation is a test of its own; the host serves this very document
# (test_the_host_serves_the_fuzzed_document).
schema = schemathesis.openapi.from_dict(document())

# Arbitrary strings are seldom a phone number, so most generated requests would stop at the first check. Each
# number field (`from`, `to`, the path's `sender`) keeps its generated value or takes one of these, so the paths
# past the checks are fuzzed too. Few numbers: the fuzzed tables stay small.
SENDERS = ["+18005550100", "+442071838750", "12345", "CONTOSO"]
RECIPIENTS = ["+14255550123", "+447700900123", "+33612345678", "+1 (425) 555-0199"]
NUMBER_FIELDS = {"from": SENDERS, "sender": SENDERS, "to": RECIPIENTS}


def _number_slots(value: Any) -> Iterator[tuple[Any, Any, list[str]]]:
    """(container, key, pool) for every number field in a generated value, in a stable order."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key in NUMBER_FIELDS and isinstance(item, str):
                yield value, key, NUMBER_FIELDS[key]
            else:
                yield from _number_slots(item)
    elif isinstance(value, list):
        for item in value:
            yield from _number_slots(item)


@schema.hook
def flatmap_case(context, case):
    parts = (case.path_parameters, case.query, case.body)
    count = len(list(_number_slots(parts)))

    def substitute(choices: list[int | None]):
        chosen = copy.deepcopy(parts)
        for (container, key, pool), choice in zip(_number_slots(chosen), choices, strict=True):
            if choice is not None:
                container[key] = pool[choice % len(pool)]
        case.path_parameters, case.query, case.body = chosen
        return case

    choice = st.one_of(st.none(), st.integers(0, len(SENDERS) - 1))
    return st.lists(choice, min_size=count, max_size=count).map(substitute)


def test_the_host_serves_the_fuzzed_document(fuzzed_host: HostProcess) -> None:
    assert fuzzed_host.request("GET", "/openapi.json").json() == schema.raw_schema


@schema.parametrize()
@FUZZ
def test_signed_requests_get_no_5xx_and_every_response_conforms(case, fuzzed_host: HostProcess) -> None:
    case.call_and_validate(base_url=fuzzed_host.base_url, auth=AcsHmac(), checks=[*CHECKS, signature_accepted])
