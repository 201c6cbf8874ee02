"""A team laptop for the live tests, in its own process: joins (or resumes) a room and edits
its copy on command. Commands on stdin, one a line; answers on stdout, one a line:

    note TEXT      a new note on the team's board          -> "committed note TEXT"
    title TEXT     the team's card title                   -> "committed title TEXT"
    hack TEXT      another team's card title, stamped as a new edit, written around the
                   app's guard (what a hostile laptop could send)  -> "committed hack"
    auto TAG N MS  N notes TAG-i (continuing after the ones already made), one every MS ms,
                   each also setting the card title        -> "committed note TAG-i" each
    offset         the clock offset the host measured      -> "offset MS"
    quit

Events are printed as "event KIND KEY". ``JALOSTAMO_TEST_CLOCK_OFFSET_MS`` shifts this
process's clock (a laptop whose clock is wrong).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
import time
from pathlib import Path

from jalostamo.services import clock as hlc

_SAY = threading.Lock()


def say(text: str) -> None:
    """One whole line (events come from the room's thread)."""
    with _SAY:
        sys.stdout.write(text + "\n")
        sys.stdout.flush()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--code-file", type=Path, required=True)
    parser.add_argument("--team", required=True)
    parser.add_argument("--other-team", default="")
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--name", default="laptop")
    args = parser.parse_args()
    import faulthandler
    import signal

    faulthandler.register(signal.SIGUSR1, all_threads=True)  # the test asks when one is stuck
    offset = int(os.environ.get("JALOSTAMO_TEST_CLOCK_OFFSET_MS", "0"))
    if offset:
        hlc.set_wall_clock(lambda: time.time_ns() // 1_000_000 + offset)

    from jalostamo.live import join_room
    from jalostamo.models import Board, BoardItem, ExperimentCard, ItemKind
    from jalostamo.services import Services

    presence_seen = threading.Condition()

    def on_event(event: object) -> None:
        say(f"event {event.kind.value} {event.message_key}")  # type: ignore[attr-defined]
        with presence_seen:
            presence_seen.notify_all()  # a presence (or any) change: look again

    code = args.code_file.read_text("ascii").strip()
    client = join_room(code, team_id=args.team, data_dir=args.data_dir, device_name=args.name,
                       on_event=on_event)
    say("joined")
    svc = Services.open(client.local_path, device_id=f"dev-{args.name}")
    board = next(b for b in svc.entities.list(Board) if b.team_id == args.team)
    for line in sys.stdin:
        words = line.split()
        if not words:
            continue
        if words[0] == "note":
            svc.entities.create(BoardItem, board_id=board.id, kind=ItemKind.NOTE, text=words[1])
            client.local_change()
            say(f"committed note {words[1]}")
        elif words[0] == "title":
            svc.teams.update_card(args.team, title=words[1])
            client.local_change()
            say(f"committed title {words[1]}")
        elif words[0] == "hack":
            card = next(c for c in svc.entities.list(ExperimentCard) if c.team_id == args.other_team)
            import sqlite3

            conn = sqlite3.connect(client.local_path)
            stamps = json.loads(conn.execute("SELECT field_clock FROM experiment_cards WHERE id = ?",
                                             (card.id,)).fetchone()[0] or "{}")
            stamps["title"] = [hlc.make(hlc.wall_ms() + 1000, 0, f"dev-{args.name}"), ""]
            conn.execute("UPDATE experiment_cards SET title = ?, field_clock = ? WHERE id = ?",
                         (words[1], json.dumps(stamps), card.id))
            conn.commit()
            conn.close()
            client.local_change()
            say("committed hack")
        elif words[0] == "auto":
            tag, count, pause = words[1], int(words[2]), int(words[3]) / 1000
            done = sum(1 for item in svc.entities.list(BoardItem)
                       if item.text.startswith(f"{tag}-"))
            for i in range(done, count):
                svc.entities.create(BoardItem, board_id=board.id, kind=ItemKind.NOTE,
                                    text=f"{tag}-{i}")
                svc.teams.update_card(args.team, title=f"{tag}-{i}")
                client.local_change()
                say(f"committed note {tag}-{i}")
                time.sleep(pause)  # pacing the edits, not waiting for anything
            say("auto done")
        elif words[0] == "offset":  # once the host has told it (bounded by the test's deadline)
            def mine() -> list[object]:
                return [x for x in client.state().presences if x.device_name == args.name]

            with presence_seen:
                presence_seen.wait_for(lambda: bool(mine()))
            say(f"offset {mine()[0].clock_offset_ms}")  # type: ignore[attr-defined]
        elif words[0] == "pending":
            say(f"pending {client.state().pending_changes}")
        elif words[0] == "quit":
            break
    svc.close()
    client.stop()
    say("bye")
    return 0


if __name__ == "__main__":
    sys.exit(main())
