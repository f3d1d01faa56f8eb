"""Mutations of the customers domain (one function each, registered on the type below)."""

from __future__ import annotations

import strawberry


@strawberry.type
class CustomerMutations:
    pass
