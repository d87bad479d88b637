"""`colead calls …`: the programme's calls (募集) and the applications they received (issue 19 items 1–2)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from colead_desktop.cli import Subparsers


def register(sub: Subparsers) -> None:
    calls = sub.add_parser("calls", help="calls (募集) and applications").add_subparsers(dest="action", required=True)
    listed = calls.add_parser("list", help="the programme's two calls (made with the programme: the FY2021 seed or last year's)")
    listed.add_argument("--json", action="store_true", help="print JSON (always)")
    listed.set_defaults(run=_list)
    edit = calls.add_parser("set", help="edit call ID from FILE.json (title, deadline, conditions, questions, "
                            "items, threshold; each optional; 'version' guards against a newer save; id, programme_id and "
                            "kind as 'calls list' prints them, unchanged)")
    edit.add_argument("id", type=int, metavar="ID")
    edit.add_argument("input", metavar="FILE.json")
    edit.set_defaults(run=_set)
    imported = calls.add_parser("import-applications", help="import the web form's export (.csv or .xlsx) into a call")
    imported.add_argument("--call", dest="call_id", required=True, type=int, metavar="ID")
    imported.add_argument("file", metavar="FILE")
    imported.add_argument("--mapping", metavar="JSON", help="target → column header, as a JSON object or a "
                          "file holding one (targets: name, email, submitted_at, skills, q1…, c1…; for talents also "
                          "career_stage, employment, region); default: guessed")
    imported.add_argument("--dry-run", action="store_true", help="check the file and tell what would happen")
    imported.set_defaults(run=_import)
    apps = calls.add_parser("applications", help="the call's applications with their answers and flags")
    apps.add_argument("--call", dest="call_id", required=True, type=int, metavar="ID")
    apps.add_argument("--json", action="store_true", help="print JSON (always)")
    apps.add_argument("--show-personal", action="store_true", help="e-mail addresses unmasked")
    apps.set_defaults(run=_applications)
    skills = calls.add_parser("set-skills", help="an application's skill types, when the form did not ask")
    skills.add_argument("application_id", type=int, metavar="ID")
    skills.add_argument("skills", nargs="+", metavar="SKILL", help="a skill type by its label or value")
    skills.set_defaults(run=_set_skills)
    reviewer = calls.add_parser("add-reviewer", help="add reviewer NAME (選定委員) to a call; prints its id")
    reviewer.add_argument("--call", dest="call_id", required=True, type=int, metavar="ID")
    reviewer.add_argument("name", metavar="NAME")
    reviewer.set_defaults(run=_add_reviewer)
    assigned = calls.add_parser("assign", help="assign applications (default: all of the call's) to a reviewer")
    assigned.add_argument("--reviewer", dest="reviewer_id", required=True, type=int, metavar="ID")
    assigned.add_argument("application_ids", nargs="*", type=int, metavar="APPLICATION_ID")
    assigned.set_defaults(run=_assign)
    out = calls.add_parser("export-reviews", help="the reviewer's review workbook (xlsx: drop-downs, protected)")
    out.add_argument("--reviewer", dest="reviewer_id", required=True, type=int, metavar="ID")
    out.add_argument("--out", required=True, metavar="FILE.xlsx")
    out.set_defaults(run=_export_reviews)
    back = calls.add_parser("import-reviews", help="read a filled review workbook back (all or nothing)")
    back.add_argument("file", metavar="FILE.xlsx")
    back.add_argument("--dry-run", action="store_true", help="check the workbook; write nothing")
    back.set_defaults(run=_import_reviews)
    ranked = calls.add_parser("ranking", help="totals per item and applicant, spread and the ranking (ties shown)")
    ranked.add_argument("--call", dest="call_id", required=True, type=int, metavar="ID")
    ranked.add_argument("--json", action="store_true", help="print JSON (always)")
    ranked.set_defaults(run=_ranking)
    decide = calls.add_parser("decide", help="decide application ID: selected (採択), reserve (補欠) or rejected "
                              "(不採択), or record that the applicant withdrew (辞退)")
    decide.add_argument("application_id", type=int, metavar="ID")
    decide.add_argument("decision", metavar="DECISION", help="selected | reserve | rejected | withdrawn "
                        "(or 採択 / 補欠 / 不採択 / 辞退)")
    decide.add_argument("--reason", required=True, metavar="TEXT")
    decide.add_argument("--by", required=True, metavar="NAME", help="who decides (kept in the decision's log)")
    decide.add_argument("--despite-warnings", action="store_true", help="select or reserve a late applicant, one "
                        "with a condition unmet or below the threshold (without it: the warnings, nothing decided)")
    decide.set_defaults(run=_decide)
    letters = calls.add_parser("letters", help="選定のご連絡 PDFs (a withdrawal's confirmation for 辞退) and "
                               "mail_merge.csv, for the decisions no letter has told yet")
    letters.add_argument("--call", dest="call_id", required=True, type=int, metavar="ID")
    letters.add_argument("--out", required=True, metavar="DIR")
    letters.add_argument("--all", dest="redo", action="store_true", help="write every decided application's "
                         "letter again, those written before too")
    letters.set_defaults(run=_letters)
    made = calls.add_parser("make-participants", help="selected talents join the programme; selected regions "
                            "become its regions with their labs (once each: never again after a delete; 辞退 never)")
    made.add_argument("--call", dest="call_id", required=True, type=int, metavar="ID")
    made.set_defaults(run=_make_participants)


def _list(args: argparse.Namespace) -> int:
    from colead_desktop import cli
    from colead_desktop.services.calls import call_to_json, calls

    db = cli._database(args)
    cli._print_json([call_to_json(call) for call in calls(db, cli._programme(args, db))])
    return 0


def _set(args: argparse.Namespace) -> int:
    from colead_desktop import cli
    from colead_desktop.cli_records import STALE_EXIT
    from colead_desktop.domain.conflicts import StaleRecord
    from colead_desktop.domain.i18n import msg
    from colead_desktop.services.call_edits import edit_warnings
    from colead_desktop.services.calls import call_from_json, call_to_json, get_call, save_call

    document = cli._read_json(args.input)
    document.only_keys(("title", "deadline", "conditions", "questions", "items", "threshold", "version", "id",
                        "programme_id", "kind"))
    db = cli._database(args)
    before = get_call(db, args.id)
    call = call_from_json(before, document.value)
    try:
        saved = save_call(db, call)
    except StaleRecord as stale:  # like `colead set`: exit 4, nothing written
        print(msg("競合: {text}（最新の版は {v}）", "Conflict: {text} (the stored version is {v})", text=str(stale),
                  v=stale.theirs.version), file=sys.stderr)
        return STALE_EXIT
    cli._warn(edit_warnings(db, before, saved))  # saved all the same: the secretariat may mean it
    cli._print_json(call_to_json(saved))
    return 0


def _mapping(text: str) -> dict[str, str]:
    from colead_desktop import cli
    from colead_desktop.domain.json_input import parse

    node = parse(text.encode("utf-8")) if text.lstrip().startswith("{") else cli._read_json(text)
    node.field("name")  # an object is required: fails naming the input otherwise
    return {key: node.field(key).text() for key in node.value}


def _import(args: argparse.Namespace) -> int:
    from colead_desktop import cli
    from colead_desktop.services.applications import import_applications

    mapping = _mapping(args.mapping) if args.mapping else None
    db = cli._database(args)
    result = import_applications(db, args.call_id, Path(args.file), mapping, dry_run=args.dry_run)
    cli._print_json({"dry_run": args.dry_run, "mapping": result.mapping, **result.summary(),
                     "flagged": [{"row": a.row, "late": a.late, "unmet": a.unmet}
                                 for a in result.plan.new if a.late or a.unmet],
                     "duplicate_rows": [a.row for a in result.plan.duplicates],
                     "resubmitted_rows": [{"row": row, "replaced_by": later} for row, later in result.plan.resubmitted]})
    return 0


def _applications(args: argparse.Namespace) -> int:
    from colead_desktop import cli
    from colead_desktop.domain.personal import shown
    from colead_desktop.services.applications import applications

    db = cli._database(args)
    cli._print_json([{"id": a.id, "name": a.name, "email": shown("email", a.email, args.show_personal),
                      "submitted_at": a.submitted_at, "skills": list(a.skills), "answers": a.answers,
                      "conditions": a.conditions, "late": a.late, "unmet": a.unmet, "source": a.source,
                      "profile": a.profile}
                     for a in applications(db, args.call_id)])
    return 0


def _add_reviewer(args: argparse.Namespace) -> int:
    from colead_desktop import cli
    from colead_desktop.services.screening import add_reviewer

    cli._print_json({"id": add_reviewer(cli._database(args), args.call_id, args.name)})
    return 0


def _assign(args: argparse.Namespace) -> int:
    from colead_desktop import cli
    from colead_desktop.services.screening import assign

    added = assign(cli._database(args), args.reviewer_id, args.application_ids or None)
    cli._print_json({"reviewer": args.reviewer_id, "assigned": added})
    return 0


def _export_reviews(args: argparse.Namespace) -> int:
    from colead_desktop import cli
    from colead_desktop.services.screening import export_reviews

    cli._print_json({"file": str(export_reviews(cli._database(args), args.reviewer_id, Path(args.out)))})
    return 0


def _import_reviews(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from colead_desktop import cli
    from colead_desktop.services.screening import import_reviews

    result = import_reviews(cli._database(args), Path(args.file), dry_run=args.dry_run)
    cli._print_json({"dry_run": args.dry_run, **asdict(result)})
    return 0


def _ranking(args: argparse.Namespace) -> int:
    from colead_desktop import cli
    from colead_desktop.services.screening import ranking_json, screening

    cli._print_json(ranking_json(screening(cli._database(args), args.call_id)))
    return 0


def _decide(args: argparse.Namespace) -> int:
    from colead_desktop import cli
    from colead_desktop.domain.i18n import msg
    from colead_desktop.domain.selection import decision_named
    from colead_desktop.services.call_edits import deciding_warnings
    from colead_desktop.services.selection import decide, decision_log

    decision = decision_named(args.decision)
    db = cli._database(args)
    warnings = deciding_warnings(db, args.application_id, decision)
    cli._warn(warnings)
    if warnings and not args.despite_warnings:
        print(msg("判定していません。警告を確かめ、それでも判定するときは --despite-warnings を付けてもう一度実行してください",
                  "Nothing was decided. Check the warnings; to decide anyway, run again with --despite-warnings"),
              file=sys.stderr)
        return 2
    made = decide(db, args.application_id, decision, args.reason, args.by)
    cli._print_json({"application_id": made.application_id, "decision": made.decision.value, "reason": made.reason,
                     "who": made.who, "at": made.at, "log": decision_log(db, args.application_id)})
    return 0


def _letters(args: argparse.Namespace) -> int:
    from colead_desktop import cli
    from colead_desktop.domain.i18n import msg
    from colead_desktop.services.selection import write_letters

    done = write_letters(cli._database(args), args.call_id, Path(args.out), redo=args.redo)
    if done.skipped:
        print(msg("応募 {ids} の通知書は作成済みで判定も変わっていないため、作成しませんでした（作り直すには --all）",
                  "Applications {ids} already have a letter telling their decision: not written again (--all "
                  "writes them again)", ids=", ".join(map(str, done.skipped))), file=sys.stderr)
    cli._print_json({"files": [str(p) for p in done.files], "skipped": done.skipped})
    return 0


def _make_participants(args: argparse.Namespace) -> int:
    from colead_desktop import cli
    from colead_desktop.domain.i18n import msg
    from colead_desktop.services.calls import get_call
    from colead_desktop.services.selection import make_participants

    db = cli._database(args)
    kind = get_call(db, args.call_id).kind.value
    done = make_participants(db, args.call_id)
    for application_id, why in done.skipped:
        print(msg("応募 {id}: {why}のため参加者にしません", "Application {id}: not made a participant ({why})",
                  id=application_id, why=why), file=sys.stderr)
    for application_id, region in done.unknown_regions:
        print(msg("応募 {id}: 希望地域「{r}」はプログラムの地域にありません（希望地域なしで参加者にしました）",
                  "Application {id}: the region wished for, '{r}', is none of the programme's (made a participant "
                  "without it)", id=application_id, r=region), file=sys.stderr)
    cli._print_json({"kind": kind, "made": done.made,
                     "skipped": [{"application_id": a, "why": why} for a, why in done.skipped],
                     "unknown_regions": [{"application_id": a, "region": r} for a, r in done.unknown_regions]})
    return 0


def _set_skills(args: argparse.Namespace) -> int:
    from colead_desktop import cli
    from colead_desktop.services.applications import set_skills

    shown = set_skills(cli._database(args), args.application_id, args.skills)
    cli._print_json({"application_id": args.application_id, "skills": list(shown)})
    return 0
