# shellcheck shell=sh disable=SC2034,SC2154  # a library: the sourcing hook sets $hook and uses the acs_* values
# Shared by the azd hooks (POSIX sh): checks of the azd environment's values, each failing with one clear line.
# The hooks read azd's environment (.azure/<env>/.env, plus the template's outputs), which azd exports to them.

fail() {
    printf 'optout %s: %s\n' "$hook" "$*" >&2
    exit 1
}

require_commands() {
    for command in "$@"; do
        command -v "$command" >/dev/null 2>&1 || fail "'$command' is not on PATH; install it first (docs/deploy.md, Prerequisites)"
    done
}

require_values() {
    for name in "$@"; do
        eval "value=\${$name:-}"
        [ -n "$value" ] || fail "$name is not set in the azd environment; run 'azd provision' first (docs/deploy.md)"
    done
}

# Sets acs_subscription, acs_resource_group and acs_name from OPTOUT_ACS_RESOURCE_ID, or fails saying why.
read_acs_resource_id() {
    acs_id="${OPTOUT_ACS_RESOURCE_ID:-}"
    [ -n "$acs_id" ] || fail "OPTOUT_ACS_RESOURCE_ID is not set: run 'azd env set OPTOUT_ACS_RESOURCE_ID <id>' with the id of your ACS resource (az communication list --query '[].id' -o tsv)"
    guid='[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}'
    if ! printf '%s\n' "$acs_id" | grep -Eiq "^/subscriptions/$guid/resourceGroups/[^/]+/providers/Microsoft\.Communication/communicationServices/[A-Za-z0-9-]{1,63}\$"; then
        fail "OPTOUT_ACS_RESOURCE_ID is not the resource id of an ACS resource: '$acs_id'; expected /subscriptions/<subscription id>/resourceGroups/<group>/providers/Microsoft.Communication/communicationServices/<name> (az communication list --query '[].id' -o tsv)"
    fi
    acs_subscription=$(printf '%s' "$acs_id" | cut -d/ -f3)
    acs_resource_group=$(printf '%s' "$acs_id" | cut -d/ -f5)
    acs_name=$(printf '%s' "$acs_id" | cut -d/ -f9)
}
