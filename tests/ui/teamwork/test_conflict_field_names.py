"""Every field a merge can log as a conflict is named in the user's language in the conflict
view, never by its column name (a conflict said "shape", "arrow end", "insight")."""

from __future__ import annotations

import pytest

from jalostamo.models import Base
from jalostamo.services.merge import LOCAL_TABLES
from jalostamo.services.merge_fields import STAMP_COLUMNS
from jalostamo.ui.teamwork.conflict_view import field_name
from tests.ui.desk.conftest import use_language


def _raw(column: str) -> set[str]:
    plain = column.removesuffix("_id").replace("_", " ")
    return {column, plain, plain.capitalize()}


@pytest.mark.parametrize("lang", ["fi"])  # Swedish shares many (Text, Status, Budget)
def test_every_mergeable_field_has_a_name_in_the_language(qapp: object, lang: str) -> None:
    use_language(lang)
    try:
        unnamed = sorted(f"{table.name}.{column.name}: {field_name(table.name, column.name)}"
                         for table in Base.metadata.sorted_tables
                         if table.name not in LOCAL_TABLES and table.name != "erasures"
                         for column in table.columns if column.name not in STAMP_COLUMNS
                         and field_name(table.name, column.name) in _raw(column.name))
    finally:
        use_language("fi")
    assert unnamed == []


@pytest.mark.parametrize(("lang", "expected"), [("fi", "Oivallus"), ("sv", "Insikt"),
                                                 ("en", "Insight")])
def test_a_link_field_is_named_in_each_language(qapp: object, lang: str, expected: str) -> None:
    use_language(lang)
    try:
        assert field_name("insight_notes", "insight_id") == expected
    finally:
        use_language("fi")
