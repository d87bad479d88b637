"""Selection (issue 19 item 4): the decision on each application and the notification letter's text.

採択 / 補欠 / 不採択, or 辞退 when the applicant withdraws, each with a reason; who and when are recorded and every
change is kept in a log. The letter (選定のご連絡, the step after 審査 in the call's flow, A:1552-1563) gives the
decision only: the reason is the committee's, kept in the log for the secretariat, never shown to the applicant.
A withdrawal gets a short confirmation instead of a result (review 14b item 2).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from colead_desktop.domain.calls import CallKind
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.text_lengths import MAX_REASON


class Decision(StrEnum):
    SELECTED = "selected"
    RESERVE = "reserve"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"  # 辞退: the applicant withdrew; never made a participant

    @property
    def label(self) -> str:
        return {Decision.SELECTED: msg("採択", "Selected"), Decision.RESERVE: msg("補欠", "Reserve"),
                Decision.REJECTED: msg("不採択", "Not selected"), Decision.WITHDRAWN: msg("辞退", "Withdrawn")}[self]


_JAPANESE = {"selected": "採択", "reserve": "補欠", "rejected": "不採択", "withdrawn": "辞退"}


def decision_named(text: str) -> Decision:
    for decision in Decision:
        if text in (decision.value, decision.label, _JAPANESE[decision.value]):
            return decision
    raise InputError(msg("判定「{v}」は 採択 / 補欠 / 不採択 / 辞退（selected / reserve / rejected / withdrawn）の"
                         "いずれかです", "Decision '{v}' must be selected, reserve, rejected or withdrawn", v=text))


def check_reason(reason: str) -> str:
    reason = reason.strip()
    if not reason:
        raise InputError(msg("判定の理由を入力してください", "Enter the reason for the decision"))
    if len(reason) > MAX_REASON:
        raise InputError(msg("理由は{n}文字までです", "The reason is at most {n} characters", n=MAX_REASON))
    return reason


@dataclass(frozen=True)
class DecisionRecord:
    application_id: int
    decision: Decision
    reason: str
    who: str
    at: datetime
    version: int = 0


@dataclass(frozen=True)
class Letter:
    application_id: int
    applicant: str
    programme: str
    call_kind: CallKind
    decision: Decision
    sender: str
    issued: datetime


def letter_title(letter: Letter) -> str:
    if letter.decision is Decision.WITHDRAWN:
        return msg("ご辞退の受付について", "Confirmation of your withdrawal")
    return msg("選定のご連絡", "Notification of the selection result")


def letter_paragraphs(letter: Letter) -> list[str]:
    """The body of the letter, paragraph by paragraph, in the current language."""
    greeting = msg("{name} 様", "Dear {name},", name=letter.applicant)
    contact = msg("本件に関するお問い合わせは、{s}までご連絡ください。", "For any questions, please contact {s}.",
                  s=letter.sender)
    if letter.decision is Decision.WITHDRAWN:  # a confirmation: no result, no review
        return [greeting,
                msg("このたびは「{p}」にご応募いただき、誠にありがとうございました。",
                    "Thank you very much for applying to “{p}”.", p=letter.programme),
                msg("ご応募を辞退される旨のご連絡をいただき、確かに承りました。ご応募の手続きはこれで終了となります。"
                    "またの機会がございましたら、ぜひご応募ください。",
                    "We have received your notice that you withdraw your application, and your application is "
                    "now closed. We hope to hear from you again on another occasion."),
                contact]
    who = msg("高度デジタル人材", "digital talent") if letter.call_kind is CallKind.TALENT else msg(
        "実施地域", "host region")
    body = {
        Decision.SELECTED: msg(
            "厳正なる審査の結果、貴殿を「{p}」の{who}として採択することとなりましたので、ご連絡いたします。"
            "今後の日程や手続きについては、追って事務局よりご案内いたします。",
            "After careful review, we are pleased to inform you that you have been selected as a {who} for "
            "“{p}”. The secretariat will send you the schedule and next steps shortly.", p=letter.programme, who=who),
        Decision.RESERVE: msg(
            "厳正なる審査の結果、貴殿を「{p}」の{who}の補欠とさせていただくこととなりました。"
            "参加が可能となった場合には、事務局より改めてご連絡いたします。",
            "After careful review, you have been placed on the reserve list of {who}s for “{p}”. Should a place "
            "become available, the secretariat will contact you again.", p=letter.programme, who=who),
        Decision.REJECTED: msg(
            "厳正なる審査の結果、誠に残念ながら、今回は「{p}」の{who}として採択を見送らせていただくこととなりました。"
            "多数のご応募をいただいたため、このような結果となりましたことをご理解いただけますと幸いです。",
            "After careful review, we regret to inform you that you have not been selected as a {who} for “{p}” "
            "this time. We received many strong applications and thank you for your understanding.",
            p=letter.programme, who=who),
    }[letter.decision]
    return [greeting,
            msg("このたびは「{p}」にご応募いただき、誠にありがとうございました。",
                "Thank you very much for applying to “{p}”.", p=letter.programme),
            body,
            msg("審査結果：{d}", "Result: {d}", d=letter.decision.label),
            contact]
