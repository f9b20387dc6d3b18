"""What `make run` checks before anything slow: Python, Node and the port, each problem one line saying what to do.

`make` runs this file with whatever python3 is on the PATH, before the virtual environment exists, so it uses the
standard library only and no syntax newer than Python 3.6, and says "too old" rather than failing to parse.
The dev host asks the same questions again when started directly.
"""

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


def python_problem():
    if sys.version_info < MIN_PYTHON:
        return "Python {}.{} or newer is required, and {} is {}.{}: install it, or run make PYTHON=python3.{}".format(
            *MIN_PYTHON, sys.executable, *sys.version_info[:2], MIN_PYTHON[1])
    return None


def node_problem():
    node = shutil.which("node")
    if node is None:
        return ("Node.js is not on the PATH: install Node {} or newer (https://nodejs.org); Azurite, the local "
                "Table storage, runs on it".format(MIN_NODE))
    version = subprocess.run([node, "--version"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             universal_newlines=True).stdout.strip()
    major = version.lstrip("v").split(".")[0]
    if not major.isdigit() or int(major) < MIN_NODE:
        return "Node.js {} or newer is required, and {} is {}: install a newer one".format(
            MIN_NODE, node, version or "of unknown version")
    return None


def local_http_port(app_dir):
    """Host.LocalHttpPort in local.settings.json (or in the sample it is made from), as Core Tools reads it."""
    for name in ("local.settings.json", "local.settings.sample.json"):
        path = Path(app_dir) / name
        if path.exists():
            return int(json.loads(path.read_text(encoding="utf-8")).get("Host", {}).get("LocalHttpPort",
                                                                                          DEFAULT_HTTP_PORT))
    return DEFAULT_HTTP_PORT


def port_problem(port, address="127.0.0.1"):
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server will: TIME_WAIT is no obstacle
        try:
            probe.bind((address, port))
        except OSError as exc:
            return port_in_use(port, address) if exc.errno == errno.EADDRINUSE else "cannot listen on {}:{}: {}".format(
                address, port, exc.strerror)
    return None


def port_in_use(port, address):
    return ("port {} on {} is in use by another process: stop it, or choose another port with Host.LocalHttpPort in "
            "local.settings.json (or --port)".format(port, address))


def main(arguments):
    """`preflight.py [APP_DIR]`: Python and Node; with APP_DIR, also the port the dev host would listen on."""
    problems = [python_problem(), node_problem()]
    if arguments:
        problems.append(port_problem(local_http_port(arguments[0])))
    problems = [problem for problem in problems if problem]
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
