"""Phone numbers and sender identities: parsing, normalisation, masking.

Policy (docs/decisions.md, "How strictly numbers are validated"): a recipient is
accepted when libphonenumber considers it *possible* for its country (right
length), not only when it is *valid* (in an allocated range). Rejecting a STOP
because the metadata lags a new number range would lose an opt-out, and the ACS
spec's own examples use unallocated +1555... numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers

INVALID_RECIPIENT_MESSAGE = "Invalid recipient phone number format"

# A plus sign, then digits with the separators people type. Letters are refused
# outright: libphonenumber would otherwise read "+1800FLOWERS" as a keypad number.
_PHONE_TEXT = re.compile(r"\+[0-9][0-9 ().\-\u00a0]{1,38}")
_SHORT_CODE = re.compile(r"[0-9]{3,8}")
_ALPHANUMERIC_SENDER = re.compile(r"(?=.*[A-Za-z])[A-Za-z0-9 .&_\-]{1,11}")
_NON_GEOGRAPHIC_REGION = "001"


class InvalidNumberError(ValueError):
    """The text is not a usable phone number or sender identity."""


@dataclass(frozen=True)
class Recipient:
    e164: str
    country: str


@dataclass(frozen=True)
class Sender:
    """A sender as one opt-out list: `key` identifies the list (an E.164 number, a short code or an
    alphanumeric sender ID in upper case)."""

    key: str


def _parse_e164(text: str) -> phonenumbers.PhoneNumber:
    candidate = text.strip()
    if not _PHONE_TEXT.fullmatch(candidate):
        raise InvalidNumberError(INVALID_RECIPIENT_MESSAGE)
    try:
        number = phonenumbers.parse(candidate, None)
    except phonenumbers.NumberParseException as exc:
        raise InvalidNumberError(INVALID_RECIPIENT_MESSAGE) from exc
    if not phonenumbers.is_possible_number(number):
        raise InvalidNumberError(INVALID_RECIPIENT_MESSAGE)
    return number


def parse_recipient(text: str) -> Recipient:
    """Normalise an international number (`+1 (425) 555-0123`) to E.164 with its ISO region."""
    number = _parse_e164(text)
    country = phonenumbers.region_code_for_number(number) or phonenumbers.region_code_for_country_code(
        number.country_code or 0  # always set on a parsed number; 0 is "ZZ", unknown
    )
    return Recipient(
        e164=phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164),
        country=country if country != "ZZ" else _NON_GEOGRAPHIC_REGION,
    )


def region_codes_for_number(e164: str) -> list[str]:
    """Every region that shares the number's calling code (+1: US, CA, and the Caribbean)."""
    return list(phonenumbers.region_codes_for_country_code(phonenumbers.parse(e164, None).country_code or 0))


def parse_sender(text: str) -> Sender:
    """Classify and normalise a sender: an E.164 number, a short code or an alphanumeric sender ID.

    Alphanumeric IDs are compared without regard to case or repeated spaces: a
    recipient who opted out of "Contoso" has opted out of "CONTOSO" too.
    """
    candidate = text.strip()
    if candidate.startswith("+"):
        try:
            return Sender(key=parse_recipient(candidate).e164)
        except InvalidNumberError as exc:
            raise InvalidNumberError("Invalid from phone number format.") from exc
    if _SHORT_CODE.fullmatch(candidate):
        return Sender(key=candidate)
    # ASCII first: upper-casing "ß" or "ﬁ" would otherwise fold a different sender ID into an ASCII one.
    collapsed = " ".join(candidate.upper().split()) if candidate.isascii() else ""
    if _ALPHANUMERIC_SENDER.fullmatch(collapsed):
        return Sender(key=collapsed)
    raise InvalidNumberError(
        "Invalid from: expected an E.164 phone number (+ and digits), a short code (3 to 8 digits) "
        "or an alphanumeric sender ID (1 to 11 letters, digits, spaces or . & _ -, with at least one letter)."
    )


def mask(identity: str) -> str:
    """Hide all but the first two and last two characters, for logs."""
    if len(identity) <= 5:
        return "*" * len(identity)
    return f"{identity[:2]}{'*' * (len(identity) - 4)}{identity[-2:]}"
