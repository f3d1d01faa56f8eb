"""Parsing, validation and the cost computed once per document, not once per request.

A client sends the same few documents over and over (the portal's are fixed at build time), yet every request
used to parse its text, run the cheap rules and the specified validation rules over it and price it: about a
third of the CPU of a small query. :class:`DocumentCache` keeps, per document text (and parse options), the
parsed document and what was decided about it:

* **validation verdicts**, keyed by everything a verdict depends on besides the document: the schema, the
  set of rules (which differs per viewer: in production :class:`~app.limits.introspection.IntrospectionGate`
  adds a rule for viewers who may not introspect, so a staff verdict is never reused for a client), whether
  suggestions are hidden and the error cap. Errors are cached too: an invalid document is refused again without
  being walked again.
* **costs**, keyed by the operation name and the values of the variables that can set a page size (the
  document's "variables shape"): ``first: $n`` with another ``$n`` is priced again, any other variable changes
  nothing in the cost.

What depends on the request itself is not cached and still runs every time: the variables' text and ids
(:class:`schema.input_guard.InputGuard`), variable coercion, the viewer's scopes and field rules. A document
longer than ``max_length`` characters is handled as before and not kept, and at most ``max_documents``
documents are kept (least recently used first out), so unique texts cannot grow memory without bound.
The counters (``parses``, ``validations``, ``costings``) say how often the work was actually done: tests assert
them, never a duration.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Collection, Hashable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from graphql import ArgumentNode, DocumentNode, GraphQLError, VariableNode, Visitor, parse, visit

DEFAULT_MAX_DOCUMENTS: Final = 256
DEFAULT_MAX_LENGTH: Final = 16_384
"""Characters: every document the portal and the office client send is far shorter."""
MAX_COSTS_PER_DOCUMENT: Final = 32
"""Distinct page-size variable values priced per document before its costs are forgotten and start over."""

_PLAIN: Final = (int, str, float, bool, type(None))


@dataclass(eq=False)
class PreparedDocument:
    """A parsed document and what has been decided about it so far."""

    document: DocumentNode
    verdicts: dict[Hashable, list[GraphQLError]] = field(default_factory=dict)
    costs: dict[Hashable, int] = field(default_factory=dict)
    page_variables: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict)


class DocumentCache:
    """Per document text: the parsed document, its validation verdicts and its costs (see the module)."""

    def __init__(self, *, max_documents: int = DEFAULT_MAX_DOCUMENTS, max_length: int = DEFAULT_MAX_LENGTH) -> None:
        self.max_documents = max_documents
        self.max_length = max_length
        self._entries: OrderedDict[Hashable, PreparedDocument] = OrderedDict()
        self._by_document: dict[int, PreparedDocument] = {}
        self.parses = 0
        self.validations = 0
        self.costings = 0

    def __len__(self) -> int:
        return len(self._entries)

    def parse(self, query: str, options: Mapping[str, Any]) -> DocumentNode:
        """The parsed `query`, from the cache when it was parsed before with the same options.

        Raises graphql-core's ``GraphQLError`` for a document that doesn't parse (never cached)."""
        key = (query, tuple(sorted(options.items())))
        entry = self._entries.get(key)
        if entry is not None:
            self._entries.move_to_end(key)
            return entry.document
        document = parse(query, **options)
        self.parses += 1
        if len(query) <= self.max_length:
            entry = PreparedDocument(document)
            self._entries[key] = entry
            self._by_document[id(document)] = entry
            while len(self._entries) > self.max_documents:
                _, evicted = self._entries.popitem(last=False)
                self._by_document.pop(id(evicted.document), None)
        return document

    def entry(self, document: DocumentNode) -> PreparedDocument | None:
        """What is cached for `document` (the very object :meth:`parse` returned), if anything."""
        entry = self._by_document.get(id(document))
        return entry if entry is not None and entry.document is document else None

    def validate(self, document: DocumentNode, key: Hashable,
                 run: Callable[[], list[GraphQLError]]) -> list[GraphQLError]:
        """`run()`'s verdict on `document` under `key` (the rules and options), computed once per key."""
        entry = self.entry(document)
        if entry is not None and key in entry.verdicts:
            return list(entry.verdicts[key])
        self.validations += 1
        errors = run()
        if entry is not None:
            entry.verdicts[key] = list(errors)
        return errors

    def cost(self, document: DocumentNode, key: Hashable, page_arguments: Collection[str],
             variables: Mapping[str, Any] | None, run: Callable[[], int]) -> int:
        """`run()`'s cost of `document`, computed once per `key` (the operation) and page-size variable values.

        Variables with values other than plain scalars are priced every time (they fail coercion later)."""
        entry = self.entry(document)
        shape = self._shape(entry, page_arguments, variables) if entry is not None else None
        if entry is None or shape is None:
            self.costings += 1
            return run()
        full_key = (key, shape)
        if full_key not in entry.costs:
            if len(entry.costs) >= MAX_COSTS_PER_DOCUMENT:
                entry.costs.clear()
            self.costings += 1
            entry.costs[full_key] = run()
        return entry.costs[full_key]

    @staticmethod
    def _shape(entry: PreparedDocument, page_arguments: Collection[str],
               variables: Mapping[str, Any] | None) -> Hashable | None:
        arguments = tuple(sorted(page_arguments))
        names = entry.page_variables.get(arguments)
        if names is None:
            names = entry.page_variables[arguments] = page_variables(entry.document, arguments)
        values = variables or {}
        shape: list[tuple[str, str, Any]] = []
        for name in sorted(names):
            if name not in values:  # the document's default then, not the schema's as for an explicit null
                shape.append((name, "missing", None))
                continue
            value = values[name]
            if not isinstance(value, _PLAIN):
                return None
            shape.append((name, type(value).__name__, value))  # True and 1 are equal keys, not equal sizes
        return tuple(shape)


def page_variables(document: DocumentNode, page_arguments: Collection[str]) -> frozenset[str]:
    """The variables passed to an argument named like a page size (``first: $n``) anywhere in `document`."""
    names: set[str] = set()

    class Collect(Visitor):
        def enter_argument(self, node: ArgumentNode, *_args: Any) -> None:
            if node.name.value in page_arguments and isinstance(node.value, VariableNode):
                names.add(node.value.name.value)

    visit(document, Collect())
    return frozenset(names)
