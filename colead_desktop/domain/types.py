"""Vocabulary shared by every layer: enumerations with their Japanese and English labels."""

from __future__ import annotations

from enum import StrEnum

from colead_desktop.domain.i18n import msg


class LabelledEnum(StrEnum):
    """A StrEnum whose members know their localised label (`_labels` maps value -> (ja, en))."""

    @property
    def label(self) -> str:
        ja, en = type(self)._labels()[self.value]
        return msg(ja, en)

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        raise NotImplementedError

    @classmethod
    def label_of(cls, value: str) -> str:
        """The label of a stored value. A value none of the choices has (saved by an older version, before the
        choices were held on every save) is shown as it is, flagged, so a list or document shows the record
        instead of failing; the record's edit asks for a choice (domain/validation). No choice (empty) is no label."""
        if not value:
            return ""
        try:
            return cls(value).label
        except ValueError:
            return not_a_choice(value)


def not_a_choice(value: object) -> str:
    """A stored value none of its field's choices has, shown as it is and flagged."""
    return msg("{v}（選択肢にない値）", "{v} (not one of the choices)", v=value)


class SkillType(LabelledEnum):
    BUSINESS_ARCHITECT = "business_architect"
    DATA_SCIENTIST = "data_scientist"
    UX_DESIGNER = "ux_designer"
    ENGINEER = "engineer"
    SECURITY = "security"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return {
            "business_architect": ("ビジネスアーキテクト", "Business architect"),
            "data_scientist": ("データサイエンティスト", "Data scientist"),
            "ux_designer": ("UI/UXデザイナー", "UI/UX designer"),
            "engineer": ("エンジニア・オペレータ", "Engineer/operator"),
            "security": ("サイバーセキュリティスペシャリスト", "Cybersecurity specialist"),
        }


class CareerStage(LabelledEnum):
    JUNIOR = "junior"
    MIDDLE = "middle"
    SENIOR = "senior"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return {"junior": ("若手", "Early career"), "middle": ("ミドル", "Mid career"),
                "senior": ("シニア", "Senior")}


class Employment(LabelledEnum):
    EMPLOYEE = "employee"
    FREELANCE = "freelance"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return {"employee": ("企業等人材", "Company employee"), "freelance": ("フリーランス", "Freelance")}


class VenueType(LabelledEnum):
    GOVERNMENT = "government"
    HOTEL = "hotel"
    COWORKING = "coworking"
    OTHER = "other"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return {"government": ("庁舎の会議室", "Government meeting room"),
                "hotel": ("ホテル等の貸し会議室", "Hotel or rental meeting room"),
                "coworking": ("コワーキングスペース", "Coworking space"),
                "other": ("その他", "Other")}


class Facility(LabelledEnum):
    PRESENTATION_SPACE = "presentation_space"
    DISCUSSION_SPACE = "discussion_space"
    WORK_SPACE = "work_space"
    DISPLAY = "display"
    WHITEBOARD = "whiteboard"
    INTERNET = "internet"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return {"presentation_space": ("プレゼンテーションスペース", "Presentation space"),
                "discussion_space": ("ディスカッションスペース", "Discussion space"),
                "work_space": ("ワークスペース", "Work space"),
                "display": ("大型モニター・プロジェクター", "Large monitor or projector"),
                "whiteboard": ("ホワイトボード", "Whiteboard"),
                "internet": ("インターネット環境", "Internet")}


class TransportMode(LabelledEnum):
    PUBLIC_TRANSIT = "public_transit"
    OFFICIAL_CAR = "official_car"
    RENTAL_CAR = "rental_car"
    CHARTERED_BUS = "chartered_bus"
    OTHER = "other"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return {"public_transit": ("公共交通機関", "Public transit"), "official_car": ("公用車", "Official car"),
                "rental_car": ("レンタカー", "Rental car"), "chartered_bus": ("貸し切りバス", "Chartered bus"),
                "other": ("その他", "Other")}


class EventKind(LabelledEnum):
    MEETUP = "meetup"
    PRE_MEETING = "pre_meeting"
    FIELDWORK_TOUR = "fieldwork_tour"
    INTERIM_REPORT = "interim_report"
    FINAL_REPORT = "final_report"
    REGULAR_MEETING = "regular_meeting"
    COMMITTEE = "committee"
    OTHER = "other"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return {"meetup": ("ミートアップ", "Meetup"), "pre_meeting": ("事前顔合わせ", "Pre-meeting"),
                "fieldwork_tour": ("フィールドワークツアー", "Fieldwork tour"),
                "interim_report": ("中間報告会", "Interim report"), "final_report": ("最終報告会", "Final report"),
                "regular_meeting": ("定例会", "Regular meeting"), "committee": ("検討会", "Committee"),
                "other": ("その他", "Other")}


class EventFormat(LabelledEnum):
    ONLINE = "online"
    ONSITE = "onsite"
    HYBRID = "hybrid"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return {"online": ("オンライン", "Online"), "onsite": ("現地", "On site"),
                "hybrid": ("ハイブリッド", "Hybrid")}


class Organisation(LabelledEnum):
    """Whom a staff member works for; stored in `staff.organisation`."""

    LAB = "lab"
    SME = "sme"
    SECRETARIAT = "secretariat"
    MINISTRY = "ministry"
    OTHER = "other"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return {"lab": ("IoT推進ラボ", "IoT lab"), "sme": ("地域中小企業", "SME"),
                "secretariat": ("事務局", "Secretariat"), "ministry": ("経済産業省", "METI"),
                "other": ("その他", "Other")}


# A region's own staff: seated at its round table and listed first when staffing a meetup.
REGIONAL_ORGANISATIONS = (Organisation.LAB, Organisation.SME)
