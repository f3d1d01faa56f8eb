"""the office's customer search finds addresses, phones typed in part and e-mails typed in part

`customer.search_text` and `property.search_text` are generated columns holding, lower-cased in one string, what
the office types into the customer search besides a name: the billing address and the e-mails and E.164 phones of
a customer, the address of a property. A trigram GIN index on each answers `LIKE '%…%'` (a city, a street, a postal
code, the digits of a phone in any format, part of an e-mail) without reading every row. `crm_search_text` is the
one function both columns use: `array_to_string` is only STABLE, and a generated column needs an IMMUTABLE
expression (joining text is immutable in fact).

Revision ID: 0006_customer_search
Revises: 0005_saved_cards_reviews
Create Date: 2026-12-03 12:45:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0006_customer_search'
down_revision: str | None = '0005_saved_cards_reviews'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute(
        "CREATE FUNCTION crm_search_text(parts text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE "
        "AS $$ SELECT lower(array_to_string(parts, ' ')) $$"
    )
    op.execute(
        "ALTER TABLE customer ADD COLUMN search_text text GENERATED ALWAYS AS (crm_search_text("
        "ARRAY[billing_address_line1, billing_address_line2, billing_city, billing_region, billing_postal_code]"
        "::text[] || emails || phones)) STORED"
    )
    op.execute(
        "ALTER TABLE property ADD COLUMN search_text text GENERATED ALWAYS AS (crm_search_text("
        "ARRAY[address_line1, address_line2, city, region, postal_code]::text[])) STORED"
    )
    op.execute("CREATE INDEX ix_customer_search_text_trgm ON customer USING gin (search_text gin_trgm_ops)")
    op.execute("CREATE INDEX ix_property_search_text_trgm ON property USING gin (search_text gin_trgm_ops)")


def downgrade() -> None:
    op.execute("DROP INDEX ix_property_search_text_trgm")
    op.execute("DROP INDEX ix_customer_search_text_trgm")
    op.execute("ALTER TABLE property DROP COLUMN search_text")
    op.execute("ALTER TABLE customer DROP COLUMN search_text")
    op.execute("DROP FUNCTION crm_search_text(text[])")
