"""Bank and branch names read from zengin-code's data files one bank at a time (issue 15) are the ones the
package itself loads (it reads all 1,200 banks and their branches on import)."""

from __future__ import annotations

import subprocess
import sys

from colead_desktop.domain.bank_directory import BankInfo, bank_info
from colead_desktop.domain.kana import to_zengin_kana
from colead_desktop.domain.validation import normalise_text


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
