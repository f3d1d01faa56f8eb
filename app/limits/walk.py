"""Measuring a document in linear time: each fragment is walked once, however often it is spread.

A document can spread a fragment that spreads the next one twice, sixty times over: expanded naively that is
2**60 selection sets (strawberry's ``MaxAliasesLimiter`` and ``QueryDepthLimiter`` walk it that way). Every
measure here is a fold over selection sets in which a fragment's value is computed once and memoised
(:class:`FragmentFold`), and a fragment spread twice in one selection set counts once, as execution merges
it. The validation rules (:mod:`app.limits.rules`) and the cost (:mod:`app.limits.cost`) are built on it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Iterator
from typing import Any

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    InlineFragmentNode,
    OperationDefinitionNode,
    OperationType,
    SelectionSetNode,
)


def fragments_of(document: DocumentNode) -> dict[str, FragmentDefinitionNode]:
    return {d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)}


def operations_of(document: DocumentNode) -> list[OperationDefinitionNode]:
    return [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]


def selections(selection_set: SelectionSetNode) -> Iterator[FieldNode | InlineFragmentNode | str]:
    """The selections of a selection set, fragment spreads as their name and only the first time each.

    Every walk of this package visits a selection set through this function (one step each), which is what
    the tests count to show the walks are linear.
    """
    seen: set[str] = set()
    for selection in selection_set.selections:
        if isinstance(selection, FragmentSpreadNode):
            name = selection.name.value
            if name not in seen:
                seen.add(name)
                yield name
        elif isinstance(selection, (FieldNode, InlineFragmentNode)):
            yield selection


class FragmentFold:
    """Memoised value of each fragment, for a fold over selection sets (cycles count as nothing)."""

    def __init__(self, document: DocumentNode, fold: Callable[[SelectionSetNode], Any]) -> None:
        self.fragments = fragments_of(document)
        self.fold = fold
        self.memo: dict[str, Any] = {}
        self.in_progress: set[str] = set()

    def get(self, name: str, empty: Any) -> Any:
        if name in self.memo:
            return self.memo[name]
        fragment = self.fragments.get(name)
        if fragment is None or name in self.in_progress:
            return empty
        self.in_progress.add(name)
        try:
            value = self.fold(fragment.selection_set)
        finally:
            self.in_progress.discard(name)
        self.memo[name] = value
        return value


def operation_depths(document: DocumentNode, cap: int) -> dict[OperationDefinitionNode, int]:
    """Depth of each operation, counted like graphql-depth-limit: ``{ a }`` is 0, ``{ a { b } }`` is 1.

    Introspection fields count like any other. Values above ``cap`` are only known to be above it (the walk
    stops there, which also bounds the recursion).
    """

    def depth(selection_set: SelectionSetNode | None, level: int = 0) -> int:
        if selection_set is None:
            return 0
        deepest = 0
        for selection in selections(selection_set):
            if isinstance(selection, str):
                below = fragments.get(selection, 0)
            elif isinstance(selection, InlineFragmentNode):
                below = depth(selection.selection_set, level)
            elif selection.selection_set is None:
                below = 0
            elif level + 1 > cap:
                below = 1
            else:
                below = 1 + depth(selection.selection_set, level + 1)
            deepest = max(deepest, below)
            if level + deepest > cap:
                break
        return deepest

    fragments = FragmentFold(document, depth)
    return {operation: depth(operation.selection_set) for operation in operations_of(document)}


def count_aliases(document: DocumentNode) -> int:
    """Aliased fields in all operations; a fragment counts each time it is spread (once per selection set)."""

    def aliases(selection_set: SelectionSetNode | None) -> int:
        if selection_set is None:
            return 0
        total = 0
        for selection in selections(selection_set):
            if isinstance(selection, str):
                total += fragments.get(selection, 0)
            elif isinstance(selection, InlineFragmentNode):
                total += aliases(selection.selection_set)
            else:
                total += (1 if selection.alias else 0) + aliases(selection.selection_set)
        return total

    fragments = FragmentFold(document, aliases)
    return sum(aliases(operation.selection_set) for operation in operations_of(document))


def most_repeated_field(document: DocumentNode) -> tuple[str, int, FieldNode | None]:
    """The response key selected most often in one selection set (fragments and inline fragments merged)."""

    def keys(selection_set: SelectionSetNode | None) -> Counter[str]:
        counts: Counter[str] = Counter()
        if selection_set is None:
            return counts
        for selection in selections(selection_set):
            if isinstance(selection, str):
                counts.update(fragments.get(selection, Counter()))
            elif isinstance(selection, InlineFragmentNode):
                counts.update(keys(selection.selection_set))
            else:
                counts[(selection.alias or selection.name).value] += 1
        return counts

    fragments = FragmentFold(document, keys)
    worst: tuple[str, int, FieldNode | None] = ("", 0, None)

    def check(selection_set: SelectionSetNode | None, owner: FieldNode | None) -> None:
        nonlocal worst
        if selection_set is None:
            return
        common = keys(selection_set).most_common(1)
        if common and common[0][1] > worst[1]:
            worst = (common[0][0], common[0][1], owner)
        stack = [selection_set]
        while stack:
            for selection in stack.pop().selections:
                if isinstance(selection, FieldNode):
                    check(selection.selection_set, selection)
                elif isinstance(selection, InlineFragmentNode):
                    stack.append(selection.selection_set)

    for definition in document.definitions:
        if isinstance(definition, (OperationDefinitionNode, FragmentDefinitionNode)):
            check(definition.selection_set, None)
    return worst


def count_root_fields(document: DocumentNode, names: Collection[str], operation: OperationType) -> int:
    """How many times fields named ``names`` are selected at the root of the document's ``operation``\\ s."""

    def roots(selection_set: SelectionSetNode | None) -> int:
        if selection_set is None:
            return 0
        total = 0
        for selection in selections(selection_set):
            if isinstance(selection, str):
                total += fragments.get(selection, 0)
            elif isinstance(selection, InlineFragmentNode):
                total += roots(selection.selection_set)
            elif selection.name.value in names:
                total += 1
        return total

    fragments = FragmentFold(document, roots)
    return sum(roots(op.selection_set) for op in operations_of(document) if op.operation == operation)
