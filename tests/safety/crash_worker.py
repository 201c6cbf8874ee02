"""Crash-test worker: edits a programme through the services until it is killed.

Run as ``python crash_worker.py FILE SEED``. It prints ``ready`` once the file is open, then for
every edit one ``{"try": ...}`` line before the call and one ``{"ack": ...}`` line after the call
returned (the commit is done), flushing each line, so that the test knows exactly which edits
were acknowledged when it kills the process.
"""

from __future__ import annotations

import json
import random
import sys
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from jalostamo.services import Services

CARD_FIELDS = ("title", "problem", "hypothesis", "risks")
WORDS = ("kokeilu", "nuoret", "kirjasto", "äänestys", "osallisuus", "perheet", "Åbo", "ideat",
         "😀", "x" * 200)


def emit(kind: str, op: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps({kind: op}, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def text(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 6)))


def main(path: str, seed: int) -> None:
    rng = random.Random(seed)
    svc = Services.open(path)
    team = svc.teams.list()[0].id
    board = svc.boards.board_for_team(team)
    live = [item["id"] for item in svc.boards.items(board) if item["kind"] == "note"]
    emit("ready", {})
    while True:
        roll = rng.random()
        if roll < 0.4 or not live:
            op = {"op": "create", "id": str(uuid.uuid4()), "text": text(rng)}
            emit("try", op)
            svc.boards.add_items(board, [{"id": op["id"], "kind": "note", "text": op["text"],
                                          "x": rng.uniform(0, 2000), "y": rng.uniform(0, 2000)}])
            live.append(op["id"])
        elif roll < 0.7:
            op = {"op": "update", "id": rng.choice(live), "text": text(rng)}
            emit("try", op)
            svc.boards.update_item(op["id"], text=op["text"])
        elif roll < 0.85:
            op = {"op": "delete", "id": rng.choice(live)}
            emit("try", op)
            svc.boards.delete_items([op["id"]])
            live.remove(op["id"])
        else:
            op = {"op": "card", "field": rng.choice(CARD_FIELDS), "text": text(rng)[:300]}
            emit("try", op)
            svc.teams.update_card(team, **{op["field"]: op["text"]})
        emit("ack", op)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
