"""Inbound SMS end to end: events through the dev host's Event Grid webhook, real Azurite, the ACS stand-in."""

import json
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

import pytest
from azure.data.tables import TableClient

from acs_events import deliver as deliver_to
from acs_events import envelope, stamp
from conftest import OPTOUT_API_VERSION
from optout_core.storage import receipt_row_key

T0 = datetime(2026, 3, 1, 10, 0, 0, tzinfo=UTC)


def sms_event(sender: str, recipient: str, text: str, seconds: float = 0, message_id: str | None = None,
              schema: str = "eventgrid", casing: str = "camel", plus: bool = True) -> dict:
    received = T0 + timedelta(seconds=seconds)
    message_id = message_id or f"Incoming_{uuid.uuid4()}"
    number = (lambda n: n) if plus else (lambda n: n.lstrip("+"))
    data = {"messageId": message_id, "from": number(recipient), "to": number(sender), "message": text,
            "receivedTimestamp": stamp(received), "segmentCount": 1}
    return envelope("Microsoft.Communication.SMSReceived", message_id, data, received,
                    f"/phonenumber/{sender.lstrip('+')}", schema, casing)


def deliver(service, events):
    return deliver_to(service, "SmsReceived", events)


def opted_out(service, sender: str, recipient: str) -> bool:
    reply = service.signed("POST", f"/sms/optouts:check?api-version={OPTOUT_API_VERSION}",
                           {"from": sender, "recipients": [{"to": recipient}]})
    return reply.json()["value"][0]["isOptedOut"]


def replies(acs, sender: str, recipient: str) -> list[str]:
    return [sms.message for sms in acs.sent_to(recipient) if sms.sender == sender]


def table(service, azurite) -> TableClient:
    return TableClient.from_connection_string(azurite.connection_string,
                                              service.environment["OPTOUT_TABLE_PREFIX"] + "OptOuts")


@pytest.fixture
def recipient() -> str:
    return f"+1425{uuid.uuid4().int % 10**7:07d}"


@pytest.mark.parametrize("schema", ["eventgrid", "cloudevents"])
@pytest.mark.parametrize("casing", ["camel", "pascal"])
@pytest.mark.parametrize("plus", [True, False], ids=["with plus", "without plus"])
def test_stop_opts_out_and_confirms_once_in_any_schema_and_casing(service, acs, sender, recipient, schema, casing,
                                                                  plus):
    event = sms_event(sender, recipient, "STOP", schema=schema, casing=casing, plus=plus)
    assert deliver(service, [event]).status == 202
    assert opted_out(service, sender, recipient)
    [confirmation] = replies(acs, sender, recipient)
    assert confirmation.startswith("Contoso Alerts:") and "START" in confirmation


def test_a_single_event_object_is_accepted(service, acs, sender, recipient):
    assert deliver(service, sms_event(sender, recipient, "stop please")).status == 202
    assert opted_out(service, sender, recipient)


def test_the_entry_records_keyword_rule_message_and_time(service, azurite, sender, recipient):
    event = sms_event(sender, recipient, "Please stop texting me", seconds=7)
    deliver(service, [event])
    with table(service, azurite) as entries:
        entry = entries.get_entity(sender, recipient)
    evidence = json.loads(entry["Evidence"])
    assert entry["Source"] == "keyword" and entry["OptedOut"] is True and entry["Country"] == "US"
    assert entry["ChangedAt"] == T0 + timedelta(seconds=7)
    assert evidence["messageId"] == event["data"]["messageId"]
    assert evidence["rule"] == "phrase: stop contacting" and evidence["keyword"] == "stop texting"
    assert evidence["text"] == "Please stop texting me"


def test_an_opt_out_flagged_for_review_opts_out_and_says_why(service, azurite, sender, recipient):
    """Ambiguous between our texts and something else: the law's side wins, and the receipt carries the reason a
    person should look at it, which the review queue lists (issue 10)."""
    event = sms_event(sender, recipient, "STOP! The refill is wrong")
    deliver(service, [event])
    assert opted_out(service, sender, recipient)
    with table(service, azurite) as entries:
        receipt = entries.get_entity(sender, receipt_row_key(event["data"]["messageId"]))
    assert "refill" in receipt["ReviewReason"]


def test_an_opt_out_only_the_learned_fallback_read_opts_out_is_flagged_and_says_so(service, azurite, sender,
                                                                                     recipient):
    """No rule knows the wording; the model read an opt-out. It stands (the law's side), its evidence names the
    model and the words it weighed, and a person reviews it (issue 10)."""
    event = sms_event(sender, recipient, "seriously done with these texts")
    deliver(service, [event])
    assert opted_out(service, sender, recipient)
    with table(service, azurite) as entries:
        evidence = json.loads(entries.get_entity(sender, recipient)["Evidence"])
        receipt = entries.get_entity(sender, receipt_row_key(event["data"]["messageId"]))
    assert evidence["rule"] == "learned fallback" and "texts" in evidence["keyword"]
    assert "learned fallback" in receipt["ReviewReason"]


@pytest.mark.parametrize(("text", "rule", "reason"), [
    ("Cancel my service for the winter", "learned veto", "learned fallback reads as none"),
    ("quit texting me riddles at 6am lol jk keep em coming", "texts welcome", "says the texts are welcome"),
])
def test_an_opt_out_the_engine_holds_back_is_not_recorded_but_queued_and_a_reversal_records_it(
        service, azurite, acs, sender, recipient, text, rule, reason):
    """A rule reads an opt-out; the model reads the message as no request at all, or the message says the texts are
    welcome. Nothing is recorded and nothing is sent, but the decision waits in the review queue, and an operator who
    reverses it records the opt-out the rule read (issue 10)."""
    event = sms_event(sender, recipient, text)
    assert deliver(service, [event]).status == 202
    assert not opted_out(service, sender, recipient) and replies(acs, sender, recipient) == []
    with table(service, azurite) as entries:
        receipt = entries.get_entity(sender, receipt_row_key(event["data"]["messageId"]))
    assert (receipt["Intent"], receipt["Rule"]) == ("none", rule)
    assert reason in receipt["ReviewReason"]

    listed = service.signed("GET", f"/sms/optouts/reviews?from={sender.replace('+', '%2B')}").json()["value"]
    [review] = [item for item in listed if item["to"] == recipient]
    reversed_ = service.signed("POST", "/sms/optouts/reviews:decide",
                               {"from": sender, "id": review["id"], "action": "reverse", "note": "their texts"})
    assert reversed_.status == 200, reversed_.body
    assert opted_out(service, sender, recipient)


def test_an_unflagged_decision_has_no_review_reason(service, azurite, sender, recipient):
    event = sms_event(sender, recipient, "STOP")
    deliver(service, [event])
    with table(service, azurite) as entries:
        assert entries.get_entity(sender, receipt_row_key(event["data"]["messageId"]))["ReviewReason"] == ""


def test_start_opts_back_in_and_confirms(service, acs, sender, recipient):
    deliver(service, [sms_event(sender, recipient, "STOP", seconds=0)])
    deliver(service, [sms_event(sender, recipient, "START", seconds=60)])
    assert not opted_out(service, sender, recipient)
    stop_reply, start_reply = replies(acs, sender, recipient)
    assert "unsubscribed" in stop_reply and "subscribed again" in start_reply


def test_a_batch_is_processed_event_by_event(service, acs, sender):
    people = [f"+1425555{n:04d}" for n in range(4000, 4005)]
    events = [sms_event(sender, person, text) for person, text in zip(people, ["STOP", "ARRÊT", "hello", "HELP",
                                                                                "unsubscribe me"], strict=True)]
    assert deliver(service, events).status == 202
    assert [opted_out(service, sender, person) for person in people] == [True, True, False, False, True]
    assert [len(replies(acs, sender, person)) for person in people] == [1, 1, 0, 1, 1]


@pytest.mark.parametrize("first, second, expected", [
    (("START", 10), ("STOP", 5), False),   # a STOP received earlier but delivered later must not opt out again
    (("STOP", 10), ("START", 5), True),
])
def test_the_latest_received_message_wins_whatever_the_delivery_order(service, sender, recipient, first, second,
                                                                      expected):
    deliver(service, [sms_event(sender, recipient, "STOP" if expected else "START", seconds=0)])
    deliver(service, [sms_event(sender, recipient, first[0], seconds=first[1])])
    deliver(service, [sms_event(sender, recipient, second[0], seconds=second[1])])
    assert opted_out(service, sender, recipient) is expected


def test_a_change_through_the_api_counts_at_the_time_of_the_request(service, sender, recipient):
    service.signed("POST", f"/sms/optouts:remove?api-version={OPTOUT_API_VERSION}",
                   {"from": sender, "recipients": [{"to": recipient}]})
    # An old STOP (received in March 2026, before the API call) arriving now must not undo the later opt-in.
    deliver(service, [sms_event(sender, recipient, "STOP", seconds=0)])
    assert not opted_out(service, sender, recipient)


def test_a_redelivered_event_changes_nothing_and_sends_nothing(service, acs, azurite, sender, recipient):
    stop = sms_event(sender, recipient, "STOP", seconds=0)
    deliver(service, [stop])
    deliver(service, [sms_event(sender, recipient, "START", seconds=5)])
    for _ in range(3):
        assert deliver(service, [stop]).status == 202
    assert not opted_out(service, sender, recipient)
    assert len(replies(acs, sender, recipient)) == 2
    with table(service, azurite) as entries:
        receipt = entries.get_entity(sender, receipt_row_key(stop["data"]["messageId"]))
    assert receipt["ReplyStatus"] == "sent" and receipt["Intent"] == "opt_out" and receipt["Outcome"] == "changed"


def test_a_second_stop_gets_no_second_confirmation(service, acs, sender, recipient):
    deliver(service, [sms_event(sender, recipient, "STOP", seconds=0)])
    deliver(service, [sms_event(sender, recipient, "stop!!", seconds=30)])
    assert opted_out(service, sender, recipient)
    assert len(replies(acs, sender, recipient)) == 1


def test_help_is_answered_whether_or_not_the_recipient_opted_out(service, acs, sender, recipient):
    deliver(service, [sms_event(sender, recipient, "HELP", seconds=0)])
    deliver(service, [sms_event(sender, recipient, "STOP", seconds=10)])
    deliver(service, [sms_event(sender, recipient, "help", seconds=20)])
    help_before, _, help_after = replies(acs, sender, recipient)
    assert help_before == help_after and "STOP" in help_before
    assert opted_out(service, sender, recipient)


def test_a_lone_question_mark_gets_the_help_reply_and_records_nothing(service, acs, sender, recipient):
    deliver(service, [sms_event(sender, recipient, "?", seconds=0)])
    [help_reply] = replies(acs, sender, recipient)
    assert "STOP" in help_reply
    assert not opted_out(service, sender, recipient)


def test_replies_go_out_in_the_language_of_the_keyword(service, acs, sender):
    french, spanish = "+14255554101", "+14255554102"
    deliver(service, [sms_event(sender, french, "ARRÊT"), sms_event(sender, spanish, "Ayuda")])
    [confirmation] = replies(acs, sender, french)
    [help_reply] = replies(acs, sender, spanish)
    assert "désabonné" in confirmation
    assert "Responda" in help_reply


def test_languages_without_built_in_replies_are_answered_in_english_with_the_english_keywords(service, acs, sender):
    chinese, vietnamese = "+14255554103", "+14255554104"
    deliver(service, [sms_event(sender, chinese, "請停止發送簡訊"), sms_event(sender, vietnamese, "Ai vậy?")])
    [confirmation] = replies(acs, sender, chinese)
    [help_reply] = replies(acs, sender, vietnamese)
    assert opted_out(service, sender, chinese)
    assert "unsubscribed" in confirmation and "Reply START" in confirmation
    assert "Reply STOP to opt out" in help_reply


def test_concurrent_deliveries_for_one_recipient_leave_the_latest_state(service, sender, recipient):
    events = [sms_event(sender, recipient, "STOP" if n % 2 else "START", seconds=n) for n in range(12)]
    with ThreadPoolExecutor(max_workers=6) as pool:
        statuses = list(pool.map(lambda event: deliver(service, [event]).status, events))
    assert statuses == [202] * 12
    assert opted_out(service, sender, recipient)  # the STOP at +11 s is the latest


MALFORMED = {
    "data not an object": lambda event: {**event, "data": "STOP"},
    "no from": lambda event: {**event, "data": {k: v for k, v in event["data"].items() if k != "from"}},
    "from not a number": lambda event: {**event, "data": {**event["data"], "from": "not-a-number"}},
    "message not text": lambda event: {**event, "data": {**event["data"], "message": {"text": "STOP"}}},
    "no time at all": lambda event: {**{k: v for k, v in event.items() if k != "eventTime"},
                                     "data": {k: v for k, v in event["data"].items() if k != "receivedTimestamp"}},
    "unusable sender": lambda event: {**event, "data": {**event["data"], "to": "+1"}},
    "data a string of JSON nested 100,000 deep": lambda event: {**event, "data": "[" * 100_000 + "]" * 100_000},
    "message nested 60 deep": lambda event: {**event, "data": {**event["data"],
                                                               "message": json.loads("[" * 60 + "]" * 60)}},
}


@pytest.mark.parametrize("name", MALFORMED)
def test_malformed_events_are_acknowledged_and_do_not_break_the_batch(service, acs, sender, recipient, name):
    good = "+14255554200"
    bad = MALFORMED[name](sms_event(sender, recipient, "STOP"))
    assert deliver(service, [bad, sms_event(sender, good, "STOP")]).status == 202
    assert opted_out(service, sender, good)
    assert not opted_out(service, sender, recipient)
    assert recipient not in service.log()  # logged masked, if at all
    service.signed("POST", f"/sms/optouts:remove?api-version={OPTOUT_API_VERSION}",
                   {"from": sender, "recipients": [{"to": good}]})


def test_other_event_types_are_acknowledged_and_ignored(service, sender, recipient):
    event = sms_event(sender, recipient, "STOP")
    event["eventType"] = "Microsoft.Communication.SMSDeliveryReportReceived"
    assert deliver(service, [event]).status == 202
    assert not opted_out(service, sender, recipient)


def test_a_failed_reply_is_retried_by_redelivery_and_never_holds_up_the_opt_out(service, acs, sender, recipient):
    stop = sms_event(sender, recipient, "STOP")
    acs.fail_next_requests(3, status=503)  # the SDK retries twice, then gives up
    failed = deliver(service, [stop])
    assert failed.status == 500  # Event Grid will deliver again
    assert opted_out(service, sender, recipient)
    assert replies(acs, sender, recipient) == []

    assert deliver(service, [stop]).status == 202  # the redelivery sends only the reply
    assert deliver(service, [stop]).status == 202
    assert len(replies(acs, sender, recipient)) == 1
    assert opted_out(service, sender, recipient)


def test_a_reply_refused_for_good_is_reported_not_retried(service, acs, azurite, sender, recipient):
    acs.fail_recipient(recipient, status=400)
    stop = sms_event(sender, recipient, "STOP")
    assert deliver(service, [stop]).status == 202
    assert opted_out(service, sender, recipient)
    with table(service, azurite) as entries:
        receipt = entries.get_entity(sender, receipt_row_key(stop["data"]["messageId"]))
    assert receipt["ReplyStatus"] == "failed" and "400" in receipt["ReplyError"]


def test_a_cloud_event_whose_data_is_a_json_string_is_read(service, sender, recipient):
    event = sms_event(sender, recipient, "STOP", schema="cloudevents")
    event["data"] = json.dumps(event["data"])
    assert deliver(service, [event]).status == 202
    assert opted_out(service, sender, recipient)


def test_half_an_emoji_does_not_hide_a_stop(service, sender, recipient):
    assert deliver(service, [sms_event(sender, recipient, "STOP \ud800")]).status == 202
    assert opted_out(service, sender, recipient)


@pytest.mark.parametrize("moment", ["9999-12-31T23:00:00-10:00", "0001-01-01T01:00:00+10:00", "1970-01-01T00:00:00Z"])
def test_an_impossible_time_is_malformed_not_a_failure(service, sender, recipient, moment):
    event = sms_event(sender, recipient, "STOP")
    event["data"]["receivedTimestamp"] = moment
    assert deliver(service, [event]).status == 202
    assert not opted_out(service, sender, recipient)
