"""What `make run` does: the dev host with its own Azurite, the connection string printed, Ctrl-C stopping both."""

import os
import re
import shutil
import signal
import subprocess
import sys
import time

from conftest import PRIMARY_KEY, b64
from optout_core.devhost.azurite import PROJECT_ROOT, free_port, port_answers


def process_exists(pid: int) -> bool:
    # A zombie is gone for every purpose but the process table; /proc tells the two apart.
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(") ")[-1][0] != "Z"
    except FileNotFoundError:
        return False


def test_run_serves_with_azurite_and_ctrl_c_leaves_no_process_behind(tmp_path):
    for name in ("function_app.py", "host.json"):
        shutil.copy(PROJECT_ROOT / name, tmp_path / name)
    port, table_port = free_port(), free_port()
    env = {**os.environ, "OPTOUT_ACCESS_KEY": b64(PRIMARY_KEY)}
    host = subprocess.Popen(
        [sys.executable, "-m", "optout_core.devhost", "--app-dir", str(tmp_path), "--port", str(port),
         "--azurite", "--azurite-port", str(table_port)],
        cwd=PROJECT_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    output = ""
    try:
        deadline = time.monotonic() + 60
        while "Press Ctrl-C" not in output:
            assert host.poll() is None and time.monotonic() < deadline, output
            output += host.stdout.readline()
        azurite_pid = int(re.search(r"\(pid (\d+)\)", output).group(1))
        assert f"endpoint=http://127.0.0.1:{port}/;accesskey={b64(PRIMARY_KEY)}" in output
        assert f"OptOutsCheck: [POST] http://127.0.0.1:{port}/sms/optouts:check" in output
        assert process_exists(azurite_pid) and port_answers(table_port)
        assert (tmp_path / ".azurite").is_dir()

        host.send_signal(signal.SIGINT)
        assert host.wait(timeout=30) == 0
        assert not process_exists(azurite_pid)
        assert not port_answers(port) and not port_answers(table_port)
    finally:
        if host.poll() is None:
            host.kill()
