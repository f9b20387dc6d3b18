"""Start and stop Azurite's Table service (installed from npm by package.json), for `make run`, tests and benchmarks."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from .preflight import node_problem

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_TABLE_PORT = 10002
# Azurite's well-known development account key: public, documented by Microsoft, useless outside the emulator.
DEVELOPMENT_ACCOUNT = "devstoreaccount1"
DEVELOPMENT_ACCOUNT_KEY = (
    "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def port_answers(port: int, host: str = "127.0.0.1") -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.5):
            return True
    except OSError:
        return False


def table_connection_string(port: int, host: str = "127.0.0.1", scheme: str = "http") -> str:
    # 127.0.0.1, never localhost: the SDK treats localhost on a non-default port as Cosmos DB.
    return (
        f"DefaultEndpointsProtocol={scheme};AccountName={DEVELOPMENT_ACCOUNT};AccountKey={DEVELOPMENT_ACCOUNT_KEY};"
        f"TableEndpoint={scheme}://{host}:{port}/{DEVELOPMENT_ACCOUNT};"
    )


class AzuriteError(RuntimeError):
    """Azurite cannot be started; the message says why and what to do, in one line."""


class Azurite:
    """One Azurite Table service process: in memory unless given a folder to keep its data in."""

    def __init__(self, port: int | None = None, location: Path | None = None, host: str = "127.0.0.1",
                 oauth_tls: tuple[Path, Path] | None = None, service: str = "table") -> None:
        """`oauth_tls`, a certificate and its key, serves HTTPS and accepts Entra ID bearer tokens (Azurite's
        `--oauth basic`: issuer, audience and lifetime are checked, not the signature) besides the account key."""
        self.host = host
        self.port = port or free_port()
        self.location = location
        self.oauth_tls = oauth_tls
        self.service = service  # "table", or "blob" for tests of backups kept in blobs
        self._process: subprocess.Popen[bytes] | None = None
        self._errors = tempfile.TemporaryFile()  # noqa: SIM115 - Azurite's stderr, read if it fails

    @property
    def connection_string(self) -> str:
        return table_connection_string(self.port, self.host, "https" if self.oauth_tls else "http")

    @property
    def table_endpoint(self) -> str:
        scheme = "https" if self.oauth_tls else "http"
        return f"{scheme}://{self.host}:{self.port}/{DEVELOPMENT_ACCOUNT}"

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process else None

    def start(self, timeout: float = 60.0) -> Azurite:
        entry = PROJECT_ROOT / "node_modules" / "azurite" / "dist" / "src" / self.service / "main.js"
        node, problem = shutil.which("node"), node_problem()
        if node is None or problem is not None:
            raise AzuriteError(problem)
        if not entry.exists():
            raise AzuriteError("Azurite is not installed: run `make setup` (or `npm ci`) in the project root")
        storage = ["--inMemoryPersistence"]
        if self.location is not None:
            self.location.mkdir(parents=True, exist_ok=True)
            storage = ["--location", str(self.location)]
        command = [node, str(entry), f"--{self.service}Host", self.host, f"--{self.service}Port", str(self.port),
                   "--disableTelemetry", "--silent", "--skipApiVersionCheck", *storage]
        if self.oauth_tls:
            command += ["--oauth", "basic", "--cert", str(self.oauth_tls[0]), "--key", str(self.oauth_tls[1])]
        # Its own session, so that a terminal's Ctrl-C reaches us and we stop it in order.
        self._process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                         stderr=self._errors, start_new_session=True)
        try:
            self._wait_until_listening(self._process, timeout)
        except BaseException:  # a timeout, or Ctrl-C while starting: never leave Azurite behind
            self.stop()
            raise
        return self

    def _wait_until_listening(self, process: subprocess.Popen[bytes], timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while not port_answers(self.port, self.host):
            if process.poll() is not None:
                self._errors.seek(0)
                error = self._errors.read().decode(errors="replace")
                raise AzuriteError(f"Azurite exited with {process.returncode}: {' '.join(error.split())}")
            if time.monotonic() > deadline:
                raise AzuriteError(f"Azurite did not listen on {self.host}:{self.port} within {timeout:.0f}s")
            time.sleep(0.1)

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        # SIGINT, as Ctrl-C would: on SIGTERM Azurite exits without writing its data to disk, losing recent writes.
        os.killpg(process.pid, signal.SIGINT)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()

    def __enter__(self) -> Azurite:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
