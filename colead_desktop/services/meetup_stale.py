"""Whether a meetup's saved seating is out of date, for the commands that print it (handouts, rotation,
per-talent calendars): the window's round-table tab says the same on its own (「再計画」で計画を保存し直して
ください) before anything is printed; the CLI says it on stderr and refuses without --despite-warnings.

Out of date: the stored setup still holds archived talents, the saved plan names talents deleted since, the
programme has talents the plan does not know yet, a round's tables are less even than the planner would make
them, or the plan breaks a hard rule. Counts only: the messages name no one (they may end up in a log).
"""

from __future__ import annotations

from sqlalchemy import select

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.domain import roundtables as rt
from colead_desktop.domain.i18n import msg
from colead_desktop.services.meetup import event_in
from colead_desktop.services.meetup_grid import check
from colead_desktop.services.meetup_setup import archived_in, plan_in, setup_head_in, setup_in
from colead_desktop.services.programme_scope import seatable_talents_of


def stale_plan(db: Database, event_id: int) -> list[str]:
    """Why the event's saved seating is out of date, one line each (empty: it is current, or there is none)."""
    with db.session() as session:
        setup = setup_in(session, event_id)
        if setup is None:
            return []
        head = setup_head_in(session, event_id)
        plan = plan_in(session, event_id, setup)
        archived = {t.id for t in archived_in(session, event_id)}
        known = {t.talent_id for t in setup.talents} | set(setup.absent) | archived
        seated = {i for seating in head.plan or [] for ids in seating.values() for i in ids}
        existing = set(session.scalars(select(models.Talent.id).where(models.Talent.id.in_(seated))))
        programme = {t.id for t, _ in seatable_talents_of(session, event_in(session, event_id).programme_id)}
        lines = []
        if archived:
            lines.append(msg("アーカイブされた人材{n}名が計画に残っています", "{n} archived talent(s) remain in the plan",
                             n=len(archived)))
        if gone := seated - existing:
            lines.append(msg("削除された人材{n}名が計画から抜けています", "{n} deleted talent(s) left the plan",
                             n=len(gone)))
        if new := programme - known:
            lines.append(msg("計画にまだ入っていない人材が{n}名います", "{n} talent(s) are not in the plan yet", n=len(new)))
        if plan is not None:
            if uneven := rt.uneven_rounds(setup.plan_input(), plan.rounds):
                lines.append(msg("第{r}ラウンドのテーブルの人数が偏っています", "The tables of round {r} are uneven",
                                 r="・".join(str(r) for r in uneven)))
            if broken := check(setup, plan, None):
                lines.append(msg("計画に制約違反が{n}件あります", "The plan breaks {n} rule(s)", n=len(broken)))
        if lines:
            lines.append(msg("`colead roundtables replan --event {e}` または画面の「再計画」で計画を保存し直してください",
                             "Save the plan again with `colead roundtables replan --event {e}` or 「再計画」 in the window",
                             e=event_id))
        return lines
