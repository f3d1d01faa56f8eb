"""Mutations of the billing domain (one function each, registered on the type below)."""

from __future__ import annotations

import strawberry


@strawberry.type
class BillingMutations:
    pass
