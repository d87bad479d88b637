"""Calls (募集) for regions and talents: conditions to apply, application questions and scoring items, with the
FY2021 seed as the preset (programme-sources.md §7; A:1091-1141, A:1407-1492, A:5384-5453).

A call keeps its own copy of the texts, so editing a call never changes another programme's. Keys (c1…, q1…,
i1…) are stable: applications store their ticks under the condition's key and answers under the question's key,
and reviews score the item's key, so a reworded, moved or removed condition or question keeps its data with it.
Weights, thresholds and the bonus treatment are not in the source: the default is weight 1 for every item, the
bonus item added on top of the total and no threshold (issue 19 item 3).
A threshold (合格基準) marks the applicants whose total stays below it; it decides nothing by itself.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.validation import printable_problem

MAX_TEXT = 2000  # one condition, question or item
LEVELS = (1, 2, 3, 4)  # each item is scored at 4 levels by each reviewer (A:206-209)
MAX_THRESHOLD = 1000  # above any total: 4 levels × weight 10 × a few dozen items


class CallKind(StrEnum):
    REGION = "region"
    TALENT = "talent"

    @property
    def label(self) -> str:
        return msg("地域の募集", "Call for regions") if self is CallKind.REGION else msg("人材の募集", "Call for talents")


@dataclass(frozen=True)
class Condition:
    key: str
    text: str


@dataclass(frozen=True)
class Question:
    key: str
    text: str


@dataclass(frozen=True)
class ScoringItem:
    key: str
    text: str
    perspective: str  # 審査の観点 the item is grouped under
    weight: int = 1
    bonus: bool = False  # 加点項目: added on top, never counted in the base total


@dataclass(frozen=True)
class Call:
    id: int | None
    programme_id: int
    kind: CallKind
    title: str
    deadline: datetime | None  # naive Asia/Tokyo
    conditions: tuple[Condition, ...]
    questions: tuple[Question, ...]
    items: tuple[ScoringItem, ...]
    threshold: Decimal | None = None  # 合格基準: a total below it is marked (two decimals)
    version: int = 0


# Each built-in text as (Japanese, English): the call stores the Japanese as its own copy, and an English window or
# document shows the English while the stored text is still exactly this one (domain/default_texts.py).
_REGION_CONDITIONS = (
    ("高度デジタル人材を地域に受け入れる意向があること", "The region intends to host advanced digital talents"),
    ("高度デジタル人材の受け入れ、プログラム実施にあたる伴走支援体制が整備されていること",
     "A structure is in place to host the digital talents and support them throughout the programme"),
    ("デジタル技術を活用した新たなビジネスモデルの検討に意欲的な地域中小企業との連携が可能であること",
     "The region can work with local SMEs keen to explore new business models using digital technology"),
    ("プログラムの実施にあたり、ネットワーク環境等が整備された場所を無償で提供できること",
     "The region can provide, free of charge, a venue with a network connection and the like for the programme"),
    ("新型コロナウイルスの感染状況により、フィールドワークツアーがオンラインでの実施となった場合でも"
     "対応可能な環境設備が整っていること",
     "The facilities allow the fieldwork tour to be held online should the COVID-19 situation require it"),
)
_TALENT_CONDITIONS = (
    ("地域の中小企業や自治体と協力しながら、プログラムに最後まで参加し、予定されている最終報告会で発表できること",
     "You can take part in the whole programme, working with the region's SMEs and local government, and present "
     "at the final report meeting"),
    ("原則現地で実施予定の2泊3日のフィールドワークツアーに参加することができること",
     "You can join the fieldwork tour of three days and two nights, held on site as a rule"),
    ("フィールドワークツアーがオンラインでの実施となった場合でも対応可能な環境（インターネット環境、"
     "カメラ及びマイクを使用したオンライン会議を実施することができるPCがある等）が整っていること",
     "You can join the fieldwork tour should it be held online (an internet connection, a PC with a camera and a "
     "microphone for online meetings, etc.)"),
    ("地域中小企業のデジタル化を支援する仕組みの構築に向けた取り組みに、主体的に取り組む意欲があること",
     "You are keen to take an active part in building ways to support the digitalisation of local SMEs"),
    ("プログラム終了後も様々な形で地方に関わりたい・貢献したいと考えていること",
     "You wish to stay involved with the regions and contribute to them in various ways after the programme"),
)
_TALENT_QUESTIONS = (
    ("あなたが「ふるさとCo-Lead」に参加してみようと思った動機を関心のある地域課題や、「ふるさとCo-Lead」の経験を"
     "今後どのように生かそうと思っているかを踏まえて教えてください",
     "Why would you like to take part in Furusato Co-Lead? Tell us with the regional issues that interest you and "
     "how you intend to use the experience of Furusato Co-Lead"),
    ("「ふるさとCo-Lead」に活かせると思うあなたのこれまでの経験について、取り組んだテーマやご自身の役割、"
     "巻き込んだステークホルダーを踏まえて教えてください",
     "Tell us about your experience that could serve Furusato Co-Lead: the themes you worked on, your own role "
     "and the stakeholders you involved"),
    ("その他PRがあれば教えてください", "Anything else you would like to tell us about yourself"),
)
_P1, _P2, _P3, _P4 = (("参加者にとって魅力のある地域か", "Is the region attractive to the participants?"),
                      ("フィールドワークツアーを実施するためのリソースを有しているか",
                       "Does the region have the resources to run the fieldwork tour?"),
                      ("自走化できるか", "Can the region carry on by itself?"),
                      ("モデル地域として発信力を持っているか", "Can the region spread the word as a model region?"))
# (perspective, scoring item, application question): the item and the question it is scored on (A:5384-5453).
_REGION_ROWS = (
    (_P1, ("社会的インパクトのある課題があるか", "Are there issues with a social impact?"),
     ("地方版IoT推進ラボで取り扱っている地域課題（特に地場産業に関する課題）を教えてください",
      "Tell us about the regional issues your local IoT Promotion Lab deals with (especially those of local "
      "industries)")),
    (_P1, ("参加者へのインセンティブがあるか", "Is there an incentive for the participants?"),
     ("フィールドワークを実施する上で、首都圏では実現できないような体験価値を教えてください（活用できるデータ、活動拠点施設など）",
      "What can the fieldwork offer that could not be experienced in the Tokyo area? (data that can be used, "
      "facilities to work from, etc.)")),
    (_P1, ("地域のPRポイントがあるか", "Does the region have selling points?"),
     ("地域のファンになってもらうためのPRポイントを教えてください",
      "Tell us the selling points that would make the participants fans of the region")),
    (_P2, ("伴走支援体制ができるか", "Can the region support the participants throughout?"),
     ("ビジネスプラン作成にあたり、地域課題や経営課題解決の知見や地域企業とのネットワークを有するキーマンの紹介等、"
      "伴走支援はできますか。できる場合、伴走支援体制を教えてください（中心人物、支援メニューなど）",
      "Can you support the participants in making their business plans, e.g. by introducing key people who know "
      "the regional and business issues and have a network of local companies? If so, describe the support (the "
      "main people, what is offered, etc.)")),
    (_P2, ("フィールドワークツアーの拠点会場は確保できるか", "Can a base venue for the fieldwork tour be secured?"),
     ("拠点会場は利便性が高い場所に立地されていますか。公共交通機関を使用した場合のアクセスを教えてください。"
      "また、拠点会場のネットワーク環境や収容人数を教えてください。",
      "Is the base venue conveniently located? Tell us how to reach it by public transport, and about its network "
      "connection and capacity.")),
    (_P2, ("フィールドワークツアーの実施にあたり連携する企業を確保できるか",
           "Can companies be found to work with on the fieldwork tour?"),
     ("デジタル技術を活用した新たなビジネスモデルの検討に着手している又は検討を予定している地域中小企業を教えてください"
      "（例：DX推進指標を用いた自己診断を実施している企業など）",
      "Tell us about local SMEs that have started or plan to explore new business models using digital technology "
      "(e.g. companies that have assessed themselves with the DX Promotion Indicators)")),
    (_P2, ("参加者の受け入れに係る環境は整備されているか", "Is the region ready to host the participants?"),
     ("滞在先として想定する施設、アテンドする団体、受け入れに係る自治体の助成制度など、スムーズな受け入れを可能にする"
      "取組があれば教えてください。",
      "Tell us about anything that makes hosting the participants smooth: where they would stay, who would "
      "accompany them, local government grants for hosting, etc.")),
    (_P2, ("企業と参加者の連携を支援するステークホルダーがいるか",
           "Are there stakeholders to support the work of companies and participants together?"),
     ("企業と参加者の連携を支援する自治体、大学、金融機関、地元の商工会議所などがあれば教えてください。",
      "Tell us about local governments, universities, financial institutions, chambers of commerce and others "
      "that would support the work of companies and participants together.")),
    (_P3, ("継続して取組を続けられるか", "Can the work be continued?"),
     ("今回応募する理由を今後の展開を踏まえて教えてください（今後独自に計画しているミートアップイベントや"
      "フィールドワークツアーの内容など）。",
      "Tell us why you are applying, with your plans for what follows (meetups or fieldwork tours you plan on "
      "your own, etc.).")),
    (_P3, ("過去の実績はあるか", "Is there a track record?"),
     ("過去に外部のデジタル人材を招聘し、地域課題や地域中小企業が抱える課題の解決に取り組んだ実績があれば教えてください。",
      "Tell us about any past work in which you invited outside digital talents to tackle regional issues or those "
      "of local SMEs.")),
    (_P4, ("地域内外への波及可能性が考えられるか", "Could the work spread within and beyond the region?"),
     ("地元メディアやSNS等を通じた、本取組のPRを考えていれば教えてください",
      "Tell us how you would publicise this work through local media, social media, etc.")),
)
_T1, _T2, _T3 = (("個人のスキルや実績等", "Personal skills and achievements"),
                 ("地域のデジタル活用に関する理解", "Understanding of digital use in the regions"),
                 ("本事業への期待", "Expectations of the programme"))
_TALENT_ITEMS = (
    (_T1, ("ビジネスにおけるデジタル活用に関する知識、経験を保有しているか",
           "Has knowledge and experience of using digital technology in business")),
    (_T2, ("選定地域の課題と個人の関心が適合するか", "Personal interests fit the issues of the selected regions")),
    (_T1, ("ビジネスに必要とされる対人スキル、問題発見力・課題解決力があるか",
           "Has the interpersonal, problem-finding and problem-solving skills business needs")),
    (_T1, ("「高度デジタル人材」の人物像にあてはまるか", "Fits the profile of an advanced digital talent")),
    (_T1, ("過去に未踏人材など、デジタル分野の先端的な人材育成事業に採択された実績があるか",
           "Has been selected for a leading-edge digital talent programme before (such as MITOU)")),
    (_T3, ("地域課題への取り組みに関心があるか", "Is interested in working on regional issues")),
    (_T2, ("自身のデジタルスキルと地域課題を絡めて解決策を提案することができるか",
           "Can propose solutions that bring their digital skills to bear on regional issues")),
    (_T3, ("本事業に目的意識を持って参加しているか", "Takes part in the programme with a clear purpose")),
)
_TITLES = {CallKind.REGION: ("実施地域の募集", "Call for regions"),
           CallKind.TALENT: ("高度デジタル人材の募集", "Call for digital talents")}
TALENT_BONUS_ITEM = "i5"  # ⑤ ※加点項目 (A:1447)


def keyed_conditions(texts: Sequence[str]) -> tuple[Condition, ...]:
    """Conditions c1, c2… in the order given."""
    return tuple(Condition(f"c{n}", text) for n, text in enumerate(texts, start=1))


def seed_call(programme_id: int, kind: CallKind) -> Call:
    """The FY2021 call of this kind, as a new call of the programme (no deadline yet), its texts in Japanese."""
    title = msg(*_TITLES[kind])
    if kind is CallKind.REGION:
        return Call(None, programme_id, kind, title, None,
                    keyed_conditions([ja for ja, _en in _REGION_CONDITIONS]),
                    tuple(Question(f"q{n}", q[0]) for n, (_, _, q) in enumerate(_REGION_ROWS, start=1)),
                    tuple(ScoringItem(f"i{n}", item[0], p[0]) for n, (p, item, _) in enumerate(_REGION_ROWS, start=1)))
    return Call(None, programme_id, kind, title, None,
                keyed_conditions([ja for ja, _en in _TALENT_CONDITIONS]),
                tuple(Question(f"q{n}", q[0]) for n, q in enumerate(_TALENT_QUESTIONS, start=1)),
                tuple(ScoringItem(f"i{n}", item[0], p[0], bonus=f"i{n}" == TALENT_BONUS_ITEM)
                      for n, (p, item) in enumerate(_TALENT_ITEMS, start=1)))


def seed_texts() -> tuple[tuple[str, str], ...]:
    """Every built-in text of the seed calls as (Japanese, English), each once."""
    pairs = [*_TITLES.values(), *_REGION_CONDITIONS, *_TALENT_CONDITIONS, *_TALENT_QUESTIONS,
             _P1, _P2, _P3, _P4, _T1, _T2, _T3, *(text for row in _REGION_ROWS for text in row[1:]),
             *(item for _p, item in _TALENT_ITEMS)]
    return tuple(dict.fromkeys(pairs))


def field_labels() -> dict[str, str]:
    """A call's fields as the call dialog labels them, in the current language (a conflict names them so)."""
    return {"title": msg("名称", "Title"), "deadline": msg("締切", "Deadline"),
            "conditions": msg("応募条件", "Conditions"), "questions": msg("質問", "Questions"),
            "items": msg("審査項目", "Scoring items"), "threshold": msg("合格基準", "Threshold")}


def parse_threshold(text: str) -> Decimal | None:
    """A threshold as typed (NFKC: full-width digits are digits); blank for none; InputError when it is not a
    number in range."""
    text = unicodedata.normalize("NFKC", text).strip()
    if not text:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        value = Decimal("NaN")
    if not value.is_finite() or not 0 <= value <= MAX_THRESHOLD or value != value.quantize(Decimal("0.01")):
        raise InputError(msg("合格基準は0〜{n}の数（小数は2桁まで）です", "The threshold must be a number from 0 to {n} "
                             "(at most two decimals)", n=MAX_THRESHOLD))
    return value


def check_call(call: Call, bad_threshold: str | None = None) -> Call:
    """The call, or one InputError with a line for every problem, in the dialog's order (title, threshold, then
    the tabs): an empty, over-long or unprintable text, no question, a repeated key, a weight outside 0–10, a
    threshold outside 0–MAX_THRESHOLD, finer than 0.01 or above the top total (review 15 item 9: one problem at a
    time made the user fix and retry). `bad_threshold`: why the threshold typed is no number (parse_threshold's
    message), said in its place."""
    lines = [problem for _field, problem in call_problems(call, bad_threshold)]
    if lines:
        raise InputError("\n".join(lines))
    return call


def call_problems(call: Call, bad_threshold: str | None = None,
                  read_at: Mapping[str, Sequence[int]] | None = None) -> list[tuple[str, str]]:
    """check_call's problems in its order, each with the field it is about as `colead calls set` names it in its
    JSON (title, threshold, conditions[0].text, items[1].weight, questions[2].key), so the CLI names the field.
    `read_at` names the lists ("conditions", "questions", "items") of a document that could be read only in part
    (an entry of the wrong shape, or no list at all; those problems are said by the reader): for each, the index
    in the document of every entry the call holds. Their entries are checked all the same (texts, repeated keys,
    weights, named by their index in the document), so one run says every problem; what needs the whole list is
    not (at least one question; the threshold against the top total of the items)."""
    at = read_at or {}

    def index(name: str, n: int) -> int:
        return at[name][n] if name in at else n

    problems: list[tuple[str, str | None]] = []
    if not call.title.strip():
        problems.append(("title", msg("募集の名称を入力してください", "Enter the call's title")))
    elif (unprintable := printable_problem(call.title)) is not None:  # the letters and the workbooks print them all
        problems.append(("title", msg("募集の名称", "The call's title") + f": {unprintable}"))
    problems.append(("threshold", bad_threshold or (None if "items" in at else _threshold_problem(call))))
    texts = ([(f"conditions[{index('conditions', n)}].text",
               msg("応募条件{n}", "condition {n}", n=index("conditions", n) + 1), c.text)
              for n, c in enumerate(call.conditions)]
             + [(f"questions[{index('questions', n)}].text", msg("質問 {k}", "question {k}", k=q.key), q.text)
                for n, q in enumerate(call.questions)]
             + [(f"items[{index('items', n)}].text", msg("審査項目 {k}", "scoring item {k}", k=i.key), i.text)
                for n, i in enumerate(call.items)])
    problems += [(field, _text_problem(where, text)) for field, where, text in texts]
    if not call.questions and "questions" not in at:
        problems.append(("questions", msg("質問を1つ以上入れてください", "Give at least one question")))
    for name, what, keys in (("conditions", msg("応募条件", "condition"), [c.key for c in call.conditions]),
                             ("questions", msg("質問", "question"), [q.key for q in call.questions]),
                             ("items", msg("審査項目", "scoring item"), [i.key for i in call.items])):
        repeated = next((n for n, key in enumerate(keys) if key in keys[:n]), None)
        if repeated is not None:
            problems.append((f"{name}[{index(name, repeated)}].key",
                             msg("{what}のキーが重複しています", "A {what} key is repeated", what=what)))
    problems += [(f"items[{index('items', n)}].weight", msg("審査項目 {k} の重みは0〜10です",
                                                          "The weight of scoring item {k} must be 0 to 10",
                                                          k=item.key))
                 for n, item in enumerate(call.items) if not 0 <= item.weight <= 10]
    return [(field, problem) for field, problem in problems if problem is not None]


def _text_problem(where: str, text: str) -> str | None:
    if not text.strip():
        return msg("{where}が空です", "{where} is empty", where=where)
    if len(text) > MAX_TEXT:
        return msg("{where}は{n}文字までです", "{where} is longer than {n} characters", where=where, n=MAX_TEXT)
    unprintable = printable_problem(text)
    return None if unprintable is None else f"{where}: {unprintable}"


def _threshold_problem(call: Call) -> str | None:
    if call.threshold is None:
        return None
    try:
        parse_threshold(str(call.threshold))
    except InputError as exc:
        return str(exc)
    if call.threshold > top_total(call.items):
        return msg("合格基準 {t} は満点 {top} を超えていて、誰も届きません",
                   "The threshold {t} is above the top total {top}: nobody can reach it",
                   t=call.threshold, top=top_total(call.items))
    return None


def top_total(items: Sequence[ScoringItem]) -> int:
    """The highest total an applicant can get: the top level on every item, bonus items included."""
    return max(LEVELS) * sum(item.weight for item in items)
