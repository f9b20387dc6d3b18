"""Evidence for a complaint file (issue 13): refused sends are recorded against their pair, and one signed call (or
`optout evidence`) tells a recipient's whole story in time order, as JSON and as a printable document."""

from __future__ import annotations

import json
import signal
import uuid
from datetime import UTC, datetime, timedelta
from urllib.parse import quote

import pytest
from azure.data.tables import TableClient

from acs_events import deliver, envelope, stamp
from conftest import OPTOUT_API_VERSION, PRIMARY_KEY, optout, service_environment, start_host, stop_host
from counting import CountingTransport
from optout_core.api.access import Authenticator
from optout_core.api.http import HttpRequestData
from optout_core.api.send import SendApi
from optout_core.auth import HmacVerifier, sign_request
from optout_core.devhost.azurite import PROJECT_ROOT
from optout_core.messaging import OutboxTransport
from optout_core.numbers import parse_recipient
from optout_core.refusals import REFUSED_PREFIX, RefusalLog, RefusedSend
from optout_core.settings import ConfigurationError, Settings
from optout_core.storage import Change, OptOutStore, Source, Tables
from test_delivery_reports import REPORT

HOSTILE = 'STOP! The refill <script>alert("x")</script> & <b>wrong</b>'
MESSAGE_TEXT = "Your appointment code is 998877"


@pytest.fixture
def recipient() -> str:
    return f"+1425{uuid.uuid4().int % 10**7:07d}"


def sms(sender: str, recipient: str, text: str, at: datetime) -> dict:
    message_id = f"Incoming_{uuid.uuid4()}"
    return envelope("Microsoft.Communication.SMSReceived", message_id,
                    {"messageId": message_id, "from": recipient, "to": sender, "message": text,
                     "receivedTimestamp": stamp(at), "segmentCount": 1}, at, f"/phonenumber/{sender.lstrip('+')}")


def carrier_block(sender: str, recipient: str, at: datetime) -> dict:
    message_id = f"Outgoing_{uuid.uuid4()}"
    return envelope(REPORT, message_id, {
        "messageId": message_id, "from": sender, "to": recipient, "deliveryStatus": "Failed",
        "deliveryStatusDetails": "Sender blocked for given recipient.", "receivedTimestamp": stamp(at),
        "deliveryAttempts": [{"timestamp": stamp(at), "segmentsSucceeded": 0, "segmentsFailed": 1}]},
        at, f"/phonenumber/{sender.lstrip('+')}")


def send(service, sender: str, *recipients: str, message: str = MESSAGE_TEXT) -> tuple[list[dict], list[str]]:
    ids = [str(uuid.uuid4()) for _ in recipients]
    reply = service.signed("POST", f"/sms?api-version={OPTOUT_API_VERSION}", {
        "from": sender, "message": message, "smsRecipients": [
            {"to": to, "repeatabilityRequestId": rid, "repeatabilityFirstSent": "Tue, 26 Mar 2019 16:06:51 GMT"}
            for to, rid in zip(recipients, ids, strict=True)]})
    assert reply.status == 202, reply.body
    return reply.json()["value"], ids


def evidence(service, recipient: str, sender: str | None = None, **more: str):
    query = f"to={quote(recipient)}" + (f"&from={quote(sender)}" if sender else "") + "".join(
        f"&{name}={quote(value)}" for name, value in more.items())
    return service.signed("GET", f"/sms/optouts/evidence?{query}")


def refused_rows(service, azurite, sender: str) -> list[dict]:
    name = f"{service.environment['OPTOUT_TABLE_PREFIX']}{OptOutStore.TABLE}"
    with TableClient.from_connection_string(azurite.connection_string, name) as table:
        return list(table.query_entities("PartitionKey eq @sender and RowKey ge @first and RowKey lt @last",
                                         parameters={"sender": sender, "first": REFUSED_PREFIX, "last": "refused;"}))


def test_the_whole_story_of_a_pair_in_order_with_message_ids(service, acs, azurite, sender, recipient):
    stop = sms(sender, recipient, HOSTILE, datetime.now(UTC) - timedelta(minutes=10))
    assert deliver(service, "SmsReceived", [stop]).status == 202
    assert [s.message for s in acs.sent_to(recipient)], "the STOP was confirmed"

    other = f"+1206{uuid.uuid4().int % 10**7:07d}"
    items, repeatability = send(service, sender, recipient, other)
    assert [item["httpStatusCode"] for item in items] == [403, 202]

    [review] = service.signed("GET", f"/sms/optouts/reviews?from={quote(sender)}").json()["value"]
    reversed_ = service.signed("POST", "/sms/optouts/reviews:decide", {
        "from": sender, "id": review["id"], "action": "reverse", "note": "asked about <refill>"})
    assert reversed_.status == 200, reversed_.body
    block = carrier_block(sender, recipient, datetime.now(UTC))
    assert deliver(service, "SmsDeliveryReportReceived", [block]).status == 202

    reply = evidence(service, recipient, sender)
    assert reply.status == 200 and reply.headers["content-type"].startswith("application/json")
    report = reply.json()
    assert (report["to"], report["from"]) == (recipient, sender)
    assert report["entries"] == [{"from": sender, "optedOut": True, "source": "carrier",
                                  "changedAt": report["entries"][0]["changedAt"]}]
    events = report["events"]
    assert [event["kind"] for event in events] == [
        "opt_out", "confirmation", "refused_send", "opt_in", "review", "carrier_block"]
    assert [event["at"] for event in events] == sorted(event["at"] for event in events)
    opt_out, confirmation, refused, opt_in, decision, blocked = events
    assert (opt_out["source"], opt_out["messageId"], opt_out["status"]) == ("keyword", stop["id"], "changed")
    assert HOSTILE in opt_out["detail"] or HOSTILE.replace('"', '\\"') in opt_out["detail"]
    assert confirmation["messageId"].startswith("Outgoing_") and confirmation["status"] == "sent"
    assert (refused["messageId"], refused["status"], refused["who"], refused["source"]) == (
        repeatability[0], "refused", "access key primary", None)
    assert f"{len(MESSAGE_TEXT)} characters" in refused["detail"]
    assert (opt_in["source"], opt_in["who"], opt_in["messageId"]) == ("review", "primary", stop["id"])
    assert (decision["status"], decision["who"], decision["messageId"]) == ("reversed", "primary", stop["id"])
    assert (blocked["source"], blocked["messageId"], blocked["status"]) == ("carrier", block["id"], "changed")
    assert all(event["from"] == sender for event in events)

    # The refusal row keeps the message's length, never its text, and who asked.
    [row] = refused_rows(service, azurite, sender)
    assert row["Recipient"] == recipient and row["MessageLength"] == len(MESSAGE_TEXT)
    assert MESSAGE_TEXT not in str(dict(row)) and '"key":"primary"' in row["RequestedBy"]


def test_the_printable_document_escapes_what_came_from_outside(service, sender, recipient):
    assert deliver(service, "SmsReceived", [sms(sender, recipient, HOSTILE, datetime.now(UTC))]).status == 202
    send(service, sender, recipient)
    reply = evidence(service, recipient, sender, format="html")
    assert reply.status == 200 and reply.headers["content-type"] == "text/html; charset=utf-8"
    assert "default-src 'none'" in reply.headers["content-security-policy"]
    page = reply.body.decode()
    assert "<script" not in page.lower() and "<b>" not in page
    assert "&lt;script&gt;alert(" in page and "&amp; &lt;b&gt;wrong&lt;/b&gt;" in page
    assert recipient in page and sender in page  # numbers in full: the document is the evidence
    assert "Send refused" in page and "http" not in page.split("<body>")[1]  # no external resources


def test_the_reason_given_for_a_change_through_the_api_is_in_the_evidence(service, sender, recipient):
    """The console's "add or remove with a reason" sends it in x-optout-reason; a complaint file must show it."""
    reasons = ["Complaint #4711: <b>STOP</b> was ignored", "Opt-in on paper form, réf. 77"]
    for action, reason in zip(("add", "remove"), reasons, strict=True):
        reply = service.signed("POST", f"/sms/optouts:{action}?api-version={OPTOUT_API_VERSION}",
                               {"from": sender, "recipients": [{"to": recipient}]},
                               headers={"x-optout-reason": quote(reason)})
        assert reply.json()["value"][0]["httpStatusCode"] == 200, reply.body
    events = evidence(service, recipient, sender).json()["events"]
    assert [(event["kind"], event["source"], event["who"]) for event in events] == [
        ("opt_out", "api", "access key primary"), ("opt_in", "api", "access key primary")]
    assert [event["detail"] for event in events] == [
        f'Opted out through the API; reason "{reasons[0]}"', f'Opted in through the API; reason "{reasons[1]}"']
    page = evidence(service, recipient, sender, format="html").body.decode()
    assert "Complaint #4711: &lt;b&gt;STOP&lt;/b&gt; was ignored" in page and "<b>" not in page
    assert "Opt-in on paper form, réf. 77" in page


def test_one_recipient_across_every_sender(service, sender, recipient):
    second = f"+1800{uuid.uuid4().int % 10**7:07d}"
    assert deliver(service, "SmsReceived", [sms(sender, recipient, "STOP", datetime.now(UTC))]).status == 202
    added = service.signed("POST", f"/sms/optouts:add?api-version={OPTOUT_API_VERSION}",
                           {"from": second, "recipients": [{"to": recipient}]})
    assert added.json()["value"][0]["httpStatusCode"] == 200
    send(service, second, recipient)
    formatted = f"+1 ({recipient[2:5]}) {recipient[5:8]}-{recipient[8:]}"
    report = evidence(service, formatted).json()
    assert report["to"] == recipient and report["from"] is None
    assert sorted(entry["from"] for entry in report["entries"]) == sorted([sender, second])
    assert [(event["from"], event["kind"]) for event in report["events"]] == [
        (sender, "opt_out"), (sender, "confirmation"), (second, "opt_out"), (second, "refused_send")]
    assert report["events"][2]["who"] == "access key primary" and report["events"][2]["source"] == "api"


def test_an_unknown_recipient_has_an_empty_story(service, sender, recipient):
    for reply in (evidence(service, recipient), evidence(service, recipient, sender)):
        assert reply.status == 200
        assert (reply.json()["entries"], reply.json()["events"]) == ([], [])
    assert "Nothing is recorded" in evidence(service, recipient, format="html").body.decode()


@pytest.mark.parametrize("query", ["", "to=", "to=not-a-number", "to=%2B1", "to=%00%0A", "to=" + "9" * 300,
                                   "to=%2B14255550123&from=bad%2Fsender", "to=%2B14255550123&format=pdf",
                                   "to=%F0%9F%98%80"])
def test_odd_input_is_a_400_in_the_acs_envelope(service, query):
    reply = service.signed("GET", f"/sms/optouts/evidence?{query}")
    assert reply.status == 400, reply.body
    assert reply.json()["error"]["code"] == "BadRequest"


def test_evidence_needs_a_signature(service, recipient):
    assert service.request("GET", f"/sms/optouts/evidence?to={quote(recipient)}").status == 401


def test_the_cli_prints_the_story_and_saves_the_document(service, sender, recipient, tmp_path):
    assert deliver(service, "SmsReceived", [sms(sender, recipient, "STOP", datetime.now(UTC))]).status == 202
    send(service, sender, recipient)
    saved = tmp_path / "evidence.html"
    pair = optout(service, "evidence", sender, recipient, "--html", str(saved))
    assert pair.returncode == 0, pair.stderr
    assert [line.split("\t")[2] for line in pair.stdout.splitlines()] == ["opt_out", "confirmation", "refused_send"]
    assert saved.read_text().startswith("<!DOCTYPE html>") and recipient in saved.read_text()
    everyone = optout(service, "evidence", recipient, "--json")
    assert everyone.returncode == 0 and f'"to": "{recipient}"' in everyone.stdout
    assert optout(service, "evidence", "1", "2", "3").returncode == 2
    assert optout(service, "evidence", "nonsense").returncode == 1


def refusal(recipient: str) -> RefusedSend:
    return RefusedSend(recipient=recipient, request_id=uuid.uuid4().hex, repeatability_request_id="",
                       requested_by={"key": "primary"}, message_length=12)


async def test_refusals_list_newest_first_and_a_big_request_is_written_in_chunks(tables: Tables, recipient):
    moments = iter([datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 2, 1, tzinfo=UTC)])
    log = RefusalLog(tables, clock=lambda: next(moments))
    others = [f"+1206{n:07d}" for n in range(101)]
    await log.record("+18005550100", [refusal(recipient)])
    await log.record("+18005550100", [refusal(recipient), *(refusal(other) for other in others)])
    rows = await log.of_pair("+18005550100", recipient)
    assert [row["At"].month for row in rows] == [2, 1]
    assert len(await log.of_pair("+18005550100", others[-1])) == 1


@pytest.fixture
def send_api(counted_tables, tmp_path) -> tuple[SendApi, OptOutStore, RefusalLog, CountingTransport]:
    """The send proxy in this process, on tables whose every request is counted, sending to an outbox folder."""
    tables, transport = counted_tables
    store, refusals = OptOutStore(tables), RefusalLog(tables)
    api = SendApi(store, Authenticator(HmacVerifier([PRIMARY_KEY])), OutboxTransport(tmp_path), refusals)
    return api, store, refusals, transport


async def send_in_process(api: SendApi, recipients: list[str]) -> list[int]:
    url = f"http://127.0.0.1:7071/sms?api-version={OPTOUT_API_VERSION}"
    body = json.dumps({"from": "+18005550100", "message": MESSAGE_TEXT,
                       "smsRecipients": [{"to": to} for to in recipients]}).encode()
    headers = {**sign_request("POST", url, body, PRIMARY_KEY), "Host": "127.0.0.1:7071"}
    result = await api.handle(HttpRequestData.create("POST", url, headers.items(), body))
    assert result.status == 202, result.body
    return [item["httpStatusCode"] for item in json.loads(result.body)["value"]]


@pytest.mark.parametrize(("recipients", "refused", "writes"), [
    (10, 0, []), (1, 1, ["insert"]), (10, 5, ["transaction"]), (100, 50, ["transaction"]),
    (100, 100, ["transaction"])])
async def test_a_send_that_refused_anyone_writes_its_evidence_in_one_request(send_api, recipients, refused, writes):
    """Cheap enough for every send: the check's point reads, then one insert (one refused) or one transaction (a
    send has at most 100 recipients), in the sender's partition; nothing written when nobody was refused."""
    api, store, refusals, transport = send_api
    listed = [parse_recipient(f"+1206{n:07d}") for n in range(refused)]
    for first in range(0, refused, 100):
        await store.apply("+18005550100", listed[first:first + 100],
                          Change(opted_out=True, source=Source.API, at=datetime.now(UTC)))
    transport.reset()
    asked = [recipient.e164 for recipient in listed] + [f"+1425{n:07d}" for n in range(recipients - refused)]
    assert await send_in_process(api, asked) == [403] * refused + [202] * (recipients - refused)
    reads = [method for method, _ in transport.requests if method == "GET"]
    written = sorted("transaction" if url.endswith("/$batch") else "insert"
                     for method, url in transport.requests if method != "GET")
    assert (len(reads), written) == (recipients, writes)
    assert [len(await refusals.of_pair("+18005550100", person.e164)) for person in listed] == [1] * refused


def test_a_refused_send_is_stored_before_it_is_answered_so_killing_the_process_loses_nothing(
        azurite, acs, sender, recipient, tmp_path):
    """Durable: once the caller has the answer the refusal row is in the table, even if the process dies at once
    (a real SIGKILL, nothing flushed on the way out)."""
    host = start_host(PROJECT_ROOT, service_environment(azurite, acs), tmp_path / "log")
    try:
        added = host.signed("POST", f"/sms/optouts:add?api-version={OPTOUT_API_VERSION}",
                            {"from": sender, "recipients": [{"to": recipient}]})
        assert added.json()["value"][0]["httpStatusCode"] == 200
        items, repeatability = send(host, sender, recipient)
        host.process.send_signal(signal.SIGKILL)
        host.process.wait()
    finally:
        stop_host(host.process)
    assert [item["httpStatusCode"] for item in items] == [403]
    [row] = refused_rows(host, azurite, sender)
    assert (row["Recipient"], row["RepeatabilityRequestId"]) == (recipient, repeatability[0])


async def test_retention_hides_and_purges_old_refusals_only(tables: Tables, recipient):
    store = OptOutStore(tables)
    now = datetime(2026, 6, 1, tzinfo=UTC)
    moments = iter([now - timedelta(days=40), now - timedelta(days=10)])
    back_then = RefusalLog(tables, clock=lambda: next(moments))
    for _ in range(2):
        await back_then.record("+18005550100", [refusal(recipient)])
    registry = await tables.get(OptOutStore.SENDERS_TABLE)
    await registry.upsert_entity({"PartitionKey": "senders", "RowKey": "+18005550100"})
    kept_for_ever = RefusalLog(tables, clock=lambda: now)
    assert await kept_for_ever.purge(store) == 0 and len(await kept_for_ever.of_pair("+18005550100", recipient)) == 2
    thirty_days = RefusalLog(tables, retention=timedelta(days=30), clock=lambda: now)
    assert len(await thirty_days.of_pair("+18005550100", recipient)) == 1  # hidden at once
    assert await thirty_days.purge(store) == 1
    assert len(await kept_for_ever.of_pair("+18005550100", recipient)) == 1


SAMPLE_SETTINGS = json.loads((PROJECT_ROOT / "local.settings.sample.json").read_text())["Values"]


@pytest.mark.parametrize("value", ["0", "-3", "soon", "1.5", "99999"])
def test_a_bad_retention_is_one_line_naming_the_setting(value):
    with pytest.raises(ConfigurationError, match="OPTOUT_REFUSED_SEND_RETENTION_DAYS"):
        Settings.from_environ({**SAMPLE_SETTINGS, "OPTOUT_REFUSED_SEND_RETENTION_DAYS": value})


@pytest.mark.parametrize(("value", "kept"), [("", None), ("30", timedelta(days=30))])
def test_refused_sends_are_kept_as_long_as_the_history_unless_a_retention_is_set(value, kept):
    settings = Settings.from_environ({**SAMPLE_SETTINGS, "OPTOUT_REFUSED_SEND_RETENTION_DAYS": value})
    assert settings.refused_send_retention == kept
