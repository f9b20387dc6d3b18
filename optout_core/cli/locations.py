"""Where a backup is kept: a local file, or a blob in an Azure Storage container.

A location is a path, or a blob's URL (`https://ACCOUNT.blob.core.windows.net/CONTAINER/NAME`). A URL with a SAS
token in its query uses it; one without uses your Azure identity (DefaultAzureCredential: `az login`, a managed
identity), which needs *Storage Blob Data Contributor* on the container to write and *Reader* to read.

Either way the backup is written so that it appears only when complete, and never over an existing one: a file is
written as `NAME.partial` and renamed; a blob is uploaded as blocks and committed, only if no blob of that name
exists, once the last block is in (blocks never committed are discarded by the service).
"""

from __future__ import annotations

import base64
import gzip
import io
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from azure.core import MatchConditions
from azure.core.exceptions import AzureError, ResourceExistsError, ResourceModifiedError, ResourceNotFoundError
from azure.identity import DefaultAzureCredential
from azure.storage.blob import BlobBlock, BlobClient

from .client import CliError

_BLOCK_BYTES = 4 * 1024 * 1024


def is_blob(location: str) -> bool:
    return urlsplit(location).scheme in ("https", "http")


def _blob(location: str) -> BlobClient:
    credential = None if urlsplit(location).query else DefaultAzureCredential()
    # The blob client's transport (requests) trusts certifi's certificates and ignores SSL_CERT_FILE, which the table
    # client (aiohttp) and the app honour: one setting must trust a private CA for the tables and the blob alike.
    trusted = os.environ.get("SSL_CERT_FILE") or True
    try:
        return BlobClient.from_blob_url(location, credential=credential, connection_verify=trusted)
    except ValueError as exc:
        raise CliError(f"{urlsplit(location)._replace(query='').geturl()}: not a blob URL ({exc})") from None


def _compressed(location: str) -> bool:
    return urlsplit(location).path.endswith(".gz")


class _BlockWriter(io.BufferedIOBase):
    """A blob written as it is produced: staged in blocks of 4 MiB, committed by `commit`."""

    def __init__(self, blob: BlobClient) -> None:
        super().__init__()
        self._blob = blob
        self._buffer = bytearray()
        self._blocks: list[BlobBlock] = []

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self._buffer += data
        if len(self._buffer) >= _BLOCK_BYTES:
            self._stage()
        return len(data)

    def _stage(self) -> None:
        block_id = base64.b64encode(f"{len(self._blocks):010d}".encode()).decode()
        self._blob.stage_block(block_id, bytes(self._buffer))
        self._blocks.append(BlobBlock(block_id))
        self._buffer.clear()

    def commit(self) -> None:
        if self._buffer or not self._blocks:
            self._stage()
        self._blob.commit_block_list(self._blocks, match_condition=MatchConditions.IfMissing)


class _ChunkReader(io.RawIOBase):
    """A blob read as a stream, a chunk at a time."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        super().__init__()
        self._chunks = chunks
        self._pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._pending:
            self._pending = next(self._chunks, b"")
            if not self._pending:
                return 0
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size


@contextmanager
def _blob_errors(location: str) -> Iterator[None]:
    try:
        yield
    except (ResourceExistsError, ResourceModifiedError):
        raise CliError(f"{shown(location)} exists; a backup never overwrites one") from None
    except ResourceNotFoundError:
        raise CliError(f"{shown(location)}: no such blob (or container)") from None
    except AzureError as exc:
        raise CliError(f"blob storage: {str(exc.message or exc).splitlines()[0]}") from None


@contextmanager
def writing(location: str) -> Iterator[io.BufferedIOBase]:
    """The backup's bytes go here; it appears at `location` only when the block ends without an error."""
    if is_blob(location):
        blob = _blob(location)
        with _blob_errors(location):
            if blob.exists():
                raise ResourceExistsError("exists")
        writer = _BlockWriter(blob)
        with _maybe_compressed(location, writer) as target:
            yield target
        with _blob_errors(location):
            writer.commit()
        return
    path = Path(location)
    if path.exists():
        raise CliError(f"{path} exists; a backup never overwrites a file")
    partial = path.with_name(path.name + ".partial")
    with partial.open("wb") as raw, _maybe_compressed(location, raw) as target:
        yield target
    os.replace(partial, path)


@contextmanager
def _maybe_compressed(location: str, raw: io.BufferedIOBase) -> Iterator[io.BufferedIOBase]:
    if not _compressed(location):
        yield raw
        return
    # No name and no time in the gzip header, so that the same rows make the same bytes.
    with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as compressed:
        yield compressed


def reading(location: str) -> io.BufferedIOBase:
    """The backup's bytes, streamed."""
    if is_blob(location):
        blob = _blob(location)
        with _blob_errors(location):
            raw: io.BufferedIOBase = io.BufferedReader(_ChunkReader(blob.download_blob().chunks()))
        return gzip.GzipFile(fileobj=raw, mode="rb") if _compressed(location) else raw
    path = Path(location)
    if not path.is_file():
        raise CliError(f"{path}: no such file")
    return gzip.open(path, "rb") if _compressed(location) else path.open("rb")


def shown(location: str) -> str:
    """The location as it may be printed: a blob's URL without its SAS token."""
    return urlsplit(location)._replace(query="").geturl() if is_blob(location) else location
