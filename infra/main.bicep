// optout in a customer's subscription: `azd up` provisions this, deploys the code, then the postdeploy hook
// subscribes the functions to the ACS events (infra/app/event-subscriptions.bicep). docs/deploy.md explains it.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('azd environment name; names the resource group (rg-<name>) and seeds every generated resource name.')
param environmentName string

// The regions that offer the Flex Consumption plan (Azure-Samples/functions-quickstart-python-http-azd, infra/main.bicep).
@minLength(1)
@description('Region for everything but the ACS resource and its system topic (both global). Only regions with the Flex Consumption plan are allowed.')
@allowed([
  'australiaeast'
  'australiasoutheast'
  'brazilsouth'
  'canadacentral'
  'centralindia'
  'centralus'
  'eastasia'
  'eastus'
  'eastus2'
  'francecentral'
  'germanywestcentral'
  'italynorth'
  'japaneast'
  'koreacentral'
  'northcentralus'
  'northeurope'
  'norwayeast'
  'southafricanorth'
  'southcentralus'
  'southeastasia'
  'southindia'
  'spaincentral'
  'swedencentral'
  'uaenorth'
  'uksouth'
  'ukwest'
  'westcentralus'
  'westeurope'
  'westus'
  'westus2'
  'westus3'
])
@metadata({ azd: { type: 'location' } })
param location string

// /subscriptions/<guid>/resourceGroups/<rg>/providers/Microsoft.Communication/communicationServices/<name> is at least 126 characters.
@minLength(126)
@maxLength(400)
@description('Resource id of the existing Azure Communication Services resource that sends and receives the SMS: /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Communication/communicationServices/<name>. The preprovision hook checks its form.')
param acsResourceId string

@maxLength(64)
@description('Name of the Event Grid system topic that already exists on the ACS resource (a source can have only one), in the ACS resource group. Empty: create one named evgst-<acs name>.')
param existingSystemTopicName string = ''

@description('Create an Event Grid custom topic (CloudEvents schema, Entra-only publishing) for the Optout.RecipientOptedOut/OptedIn change notifications.')
param notificationsTopicEnabled bool = false

@maxLength(24)
@description('Storage account name (3-24 lower-case letters and digits, globally unique). Empty: st<token>, generated.')
param storageAccountName string = ''

@allowed([
  'Standard_GRS'
  'Standard_GZRS'
  'Standard_RAGRS'
  'Standard_RAGZRS'
])
@description('Storage redundancy, geo-redundant only: the opt-out records are the business\'s evidence of consent and must outlive a region.')
param storageSku string = 'Standard_GRS'

@minLength(1)
@maxLength(31)
@description('Prefix of the app\'s table names (OPTOUT_TABLE_PREFIX): a letter, then letters or digits.')
param tablePrefix string = 'optout'

@allowed([
  '3.11'
  '3.12'
])
@description('Python version of the function app.')
param pythonVersion string = '3.11'

@allowed([
  512
  2048
  4096
])
@description('Memory of each Flex Consumption instance, in MB.')
param instanceMemoryMB int = 2048

@minValue(40)
@maxValue(1000)
@description('Most Flex Consumption instances the app may scale out to.')
param maximumInstanceCount int = 100

@secure()
@description('Primary HMAC access key (base64 of at least 32 bytes). Empty: keep the one in Key Vault, or generate one on first provisioning.')
param accessKey string = ''

@secure()
@description('Secondary HMAC access key, as accessKey.')
param secondaryAccessKey string = ''

@description('Set by the preprovision hook: the vault already holds the primary key, so an empty accessKey keeps it.')
param accessKeyExists bool = false

@description('Set by the preprovision hook: the vault already holds the secondary key.')
param secondaryAccessKeyExists bool = false

@description('Entra tenant id whose tokens the API accepts (OPTOUT_ENTRA_TENANT_ID). Empty: Entra sign-in off.')
param entraTenantId string = ''

@description('Accepted token audiences, comma-separated (OPTOUT_ENTRA_AUDIENCES).')
param entraAudiences string = ''

@description('Object ids or app roles allowed to change opt-outs, comma-separated (OPTOUT_ENTRA_WRITERS).')
param entraWriters string = ''

@description('Object ids or app roles allowed to read opt-outs, comma-separated (OPTOUT_ENTRA_READERS).')
param entraReaders string = ''

@description('Client id of the console\'s single-page app registration (OPTOUT_ENTRA_CONSOLE_CLIENT_ID). Empty: no Entra sign-in in the console.')
param entraConsoleClientId string = ''

@description('Scope the console asks for (OPTOUT_ENTRA_CONSOLE_SCOPE). Empty: the first audience + /.default.')
param entraConsoleScope string = ''

@description('Refuse HMAC-signed requests, leaving Entra sign-in only (OPTOUT_DISABLE_LOCAL_AUTH).')
param disableLocalAuth bool = false

@description('Toll-free number or email address the HELP reply names for senders whose program brief gives none (OPTOUT_DEFAULT_HELP_CONTACT); the CTIA requires one.')
param defaultHelpContact string = ''

@description('Program name in replies for senders without a program brief (OPTOUT_DEFAULT_PROGRAM_NAME). Empty: the sender itself.')
param defaultProgramName string = ''

@description('Email address for the operators\' alerts (events failing, dead letters, replies failing, outbox not draining, refused sends spiking; docs/operations.md). Empty: no alerts.')
param alertEmail string = ''

@description('Sends refused in 15 minutes because their recipients opted out, above which operators are alerted.')
@minValue(1)
param refusedSendsAlertThreshold int = 100

@description('Object id of the person or pipeline running azd; granted Key Vault Secrets Officer so they can read and rotate the access keys. Empty: no grant.')
param principalId string = ''

@allowed([
  'User'
  'ServicePrincipal'
])
@description('Kind of principalId.')
param principalType string = 'User'

var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }
var acsIdParts = split(acsResourceId, '/')
var acsSubscriptionId = acsIdParts[2]
var acsResourceGroupName = acsIdParts[4]
var acsName = last(acsIdParts)
var functionAppName = 'func-${resourceToken}'

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module identity 'app/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: 'id-${resourceToken}'
    location: location
    tags: tags
  }
}

module storage 'app/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: empty(storageAccountName) ? 'st${resourceToken}' : storageAccountName
    location: location
    tags: tags
    sku: storageSku
    tablePrefix: tablePrefix
    deploymentContainerName: 'app-package-${take(functionAppName, 32)}-${take(resourceToken, 7)}'
    principalId: identity.outputs.principalId
  }
}

module monitoring 'app/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    workspaceName: 'log-${resourceToken}'
    applicationInsightsName: 'appi-${resourceToken}'
    location: location
    tags: tags
    principalId: identity.outputs.principalId
  }
}

module vault 'app/keyvault.bicep' = {
  name: 'keyvault'
  scope: rg
  params: {
    name: 'kv-${resourceToken}'
    location: location
    tags: tags
    accessKey: accessKey
    secondaryAccessKey: secondaryAccessKey
    accessKeyExists: accessKeyExists
    secondaryAccessKeyExists: secondaryAccessKeyExists
    readerPrincipalId: identity.outputs.principalId
    operatorPrincipalId: principalId
    operatorPrincipalType: principalType
  }
}

module acs 'app/acs.bicep' = {
  name: 'acs-${resourceToken}'
  scope: resourceGroup(acsSubscriptionId, acsResourceGroupName)
  params: {
    acsName: acsName
    systemTopicName: empty(existingSystemTopicName) ? 'evgst-${acsName}' : existingSystemTopicName
    identityId: identity.outputs.id
    principalId: identity.outputs.principalId
    tags: tags
  }
}

module notificationsTopic 'app/notifications-topic.bicep' = if (notificationsTopicEnabled) {
  name: 'notifications-topic'
  scope: rg
  params: {
    name: 'evgt-${resourceToken}'
    location: location
    tags: tags
    principalId: identity.outputs.principalId
  }
}

module functionApp 'app/function.bicep' = {
  name: 'function-app'
  scope: rg
  params: {
    name: functionAppName
    planName: 'plan-${resourceToken}'
    location: location
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    deploymentContainerUrl: storage.outputs.deploymentContainerUrl
    applicationInsightsConnectionString: monitoring.outputs.connectionString
    pythonVersion: pythonVersion
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    tablePrefix: tablePrefix
    acsEndpoint: acs.outputs.endpoint
    notificationsTopicEndpoint: notificationsTopicEnabled ? notificationsTopic.outputs.endpoint : ''
    accessKeySecretUri: vault.outputs.accessKeySecretUri
    secondaryAccessKeySecretUri: vault.outputs.secondaryAccessKeySecretUri
    entraTenantId: entraTenantId
    entraAudiences: entraAudiences
    entraWriters: entraWriters
    entraReaders: entraReaders
    entraConsoleClientId: entraConsoleClientId
    entraConsoleScope: entraConsoleScope
    disableLocalAuth: disableLocalAuth
    defaultHelpContact: defaultHelpContact
    defaultProgramName: defaultProgramName
  }
  // No dependsOn needed: the outputs it takes from storage, monitoring and vault already order it after those
  // modules, role assignments included, so the app starts with its roles granted.
}

module alerts 'app/alerts.bicep' = if (!empty(alertEmail)) {
  name: 'alerts'
  scope: resourceGroup(acsSubscriptionId, acsResourceGroupName)
  params: {
    name: 'optout-${resourceToken}'
    email: alertEmail
    systemTopicId: acs.outputs.systemTopicId
    tags: tags
  }
}

// The app's own metrics (optout_core/telemetry), in its Application Insights; told to the same action group.
module appAlerts 'app/app-alerts.bicep' = if (!empty(alertEmail)) {
  name: 'app-alerts'
  scope: rg
  params: {
    name: 'optout-${resourceToken}'
    location: location
    tags: tags
    applicationInsightsId: monitoring.outputs.id
    actionGroupId: alerts.outputs.actionGroupId
    refusedSendsThreshold: refusedSendsAlertThreshold
  }
}

// Everything the hooks and the operator need, and nothing secret (docs/deploy.md).
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output AZURE_FUNCTION_APP_ID string = functionApp.outputs.id
output OPTOUT_ENDPOINT string = functionApp.outputs.endpoint
output AZURE_KEY_VAULT_NAME string = vault.outputs.name
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_STORAGE_ACCOUNT_ID string = storage.outputs.id
output DEAD_LETTER_CONTAINER_NAME string = storage.outputs.deadLetterContainerName
output AZURE_USER_ASSIGNED_IDENTITY_ID string = identity.outputs.id
output AZURE_USER_ASSIGNED_IDENTITY_PRINCIPAL_ID string = identity.outputs.principalId
output ACS_RESOURCE_GROUP string = acsResourceGroupName
output ACS_SUBSCRIPTION_ID string = acsSubscriptionId
output EVENTGRID_SYSTEM_TOPIC_NAME string = acs.outputs.systemTopicName
output OPTOUT_EVENTGRID_TOPIC_ENDPOINT string = notificationsTopicEnabled ? notificationsTopic.outputs.endpoint : ''
