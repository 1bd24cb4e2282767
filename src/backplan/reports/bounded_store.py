"""A small store shared by the threads that draw charts, forgetting its oldest entries.

The chart keeps what it worked out for one figure so that the next figure of the
same geometry need not work it out again: solved layouts (``chart_layout``) and the
pixels of its static texts (``chart_text_cache``). Figures are built and drawn on
worker threads as well as the window's, hence the lock; a session sees a few sizes
and themes, hence the bound.
"""

from __future__ import annotations

import threading
from collections.abc import Hashable, Sequence
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class BoundedStore(Generic[K, V]):
    """A dictionary behind a lock that holds at most ``limit`` entries (the oldest go first)."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.lock = threading.Lock()
        self.kept: dict[K, V] = {}

    def get(self, key: K) -> V | None:
        with self.lock:
            return self.kept.get(key)

    def get_all(self, keys: Sequence[K]) -> list[V] | None:
        """The values of every key, or None if any of them was never kept."""
        with self.lock:
            if not all(key in self.kept for key in keys):
                return None
            return [self.kept[key] for key in keys]

    def keep(self, key: K, value: V) -> None:
        with self.lock:
            while len(self.kept) >= self.limit:
                del self.kept[next(iter(self.kept))]  # the oldest
            self.kept[key] = value

    def clear(self) -> None:
        with self.lock:
            self.kept.clear()


__all__ = ["BoundedStore"]
