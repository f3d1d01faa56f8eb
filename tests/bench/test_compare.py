"""bench.compare's own logic, without servers: row counts across differently shaped answers, and the wrk script."""

from __future__ import annotations

import pytest

from bench.compare import SCENARIOS, Load, lua_string, median_load, wrk_script


def test_the_same_rows_count_alike_in_each_servers_shape() -> None:
    # Given one job with two services and an invoice, as each server shapes the jobs page
    jobs = next(scenario for scenario in SCENARIOS if scenario.key == "jobs")
    ours = {"node": {"jobs": {"nodes": [{"property": {"id": "p"}, "services": [{}, {}], "invoice": {"number": 1}},
                                        {"property": {"id": "p"}, "services": [], "invoice": None}]}}}
    peer = {"customerById": {"jobsByCustomerId": {"nodes": [
        {"propertyByPropertyId": {"nodeId": "p"}, "jobLinesByJobId": {"nodes": [{}, {}]},
         "invoiceJobsByJobId": {"nodes": [{"invoiceByInvoiceId": {"number": 1}}]}},
        {"propertyByPropertyId": {"nodeId": "p"}, "jobLinesByJobId": {"nodes": []},
         "invoiceJobsByJobId": {"nodes": []}}]}}}
    floor = {"customer": {"jobs": {"nodes": [{"property": {}, "services": [{}, {}], "invoice": {}},
                                             {"property": {}, "services": [], "invoice": None}]}}}
    # Then each counts 2 jobs, 2 properties, 2 services and 1 invoice
    expected = {"jobs": 2, "properties": 2, "services": 2, "invoices": 1}
    assert jobs.shapes["ours"].counts(ours) == expected
    assert jobs.shapes["postgraphile"].counts(peer) == expected
    assert jobs.shapes["floor"].counts(floor) == expected
    # And an answer without the rows counts none
    assert jobs.shapes["ours"].counts({"node": None}) == dict.fromkeys(expected, 0)


def test_the_wrk_script_quotes_bodies_and_headers_as_lua_long_strings() -> None:
    script = wrk_script([{"query": "{ a }"}, {"query": "{ b }"}], {"Authorization": "Bearer dop_x"})
    # `wrk.headers[[==[…` would open a long string in Lua: the index has spaces around it
    assert 'wrk.headers[ [==[Authorization]==] ] = [==[Bearer dop_x]==]' in script
    assert '[==[{"query":"{ a }"}]==],\n[==[{"query":"{ b }"}]==]' in script
    with pytest.raises(ValueError, match="]==]"):
        lua_string("x]==]")


def test_the_median_round_is_reported() -> None:
    rounds = [Load(30, 10, 5, 9), Load(10, 10, 50, 90), Load(20, 10, 20, 40)]
    assert median_load(rounds).rate == 2.0
