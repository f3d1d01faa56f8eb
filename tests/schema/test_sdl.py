"""The committed `schema.graphql` is the schema the code serves: a breaking change is a visible diff."""

from pathlib import Path

from schema import build_schema

SDL_FILE = Path(__file__).resolve().parents[2] / "schema.graphql"


def test_committed_sdl_matches_the_code() -> None:
    expected = build_schema().as_str() + "\n"
    assert SDL_FILE.read_text() == expected, "schema.graphql is stale: run `uv run dop export-schema > schema.graphql`"


def test_every_type_and_field_has_a_description() -> None:
    schema = build_schema()._schema
    missing = []
    for name, graphql_type in schema.type_map.items():
        if name.startswith("__") or name in {"String", "Int", "Float", "Boolean", "ID", "Decimal", "Date",
                                             "DateTime", "JSON", "Upload"}:
            continue
        if not graphql_type.description:
            missing.append(name)
        for field_name, field in getattr(graphql_type, "fields", {}).items():
            if not field.description:
                missing.append(f"{name}.{field_name}")
    assert missing == []
