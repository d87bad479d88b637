"""Test documents go through the same strict reader as the CLI's input files."""

from __future__ import annotations

import json

from colead_desktop.domain.json_input import Node, parse


def document(data: object) -> Node:
    return parse(json.dumps(data, ensure_ascii=False).encode("utf-8"))
