"""The one least-recently-used cache of the web app: a thread-safe bounded mapping.

Used for rendered pages and exports (:func:`web.state.get_page_cache`), each event's serialised
``VEVENT`` (``FeedCache.fragments``) and the ``304`` memo of :mod:`web.revalidate`. Each
operation holds a lock, so threads of one worker share it safely; a value being built is not
locked (two threads may build the same key at once, the last one stored wins).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator, MutableMapping
from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")


class LRU(MutableMapping[K, V]):
    """A mapping of at most ``size`` entries that forgets the least recently used first.

    Reading (``lru[key]``, ``get``, ``get_or_build``) and writing a key make it the most
    recently used. ``hits`` and ``misses`` count the outcomes of :meth:`get_or_build`.

    >>> lru = LRU(2)
    >>> lru["a"], lru["b"] = 1, 2
    >>> lru.get("a"), lru.get_or_build("c", lambda: 3), sorted(lru)
    (1, 3, ['a', 'c'])
    """

    def __init__(self, size: int):
        if size < 1:
            raise ValueError(f"an LRU needs room for one entry at least, not {size}")
        self.size = size
        self._data: OrderedDict[K, V] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def __getitem__(self, key: K) -> V:
        with self._lock:
            value = self._data[key]
            self._data.move_to_end(key)
            return value

    def __setitem__(self, key: K, value: V) -> None:
        with self._lock:
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self.size:
                self._data.popitem(last=False)

    def __delitem__(self, key: K) -> None:
        with self._lock:
            del self._data[key]

    def __iter__(self) -> Iterator[K]:
        with self._lock:
            return iter(list(self._data))

    def __len__(self) -> int:
        return len(self._data)

    def get_or_build(self, key: K, build: Callable[[], V]) -> V:
        """The value under ``key``, else ``build()``'s, stored (an exception stores nothing)."""
        with self._lock:
            if key in self._data:
                self._data.move_to_end(key)
                self.hits += 1
                return self._data[key]
        value = build()
        with self._lock:
            self.misses += 1
        self[key] = value
        return value
