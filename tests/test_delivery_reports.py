"""Carrier opt-outs learned from delivery reports, through the dev host's webhook on a real Azurite."""

import json
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from azure.data.tables import TableClient

from acs_events import deliver, envelope, stamp
from test_inbound_sms import deliver as deliver_sms
from test_inbound_sms import opted_out, sms_event

T0 = datetime(2026, 3, 1, 10, 0, 0, tzinfo=UTC)
REPORT = "Microsoft.Communication.SMSDeliveryReportReceived"


def report_event(sender: str, recipient: str, status: str, details: str, seconds: float = 0,
                 message_id: str | None = None, schema: str = "eventgrid", casing: str = "camel",
                 with_received_timestamp: bool = True) -> dict:
    received = T0 + timedelta(seconds=seconds)
    message_id = message_id or f"Outgoing_{uuid.uuid4()}"
    data = {"messageId": message_id, "from": sender.lstrip("+"), "to": recipient, "deliveryStatus": status,
            "deliveryStatusDetails": details,
            "deliveryAttempts": [{"timestamp": stamp(received - timedelta(seconds=2)), "segmentsSucceeded": 0,
                                  "segmentsFailed": 1}]}
    if with_received_timestamp:
        data["receivedTimestamp"] = stamp(received)
    return envelope(REPORT, message_id, data, received + timedelta(seconds=1), f"/phonenumber/{sender.lstrip('+')}",
                    schema, casing)


@pytest.fixture
def recipient() -> str:
    return f"+1425{uuid.uuid4().int % 10**7:07d}"


OPT_OUT_DETAILS = [
    "4007: The Destination/To number has opted out of receiving messages from you.",
    "Sender blocked for given recipient.",
    "The Destination/To number has opted out of receiving messages from you.",
    "Error 4007",
]


@pytest.mark.parametrize("details", OPT_OUT_DETAILS)
@pytest.mark.parametrize("schema", ["eventgrid", "cloudevents"])
@pytest.mark.parametrize("casing", ["camel", "pascal"])
def test_a_carrier_opt_out_adds_the_entry(service, azurite, sender, recipient, details, schema, casing):
    event = report_event(sender, recipient, "Failed", details, schema=schema, casing=casing)
    assert deliver(service, "SmsDeliveryReportReceived", [event]).status == 202
    assert opted_out(service, sender, recipient)
    name = service.environment["OPTOUT_TABLE_PREFIX"] + "OptOuts"
    with TableClient.from_connection_string(azurite.connection_string, name) as table:
        entry = table.get_entity(sender, recipient)
    assert entry["Source"] == "carrier" and entry["ChangedAt"] == T0
    assert json.loads(entry["Evidence"])["messageId"] == event["id"]


@pytest.mark.parametrize("status, details", [
    ("Failed", "5001: Message failed to deliver due to temporary unavailability of application/system."),
    ("Failed", "4002: Invalid To phone number format."),
    ("Failed", "4006: The Destination/To number isn't reachable."),
    ("Failed", "Error 40070"),
    ("Delivered", "No error."),
    ("Delivered", "2000: Message Delivered Successfully"),
    ("Delivered", "Delivered, although the recipient had opted out of a different sender"),  # only failures count
    ("Failed", "4005: Message is blocked by the destination carrier."),  # blocked, but not an opt-out
])
def test_other_reports_change_nothing(service, sender, recipient, status, details):
    report = report_event(sender, recipient, status, details)
    assert deliver(service, "SmsDeliveryReportReceived", [report]).status == 202
    assert not opted_out(service, sender, recipient)


def test_a_redelivered_report_is_recognised(service, sender, recipient):
    report = report_event(sender, recipient, "Failed", OPT_OUT_DETAILS[0], seconds=0)
    deliver(service, "SmsDeliveryReportReceived", [report])
    deliver_sms(service, [sms_event(sender, recipient, "START", seconds=30)])
    assert deliver(service, "SmsDeliveryReportReceived", [report]).status == 202
    assert not opted_out(service, sender, recipient)


def test_a_report_older_than_the_recipients_start_does_not_opt_them_out(service, sender, recipient):
    deliver_sms(service, [sms_event(sender, recipient, "START", seconds=60)])
    late_report = report_event(sender, recipient, "Failed", OPT_OUT_DETAILS[1], seconds=10)
    assert deliver(service, "SmsDeliveryReportReceived", [late_report]).status == 202
    assert not opted_out(service, sender, recipient)


def test_without_received_timestamp_the_last_attempt_dates_the_report(service, sender, recipient):
    deliver_sms(service, [sms_event(sender, recipient, "START", seconds=9)])
    report = report_event(sender, recipient, "Failed", OPT_OUT_DETAILS[0], seconds=10, with_received_timestamp=False)
    deliver(service, "SmsDeliveryReportReceived", [report])  # its last attempt, at +8 s, is older than the START
    assert not opted_out(service, sender, recipient)


def test_a_learned_carrier_opt_out_blocks_the_next_send(service, acs, sender, recipient):
    deliver(service, "SmsDeliveryReportReceived", [report_event(sender, recipient, "Failed", OPT_OUT_DETAILS[1])])
    body = {"from": sender, "message": "again?", "smsRecipients": [{"to": recipient}]}
    [item] = service.signed("POST", "/sms?api-version=2021-03-07", body).json()["value"]
    assert item["httpStatusCode"] == 403 and not item["successful"]
    assert acs.sent_to(recipient) == []


def test_malformed_reports_are_acknowledged_without_breaking_the_batch(service, sender, recipient):
    good = f"+1425{uuid.uuid4().int % 10**7:07d}"
    broken = report_event(sender, recipient, "Failed", OPT_OUT_DETAILS[0])
    del broken["data"]["deliveryStatus"]
    unusable = report_event(sender, "+12", "Failed", OPT_OUT_DETAILS[0])
    batch = [broken, unusable, report_event(sender, good, "Failed", OPT_OUT_DETAILS[0])]
    assert deliver(service, "SmsDeliveryReportReceived", batch).status == 202
    assert opted_out(service, sender, good)
    assert not opted_out(service, sender, recipient)


def test_the_last_of_several_attempts_dates_a_report_without_received_timestamp(service, sender, recipient):
    deliver_sms(service, [sms_event(sender, recipient, "START", seconds=5)])
    report = report_event(sender, recipient, "Failed", OPT_OUT_DETAILS[0], with_received_timestamp=False)
    report["data"]["deliveryAttempts"] = [  # the first before the START, the last after it
        {"timestamp": stamp(T0), "segmentsSucceeded": 0, "segmentsFailed": 1},
        {"timestamp": "2026-03-01T10:00:07", "segmentsSucceeded": 0, "segmentsFailed": 1},  # no zone: ignored
        {"timestamp": stamp(T0 + timedelta(seconds=9)), "segmentsSucceeded": 0, "segmentsFailed": 1},
    ]
    assert deliver(service, "SmsDeliveryReportReceived", [report]).status == 202
    assert opted_out(service, sender, recipient)
