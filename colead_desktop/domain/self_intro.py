"""The six fields of the meetup's self-introduction sheet (自己紹介シート), each stored on its own.

Why stored per participation (programme_talent), not on the person: a talent writes the sheet for one
programme year, and their motivation and what they learnt since differ from one year to the next (the
motivation already lived there). One declaration drives the database columns, the talent dialog's editors
(named after `name`), the roster headers (the dialog's labels), `colead get/set talent` and the sheet itself.

The 2021 template is lost (programme-sources §3.4); the fields are the talent information Co-LEAD's
screening used (§8.4), in the order DEFAULT_SHEET_FIELDS has always printed them.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from colead_desktop.domain.i18n import msg

INTRO_TEXT_LIMIT = 1000
"""Characters per field: a handwritten A4 sheet holds far less, so a longer text is a paste gone wrong."""


@dataclass(frozen=True)
class IntroField:
    name: str  # the TalentRecord field and the programme_talent column
    ja: str  # the sheet's field title, the dialog label and the roster header
    en: str

    @property
    def title(self) -> str:
        return msg(self.ja, self.en)


SELF_INTRO_FIELDS: tuple[IntroField, ...] = (
    IntroField("intro_projects", "本業で関わったプロジェクト内容", "Projects in my main job"),
    IntroField("intro_learning", "本業以外での学習履歴", "Learning outside my main job"),
    IntroField("intro_sme_digital", "地域中小企業におけるデジタル化に関する課題意識と解決に向けたアプローチ",
               "Digitalisation issues of regional SMEs and my approach to solving them"),
    IntroField("motivation", "参加の動機", "Why I am taking part"),
    IntroField("intro_regional_issues", "地域における社会課題・地域中小企業における課題の課題意識",
               "Social issues of the regions and issues of regional SMEs as I see them"),
    IntroField("intro_future", "プロジェクトにおける経験の今後への活かし方",
               "How I will use this project's experience"),
)
STORED_INTRO_FIELDS = frozenset(f.name for f in SELF_INTRO_FIELDS) - {"motivation"}
"""The fields added for the sheet (0020_intro18); the motivation was stored before."""


def _key(title: str) -> str:
    return "".join(unicodedata.normalize("NFKC", title).split()).casefold()


_BY_TITLE = {_key(title): f for f in SELF_INTRO_FIELDS for title in (f.ja, f.en)}


def intro_field(title: str) -> IntroField | None:
    """The stored field a sheet title stands for (Japanese or English, spacing and width aside), or None for a
    title the organisers made up: the sheet prints that one blank, with room to write by hand."""
    return _BY_TITLE.get(_key(title))


def sheet_title(title: str) -> str:
    """`title` in the current language when it is one of the declared fields; the organisers' own as written."""
    found = intro_field(title)
    return found.title if found else title
