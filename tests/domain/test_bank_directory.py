"""Bank and branch names read from zengin-code's data files one bank at a time (issue 15) are the ones the
package itself loads (it reads all 1,200 banks and their branches on import)."""

from __future__ import annotations

import subprocess
import sys

from dataclasses import replace

from colead_desktop.domain.bank import validate_account
from colead_desktop.domain.bank_directory import BankInfo, bank_info, with_directory_names
from colead_desktop.domain.kana import to_zengin_kana
from colead_desktop.domain.normalise import normalise_text


def test_every_bank_and_a_branch_of_each_as_the_package_has_them() -> None:
    import zengin_code

    for code, bank in zengin_code.Bank.all.items():
        names = (normalise_text(bank.name), to_zengin_kana(bank.kana))
        assert bank_info(code) == BankInfo(*names)
        assert bank_info(code, "999x") == BankInfo(*names)  # a branch not in the data: the bank only
        for branch_code, branch in list(bank.branches.items())[:3]:
            assert bank_info(code, branch_code) == BankInfo(*names, normalise_text(branch.name),
                                                            to_zengin_kana(branch.kana))
    assert bank_info("0000") is None


def test_a_lookup_does_not_load_the_whole_directory() -> None:
    done = subprocess.run([sys.executable, "-c", "import sys\nfrom colead_desktop.domain.bank_directory import "
                           "bank_info\nassert bank_info('0001', '001').branch_known\nprint('zengin_code' in sys.modules)"],
                          capture_output=True, text=True, check=True, timeout=60)
    assert done.stdout.strip() == "False"


def test_an_account_without_names_gets_the_code_lists_and_a_typed_name_is_kept() -> None:
    bare = validate_account("t01", "0005", "001", "普通", "1234567", "ｱｵｷ ﾊﾙｶ")
    info = bank_info("0005", "001")
    assert info is not None and info.bank_kana and info.branch_kana
    named = with_directory_names(bare)
    assert (named.bank_name_kana, named.branch_name_kana) == (info.bank_kana[:15], info.branch_kana[:15])
    typed = replace(bare, branch_name_kana="ﾃｽﾄ")
    assert with_directory_names(typed).branch_name_kana == "ﾃｽﾄ"
    unknown = replace(bare, bank_code="9899")  # not in the list: left blank, as the format allows
    assert with_directory_names(unknown) == unknown
