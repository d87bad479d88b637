"""The field labels of a record dialog, read from its Qt Designer form without Qt.

A dialog form (forms/<kind>_dialog.ui) labels each editor with a QLabel named `<field>_label`; the same
Japanese text is what people put at the top of a roster column, so the importer reads it from the form
itself and the two can never disagree.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

LABEL_SUFFIX = "_label"


REQUIRED_MARK = " *"


@cache
def label_texts(ui_file: Path) -> dict[str, str]:
    """{field name: label text as written} of the form's `<field>_label` QLabels (the source texts the
    translations of the form are keyed by)."""
    texts: dict[str, str] = {}
    for widget in ET.parse(ui_file).iter("widget"):
        name = widget.get("name", "")
        text = widget.find("property[@name='text']/string")
        if widget.get("class") == "QLabel" and name.endswith(LABEL_SUFFIX) and text is not None and text.text:
            texts[name.removesuffix(LABEL_SUFFIX)] = text.text
    return texts


def field_labels(ui_file: Path) -> dict[str, str]:
    """{field name: label} of the form's `<field>_label` QLabels, without the required-field mark " *"."""
    return {name: text.rstrip(REQUIRED_MARK) for name, text in label_texts(ui_file).items()}


def marked_required(ui_file: Path) -> frozenset[str]:
    """The fields the form marks required (" *"), whether the record has a default or a rule requires them."""
    return frozenset(name for name, text in label_texts(ui_file).items() if text.endswith(REQUIRED_MARK))
