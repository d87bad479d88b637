"""The parser a run builds holds only its command's section (so it imports only that command's modules), and
reads a command line exactly as the whole parser does."""

from __future__ import annotations

import pytest

from colead_desktop import cli


def _commands(parser: object) -> set[str]:
    sub = next(a for a in parser._actions if a.dest == "command")  # type: ignore[attr-defined]
    return set(sub.choices)


def test_the_whole_parser_has_every_section_and_each_section_its_commands() -> None:
    everything = {name for names, _add in cli._SECTIONS for name in names}
    assert _commands(cli.build_parser()) == everything
    for names, _add in cli._SECTIONS:
        assert _commands(cli.build_parser(names[0])) == set(names)
    assert _commands(cli.build_parser("frobnicate")) == everything  # no section: the whole parser reports it


@pytest.mark.parametrize(("argv", "command"), [
    (["list", "talents", "--json"], "list"),
    (["--db", "sqlite:///x.sqlite3", "--lang", "en", "export", "zengin"], "export"),
    (["--lang=en", "--programme", "3", "payments", "run"], "payments"),
    (["--self-check"], None),
    (["--programme", "abc", "list", "talents"], None),  # a bad option: the whole parser says what is wrong
    (["--lang", "xx", "list"], None),
    (["-h"], None),
])
def test_the_command_is_read_after_the_global_options(argv: list[str], command: str | None) -> None:
    assert cli._command_in(argv) == command


@pytest.mark.parametrize("argv", [["list", "tours", "--json"], ["import", "b5", "f.xlsx", "--dry-run"],
                                  ["--programme", "2", "export", "ics", "--programme", "--out", "d"],
                                  ["matching", "solve", "-"], ["checkin", "x.sqlite"]])
def test_a_sections_parser_reads_argv_as_the_whole_one(argv: list[str]) -> None:
    whole = vars(cli.build_parser().parse_args(argv))
    part = vars(cli.build_parser(cli._command_in(argv)).parse_args(argv))
    assert {k: v for k, v in part.items() if k != "run"} == {k: v for k, v in whole.items() if k != "run"}
