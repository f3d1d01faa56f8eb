"""The numbers of the per-request limits, in one place, so the endpoint and its tests agree on them.

Every other module of :mod:`app.limits` takes its numbers from a :class:`QueryLimits`; none hard-codes one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

from strawberry.schema.config import BatchingConfig

from resolvers.pagination import DEFAULT_PAGE_SIZE

DEFAULT_COST_BUDGET: Final = 30_000
"""The most a single operation may cost (see :func:`app.limits.cost.query_cost`).

Why 30,000: the reference page of the property-manager portal, ``customers(first: 1) → properties(first: 40)
→ jobs(first: 10) → invoices(first: 5)`` with 5 scalars per node through ``edges { node { … } }``, costs
17,529 (see the tests). With ``pageInfo { hasNextPage endCursor }`` on all four connections it costs 24,852,
still inside. Doubling any list of that page (``properties(first: 80)``: 35,049) is refused. The cost is an
upper bound on the number of fields resolved, so 30,000 also bounds the work one request can ask for to
about what the largest legitimate screen needs. Every document the portal sends is priced on the real
schema in ``tests/app/test_query_cost.py`` (the heaviest, a list page of 100 rows, costs under 3,000).
"""

SIGN_IN_FIELDS: Final = frozenset({"signIn", "requestLoginCode"})
"""Root mutation fields that check or send a login code: one per document, so aliases can't multiply tries."""

MAX_BATCH_OPERATIONS: Final = 5
BATCHING_CONFIG: Final[BatchingConfig] = {"max_operations": MAX_BATCH_OPERATIONS}
"""For ``StrawberryConfig(batching_config=...)`` if batching is ever turned on (it is off)."""


@dataclass(frozen=True, slots=True)
class QueryLimits:
    """Every number of the per-request limits (defaults are the endpoint's)."""

    max_depth: int = 15
    max_aliases: int = 15
    max_tokens: int = 2_000
    """Lexical tokens (punctuation, names, values); comments are limited by ``max_comments``."""
    max_comments: int = 200
    max_source_length: int = 100_000
    """Characters of the query text (long text belongs in variables)."""
    max_operations: int = MAX_BATCH_OPERATIONS
    """Operation definitions in one document."""
    max_directives: int = 50
    max_field_repeats: int = 50
    max_validation_errors: int = 5
    """Validation stops after this many errors and says so in one more; a client fixes the first few anyway,
    and a document built to produce many errors (graphql-cop's directive overloading) gets few back."""
    cost_budget: int = DEFAULT_COST_BUDGET
    default_page_size: int = DEFAULT_PAGE_SIZE
    page_arguments: tuple[str, ...] = ("first", "last")
    sign_in_fields: frozenset[str] = field(default=SIGN_IN_FIELDS)
    max_sign_in_fields: int = 1
