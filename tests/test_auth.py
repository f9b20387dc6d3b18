from datetime import UTC, datetime, timedelta

import pytest

from optout_core.auth import AccessKey, AuthenticationError, HmacVerifier, content_hash, sign_request, signature

# The worked example of ../shared/reference/acs-wire-contract.md, section 3.3.
VECTOR_KEY = AccessKey.from_base64("primary", "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=")
VECTOR_TARGET = "/sms/optouts:check?api-version=2026-01-23"
VECTOR_DATE = "Thu, 10 Aug 2023 12:39:55 GMT"
VECTOR_BODY = b'{"from":"+18001234567","recipients":[{"to":"+15555555551"}]}'
VECTOR_NOW = datetime(2023, 8, 10, 12, 39, 55, tzinfo=UTC)
OTHER_KEY = AccessKey("secondary", b"another-key-0123456789abcdefghij")


def vector_headers(host: str, sig: str) -> dict[str, str]:
    return {
        "host": host,
        "x-ms-date": VECTOR_DATE,
        "x-ms-content-sha256": "viBDi+IqdTp3pWssL0Qgei8/LoSXR7bQoR0L/EcQctU=",
        "authorization": f"HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature={sig}",
    }


def verifier(*keys: AccessKey, now: datetime = VECTOR_NOW) -> HmacVerifier:
    return HmacVerifier(keys or (VECTOR_KEY,), clock=lambda: now)


def test_content_hash_matches_the_reference():
    assert content_hash(VECTOR_BODY) == "viBDi+IqdTp3pWssL0Qgei8/LoSXR7bQoR0L/EcQctU="
    assert content_hash(b"") == "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="


@pytest.mark.parametrize("host, expected", [
    ("my-resource.communication.azure.com", "djvqBXbJ8x/7LWVGfIXQ7Pindn/UrmtPM2Dgqhz5AyY="),
    ("localhost:7071", "axXNYylUzH3cQUk/bCOzmkQX3cmZkJwuevkPl9HnV74="),
    ("localhost", "POiCTETnItJ5eXpYjBKxS6rLFsrsgst4ZtKfgDhEo4M="),
])
def test_signature_matches_the_reference_vector(host, expected):
    assert signature(VECTOR_KEY.secret, "POST", VECTOR_TARGET, VECTOR_DATE, host, content_hash(VECTOR_BODY)) == expected


def test_reference_requests_verify():
    url = "https://my-resource.communication.azure.com" + VECTOR_TARGET
    headers = vector_headers("my-resource.communication.azure.com", "djvqBXbJ8x/7LWVGfIXQ7Pindn/UrmtPM2Dgqhz5AyY=")
    assert verifier().verify("POST", url, headers, VECTOR_BODY).key == VECTOR_KEY


def test_host_signed_without_its_port_verifies_as_java_signs_it():
    headers = vector_headers("localhost:7071", "POiCTETnItJ5eXpYjBKxS6rLFsrsgst4ZtKfgDhEo4M=")
    assert verifier().verify("POST", "http://localhost:7071" + VECTOR_TARGET, headers, VECTOR_BODY).key == VECTOR_KEY


def test_either_key_is_accepted_and_reported():
    body = b'{"x":1}'
    url = "http://127.0.0.1:7071/sms/optouts:add?api-version=2026-01-23"
    signed = sign_request("POST", url, body, OTHER_KEY)
    headers = {"host": "127.0.0.1:7071", **{k.lower(): v for k, v in signed.items()}}
    assert HmacVerifier([VECTOR_KEY, OTHER_KEY]).verify("POST", url, headers, body).key == OTHER_KEY
    with pytest.raises(AuthenticationError) as refused:
        HmacVerifier([VECTOR_KEY]).verify("POST", url, headers, body)
    assert refused.value.code == "Unauthorized"


def test_tampered_body_is_denied_with_the_acs_message():
    headers = vector_headers("localhost:7071", "axXNYylUzH3cQUk/bCOzmkQX3cmZkJwuevkPl9HnV74=")
    tampered = VECTOR_BODY.replace(b"5551", b"5552")
    with pytest.raises(AuthenticationError) as refused:
        verifier().verify("POST", "http://localhost:7071" + VECTOR_TARGET, headers, tampered)
    assert (refused.value.code, refused.value.message) == (
        "Denied", "Request 'x-ms-content-sha256' differs from generated content hash.")


@pytest.mark.parametrize("change", [
    {"path": "/sms/optouts:add?api-version=2026-01-23"},      # signed for check, sent to add
    {"path": "/sms/optouts:check?api-version=2025-09-17"},    # query changed
    {"method": "PUT"},
    {"host": "evil.example:7071"},
])
def test_a_signature_covers_method_path_query_and_host(change):
    headers = vector_headers(change.get("host", "localhost:7071"), "axXNYylUzH3cQUk/bCOzmkQX3cmZkJwuevkPl9HnV74=")
    url = "http://localhost:7071" + change.get("path", VECTOR_TARGET)
    with pytest.raises(AuthenticationError):
        verifier().verify(change.get("method", "POST"), url, headers, VECTOR_BODY)


@pytest.mark.parametrize("offset_minutes, accepted", [(-14, True), (14, True), (-16, False), (16, False)])
def test_dates_more_than_15_minutes_off_are_refused(offset_minutes, accepted):
    headers = vector_headers("localhost:7071", "axXNYylUzH3cQUk/bCOzmkQX3cmZkJwuevkPl9HnV74=")
    check = verifier(now=VECTOR_NOW + timedelta(minutes=offset_minutes))
    url = "http://localhost:7071" + VECTOR_TARGET
    if accepted:
        check.verify("POST", url, headers, VECTOR_BODY)
    else:
        with pytest.raises(AuthenticationError, match="15 minutes"):
            check.verify("POST", url, headers, VECTOR_BODY)


@pytest.mark.parametrize("headers", [
    {},
    {"authorization": "Bearer abc"},
    {"authorization": "HMAC-SHA256 SignedHeaders=host&Signature=abc"},
    {"authorization": "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256"},
    {"authorization": "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=abc",
     "x-ms-date": "yesterday"},
    {"authorization": "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=abc",
     "x-ms-date": "Mon, 01 Jan 99999999999999999999 00:00:00 GMT"},
    # A raw byte, as a server decodes it with surrogateescape, in each header that is signed or compared.
    {"authorization": "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=\udcff",
     "x-ms-date": VECTOR_DATE},
    {"authorization": "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=abc",
     "x-ms-date": VECTOR_DATE, "host": "local\udcffhost"},
])
def test_malformed_authorization_is_unauthorized(headers):
    base = {"host": "localhost:7071", "x-ms-content-sha256": content_hash(VECTOR_BODY)}
    with pytest.raises(AuthenticationError) as refused:
        verifier().verify("POST", "http://localhost:7071" + VECTOR_TARGET, {**base, **headers}, VECTOR_BODY)
    assert refused.value.code == "Unauthorized"


def test_legacy_date_signed_requests_verify():
    sig = signature(VECTOR_KEY.secret, "POST", VECTOR_TARGET, VECTOR_DATE, "localhost:7071", content_hash(VECTOR_BODY))
    headers = {"host": "localhost:7071", "date": VECTOR_DATE, "x-ms-content-sha256": content_hash(VECTOR_BODY),
               "authorization": f"HMAC-SHA256 SignedHeaders=date;host;x-ms-content-sha256&Signature={sig}"}
    assert verifier().verify("POST", "http://localhost:7071" + VECTOR_TARGET, headers, VECTOR_BODY).key == VECTOR_KEY


@pytest.mark.parametrize("encoded", ["not base64!", "c2hvcnQ=", "", "c2l4dGVlbiBieXRlIGtleQ=="])
def test_unusable_keys_are_refused_at_configuration(encoded):
    with pytest.raises(ValueError, match="access key"):
        AccessKey.from_base64("primary", encoded)


@pytest.mark.parametrize("arrival, counts_as", [
    (timedelta(milliseconds=300), timedelta(milliseconds=300)),  # in the second it names: as it arrived
    (timedelta(minutes=5), timedelta(seconds=1)),                # held back or replayed: as of its signed second
    (timedelta(minutes=-5), timedelta(minutes=-5)),              # dated ahead by the client's clock: as it arrived
], ids=["on time", "late", "dated ahead"])
def test_a_request_counts_as_made_when_it_arrived_but_never_after_its_signed_second(arrival, counts_as):
    url = "http://localhost:7071" + VECTOR_TARGET
    headers = vector_headers("localhost:7071", "axXNYylUzH3cQUk/bCOzmkQX3cmZkJwuevkPl9HnV74=")
    signed = verifier(now=VECTOR_NOW + arrival).verify("POST", url, headers, VECTOR_BODY)
    assert signed.at == VECTOR_NOW + counts_as
    assert signed.signature == "axXNYylUzH3cQUk/bCOzmkQX3cmZkJwuevkPl9HnV74="
