"""English for the texts the app itself writes into a programme's data: the agenda templates' items and owners
(domain/agenda.py), a region table's room and brief (services/meetup_setup.py), the self-introduction sheet's
items (domain/self_intro.py), the seed calls' conditions, questions and scoring items (domain/calls.py).

They are stored in Japanese whatever the window's language, as the user's own data beside the region's records,
and the user may edit them. An English handout printed them in Japanese among English headings (review 14b, item
9), and the English window showed them in Japanese (review 14c, item 13), so the outputs and the screens recognise
a text still exactly as the app wrote it and show its English; anything the user typed or changed shows as it is.
An editor that showed a text so keeps the stored text while the English shown is left as it is (`as_stored`).
`{}` stands for the part taken from the data (a region, a lab, a team).
"""

from __future__ import annotations

import re

from colead_desktop.domain.calls import seed_texts
from colead_desktop.domain.i18n import language
from colead_desktop.domain.self_intro import SELF_INTRO_FIELDS

DEFAULTS: tuple[tuple[str, str], ...] = (
    # agenda items (meetup, pre-meeting and interim report templates)
    ("経済産業省ご挨拶", "Greeting from METI"),
    ("事務局からの事業趣旨等の説明", "The programme's aims, from the secretariat"),
    ("地域紹介：{}", "Regional introduction: {}"),
    ("休憩", "Break"),
    ("ラウンドテーブル①", "Round table 1"),
    ("ラウンドテーブル②", "Round table 2"),
    ("ラウンドテーブル③", "Round table 3"),
    ("懇親会", "Social"),
    ("ラップアップ、事務連絡", "Wrap-up and notices"),
    ("企業紹介（事業概要、経営課題・ビジョンの説明）", "Company introduction (business, issues and vision)"),
    ("高度デジタル人材の自己紹介", "Self-introductions of the digital talents"),
    ("質疑応答", "Questions and answers"),
    ("フィールドワークツアーで見学したい内容、開示して欲しいデータ等の要望確認",
     "Requests for the fieldwork tour: what to visit, which data to see"),
    ("事務局説明", "Briefing by the secretariat"),
    ("フィールドワークツアー実施報告", "Report on the fieldwork tours"),
    ("各地域の状況報告・質疑応答", "Each region's status report and questions"),
    ("{}の状況報告・質疑応答", "{}: status report and questions"),
    # agenda owners
    ("経済産業省", "METI"),
    ("事務局", "Secretariat"),
    ("高度デジタル人材", "Digital talents"),
    ("各地域チーム", "Each region's team"),
    ("{}チーム", "Team {}"),
    # a region table's room and brief
    ("{}ルーム", "{} room"),
    ("{}の地域課題と地域中小企業の取組を知り、関心のある企業・テーマを見つける",
     "Learn about {}'s issues and what its SMEs are doing, and find the companies and themes that interest you"),
    ("{}の課題のうち、ご自身のスキルで貢献できそうなものは？", "Which of {}'s issues could your skills help with?"),
    ("これまでの取組を踏まえ、デジタルで次に試すべきことは？",
     "Building on what has been done so far, what should be tried next with digital tools?"),
    ("フィールドワークツアーで見たい現場・データは？", "Which sites and data would you like to see on the fieldwork tour?"),
    ("関心のある企業・テーマの候補と、ツアーで確認したいこと",
     "Candidate companies and themes of interest, and what to check on the tour"),
)
"""(Japanese as stored, English); a text with a fixed wording comes before the pattern that would also match it."""

_EXACT = {ja: en for ja, en in (*DEFAULTS, *seed_texts(), *((f.ja, f.en) for f in SELF_INTRO_FIELDS)) if "{}" not in ja}
_PATTERNS = tuple((re.compile("".join("(.+)" if part == "{}" else re.escape(part) for part in re.split(r"(\{\})", ja))),
                   en) for ja, en in DEFAULTS if "{}" in ja)


def in_output_language(text: str) -> str:
    """`text` in the language being written: a built-in default in English when writing English, any other text
    (typed by the user, or a default they edited) as it is."""
    if language() == "ja":
        return text
    if text in _EXACT:
        return _EXACT[text]
    for pattern, english in _PATTERNS:
        if (found := pattern.fullmatch(text)) is not None:
            return english.format(*map(_english_brackets, found.groups()))
    return text


def _english_brackets(part: str) -> str:
    """A name taken from the data into an English text, with English parentheses: 「会津（福島県）」 would
    otherwise keep its full-width ones among English words (review 15, item 11)."""
    return re.sub(r"\s*（\s*", " (", part).replace("）", ")").strip()


def as_stored(shown: str, stored: str) -> str:
    """What an editor stores for a field that showed `stored` (through in_output_language) and now reads
    `shown`: the stored text while the English shown for it is left as it is, else what the user typed."""
    return stored if shown == in_output_language(stored) else shown
