"""What `make run` does: the dev host with its own Azurite, the connection string printed, Ctrl-C stopping both."""

import os
import re
import shutil
import signal
import subprocess
import sys
import time

import pytest

from conftest import PRIMARY_KEY, HostProcess, b64
from optout_core.devhost.azurite import PROJECT_ROOT, free_port, port_answers


def process_exists(pid: int) -> bool:
    # A zombie is gone for every purpose but the process table; /proc tells the two apart.
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(") ")[-1][0] != "Z"
    except FileNotFoundError:
        return False


class RunCommand:
    """`python -m optout_core.devhost --azurite`, as `make run` starts it, on free ports in a folder of its own."""

    def __init__(self, app_dir, port: int, table_port: int) -> None:
        self.port = port
        self.process = subprocess.Popen(
            [sys.executable, "-m", "optout_core.devhost", "--app-dir", str(app_dir), "--port", str(port),
             "--azurite", "--azurite-port", str(table_port)],
            cwd=PROJECT_ROOT, env={**os.environ, "OPTOUT_ACCESS_KEY": b64(PRIMARY_KEY)},
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.output = ""
        deadline = time.monotonic() + 60
        while "Press Ctrl-C" not in self.output:
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.process.kill()
                raise AssertionError(self.output)
            self.output += self.process.stdout.readline()
        self.azurite_pid = int(re.search(r"\(pid (\d+)\)", self.output).group(1))

    def ctrl_c(self) -> int:
        self.process.send_signal(signal.SIGINT)
        return self.process.wait(timeout=30)

    def kill(self) -> None:
        """After a failed assertion: stop the host as Ctrl-C would, and make sure its Azurite is gone too."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
        if process_exists(self.azurite_pid):
            os.kill(self.azurite_pid, signal.SIGKILL)

    def call(self, action: str, recipient: str) -> dict:
        host = HostProcess(f"http://127.0.0.1:{self.port}", self.process, None, {})
        reply = host.signed("POST", f"/sms/optouts:{action}?api-version=2026-01-23",
                            {"from": "+18005550100", "recipients": [{"to": recipient}]})
        return reply.json()["value"][0]


@pytest.fixture
def app_dir(tmp_path):
    for name in ("function_app.py", "host.json"):
        shutil.copy(PROJECT_ROOT / name, tmp_path / name)
    return tmp_path


def test_run_serves_with_azurite_and_ctrl_c_leaves_no_process_behind(app_dir):
    port, table_port = free_port(), free_port()
    run = RunCommand(app_dir, port, table_port)
    try:
        assert f"endpoint=http://127.0.0.1:{port}/;accesskey={b64(PRIMARY_KEY)}" in run.output
        assert f"OptOutsCheck: [POST] http://127.0.0.1:{port}/sms/optouts:check" in run.output
        assert process_exists(run.azurite_pid) and port_answers(table_port)
        assert (app_dir / ".azurite").is_dir()

        assert run.ctrl_c() == 0
        assert not process_exists(run.azurite_pid)
        assert not port_answers(port) and not port_answers(table_port)
    finally:
        run.kill()


def test_an_opt_out_made_just_before_ctrl_c_is_still_there_after_a_restart(app_dir):
    """Azurite keeps its data in memory and writes it out on a graceful stop: it must get one."""
    port, table_port = free_port(), free_port()
    first = RunCommand(app_dir, port, table_port)
    try:
        assert first.call("add", "+14255550199")["httpStatusCode"] == 200
        assert first.ctrl_c() == 0
    finally:
        first.kill()
    second = RunCommand(app_dir, port, table_port)
    try:
        assert second.call("check", "+14255550199")["isOptedOut"] is True
        assert second.ctrl_c() == 0
    finally:
        second.kill()
