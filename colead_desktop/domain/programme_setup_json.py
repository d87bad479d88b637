"""The JSON document of `colead programme create FILE.json`, read strictly into a ProgrammeSetup.

Every problem names its JSON path (`payer.zengin.bank_code`, `regions[2].name`), and those are the paths
check_setup's findings use, so a rule broken later points at the same place. Unknown keys are refused
(a misspelt `adress` would otherwise be dropped silently and the statement print no address). Codes must be
JSON strings: a number loses its leading zeros (0001 → 1) and no bank code survives that.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from colead_desktop.domain.bank import AccountType
from colead_desktop.domain.personal import mask_number
from colead_desktop.domain.json_input import Node, Problems, parse
from colead_desktop.domain.programme_setup import (PayerSetup, ProgrammeSetup, RegionSetup, ZenginRequester,
                                                   normalise_setup)
from colead_desktop.domain.normalise import normalise_text

MAX_REGIONS = 100
# Only against a document that is not a setup at all: a long value is check_setup's to report, with its field's own
# limit (the column widths), not with this one.
MAX_CHARS = 100_000

_PROGRAMME_KEYS = ("name", "fiscal_year", "start", "end", "sponsor", "payer", "regions")
_PAYER_KEYS = ("name", "address", "phone", "project_name", "contract_no", "invoice_no", "zengin")
_ZENGIN_KEYS = ("requester_code", "requester_kana", "bank_code", "branch_code", "account_type", "account_number")
_REGION_KEYS = ("name", "prefecture", "lab", "lab_contact", "lab_address")
_ACCOUNT_TYPES = {"普通": AccountType.ORDINARY, "当座": AccountType.CURRENT}
_ACCOUNT_TYPE_NAMES = {"ordinary": "普通", "current": "当座", "savings": "貯蓄"}  # the document's words, any language


def read_setup_json(document: str | bytes | Mapping[str, Any]) -> ProgrammeSetup:
    """The setup in `document` (JSON text, or an object already parsed from JSON), normalised like every
    setup (normalise_setup); InputError listing every problem found, each with its path."""
    if isinstance(document, Mapping):
        # The same strict reader for both: an object a script built may hold what JSON text cannot.
        document = json.dumps(document, ensure_ascii=False)
    root = parse(document.encode("utf-8") if isinstance(document, str) else document)
    problems = Problems()
    problems.attempt(lambda: root.only_keys(_PROGRAMME_KEYS))
    name = problems.attempt(lambda: _string(root.field("name")))
    fiscal_year = problems.attempt(lambda: root.field("fiscal_year").integer(2000, 2100))
    start = problems.attempt(lambda: root.field("start").date())
    end = problems.attempt(lambda: root.field("end").date())
    sponsor = problems.attempt(lambda: _optional(root.field("sponsor")))
    payer = problems.attempt(lambda: _payer(root.field("payer")))
    regions = problems.attempt(lambda: tuple(_region(n) for n in root.field("regions").items(MAX_REGIONS)))
    problems.raise_any()
    assert name is not None and fiscal_year is not None and start is not None and end is not None
    assert sponsor is not None and payer is not None and regions is not None
    return normalise_setup(ProgrammeSetup(name=name, fiscal_year=fiscal_year, start=start, end=end,
                                          sponsor=sponsor, payer=payer, regions=regions))


def _string(node: Node) -> str:
    """A string, possibly empty (check_setup says which fields must not be), NFKC-normalised."""
    value = node.value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        raise node.fail("文字列（\"…\"）で指定してください。数値では先頭の0が消えます",
                        "must be a string (\"…\"); as a number its leading zeros would be lost")
    if not isinstance(value, str):
        node.text()  # fails with "is required" when the key is absent
        raise node.fail("文字列で指定してください", "must be a string")
    if len(value) > MAX_CHARS:
        raise node.fail("{n} 文字以内で指定してください", "must be at most {n} characters", n=MAX_CHARS)
    return normalise_text(value)


def _optional(node: Node) -> str:
    return node.maybe(_string) or ""


def _payer(node: Node) -> PayerSetup:
    node.only_keys(_PAYER_KEYS)
    return PayerSetup(name=_string(node.field("name")), address=_string(node.field("address")),
                      phone=_optional(node.field("phone")), project_name=_optional(node.field("project_name")),
                      contract_no=_optional(node.field("contract_no")), invoice_no=_optional(node.field("invoice_no")),
                      zengin=node.field("zengin").maybe(_zengin) or ZenginRequester())


def _zengin(node: Node) -> ZenginRequester:
    """Absent keys are empty: check_setup names what an incomplete block lacks, and warns of an empty one."""
    node.only_keys(_ZENGIN_KEYS)
    account_type = node.field("account_type").maybe(lambda n: _ACCOUNT_TYPES[n.choice(_ACCOUNT_TYPES)])
    return ZenginRequester(
        requester_code=_optional(node.field("requester_code")), requester_kana=_optional(node.field("requester_kana")),
        bank_code=_optional(node.field("bank_code")), branch_code=_optional(node.field("branch_code")),
        account_type=account_type or AccountType.ORDINARY, account_number=_optional(node.field("account_number")))


def _region(node: Node) -> RegionSetup:
    node.only_keys(_REGION_KEYS)
    return RegionSetup(name=_string(node.field("name")), prefecture=_optional(node.field("prefecture")),
                       lab=_optional(node.field("lab")), lab_contact=_optional(node.field("lab_contact")),
                       lab_address=_optional(node.field("lab_address")))


def setup_to_json(programme_id: int, setup: ProgrammeSetup) -> dict[str, Any]:
    """The setup in the create document's shape (plus the id), for the CLI's output. The payer's account number
    is masked as on screen: a programme's JSON is pasted into mails and tickets."""
    payer, zengin = setup.payer, setup.payer.zengin
    return {
        "id": programme_id, "name": setup.name, "fiscal_year": setup.fiscal_year, "start": setup.start.isoformat(),
        "end": setup.end.isoformat(), "sponsor": setup.sponsor,
        "payer": {"name": payer.name, "address": payer.address, "phone": payer.phone,
                  "project_name": payer.project_name, "contract_no": payer.contract_no, "invoice_no": payer.invoice_no,
                  "zengin": {"requester_code": zengin.requester_code, "requester_kana": zengin.requester_kana,
                             "bank_code": zengin.bank_code, "branch_code": zengin.branch_code,
                             "account_type": _ACCOUNT_TYPE_NAMES[zengin.account_type],
                             "account_number": mask_number(zengin.account_number) if zengin.account_number else ""}},
        "regions": [{"id": r.region_id, "name": r.name, "prefecture": r.prefecture, "lab": r.lab,
                     "lab_contact": r.lab_contact, "lab_address": r.lab_address} for r in setup.regions]}
