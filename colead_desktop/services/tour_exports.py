"""Every output of a saved tour but its calendars (services/calendars.py): the itinerary PDF (everyone's or
one participant's) and the B-5 planning workbook.

The Tours page, the print centre and the CLI all write through here, so a file is the same whichever of
them asked for it. Each export reads the tour from the database once, and the itinerary its programme's
check parameters once (the PDF's travel times between stops are estimated as the Tours page's checks do).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from colead_desktop.db.engine import Database
from colead_desktop.domain.b5 import b5_from_tour
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg, output_language
from colead_desktop.domain.progress import Progress, report
from colead_desktop.domain.tourcheck import Severity
from colead_desktop.exports.b5_workbook import write_b5_workbook
from colead_desktop.reports.itinerary_pdf import write_itinerary_pdf
from colead_desktop.services.b5_import import visited_companies
from colead_desktop.services.tour_checks import check_held, held_elsewhere, load_check_params, programme_of
from colead_desktop.services.tour_members import archived_members, tour_taking_part
from colead_desktop.services.tours import load_tour


def export_itinerary(db: Database, tour_key: str, target: Path, participant: str | None = None,
                     progress: Progress | None = None) -> Path:
    """The itinerary PDF, without the party's archived talents; with `participant` (a member id) only the items
    that person attends. When the tour's check finds errors, every page says how many (review 16 item 6)."""
    with db.session() as session:
        listed = load_tour(db, tour_key)
        if participant is not None and participant in archived_members(session, listed.members):
            raise InputError(msg(
                "参加者「{p}」はアーカイブ済みの人材のため、旅程表に含めていません。この人の旅程表が必要なら"
                "先にアーカイブを解除してください（人材の一覧の「アーカイブ解除」、または colead talents unarchive {id}）。"
                "ツアーから外すときはツアー設定の「参加者」で削除してください",
                "{p} is an archived talent and is left out of the itinerary. To print their itinerary, lift the archive "
                "first (アーカイブ解除 in the talent list, or colead talents unarchive {id}); to take them off the tour, "
                "remove them under the tour settings' party", p=participant, id=participant.removeprefix("talent-")))
        tour = tour_taking_part(session, listed)
    programme_id = programme_of(db, tour_key)
    params = load_check_params(db, programme_id)
    # exported despite its check's errors (the page and the CLI ask first): the PDF says so on every page
    errors = sum(1 for finding in check_held(listed, params, held_elsewhere(db, programme_id, listed))
                 if finding.severity is Severity.ERROR)
    return write_itinerary_pdf(tour, Path(target), participant, params.travel,
                               progress=lambda done, total: report(progress, done, total), unresolved=errors)


def export_b5(db: Database, tour_key: str, target: Path, progress: Progress | None = None) -> Path:
    """The tour's B-5 worksheet, with B-1 and B-3 of the registered companies it visits."""
    report(progress, 0, 1)
    with db.session() as session:
        tour = tour_taking_part(session, load_tour(db, tour_key))
    companies = visited_companies(db, programme_of(db, tour_key), tour)
    with output_language("ja"):  # a government form (B-5, B-1, B-3): always Japanese, and imported back as such
        return write_b5_workbook(replace(b5_from_tour(tour), companies=companies), Path(target))
