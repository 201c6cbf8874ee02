"""Hybrid logical clock stamps: the order of edits, without trusting a laptop's wall clock.

A stamp is text that sorts as ``(physical ms, counter, device)``::

    0001553245200000 00000 @ dev-id   ->  "000155324520000000000@dev-id"

- Every edit of a field gets a stamp that is larger than the field's current stamp (the
  version the editor saw), so an edit always wins over what it was made from, however wrong
  any clock was: a stamp from the future never locks a field.
- The physical part is this laptop's clock **corrected by the file's anchor**. A team file
  carries the facilitator's clock at hand-out (``file_meta.handed_out_ms``); the first time a
  laptop writes to it, the laptop notes its own clock (``anchor_local_ms``). When the laptop's
  clock is behind the hand-out time by more than :data:`DRIFT_MS`, or ahead of it by more than
  any plausible working period (:data:`PLAUSIBLE_GAP_MS`), the laptop's stamps count the time
  elapsed since then on its own clock, from the facilitator's hand-out time: a laptop a year
  ahead or behind stamps its edits as the facilitator's clock would have. A first edit days
  after hand-out on a right clock keeps its time. A clock ahead by less than that is caught
  when the work comes back: the merge names stamps from the future, and no stamp beyond the
  receiver's clock plus :data:`DRIFT_MS` is adopted. The offset is kept in the file and
  reported by the merge (``clock_offset_ms``).
- The file's last stamp (``file_meta.clock``) keeps stamps increasing across sessions; a
  merge raises it, but never beyond this laptop's clock plus :data:`DRIFT_MS`.

Stamps are written by :mod:`jalostamo.services.entities` (a per-row ``field_clock`` JSON map
``field -> [stamp, base]``) and compared by :mod:`jalostamo.services.merge`.
"""

from __future__ import annotations

import time
import weakref
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

#: clocks closer than this are trusted as they are (5 minutes)
DRIFT_MS = 5 * 60 * 1000
#: a team file's first edit this long after hand-out (on this laptop's clock) is read as a
#: clock that is ahead; anything shorter is time that really passed (teams work on their files
#: between workshops, weeks apart). A clock that is behind is always recognised: nothing can
#: be edited before it was handed out.
PLAUSIBLE_GAP_MS = 120 * 24 * 60 * 60 * 1000
_PHYS = 13
_COUNTER = 5
PREFIX = _PHYS + _COUNTER  # the device id starts after PREFIX + "@"

#: the wall clock, in ms since the epoch; tests replace it (:func:`set_wall_clock`)
_wall: Callable[[], int] = lambda: time.time_ns() // 1_000_000  # noqa: E731


def set_wall_clock(fn: Callable[[], int] | None) -> None:
    """Use ``fn`` as this process's wall clock (tests); None puts the real one back."""
    global _wall
    _wall = fn or (lambda: time.time_ns() // 1_000_000)


def wall_ms() -> int:
    return _wall()


def make(phys: int, counter: int, device: str) -> str:
    return f"{max(phys, 0):0{_PHYS}d}{counter:0{_COUNTER}d}@{device}"


def parts(stamp: str) -> tuple[int, int, str]:
    if not stamp:
        return 0, 0, ""
    return int(stamp[:_PHYS]), int(stamp[_PHYS:PREFIX]), stamp[PREFIX + 1:]


def device_of(stamp: str) -> str:
    return stamp[PREFIX + 1:] if stamp else ""


def phys_of(stamp: str) -> int:
    return int(stamp[:_PHYS]) if stamp else 0


def iso_ms(text: str) -> int:
    """ms since the epoch of an ISO timestamp (ours or ``isoformat`` with an offset)."""
    value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return int(value.timestamp() * 1000)


def legacy(updated_at: str | None, device: str | None) -> str:
    """The stamp of a version written before field clocks (its wall-clock ``updated_at``)."""
    if not updated_at:
        return ""
    return make(iso_ms(updated_at), 0, device or "")


class Clock:
    """The hybrid logical clock of one open file, on one device."""

    def __init__(self, device: str, last: str = "", offset_ms: int = 0) -> None:
        self.device = device
        self.last = last
        #: added to the wall clock: the file's anchor correction (0 when the clock is trusted)
        self.offset_ms = offset_ms
        #: the stamp last saved in the file (``file_meta.clock``)
        self.saved = ""

    def due(self) -> bool:
        """Whether the file's clock should be saved with this edit: the first edit of a
        session, then once a minute. Stamps stay increasing without it (an edit always beats
        the stamp of the field it changes); the saved clock keeps them close across sessions."""
        return phys_of(self.last) - phys_of(self.saved) > 60_000

    def now_phys(self) -> int:
        return wall_ms() + self.offset_ms

    def tick(self) -> str:
        phys, counter, _ = parts(self.last)
        now = self.now_phys()
        stamp = make(now, 0, self.device) if now > phys else make(phys, counter + 1, self.device)
        self.last = stamp
        return stamp

    def after(self, stamp: str, seen: str) -> str:
        """``stamp`` (a tick), or just above ``seen`` when that is not older: an edit always
        beats the version it was made from."""
        if stamp > seen:
            return stamp
        phys, counter, _ = parts(seen)
        bumped = make(phys, counter + 1, self.device)
        if bumped > self.last:
            self.last = bumped
        return bumped

    def receive(self, stamp: str) -> None:
        """A merged stamp raises the clock, but not beyond this laptop's clock plus the drift
        bound: a laptop from the future does not drag this one along."""
        if stamp <= self.last:
            return
        limit = self.now_phys() + DRIFT_MS
        phys = phys_of(stamp)
        if phys > limit:
            stamp = make(limit, 0, self.device)
            if stamp <= self.last:
                return
        self.last = stamp


_CLOCKS: weakref.WeakKeyDictionary[Any, Clock] = weakref.WeakKeyDictionary()


def read_anchor(meta: dict[str, str]) -> int:
    """The offset (ms) a file's anchor adds to this laptop's clock (0: trusted)."""
    try:
        return int(meta.get("clock_offset_ms", "0"))
    except ValueError:
        return 0


def handed_out_ms(meta: dict[str, str]) -> int | None:
    if "handed_out_ms" in meta:
        try:
            return int(meta["handed_out_ms"])
        except ValueError:
            return None
    if "handed_out_at" in meta:  # team files handed out before field clocks: to the second
        try:
            return iso_ms(meta["handed_out_at"])
        except ValueError:
            return None
    return None


def clock_of(doc: Any) -> Clock:
    """The clock of an open document (one per document object), read from its ``file_meta``."""
    clock = _CLOCKS.get(doc)
    if clock is None:
        from jalostamo.store.meta import read_meta

        meta = read_meta(doc.engine)
        clock = Clock(doc.device_id, meta.get("clock", ""), read_anchor(meta))
        clock.saved = clock.last
        clock.anchored = meta.get("anchor_device") == doc.device_id  # type: ignore[attr-defined]
        clock.handed_out = handed_out_ms(meta)  # type: ignore[attr-defined]
        _CLOCKS[doc] = clock
    return clock


def clock_is_off(measured_ms: int) -> bool:
    """Whether a laptop's clock minus the hand-out time, at its first edit, means a wrong clock
    (behind the hand-out, or ahead by more than any working period) rather than time passed."""
    return measured_ms < -DRIFT_MS or measured_ms > PLAUSIBLE_GAP_MS


def anchor_values(clock: Clock, role: str) -> dict[str, str]:
    """file_meta values to write with the first edit of a team file on this laptop: the
    measured offset to the facilitator's hand-out clock, applied when beyond the drift bound."""
    if getattr(clock, "anchored", True) or role != "team":
        return {}
    clock.anchored = True  # type: ignore[attr-defined]
    handed = getattr(clock, "handed_out", None)
    local = wall_ms()
    values = {"anchor_device": clock.device, "anchor_local_ms": str(local)}
    if handed is not None:
        measured = local - handed  # laptop clock minus the facilitator's, at first edit
        values["clock_measured_ms"] = str(measured)
        if clock_is_off(measured):
            clock.offset_ms = -measured
            values["clock_offset_ms"] = str(clock.offset_ms)
        else:
            values["clock_offset_ms"] = "0"
    return values
