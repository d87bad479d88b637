"""`colead receipt ...`: an expense's receipts, stored in the database (services/receipts.py).

`list` shows an expense's receipts, `add` attaches files (checked: size limit, type), `remove` takes one off,
`save` writes one's bytes to a file (hash-checked first), `open` shows it in the system's viewer through an
owner-only temporary copy, `check` lists every receipt whose bytes are missing or damaged (exit 3), and
`import-files` stores missing ones from an old attachments/ folder (when migration 0020 ran on another laptop).
Who attached or removed is recorded in the payments audit log (COLEAD_USER, else the login name).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from colead_desktop.domain.i18n import msg

if TYPE_CHECKING:
    from colead_desktop.cli import Subparsers
    from colead_desktop.db.engine import Database

PROBLEMS_EXIT = 3


def _receipt(args: argparse.Namespace) -> int:
    from colead_desktop.cli import _database, _print_json, _who
    from colead_desktop.services import payment_records, receipts

    db = _database(args)
    if args.action in ("save", "open"):
        return _write(db, args)
    if args.action in ("check", "import-files"):
        stored, problems = ((receipts.import_old_files(db, Path(args.folder))) if args.action == "import-files"
                            else ([], receipts.check_receipts(db)))
        found = [{"receipt": p.receipt_id, "expense": p.expense_id, "problem": p.problem} for p in problems]
        _print_json(found if args.action == "check" else {"stored": stored, "left": found})
        return PROBLEMS_EXIT if problems else 0
    expense = receipts.expense_of(db, args.receipt) if args.action == "remove" else args.expense
    if args.action == "add":
        payment_records.change_receipts(db, expense, _who(), add=[Path(f) for f in args.files])
    elif args.action == "remove":
        payment_records.change_receipts(db, expense, _who(), remove=[args.receipt])
    _print_json([{"id": r.id, "file_name": r.file_name, "size_bytes": r.size_bytes}
                 for r in receipts.expense_receipts(db, expense)])  # what the expense has now
    return 0


def _write(db: Database, args: argparse.Namespace) -> int:
    from colead_desktop.exports.atomic import write_atomically
    from colead_desktop.private_files import PRIVATE_FILE
    from colead_desktop.services.attachments import private_copy
    from colead_desktop.services.receipts import receipt_file

    name, data = receipt_file(db, args.receipt)  # hash-checked: a damaged receipt is never written out
    if args.action == "save":
        target = write_atomically(Path(args.out), lambda tmp: tmp.write_bytes(data), mode=PRIVATE_FILE)
    else:
        target = private_copy(data, name)
        show_in_viewer(target)
    print(msg("{out} に書き出しました", "Wrote {out}", out=target), file=sys.stderr)
    return 0


def show_in_viewer(path: Path) -> None:
    """Open `path` with the system's default application (not waiting for it)."""
    if sys.platform == "win32":
        os.startfile(path)  # type: ignore[attr-defined]  # Windows only
    else:
        opener = "open" if sys.platform == "darwin" else "xdg-open"
        subprocess.Popen([opener, str(path)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def register(sub: Subparsers) -> None:
    receipt = sub.add_parser("receipt", help="an expense's receipts, stored in the database").add_subparsers(
        dest="action", required=True)
    listing = receipt.add_parser("list", help="an expense's receipts as JSON (id, file name, size)")
    listing.add_argument("expense", type=int, metavar="EXPENSE_ID")
    add = receipt.add_parser("add", help="attach files to an expense (PDF, JPEG, PNG, TIFF, HEIC; 20 MB at most)")
    add.add_argument("expense", type=int, metavar="EXPENSE_ID")
    add.add_argument("files", nargs="+", metavar="FILE")
    remove = receipt.add_parser("remove", help="take a receipt off its expense")
    remove.add_argument("receipt", type=int, metavar="RECEIPT_ID")
    save = receipt.add_parser("save", help="write a receipt's file (checked against its SHA-256) to --out")
    save.add_argument("receipt", type=int, metavar="RECEIPT_ID")
    save.add_argument("--out", required=True, metavar="FILE")
    show = receipt.add_parser("open", help="show a receipt in the system's viewer (a private temporary copy)")
    show.add_argument("receipt", type=int, metavar="RECEIPT_ID")
    receipt.add_parser("check", help="receipts whose file is missing from the database or damaged (exit 3 if any)")
    old = receipt.add_parser("import-files", help="store missing receipts from the folder where versions before "
                             "0020 kept them, on the laptop that has them (exit 3 if some are left)")
    old.add_argument("folder", metavar="FOLDER", help="e.g. the data folder's attachments/")
    for parser in receipt.choices.values():
        parser.set_defaults(run=_receipt)
