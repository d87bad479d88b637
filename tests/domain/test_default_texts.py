"""The texts the app writes into a programme's data (agenda templates, a region table's room and brief) print in
English on English documents; text the user typed or edited prints as typed (review 14b, item 9)."""

from __future__ import annotations

import re
from datetime import date

from colead_desktop.db import models
from colead_desktop.domain.agenda import RegionIntro, interim_report_2021, meetup_2021, pre_meeting
from colead_desktop.domain.calls import CallKind, seed_call
from colead_desktop.domain.default_texts import as_stored, in_output_language
from colead_desktop.domain.i18n import output_language
from colead_desktop.services.meetup_setup import default_brief

JAPANESE = re.compile("[\u3040-\u30ff\u3400-\u9fff①-⑳]")
REGIONS = (RegionIntro("Kitami", "Hokkaido", "Kitami Lab", "Kitami"), RegionIntro("Kuwana", "Mie", "Kuwana Lab"))


def test_every_text_of_the_built_in_templates_and_briefs_has_its_english() -> None:
    """With the data's parts (regions, labs, the company) in Latin letters, no Japanese is left in English."""
    agendas = (meetup_2021("", REGIONS), interim_report_2021("", REGIONS), interim_report_2021("", ()),
               pre_meeting(date(2027, 6, 1), 10, 0, "Acme"))
    texts = [text for agenda in agendas for block in agenda.blocks for text in (block.title, block.owner) if text]
    purpose, questions, output = default_brief(models.Region(name="Kushiro", municipality=""))
    texts += [purpose, *questions, output, "Kushiroルーム"]
    with output_language("en"):
        english = {text: in_output_language(text) for text in texts}
    assert {ja: en for ja, en in english.items() if JAPANESE.search(en)} == {}
    assert english["ラウンドテーブル①"] == "Round table 1" and english["Kushiroルーム"] == "Kushiro room"
    assert english["Kitamiチーム"] == "Team Kitami"


def test_typed_text_and_japanese_documents_keep_the_text_as_stored() -> None:
    with output_language("en"):
        assert in_output_language("経済産業省ご挨拶（局長）") == "経済産業省ご挨拶（局長）"  # edited: as typed
        assert in_output_language("オープニング") == "オープニング"
    with output_language("ja"):
        assert in_output_language("経済産業省ご挨拶") == "経済産業省ご挨拶"


def test_the_seed_calls_texts_have_their_english_and_an_edited_one_keeps_what_was_typed() -> None:
    """Review 14c item 13: the default conditions ①–⑤, questions Q1–Q11 and scoring items of a new programme's
    calls stayed Japanese in the English window. Each has its English; shown in English and left as it is, an
    editor keeps the stored Japanese (as_stored); changed, it keeps what was typed."""
    calls = [seed_call(1, kind) for kind in CallKind]
    texts = [text for call in calls for text in (call.title, *(c.text for c in call.conditions),
                                                 *(q.text for q in call.questions),
                                                 *(t for i in call.items for t in (i.text, i.perspective)))]
    with output_language("en"):
        english = {text: in_output_language(text) for text in texts}
        assert {ja: en for ja, en in english.items() if JAPANESE.search(en)} == {}
        condition = calls[1].conditions[1].text
        assert in_output_language(condition) == ("You can join the fieldwork tour of three days and two nights, "
                                                  "held on site as a rule")
        assert as_stored(in_output_language(condition), condition) == condition
        assert as_stored("You can join a two-night tour", condition) == "You can join a two-night tour"
        assert as_stored("", "") == ""
    with output_language("ja"):
        assert in_output_language(condition) == condition and as_stored(condition, condition) == condition


def test_a_name_with_full_width_parentheses_gets_english_ones_in_english() -> None:
    """Review 15, item 11: 「地域紹介：会津（福島県）」 printed 「会津（福島県）」 among English words."""
    with output_language("en"):
        assert in_output_language("地域紹介：会津（福島県）") == "Regional introduction: 会津 (福島県)"
        assert in_output_language("会津（福島県）ルーム") == "会津 (福島県) room"
        assert in_output_language("会津（福島県）") == "会津（福島県）"  # typed by the user: as typed
    assert in_output_language("地域紹介：会津（福島県）") == "地域紹介：会津（福島県）"
