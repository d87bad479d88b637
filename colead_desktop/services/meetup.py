"""Online events in the database: the events held online and their agendas.

One session per public call; domain objects in and out. The round-table setup and plan live in
`meetup_setup` (what is stored) and `meetup_grid` / `meetup_setup_edit` (how the window edits it);
the documents and calendars in `meetup_exports`. The `*_in(session, ...)` functions work inside a
session opened by the caller, so those modules can compose one unit of work. A saved agenda is an undo step
in the window (`replace_agenda`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.db.meetup_models import AgendaBlockRow
from colead_desktop.domain.agenda import (Agenda, AgendaBlock, BlockKind, RegionIntro, interim_report_2021, meetup_2021,
                                          pre_meeting)
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.jp_calendar import TOKYO
from colead_desktop.domain.types import EventKind
from colead_desktop.services.lookups import row_by_id
from colead_desktop.services.programme_scope import regions_of
from colead_desktop.services.record_restore import changed_since, deleted_since

ONLINE_FORMATS = ("online", "hybrid")
TEMPLATES = ("meetup_2021", "pre_meeting", "interim_report_2021")


def template_label(name: str) -> str:
    return {"meetup_2021": msg("2021年ミートアップ", "2021 meetup"),
            "pre_meeting": msg("事前顔合わせ（企業ごと60分）", "Pre-meeting (60 min per company)"),
            "interim_report_2021": msg("2021年中間報告会", "2021 interim report")}[name]


@dataclass(frozen=True)
class EventSummary:
    id: int
    kind: str
    title: str
    starts_at: datetime
    ends_at: datetime
    tool: str
    join_url: str

    @property
    def label(self) -> str:
        return f"{self.starts_at:%Y-%m-%d %H:%M}  {self.title}（{EventKind.label_of(self.kind)}）"


def list_online_events(db: Database, programme_id: int) -> list[EventSummary]:
    """The programme's events held online or hybrid (meetup, pre-meetings, reports, committees...), by date."""
    with db.session() as session:
        rows = session.scalars(select(models.Event).where(models.Event.event_format.in_(ONLINE_FORMATS),
                                                          models.Event.programme_id == programme_id)
                               .order_by(models.Event.starts_at, models.Event.id)).all()
        return [EventSummary(e.id, e.kind, e.title, e.starts_at, e.ends_at, e.tool, e.join_url) for e in rows]


def meetup_event_id(db: Database, programme_id: int) -> int | None:
    with db.session() as session:
        return meetup_event_id_in(session, programme_id)


def meetup_event_id_in(session: Session, programme_id: int) -> int | None:
    """The programme's first meetup event."""
    return session.scalar(select(models.Event.id).where(models.Event.kind == EventKind.MEETUP.value,
                                                        models.Event.programme_id == programme_id)
                          .order_by(models.Event.starts_at))


def event_in(session: Session, event_id: int) -> models.Event:
    return row_by_id(session, models.Event, event_id)


def agenda_in(session: Session, event_id: int) -> Agenda:
    event = event_in(session, event_id)
    rows = session.scalars(select(AgendaBlockRow).where(AgendaBlockRow.event_id == event_id)
                           .order_by(AgendaBlockRow.position)).all()
    kinds = {k.value for k in BlockKind}
    blocks = tuple(AgendaBlock(r.title, BlockKind(r.kind if r.kind in kinds else "other"), r.minutes, r.owner,
                               r.room, r.join_url) for r in rows)
    return Agenda(event.title, event.starts_at.replace(tzinfo=TOKYO), event.ends_at.replace(tzinfo=TOKYO), blocks,
                  event.tool, event.join_url, tuple(r.name for r in regions_of(session, event.programme_id)),
                  event.event_format in ONLINE_FORMATS)


def load_agenda(db: Database, event_id: int) -> Agenda:
    """The event's agenda; the stored naive JST times come back aware (Asia/Tokyo)."""
    with db.session() as session:
        return agenda_in(session, event_id)


def check_blocks(blocks: Sequence[AgendaBlock]) -> None:
    """InputError naming the first block that cannot be saved."""
    for i, block in enumerate(blocks, start=1):
        if not block.title.strip():
            raise InputError(msg("{i}番目のブロックの題名が空です", "Block {i} has no title", i=i))
        if block.minutes < 0:
            raise InputError(msg("{i}番目「{t}」の時間が負です", "Block {i} '{t}' has a negative length",
                                 i=i, t=block.title))


def save_agenda_in(session: Session, event_id: int, blocks: Sequence[AgendaBlock], tool: str | None,
                   join_url: str | None) -> None:
    event = event_in(session, event_id)
    check_blocks(blocks)
    if tool is not None:
        event.tool = tool.strip()
    if join_url is not None:
        event.join_url = join_url.strip()
    session.execute(delete(AgendaBlockRow).where(AgendaBlockRow.event_id == event_id))
    for position, block in enumerate(blocks):
        session.add(AgendaBlockRow(event_id=event_id, position=position, title=block.title.strip(),
                                   kind=BlockKind(block.kind).value, minutes=block.minutes, owner=block.owner,
                                   room=block.room, join_url=block.join_url))


def save_agenda(db: Database, event_id: int, blocks: Sequence[AgendaBlock], tool: str | None = None,
                join_url: str | None = None) -> None:
    """Replace the event's blocks (in the given order) and, when given, its tool and join URL."""
    with db.session() as session:
        save_agenda_in(session, event_id, blocks, tool, join_url)


@dataclass(frozen=True)
class AgendaContent:
    """What the agenda tab saves: the blocks, the online tool and the join URL (not the event's title or times)."""

    blocks: tuple[AgendaBlock, ...]
    tool: str
    join_url: str

    def as_stored(self) -> AgendaContent:
        """As saving it would read back (titles, tool and URL trimmed), to tell whether a save changes anything."""
        return AgendaContent(tuple(replace(b, title=b.title.strip(), kind=BlockKind(b.kind)) for b in self.blocks),
                             self.tool.strip(), self.join_url.strip())


def agenda_content(db: Database, event_id: int) -> AgendaContent:
    agenda = load_agenda(db, event_id)
    return AgendaContent(agenda.blocks, agenda.place, agenda.join_url)


def replace_agenda(db: Database, event_id: int, expected: AgendaContent, wanted: AgendaContent) -> AgendaContent:
    """Save `wanted` only if the event's agenda is still exactly `expected` (a saved change, its undo and redo):
    another window's save meanwhile is never overwritten (RecordConflict, nothing written). The agenda as
    stored after."""
    kind = msg("アジェンダ", "agenda")
    with db.session() as session:
        if session.scalar(select(models.Event.id).where(models.Event.id == event_id).with_for_update()) is None:
            raise deleted_since(kind)
        agenda = agenda_in(session, event_id)
        if AgendaContent(agenda.blocks, agenda.place, agenda.join_url) != expected:
            raise changed_since(kind)
        save_agenda_in(session, event_id, wanted.blocks, wanted.tool, wanted.join_url)
        session.flush()
        session.expire_all()
        agenda = agenda_in(session, event_id)
        return AgendaContent(agenda.blocks, agenda.place, agenda.join_url)


def template_blocks(db: Database, event_id: int, name: str) -> tuple[AgendaBlock, ...]:
    """The blocks of a template adapted to the event (its join URL, its company for a pre-meeting)."""
    with db.session() as session:
        return template_agenda(session, event_in(session, event_id), name).blocks


def template_agenda(session: Session, event: models.Event, name: str) -> Agenda:
    """The template `name` for `event`; the meetup's regional introductions and the interim report's status
    reports are for the programme's regions."""
    if name in ("meetup_2021", "interim_report_2021"):
        regions = tuple(RegionIntro(r.name, r.prefecture, r.lab_name, r.municipality)
                        for r in regions_of(session, event.programme_id))
        return (meetup_2021 if name == "meetup_2021" else interim_report_2021)(event.join_url, regions)
    if name == "pre_meeting":
        company = re.split("[：:]", event.title, maxsplit=1)[-1].strip()
        start = event.starts_at
        return pre_meeting(start.date(), start.hour, start.minute, company, event.join_url)
    raise InputError(msg("テンプレート「{n}」はありません", "Unknown template '{n}'", n=name))
