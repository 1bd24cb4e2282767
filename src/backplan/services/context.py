"""What every use case shares: the database with its transactions, the clock, the data
folder, the medicines catalogue and the listeners told of changes.

The use case modules (patients, plan, agenda, flare_ups, recording, stock, log,
exports, backups) are functions of one :class:`ServiceContext`; ``Backplan`` is that
context with one method per use case. It owns no state but what it is given (no
globals), so tests build one on a temporary folder with a fixed clock.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from backplan.domain.clock import Clock
from backplan.safety.catalogue import Catalogue, load_catalogue
from backplan.storage.database import Database
from backplan.storage.reading import Reader

from .changes import ChangeHub

if TYPE_CHECKING:
    from .writes import Writes


@dataclass
class ServiceContext:
    """The unit of work the use cases share: ``reading()`` and ``writing()`` are one
    transaction each (a snapshot; all of it commits or none), ``changed`` tells the
    listeners once a write has committed."""

    db: Database
    clock: Clock
    data_dir: Path
    catalogue_loader: Callable[[], Catalogue] = load_catalogue
    listeners: ChangeHub = field(default_factory=ChangeHub)

    @property
    def catalogue(self) -> Catalogue:
        return self.catalogue_loader()

    def now(self) -> datetime:
        return self.clock.now()

    @contextmanager
    def reading(self) -> Iterator[Reader]:
        """One read transaction; on SQLite through sqlite3, without loading the ORM."""
        with self.db.reading() as reader:
            yield reader

    @contextmanager
    def writing(self) -> Iterator[Writes]:
        """One write transaction with the repository's operations (services/writes.py)."""
        # Deferred, and only here: a start or a command that only reads does without.
        from .writes import Writes

        with self.db.write() as tx:
            yield Writes(tx)

    def changed(self, what: str) -> None:
        """Tells listeners (the window) that data changed, so views refresh."""
        self.listeners.notify(what)

    # --- settings kept in the database ---------------------------------------------

    def get_meta(self, key: str) -> str | None:
        with self.reading() as r:
            return r.get_meta(key)

    def set_meta(self, key: str, value: str) -> None:
        with self.writing() as w:
            w.set_meta(key, value)

