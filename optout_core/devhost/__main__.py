"""`python -m optout_core.devhost [--azurite]`: run the function app locally (what `make run` does)."""

from __future__ import annotations

import argparse
import asyncio
import errno
import logging
import os
import signal
import ssl
import sys
from pathlib import Path

from ..logs import JsonFormatter, log_formatter, mask_numbers_in_logs
from .azurite import DEFAULT_TABLE_PORT, PROJECT_ROOT, Azurite, AzuriteError, port_answers, table_connection_string
from .host import DevHost, HostError, load_local_settings, serve
from .preflight import DEFAULT_HTTP_PORT, port_in_use, port_problem


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m optout_core.devhost", description=__doc__)
    parser.add_argument("--app-dir", type=Path, default=PROJECT_ROOT, help="folder with function_app.py and host.json")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, help="port (default: Host.LocalHttpPort in local.settings.json, or 7071)")
    parser.add_argument("--azurite", action="store_true",
                        help="also run Azurite's Table service, data in .azurite/, and store the opt-out list there")
    parser.add_argument("--azurite-port", type=int, default=DEFAULT_TABLE_PORT,
                        help=f"Azurite's Table port (default {DEFAULT_TABLE_PORT})")
    parser.add_argument("--cert", type=Path, help="serve HTTPS with this certificate (PEM), e.g. for Entra ID "
                                                  "bearer tokens, which the ACS SDKs send only over HTTPS")
    parser.add_argument("--key", type=Path, help="the certificate's private key (PEM)")
    args = parser.parse_args()
    if (args.cert is None) != (args.key is None):
        parser.error("--cert and --key go together")
    return args


def _tls(cert: Path | None, key: Path | None) -> ssl.SSLContext | None:
    if cert is None or key is None:
        return None
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    try:
        context.load_cert_chain(cert, key)
    except (OSError, ssl.SSLError) as exc:
        raise _CannotStart(f"--cert/--key: cannot load the certificate and key: {exc}") from None
    return context


async def _run(host: DevHost, address: str, port: int, tls: ssl.SSLContext | None) -> None:
    server = asyncio.create_task(serve(host, address, port, ready=lambda url: _announce(host, url), tls=tls))
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    done, _ = await asyncio.wait({server, asyncio.create_task(stop.wait())}, return_when=asyncio.FIRST_COMPLETED)
    # The app's storage clients live as long as the process, as under the real worker, so they are never closed;
    # asyncio's "Unclosed client session" complaints at exit would only alarm whoever pressed Ctrl-C.
    logging.getLogger("asyncio").setLevel(logging.CRITICAL)
    server.cancel()
    await asyncio.gather(server, return_exceptions=True)
    failure = server.exception() if server in done else None
    if failure is not None:
        raise failure


def _announce(host: DevHost, url: str) -> None:
    key = os.environ.get("OPTOUT_ACCESS_KEY")
    connection = f"\n\nConnection string for ACS SDKs and clients:\n  endpoint={url}/;accesskey={key}" if key else ""
    _say("\n".join(["\nFunctions:", *(f"  {line}" for line in host.describe(url))]) + connection
         + "\n\nPress Ctrl-C to stop.")


def _say(text: str) -> None:
    """Told to whoever runs the host: printed, or one log record when the logs are JSON, so that every line is."""
    if any(isinstance(handler.formatter, JsonFormatter) for handler in logging.getLogger().handlers):
        logging.getLogger("devhost").info("%s", text.strip())
    else:
        print(text, flush=True)


class _CannotStart(Exception):
    """A problem that keeps the host from starting, said in one line."""


def _logging() -> None:
    """Every record masked from the first line on, as text for people or, with OPTOUT_LOG_FORMAT=json, one JSON
    object a line for a log collector."""
    mask_numbers_in_logs()
    try:
        formatter = log_formatter(os.environ)
    except ValueError as exc:
        raise _CannotStart(str(exc)) from None
    handler = logging.StreamHandler()
    handler.setFormatter(formatter)
    logging.basicConfig(level=logging.INFO, handlers=[handler])
    logging.getLogger("azure").setLevel(logging.WARNING)


def main() -> int:
    args = _arguments()
    try:
        _start(args)
    except (_CannotStart, HostError, AzuriteError) as problem:
        print(f"The dev host cannot start: {problem}", file=sys.stderr)
        return 1
    return 0


def _start(args: argparse.Namespace) -> None:
    """Everything that can be checked, checked before Azurite starts or the port is taken."""
    tls = _tls(args.cert, args.key)
    host_settings = load_local_settings(args.app_dir)
    _logging()  # after the settings: OPTOUT_LOG_FORMAT may be one of them
    port = args.port or int(host_settings.get("LocalHttpPort", DEFAULT_HTTP_PORT))
    if args.azurite:
        # --azurite is an explicit choice of storage, so it overrides the settings.
        os.environ["OPTOUT_STORAGE_CONNECTION_STRING"] = table_connection_string(args.azurite_port)
    host = DevHost(args.app_dir)
    _check_settings()
    problem = port_problem(port, args.host)
    if problem:
        raise _CannotStart(problem)
    azurite = None
    if args.azurite:
        if port_answers(args.azurite_port):
            _say(f"A Table endpoint already answers on 127.0.0.1:{args.azurite_port}; using it as Azurite.")
        else:
            azurite = Azurite(port=args.azurite_port, location=args.app_dir / ".azurite").start()
            _say(f"Azurite Table service on 127.0.0.1:{args.azurite_port} (pid {azurite.pid}), data in .azurite/")
    try:
        asyncio.run(_run(host, args.host, port, tls))
    except OSError as exc:
        if exc.errno != errno.EADDRINUSE:
            raise
        raise _CannotStart(port_in_use(port, args.host)) from None  # taken since it was checked
    finally:
        if azurite is not None:
            azurite.stop()
            _say("Azurite stopped.")


def _check_settings() -> None:
    """An app built on optout_core (it imported its settings) must be configured to start; the deployed app, which
    cannot refuse to start, answers 503 instead (optout_core.services)."""
    if "optout_core.settings" not in sys.modules:
        return
    from optout_core.settings import ConfigurationError, Settings  # noqa: PLC0415 - only for an app built on it

    try:
        Settings.from_environ()
    except ConfigurationError as exc:
        raise _CannotStart(str(exc)) from None


if __name__ == "__main__":
    sys.exit(main())
