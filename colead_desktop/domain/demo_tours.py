"""The three 2021 fieldwork tours (北見, 桑名, 沖縄) as demo data.

Source: programme-sources.md §4.2-4.4 and §10. The day/AM/PM placement there is itself inferred from a
flattened grid. Times not in the source, every coordinate, the party lists, vehicles, seats, arrival and
departure times, and lodging are INVENTED or APPROXIMATE so the demo is complete: places carry
`approximate=True`, and invented details say so in their notes. Lodging hotels are not in the source.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from colead_desktop.domain.itinerary import (Contact, Item, ItemKind, Lodging, Member, Movement, Place,
                                             PlaceKind, Role, Tour, Transport)
from colead_desktop.domain.types import Facility, TransportMode, VenueType

_INVENTED = "（時刻・場所の詳細はデモ用の推定）"
_ALL_FACILITIES = frozenset(Facility)  # assumed: the source lists the venues, not their equipment


def _place(pid: str, name: str, kind: PlaceKind, lat: float, lon: float, address: str, **extra: Any) -> Place:
    return Place(pid, name, kind, lat, lon, address, approximate=True, **extra)


def _item(day: int, start: str, end: str, kind: ItemKind, place: str | None, title: str = "",
          notes: str = "") -> Item:
    return Item(day, time.fromisoformat(start), time.fromisoformat(end), kind, place, title=title, notes=notes)


def _party(talents: int, prefix: str) -> tuple[Member, ...]:
    """Talents are anonymous in the source; two lab staff and one secretariat member are invented."""
    people = [Member(f"{prefix}-t{n}", f"人材{chr(64 + n)}", Role.TALENT) for n in range(1, talents + 1)]
    people += [Member(f"{prefix}-l1", "ラボ担当1", Role.LAB_STAFF), Member(f"{prefix}-l2", "ラボ担当2", Role.LAB_STAFF),
               Member(f"{prefix}-s1", "事務局担当", Role.SECRETARIAT)]
    return tuple(people)


def kitami() -> Tour:
    places = (
        _place("kitami-so", "サテライトオフィス北見", PlaceKind.VENUE, 43.8045, 143.8955, "北海道北見市（中心部）",
               capacity=30, facilities=_ALL_FACILITIES, venue_type=VenueType.COWORKING),
        _place("kankyo-taizen", "環境大善株式会社", PlaceKind.COMPANY, 43.8330, 143.9420, "北海道北見市"),
        _place("kuwabara", "桑原電工株式会社（桑原グループ）", PlaceKind.COMPANY, 43.7930, 143.9080, "北海道北見市"),
        _place("acecleen", "株式会社エースクリーン", PlaceKind.COMPANY, 43.7760, 143.8750, "北海道北見市"),
        _place("curling", "北見カーリングホール", PlaceKind.FACILITY, 43.7880, 143.9200, "北海道北見市"),
        _place("greens", "株式会社グリーンズ北見", PlaceKind.COMPANY, 43.8120, 143.8700, "北海道北見市"),
        _place("farm", "大規模農家（野々下さんの農場）", PlaceKind.COMPANY, 43.8500, 143.8000, "北海道北見市郊外"),
        _place("memanbetsu", "女満別空港", PlaceKind.GATEWAY, 43.8806, 144.1642, "北海道網走郡大空町"),
    )
    items = (
        _item(1, "09:00", "12:30", ItemKind.TRAVEL, None, "現地への移動（女満別空港経由）"),
        _item(1, "13:30", "14:30", ItemKind.ORIENTATION, "kitami-so", notes="地域の現状と目指す将来像の説明"),
        _item(1, "15:00", "16:30", ItemKind.COMPANY_VISIT, "kankyo-taizen", "企業訪問① 環境大善（生産設備）"),
        _item(1, "17:00", "18:30", ItemKind.TALENT_DISCUSSION, "kitami-so", notes=_INVENTED),
        _item(2, "09:00", "10:30", ItemKind.COMPANY_VISIT, "kuwabara", "企業訪問② 桑原グループ（産業用ドローン）"),
        _item(2, "11:30", "12:30", ItemKind.LUNCH, None),
        _item(2, "13:00", "14:15", ItemKind.COMPANY_VISIT, "acecleen", "企業訪問③ エースクリーン（生産設備）"),
        _item(2, "14:45", "15:30", ItemKind.FACILITY_VISIT, "curling", "地元施設見学 北見カーリングホール"),
        _item(2, "16:00", "17:00", ItemKind.COMPANY_VISIT, "greens", "企業訪問④ グリーンズ北見"),
        _item(2, "17:30", "19:00", ItemKind.TALENT_DISCUSSION, "kitami-so", notes=_INVENTED),
        _item(3, "09:00", "10:15", ItemKind.COMPANY_VISIT, "farm", "企業訪問⑤ 大規模農家（仕掛け罠）"),
        _item(3, "11:00", "12:30", ItemKind.PREPARATION, "kitami-so", notes=_INVENTED),
        _item(3, "13:30", "15:30", ItemKind.PRESENTATION, "kitami-so", "企業への提案に向けた発表"),
    )
    return Tour(region="北海道北見市", start_date=date(2021, 11, 16), days=3, id="demo-kitami-2021",
                title="北見 フィールドワークツアー 2021", members=_party(6, "kitami"), base_venue_id="kitami-so",
                lodging=Lodging("北見市内のホテル（架空）", "北海道北見市", 2),
                transport=Transport(TransportMode.CHARTERED_BUS, 25, "マイクロバス（架空）"),
                arrivals=(Movement("memanbetsu", datetime(2021, 11, 16, 11, 30)),),
                departures=(Movement("memanbetsu", datetime(2021, 11, 18, 17, 30)),),
                places=places, items=items,
                contacts=(Contact("北見市IoT推進ラボ 担当（架空）", "北見市IoT推進ラボ"),))


def kuwana() -> Tour:
    places = (
        _place("city-hotel", "桑名シティホテル", PlaceKind.VENUE, 35.0655, 136.6895, "三重県桑名市中央町",
               capacity=40, facilities=_ALL_FACILITIES, venue_type=VenueType.HOTEL),
        _place("kaishin", "株式会社総本家新之助貝新", PlaceKind.COMPANY, 35.0690, 136.6985, "三重県桑名市"),
        _place("museum", "桑名市博物館", PlaceKind.FACILITY, 35.0665, 136.6965, "三重県桑名市京町",
               opens=time(9, 30), closes=time(17, 0), closed_weekdays=frozenset({0})),
        _place("mie-seiki", "三重精機", PlaceKind.COMPANY, 35.0950, 136.6600, "三重県桑名市"),
        _place("hamaguri", "はまぐりプラザ", PlaceKind.FACILITY, 35.0585, 136.7040, "三重県桑名市赤須賀"),
        _place("taiyo", "大洋産業株式会社", PlaceKind.COMPANY, 35.0800, 136.6750, "三重県桑名市"),
        _place("nabana", "はなばの里（長島観光開発）", PlaceKind.COMPANY, 35.0870, 136.7090, "三重県桑名市長島町"),
        _place("utaandon", "株式会社歌行燈", PlaceKind.COMPANY, 35.0685, 136.6990, "三重県桑名市"),
        _place("shichiri", "七里の渡し", PlaceKind.FACILITY, 35.0700, 136.7000, "三重県桑名市船馬町"),
        _place("rokkaen", "六華苑", PlaceKind.FACILITY, 35.0640, 136.7010, "三重県桑名市桑名",
               opens=time(9, 0), closes=time(17, 0), closed_weekdays=frozenset({0})),
        _place("kuwana-st", "桑名駅", PlaceKind.GATEWAY, 35.0654, 136.6840, "三重県桑名市"),
        _place("nagoya-st", "名古屋駅", PlaceKind.GATEWAY, 35.1709, 136.8815, "愛知県名古屋市中村区"),
    )
    items = (
        _item(1, "10:30", "12:00", ItemKind.TRAVEL, None, "名古屋駅から桑名駅へ移動"),
        _item(1, "12:45", "13:30", ItemKind.ORIENTATION, "city-hotel", notes="地域のキーパーソンからのメッセージ"),
        _item(1, "13:45", "15:45", ItemKind.COMPANY_VISIT, "kaishin", "企業訪問① 総本家新之助貝新（店舗）"),
        _item(1, "16:00", "16:45", ItemKind.FACILITY_VISIT, "museum", "市内視察 桑名市博物館"),
        _item(1, "17:15", "17:45", ItemKind.EXCHANGE, "city-hotel", "企業紹介及び課題検討 大洋産業"),
        _item(1, "17:45", "18:15", ItemKind.EXCHANGE, "city-hotel", "企業紹介及び課題検討 歌行燈"),
        _item(2, "09:00", "10:30", ItemKind.COMPANY_VISIT, "mie-seiki", "企業訪問② 三重精機"),
        _item(2, "11:00", "11:45", ItemKind.FACILITY_VISIT, "hamaguri", "地元施設見学 はまぐりプラザ"),
        _item(2, "12:00", "13:00", ItemKind.LUNCH, None),
        _item(2, "13:15", "14:15", ItemKind.COMPANY_VISIT, "taiyo", "企業訪問③ 大洋産業（生産現場）"),
        _item(2, "14:45", "15:45", ItemKind.TALENT_DISCUSSION, "city-hotel", "デジタル人材でのディスカッション"),
        _item(2, "16:15", "17:15", ItemKind.COMPANY_VISIT, "nabana", "企業訪問④ 長島観光（はなばの里）"),
        _item(2, "17:45", "19:00", ItemKind.EXCHANGE, "city-hotel", "意見交換（全社）"),
        _item(3, "09:00", "10:00", ItemKind.COMPANY_VISIT, "nabana", "企業訪問⑤ 長島観光"),
        _item(3, "10:30", "11:30", ItemKind.COMPANY_VISIT, "utaandon", "企業訪問⑥ 歌行燈"),
        _item(3, "11:45", "12:45", ItemKind.LUNCH, None, "市長とのランチミーティング（地域課題の意見交換）",
              "会場は資料に記載なし"),
        _item(3, "13:00", "13:45", ItemKind.FACILITY_VISIT, "shichiri", "市内視察 七里の渡し"),
        _item(3, "13:55", "14:45", ItemKind.FACILITY_VISIT, "rokkaen", "市内視察 六華苑"),
        _item(3, "15:00", "17:30", ItemKind.PRESENTATION, "city-hotel", "発表会（企業への提案）"),
    )
    return Tour(region="三重県桑名市", start_date=date(2021, 11, 25), days=3, id="demo-kuwana-2021",
                title="桑名 フィールドワークツアー 2021", members=_party(5, "kuwana"), base_venue_id="city-hotel",
                lodging=Lodging("桑名市内のホテル（架空）", "三重県桑名市", 2),
                transport=Transport(TransportMode.OFFICIAL_CAR, 10, "公用車2台（架空）"),
                arrivals=(Movement("kuwana-st", datetime(2021, 11, 25, 12, 0)),),
                departures=(Movement("nagoya-st", datetime(2021, 11, 27, 19, 0)),),
                places=places, items=items,
                contacts=(Contact("くわなIoT推進ラボ 担当（架空）", "くわなIoT推進ラボ"),))


def okinawa() -> Tour:
    places = (
        _place("kencho", "沖縄県庁", PlaceKind.VENUE, 26.2124, 127.6809, "沖縄県那覇市泉崎1-2-2",
               capacity=30, facilities=_ALL_FACILITIES, venue_type=VenueType.GOVERNMENT),
        _place("ships", "シップスエージェンシー", PlaceKind.COMPANY, 26.2160, 127.6720, "沖縄県那覇市"),
        _place("bios", "ビオスの丘", PlaceKind.COMPANY, 26.4270, 127.8320, "沖縄県うるま市石川嘉手苅"),
        _place("kokusai", "国際旅行社", PlaceKind.COMPANY, 26.2150, 127.6850, "沖縄県那覇市"),
        _place("naha-airport", "那覇空港", PlaceKind.GATEWAY, 26.2060, 127.6469, "沖縄県那覇市鏡水"),
    )
    items = (
        _item(1, "08:00", "09:30", ItemKind.TRAVEL, None, "那覇空港から移動"),
        _item(1, "10:00", "11:30", ItemKind.COMPANY_VISIT, "ships", "企業訪問① シップスエージェンシー（EVバス）"),
        _item(1, "12:00", "13:00", ItemKind.LUNCH, None),
        _item(1, "14:00", "16:00", ItemKind.COMPANY_VISIT, "bios", "企業訪問② ビオスの丘（施設見学）"),
        _item(1, "17:30", "19:00", ItemKind.TALENT_DISCUSSION, "kencho", notes=_INVENTED),
        _item(2, "10:00", "12:00", ItemKind.COMPANY_BRIEFING, "kokusai", "企業説明 国際旅行社（オンラインツアー体験）"),
        _item(2, "13:30", "15:00", ItemKind.COMPANY_BRIEFING, "kokusai", "企業説明 国際旅行社（意見交換）"),
        _item(2, "15:30", "18:00", ItemKind.TALENT_DISCUSSION, "kencho", "デジタル人材でのディスカッション"),
        _item(3, "09:30", "12:00", ItemKind.TALENT_DISCUSSION, "kencho", "デジタル人材でのディスカッション"),
        _item(3, "13:30", "16:00", ItemKind.PRESENTATION, "kencho", "企業への提案"),
    )
    return Tour(region="沖縄県", start_date=date(2021, 11, 25), days=3, id="demo-okinawa-2021",
                title="沖縄 フィールドワークツアー 2021", members=_party(5, "okinawa"), base_venue_id="kencho",
                lodging=Lodging("那覇市内のホテル（架空）", "沖縄県那覇市", 2),
                transport=Transport(TransportMode.CHARTERED_BUS, 25, "貸し切りバス（架空）"),
                arrivals=(Movement("naha-airport", datetime(2021, 11, 25, 8, 0)),),
                departures=(Movement("naha-airport", datetime(2021, 11, 27, 18, 30)),),
                places=places, items=items,
                contacts=(Contact("沖縄県IoT推進ラボ 担当（架空）", "沖縄県IoT推進ラボ"),))


def demo_tours() -> list[Tour]:
    return [kitami(), kuwana(), okinawa()]
