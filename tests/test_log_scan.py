"""Every number the service is given, in every place a number can go, and not one full number in anything it logged:
the dev host's whole output, as JSON lines (OPTOUT_LOG_FORMAT=json), through normal paths, refusals, malformed
events, a storage outage and ACS failures."""

import json
import re
import uuid
from collections.abc import Iterator
from urllib.parse import quote

import pytest

from acs_events import deliver as deliver_to
from conftest import OPTOUT_API_VERSION, HostProcess, service_environment, start_host, stop_host
from fault_proxy import Fault, FaultProxy
from optout_core.devhost.azurite import PROJECT_ROOT
from optout_core.numbers import mask
from test_delivery_reports import report_event
from test_inbound_sms import sms_event

# A number as E.164 (`+` or `%2B`) or a bare run of 10 to 15 digits (as ACS events write them): nothing masked has
# one, since masking leaves at most the first two and last two digits.
FULL_NUMBER = re.compile(r"(?:\+|%2[Bb])\d{7,15}(?!\d)|(?<![\w*])\d{10,15}(?![\d*])")


def number(prefix: str) -> str:
    return f"{prefix}{uuid.uuid4().int % 10**7:07d}"


@pytest.fixture(scope="module")
def proxy(azurite) -> Iterator[FaultProxy]:
    proxy = FaultProxy(azurite.port).start()
    yield proxy
    proxy.stop()


@pytest.fixture(scope="module")
def json_service(azurite, acs, proxy, tmp_path_factory) -> Iterator[HostProcess]:
    environment = service_environment(
        azurite, acs, OPTOUT_STORAGE_CONNECTION_STRING=proxy.connection_string(azurite.connection_string),
        OPTOUT_LOG_FORMAT="json", OPTOUT_STORAGE_TIMEOUT_SECONDS="2")
    host = start_host(PROJECT_ROOT, environment, tmp_path_factory.mktemp("scan") / "log")
    yield host
    stop_host(host.process)


def optouts(service: HostProcess, action: str, sender: str, *recipients: str) -> int:
    return service.signed("POST", f"/sms/optouts:{action}?api-version={OPTOUT_API_VERSION}",
                          {"from": sender, "recipients": [{"to": to} for to in recipients]}).status


def test_no_full_number_in_anything_the_service_logged(json_service, acs, proxy):
    service = json_service
    sender, other_sender = number("+1800"), number("+1888")
    texted, added, sent_to, refused_by_acs, imported, carrier, outage = (number("+1425") for _ in range(7))
    numbers = [sender, other_sender, texted, added, sent_to, refused_by_acs, imported, carrier, outage]

    # API bodies, both signed and refused (no signature, a wrong one, a bad body)
    assert optouts(service, "add", sender, added, "+1425555") == 200
    assert optouts(service, "check", sender, added, texted) == 200
    assert optouts(service, "remove", other_sender, added) == 200
    assert service.request("POST", f"/sms/optouts:add?api-version={OPTOUT_API_VERSION}",
                           {"from": sender, "recipients": [{"to": added}]}).status == 401
    assert service.signed("POST", f"/sms/optouts:add?api-version={OPTOUT_API_VERSION}",
                          {"from": sender, "recipients": added}).status == 400

    # query strings and paths
    assert service.signed("GET", f"/sms/optouts?from={quote(sender)}&to={quote(added)}").status == 200
    assert service.signed("GET", f"/sms/optouts/history?from={quote(sender)}&to={quote(added)}").status == 200
    assert service.signed("GET", f"/sms/optouts/history?from={quote(sender)}&to={added[1:]}x").status == 400
    assert service.signed("GET", f"/sms/optouts:export?from={quote(sender)}&format=ndjson").status == 200
    assert service.request("GET", f"/sms/optouts?from={quote(sender)}&to={quote(added)}").status == 401
    assert service.signed("GET", f"/sms/programs/{quote(sender)}").status in (200, 404)

    # import, with a row that is not a number
    reply = service.signed("POST", "/sms/optouts:import", {"rows": [
        {"line": 1, "from": sender, "to": imported}, {"line": 2, "from": sender, "to": imported[:-4]}]})
    assert reply.status == 200 and reply.json()["imported"] == 1

    # the send proxy: one opted out, one forwarded, one ACS refuses
    acs.fail_recipient(refused_by_acs)
    reply = service.signed("POST", "/sms?api-version=2026-01-23", {
        "from": sender, "message": "Sale", "smsRecipients": [{"to": to} for to in (added, sent_to, refused_by_acs)]})
    assert reply.status == 202

    # events in both schemas, numbers with and without `+`, malformed ones, a carrier opt-out, a reply ACS refuses
    events = [sms_event(sender, texted, "STOP", schema="eventgrid"), sms_event(sender, texted, "HELP", plus=False),
              sms_event(sender, texted, "START", schema="cloudevents", casing="pascal")]
    assert deliver_to(service, "SmsReceived", events[:2]).status == 202
    assert deliver_to(service, "SmsReceived", events[2:]).status == 202
    malformed = sms_event(sender, texted, "STOP")
    del malformed["data"]["messageId"]
    wrong_number = sms_event(sender, "+12", "STOP")
    assert deliver_to(service, "SmsReceived", [malformed, wrong_number]).status == 202
    assert deliver_to(service, "SmsDeliveryReportReceived",
                      [report_event(sender, carrier, "Failed", "Sender blocked for given recipient.")]).status == 202
    acs.fail_recipient(refused_by_acs, 400, f"Invalid To phone number format: {refused_by_acs}")
    assert deliver_to(service, "SmsReceived", [sms_event(sender, refused_by_acs, "STOP")]).status == 202

    # a storage outage: every path fails, and says so in the log, traceback and all
    proxy.set(Fault.INTERNAL)
    try:
        assert optouts(service, "add", sender, outage) == 503
        assert service.signed("GET", f"/sms/optouts/history?from={quote(sender)}&to={quote(outage)}").status == 503
        assert deliver_to(service, "SmsReceived", [sms_event(sender, outage, "STOP")]).status == 500
        reply = service.signed("POST", "/sms?api-version=2026-01-23",
                               {"from": sender, "message": "Sale", "smsRecipients": [{"to": outage}]})
        assert reply.status == 503
    finally:
        proxy.heal()

    stop_host(service.process)  # everything written and flushed
    log = service.log()
    lines = [line for line in log.splitlines() if line.strip()]
    assert all(json.loads(line)["message"] is not None for line in lines)  # one JSON object a line, every line
    assert "Traceback" in log and "reply failed for good" in log  # the failures were logged ...
    assert not FULL_NUMBER.findall(log)  # ... and no full number anywhere, in any form
    for full in numbers:
        assert not re.search(rf"(?<!\d){full[2:]}(?!\d)", log), full  # nor one without its country code
    assert mask(sender) in log and mask(refused_by_acs) in log  # masked where a number was
