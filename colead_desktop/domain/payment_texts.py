"""The wording of payment lines and withholding notes, in Japanese and English, from one table.

A statement stores its computed lines and keeps them once approved, so the words cannot be fixed at
computation: a statement computed in a Japanese session is printed in English later. Each line therefore
records which text it is (`Wording`: a key of TEXTS and its values) and is worded when printed; the
`description` stored beside it is the text as computed, kept for lines stored before wordings existed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from colead_desktop.domain.i18n import msg

TEXTS: dict[str, tuple[str, str]] = {
    "per_diem": ("日当（ツアー参加日）{r:,}円/日", "Per diem (tour day) ¥{r:,}/day"),
    "honorarium": ("謝金（ビジネスモデル案作成）{r:,}円/日", "Honorarium (business-model work) ¥{r:,}/day"),
    "over_cap": ("謝金 上限（{cap:,}円）超過のため不支給", "Honorarium over the cap (¥{cap:,}), not paid"),
    "over_cap_prior": ("謝金 上限（{cap:,}円、既払 {prior:,}円）超過のため不支給",
                       "Honorarium over the cap (¥{cap:,}, ¥{prior:,} already paid), not paid"),
    "paid_directly": ("{t}（事務局が直接支払・支給対象外）", "{t} (paid directly by the secretariat; not paid to you)"),
    "actual_cost": ("{t}（実費）", "{t} (actual cost)"),
    "not_reimbursed": ("{t}（支給対象外: 旅費規定 {rule}）", "{t} (not reimbursed: travel rule {rule})"),
    "travel_fixed": ("旅費（定額）", "Travel (fixed amount)"),
    "no_withholding": ("源泉徴収なし: {r}", "No withholding: {r}"),
    "withheld_all": ("謝金・日当・旅費（現金支給分）に源泉徴収", "Withheld on honorarium, per diem and cash travel"),
    "travel_excluded": ("旅費を源泉徴収の対象外とした理由: {r}", "Travel excluded from withholding: {r}"),
}

Value = str | int


@dataclass(frozen=True)
class Wording:
    """Which text of TEXTS, with its values. `expense` and `detail` word an expense: its category (an
    ExpenseCategory value, worded in the language printed) and the description the user typed."""

    key: str
    values: tuple[tuple[str, Value], ...] = ()

    def text(self) -> str:
        values: dict[str, Value] = dict(self.values)
        if "expense" in values:
            values["t"] = expense_text(str(values.pop("expense")), str(values.pop("detail", "")))
        ja, en = TEXTS[self.key]
        return msg(ja, en, **values)

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "values": dict(self.values)}

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> Wording | None:
        """None for a line stored before wordings (it prints its stored description)."""
        if not data or data.get("key") not in TEXTS:
            return None
        return cls(data["key"], tuple((str(k), v) for k, v in data.get("values", {}).items()))


def wording(key: str, **values: Value) -> Wording:
    return Wording(key, tuple(values.items()))


def expense_text(category: str, detail: str) -> str:
    """'鉄道 新幹線' / 'Rail 新幹線': the category in the printed language, the user's words as typed."""
    from colead_desktop.domain.payments import ExpenseCategory  # the enum lives with the rules that use it

    label = ExpenseCategory(category).label
    return f"{label} {detail}" if detail else label
