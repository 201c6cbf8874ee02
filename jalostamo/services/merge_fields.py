"""Joining two versions of one row, field by field, by their field clocks.

Each field carries ``[stamp, base]`` (services/clock.py) in the row's ``field_clock``; a field
not listed has the stamp of ``"*"`` (edited before field clocks) or ``""`` (as created, the same
everywhere). For every field the version with the larger ``(stamp, digest of the value)`` wins;
equal values keep the larger stamp. That is a join (commutative, associative, idempotent), so
files that have seen the same versions hold the same rows, in any merge order.

The losing value is a **conflict** when it was an edit the winner had not seen: not the value
as created, not the base the winner was edited from, not an earlier edit of the same device.
A row deleted on one side while another side edited it is a conflict of ``deleted_at``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from jalostamo.services.clock import device_of

#: columns that are not merged as fields (kept from the version with the latest stamp)
STAMP_COLUMNS = frozenset({"id", "created_at", "updated_at", "device_id", "base_updated_at",
                           "base_device_id", "field_clock"})
Entry = tuple[str, str]  # (stamp, base)


def parse_clock(raw: Any) -> dict[str, Entry]:
    """A row's field clock; anything malformed reads as no stamps (it can only lose).

    The answer may be shared with other callers (memoized by text): never modify it."""
    if not raw:
        return _EMPTY
    if type(raw) is str and len(raw) <= _MEMO_CHARS:
        found = _parsed.get(raw)
        if found is None:
            if len(_parsed) >= _MEMO_SIZE:
                _parsed.clear()
            found = _parsed[raw] = _parse(raw)
        return found
    return _parse(raw)


def canonical_clock(raw: Any) -> str | None:
    """The field clock as the join writes it (its stamps, keys sorted, no empty stamp): the
    same text as the app writes, so a clock is never written as a source held it."""
    if type(raw) is str and len(raw) <= _MEMO_CHARS:
        found = _dumped.get(raw)
        if found is None:
            if len(_dumped) >= _MEMO_SIZE:
                _dumped.clear()
            found = _dumped[raw] = _dump_stamps(parse_clock(raw)) or ""
        return found or None
    return _dump_stamps(parse_clock(raw))


def _dump_stamps(stamps: dict[str, Entry]) -> str | None:
    return dump_clock({name: entry for name, entry in stamps.items() if entry[0]})


_EMPTY: dict[str, Entry] = {}
_dumped: dict[str, str] = {}
#: parsed clocks by text: the target's version of a row is compared with the same row of
#: every source, and rows edited together share their clocks
_parsed: dict[str, dict[str, Entry]] = {}
_MEMO_SIZE = 50_000
_MEMO_CHARS = 2_000


def _parse(raw: Any) -> dict[str, Entry]:
    try:
        value = json.loads(raw) if isinstance(raw, str) else raw
    except ValueError:
        return {}
    try:  # the common, well-formed case
        out = {k: (v[0], v[1]) for k, v in value.items()}
        if all(type(a) is str and type(b) is str for a, b in out.values()):
            return out
    except (AttributeError, TypeError, IndexError, KeyError):
        pass
    out = {}
    if isinstance(value, dict):
        for name, entry in value.items():
            if isinstance(entry, list) and entry and isinstance(entry[0], str):
                out[name] = (entry[0], entry[1] if len(entry) > 1 and isinstance(entry[1], str)
                             else "")
    return out


def dump_clock(stamps: dict[str, Entry]) -> str | None:
    """The JSON text of a field clock, as ``json.dumps`` writes it (keys sorted)."""
    if not stamps:
        return None
    items = sorted(stamps.items())
    text = "{" + ", ".join(f'"{k}": ["{a}", "{b}"]' for k, (a, b) in items) + "}"
    if text.isascii() and '\\' not in text and text.count('"') == 6 * len(items):
        return text  # plain stamps: the quick way gives the same text
    return json.dumps({k: list(v) for k, v in items})


def _digest(value: Any) -> str:
    return hashlib.sha256(repr(value).encode("utf-8")).hexdigest()


@dataclass
class FieldConflict:
    field: str
    winner: Any
    loser: Any
    winner_stamp: str
    loser_stamp: str


@dataclass(slots=True)
class Joined:
    row: tuple[Any, ...]
    #: fields whose value the source brought
    from_source: list[str]
    conflicts: list[FieldConflict]
    max_stamp: str


class RowJoiner:
    """Joins versions of rows of one table (``columns`` as in the merge's row tuples)."""

    def __init__(self, columns: list[str]) -> None:
        self.columns = columns
        self.index = {name: i for i, name in enumerate(columns)}
        self.fields = [(i, c) for i, c in enumerate(columns) if c not in STAMP_COLUMNS]
        self.field_idx = frozenset(i for i, _c in self.fields)
        self.clock_i = self.index["field_clock"]
        self.deleted_i = self.index["deleted_at"]
        self.created_i = self.index["created_at"]

    @staticmethod
    def _entry(stamps: dict[str, Entry], name: str) -> Entry:
        return stamps.get(name) or stamps.get("*") or ("", "")

    def join(self, mine: tuple[Any, ...], theirs: tuple[Any, ...],
             differ: list[int] | None = None) -> Joined:
        """The join of two versions; ``differ``: the indexes whose values differ, if known."""
        t_clock, s_clock = parse_clock(mine[self.clock_i]), parse_clock(theirs[self.clock_i])
        if differ is None:
            differ = [i for i, _name in self.fields if mine[i] != theirs[i]]
        else:
            differ = [i for i in differ if i in self.field_idx]
        fast = self._fast_forward(mine, theirs, differ, t_clock, s_clock) or \
            self._behind(mine, theirs, differ, t_clock, s_clock)
        if fast is not None:
            return fast
        result = list(mine)
        stamps, from_source, conflicts = self._join_fields(
            mine, theirs, self._candidates(differ, t_clock, s_clock), t_clock, s_clock, result)
        if mine[self.deleted_i] != theirs[self.deleted_i]:
            self._deletion_conflict(conflicts, mine, theirs, t_clock, s_clock, result)
        result[self.clock_i] = dump_clock(stamps)
        max_stamp = self._join_history(mine, theirs, t_clock, s_clock, result)
        return Joined(tuple(result), from_source, conflicts, max_stamp)

    def _candidates(self, differ: list[int], t_clock: dict[str, Entry],
                    s_clock: dict[str, Entry]) -> list[tuple[int, str]]:
        """The fields the join must visit: only those that differ or carry a stamp can change
        anything (every field when a side has the ``"*"`` stamp)."""
        if "*" in t_clock or "*" in s_clock:
            return self.fields
        wanted = set(t_clock) | set(s_clock) | {self.columns[i] for i in differ}
        return [(i, name) for i, name in self.fields if name in wanted]

    def _join_fields(self, mine: tuple[Any, ...], theirs: tuple[Any, ...],
                     names: list[tuple[int, str]], t_clock: dict[str, Entry],
                     s_clock: dict[str, Entry], result: list[Any]
                     ) -> tuple[dict[str, Entry], list[str], list[FieldConflict]]:
        """Each field's winner into ``result``; returns the stamps kept, the fields the
        source brought and the conflicts."""
        stamps: dict[str, Entry] = {}
        from_source: list[str] = []
        conflicts: list[FieldConflict] = []
        empty = ("", "")
        for i, name in names:
            tv, sv = mine[i], theirs[i]
            te = t_clock.get(name) or t_clock.get("*") or empty
            se = s_clock.get(name) or s_clock.get("*") or empty
            if tv == sv:
                entry = te if te >= se else se
            elif se[0] > te[0] if se[0] != te[0] else _digest(sv) > _digest(tv):
                entry = se
                result[i] = sv
                from_source.append(name)
                self._conflict(conflicts, name, sv, se, tv, te)
            else:
                entry = te
                self._conflict(conflicts, name, tv, te, sv, se)
            if entry[0]:
                stamps[name] = entry
        return stamps, from_source, conflicts

    def _join_history(self, mine: tuple[Any, ...], theirs: tuple[Any, ...],
                      t_clock: dict[str, Entry], s_clock: dict[str, Entry],
                      result: list[Any]) -> str:
        """The history columns of the newer version (the earlier creation time) into
        ``result``; returns the largest stamp of both."""
        t_max = max(t_clock.values())[0] if t_clock else ""
        s_max = max(s_clock.values())[0] if s_clock else ""
        u, d = self.index["updated_at"], self.index["device_id"]
        newer = theirs if (s_max, theirs[u] or "", theirs[d] or "") > \
            (t_max, mine[u] or "", mine[d] or "") else mine
        for name in ("updated_at", "device_id", "base_updated_at", "base_device_id"):
            result[self.index[name]] = newer[self.index[name]]
        c = self.index["created_at"]
        result[c] = min(mine[c] or "", theirs[c] or "") or mine[c]
        return max(t_max, s_max)

    def _fast_forward(self, mine: tuple[Any, ...], theirs: tuple[Any, ...], differ: list[int],
                      t_clock: dict[str, Entry], s_clock: dict[str, Entry]) -> Joined | None:
        """The common case: ``theirs`` was made from ``mine`` (every stamp of ours is in theirs,
        each field that differs has a newer stamp there): the join is theirs, no conflict."""
        if t_clock and not t_clock.items() <= s_clock.items():
            return None
        columns = self.columns
        names = [columns[i] for i in differ]
        for name in names:
            entry = s_clock.get(name)
            if entry is None or entry == t_clock.get(name):
                return None
        same = s_clock == t_clock
        if same and names:
            return None
        s_max = max(s_clock.values())[0] if s_clock else ""
        if same:  # nothing differs but the history columns: keep the later
            u, d = self.index["updated_at"], self.index["device_id"]
            if (mine[u] or "", mine[d] or "") >= (theirs[u] or "", theirs[d] or ""):
                return Joined(mine, [], [], s_max)
        raw = theirs[self.clock_i]
        clock = canonical_clock(raw)
        c = self.created_i
        if clock == raw and theirs[c] == mine[c]:
            return Joined(theirs, names, [], s_max)  # their row as it is: it is the join
        result = list(theirs)
        result[self.clock_i] = clock
        if theirs[c] != mine[c]:
            result[c] = min(mine[c] or "", theirs[c] or "") or mine[c]
        return Joined(tuple(result), names, [], s_max)

    def _behind(self, mine: tuple[Any, ...], theirs: tuple[Any, ...], differ: list[int],
                t_clock: dict[str, Entry], s_clock: dict[str, Entry]) -> Joined | None:
        """The other common case: ``mine`` was made from ``theirs`` (an older copy of the row,
        as in every team file but the one that edited it): every stamp of theirs is in ours,
        each field that differs was edited here. The result is the full join's, computed
        without visiting every field: our values, our stamps, no conflict."""
        if "*" in t_clock or "*" in s_clock or not s_clock.items() <= t_clock.items():
            return None
        columns = self.columns
        for i in differ:
            name = columns[i]
            if name in s_clock or not t_clock.get(name, ("", ""))[0]:
                return None
        result = list(mine)
        result[self.clock_i] = canonical_clock(mine[self.clock_i])
        t_max = max(t_clock.values())[0] if t_clock else ""
        s_max = max(s_clock.values())[0] if s_clock else ""
        u, d = self.index["updated_at"], self.index["device_id"]
        if (s_max, theirs[u] or "", theirs[d] or "") > (t_max, mine[u] or "", mine[d] or ""):
            for name in ("updated_at", "device_id", "base_updated_at", "base_device_id"):
                result[self.index[name]] = theirs[self.index[name]]
        c = self.index["created_at"]
        result[c] = min(mine[c] or "", theirs[c] or "") or mine[c]
        return Joined(tuple(result), [], [], t_max)

    @staticmethod
    def _conflict(out: list[FieldConflict], name: str, wv: Any, we: Entry, lv: Any,
                  le: Entry) -> None:
        loser_stamp = le[0]
        if not loser_stamp:  # the value as created: nobody's edit
            return
        if loser_stamp == we[1] or device_of(loser_stamp) == device_of(we[0]):
            return  # the winner was made from it
        out.append(FieldConflict(name, wv, lv, we[0], loser_stamp))

    def _deletion_conflict(self, out: list[FieldConflict], mine: tuple[Any, ...],
                           theirs: tuple[Any, ...], t_clock: dict[str, Entry],
                           s_clock: dict[str, Entry], result: list[Any]) -> None:
        """A row deleted on one side while the other side edited it: the edits are kept in the
        (deleted) row, and the deletion is logged so that "use the other" can restore it."""
        if result[self.deleted_i] is None or (mine[self.deleted_i] is None) == \
                (theirs[self.deleted_i] is None):
            return
        live_clock, dead_clock = (t_clock, s_clock) if mine[self.deleted_i] is None \
            else (s_clock, t_clock)
        deletion = self._entry(dead_clock, "deleted_at")
        if any(o.field == "deleted_at" for o in out):
            return
        unseen = [self._entry(live_clock, name)[0] for _i, name in self.fields
                  if name != "deleted_at"
                  and self._entry(live_clock, name)[0] > self._entry(dead_clock, name)[0]
                  and device_of(self._entry(live_clock, name)[0]) != device_of(deletion[0])]
        if unseen:
            out.append(FieldConflict("deleted_at", result[self.deleted_i], None, deletion[0],
                                     max(unseen)))
