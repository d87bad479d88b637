"""The guideline's company worksheets: B-1 candidate checklist and B-3 business-issue profile.

Codes are stable keys stored in the database; labels are the worksheet's own wording.
"""

from __future__ import annotations

from dataclasses import dataclass

from colead_desktop.domain.i18n import msg


@dataclass(frozen=True)
class WorksheetField:
    code: str
    step: int
    ja: str
    en: str
    required_before_start: bool = False

    @property
    def label(self) -> str:
        return msg(self.ja, self.en)


B1_CHECKLIST: tuple[WorksheetField, ...] = (
    WorksheetField("regional_leader", 1, "地域未来牽引企業の認定", "Certified regional future-leading company"),
    WorksheetField("innovation_certified", 1, "公的機関からの経営革新の認定", "Public management-innovation certification"),
    WorksheetField("digital_keen", 1, "デジタル化に積極的か", "Keen on digitalisation"),
    WorksheetField("ceo_vision", 1, "経営者がビジョンを語れるか", "CEO can articulate a vision"),
    WorksheetField("ceo_participates", 2, "経営者の参加", "CEO takes part", True),
    WorksheetField("field_staff_involved", 2, "現場の巻き込み", "Field staff involved", True),
    WorksheetField("project_team", 2, "プロジェクトチームの組成", "Project team formed", True),
    WorksheetField("regional_issue_business", 3, "地域課題に直結する事業か", "Business tied to a regional issue"),
    WorksheetField("regional_issue_keen", 3, "地域課題解決に積極的か", "Keen to solve regional issues"),
    WorksheetField("regional_activity_keen", 3, "地域の活動に積極的か", "Active in the community"),
)

B3_PROFILE: tuple[WorksheetField, ...] = (
    WorksheetField("company_description", 1, "貴社はどんな会社ですか", "What kind of company are you?"),
    WorksheetField("vision_choice", 2, "5年後どのような会社にしていきたいか", "Where do you want to be in 5 years?"),
    WorksheetField("vision_text", 2, "5年後の具体的なビジョン", "Concrete 5-year vision"),
    WorksheetField("barriers", 3, "ビジョン実現の壁", "Barriers to the vision"),
    WorksheetField("solution_outsourcing", 4, "①業務の外部化による解決策", "Solutions by outsourcing"),
    WorksheetField("solution_digital", 4, "②ITやデジタル化による解決策", "Solutions by IT and digitalisation"),
    WorksheetField("solution_talent", 4, "③人材活用による解決策", "Solutions by using talent"),
    WorksheetField("wanted_talent", 5, "マッチングしたい高度デジタル人材", "Digital talent wanted"),
)

VISION_CHOICES: tuple[tuple[str, str], ...] = (
    ("既存の事業に集中し、安定した成長", "Focus on the existing business and grow steadily"),
    ("既存の事業について更なる事業規模の拡大", "Scale up the existing business"),
    ("既存の事業留まらず、新規事業の創出", "Create new businesses beyond the existing one"),
    ("事業規模の拡大や複数の新規事業創出等の大変革を志向", "Aim at a major transformation"),
)


def missing_before_start(checklist: dict[str, bool]) -> list[WorksheetField]:
    """The 受入体制 items still unchecked: all must be checked before the project starts."""
    return [item for item in B1_CHECKLIST if item.required_before_start and not checklist.get(item.code)]
