"""The first tour check loads geopy's distances without its geocoders (asyncio, ssl, http), and geopy stays
whole for any other use."""

from __future__ import annotations

import json
import subprocess
import sys

CHECK = """
import json, sys
from colead_desktop.domain.demo_tours import kuwana
from colead_desktop.domain.tourcheck import check_tour
check_tour(kuwana())
loaded = sorted(m for m in ("asyncio", "ssl", "http.client", "geopy.geocoders") if m in sys.modules)
from colead_desktop.domain.geodesic import geodesic_km
ours = geodesic_km()((43.8, 143.9), (35.06, 136.68))
import geopy
from geopy import Nominatim, Point
from geopy.distance import geodesic
print(json.dumps({"loaded": loaded, "ours": ours, "geopy": geodesic((43.8, 143.9), (35.06, 136.68)).km,
                  "whole": [Nominatim.__name__, Point.__name__, geopy.__version__]}))
"""


def test_distances_without_the_geocoders_and_geopy_whole_afterwards() -> None:
    done = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, timeout=120, check=True)
    result = json.loads(done.stdout)
    assert result["loaded"] == []
    assert result["ours"] == result["geopy"] and 1000 < result["ours"] < 1200  # 北見 to 桑名
    assert result["whole"][:2] == ["Nominatim", "Point"]


def test_geopy_imported_first_is_used_as_it_is() -> None:
    code = ("import geopy.distance, json\nfrom colead_desktop.domain.geodesic import geodesic_km\n"
            "print(json.dumps(geodesic_km()((35.0, 136.0), (26.2, 127.7))))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert 1200 < json.loads(done.stdout) < 1300  # 桑名 to 那覇
