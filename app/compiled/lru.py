"""A bounded least-recently-used map: what the compiled read path keeps between requests.

Bounded because what it keeps is keyed by what clients send (documents, variables, viewers, request bytes): any
number of different keys can come, so an unbounded map would grow with them for as long as the process lives.
Least recently used out because the pages asked again and again are the ones worth keeping.

No lock: the app's requests share one event loop, and no method awaits.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable
from typing import Generic, TypeVar

__all__ = ["Lru"]

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Lru(Generic[K, V]):
    """At most `maxsize` entries; `get` and `put` make an entry the most recent, `put` drops the least recent past
    `maxsize`. `in` does not count as a use. `get` answers None for a missing key, so a map read with `get` keeps
    no None values (a set of keys keeps None and is read with `in`)."""

    __slots__ = ("_entries", "maxsize")

    def __init__(self, maxsize: int) -> None:
        if maxsize < 1:
            raise ValueError(f"an LRU map keeps at least one entry (maxsize={maxsize})")
        self.maxsize = maxsize
        self._entries: OrderedDict[K, V] = OrderedDict()

    def get(self, key: K) -> V | None:
        value = self._entries.get(key)
        if value is not None:
            self._entries.move_to_end(key)
        return value

    def put(self, key: K, value: V) -> None:
        entries = self._entries
        entries[key] = value
        entries.move_to_end(key)
        if len(entries) > self.maxsize:  # one entry in at a time: at most one out
            entries.popitem(last=False)

    def discard(self, key: K) -> None:
        self._entries.pop(key, None)

    def __contains__(self, key: K) -> bool:
        return key in self._entries

    def __len__(self) -> int:
        return len(self._entries)
