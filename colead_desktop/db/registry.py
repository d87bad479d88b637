"""Import every `*models.py` module of this package so that Base.metadata knows all tables.

Each feature keeps its tables in its own module (models.py, tour_models.py, ...) with its own migration.
"""

from __future__ import annotations

import importlib
import pkgutil

from colead_desktop import db


def load_all_models() -> None:
    for info in pkgutil.iter_modules(db.__path__):
        if info.name.endswith("models"):
            importlib.import_module(f"{db.__name__}.{info.name}")
