"""Reading the list beyond ACS: filtered, paged listing and per-pair history, over HTTP on a real Azurite."""

import base64
import json
import uuid
from datetime import UTC, datetime, timedelta
from urllib.parse import quote, urlsplit

import pytest

from conftest import SECONDARY_KEY
from test_inbound_sms import deliver, sms_event

API = "api-version=2026-01-23"


def change(service, action: str, sender: str, *recipients: str, **options) -> None:
    reply = service.signed("POST", f"/sms/optouts:{action}?{API}",
                           {"from": sender, "recipients": [{"to": to} for to in recipients]}, **options)
    assert all(item["httpStatusCode"] == 200 for item in reply.json()["value"])


def get(service, path: str) -> dict:
    reply = service.signed("GET", path)
    assert reply.status == 200, reply.body
    return reply.json()


def every_page(service, path: str | None) -> tuple[list[dict], int]:
    items, pages = [], 0
    while path:
        page = get(service, path)
        items += page["value"]
        pages += 1
        link = page.get("nextLink")
        path = (urlsplit(link).path + "?" + urlsplit(link).query) if link else None
    return items, pages


def listing(service, **query) -> str:
    return "/sms/optouts?" + "&".join(f"{name}={quote(str(value))}" for name, value in query.items())


@pytest.fixture
def numbers() -> list[str]:
    base = uuid.uuid4().int % 10**6
    return [f"+1425{base:06d}{n}" for n in range(6)]


def test_a_senders_list_shows_who_opted_out_how_and_when(service, sender, numbers):
    started = datetime.now(UTC)
    change(service, "add", sender, *numbers[:4])
    change(service, "remove", sender, numbers[3])
    deliver(service, [sms_event(sender, numbers[4], "Please stop texting me")])
    entries, _ = every_page(service, listing(service, **{"from": sender}))
    by_number = {entry["to"]: entry for entry in entries}
    assert set(by_number) == {*numbers[:3], numbers[4]}
    api_entry = by_number[numbers[0]]
    assert (api_entry["from"], api_entry["country"], api_entry["source"]) == (sender, "US", "api")
    assert datetime.fromisoformat(api_entry["optedOutAt"]) >= started - timedelta(seconds=1)
    keyword_entry = by_number[numbers[4]]
    assert (keyword_entry["source"], keyword_entry["rule"], keyword_entry["keyword"]) == (
        "keyword", "phrase: stop contacting", "stop texting")


def test_filters_by_country_source_and_time(service, sender, numbers):
    started = datetime.now(UTC)
    change(service, "add", sender, numbers[0], "+442079460123")
    middle = datetime.now(UTC)
    deliver(service, [sms_event(sender, numbers[1], "STOP")])  # dated March 2026 by its receivedTimestamp
    change(service, "add", sender, numbers[2])
    assert {e["to"] for e in every_page(service, listing(service, **{"from": sender, "country": "gb"}))[0]} == {
        "+442079460123"}
    assert {e["to"] for e in every_page(service, listing(service, **{"from": sender, "source": "keyword"}))[0]} == {
        numbers[1]}
    recent = listing(service, **{"from": sender, "optedOutAfter": middle.isoformat()})
    assert {e["to"] for e in every_page(service, recent)[0]} == {numbers[2]}
    window = listing(service, **{"from": sender, "optedOutAfter": started.isoformat(),
                                 "optedOutBefore": middle.isoformat()})
    assert {e["to"] for e in every_page(service, window)[0]} == {numbers[0], "+442079460123"}


def test_pages_follow_next_links_to_the_end_without_repeats(service, sender, numbers):
    change(service, "add", sender, *numbers)
    entries, pages = every_page(service, listing(service, **{"from": sender, "maxPageSize": 2}))
    assert sorted(e["to"] for e in entries) == sorted(numbers)
    assert pages >= 3


def test_listing_across_senders(service, numbers):
    started = datetime.now(UTC)
    first, second = f"+1800{uuid.uuid4().int % 10**7:07d}", "Brand" + uuid.uuid4().hex[:5]
    change(service, "add", first, numbers[0])
    change(service, "add", second, numbers[1])
    entries, _ = every_page(service, listing(service, optedOutAfter=started.isoformat()))
    assert {(e["from"], e["to"]) for e in entries} == {(first, numbers[0]), (second.upper(), numbers[1])}


@pytest.mark.parametrize("query, target", [
    ({"maxPageSize": 0}, "maxPageSize"), ({"maxPageSize": 1001}, "maxPageSize"),
    ({"maxPageSize": "ten"}, "maxPageSize"),
    ({"maxPageSize": "²"}, "maxPageSize"),
    ({"optedOutAfter": "0001-01-01T00:00:00+01:00"}, "optedOutAfter"),
    ({"optedOutBefore": "9999-12-31T23:59:59-01:00"}, "optedOutBefore"),
    ({"continuationToken": "bm90IGEgdG9rZW4"}, "continuationToken"),
    ({"continuationToken": base64.urlsafe_b64encode(b'{"PartitionKey": 1, "RowKey": "x"}').decode()},
     "continuationToken"),
    ({"optedOutAfter": "yesterday"}, "optedOutAfter"), ({"optedOutBefore": "2026-01-01T00:00:00"}, "optedOutBefore"),
    ({"source": "smoke-signal"}, "source"), ({"from": "+123"}, "from"),
])
def test_unusable_parameters_are_400_naming_the_parameter(service, query, target):
    reply = service.signed("GET", listing(service, **query))
    assert reply.status == 400 and reply.json()["error"]["target"] == target


def token(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode()


MALFORMED_TOKENS = [
    "eyJQYXJ0aXRpb25LZXkiOiAiXHVkODAwIiwgIlJvd0tleSI6ICJhIn0=",  # {"PartitionKey": "\ud800", ...}: a lone surrogate
    token('{"PartitionKey": "a\\r\\nX-Injected: 1", "RowKey": "b"}'),
    token('{"PartitionKey": "caf\\u00e9", "RowKey": "b"}'),
    token('{"PartitionKey": "a", "RowKey": ["b"]}'),
    token('{"PartitionKey": null, "RowKey": null}'),
    token('{"PartitionKey": "a", "RowKey": "b", "Table": "other"}'),
    token('{"PartitionKey": "%s", "RowKey": "b"}' % ("a" * 5000)),
    token('["a", "b"]'),
    token('{"PartitionKey": "a", "RowKey": "b"'),
    "%%%", "eyJQYXJ0aXRpb25LZXkiOi",
]


@pytest.mark.parametrize("operation", ["list", "export", "history"])
@pytest.mark.parametrize("bad_token", MALFORMED_TOKENS, ids=range(len(MALFORMED_TOKENS)))
def test_a_malformed_continuation_token_is_400_never_500(service, sender, operation, bad_token):
    path = {"list": listing(service, **{"from": sender}), "export": f"/sms/optouts:export?from={quote(sender)}",
            "history": f"/sms/optouts/history?from={quote(sender)}&to=%2B14255550100"}[operation]
    reply = service.signed("GET", f"{path}&continuationToken={quote(bad_token)}")
    assert reply.status == 400, reply.body
    assert reply.json()["error"] == {"code": "BadRequest", "target": "continuationToken",
                                     "message": "'continuationToken' is not one this service issued."}


def test_reading_needs_a_signature(service, sender):
    assert service.request("GET", listing(service, **{"from": sender})).status == 401
    assert service.request("GET", f"/sms/optouts/history?from={quote(sender)}&to=%2B14255550100").status == 401


def test_a_pairs_history_tells_every_change_newest_first_with_its_evidence(service, sender, numbers):
    person = numbers[0]
    change(service, "add", sender, person)
    deliver(service, [sms_event(sender, person, "STOP", seconds=0)])  # dated March 2026: a repeat, recorded as one
    change(service, "remove", sender, person, key=SECONDARY_KEY)
    path = f"/sms/optouts/history?from={quote(sender)}&to={quote(person)}"
    records, _ = every_page(service, path)
    assert [(r["action"], r["outcome"], r["source"]) for r in records] == [
        ("opt_in", "changed", "api"), ("opt_out", "changed", "api"), ("opt_out", "already_in_state", "keyword")]
    assert records[0]["evidence"] == {"key": "secondary"} and records[1]["evidence"] == {"key": "primary"}
    assert records[2]["evidence"]["text"] == "STOP" and records[2]["evidence"]["messageId"].startswith("Incoming_")
    paged, pages = every_page(service, path + "&maxPageSize=1")
    assert paged == records and pages == 3


def test_history_needs_a_sender_and_a_usable_recipient(service, sender):
    assert service.signed("GET", "/sms/optouts/history?to=%2B14255550100").json()["error"]["target"] == "from"
    assert service.signed("GET", f"/sms/optouts/history?from={quote(sender)}").json()["error"]["target"] == "to"
    bad = service.signed("GET", f"/sms/optouts/history?from={quote(sender)}&to=%2B123")
    assert bad.status == 400 and bad.json()["error"]["target"] == "to"


def test_one_recipient_across_every_sender(service, numbers):
    person = numbers[0]
    senders = [f"+1800{uuid.uuid4().int % 10**7:07d}", "Brand" + uuid.uuid4().hex[:5], "262966"]
    for sender in senders:
        change(service, "add", sender, person)
    change(service, "remove", "262966", person)
    entries, pages = every_page(service, listing(service, to=person))
    assert pages == 1
    assert sorted(e["from"] for e in entries) == sorted([senders[0], senders[1].upper()])
    assert [e["from"] for e in every_page(service, listing(service, to=person, **{"from": senders[0]}))[0]] == [
        senders[0]]
    assert service.signed("GET", listing(service, to="+123")).json()["error"]["target"] == "to"
    exported = service.signed("GET", f"/sms/optouts:export?format=ndjson&to={quote(person)}").body.decode()
    assert sorted(json.loads(line)["from"] for line in exported.splitlines()) == sorted(
        [senders[0], senders[1].upper()])


def test_a_reason_given_with_an_add_or_remove_lands_in_the_history(service, sender, numbers):
    person = numbers[0]
    change(service, "add", sender, person, headers={"x-optout-reason": "Complaint%20%23123%3A%20caller%20said%20STOP"})
    change(service, "remove", sender, person, headers={"x-optout-reason": "Opt-in on paper form, r%C3%A9f. 77"})
    records, _ = every_page(service, f"/sms/optouts/history?from={quote(sender)}&to={quote(person)}")
    assert [record["evidence"] for record in records] == [
        {"key": "primary", "reason": "Opt-in on paper form, réf. 77"},
        {"key": "primary", "reason": "Complaint #123: caller said STOP"}]


@pytest.mark.parametrize("reason", ["x" * 201, "%FF", "line%0Abreak", "%20"])
def test_an_unusable_reason_refuses_the_change_and_records_nothing(service, sender, numbers, reason):
    body = {"from": sender, "recipients": [{"to": numbers[0]}]}
    reply = service.signed("POST", f"/sms/optouts:add?{API}", body, headers={"x-optout-reason": reason})
    assert reply.status == 400 and reply.json()["error"]["target"] == "x-optout-reason"
    assert get(service, f"/sms/optouts/history?from={quote(sender)}&to={quote(numbers[0])}")["value"] == []
