"""Races on one pair through the served app: API adds and removes and STOP/START keywords at once, then replays.

The rule under test (docs/decisions.md): every change carries its own time (a keyword the moment ACS received it,
an API request the moment it arrived but never after the end of the second its signed date names), the latest time
decides the state, an opt-out wins a tie, and history holds every request once, its first record telling the same
story as the entry.
"""

from __future__ import annotations

import json
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import permutations
from urllib.parse import quote

import pytest

from acs_events import deliver, envelope, stamp
from conftest import OPTOUT_API_VERSION, PRIMARY_KEY
from optout_core.api import Authenticator, HttpRequestData, OptOutAction, OptOutApi
from optout_core.auth import HmacVerifier, sign_request
from optout_core.storage import OptOutStore

ROUNDS = 6
# A request signed in the past counts as made at the end of its signed second.
SIGNED_SECOND = timedelta(seconds=1)


@dataclass(frozen=True)
class Request:
    """One change asked of the pair: by the API (add/remove) or by a keyword (STOP/START), as of `at`."""

    by_api: bool
    opted_out: bool
    at: datetime

    @property
    def action(self) -> str:
        return "opt_out" if self.opted_out else "opt_in"

    @property
    def source(self) -> str:
        return "api" if self.by_api else "keyword"


def send(service, sender: str, recipient: str, request: Request) -> None:
    if request.by_api:
        reply = api_change(service, "add" if request.opted_out else "remove", sender, recipient,
                           request.at - SIGNED_SECOND)
        assert reply.status == 200, reply.body
        # 409: the change lost to a later one (and says so); it is still recorded.
        assert reply.json()["value"][0]["httpStatusCode"] in (200, 409), reply.body
        return
    message_id = f"race-{uuid.uuid4()}"
    data = {"messageId": message_id, "from": recipient, "to": sender,
            "message": "STOP" if request.opted_out else "START", "receivedTimestamp": stamp(request.at)}
    reply = deliver(service, "SmsReceived", [envelope("Microsoft.Communication.SMSReceived", message_id, data,
                                                      request.at, f"/phonenumber/{sender}")])
    assert reply.status in (200, 202), reply.body


def api_change(service, action: str, sender: str, recipient: str, signed_at: datetime):
    return service.signed("POST", f"/sms/optouts:{action}?api-version={OPTOUT_API_VERSION}",
                          {"from": sender, "recipients": [{"to": recipient}]}, now=signed_at)


def state_and_history(service, sender: str, recipient: str) -> tuple[bool, list[dict]]:
    check = api_change(service, "check", sender, recipient, datetime.now(UTC))
    history = service.signed("GET", f"/sms/optouts/history?from={quote(sender)}&to={quote(recipient)}")
    assert history.status == 200 and "nextLink" not in history.json(), history.body
    return check.json()["value"][0]["isOptedOut"], history.json()["value"]


def a_second_ago(minutes: int) -> datetime:
    """A whole second in the recent past."""
    return (datetime.now(UTC) - timedelta(minutes=minutes)).replace(microsecond=0)


def race(service, sender: str, recipient: str, requests: list[Request]) -> None:
    with ThreadPoolExecutor(max_workers=len(requests)) as pool:
        for done in [pool.submit(send, service, sender, recipient, request) for request in requests]:
            done.result()


def assert_latest_wins_and_history_agrees(service, sender: str, recipient: str, requests: list[Request]) -> None:
    winner = max(requests, key=lambda request: (request.at, request.opted_out))
    opted_out, history = state_and_history(service, sender, recipient)
    assert opted_out == winner.opted_out
    recorded = sorted((record["source"], record["action"], datetime.fromisoformat(record["at"])) for record in history)
    assert recorded == sorted((request.source, request.action, request.at) for request in requests)
    first = history[0]
    assert (first["action"], datetime.fromisoformat(first["at"])) == (winner.action, winner.at)
    assert first["outcome"] in ("changed", "already_in_state")


@pytest.mark.parametrize("round_number", range(ROUNDS))
def test_concurrent_changes_at_distinct_times_end_in_the_latest(service, sender, round_number):
    base = a_second_ago(minutes=5)
    seconds = list(permutations(range(1, 5)))[round_number * 4]  # a different order of times in every round
    kinds = [(True, True), (True, False), (False, True), (False, False)]
    requests = [Request(by_api, opted_out, base + timedelta(seconds=offset))
                for (by_api, opted_out), offset in zip(kinds, seconds, strict=True)]
    recipient = f"+1425555{round_number:04d}"
    race(service, sender, recipient, requests)
    assert_latest_wins_and_history_agrees(service, sender, recipient, requests)


@pytest.mark.parametrize("round_number", range(ROUNDS // 2))
def test_concurrent_changes_at_the_same_time_end_opted_out(service, sender, round_number):
    at = a_second_ago(minutes=5)
    requests = [Request(by_api, opted_out, at) for by_api in (True, False) for opted_out in (True, False)]
    recipient = f"+1425556{round_number:04d}"
    race(service, sender, recipient, requests)
    assert_latest_wins_and_history_agrees(service, sender, recipient, requests)


@pytest.mark.parametrize("action, keyword_opts_out", [("remove", True), ("add", False)])
def test_a_request_signed_before_a_keyword_loses_to_it_whenever_it_arrives(service, sender, action, keyword_opts_out):
    """A remove held back past a STOP (or an add past a START) is refused for that recipient, and says why."""
    recipient = f"+1425555700{int(keyword_opts_out)}"
    signed_at = a_second_ago(minutes=3)
    send(service, sender, recipient, Request(by_api=False, opted_out=keyword_opts_out,
                                             at=signed_at + timedelta(minutes=1)))
    [item] = api_change(service, action, sender, recipient, signed_at).json()["value"]
    assert item["httpStatusCode"] == 409 and "latest change wins" in item["errorMessage"]
    assert state_and_history(service, sender, recipient)[0] is keyword_opts_out


def signed_once(service, action: str, sender: str, recipient: str, signed_at: datetime):
    """One signed request, to be sent byte for byte as often as wanted, as an eavesdropper could."""
    body = f'{{"from": "{sender}", "recipients": [{{"to": "{recipient}"}}]}}'.encode()
    target = f"/sms/optouts:{action}?api-version={OPTOUT_API_VERSION}"
    headers = {**sign_request("POST", service.base_url + target, body, PRIMARY_KEY, now=signed_at),
               "Content-Type": "application/json"}
    return lambda: service.request("POST", target, body, headers)


def test_a_replayed_remove_cannot_undo_a_later_stop(service, sender):
    recipient = "+14255557003"
    signed_at = a_second_ago(minutes=3)
    api_change(service, "add", sender, recipient, signed_at - timedelta(seconds=1))
    remove = signed_once(service, "remove", sender, recipient, signed_at)
    assert remove().json()["value"][0]["httpStatusCode"] == 200
    send(service, sender, recipient, Request(by_api=False, opted_out=True, at=signed_at + timedelta(minutes=1)))

    [item] = remove().json()["value"]
    assert item["httpStatusCode"] == 409 and "latest change wins" in item["errorMessage"]
    opted_out, history = state_and_history(service, sender, recipient)
    assert opted_out is True
    assert [(r["source"], r["action"], r["outcome"]) for r in history] == [
        ("keyword", "opt_out", "changed"), ("api", "opt_in", "changed"), ("api", "opt_out", "changed")]


def test_an_exact_repeat_changes_and_records_nothing_but_a_new_signature_is_a_new_request(service, sender):
    """Two identical requests signed in the same second are one request: an SDK sending the same add twice within
    a second cannot be told from a replay, and is answered as an idempotent add is."""
    recipient = "+14255557004"
    signed_at = a_second_ago(minutes=2)
    add = signed_once(service, "add", sender, recipient, signed_at)
    for reply in (add(), add()):
        assert reply.json() == {"value": [{"to": recipient, "httpStatusCode": 200}]}
    # An SDK's retry signs again: a new date, a new request, applied (and recorded) as any other.
    assert api_change(service, "add", sender, recipient, signed_at + timedelta(seconds=1)).status == 200
    opted_out, history = state_and_history(service, sender, recipient)
    assert opted_out is True
    assert [r["outcome"] for r in history] == ["already_in_state", "changed"]


async def test_a_client_clock_behind_ours_makes_its_changes_within_one_second_simultaneous(tables):
    """Its add and remove signed in one second both arrive after that second ends: both count as made at its end,
    and the opt-out wins the tie (docs/decisions.md)."""
    signed_at = a_second_ago(minutes=0)
    api = OptOutApi(OptOutStore(tables),
                    Authenticator(HmacVerifier([PRIMARY_KEY], clock=lambda: signed_at + timedelta(seconds=2))))

    async def status(action: str) -> int:
        url = f"http://127.0.0.1:7071/sms/optouts:{action}?api-version={OPTOUT_API_VERSION}"
        body = json.dumps({"from": "+18005550100", "recipients": [{"to": "+14255557010"}]}).encode()
        headers = {**sign_request("POST", url, body, PRIMARY_KEY, now=signed_at), "Host": "127.0.0.1:7071"}
        result = await api.handle(OptOutAction(action), HttpRequestData.create("POST", url, headers.items(), body))
        return json.loads(result.body)["value"][0]["httpStatusCode"]

    assert [await status("add"), await status("remove")] == [200, 409]
