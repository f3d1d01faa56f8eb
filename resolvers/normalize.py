"""Plain normalisers for what identifies a client: names, e-mail addresses and phone numbers.

Each returns the one form we store and compare, or raises `InvalidValue` with a message for a person.
No database, no GraphQL: the customer rules call these, and so can anything else that takes contact data.
"""

from __future__ import annotations

import re
import unicodedata

import phonenumbers
from email_validator import EmailNotValidError, validate_email

DEFAULT_PHONE_REGION = "US"
"""Numbers typed without a country code are read as this region's (ISO 3166 alpha-2)."""

_SPACES = re.compile(r"\s+")


class InvalidValue(ValueError):
    """A value that cannot be normalised; `str(error)` says what to fix."""


def clean_text(value: str | None) -> str | None:
    """Trimmed, inner runs of whitespace collapsed to one space, Unicode NFC; blank becomes None."""
    if value is None:
        return None
    cleaned = _SPACES.sub(" ", unicodedata.normalize("NFC", value)).strip()
    return cleaned or None


def name_key(value: str | None) -> str | None:
    """The "same name however typed" key: letters and digits only, lower case.

    Mirrors the generated columns `customer.name_key` / `billing_name_key`
    (`lower(regexp_replace(x, '[^[:alnum:]]+', '', 'g'))`) for letters and digits in any script, so
    "ACME, Inc." and "acme inc" share the key "acmeinc". (PostgreSQL also keeps a few combining marks
    that Unicode counts as alphabetic; the duplicate search therefore applies the SQL expression itself
    to the input, and this mirror only decides whether a name has a key at all.)
    """
    if value is None:
        return None
    kept = []
    for char in unicodedata.normalize("NFC", value):
        category = unicodedata.category(char)
        if category[0] == "L" or category in ("Nd", "Nl"):
            # One character in, one out, as PostgreSQL's lower() does ("İ" → "i", no final-sigma rule).
            kept.append(char.lower()[0])
    return "".join(kept)


def normalize_email(value: str) -> str:
    """A syntactically valid e-mail address, lower-cased: "John.Smith@Example.COM" → "john.smith@example.com".

    Deliverability (DNS) is not checked: the office types addresses for clients who may not exist yet.
    """
    text = value.strip()
    if not text:
        raise InvalidValue("The e-mail address is empty. Type one like name@example.com, or remove it.")
    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError as error:
        raise InvalidValue(f"“{text}” is not a valid e-mail address: {error} Type an address like "
                           "name@example.com.") from None
    return result.normalized.lower()


def normalize_phone(value: str, region: str = DEFAULT_PHONE_REGION) -> str:
    """A phone number in E.164: "(555) 010-2030", "555.010.2030" and "+1 555 010 2030" → "+15550102030".

    Numbers without a country code are read as `region`'s. A number is accepted when it has a possible
    length for its country (not whether the exchange is assigned today: numbering plans change faster
    than the metadata, and made-up 555 numbers are common in demos).
    """
    text = value.strip()
    if not text:
        raise InvalidValue("The phone number is empty. Type a number like (555) 010-2030, or remove it.")
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        raise InvalidValue(f"“{text}” is not a phone number. Type a number like (555) 010-2030, or "
                           "+44 20 7946 0000 with its country code.") from None
    reason = phonenumbers.is_possible_number_with_reason(number)
    if reason == phonenumbers.ValidationResult.IS_POSSIBLE_LOCAL_ONLY:
        raise InvalidValue(f"“{text}” is missing its area code. Type the whole number, e.g. (555) 010-2030.")
    if reason != phonenumbers.ValidationResult.IS_POSSIBLE:
        raise InvalidValue(f"“{text}” does not have the right number of digits for a phone number. Check it, "
                           f"and start with + and the country code if it is not a {region} number.")
    if number.extension:
        raise InvalidValue(f"“{text}” has an extension, which a phone number here cannot hold. Enter the "
                           "number without it and put the extension in the notes.")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalize_country(value: str | None) -> str | None:
    """An ISO 3166 alpha-2 country code, upper case ("us" → "US"); blank becomes None."""
    text = clean_text(value)
    if text is None:
        return None
    if len(text) != 2 or not text.isascii() or not text.isalpha():
        raise InvalidValue(f"“{text}” is not a country code. Use the two-letter ISO code, e.g. US or CA.")
    code = text.upper()
    if code not in phonenumbers.SUPPORTED_REGIONS and code not in _NON_PHONE_COUNTRIES:
        raise InvalidValue(f"“{text}” is not a country code. Use the two-letter ISO code, e.g. US or CA.")
    return code


# ISO 3166 countries and territories without a phone numbering plan of their own in libphonenumber.
_NON_PHONE_COUNTRIES = frozenset({"AQ", "BV", "GS", "HM", "PN", "TF", "UM"})
