"""Text stored before the printability rule (or with a character the fonts lack) prints each such character as
the geta mark 〓, Japanese typesetting's sign for a character that could not be set, instead of an empty box
nobody notices; joiners and variation selectors, which have no width, are left out (review 14b, item 7)."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from pathlib import Path

from colead_desktop.domain.i18n import set_language
from colead_desktop.domain.meetup_docs import MeetupPack
from colead_desktop.domain.validation import printed_form
from colead_desktop.reports.meetup_pdf import HandoutPart, write_handouts
from tests.reports.test_meetup_outputs import pack  # noqa: F401  # the module's pack fixture

SHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "print14"


def test_the_printed_form_marks_what_the_fonts_lack() -> None:
    assert printed_form("Ali علي") == "Ali 〓〓〓"
    assert printed_form("👨\u200d💻 José") == "〓〓 José"
    assert printed_form("試験 太郎\n★") == "試験 太郎\n★"


def test_a_stored_arabic_name_prints_with_geta_marks_on_the_talent_cards(pack: MeetupPack,  # noqa: F811
                                                                        tmp_path: Path) -> None:
    set_language("ja")
    sheets = (replace(pack.talents[0], name="Ali علي"),) + pack.talents[1:]
    target = write_handouts(tmp_path / "cards.pdf", replace(pack, talents=sheets), [HandoutPart.TALENT_CARDS])
    text = subprocess.run(["pdftotext", str(target), "-"], check=True, capture_output=True, text=True).stdout
    assert "Ali 〓〓〓" in text
    SHOTS.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", str(target), str(SHOTS / "geta")],
                   check=True)
