"""Applications to a call from the web form's export (CSV or xlsx rows): which column fills what, each row as
an application, and every problem by row and column (issue 19 item 2).

Targets: `name`, `email`, `submitted_at`, `skills` (the five skill types, by label, separated by ; or 、: a
talent becomes a participant with them), for a call for talents `career_stage`, `employment` (by label) and
`region` (the region wished for, as written), a question key (`q1`…) for its answer and a condition key (`c1`…)
for its tick. Names, e-mail addresses, times and ticks are NFKC-normalised; answers are kept verbatim, as the
applicant wrote them (reviewers read them). Two rows of the file with the same e-mail are one person who sent
the form again (web-form exports keep every submission): the later submission is imported and the earlier set
aside, both shown in the preview. Two rows with the same name and no e-mail may be two people: the later is a
problem naming the earlier. A row naming someone the call already holds is skipped as a duplicate (a second
import of the same export adds nothing). A late application or an
unmet condition is flagged, never dropped.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from colead_desktop.domain.calls import Call, CallKind, Condition
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.roster import HEADER_ROW, Problem
from colead_desktop.domain.roster_cells import CellError, cell_text, choice_key, convert, enum_choices
from colead_desktop.domain.types import CareerStage, Employment, SkillType
from colead_desktop.domain.validation import printable_problem

FIXED_TARGETS = ("name", "email", "submitted_at", "skills")
REQUIRED_TARGETS = ("name",)  # the mapping dialog's OK and check_mapping need a column for each
PROFILE_TARGETS = ("career_stage", "employment", "region")  # a talent's, when the form asks
_ALIASES = {
    "name": ("name", "氏名", "名前", "お名前", "氏名(漢字)", "応募者名", "団体名", "地域名", "ラボ名", "地方版iot推進ラボ名"),
    "email": ("email", "e-mail", "mail", "メール", "メールアドレス", "eメールアドレス", "連絡先メールアドレス"),
    "submitted_at": ("submitted_at", "timestamp", "タイムスタンプ", "送信日時", "応募日時", "提出日時", "回答日時"),
    "skills": ("skills", "スキルタイプ", "スキル", "人材タイプ", "skill type"),
    "career_stage": ("career_stage", "キャリア", "キャリアステージ", "career stage"),
    "employment": ("employment", "雇用形態", "就業形態", "人材区分", "employment"),
    "region": ("region", "希望地域", "参加希望地域", "region"),
}
_PROFILE_CHOICES = {"career_stage": CareerStage, "employment": Employment}
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_TIME_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M", "%Y-%m-%dT%H:%M:%S",
                 "%Y-%m-%dT%H:%M", "%Y-%m-%d", "%Y/%m/%d")
MAX_ANSWER = 20000


def targets(call: Call) -> dict[str, str]:
    """Every target of the call → how the user calls it."""
    named = {"name": msg("氏名・名称", "Name"), "email": msg("メールアドレス", "E-mail"),
             "submitted_at": msg("応募日時", "Submitted at"), "skills": msg("スキルタイプ", "Skill types")}
    if call.kind is CallKind.TALENT:
        named |= {"career_stage": msg("キャリア", "Career stage"), "employment": msg("雇用形態", "Employment"),
                  "region": msg("希望地域", "Region wished for")}
    named |= {q.key: msg("質問{n}", "Question {n}", n=q.key[1:]) for q in call.questions}
    named |= {c.key: msg("応募条件{n}", "Condition {n}", n=n) for n, c in enumerate(call.conditions, start=1)}
    return named


def guess_mapping(call: Call, headers: Sequence[str]) -> dict[str, str]:
    """The column each target most likely comes from: the target's key or alias, the question's or condition's
    text, or a header that starts with Q1 / 条件1 (after NFKC and case folding; a condition by its place in the
    list, as the form numbers it). Headers are used once."""
    folded = {choice_key(h).rstrip(" *"): h for h in headers if h}
    guesses: dict[str, tuple[str, ...]] = {key: _ALIASES[key] for key in targets(call) if key in _ALIASES}
    prefixes: dict[str, tuple[str, ...]] = {}  # a question's by 質問N, a condition's by 条件N: never the other's
    for n, q in enumerate(call.questions, start=1):
        guesses[q.key], prefixes[q.key] = (q.key, f"質問{n}", q.text), (q.key, f"質問{q.key[1:]}")
    for n, condition in enumerate(call.conditions, start=1):
        guesses[condition.key] = (condition.key, f"条件{n}", f"応募条件{n}", condition.text)
        prefixes[condition.key] = (condition.key, f"条件{n}", f"応募条件{n}")
    mapping: dict[str, str] = {}
    for target, spellings in guesses.items():
        found = next((folded[choice_key(s)] for s in spellings if choice_key(s) in folded), None)
        if found is None and target in prefixes:  # "Q1. 動機を…", "条件1（最後まで参加）"
            prefix = re.compile(rf"^(?:{'|'.join(re.escape(p) for p in prefixes[target])})(?!\d)")
            found = next((h for f, h in folded.items() if prefix.match(f)), None)
        if found is not None and found not in mapping.values():
            mapping[target] = found
    return mapping


def check_mapping(call: Call, mapping: Mapping[str, str], headers: Sequence[str]) -> dict[str, int]:
    """Target → column index; InputError naming an unknown target, a header not in the file, a column used
    twice or no name column."""
    known = targets(call)
    titles = [cell_text(h) for h in headers]
    columns: dict[str, int] = {}
    for target, header in mapping.items():
        if target not in known:
            raise InputError(msg("対応表の「{t}」は分かりません（{all}）", "Unknown target '{t}' in the mapping ({all})",
                                 t=target, all=", ".join(known)))
        if cell_text(header) not in titles:
            raise InputError(msg("列「{h}」がファイルの1行目にありません", "The file's row 1 has no column '{h}'",
                                 h=header))
        index = titles.index(cell_text(header))
        if index in columns.values():
            raise InputError(msg("列「{h}」が2つの項目に割り当てられています", "Column '{h}' is mapped twice", h=header))
        columns[target] = index
    for target in REQUIRED_TARGETS:
        if target not in columns:
            raise InputError(msg("{t}の列を割り当ててください", "Map a column to “{t}”", t=known[target]))
    return columns


@dataclass(frozen=True)
class ParsedApplication:
    row: int  # as numbered in the file
    name: str
    email: str
    identity: str
    submitted_at: datetime | None
    answers: dict[str, str]
    conditions: dict[str, bool]  # condition key → ticked; a condition without a column is left out
    late: bool
    unmet: bool
    skills: tuple[str, ...] = ()
    profile: dict[str, str] = field(default_factory=dict)  # PROFILE_TARGETS the row answered


def parse_time(value: object) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.replace(tzinfo=None, microsecond=0)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    text = cell_text(value)
    for pattern in _TIME_FORMATS:
        try:
            return datetime.strptime(text, pattern)
        except ValueError:
            continue
    raise CellError(msg("日時は 2021/09/21 17:00 の形で入力してください", "Enter a time like 2021/09/21 17:00"))


def is_late(deadline: datetime | None, submitted_at: datetime | None) -> bool:
    """締切後: sent after the call's deadline as it stands now (an application without a time is never late). The
    one rule for the import and for a deadline moved afterwards (services/calls.save_call re-applies it)."""
    return deadline is not None and submitted_at is not None and submitted_at > deadline


def is_unmet(conditions: Sequence[Condition], ticks: Mapping[str, bool]) -> bool:
    """条件未達: a condition of the call as it is now left unticked (a removed condition's tick no longer counts).
    The one rule for the import and for conditions edited afterwards (services/calls.save_call re-applies it)."""
    return bool(unmet_numbers(conditions, ticks))


def unmet_numbers(conditions: Sequence[Condition], ticks: Mapping[str, bool]) -> list[int]:
    """The places (1, 2, …, as the call lists its conditions) of the conditions left unticked."""
    return [n for n, condition in enumerate(conditions, start=1) if ticks.get(condition.key) is False]


def identity_of(name: str, email: str) -> str:
    return choice_key(email) if email else "name:" + choice_key(name)


def parse_row(call: Call, columns: Mapping[str, int], titles: Sequence[str], number: int,
              cells: Sequence[object]) -> tuple[ParsedApplication | None, list[Problem]]:
    """One row as an application, or None and its problems (each naming the column as written in the file)."""
    def cell(target: str) -> object:
        index = columns.get(target)
        return cells[index] if index is not None and index < len(cells) else None

    def problem(target: str, text: str) -> Problem:
        return Problem(number, titles[columns[target]] if target in columns else targets(call)[target], text)

    problems: list[Problem] = []
    name, email = cell_text(cell("name")), cell_text(cell("email"))
    if not name:
        problems.append(problem("name", msg("入力してください", "This field is required")))
    elif len(name) > 200:
        problems.append(problem("name", msg("200文字までです", "At most 200 characters")))
    elif (unprintable_name := printable_problem(name)) is not None:
        problems.append(problem("name", unprintable_name))
    if email and (not _EMAIL.fullmatch(email) or len(email) > 254):
        problems.append(problem("email", msg("メールアドレスの形ではありません", "Not an e-mail address")))
    submitted_at = None
    try:
        submitted_at = parse_time(cell("submitted_at"))
    except CellError as bad:
        problems.append(problem("submitted_at", str(bad)))
    skills: tuple[str, ...] = ()
    try:
        skills = tuple(convert(cell("skills"), "tuple[str, ...]", enum_choices(SkillType)))
    except CellError as bad:
        problems.append(problem("skills", str(bad)))
    profile: dict[str, str] = {}
    for target in PROFILE_TARGETS:
        try:
            chosen = cell_text(cell(target)) if target == "region" else convert(
                cell(target), "str | None", enum_choices(_PROFILE_CHOICES[target]))
        except CellError as bad:
            problems.append(problem(target, str(bad)))
            continue
        if target == "region" and len(chosen) > 200:
            problems.append(problem(target, msg("200文字までです", "At most 200 characters")))
        elif chosen:
            profile[target] = chosen
    answers: dict[str, str] = {}
    for question in call.questions:
        raw = cell(question.key)
        answer = "" if raw is None else raw if isinstance(raw, str) else cell_text(raw)
        if len(answer) > MAX_ANSWER:
            problems.append(problem(question.key, msg("{n}文字までです", "At most {n} characters", n=MAX_ANSWER)))
        elif (unprintable_answer := printable_problem(answer)) is not None:  # printed: PDFs, review sheets
            problems.append(problem(question.key, unprintable_answer))
        answers[question.key] = answer
    ticks: dict[str, bool] = {}
    for condition in call.conditions:
        if condition.key in columns:
            try:
                ticks[condition.key] = bool(convert(cell(condition.key), "bool", None))
            except CellError as bad:
                problems.append(problem(condition.key, str(bad)))
    if problems:
        return None, problems
    return ParsedApplication(number, name, email, identity_of(name, email), submitted_at, answers, ticks,
                             is_late(call.deadline, submitted_at), is_unmet(call.conditions, ticks), skills,
                             profile), []


@dataclass(frozen=True)
class ApplicationPlan:
    new: list[ParsedApplication]
    duplicates: list[ParsedApplication]  # the call holds them already: skipped
    problems: list[Problem]
    resubmitted: list[tuple[int, int]] = field(default_factory=list)  # (row set aside, row of the later submission)


def plan_applications(call: Call, mapping: Mapping[str, str], header: Sequence[object],
                      rows: Sequence[tuple[int, Sequence[object]]], existing: set[str]) -> ApplicationPlan:
    """Each row parsed and sorted into new, duplicate of the call's `existing` identities, resubmitted (set
    aside for a later submission of the same e-mail), or problems."""
    titles = [cell_text(h) for h in header]
    try:
        columns = check_mapping(call, mapping, titles)
    except InputError as bad:
        return ApplicationPlan([], [], [Problem(HEADER_ROW, "", str(bad))])
    problems: list[Problem] = []
    kept: dict[str, ParsedApplication] = {}
    resubmitted: list[tuple[int, int]] = []
    for number, cells in rows:
        parsed, row_problems = parse_row(call, columns, titles, number, cells)
        problems += row_problems
        if parsed is None:
            continue
        earlier = kept.get(parsed.identity)
        if earlier is not None and not parsed.email:
            problems.append(Problem(number, "", msg("{earlier}行目と同じ応募者です（メールアドレスがなく氏名が一致）",
                                                    "Repeats row {earlier} (no e-mail, same name)",
                                                    earlier=earlier.row)))
            continue
        if earlier is not None:
            first, last = sorted((earlier, parsed), key=_submission_order)
            resubmitted.append((first.row, last.row))
            parsed = last
        kept[parsed.identity] = parsed
    chosen = sorted(kept.values(), key=lambda a: a.row)
    return ApplicationPlan([a for a in chosen if a.identity not in existing],
                           [a for a in chosen if a.identity in existing], problems, sorted(resubmitted))


def _submission_order(application: ParsedApplication) -> tuple[datetime, int]:
    """Later submissions last: by the form's time stamp, then by row (a row without one counts as earliest)."""
    return application.submitted_at or datetime.min, application.row


@dataclass(frozen=True)
class Application:
    id: int
    call_id: int
    name: str
    email: str
    submitted_at: datetime | None
    answers: dict[str, str]
    conditions: dict[str, bool]  # condition key → ticked, as parsed
    late: bool
    unmet: bool
    source: str
    skills: tuple[str, ...] = ()
    profile: dict[str, str] = field(default_factory=dict)

    @property
    def flags(self) -> str:
        """締切後 / 条件未達, as the lists show them."""
        return "・".join(text for on, text in ((self.late, msg("締切後", "late")),
                                               (self.unmet, msg("条件未達", "condition unmet"))) if on)
