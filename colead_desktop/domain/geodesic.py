"""geopy's geodesic distance without the rest of geopy (issue 15: the first tour check within 20 ms).

`import geopy.distance` runs geopy/__init__.py first, which imports every geocoder and with them asyncio, ssl,
http and urllib: ~150 ms, more than the first check itself, for web services the app never calls. So, when
geopy is not imported yet, its package is put in place without running __init__.py, and geopy.distance loads
alone (it needs only its sibling modules units, util, point and format, and geographiclib). The package is not
left half-made: the first name asked of it that is not a submodule runs its __init__.py after all, so any other
use of geopy sees the whole package. In the frozen bundle the package has no folder to list (its modules are
in the archive): there geopy is imported whole.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from collections.abc import Callable
from typing import Any


def _package_without_init(name: str) -> None:
    spec = importlib.util.find_spec(name)
    assert spec is not None and spec.loader is not None and spec.submodule_search_locations is not None
    if not all(os.path.isdir(folder) for folder in spec.submodule_search_locations):
        return  # the bundle's archive: imported whole below
    loader = spec.loader
    package = importlib.util.module_from_spec(spec)
    submodules = {entry.split(".")[0] for folder in spec.submodule_search_locations for entry in os.listdir(folder)}

    def whole(attribute: str) -> Any:  # PEP 562: only for names the package does not have yet
        if attribute in submodules or attribute.startswith("__"):  # the import system's own look-ups
            raise AttributeError(attribute)
        del package.__getattr__
        loader.exec_module(package)
        return getattr(package, attribute)

    package.__getattr__ = whole  # type: ignore[method-assign]
    sys.modules[name] = package


def geodesic_km() -> Callable[[tuple[float, float], tuple[float, float]], float]:
    """The geodesic distance in km between two (lat, lon) points, by geopy."""
    if "geopy" not in sys.modules:
        _package_without_init("geopy")
    from geopy.distance import geodesic

    return lambda a, b: float(geodesic(a, b).km)
