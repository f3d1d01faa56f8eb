"""Search before create: the customers a new (or changed) client may duplicate, and why."""

from __future__ import annotations

from typing import Annotated

import strawberry

from models.problems import Forbidden
from resolvers import customers as rules
from schema.context import Info
from schema.customers import Customer
from schema.errors import access_denied

DuplicateReason = strawberry.enum(
    rules.DuplicateReason,
    description=(
        "Why an existing customer may be the same client. NAME: its display name is the same name however "
        "typed (case, spacing and punctuation ignored); BILLING_NAME: likewise its billing name; EMAIL: it "
        "has one of the e-mail addresses (any case); PHONE: it has one of the phone numbers (any format); "
        "SIMILAR_NAME: a name is close (a typo, a word more or less). The first four are exact matches and "
        "block creating without `confirmNew: true`; SIMILAR_NAME is only shown."
    ),
)


@strawberry.type(description="An existing customer that may be the client being entered, and why.")
class DuplicateCandidate:
    customer: Customer = strawberry.field(description="The existing customer.")
    reasons: list[DuplicateReason] = strawberry.field(  # type: ignore[valid-type]
        description="Why it matched, strongest first (exact reasons before SIMILAR_NAME).")
    score: float = strawberry.field(
        description="How alike, 0 to 1: 1 for an exact match, else the trigram similarity of the closest names.")
    exact: bool = strawberry.field(
        description="An exact match (name, billing name, e-mail or phone): it blocks creating or saving "
                    "unless the input says `confirmNew: true`.")
    archived: bool = strawberry.field(
        description="The customer is archived: reactivate it (status ACTIVE) rather than create a new one.")
    matched_emails: list[str] = strawberry.field(description="The input's e-mail addresses it also has.")
    matched_phones: list[str] = strawberry.field(description="The input's phone numbers (E.164) it also has.")


def candidate(found: rules.DuplicateCandidate) -> DuplicateCandidate:
    return DuplicateCandidate(
        customer=found.customer,  # type: ignore[arg-type]
        reasons=list(found.reasons), score=found.score, exact=found.exact, archived=found.archived,
        matched_emails=list(found.matched_emails), matched_phones=list(found.matched_phones),
    )


def candidates(found: list[rules.DuplicateCandidate]) -> list[DuplicateCandidate]:
    return [candidate(one) for one in found]


async def duplicate_candidates(
    info: Info,
    name: Annotated[str | None, strawberry.argument(description="The display name being typed.")] = None,
    billing_name: Annotated[str | None, strawberry.argument(description="The billing name being typed.")] = None,
    email: Annotated[str | None, strawberry.argument(description="An e-mail address being typed.")] = None,
    phone: Annotated[str | None, strawberry.argument(description="A phone number being typed.")] = None,
) -> list[DuplicateCandidate]:
    viewer = info.context.viewer
    if not viewer.is_office:
        raise access_denied(Forbidden("Only office staff may search for duplicate customers."))
    async with info.context.sessions() as session:
        found = await rules.duplicate_candidates(session, viewer, name=name, billing_name=billing_name,
                                                 email=email, phone=phone)
    return candidates(found)


@strawberry.type
class DuplicateQueries:
    duplicate_candidates: list[DuplicateCandidate] = strawberry.field(
        resolver=duplicate_candidates,
        description=(
            "Search before create: existing customers that may be the client being typed, at most "
            f"{rules.CANDIDATE_LIMIT}. Exact matches (the same name or billing name however typed, an e-mail "
            "in any case, a phone in any format) first, then similar names by score. Merged customers never "
            "appear; archived ones do, marked. Half-typed e-mails and phones are ignored, not refused. "
            "Office only (OWNER, OFFICE)."
        ),
    )
