"""What `make run` checks before anything slow: Python, Node and the port, each problem one line saying what to do.

`make` runs this file with whatever python3 is on the PATH, before the virtual environment exists, so it uses the
standard library only and nothing newer than Python 3.7 (annotations are never evaluated), and checks the Python
version before anything else, so that an old Python is told so rather than failing to parse.
The dev host asks the same questions again when started directly.
"""

from __future__ import annotations

import errno
import json
import shutil
import socket
import subprocess
import sys
from pathlib import Path

MIN_PYTHON = (3, 11)
MIN_NODE = 20
DEFAULT_HTTP_PORT = 7071


def python_problem() -> str | None:
    if sys.version_info < MIN_PYTHON:
        wanted, found = "{}.{}".format(*MIN_PYTHON), "{}.{}".format(*sys.version_info[:2])
        return (f"Python {wanted} or newer is required, and {sys.executable} is {found}: install it, or run make "
                f"PYTHON=python{wanted}")
    return None


def node_problem() -> str | None:
    node = shutil.which("node")
    if node is None:
        return (f"Node.js is not on the PATH: install Node {MIN_NODE} or newer (https://nodejs.org); Azurite, the "
                "local Table storage, runs on it")
    version = subprocess.run([node, "--version"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                             check=False).stdout.strip()
    major = version.lstrip("v").split(".")[0]
    if not major.isdigit() or int(major) < MIN_NODE:
        return (f"Node.js {MIN_NODE} or newer is required, and {node} is {version or 'of unknown version'}: "
                "install a newer one")
    return None


def local_http_port(app_dir: str | Path) -> int:
    """Host.LocalHttpPort in local.settings.json (or in the sample it is made from), as Core Tools reads it."""
    for name in ("local.settings.json", "local.settings.sample.json"):
        path = Path(app_dir) / name
        if path.exists():
            host = json.loads(path.read_text(encoding="utf-8")).get("Host", {})
            return int(host.get("LocalHttpPort", DEFAULT_HTTP_PORT))
    return DEFAULT_HTTP_PORT


def port_problem(port: int, address: str = "127.0.0.1") -> str | None:
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server will: TIME_WAIT is no obstacle
        try:
            probe.bind((address, port))
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                return port_in_use(port, address)
            return f"cannot listen on {address}:{port}: {exc.strerror}"
    return None


def port_in_use(port: int, address: str) -> str:
    return (f"port {port} on {address} is in use by another process: stop it, or choose another port with "
            "Host.LocalHttpPort in local.settings.json (or --port)")


def main(arguments: list[str]) -> int:
    """`preflight.py [APP_DIR]`: Python and Node; with APP_DIR, also the port the dev host would listen on."""
    too_old = python_problem()
    if too_old:  # first and alone: the other checks need a newer Python
        print(too_old, file=sys.stderr)
        return 1
    problems = [node_problem()]
    if arguments:
        problems.append(port_problem(local_http_port(arguments[0])))
    problems = [problem for problem in problems if problem]
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
