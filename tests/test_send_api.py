"""The ACS-compatible send endpoint: nobody who opted out is sent to; everyone else reaches ACS unchanged."""

import json
import shutil
import subprocess
import uuid
from pathlib import Path
from typing import Any

import pytest
from azure.communication.sms import SmsClient
from azure.core.credentials import AzureKeyCredential

from conftest import PRIMARY_KEY, b64
from optout_core.contract import SEND_API_VERSIONS
from optout_core.messaging import RecipientResult, TransportError

SEND = "/sms?api-version=2026-01-23"


def opt_out(service, sender: str, *recipients: str) -> None:
    reply = service.signed("POST", "/sms/optouts:add?api-version=2026-01-23",
                           {"from": sender, "recipients": [{"to": to} for to in recipients]})
    assert all(item["httpStatusCode"] == 200 for item in reply.json()["value"])


def send_body(sender: str, *recipients: str, message: str = "Your code is 1234", **options) -> dict:
    body: dict[str, Any] = {"from": sender, "message": message,
            "smsRecipients": [{"to": to, "repeatabilityRequestId": str(uuid.uuid4()),
                               "repeatabilityFirstSent": "Tue, 26 Mar 2019 16:06:51 GMT"} for to in recipients]}
    if options:
        body["smsSendOptions"] = options
    return body


@pytest.fixture
def people() -> list[str]:
    base = uuid.uuid4().int % 10**6
    return [f"+1425{base:06d}{n}" for n in range(4)]


def test_opted_out_recipients_are_answered_and_the_rest_forwarded_in_order(service, acs, sender, people):
    opt_out(service, sender, people[1], people[3])
    body = send_body(sender, *people, enableDeliveryReport=True, tag="campaign-7")
    reply = service.signed("POST", SEND, body)
    assert reply.status == 202
    items = reply.json()["value"]
    assert [item["to"] for item in items] == people
    assert [item["successful"] for item in items] == [True, False, True, False]
    for blocked in (items[1], items[3]):
        assert blocked["httpStatusCode"] == 403 and "opted out" in blocked["errorMessage"]
        assert "messageId" not in blocked
    assert items[0]["messageId"] and items[0]["httpStatusCode"] == 202
    assert acs.sent_to(people[1]) == [] and acs.sent_to(people[3]) == []
    forwarded = acs.sent_to(people[0]) + acs.sent_to(people[2])
    assert [sms.repeatability_request_id for sms in forwarded] == [
        body["smsRecipients"][0]["repeatabilityRequestId"], body["smsRecipients"][2]["repeatabilityRequestId"]]
    assert {(sms.sender, sms.message, sms.tag, sms.api_version) for sms in forwarded} == {
        (sender, "Your code is 1234", "campaign-7", "2026-01-23")}


def test_forwarding_is_one_call_to_acs(service, acs, sender, people):
    before = acs.requests
    assert service.signed("POST", SEND, send_body(sender, *people)).status == 202
    assert acs.requests == before + 1


def test_a_formatted_number_cannot_slip_past_an_entry(service, acs, sender, people):
    opt_out(service, sender, people[0])
    formatted = f"+1 ({people[0][2:5]}) {people[0][5:8]}-{people[0][8:]}"
    [item] = service.signed("POST", SEND, send_body(sender, formatted)).json()["value"]
    assert item["to"] == formatted and item["httpStatusCode"] == 403 and not item["successful"]
    assert acs.sent_to(people[0]) == []


def test_a_send_whose_every_recipient_opted_out_forwards_nothing(service, acs, sender, people):
    opt_out(service, sender, *people[:2])
    before = acs.requests
    reply = service.signed("POST", SEND, send_body(sender, *people[:2]))
    assert reply.status == 202 and not any(item["successful"] for item in reply.json()["value"])
    assert acs.requests == before


def test_an_opt_out_from_one_sender_does_not_block_another(service, acs, sender, people):
    opt_out(service, sender, people[0])
    [item] = service.signed("POST", SEND, send_body("262966", people[0])).json()["value"]
    assert item["successful"]


def test_unusable_recipients_fail_alone(service, acs, sender, people):
    items = service.signed("POST", SEND, send_body(sender, people[0], "+123")).json()["value"]
    assert [(item["to"], item["httpStatusCode"], item["successful"]) for item in items] == [
        (people[0], 202, True), ("+123", 400, False)]


def test_acs_per_recipient_failures_come_back_as_acs_gave_them(service, acs, sender, people):
    acs.fail_recipient(people[2], status=400, message="Invalid To phone number format.")
    items = service.signed("POST", SEND, send_body(sender, people[0], people[2])).json()["value"]
    assert (items[1]["httpStatusCode"], items[1]["successful"], items[1]["errorMessage"]) == (
        400, False, "Invalid To phone number format.")


@pytest.mark.parametrize("status, expected", [(503, 503), (429, 429), (401, 502)])
def test_acs_failing_as_a_whole_is_an_honest_error_never_a_success(service, acs, sender, people, status, expected):
    acs.fail_next_requests(3, status=status)  # the SDK's pipeline retries some statuses twice
    reply = service.signed("POST", SEND, send_body(sender, people[0]))
    assert reply.status == expected
    assert reply.json()["error"]["message"]
    acs.reset_failures()


@pytest.mark.parametrize("version", sorted(SEND_API_VERSIONS))
def test_every_published_send_api_version_is_accepted(service, sender, people, version):
    assert service.signed("POST", f"/sms?api-version={version}", send_body(sender, people[0])).status == 202


@pytest.mark.parametrize("body, target", [
    ({"from": "+18005550100", "smsRecipients": [], "message": "x"}, "smsRecipients"),
    ({"from": "+18005550100", "smsRecipients": [{"to": f"+1425555{n:04d}"} for n in range(101)], "message": "x"},
     "smsRecipients"),
    ({"from": "+18005550100", "smsRecipients": [{"to": "+14255550100"}], "message": "x" * 2049}, "message"),
    ({"from": "+18005550100", "smsRecipients": [{"to": "+14255550100"}]}, "message"),
    ({"from": "+18005550100", "smsRecipients": [{"to": "+14255550100"}], "message": "x",
      "smsSendOptions": {"tag": "no enableDeliveryReport"}}, "smsSendOptions.enableDeliveryReport"),
    ({"from": "+18005550100", "smsRecipients": [{"to": "+14255550100"}], "message": "x",
      "smsSendOptions": {"enableDeliveryReport": True, "deliveryReportTimeoutInSeconds": 5}},
     "smsSendOptions.deliveryReportTimeoutInSeconds"),
    ({"from": "+123", "smsRecipients": [{"to": "+14255550100"}], "message": "x"}, "from"),
])
def test_invalid_sends_are_refused_as_acs_would_and_nothing_is_sent(service, acs, body, target):
    before = acs.requests
    reply = service.signed("POST", SEND, body)
    assert reply.status == 400
    assert reply.json()["error"]["target"] == target
    assert acs.requests == before


def test_unsigned_sends_are_refused(service, acs, sender, people):
    before = acs.requests
    assert service.request("POST", SEND, send_body(sender, people[0])).status == 401
    assert acs.requests == before


def test_the_python_sdk_1_1_0_sends_through_us_unchanged(service, acs, sender, people):
    opt_out(service, sender, people[1])
    client = SmsClient(service.base_url, AzureKeyCredential(b64(PRIMARY_KEY)))  # api-version 2021-03-07
    # The SDK's tracing decorator hides `send`'s signature from mypy.
    results = client.send(  # type: ignore[misc]
        from_=sender, to=people[:2], message="hello", enable_delivery_report=True, tag="py")
    assert [(r.to, r.successful, r.http_status_code) for r in results] == [
        (people[0], True, 202), (people[1], False, 403)]
    assert "opted out" in results[1].error_message
    [sent] = acs.sent_to(people[0])
    assert (sent.api_version, sent.tag, sent.message) == ("2021-03-07", "py", "hello")


def test_the_javascript_sdk_sends_through_us_unchanged(service, acs, sender, people):
    opt_out(service, sender, people[1])
    script = Path(__file__).parent / "sdk" / "send.mjs"
    connection_string = f"endpoint={service.base_url}/;accesskey={b64(PRIMARY_KEY)}"
    command = [shutil.which("node") or "node", str(script), connection_string, sender, "hi from js", "js", *people[:2]]
    completed = subprocess.run(command, capture_output=True, text=True, timeout=60, cwd=script.parent, check=False)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    results = json.loads(completed.stdout)
    assert [(r["to"], r["successful"], r["httpStatusCode"]) for r in results] == [
        (people[0], True, 202), (people[1], False, 403)]
    assert [sms.message for sms in acs.sent_to(people[0])] == ["hi from js"]


@pytest.mark.parametrize("status, for_good", [(400, True), (404, True), (401, False), (403, False), (408, False),
                                              (429, False), (500, False), (503, False)])
def test_only_refusals_that_will_not_change_are_final(status, for_good):
    """A reply refused for good is reported, not retried; anything that may pass (throttling, a key being rotated,
    an outage) is retried through Event Grid."""
    assert RecipientResult(to="+14255550100", http_status_code=status, successful=False).failed_for_good is for_good
    assert TransportError("refused", status=status).permanent is for_good
    assert TransportError("unreachable").permanent is False
