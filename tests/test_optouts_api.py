"""The ACS-compatible opt-out API over HTTP, through the dev host serving function_app.py, on a real Azurite."""

import json
from datetime import UTC, datetime, timedelta

import pytest
from azure.data.tables import TableClient

from conftest import OPTOUT_API_VERSION, PRIMARY_KEY, SECONDARY_KEY
from optout_core.api import Authenticator, HttpRequestData, OptOutAction, OptOutApi
from optout_core.auth import AccessKey, HmacVerifier, sign_request
from optout_core.contract import OPTOUT_API_VERSIONS
from optout_core.devhost.azurite import free_port, table_connection_string
from optout_core.storage import OptOutStore, Tables


def path(action: str, version: str | None = OPTOUT_API_VERSION) -> str:
    return f"/sms/optouts:{action}" + (f"?api-version={version}" if version else "")


def call(service, action, sender, *recipients, version=OPTOUT_API_VERSION, **options):
    return service.signed("POST", path(action, version),
                          {"from": sender, "recipients": [{"to": to} for to in recipients]}, **options)


def opted_out(service, sender, *recipients) -> list[bool]:
    reply = call(service, "check", sender, *recipients)
    assert reply.status == 200, reply.body
    return [item["isOptedOut"] for item in reply.json()["value"]]


def rows_of(service, azurite, sender: str) -> list[str]:
    """Every row stored for a sender, whatever it says: a refused request must have written none."""
    name = service.environment["OPTOUT_TABLE_PREFIX"] + "OptOuts"
    with TableClient.from_connection_string(azurite.connection_string, name) as table:
        return [row["RowKey"] for row in table.query_entities("PartitionKey eq @sender",
                                                              parameters={"sender": sender})]


def assert_acs_error(reply, status: int, code: str | None = None):
    assert reply.status == status, reply.body
    assert reply.headers["content-type"].startswith("application/json")
    error = reply.json()["error"]
    assert isinstance(error["message"], str) and error["message"]
    assert "Traceback" not in error["message"]
    if code:
        assert error["code"] == code


def test_add_check_remove_round_trip(service, sender):
    reply = call(service, "add", sender, "+14255550101", "+14255550102")
    assert reply.status == 200
    assert reply.json() == {"value": [{"to": "+14255550101", "httpStatusCode": 200},
                                      {"to": "+14255550102", "httpStatusCode": 200}]}
    assert opted_out(service, sender, "+14255550101", "+14255550102", "+14255550103") == [True, True, False]

    reply = call(service, "remove", sender, "+14255550101")
    assert reply.json() == {"value": [{"to": "+14255550101", "httpStatusCode": 200}]}
    assert opted_out(service, sender, "+14255550101", "+14255550102") == [False, True]


def test_check_response_has_the_acs_shape(service, sender):
    call(service, "add", sender, "+15555555551")
    reply = call(service, "check", sender, "+15555555551", "+15555555552", "+123")
    assert reply.json() == {"value": [
        {"to": "+15555555551", "httpStatusCode": 200, "isOptedOut": True},
        {"to": "+15555555552", "httpStatusCode": 200, "isOptedOut": False},
        {"to": "+123", "httpStatusCode": 400, "errorMessage": "Invalid recipient phone number format"},
    ]}


def test_add_and_remove_are_idempotent(service, sender):
    for _ in range(2):
        assert call(service, "add", sender, "+14255550111").json()["value"][0]["httpStatusCode"] == 200
    assert opted_out(service, sender, "+14255550111") == [True]
    for _ in range(2):
        assert call(service, "remove", sender, "+14255550111").json()["value"][0]["httpStatusCode"] == 200
    assert call(service, "remove", sender, "+14255550199").json()["value"][0]["httpStatusCode"] == 200
    assert opted_out(service, sender, "+14255550111") == [False]


def test_unusable_recipients_fail_alone_and_results_keep_request_order(service, sender):
    reply = call(service, "add", sender, "+14255550121", "+123", "not a number", "+14255550122")
    assert reply.status == 200
    assert [(item["to"], item["httpStatusCode"]) for item in reply.json()["value"]] == [
        ("+14255550121", 200), ("+123", 400), ("not a number", 400), ("+14255550122", 200)]
    assert reply.json()["value"][1]["errorMessage"] == "Invalid recipient phone number format"
    assert opted_out(service, sender, "+14255550121", "+14255550122") == [True, True]


def test_formatted_numbers_are_the_same_entry(service, sender):
    call(service, "add", sender, "+1 (425) 555-0123")
    reply = call(service, "check", sender, "+14255550123", "+1.425.555.0123")
    assert [item["isOptedOut"] for item in reply.json()["value"]] == [True, True]
    assert [item["to"] for item in reply.json()["value"]] == ["+14255550123", "+1.425.555.0123"]


def test_the_same_recipient_twice_in_one_request(service, sender):
    reply = call(service, "add", sender, "+14255550131", "+1 425 555 0131")
    assert [item["httpStatusCode"] for item in reply.json()["value"]] == [200, 200]
    assert opted_out(service, sender, "+14255550131") == [True]


@pytest.mark.parametrize("short_code_or_id, same_list", [
    ("262966", "262966"),
    ("Contoso", "CONTOSO"),
    ("+1 (800) 555-0199", "+18005550199"),
])
def test_short_codes_and_alphanumeric_senders_are_lists_of_their_own(service, short_code_or_id, same_list):
    recipient = "+14255550141"
    call(service, "remove", same_list, recipient)
    call(service, "add", short_code_or_id, recipient)
    assert opted_out(service, same_list, recipient) == [True]
    assert opted_out(service, "OtherBrand", recipient) == [False]
    call(service, "remove", short_code_or_id, recipient)


@pytest.mark.parametrize("bad_sender", ["+123", "18005550100", "Contoso/Shop", "TwelveChars1", " "])
def test_an_unusable_sender_refuses_the_request(service, bad_sender):
    reply = call(service, "add", bad_sender, "+14255550151")
    assert_acs_error(reply, 400, "BadRequest")
    assert reply.json()["error"]["target"] == "from"


@pytest.mark.parametrize("version", sorted(OPTOUT_API_VERSIONS))
def test_every_published_opt_out_api_version_is_accepted(service, sender, version):
    assert call(service, "check", sender, "+14255550161", version=version).status == 200


def test_missing_and_unknown_api_versions_are_refused_as_acs_does(service, sender):
    assert_acs_error(call(service, "check", sender, "+14255550161", version=None), 400, "ApiVersionUnspecified")
    assert_acs_error(call(service, "check", sender, "+14255550161", version="2021-03-07"), 400, "InvalidApiVersion")
    assert_acs_error(call(service, "check", sender, "+14255550161", version="2024-12-10w-preview"), 400,
                     "InvalidApiVersion")


BAD_BODIES = {
    "malformed json": b'{"from": "+18005550100", "recipients": [',
    "not utf-8": b'{"from": "+18005550100", "recipients": [{"to": "\xff\xfe"}]}',
    "array instead of object": b"[]",
    "missing from": {"recipients": [{"to": "+14255550171"}]},
    "missing recipients": {"from": "+18005550100"},
    "from is a number": {"from": 18005550100, "recipients": [{"to": "+14255550171"}]},
    "to is a number": {"from": "+18005550100", "recipients": [{"to": 14255550171}]},
    "recipients is an object": {"from": "+18005550100", "recipients": {"to": "+14255550171"}},
    "empty to": {"from": "+18005550100", "recipients": [{"to": ""}]},
    "no recipients": {"from": "+18005550100", "recipients": []},
    "101 recipients": {"from": "+18005550100", "recipients": [{"to": f"+1425555{n:04d}"} for n in range(101)]},
    "empty body": b"",
}


@pytest.mark.parametrize("name", BAD_BODIES)
@pytest.mark.parametrize("action", ["add", "remove", "check"])
def test_bad_bodies_get_an_acs_error_and_write_nothing(service, azurite, sender, action, name):
    body = BAD_BODIES[name]
    if isinstance(body, dict) and "from" in body:
        body = {**body, "from": sender if isinstance(body["from"], str) else body["from"]}
    reply = service.signed("POST", path(action), body)
    assert_acs_error(reply, 400, "BadRequest")
    assert rows_of(service, azurite, sender) == rows_of(service, azurite, "+18005550100") == []


def test_oversized_bodies_are_refused_before_anything_happens(service, azurite, sender):
    padding = "x" * (64 * 1024)
    body = {"from": sender, "recipients": [{"to": "+14255550181"}], "padding": padding}
    assert_acs_error(service.signed("POST", path("add"), body), 413, "RequestEntityTooLarge")
    assert rows_of(service, azurite, sender) == []


def test_unknown_fields_are_ignored_for_forward_compatibility(service, sender):
    body = {"from": sender, "recipients": [{"to": "+14255550191", "note": "x"}], "future": True}
    assert service.signed("POST", path("add"), body).status == 200


def test_the_secondary_key_works_and_an_unknown_key_does_not(service, sender):
    assert call(service, "add", sender, "+14255550201", key=SECONDARY_KEY).status == 200
    stranger = AccessKey("stranger", b"not-one-of-ours-0123456789abcdef")
    reply = call(service, "add", sender, "+14255550202", key=stranger)
    assert_acs_error(reply, 401, "Unauthorized")
    assert opted_out(service, sender, "+14255550201", "+14255550202") == [True, False]


def test_unsigned_stale_and_tampered_requests_are_refused(service, sender):
    body = json.dumps({"from": sender, "recipients": [{"to": "+14255550211"}]})
    assert_acs_error(service.request("POST", path("add"), body, {"Content-Type": "application/json"}), 401,
                     "Unauthorized")
    stale = datetime.now(UTC) - timedelta(minutes=20)
    assert_acs_error(service.signed("POST", path("add"), body, now=stale), 401, "Unauthorized")
    headers = sign_request("POST", service.base_url + path("add"), body.encode(), PRIMARY_KEY)
    tampered = body.replace("0211", "0212")
    reply = service.request("POST", path("add"), tampered, headers)
    assert_acs_error(reply, 401, "Denied")
    assert reply.json()["error"]["message"] == "Request 'x-ms-content-sha256' differs from generated content hash."
    assert opted_out(service, sender, "+14255550211", "+14255550212") == [False, False]


def test_wrong_method_and_unknown_paths(service):
    assert service.request("GET", path("check")).status == 405
    assert service.request("POST", "/sms/optouts:purge?api-version=2026-01-23").status == 404


async def test_a_storage_outage_is_a_503_that_clients_retry():
    tables = Tables.from_connection_string(table_connection_string(free_port()), prefix="down", retry_total=0)
    api = OptOutApi(OptOutStore(tables), Authenticator(HmacVerifier([PRIMARY_KEY])))
    url = "http://127.0.0.1:7071" + path("add")
    body = json.dumps({"from": "+18005550100", "recipients": [{"to": "+14255550221"}]}).encode()
    headers = {**sign_request("POST", url, body, PRIMARY_KEY), "Host": "127.0.0.1:7071"}
    try:
        result = await api.handle(OptOutAction.ADD, HttpRequestData.create("POST", url, headers.items(), body))
    finally:
        await tables.close()
    assert result.status == 503
    assert json.loads(result.body)["error"]["code"] == "ServiceUnavailable"
    assert result.headers["Retry-After"]


def keyword_from_the_future(service, sender: str, recipient: str, text: str) -> None:
    """A keyword whose receivedTimestamp is an hour ahead of our clock, as a skewed clock would stamp it."""
    later = (datetime.now(UTC) + timedelta(hours=1)).isoformat().replace("+00:00", "Z")
    event = {"id": f"{text}-{sender}", "topic": "t", "subject": "s", "eventType": "Microsoft.Communication.SMSReceived",
             "eventTime": later, "dataVersion": "1.0", "metadataVersion": "1",
             "data": {"messageId": f"{text}-{sender}", "from": recipient, "to": sender, "message": text,
                      "receivedTimestamp": later}}
    reply = service.request("POST", "/runtime/webhooks/EventGrid?functionName=SmsReceived", [event],
                            {"aeg-event-type": "Notification"})
    assert reply.status == 202


def test_a_remove_older_than_the_latest_stop_is_refused_per_recipient(service, sender):
    keyword_from_the_future(service, sender, "+14255550231", "STOP")
    [item] = call(service, "remove", sender, "+14255550231").json()["value"]
    assert item["httpStatusCode"] == 409 and "latest change wins" in item["errorMessage"]
    assert opted_out(service, sender, "+14255550231") == [True]
