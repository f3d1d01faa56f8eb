"""The compiled read path: a read-only operation whose whole selection is in `app.compiled.catalog` is answered by
one SQL statement that returns the response's JSON (see `app.compiled.compiler`), spliced into the HTTP response
without being decoded. Anything else, per operation, goes to graphql-core's executor as before.

`CompiledReads` is a schema extension: in ``on_execute`` (after parsing, validation, the cost budget and the
input guard, exactly as for every request) it sets the execution result itself when it can, and strawberry
then skips execution. ``COMPILED_READS=false`` turns it off.
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator, Callable, Hashable
from dataclasses import dataclass, field, replace
from typing import Any, Final

from graphql import ExecutionResult, FragmentDefinitionNode, OperationDefinitionNode, get_operation_ast
from graphql.execution.values import get_variable_values
from sqlalchemy.ext.asyncio import AsyncEngine
from starlette.requests import Request
from strawberry.extensions import SchemaExtension

from app.compiled.compiler import CompilerCaches, NotCompilable, Statement, Unknown, compile_operation
from app.compiled.lru import Lru
from app.database import retry_disconnect

__all__ = ["ANSWERED_BY", "CompiledReads", "RawData", "encode_response", "response_tail", "run_statement", "splice"]

log = logging.getLogger(__name__)
ANSWERED = [0]
"""How many operations this process answered by a compiled statement (tests read it, as the document cache's
counters)."""
ANSWERED_BY: Final = "dop.compiled"
"""The request scope's key for (statement, viewer without session id) when a compiled statement answered it."""
PLANS: Final = 1024
"""Compiled statements kept (least recently used out): a few KiB of SQL text each."""
UNKNOWN_DOCUMENTS: Final = 512
"""Documents remembered as selecting something the compiler does not know (they go straight to the executor)."""


GENERIC_PLANS: Final = "dop.generic_plans"
"""Marks a pooled connection of the autocommit engine on which `plan_cache_mode = force_generic_plan` was set.

A compiled statement is the same text with other values (a search term, an id), prepared by psycopg from its fifth
run on a connection. PostgreSQL would still plan each run for its values while the generic plan looks dearer: the
name search's statement (13 values, nine UNION ALL branches of trigram and key conditions) took ~8 ms to plan and
~2 ms to run, every time. Planned once, it runs in ~2 ms (measured on the bench's database: 5.2–6.1 ms per
statement with custom plans, 1.8–2.1 ms generic, the floor's hand-written statement 1.7–2.2 ms). Plans do not
change answers (every order ends on the id). The viewer's lookup, on the same engine, is a key lookup either way."""


class RawData(dict[str, str | None]):
    """`data` as JSON texts per root field, straight from PostgreSQL (None for null)."""


def encode_response(response: dict[str, Any]) -> str | None:
    """The HTTP body for a response whose `data` is `RawData`, spliced without decoding; None otherwise."""
    data = response.get("data")
    if not isinstance(data, RawData):
        return None
    return splice(list(data), list(data.values()), response_tail(response))


def response_tail(response: dict[str, Any]) -> str:
    """The response's members other than `data`, as JSON text without the braces ("" when there are none)."""
    return json.dumps({key: value for key, value in response.items() if key != "data"}, separators=(",", ":"))[1:-1]


def splice(keys: list[str], values: list[str | None], tail: str) -> str:
    """The HTTP body: `data` made of the statement's JSON texts (per root field, None for null) as they are, then
    `tail` (`response_tail`)."""
    fields = ",".join(f"{json.dumps(key)}:{'null' if value is None else value}"
                      for key, value in zip(keys, values, strict=True))
    return "{" + f'"data":{{{fields}}}' + ("," + tail if tail else "") + "}"


async def run_statement(statement: Statement, context: Any, autocommit: AsyncEngine | None) -> list[str | None]:
    """The statement's one row: a JSON text (or None) per root field. Its SQL text goes to the driver as is
    (`exec_driver_sql`), with its values."""
    if autocommit is not None:
        engine = autocommit

        async def run() -> list[str | None]:
            async with engine.connect() as connection:
                if not connection.info.get(GENERIC_PLANS):
                    await connection.exec_driver_sql("SET plan_cache_mode = force_generic_plan")
                    connection.info[GENERIC_PLANS] = True
                return list((await connection.exec_driver_sql(statement.sql, statement.params)).one())

        return await retry_disconnect(run)
    async with context.sessions() as session:
        connection = await session.connection()
        return list((await connection.exec_driver_sql(statement.sql, statement.params)).one())


@dataclass
class _Kept:
    """What the requests of one schema keep between them, each least recently used out: the documents (text and
    operation name) that select something outside the catalog; the statements compiled lately, per document,
    operation, viewer and variables (a page asked again by the same viewer is not compiled again: the statement
    depends on nothing else); and what the compiler keeps."""

    unknown: Lru[tuple[str, str | None], None] = field(default_factory=lambda: Lru(UNKNOWN_DOCUMENTS))
    plans: Lru[Hashable, Statement] = field(default_factory=lambda: Lru(PLANS))
    compiler: CompilerCaches = field(default_factory=CompilerCaches)


class CompiledReads(SchemaExtension):
    """Answers compilable queries with one statement (see the module). One instance per request
    (strawberry calls the factory); `kept` is shared by them."""

    def __init__(self, *, autocommit: Callable[[], AsyncEngine | None] | None = None,
                 kept: _Kept | None = None) -> None:
        super().__init__()
        self.autocommit = autocommit
        self.kept = kept if kept is not None else _Kept()
        self.compiled = False

    @classmethod
    def factory(cls, *, autocommit: Callable[[], AsyncEngine | None] | None = None) -> Callable[[], CompiledReads]:
        """The extension for one schema: its requests share one `_Kept`, which no other schema sees."""
        kept = _Kept()
        return lambda: cls(autocommit=autocommit, kept=kept)

    async def on_execute(self) -> AsyncIterator[None]:
        execution = self.execution_context
        if execution.result is None and execution.graphql_document is not None and execution.query:
            result = await self._answer(execution)
            if result is not None:
                execution.result = result
                self.compiled = True
                ANSWERED[0] += 1
        yield

    async def _answer(self, execution: Any) -> ExecutionResult | None:
        key = (execution.query, execution.operation_name)
        kept = self.kept
        if key in kept.unknown:
            return None
        document = execution.graphql_document
        operation = get_operation_ast(document, execution.operation_name)
        if not isinstance(operation, OperationDefinitionNode):
            return None
        schema = execution.schema._schema
        variables = get_variable_values(schema, operation.variable_definitions or (), execution.variables or {})
        if isinstance(variables, list):
            return None  # the executor reports the variables' errors
        context = execution.context
        viewer = replace(context.viewer, session_id=None)
        plan_key = (key, viewer, context.deployment.max_page_size,
                    json.dumps(execution.variables or {}, sort_keys=True, default=repr))
        statement = kept.plans.get(plan_key)
        if statement is None:
            fragments = {definition.name.value: definition for definition in document.definitions
                         if isinstance(definition, FragmentDefinitionNode)}
            try:
                statement = compile_operation(schema, operation, fragments, variables, context.viewer,
                                              context.deployment.max_page_size, caches=kept.compiler)
            except Unknown:
                kept.unknown.put(key, None)
                return None
            except NotCompilable:
                return None
            kept.plans.put(plan_key, statement)
        try:
            values = await run_statement(statement, context, self.autocommit() if self.autocommit else None)
        except Exception:  # a statement the compiler got wrong: the executor answers, and the log says why
            log.exception("compiled read failed; answered by the executor instead")
            return None
        raw = dict(zip(statement.keys, values, strict=True))
        request = getattr(context, "request", None)
        if isinstance(request, Request):
            request.scope[ANSWERED_BY] = (statement, viewer)  # the HTTP view may remember it (`app.compiled.known`)
            return ExecutionResult(data=RawData(raw))
        return ExecutionResult(data={key: None if value is None else json.loads(value) for key, value in raw.items()})
