"""Export and import, over the API and through the installed `optout` command, on a real Azurite."""

import csv
import io
import json
import re
import signal
import subprocess
import time
import uuid
from datetime import UTC, datetime, timedelta
from urllib.parse import quote

import pytest

from conftest import OPTOUT, PRIMARY_KEY, b64, optout
from optout_core.api import from_spreadsheet, spreadsheet_safe


@pytest.fixture
def numbers() -> list[str]:
    base = uuid.uuid4().int % 10**6
    return [f"+1425{base:06d}{n}" for n in range(8)]


def listed(service, sender: str) -> dict[str, dict]:
    page = service.signed("GET", f"/sms/optouts?from={quote(sender)}&maxPageSize=1000").json()
    return {entry["to"]: entry for entry in page["value"]}


def test_check_add_remove_from_the_command_line(service, sender, numbers):
    added = optout(service, "add", sender, numbers[0], "+1 (425) 555-0000")
    assert added.returncode == 0, added.stderr
    checked = optout(service, "check", sender, numbers[0], numbers[1])
    assert checked.stdout.splitlines() == [f"{numbers[0]}\topted out", f"{numbers[1]}\tnot opted out"]
    assert optout(service, "remove", sender, numbers[0]).returncode == 0
    assert optout(service, "check", sender, numbers[0]).stdout.strip() == f"{numbers[0]}\tnot opted out"


def test_failures_exit_non_zero_with_a_readable_message(service, sender):
    bad_number = optout(service, "add", sender, "+123")
    assert bad_number.returncode == 1 and "Invalid recipient phone number format" in bad_number.stdout
    bad_sender = optout(service, "check", "+1", "+14255550100")
    assert bad_sender.returncode == 1 and "400 BadRequest" in bad_sender.stderr and "Traceback" not in bad_sender.stderr
    nowhere = subprocess.run([str(OPTOUT), "--connection-string", "endpoint=http://127.0.0.1:9/;accesskey=" +
                              b64(PRIMARY_KEY), "check", sender, "+14255550100"],
                             capture_output=True, text=True, check=False)
    assert nowhere.returncode == 1 and "cannot reach 127.0.0.1:9" in nowhere.stderr
    wrong_key = subprocess.run([str(OPTOUT), "--connection-string", f"endpoint={service.base_url}/;accesskey=" +
                                b64(PRIMARY_KEY)[::-1], "check", sender, "+14255550100"],
                               capture_output=True, text=True, check=False)
    assert wrong_key.returncode == 1 and "optout:" in wrong_key.stderr


def test_list_and_history_from_the_command_line(service, sender, numbers):
    optout(service, "add", sender, numbers[0])
    optout(service, "remove", sender, numbers[0])
    optout(service, "add", sender, numbers[0], numbers[1])
    lines = optout(service, "list", "--from", sender).stdout.splitlines()
    assert sorted(line.split("\t")[1] for line in lines) == sorted(numbers[:2])
    history = optout(service, "history", sender, numbers[0], "--json").stdout.splitlines()
    assert [json.loads(line)["action"] for line in history] == ["opt_out", "opt_in", "opt_out"]


def test_csv_export_is_spreadsheet_safe_and_round_trips_through_import(service, sender, numbers, tmp_path):
    optout(service, "add", sender, *numbers[:5])
    exported = tmp_path / "list.csv"
    run = optout(service, "export", "--from", sender, "--output", str(exported))
    assert run.returncode == 0 and "done: 5 entries" in run.stderr
    rows = list(csv.DictReader(io.StringIO(exported.read_text())))
    assert len(rows) == 5 and all(row["to"].startswith("'+1425") for row in rows)  # no formula in a spreadsheet
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row.values())

    other = "+1800" + str(uuid.uuid4().int % 10**7).zfill(7)
    moved = tmp_path / "moved.csv"
    with moved.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=rows[0].keys())
        writer.writeheader()
        writer.writerows({**row, "from": other} for row in rows)
    imported = optout(service, "import", str(moved))
    assert imported.returncode == 0, imported.stdout + imported.stderr
    assert "imported 5," in imported.stdout
    entries = listed(service, other)
    assert sorted(entries) == sorted(numbers[:5]) and {e["source"] for e in entries.values()} == {"import"}


def test_an_old_export_cannot_undo_a_later_opt_in(service, sender, numbers, tmp_path):
    optout(service, "add", sender, *numbers[:2])
    exported = tmp_path / "old.csv"
    optout(service, "export", "--from", sender, "--output", str(exported))
    optout(service, "remove", sender, numbers[0])  # the recipient opted back in after the export was taken
    imported = optout(service, "import", str(exported))
    assert "imported 0, already opted out 1, superseded by a later opt-in 1" in imported.stdout
    assert sorted(listed(service, sender)) == [numbers[1]]


def test_ndjson_export_and_import(service, sender, numbers, tmp_path):
    optout(service, "add", sender, *numbers[:3])
    exported = tmp_path / "list.ndjson"
    assert optout(service, "export", "--from", sender, "--format", "ndjson", "-o", str(exported)).returncode == 0
    records = [json.loads(line) for line in exported.read_text().splitlines()]
    assert sorted(record["to"] for record in records) == sorted(numbers[:3])
    other = "+1800" + str(uuid.uuid4().int % 10**7).zfill(7)
    exported.write_text("".join(json.dumps({**record, "from": other}) + "\n" for record in records))
    assert optout(service, "import", str(exported)).returncode == 0
    assert sorted(listed(service, other)) == sorted(numbers[:3])


def test_exports_page_through_everything(service, sender, numbers):
    optout(service, "add", sender, *numbers)
    reply = service.signed("GET", f"/sms/optouts:export?from={quote(sender)}&format=ndjson&maxPageSize=3")
    lines, pages = reply.body.decode().splitlines(), 1
    while "link" in reply.headers:
        link = reply.headers["link"]
        path = link[link.index("/sms/"):link.index(">")]
        reply = service.signed("GET", path)
        lines += reply.body.decode().splitlines()
        pages += 1
    assert sorted(json.loads(line)["to"] for line in lines) == sorted(numbers) and pages >= 3


def test_bad_rows_are_reported_by_line_and_the_good_rows_go_in(service, sender, numbers, tmp_path):
    future = (datetime.now(UTC) + timedelta(days=2)).isoformat()
    source = tmp_path / "mixed.csv"
    source.write_text("\n".join([
        "sender,recipient,country,time",
        f"{sender},{numbers[0]},US,2025-06-01T12:00:00Z",     # line 2: good, with a time
        f"{sender},not-a-number,,",                          # 3
        f"{sender},{numbers[1]},US,yesterday",               # 4
        f"{sender},{numbers[2]},US,{future}",                # 5
        f"{sender},{numbers[3]},GB,",                        # 6: +1 is not Britain
        f"{sender},{numbers[4]}",                            # 7: too few columns
        f"+1,{numbers[5]},,",                                # 8: unusable sender
        f"{sender},'{numbers[6]},CA,",                       # 9: good, spreadsheet-quoted, Canada shares +1
    ]) + "\n")
    run = optout(service, "import", str(source))
    assert run.returncode == 3
    assert "imported 2," in run.stdout and "rejected 6" in run.stdout
    reported = [line.split(":")[0].strip() for line in run.stdout.splitlines() if line.startswith("  line")]
    assert reported == ["line 3", "line 4", "line 5", "line 6", "line 7", "line 8"]
    entries = listed(service, sender)
    assert sorted(entries) == sorted([numbers[0], numbers[6]])
    assert entries[numbers[0]]["optedOutAt"].startswith("2025-06-01T12:00:00")
    assert entries[numbers[6]]["country"] == "CA"


def test_running_an_import_again_adds_nothing_twice(service, sender, numbers, tmp_path):
    source = tmp_path / "again.csv"
    source.write_text("from,to\n" + "".join(f"{sender},{number}\n" for number in numbers[:4]))
    first = optout(service, "import", str(source))
    second = optout(service, "import", str(source))
    assert "imported 4, already opted out 0" in first.stdout
    assert "imported 0, already opted out 4" in second.stdout
    history = service.signed("GET", f"/sms/optouts/history?from={quote(sender)}&to={quote(numbers[0])}").json()
    assert [(r["action"], r["source"], r["evidence"]["line"]) for r in history["value"]] == [
        ("opt_out", "import", "2")]


def test_an_interrupted_import_resumes_where_it_stopped(service, sender, tmp_path):
    people = [f"+1206{uuid.uuid4().int % 10**7:07d}" for _ in range(300)]
    source = tmp_path / "big.csv"
    source.write_text("from,to\n" + "".join(f"{sender},{person}\n" for person in people))
    state = source.with_name("big.csv.import-state.json")
    env = {"OPTOUT_CONNECTION_STRING": f"endpoint={service.base_url}/;accesskey={b64(PRIMARY_KEY)}"}
    first = subprocess.Popen([str(OPTOUT), "import", str(source), "--batch", "5"], env=env, text=True,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not state.exists():  # the first batches are in: interrupt it as Ctrl-C would
        assert first.poll() is None and time.monotonic() < deadline
        time.sleep(0.01)
    first.send_signal(signal.SIGINT)
    _, errors = first.communicate(timeout=60)
    assert first.returncode == 130 and "resumes where it stopped" in errors
    done = json.loads(state.read_text())["doneThroughLine"]
    assert 1 < done < 301

    second = optout(service, "import", str(source), "--batch", "100")
    assert f"resuming after line {done}" in second.stderr and second.returncode == 0
    # Only the rest is sent; a batch the service stored but the interrupted run did not record comes back as
    # "already opted out", never twice.
    # The summary gives this run's totals and the whole file's.
    this_run, whole_file = (tuple(int(n) for n in re.search(rf"^{name}: imported (\d+), already opted out (\d+)",
                                                            second.stdout, re.MULTILINE).groups())
                            for name in ("this run", "whole file"))
    assert sum(this_run) == 301 - done and this_run[1] <= 5
    assert sum(whole_file) == 300 and whole_file[1] == this_run[1]
    assert sorted(listed(service, sender)) == sorted(people) and not state.exists()


def test_rows_with_empty_missing_or_oversized_fields_fail_alone(service, sender, numbers, tmp_path):
    source = tmp_path / "gaps.ndjson"
    source.write_text("\n".join(json.dumps(record) for record in [
        {"from": sender, "to": numbers[0]},
        {"from": sender},                                   # line 2: no recipient
        {"from": sender, "to": "+1" + "4" * 80},            # line 3: absurdly long
        {"from": sender, "to": 14255550100},                # line 4: a number, not text
        {"from": sender, "to": numbers[1], "country": "U" * 20},
        {"from": sender, "to": numbers[2], "optedOutAt": "0001-01-01T00:30:00+01:00"},
        {"from": sender, "to": numbers[3]},
    ]) + "\n")
    run = optout(service, "import", str(source))
    assert run.returncode == 3 and "imported 2," in run.stdout
    assert [line.split(":")[0].strip() for line in run.stdout.splitlines() if line.startswith("  line")] == [
        "line 2", "line 3", "line 4", "line 5", "line 6"]
    assert sorted(listed(service, sender)) == sorted([numbers[0], numbers[3]])


def test_unreadable_files_are_one_line_errors(service, sender, tmp_path):
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    run = optout(service, "import", str(binary))
    assert run.returncode == 1 and "Traceback" not in run.stderr and run.stderr.startswith("optout:")
    broken_state = tmp_path / "ok.csv"
    broken_state.write_text(f"from,to\n{sender},+14255550177\n")
    broken_state.with_name("ok.csv.import-state.json").write_text("{half a fi")
    resumed = optout(service, "import", str(broken_state))
    assert resumed.returncode == 0, resumed.stderr
    assert optout(service, "export", "-o", str(tmp_path)).returncode == 1  # a folder, not a file
    assert optout(service, "program", "set", sender, str(tmp_path / "missing.json")).returncode == 1


def test_csv_exports_over_several_pages_have_one_header(service, sender, numbers):
    for number in numbers:
        optout(service, "add", sender, number)
    path: str | None = f"/sms/optouts:export?from={quote(sender)}&maxPageSize=3"
    text = ""
    while path:
        reply = service.signed("GET", path)
        text += reply.body.decode()
        link = reply.headers.get("link", "")
        path = link[link.index("/sms/"):link.index(">")] if link else None
    lines = text.splitlines()
    assert lines[0].startswith("from,to,") and sum(line.startswith("from,") for line in lines) == 1
    assert len(lines) == 1 + len(numbers)


@pytest.mark.parametrize("first", ["=", "+", "-", "@", "\t", "\r"])
def test_no_cell_can_start_a_formula_and_import_takes_the_guard_off(first):
    cell = first + "14255550100"
    assert spreadsheet_safe(cell) == "'" + cell and from_spreadsheet(spreadsheet_safe(cell)) == cell
    assert spreadsheet_safe("US") == "US" and from_spreadsheet("'quoted") == "'quoted"


def test_program_briefs_from_the_command_line(service, sender, tmp_path):
    brief = tmp_path / "brief.json"
    brief.write_text(json.dumps({"programName": "Contoso CLI", "helpContact": "help@contoso.example"}))
    assert optout(service, "program", "set", sender, str(brief)).returncode == 0
    shown = json.loads(optout(service, "program", "get", sender).stdout)
    assert shown["programName"] == "Contoso CLI"
    assert optout(service, "program", "delete", sender).returncode == 0
    missing = optout(service, "program", "get", sender)  # information, not an error
    assert missing.returncode == 0 and missing.stdout == f"no program brief for {sender}: the defaults apply\n"


def test_the_import_api_refuses_what_it_cannot_read_and_needs_a_signature(service, sender):
    assert service.request("POST", "/sms/optouts:import", {"rows": [{"line": 1, "from": sender, "to": "+1"}]},
                           {"Content-Type": "application/json"}).status == 401
    reply = service.signed("POST", "/sms/optouts:import", {"rows": []})
    assert reply.status == 400 and reply.json()["error"]["target"] == "rows"
