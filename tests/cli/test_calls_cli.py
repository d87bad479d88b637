"""`colead calls …` on a fresh programme: the seeded calls, a deadline set from JSON (and refused from an older
version), an import refused with its rows and columns, a dry run, the import, the second run, a mapping."""

from __future__ import annotations

import json
from pathlib import Path

from colead_desktop.db.engine import Database
from tests.application_files import BAD_TIME, LATE_UNMET, ON_TIME, REPEAT, write_csv
from tests.cli.run import colead
from tests.programmes import new_programme


def test_calls_and_applications_from_the_command_line(db: Database, tmp_path: Path) -> None:
    new_programme(db)
    listed = json.loads(colead("calls", "list", "--json").stdout)
    assert [(c["kind"], len(c["questions"]), len(c["items"])) for c in listed] == [("region", 11, 11),
                                                                                  ("talent", 3, 8)]
    call_id = str(listed[1]["id"])
    edit = tmp_path / "edit.json"
    edit.write_text(json.dumps({"deadline": "2026-09-21T17:00", "version": listed[1]["version"]}), "utf-8")
    assert json.loads(colead("calls", "set", call_id, str(edit)).stdout)["deadline"] == "2026-09-21T17:00"
    stale = colead("calls", "set", call_id, str(edit))
    assert stale.returncode == 4, stale.stderr  # someone saved since that version
    assert stale.stdout == ""
    edit.write_text(json.dumps({"threshold": "18.5"}), "utf-8")
    assert json.loads(colead("calls", "set", call_id, str(edit)).stdout)["threshold"] == "18.50"
    edit.write_text(json.dumps({"threshold": "高い"}), "utf-8")
    refused = colead("calls", "set", call_id, str(edit))
    assert refused.returncode == 2 and "合格基準" in refused.stderr and refused.stdout == ""
    edit.write_text(json.dumps({"kind": "region", "deadline": "明日", "threshold": "高い", "title": "x"}), "utf-8")
    refused = colead("calls", "set", call_id, str(edit))
    assert refused.returncode == 2 and refused.stdout == ""
    lines = refused.stderr.splitlines()  # every bad key at once
    assert lines[:2] == ['エラー: kind: 変更できません（"talent" のままにしてください）',
                         "deadline: 日時は YYYY-MM-DDTHH:MM で指定してください"]
    assert lines[2].startswith("threshold: 合格基準")
    assert all(c["title"] != "x" for c in json.loads(colead("calls", "list", "--json").stdout))

    bad = colead("calls", "import-applications", "--call", call_id, str(write_csv(tmp_path / "b.csv",
                                                                                  [ON_TIME, BAD_TIME, REPEAT])))
    assert bad.returncode == 2 and bad.stdout == ""
    assert "3行目「タイムスタンプ」" in bad.stderr
    resent = json.loads(colead("calls", "import-applications", "--call", call_id, "--dry-run", str(write_csv(
        tmp_path / "r.csv", [ON_TIME, REPEAT]))).stdout)
    assert (resent["imported"], resent["resubmitted"], resent["resubmitted_rows"]) == (1, 1, [{"row": 2,
                                                                                               "replaced_by": 3}])
    good = str(write_csv(tmp_path / "g.csv", [ON_TIME, LATE_UNMET]))
    dry = json.loads(colead("calls", "import-applications", "--call", call_id, good, "--dry-run").stdout)
    assert (dry["dry_run"], dry["imported"], dry["flagged"]) == (True, 2, [{"row": 3, "late": True, "unmet": True}])
    assert json.loads(colead("calls", "applications", "--call", call_id).stdout) == []
    assert json.loads(colead("calls", "import-applications", "--call", call_id, good).stdout)["imported"] == 2
    second = json.loads(colead("calls", "import-applications", "--call", call_id, good).stdout)
    assert (second["imported"], second["duplicate_rows"]) == (0, [2, 3])
    shown = json.loads(colead("calls", "applications", "--call", call_id).stdout)
    assert [a["email"].startswith("*") for a in shown] == [True, True]  # masked unless asked for
    assert shown[0]["answers"]["q1"] == ON_TIME[3]

    unknown = colead("calls", "import-applications", "--call", call_id, good, "--mapping", '{"name": "お名前"}')
    assert unknown.returncode == 2 and "お名前" in unknown.stderr


def test_a_past_deadline_is_warned_and_a_doubtful_selection_needs_despite_warnings(db: Database,
                                                                                    tmp_path: Path) -> None:
    new_programme(db)
    call_id = str(json.loads(colead("calls", "list", "--json").stdout)[1]["id"])
    edit = tmp_path / "edit.json"
    edit.write_text(json.dumps({"deadline": "2020-01-01T00:00"}), "utf-8")
    moved = colead("calls", "set", call_id, str(edit))
    assert moved.returncode == 0 and json.loads(moved.stdout)["deadline"] == "2020-01-01T00:00"
    assert moved.stderr.startswith("警告: 締切 2020-01-01 00:00 は今日（")
    colead("calls", "import-applications", "--call", call_id, str(write_csv(tmp_path / "g.csv", [ON_TIME])))
    (application,) = json.loads(colead("calls", "applications", "--call", call_id).stdout)
    assert application["late"] is True
    refused = colead("calls", "decide", str(application["id"]), "selected", "--reason", "熱意", "--by", "事務局")
    assert refused.returncode == 2 and refused.stdout == ""
    assert refused.stderr.splitlines() == ["警告: 締切後の応募です", "判定していません。警告を確かめ、それでも判定するときは "
                                           "--despite-warnings を付けてもう一度実行してください"]
    assert colead("calls", "decide", str(application["id"]), "rejected", "--reason", "締切後", "--by", "事務局"
                  ).returncode == 0  # nothing to warn about
    made = colead("calls", "decide", str(application["id"]), "selected", "--reason", "熱意", "--by", "事務局",
                  "--despite-warnings")
    assert made.returncode == 0 and json.loads(made.stdout)["decision"] == "selected"


def test_calls_set_names_every_problem_of_the_input_at_once(db: Database, tmp_path: Path) -> None:
    """A bad deadline or threshold hid the rules the rest broke (an empty title, an unprintable question, a weight
    out of range), and the rules' lines named no field (「募集の名称を入力してください」); a malformed list said only
    「questions / items / conditions の形が違います」 (review prog19 item 4)."""
    new_programme(db)
    call = json.loads(colead("calls", "list", "--json").stdout)[1]
    items = [{**item, "weight": 11} if n == 1 else item for n, item in enumerate(call["items"])]
    edit = tmp_path / "edit.json"
    edit.write_text(json.dumps({"title": "", "deadline": "明日", "threshold": "高い", "items": items,
                                "questions": [{"key": "q1", "text": "😀"}], "conditions": [{"key": "c1"}]},
                               ensure_ascii=False), "utf-8")
    refused = colead("calls", "set", str(call["id"]), str(edit))
    assert refused.returncode == 2 and refused.stdout == ""
    lines = refused.stderr.removeprefix("エラー: ").splitlines()
    assert [line.split(":")[0] for line in lines] == ["deadline", "conditions[0].text", "title", "threshold",
                                                      "questions[0].text", "items[1].weight"], lines
    assert lines[1] == "conditions[0].text: 必須です"
    assert lines[2] == "title: 募集の名称を入力してください"
    english = colead("--lang", "en", "calls", "set", str(call["id"]), str(edit))
    assert "items[1].weight: The weight of scoring item" in english.stderr


def test_calls_set_checks_a_list_with_a_wrong_entry_in_the_same_run(db: Database, tmp_path: Path) -> None:
    """Review prog20 item 3: an entry of the wrong shape (a number where an object is, a key that is no string)
    made the whole list fall back to the stored one, so the rules of its other entries (an empty text, a repeated
    key, a weight out of range) were said only on the next run. Every problem now comes in one run, each named
    by its index in the document; nothing is written."""
    new_programme(db)
    call = json.loads(colead("calls", "list", "--json").stdout)[1]
    edit = tmp_path / "edit.json"
    edit.write_text(json.dumps({
        "conditions": [1, {"key": "c2", "text": ""}, {"key": "c2", "text": "同じキー"}],
        "questions": {"key": "q1", "text": "配列でない"},
        "items": [{"key": "i1", "text": "重すぎる", "weight": 11}, {"key": 5, "text": 7}],
        "threshold": "999", "title": ""}, ensure_ascii=False), "utf-8")
    refused = colead("calls", "set", str(call["id"]), str(edit))
    assert refused.returncode == 2 and refused.stdout == ""
    lines = refused.stderr.removeprefix("エラー: ").splitlines()
    assert lines == ["conditions[0]: オブジェクトで指定してください",
                     "questions: 配列で指定してください",
                     "items[1].key: 文字列で指定してください",
                     "items[1].text: 文字列で指定してください",
                     "title: 募集の名称を入力してください",
                     "conditions[1].text: 応募条件2が空です",
                     "conditions[2].key: 応募条件のキーが重複しています",
                     "items[0].weight: 審査項目 i1 の重みは0〜10です"], lines  # no threshold: the top total is unknown
    assert json.loads(colead("calls", "list", "--json").stdout)[1] == call
