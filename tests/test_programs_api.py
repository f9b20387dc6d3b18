"""Program briefs over HTTP (`PUT`/`GET`/`DELETE /sms/programs/{sender}`) through the dev host serving
function_app.py, and what a brief does to inbound SMS: matching, extra keywords, replies."""

import json
import uuid
from datetime import datetime, timedelta
from urllib.parse import quote

import pytest

from conftest import PRIMARY_KEY
from optout_core.auth import AccessKey, sign_request
from optout_core.keywords import Intent, classify
from optout_core.programs import DEFAULT_REPLIES
from test_inbound_sms import deliver, opted_out, replies, sms_event
from test_races import a_second_ago

FULL_BRIEF = {
    "programName": "Acme Deals",
    "helpContact": "help@acme.example or 1-800-555-0100",
    "matching": "leading",
    "repliesEnabled": True,
    "defaultLanguage": "fr",
    "replies": {
        "en": {"optOut": "Acme: you are out. Text START to come back.",
               "optIn": "Acme: welcome back. Text STOP to leave, HELP for help.",
               "help": "Acme: help at help@acme.example. Text STOP to leave."},
        "fr": {"optOut": "Acme : vous êtes désinscrit. Envoyez START pour revenir.",
               "optIn": "Acme : vous êtes de retour. Envoyez ARRET pour partir.",
               "help": "Acme : aide à help@acme.example. Envoyez ARRET pour partir."},
    },
    "keywords": {"optOut": ["PAUSE ALERTS", "enough acme"], "optIn": ["ACME ON"], "help": ["SUPPORT"]},
}


def program_path(sender: str) -> str:
    return "/sms/programs/" + quote(sender, safe="")


def put(service, sender, brief):
    return service.signed("PUT", program_path(sender), brief)


def get(service, sender):
    return service.signed("GET", program_path(sender))


def delete(service, sender):
    return service.signed("DELETE", program_path(sender))


def assert_acs_error(reply, status: int, code: str) -> dict:
    assert reply.status == status, reply.body
    assert reply.headers["content-type"].startswith("application/json")
    body = reply.json()
    assert set(body) == {"error"}
    error = body["error"]
    assert error["code"] == code
    assert isinstance(error["message"], str) and error["message"]
    assert "Traceback" not in error["message"]
    return error


def assert_stored(service, sender, brief):
    reply = get(service, sender)
    assert reply.status == 200, reply.body
    assert reply.json() == brief


@pytest.fixture
def recipient() -> str:
    return f"+1425{uuid.uuid4().int % 10**7:07d}"


def alphanumeric_sender() -> str:
    return f"Co{uuid.uuid4().hex[:9]}"  # 11 characters, letters among them, unique per test


# 1. The round trip.

def test_put_get_delete_round_trip(service, sender):
    reply = put(service, sender, FULL_BRIEF)
    assert reply.status == 200, reply.body
    assert reply.headers["content-type"].startswith("application/json")
    assert reply.json() == FULL_BRIEF

    assert_stored(service, sender, FULL_BRIEF)

    reply = delete(service, sender)
    assert reply.status == 204, reply.body
    assert reply.body == b""

    error = assert_acs_error(get(service, sender), 404, "ProgramNotFound")
    assert set(error) <= {"code", "message", "target"}

    again = delete(service, sender)
    assert again.status == 204, again.body
    assert_acs_error(get(service, sender), 404, "ProgramNotFound")


def test_get_of_a_sender_never_briefed_is_404(service, sender):
    assert_acs_error(get(service, sender), 404, "ProgramNotFound")


def test_a_partial_brief_is_stored_with_the_defaults_filled_in(service, sender):
    reply = put(service, sender, {"programName": "Acme"})
    expected = {"programName": "Acme", "matching": "intent", "repliesEnabled": True, "defaultLanguage": "en",
                "replies": {}, "keywords": {"optOut": [], "optIn": [], "help": []}}
    assert reply.status == 200 and reply.json() == expected
    assert_stored(service, sender, expected)


def test_put_replaces_the_whole_brief(service, sender):
    put(service, sender, FULL_BRIEF)
    reply = put(service, sender, {"repliesEnabled": False})
    assert reply.status == 200, reply.body
    stored = get(service, sender).json()
    assert stored["repliesEnabled"] is False
    assert "programName" not in stored and "helpContact" not in stored
    assert stored["replies"] == {} and stored["keywords"] == {"optOut": [], "optIn": [], "help": []}


def test_briefs_of_different_senders_are_separate(service, sender):
    other = f"+1800{uuid.uuid4().int % 10**7:07d}"
    put(service, sender, FULL_BRIEF)
    assert_acs_error(get(service, other), 404, "ProgramNotFound")
    delete(service, other)
    assert_stored(service, sender, FULL_BRIEF)


# 2. The sender in the path.

def test_a_formatted_number_in_the_path_is_the_e164_sender(service, sender):
    formatted = f"{sender[:2]} ({sender[2:5]}) {sender[5:8]}-{sender[8:]}"  # +1 (800) 555-0123
    path = program_path(formatted)
    assert "%2B1%20%28800%29%20" in path
    reply = service.signed("PUT", path, FULL_BRIEF)
    assert reply.status == 200, reply.body
    assert_stored(service, sender, FULL_BRIEF)

    assert delete(service, sender).status == 204
    assert_acs_error(service.signed("GET", path), 404, "ProgramNotFound")


def test_an_alphanumeric_sender_id_is_case_insensitive(service):
    mixed = alphanumeric_sender()
    assert put(service, mixed, FULL_BRIEF).status == 200
    assert_stored(service, mixed.upper(), FULL_BRIEF)
    assert_stored(service, mixed.lower(), FULL_BRIEF)

    assert delete(service, mixed.lower()).status == 204
    assert_acs_error(get(service, mixed), 404, "ProgramNotFound")


@pytest.mark.parametrize("bad_sender", ["+123", "+1800FLOWERS", "12", "ThisIsTooLongAnId", "Contoso!"])
@pytest.mark.parametrize("method", ["PUT", "GET", "DELETE"])
def test_an_unusable_sender_is_400_with_target_from(service, method, bad_sender):
    reply = service.signed(method, program_path(bad_sender), FULL_BRIEF if method == "PUT" else b"")
    error = assert_acs_error(reply, 400, "BadRequest")
    assert error["target"] == "from"


# 3. Validation: a refused PUT leaves the stored brief as it was.

INVALID_BODIES = {
    "unknown field": json.dumps({**FULL_BRIEF, "programNmae": "typo"}).encode(),
    "unknown nested field": json.dumps({"replies": {"en": {"optOut": "x", "stop": "y"}}}).encode(),
    "matching not a string": json.dumps({"matching": 5}).encode(),
    "unknown matching mode": json.dumps({"matching": "fuzzy"}).encode(),
    "repliesEnabled as a string": json.dumps({"repliesEnabled": "false"}).encode(),
    "reply over 320 characters": json.dumps({"replies": {"en": {"optOut": "x" * 321}}}).encode(),
    "empty reply": json.dumps({"replies": {"en": {"help": ""}}}).encode(),
    "reply language of three letters": json.dumps({"replies": {"eng": {"optOut": "Out."}}}).encode(),
    "reply language in upper case": json.dumps({"replies": {"EN": {"optOut": "Out."}}}).encode(),
    "reply language not letters": json.dumps({"replies": {"e1": {"optOut": "Out."}}}).encode(),
    "default language not a code": json.dumps({"defaultLanguage": "english"}).encode(),
    "keywords not a list": json.dumps({"keywords": {"optOut": "PAUSE"}}).encode(),
    "too many extra keywords": json.dumps({"keywords": {"help": [f"word{n}" for n in range(51)]}}).encode(),
    "program name too long": json.dumps({"programName": "x" * 61}).encode(),
    # A brief must never turn a way of saying stop into anything else.
    "STOP as an opt-in keyword": json.dumps({"keywords": {"optIn": ["STOP"]}}).encode(),
    "unsubscribe as a help keyword": json.dumps({"keywords": {"help": ["Unsubscribe!"]}}).encode(),
    "a revocation as an opt-in keyword": json.dumps({"keywords": {"optIn": ["please stop texting me"]}}).encode(),
    "a keyword over 64 characters": json.dumps({"keywords": {"optOut": ["x" * 65]}}).encode(),
    "replies in eleven languages": json.dumps({"replies": {f"{a}{b}": {"optOut": "Out."} for a, b in zip(
        "abcdefghijk", "abcdefghijk", strict=True)}}).encode(),
    "not an object": b'["programName"]',
    "malformed JSON": b'{"programName": "Acme",',
    "empty body": b"",
    "non-UTF-8 body": b'{"programName": "Acme \xff\xfe"}',
}


@pytest.mark.parametrize("case", INVALID_BODIES)
def test_an_invalid_brief_is_400_and_changes_nothing(service, sender, case):
    assert put(service, sender, FULL_BRIEF).status == 200
    reply = service.signed("PUT", program_path(sender), INVALID_BODIES[case])
    assert_acs_error(reply, 400, "BadRequest")
    assert_stored(service, sender, FULL_BRIEF)


def test_limits_are_inclusive(service, sender):
    brief = {"programName": "x" * 60, "helpContact": "y" * 80,
             "replies": {"en": {"optOut": "z" * 320}}, "keywords": {"help": [f"word{n}" for n in range(50)]}}
    reply = put(service, sender, brief)
    assert reply.status == 200, reply.body
    stored = get(service, sender).json()
    assert stored["replies"]["en"]["optOut"] == "z" * 320 and len(stored["keywords"]["help"]) == 50


def test_an_invalid_brief_for_a_sender_without_one_stores_nothing(service, sender):
    assert_acs_error(put(service, sender, {"matching": "fuzzy"}), 400, "BadRequest")
    assert_acs_error(get(service, sender), 404, "ProgramNotFound")


# 4. Authentication.

UNKNOWN_KEY = AccessKey("unknown", b"not-a-key-of-this-service-0123456")


@pytest.mark.parametrize("method", ["PUT", "GET", "DELETE"])
def test_unsigned_requests_are_401_and_change_nothing(service, sender, method):
    assert put(service, sender, FULL_BRIEF).status == 200
    body = json.dumps({"repliesEnabled": False}) if method == "PUT" else None
    reply = service.request(method, program_path(sender), body, {"Content-Type": "application/json"})
    assert_acs_error(reply, 401, "Unauthorized")
    assert_stored(service, sender, FULL_BRIEF)


@pytest.mark.parametrize("method", ["PUT", "GET", "DELETE"])
def test_requests_signed_with_an_unknown_key_are_401_and_change_nothing(service, sender, method):
    assert put(service, sender, FULL_BRIEF).status == 200
    body = {"repliesEnabled": False} if method == "PUT" else b""
    reply = service.signed(method, program_path(sender), body, key=UNKNOWN_KEY)
    assert_acs_error(reply, 401, "Unauthorized")
    assert_stored(service, sender, FULL_BRIEF)


def test_a_body_other_than_the_one_signed_is_401(service, sender):
    assert put(service, sender, FULL_BRIEF).status == 200
    path = program_path(sender)
    headers = sign_request("PUT", service.base_url + path, json.dumps(FULL_BRIEF).encode(),
                           PRIMARY_KEY)
    headers["Content-Type"] = "application/json"
    reply = service.request("PUT", path, {"repliesEnabled": False}, headers)
    assert_acs_error(reply, 401, "Denied")
    assert_stored(service, sender, FULL_BRIEF)


# 5. Replays: a brief counts from its signed date; a captured request sent again cannot undo a later write.

def signed_once(service, method: str, sender: str, brief: dict | None, signed_at: datetime):
    """One signed PUT or DELETE, to be sent byte for byte as often as wanted, as an eavesdropper could."""
    body = json.dumps(brief).encode() if brief is not None else b""
    path = program_path(sender)
    headers = {**sign_request(method, service.base_url + path, body, PRIMARY_KEY, now=signed_at),
               "Content-Type": "application/json"}
    return lambda: service.request(method, path, body, headers)


def test_a_replayed_put_cannot_restore_an_older_brief(service, sender):
    signed_at = a_second_ago(minutes=3)
    put_a = signed_once(service, "PUT", sender, FULL_BRIEF, signed_at)
    assert put_a().status == 200
    put_b = service.signed("PUT", program_path(sender), {"programName": "Acme B"}, now=signed_at + timedelta(minutes=1))
    assert put_b.status == 200
    assert_acs_error(put_a(), 409, "ProgramSuperseded")
    assert_stored(service, sender, put_b.json())


def test_a_replayed_delete_cannot_remove_a_later_brief_nor_a_replayed_put_undo_a_delete(service, sender):
    signed_at = a_second_ago(minutes=3)
    delete_first = signed_once(service, "DELETE", sender, None, signed_at)
    assert delete_first().status == 204
    put_later = signed_once(service, "PUT", sender, FULL_BRIEF, signed_at + timedelta(minutes=1))
    assert put_later().status == 200
    assert_acs_error(delete_first(), 409, "ProgramSuperseded")
    assert_stored(service, sender, FULL_BRIEF)
    assert service.signed("DELETE", program_path(sender), now=signed_at + timedelta(minutes=2)).status == 204
    assert_acs_error(put_later(), 409, "ProgramSuperseded")
    assert_acs_error(get(service, sender), 404, "ProgramNotFound")


def test_an_exact_repeat_is_a_no_op_even_within_the_same_second(service, sender):
    signed_at = a_second_ago(minutes=2)
    put_a = signed_once(service, "PUT", sender, FULL_BRIEF, signed_at)
    assert put_a().status == 200 and put_a().status == 200  # the same request again: answered, nothing written
    assert_stored(service, sender, FULL_BRIEF)
    put_b = service.signed("PUT", program_path(sender), {"programName": "Acme B"}, now=signed_at)  # same second
    assert put_b.status == 200
    assert_acs_error(put_a(), 409, "ProgramSuperseded")  # A's repeat arrives after B: B stays
    assert_stored(service, sender, put_b.json())


# 6. What a brief does to inbound SMS.

def test_a_custom_opt_out_reply_is_sent(service, acs, sender, recipient):
    text = "Acme: you are out. Text START to come back."
    put(service, sender, {"replies": {"en": {"optOut": text}}})
    assert deliver(service, [sms_event(sender, recipient, "STOP")]).status == 202
    assert opted_out(service, sender, recipient)
    assert replies(acs, sender, recipient) == [text]


def test_a_custom_french_reply_is_used_for_arret(service, acs, sender, recipient):
    french = "Acme : vous êtes désinscrit. Envoyez START pour revenir."
    put(service, sender, {"replies": {"en": {"optOut": "Acme: you are out."}, "fr": {"optOut": french}}})
    assert deliver(service, [sms_event(sender, recipient, "ARRÊT")]).status == 202
    assert opted_out(service, sender, recipient)
    assert replies(acs, sender, recipient) == [french]


def test_without_a_custom_reply_the_defaults_carry_program_name_and_help_contact(service, acs, sender):
    contact = "help@acme.example"
    custom_stop = "Acme: you are out."
    put(service, sender, {"programName": "Acme Deals", "helpContact": contact,
                          "replies": {"en": {"optOut": custom_stop}}})
    english, spanish, german = "+14255557001", "+14255557002", "+14255557003"
    deliver(service, [sms_event(sender, english, "HELP"), sms_event(sender, spanish, "AYUDA"),
                      sms_event(sender, german, "STOPP")])
    deliver(service, [sms_event(sender, english, "STOP", seconds=5)])

    help_reply, stop_reply = replies(acs, sender, english)
    assert help_reply == DEFAULT_REPLIES["en"][Intent.HELP].format(program="Acme Deals",
                                                                   contact=f"Help: {contact}. ")
    assert help_reply.startswith("Acme Deals:") and contact in help_reply
    assert stop_reply == custom_stop  # the custom reply where there is one

    [spanish_help] = replies(acs, sender, spanish)
    assert spanish_help.startswith("Acme Deals:") and contact in spanish_help and "Responda" in spanish_help
    [german_stop] = replies(acs, sender, german)
    assert german_stop.startswith("Acme Deals:") and "abgemeldet" in german_stop
    assert "Contoso Alerts" not in help_reply + spanish_help + german_stop


def test_without_a_help_contact_the_help_reply_names_the_default_one(service, acs, sender, recipient):
    put(service, sender, {"programName": "Acme Deals"})
    deliver(service, [sms_event(sender, recipient, "HELP")])
    [help_reply] = replies(acs, sender, recipient)
    assert help_reply == DEFAULT_REPLIES["en"][Intent.HELP].format(
        program="Acme Deals", contact=f"Help: {service.environment['OPTOUT_DEFAULT_HELP_CONTACT']}. ")


def test_with_replies_disabled_stop_opts_out_and_nothing_is_sent(service, acs, sender, recipient):
    put(service, sender, {"repliesEnabled": False, "replies": {"en": {"optOut": "should never be sent"}}})
    assert deliver(service, [sms_event(sender, recipient, "STOP", seconds=0),
                             sms_event(sender, recipient, "HELP", seconds=5)]).status == 202
    assert opted_out(service, sender, recipient)
    assert deliver(service, [sms_event(sender, recipient, "START", seconds=10)]).status == 202
    assert not opted_out(service, sender, recipient)
    assert replies(acs, sender, recipient) == []


def test_exact_matching_opts_out_only_on_the_bare_keyword(service, acs, sender, recipient):
    assert classify("stop please").intent is Intent.OPT_OUT  # the default (intent) matching would opt out
    put(service, sender, {"matching": "exact"})
    deliver(service, [sms_event(sender, recipient, "stop please", seconds=0)])
    assert not opted_out(service, sender, recipient)
    assert replies(acs, sender, recipient) == []

    deliver(service, [sms_event(sender, recipient, "STOP", seconds=10)])
    assert opted_out(service, sender, recipient)
    assert len(replies(acs, sender, recipient)) == 1


def test_an_extra_opt_out_keyword_opts_out(service, acs, sender, recipient):
    # Not "HALT NOW": the defaults already read that as the German HALT with filler.
    assert classify("ZIP IT").intent is Intent.NONE
    deliver(service, [sms_event(sender, recipient, "ZIP IT", seconds=0)])
    assert not opted_out(service, sender, recipient)  # without the brief, nothing

    put(service, sender, {"keywords": {"optOut": ["Zip it"]}})
    deliver(service, [sms_event(sender, recipient, "ZIP IT", seconds=10)])
    assert opted_out(service, sender, recipient)
    assert replies(acs, sender, recipient) == [
        DEFAULT_REPLIES["en"][Intent.OPT_OUT].format(program="Contoso Alerts", contact="")]


def test_an_extra_opt_out_keyword_with_exact_matching(service, sender, recipient):
    put(service, sender, {"matching": "exact", "keywords": {"optOut": ["HALT NOW"]}})
    deliver(service, [sms_event(sender, recipient, "halt now!")])
    assert opted_out(service, sender, recipient)


def test_an_extra_opt_in_keyword_opts_back_in(service, sender, recipient):
    assert classify("ACME ON").intent is Intent.NONE
    put(service, sender, {"keywords": {"optIn": ["ACME ON"]}})
    deliver(service, [sms_event(sender, recipient, "STOP", seconds=0)])
    deliver(service, [sms_event(sender, recipient, "acme on", seconds=10)])
    assert not opted_out(service, sender, recipient)


def test_an_extra_help_keyword_gets_the_help_reply(service, acs, sender, recipient):
    assert classify("CONCIERGE").intent is Intent.NONE
    put(service, sender, {"programName": "Acme Deals", "helpContact": "help@acme.example",
                          "keywords": {"help": ["CONCIERGE"]}})
    deliver(service, [sms_event(sender, recipient, "concierge")])
    assert not opted_out(service, sender, recipient)
    assert replies(acs, sender, recipient) == [
        DEFAULT_REPLIES["en"][Intent.HELP].format(program="Acme Deals", contact="Help: help@acme.example. ")]


def test_extra_keywords_reply_in_the_default_language(service, acs, sender, recipient):
    put(service, sender, {"defaultLanguage": "fr", "keywords": {"help": ["SUPPORT"]},
                          "replies": {"fr": {"help": "Acme : aide ici."}, "en": {"help": "Acme: help here."}}})
    deliver(service, [sms_event(sender, recipient, "SUPPORT")])
    assert replies(acs, sender, recipient) == ["Acme : aide ici."]


def test_after_delete_the_defaults_apply_again(service, acs, sender, recipient):
    put(service, sender, {"programName": "Acme Deals", "matching": "exact",
                          "replies": {"en": {"optOut": "Acme: you are out."}}})
    deliver(service, [sms_event(sender, recipient, "stop please", seconds=0)])
    assert not opted_out(service, sender, recipient)

    assert delete(service, sender).status == 204
    deliver(service, [sms_event(sender, recipient, "stop please", seconds=10)])
    assert opted_out(service, sender, recipient)
    assert replies(acs, sender, recipient) == [
        DEFAULT_REPLIES["en"][Intent.OPT_OUT].format(program="Contoso Alerts", contact="")]


def test_a_brief_applies_to_every_spelling_of_an_alphanumeric_sender(service, acs, recipient):
    mixed = alphanumeric_sender()
    put(service, mixed.lower(), {"replies": {"en": {"optOut": "Acme: you are out."}}})
    deliver(service, [sms_event(mixed, recipient, "STOP")])
    assert opted_out(service, mixed.upper(), recipient)
    assert [sms.message for sms in acs.sent_to(recipient)] == ["Acme: you are out."]


def test_a_put_takes_effect_on_the_next_message(service, acs, sender, recipient):
    deliver(service, [sms_event(sender, recipient, "HELP", seconds=0)])  # caches the defaults
    put(service, sender, {"replies": {"en": {"help": "Acme: help here."}}})
    deliver(service, [sms_event(sender, recipient, "HELP", seconds=10)])
    first, second = replies(acs, sender, recipient)
    assert first.startswith("Contoso Alerts:") and second == "Acme: help here."
