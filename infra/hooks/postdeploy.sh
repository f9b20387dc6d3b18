#!/bin/sh
# azd postdeploy hook: subscribe SmsReceived and SmsDeliveryReportReceived to the ACS resource's SMS events.
# It runs after the code is deployed because an Event Grid subscription to a function needs the function to
# exist. It deploys infra/app/event-subscriptions.bicep under a fixed deployment name: running it again with the
# same values is an update that changes nothing, so `azd up` can be repeated.
set -eu
hook=postdeploy
here=$(dirname "$0")
# shellcheck source=infra/hooks/common.sh
. "$here/common.sh"

read_acs_resource_id
require_values AZURE_FUNCTION_APP_ID AZURE_STORAGE_ACCOUNT_ID DEAD_LETTER_CONTAINER_NAME \
    AZURE_USER_ASSIGNED_IDENTITY_ID EVENTGRID_SYSTEM_TOPIC_NAME
require_commands az
endpoint_type="${OPTOUT_EVENTGRID_ENDPOINT_TYPE:-AzureFunction}"
case "$endpoint_type" in
    AzureFunction | WebHook) ;;
    *) fail "OPTOUT_EVENTGRID_ENDPOINT_TYPE must be AzureFunction or WebHook, not '$endpoint_type'" ;;
esac

# The host lists its functions some seconds after a deployment.
wait_seconds="${OPTOUT_FUNCTION_WAIT_SECONDS:-180}"
for function in SmsReceived SmsDeliveryReportReceived; do
    waited=0
    until az resource show --ids "$AZURE_FUNCTION_APP_ID/functions/$function" --query id --output tsv >/dev/null 2>&1; do
        [ "$waited" -lt "$wait_seconds" ] || fail "function $function is not on $AZURE_FUNCTION_APP_ID after ${wait_seconds}s: check 'azd deploy' succeeded, then 'azd hooks run postdeploy'"
        sleep 10
        waited=$((waited + 10))
    done
done

echo "optout postdeploy: subscribing the functions to the SMS events of $acs_name"
az deployment group create \
    --subscription "$acs_subscription" \
    --resource-group "$acs_resource_group" \
    --name optout-event-subscriptions \
    --template-file "$here/../app/event-subscriptions.bicep" \
    --parameters \
        systemTopicName="$EVENTGRID_SYSTEM_TOPIC_NAME" \
        functionAppId="$AZURE_FUNCTION_APP_ID" \
        deadLetterStorageAccountId="$AZURE_STORAGE_ACCOUNT_ID" \
        deadLetterContainerName="$DEAD_LETTER_CONTAINER_NAME" \
        identityId="$AZURE_USER_ASSIGNED_IDENTITY_ID" \
        endpointType="$endpoint_type" \
    --only-show-errors --output none
echo "optout postdeploy: SmsReceived and SmsDeliveryReportReceived receive the SMS events of $acs_name"
