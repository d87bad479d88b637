"""`colead tour check` refuses a tour breaking a consistency rule: exit 2, the JSON path and the domain's words."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from colead_desktop.domain.itinerary import Transport
from colead_desktop.domain.tour_rules import tour_errors
from colead_desktop.domain.types import TransportMode
from tests.cli.json_commands import documents, encoded, run
from tests.domain.test_tourcheck import GOOD


def _late_item(data: dict[str, Any]) -> None:
    data["items"].append({"day": 4, "start": "09:00", "end": "10:00", "kind": "other"})


def _head_count_with_attendees(data: dict[str, Any]) -> None:
    data["tour"]["members"] = [{"id": "a", "name": "人材A", "role": "talent"}, {"id": "b", "role": "lab_staff"}]
    data["items"][0]["attendees"] = ["a"]  # party_size 8 stays


def _seats_without_mode(data: dict[str, Any]) -> None:
    data["tour"]["transport"] = {"seats": 10}


@pytest.mark.parametrize(("breaks", "path", "domain_words"), [
    (_late_item, "tour.days", "4日目に項目があります"),
    (_head_count_with_attendees, "tour.party_size", "人数だけにはできません"),
    (_seats_without_mode, "tour.transport.seats", "移動手段も選んでください"),
])
def test_a_broken_rule_exits_2_naming_its_path(tmp_path: Path, breaks: Any, path: str, domain_words: str) -> None:
    data = documents()["tour"]
    assert run("tour", encoded(data), tmp_path).code == 0
    breaks(data)
    outcome = run("tour", encoded(data), tmp_path)
    assert outcome.code == 2 and outcome.stdout == ""
    assert f"{path}: " in outcome.stderr and domain_words in outcome.stderr


def test_the_message_is_the_domains_own(tmp_path: Path) -> None:
    data = documents()["tour"]
    _seats_without_mode(data)
    expected = tour_errors(replace(GOOD, transport=Transport(None, 10)))
    assert f"tour.transport.seats: {expected['transport.seats']}" in run("tour", encoded(data), tmp_path).stderr
    english = run("tour", encoded(data), tmp_path, "--lang", "en")
    assert "tour.transport.seats: Choose the transport mode" in english.stderr


def test_named_attendees_with_a_listed_party_are_checked(tmp_path: Path) -> None:
    data = documents()["tour"]
    _head_count_with_attendees(data)
    del data["tour"]["party_size"]
    data["tour"]["transport"] = {"mode": TransportMode.OFFICIAL_CAR.value, "seats": 10}
    data["tour"]["departure"] = {"place": "g", "time": "2024-06-06T17:00", "members": ["b"]}
    outcome = run("tour", encoded(data), tmp_path)
    assert outcome.code == 0, outcome.stderr
    assert isinstance(json.loads(outcome.stdout)["findings"], list)


def test_an_attendee_outside_the_members_is_named(tmp_path: Path) -> None:
    data = documents()["tour"]
    _head_count_with_attendees(data)
    data["items"][1]["attendees"] = ["a", "nobody"]
    outcome = run("tour", encoded(data), tmp_path)
    assert outcome.code == 2 and "items[1].attendees[1]: 参加者「nobody」が tour.members にありません" in outcome.stderr
