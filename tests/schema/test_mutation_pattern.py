"""Every mutation of the real schema is written one way (`schema.mutations.base.mutation`): it declares a
permission, its payload implements `MutationPayload`, its codes are `ProblemCode`, and its input ids are
reported at `["input", …]`."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest
from graphql import GraphQLNonNull, GraphQLObjectType
from strawberry.permission import BasePermission
from strawberry.relay import GlobalID

import auth.permissions
from models.problems import ProblemCode, UserInputError
from schema import build_schema
from schema.mutations.base import PERMISSION, input_id, input_ids, optional_input_id
from schema.mutations.billing.invoice_create import InvoiceCreateInput
from schema.mutations.jobs.job_create import JobCreateInput
from schema.mutations.jobs.payloads import JobServiceInput
from schema.relay import WrongId, decode_global_id

SCHEMA = build_schema()
MUTATION = SCHEMA.get_type_by_name("Mutation")
MUTATIONS_DIR = Path(__file__).resolve().parents[2] / "schema" / "mutations"


def _payload(name: str) -> GraphQLObjectType:
    field_type = SCHEMA._schema.mutation_type.fields[name].type  # type: ignore[union-attr]
    assert isinstance(field_type, GraphQLNonNull)
    assert isinstance(field_type.of_type, GraphQLObjectType)
    return field_type.of_type


def test_the_schema_has_mutations_to_check() -> None:
    assert MUTATION is not None and len(MUTATION.fields) >= 35  # type: ignore[union-attr]


def test_every_payload_implements_the_mutation_payload_interface() -> None:
    names = SCHEMA._schema.mutation_type.fields  # type: ignore[union-attr]
    without = [name for name in names if [i.name for i in _payload(name).interfaces] != ["MutationPayload"]]
    assert without == []


def test_every_payload_gets_user_errors_from_the_interface_alone() -> None:
    interface = SCHEMA._schema.type_map["MutationPayload"]
    for name in SCHEMA._schema.mutation_type.fields:  # type: ignore[union-attr]
        payload = _payload(name)
        assert str(payload.fields["userErrors"].type) == "[UserError!]!"
        assert payload.fields["userErrors"].description == interface.fields["userErrors"].description  # type: ignore[attr-defined]


def test_every_mutation_declares_a_permission_class_from_auth() -> None:
    declared = {field.python_name: field.metadata.get(PERMISSION)
                for field in MUTATION.fields}  # type: ignore[union-attr]
    undeclared = [name for name, permission in declared.items()
                  if not (inspect.isclass(permission) and issubclass(permission, BasePermission)
                          and permission.__module__ == auth.permissions.__name__)]
    assert undeclared == []


def test_every_mutation_lives_in_its_own_module_named_after_it() -> None:
    misplaced = [field.python_name for field in MUTATION.fields  # type: ignore[union-attr]
                 if field.base_resolver is None
                 or field.base_resolver.wrapped_func.__module__.rsplit(".", 1)[-1] != field.python_name
                 or not (MUTATIONS_DIR / "/".join(field.base_resolver.wrapped_func.__module__.split(".")[2:])
                         ).with_suffix(".py").is_file()]
    assert misplaced == []


def test_the_graphql_error_codes_are_exactly_the_problem_codes() -> None:
    result = SCHEMA.execute_sync('{ __type(name: "UserErrorCode") { enumValues { name } } }')
    assert result.errors is None
    assert [value["name"] for value in result.data["__type"]["enumValues"]] == [code.name for code in ProblemCode]  # type: ignore[index]
    assert all(code.value == code.name for code in ProblemCode)


def test_a_global_id_decodes_only_as_its_own_type() -> None:
    assert decode_global_id(GlobalID("Customer", "7"), "Customer") == 7
    assert decode_global_id(str(GlobalID("Customer", "7")), "Customer") == 7
    for wrong in (GlobalID("Job", "7"), GlobalID("Customer", "x"), "not an id"):
        with pytest.raises(WrongId):
            decode_global_id(wrong, "Customer")


def test_a_wrong_input_id_is_not_found_at_its_argument_below_input() -> None:
    invoice = InvoiceCreateInput(customer_id=GlobalID("Job", "1"), job_ids=[])
    with pytest.raises(UserInputError) as refused:
        input_id(invoice, "customer_id", "Customer")
    [problem] = refused.value.problems
    assert (problem.field, problem.code) == (("input", "customerId"), ProblemCode.NOT_FOUND)


def test_every_wrong_id_of_a_list_is_reported_at_its_index() -> None:
    invoice = InvoiceCreateInput(customer_id=GlobalID("Customer", "1"),
                                 job_ids=[GlobalID("Job", "1"), GlobalID("Invoice", "2"), GlobalID("Job", "3"),
                                          "x"])  # type: ignore[list-item]  # what a client could send
    with pytest.raises(UserInputError) as refused:
        input_ids(invoice, "job_ids", "Job")
    assert [problem.field for problem in refused.value.problems] == [("input", "jobIds", "1"),
                                                                     ("input", "jobIds", "3")]
    assert input_ids(InvoiceCreateInput(customer_id=GlobalID("Customer", "1"), job_ids=[GlobalID("Job", "4")]),
                     "job_ids", "Job") == [4]


def test_a_nested_input_id_is_reported_at_its_full_path() -> None:
    line = JobServiceInput(service_id=GlobalID("Job", "1"))  # type: ignore[arg-type]
    with pytest.raises(UserInputError) as refused:
        input_id(line, "service_id", "Service", at=("services", "2"))
    assert refused.value.problems[0].field == ("input", "services", "2", "serviceId")


def test_a_null_optional_id_stays_null() -> None:
    job = JobCreateInput(customer_id="1", property_id="1", scheduled_start=None, team_id=None)  # type: ignore[arg-type]
    assert optional_input_id(job, "team_id", "Team") is None
