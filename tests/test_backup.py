"""`optout backup` and `optout restore` on a real Azurite: everything the service keeps, out and back, unchanged."""

import gzip
import subprocess
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from azure.data.tables import EdmType, EntityProperty, TableClient, TableServiceClient
from azure.storage.blob import BlobServiceClient, ContainerSasPermissions, generate_container_sas

from conftest import OPTOUT, service_environment, start_host, stop_host
from optout_core.cli.backup import TABLES
from optout_core.devhost.azurite import DEVELOPMENT_ACCOUNT, DEVELOPMENT_ACCOUNT_KEY, PROJECT_ROOT, Azurite
from test_delivery_reports import report_event
from test_inbound_sms import sms_event

API = "api-version=2026-01-23"
# A row of every property type the Table service has, as no part of the service writes them: a backup carries
# whatever the tables hold.
EVERY_TYPE = {"PartitionKey": "types", "RowKey": "every", "Text": "naïve ☎", "Flag": False, "Small": -7,
              "Large": EntityProperty(2**40, EdmType.INT64), "Ratio": 0.1, "Raw": b"\x00\xffbytes",
              "Id": uuid.UUID("12345678-1234-5678-1234-567812345678"),
              "When": datetime(1999, 12, 31, 23, 59, 59, 123456, tzinfo=UTC)}


@pytest.fixture(scope="module")
def kept(azurite, acs, tmp_path_factory):
    """A service whose notification topic cannot be reached, so that its outbox and pending marks stay, with a
    list that holds every kind of row: entries from each source, their history, receipts, a program brief."""
    settings = service_environment(azurite, acs, OPTOUT_EVENTGRID_TOPIC_ENDPOINT="http://127.0.0.1:9/api/events",
                                   OPTOUT_EVENTGRID_TOPIC_KEY="unreachable")
    host = start_host(PROJECT_ROOT, settings, tmp_path_factory.mktemp("backup") / "devhost.log")
    sender = f"+1800{uuid.uuid4().int % 10**7:07d}"
    people = [f"+1425{uuid.uuid4().int % 10**7:07d}" for _ in range(6)]
    try:
        for action, recipients in (("add", people[:2]), ("remove", people[1:2])):
            assert host.signed("POST", f"/sms/optouts:{action}?{API}",
                               {"from": sender, "recipients": [{"to": to} for to in recipients]}).status == 200
        assert host.signed("POST", "/sms/optouts:import", {"file": "old.csv", "rows": [
            {"line": 2, "from": sender, "to": people[2], "optedOutAt": "2025-06-01T12:00:00Z"}]}).status == 200
        webhook = "/runtime/webhooks/EventGrid?functionName="
        notification = {"aeg-event-type": "Notification"}
        assert host.request("POST", webhook + "SmsReceived", [sms_event(sender, people[3], "STOP"),
                                                              sms_event(sender, people[4], "HELP")],
                            notification).status == 202
        assert host.request("POST", webhook + "SmsDeliveryReportReceived", [report_event(
            sender, people[5], "Failed", "4007: The Destination/To number has opted out of receiving messages "
                                         "from you.")], notification).status == 202
        brief = {"programName": "Kept", "helpContact": "1-800-555-0100", "replies": {"fr": {"optOut": "Désabonné."}}}
        assert host.signed("PUT", f"/sms/programs/{sender}", brief).status == 200
        prefix = settings["OPTOUT_TABLE_PREFIX"]
        with TableClient.from_connection_string(azurite.connection_string, prefix + "OptOuts") as table:
            table.create_entity(EVERY_TYPE)
        yield prefix
    finally:
        stop_host(host.process)


def optout(azurite, *arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(OPTOUT), *arguments, "--storage-connection-string", azurite.connection_string],
                          check=False, capture_output=True, text=True, timeout=120,
                          env={"PATH": "/usr/bin:/bin"})


def rows(azurite, prefix: str) -> dict[str, list[dict]]:
    """Every table's rows, each property with its type; a table never made has none."""
    with TableServiceClient.from_connection_string(azurite.connection_string) as service:
        made = {table.name for table in service.list_tables()}
        return {name: [{key: (value, type(value)) for key, value in entity.items()}
                       for entity in service.get_table_client(prefix + name).list_entities()]
                if prefix + name in made else [] for name in TABLES}


def test_a_round_trip_gives_back_the_same_bytes_and_the_same_rows(azurite, kept, tmp_path):
    first, second = tmp_path / "first.ndjson.gz", tmp_path / "second.ndjson.gz"
    backed_up = optout(azurite, "backup", str(first), "--table-prefix", kept)
    assert backed_up.returncode == 0, backed_up.stderr
    copy = f"r{uuid.uuid4().hex[:12]}"
    restored = optout(azurite, "--table-prefix", copy, "restore", str(first))
    assert restored.returncode == 0, restored.stderr
    assert optout(azurite, "backup", str(second), "--table-prefix", copy).returncode == 0
    assert first.read_bytes() == second.read_bytes()
    assert rows(azurite, copy) == rows(azurite, kept)


def test_a_backup_holds_every_kind_of_row_and_every_table(azurite, kept, tmp_path):
    target = tmp_path / "kinds.ndjson"
    assert optout(azurite, "backup", str(target), "--table-prefix", kept).returncode == 0
    kept_rows = rows(azurite, kept)
    entries = [row for row in kept_rows["OptOuts"] if row["RowKey"][0].startswith("+")]
    assert {row["Source"][0] for row in entries} == {"api", "import", "keyword", "carrier"}
    row_keys = [row["RowKey"][0] for row in kept_rows["OptOuts"]]
    for kind in ("h:", "msg:", "n:"):  # history, receipts, notifications waiting for the topic
        assert any(key.startswith(kind) for key in row_keys), kind
    assert kept_rows["PendingNotifications"] and kept_rows["Senders"] and kept_rows["Programs"]
    text = target.read_text(encoding="utf-8")
    assert sum(len(table) for table in kept_rows.values()) + 2 == len(text.splitlines())
    assert '"When":"1999-12-31T23:59:59.123456Z","When@odata.type":"Edm.DateTime"' in text
    with TableServiceClient.from_connection_string(azurite.connection_string) as service:
        made = {table.name for table in service.list_tables() if table.name.startswith(kept)}
    assert made and made <= {kept + name for name in TABLES}  # a table the service adds must be backed up too


def test_restore_checks_the_whole_file_before_writing_anything(azurite, kept, tmp_path):
    good = tmp_path / "good.ndjson"
    assert optout(azurite, "backup", str(good), "--table-prefix", kept).returncode == 0
    lines = good.read_bytes().splitlines(keepends=True)
    damaged, cut = tmp_path / "damaged.ndjson", tmp_path / "cut.ndjson"
    tampered = lines[1].replace(b'"Country":"US"', b'"Country":"CA"')  # still a valid row, but not the one backed up
    assert tampered != lines[1]
    damaged.write_bytes(b"".join([lines[0], tampered, *lines[2:]]))
    cut.write_bytes(b"".join(lines[:-1]))
    empty = f"r{uuid.uuid4().hex[:12]}"
    for broken, words in ((damaged, "do not match the checksum"), (cut, "no trailer")):
        run = optout(azurite, "restore", str(broken), "--table-prefix", empty)
        assert run.returncode == 1 and words in run.stderr and "Traceback" not in run.stderr
    with TableServiceClient.from_connection_string(azurite.connection_string) as service:
        assert not [table for table in service.list_tables() if table.name.startswith(empty)]


def test_restore_writes_only_into_empty_tables_and_backup_never_overwrites(azurite, kept, tmp_path):
    target = tmp_path / "full.ndjson.gz"
    assert optout(azurite, "backup", str(target), "--table-prefix", kept).returncode == 0
    before = rows(azurite, kept)
    refused = optout(azurite, "restore", str(target), "--table-prefix", kept)
    assert refused.returncode == 1 and "is not empty" in refused.stderr
    assert rows(azurite, kept) == before
    again = optout(azurite, "backup", str(target), "--table-prefix", kept)
    assert again.returncode == 1 and "exists" in again.stderr
    assert gzip.decompress(target.read_bytes()).startswith(b'{"format":"optout-backup"')


def test_storage_settings_missing_or_unusable_are_one_line(tmp_path):
    run = subprocess.run([str(OPTOUT), "backup", str(tmp_path / "x.ndjson")], check=False, capture_output=True,
                         text=True, env={"PATH": "/usr/bin:/bin"})
    assert run.returncode == 1 and run.stderr.count("\n") == 1 and "OPTOUT_STORAGE_CONNECTION_STRING" in run.stderr
    run = subprocess.run([str(OPTOUT), "backup", str(tmp_path / "x.ndjson"), "--storage-connection-string",
                          "nonsense"], check=False, capture_output=True, text=True, env={"PATH": "/usr/bin:/bin"})
    assert run.returncode == 1 and run.stderr.count("\n") == 1 and not (tmp_path / "x.ndjson").exists()


@pytest.fixture(scope="module")
def container():
    """A container in Azurite's Blob service, and a SAS token for it (read, write, create)."""
    with Azurite(service="blob") as blobs:
        account_url = f"http://127.0.0.1:{blobs.port}/{DEVELOPMENT_ACCOUNT}"
        with BlobServiceClient(account_url, credential={"account_name": DEVELOPMENT_ACCOUNT,
                                                        "account_key": DEVELOPMENT_ACCOUNT_KEY}) as service:
            service.create_container("backups")
            token = generate_container_sas(DEVELOPMENT_ACCOUNT, "backups", account_key=DEVELOPMENT_ACCOUNT_KEY,
                                           permission=ContainerSasPermissions(read=True, write=True, create=True),
                                           expiry=datetime.now(UTC) + timedelta(hours=1))
            yield f"{account_url}/backups", token, service.get_container_client("backups")


def test_a_backup_kept_in_a_blob_container_round_trips(azurite, kept, container):
    url, token, client = container
    first, second = f"{url}/first.ndjson.gz?{token}", f"{url}/second.ndjson.gz?{token}"
    backed_up = optout(azurite, "backup", first, "--table-prefix", kept)
    assert backed_up.returncode == 0, backed_up.stderr
    assert token not in backed_up.stdout + backed_up.stderr  # a SAS token is a secret: never printed
    copy = f"r{uuid.uuid4().hex[:12]}"
    assert optout(azurite, "restore", first, "--table-prefix", copy).returncode == 0
    assert optout(azurite, "backup", second, "--table-prefix", copy).returncode == 0
    kept_bytes = client.download_blob("first.ndjson.gz").readall()
    assert kept_bytes == client.download_blob("second.ndjson.gz").readall()
    assert rows(azurite, copy) == rows(azurite, kept)
    again = optout(azurite, "backup", first, "--table-prefix", kept)
    assert again.returncode == 1 and "exists" in again.stderr
    assert client.download_blob("first.ndjson.gz").readall() == kept_bytes
    missing = optout(azurite, "restore", f"{url}/none.ndjson?{token}", "--table-prefix", copy)
    assert missing.returncode == 1 and "no such blob" in missing.stderr and token not in missing.stderr
