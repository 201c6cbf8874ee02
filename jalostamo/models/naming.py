"""How a team is named for people, without SQLAlchemy (the first paint's quick read uses it
as well as the models)."""

from __future__ import annotations


def team_label(name: str, cities: list[str] | tuple[str, ...]) -> str:
    """A team as people tell it apart: "Oulu: Lapsiperheet" (a name that does not say the
    city), "Tampereen yliopisto" (a name that does), "Helsinki, Espoo, Vantaa" (several cities,
    no name), "Pääkaupunkiseutu (Helsinki, Espoo, Vantaa)" (several cities and a name)."""
    places = [c.strip() for c in cities if c and c.strip()]
    name = name.strip()
    if not name:
        return ", ".join(places)
    if len(places) > 1:
        return f"{name} ({', '.join(places)})"
    if not places or places[0].casefold() in name.casefold():
        return name
    return f"{places[0]}: {name}"
