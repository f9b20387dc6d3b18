"""Property-based fuzzing against the dev host: the HTTP API through its OpenAPI document (schemathesis), the
Event Grid webhooks with hypothesis-made events."""

from __future__ import annotations

import copy
import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
import requests
import schemathesis
from azure.data.tables import TableServiceClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from acs_events import deliver, envelope, stamp
from conftest import PRIMARY_KEY, HostProcess, Response, service_environment, start_host, stop_host
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
UNSIGNED = settings(FUZZ, max_examples=10)  # every one is refused before any work: fewer tell as much


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


def own_host(azurite, acs, tmp_path_factory, name: str) -> Iterator[HostProcess]:
    """A dev host with tables of its own: fuzzed writes stay out of the lists other tests read."""
    prefix = f"{name}{uuid.uuid4().hex[:10]}"
    host = start_host(PROJECT_ROOT, service_environment(azurite, acs, OPTOUT_TABLE_PREFIX=prefix),
                      tmp_path_factory.mktemp(name) / "log")
    yield host
    stop_host(host.process)


@pytest.fixture(scope="module")
def fuzzed_host(azurite, acs, tmp_path_factory) -> Iterator[HostProcess]:
    yield from own_host(azurite, acs, tmp_path_factory, "fuzzapi")


@pytest.fixture(scope="module")
def webhook_host(azurite, acs, tmp_path_factory) -> Iterator[HostProcess]:
    yield from own_host(azurite, acs, tmp_path_factory, "fuzzevents")


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


@schema.parametrize()
@UNSIGNED
def test_unsigned_requests_are_refused_by_every_operation_but_the_public_ones(case, fuzzed_host: HostProcess) -> None:
    response = case.call(base_url=fuzzed_host.base_url)
    case.validate_response(response, checks=CHECKS)
    if case.method.upper() != case.operation.method.upper():
        assert response.status_code == 405  # the route exists, not with this method (docs/decisions.md)
    elif "security" in case.operation.definition.raw:
        assert response.status_code == 401
    else:
        assert response.status_code != 401


# --- Event Grid webhooks ----------------------------------------------------------------------------------
# Events are built whole and then spoiled in one way that makes them unusable: malformed events are logged and
# acknowledged (never a 5xx, which would only make Event Grid deliver them again) and must change nothing. Unspoiled,
# each would write: a STOP, or a delivery report of a carrier opt-out.

EVENTS = settings(FUZZ, max_examples=40)
SMS_RECEIVED = "Microsoft.Communication.SMSReceived"
DELIVERY_REPORT = "Microsoft.Communication.SMSDeliveryReportReceived"
WEBHOOKS = {"SmsReceived": SMS_RECEIVED, "SmsDeliveryReportReceived": DELIVERY_REPORT}
# Whose number is which: in an SMS received the person is `from`, in a delivery report `to`.
PERSON = {SMS_RECEIVED: "from", DELIVERY_REPORT: "to"}
REQUIRED = {SMS_RECEIVED: ["messageId", "from", "to", "message"],
            DELIVERY_REPORT: ["messageId", "from", "to", "deliveryStatus"]}
NOW = stamp(datetime.now(UTC).replace(microsecond=0))

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8)
not_strings = json_values.filter(lambda value: not isinstance(value, str))
long_text = st.integers(10_001, 200_000).map(lambda n: "STOP " * (n // 5 + 1))
# A recipient is an E.164 number, possibly written without its `+`: nothing with a letter in it, nothing empty.
unusable_person_numbers = st.one_of(
    st.sampled_from(["", " ", "+", "+0", "0", "++14255550123", "+1", "+999999999999999999", "+1425555012\u0000",
                     "STOP", "+1800FLOWERS", "tel:+14255550123", "+1 425 555 0123 ext 9"]),
    st.text(max_size=20).map(lambda text: text + "x"),
    st.integers(65, 5_000).map(lambda n: "1" * n))
# New on every draw, replays included: a replayed STOP must not be taken for a redelivery of the first, nor find
# its recipient opted out already (then it would rightly write nothing).
fresh_ids = st.builds(lambda: f"fuzz-{uuid.uuid4()}")
fresh_digits = st.builds(lambda: f"1425{uuid.uuid4().int % 10**7:07d}")
usable_person_numbers = fresh_digits.flatmap(lambda digits: st.sampled_from([
    f"+{digits}", digits, f" +{digits} ", f"+{digits[0]} ({digits[1:4]}) {digits[4:7]}-{digits[7:]}"]))
our_numbers = st.sampled_from(SENDERS)


@st.composite
def event_data(draw, event_type: str) -> dict[str, Any]:
    person = PERSON[event_type]
    ours = "to" if person == "from" else "from"
    data = {"messageId": draw(fresh_ids), person: draw(usable_person_numbers), ours: draw(our_numbers),
            "receivedTimestamp": NOW}
    if event_type == SMS_RECEIVED:
        data["message"] = draw(st.sampled_from(["STOP", "stop", "Unsubscribe", "START", "HELP"]))
    else:
        data.update(deliveryStatus="Failed", deliveryStatusDetails="4007: The Destination/To number has opted out")
    data.update(draw(st.dictionaries(st.sampled_from(["segmentCount", "tag", "extra", "Data"]), json_values,
                                     max_size=2)))
    return data


def spoil_data(event_type: str) -> st.SearchStrategy:
    """A change to an event's data that leaves it unusable."""
    required = st.sampled_from(REQUIRED[event_type])
    person = PERSON[event_type]

    def setting(key_strategy, value_strategy):
        return st.tuples(key_strategy, value_strategy).map(lambda pair: lambda data: {**data, pair[0]: pair[1]})

    return st.one_of(
        required.map(lambda key: lambda data: {k: v for k, v in data.items() if k != key}),
        setting(required, not_strings),
        setting(st.just(person), unusable_person_numbers),
        setting(st.just("messageId"), st.sampled_from(["", "m" * 257])),
        setting(st.just("message" if event_type == SMS_RECEIVED else "deliveryStatus"),
                long_text if event_type == SMS_RECEIVED else st.just("Failed" * 11)),
        setting(st.just("receivedTimestamp"), st.sampled_from(["1999-12-31T23:59:59Z", "2101-01-01T00:00:00Z",
                                                               "2026-01-23T10:00:00"])),
        not_strings.filter(lambda value: not isinstance(value, dict)).map(lambda value: lambda data: value),
        st.sampled_from(["not json", "[1, 2]", '"STOP"']).map(lambda text: lambda data: text),
    )


def recased(data: Any, casing: str) -> Any:
    if not isinstance(data, dict) or casing == "camel":
        return data
    change = str.lower if casing == "lower" else (lambda key: key[:1].upper() + key[1:])
    return {change(key): value for key, value in data.items()}


def spoil_envelope(event: dict[str, Any], event_type: str) -> st.SearchStrategy:
    """A change to an event's envelope that leaves it unusable: another type or none, no data, a time that is none."""
    type_key, time_key = ("type", "time") if "specversion" in event else ("eventType", "eventTime")
    other_types = st.sampled_from([t for t in WEBHOOKS.values() if t != event_type]) | st.text(max_size=30)
    return st.one_of(
        other_types.map(lambda other: {**event, type_key: other}),
        st.sampled_from([type_key, "data"]).map(lambda key: {k: v for k, v in event.items() if k != key}),
        # An empty time is read as none, and then the data's own timestamp serves: only a time given and wrong spoils.
        (not_strings.filter(bool) | st.sampled_from(["yesterday", "2026-13-45T00:00:00Z"])).map(
            lambda when: {**event, time_key: when}),
    )


@st.composite
def events(draw, event_type: str, spoiled: bool) -> Any:
    where = draw(st.sampled_from(["data", "data", "data", "envelope", "whole"])) if spoiled else None
    if where == "whole":
        return draw(json_values.filter(lambda value: not isinstance(value, dict)))  # no event at all
    data = draw(event_data(event_type))
    if where == "data":
        data = draw(spoil_data(event_type))(data)
    data = recased(data, draw(st.sampled_from(["camel", "pascal", "lower"])))
    schema = draw(st.sampled_from(["eventgrid", "cloudevents"]))
    if schema == "cloudevents" and draw(st.booleans()):
        data = json.dumps(data)  # a CloudEvent's data may arrive as a JSON string
    event = envelope(event_type, draw(fresh_ids), data, datetime.now(UTC), "/phonenumber/fuzz", schema)
    return draw(spoil_envelope(event, event_type)) if where == "envelope" else event


def bodies(event_type: str, spoiled: bool) -> st.SearchStrategy:
    """What Event Grid posts, as sent: an array of events (a batch) or one object; when spoiled, also bytes that
    are not JSON."""
    shaped = st.lists(events(event_type, spoiled), min_size=1, max_size=3) | events(event_type, spoiled)
    encoded = shaped.map(lambda body: json.dumps(body).encode())
    return encoded | st.binary(max_size=40) if spoiled else encoded


def stored_rows(azurite, host: HostProcess) -> set[tuple]:
    """Every row in the host's tables, with its ETag: a row written or rewritten shows as a new element."""
    prefix = host.environment["OPTOUT_TABLE_PREFIX"].lower()
    with TableServiceClient.from_connection_string(azurite.connection_string) as service:
        names = [table.name for table in service.list_tables() if table.name.lower().startswith(prefix)]
        return {(name, row["PartitionKey"], row["RowKey"], row.metadata["etag"])
                for name in names for row in service.get_table_client(name).list_entities()}


def delivered(azurite, host: HostProcess, function: str, body: bytes) -> tuple[Response, set[tuple]]:
    """The webhook's answer, and the rows the delivery wrote or rewrote."""
    before = stored_rows(azurite, host)
    response = deliver(host, function, body)
    return response, stored_rows(azurite, host) - before


@pytest.mark.parametrize("function", WEBHOOKS)
@EVENTS
@given(data=st.data())
def test_malformed_events_are_acknowledged_and_write_nothing(data, function, webhook_host, azurite) -> None:
    body = data.draw(bodies(WEBHOOKS[function], spoiled=True), label="body")
    response, written = delivered(azurite, webhook_host, function, body)
    assert response.status < 500, response.body
    assert not written


@pytest.mark.parametrize("function", WEBHOOKS)
@EVENTS
@given(data=st.data())
def test_well_formed_events_are_processed_and_written(data, function, webhook_host, azurite) -> None:
    # Each writes (a change, or at least a receipt of its message id): so the malformed ones above, which are these
    # spoiled, would show it if they wrote.
    body = data.draw(bodies(WEBHOOKS[function], spoiled=False), label="body")
    response, written = delivered(azurite, webhook_host, function, body)
    assert response.status == 202, response.body
    assert written
