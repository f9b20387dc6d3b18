import pytest

from optout_core.numbers import InvalidNumberError, mask, parse_recipient, parse_sender


@pytest.mark.parametrize("text, e164, country", [
    ("+1 (425) 555-0123", "+14255550123", "US"),
    ("+14255550123", "+14255550123", "US"),
    ("  +1.425.555.0123 ", "+14255550123", "US"),
    ("+1 604 555 0123", "+16045550123", "CA"),
    ("+44 20 7946 0000", "+442079460000", "GB"),
    ("+33 6 12 34 56 78", "+33612345678", "FR"),
    # Possible but not allocated, as in the ACS spec's own examples: accepted, country from the calling code.
    ("+15555555551", "+15555555551", "US"),
])
def test_recipients_normalise_to_e164_with_their_region(text, e164, country):
    recipient = parse_recipient(text)
    assert (recipient.e164, recipient.country) == (e164, country)


@pytest.mark.parametrize("text", [
    "+123",                 # too short for any country
    "+1555555555",          # one digit short of a NANP number
    "14255550123",          # no plus: a national number would be silently misread as international
    "+1800FLOWERS",         # letters are not digits, whatever a keypad says
    "+1 425 555 0123 x12",  # extensions are not SMS addresses
    "+999 1234567",         # unassigned country calling code
    "",
    "+",
    "+1" + "2" * 60,
])
def test_unusable_recipients_are_refused(text):
    with pytest.raises(InvalidNumberError, match="Invalid recipient phone number format"):
        parse_recipient(text)


@pytest.mark.parametrize("text, key", [
    ("+1 (800) 555-0100", "+18005550100"),   # a phone number
    ("12345", "12345"),                      # short codes
    ("262966", "262966"),
    ("Contoso", "CONTOSO"),                  # alphanumeric sender IDs, one list whatever the case and spacing
    (" contoso \t Sh ", "CONTOSO SH"),
    ("A&B-Co_1.", "A&B-CO_1."),
])
def test_senders_are_keyed(text, key):
    assert parse_sender(text).key == key


@pytest.mark.parametrize("text", [
    "+123",              # a plus promises a phone number
    "18005550100",       # too long for a short code, no plus for a number
    "12",                # too short for a short code
    "TwelveChars1",      # alphanumeric IDs have at most 11 characters
    "Contoso/Shop",      # '/' is neither allowed in sender IDs nor in Table keys
    "Shop#1", "Who?", "back\\slash", "nul\x00",
    "Contoßo", "ﬁnance", "Contoſo",   # would upper-case into another, ASCII, sender's list
    "",
])
def test_unusable_senders_are_refused(text):
    with pytest.raises(InvalidNumberError):
        parse_sender(text)


def test_masking_keeps_only_the_ends():
    assert mask("+14255550123") == "+1********23"
    assert "4255550" not in mask("+14255550123")
    assert mask("12345") == "*****"
