"""Messages of "Follow me", the facilitator's view followed on the teams' laptops."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "live_follow.no_board": {
        "fi": "Avaa ensin taulu, jota tiimit seuraavat (tiimin sivulta Visuaalinen malli), ja valitse sitten Seuraa minua.",
        "sv": "Öppna först tavlan som teamen ska följa (Visuell modell på teamets sida) och välj sedan Följ mig.",
        "en": "First open the board the teams are to follow (Visual model on a team's page), then choose Follow me.",
    },
}
