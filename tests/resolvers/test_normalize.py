"""The normalisers behind "the same client however typed": e-mails, phones, name keys."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from models import Customer
from resolvers.normalize import (
    InvalidValue,
    clean_text,
    name_key,
    normalize_country,
    normalize_email,
    normalize_phone,
)


@pytest.mark.parametrize("typed", [
    "(555) 010-2030", "555.010.2030", "+1 555 010 2030", "5550102030", "555-010-2030", "1-555-010-2030",
    "+1 (555) 010-2030", "  555 010 2030  ", "+15550102030", "555 010 2030",
])
def test_every_way_of_typing_a_us_number_gives_the_same_e164(typed: str) -> None:
    assert normalize_phone(typed) == "+15550102030"


def test_a_number_with_its_country_code_keeps_its_country() -> None:
    assert normalize_phone("+44 20 7946 0000") == "+442079460000"
    assert normalize_phone("020 7946 0000", region="GB") == "+442079460000"


@pytest.mark.parametrize(("typed", "says"), [
    ("", "empty"),
    ("   ", "empty"),
    ("abc", "not a phone number"),
    ("12", "number of digits"),
    ("+1 555 010 20301", "number of digits"),
    ("555-0102", "area code"),
    ("555 010 2030 ext 4", "extension"),
    ("+999 1234567", "not a phone number"),
])
def test_a_phone_that_is_not_a_whole_number_is_refused_with_a_reason(typed: str, says: str) -> None:
    with pytest.raises(InvalidValue, match=says):
        normalize_phone(typed)


@pytest.mark.parametrize(("typed", "stored"), [
    ("John.Smith@Example.COM", "john.smith@example.com"),
    ("  ana@example.com ", "ana@example.com"),
    ("OFFICE+invoices@Sparkle.CO.uk", "office+invoices@sparkle.co.uk"),
    ("Ülrich@Bücher.DE", "ülrich@bücher.de"),
])
def test_emails_are_validated_and_lower_cased(typed: str, stored: str) -> None:
    assert normalize_email(typed) == stored


@pytest.mark.parametrize("typed", ["", "no-at-sign", "a@b", "a@@example.com", "a b@example.com", "x@localhost",
                                   "john@example..com"])
def test_a_malformed_email_is_refused_with_a_reason(typed: str) -> None:
    with pytest.raises(InvalidValue, match="e-mail address"):
        normalize_email(typed)


@pytest.mark.parametrize(("one", "other"), [
    ("ACME, Inc.", "acme inc"),
    ("  o'brien  cleaning ", "OBrien Cleaning"),
    ("Smith & Sons", "smith-&-sons"),
    ("J.P. Morgan", "JP MORGAN"),
    ("Müller GmbH", "MÜLLER gmbh"),
])
def test_names_typed_differently_share_a_key(one: str, other: str) -> None:
    assert name_key(one) == name_key(other)
    assert name_key(one)


def test_name_key_keeps_only_letters_and_digits_lower_cased() -> None:
    assert name_key("ACME, Inc.") == "acmeinc"
    assert name_key("Unit #12-B") == "unit12b"
    assert name_key("!!! ???") == ""
    assert name_key(None) is None


NAMES = ["ACME, Inc.", "  o'brien  cleaning ", "J.P. Morgan & Co", "Café Ñandú", "Straße 12", "İstanbul Tours",
         "ΣΟΦΙΑ", "日本 清掃", "Unit #12-B", "x²", "Ⅻ Club", "tab\tand\nnewline", "under_score"]


async def test_name_key_mirrors_the_generated_columns(session: AsyncSession) -> None:
    # given customers named in many scripts and punctuations, saved through the database's own key
    rows = [Customer(display_name=name, billing_name=name) for name in NAMES]
    session.add_all(rows)
    await session.flush()

    # when their generated keys are read back
    stored = (await session.execute(
        sa.select(Customer.display_name, Customer.name_key, Customer.billing_name_key)  # type: ignore[call-overload]
        .order_by(Customer.id)
    )).all()

    # then Python's key is the database's key, for both columns
    for display_name, key, billing_key in stored:
        assert name_key(display_name) == key == billing_key, display_name


def test_clean_text_trims_collapses_and_drops_blank() -> None:
    assert clean_text("  o'brien   cleaning \n") == "o'brien cleaning"
    assert clean_text("   ") is None
    assert clean_text(None) is None
    assert clean_text("Cafe\u0301") == "Café"


@pytest.mark.parametrize(("typed", "stored"), [("us", "US"), (" ca ", "CA"), ("", None), (None, None)])
def test_country_codes_are_two_letter_iso(typed: str | None, stored: str | None) -> None:
    assert normalize_country(typed) == stored


@pytest.mark.parametrize("typed", ["USA", "U", "12", "ZZ", "United States"])
def test_a_country_that_is_not_an_iso_code_is_refused(typed: str) -> None:
    with pytest.raises(InvalidValue, match="country code"):
        normalize_country(typed)
