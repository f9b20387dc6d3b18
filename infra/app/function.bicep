// The Flex Consumption (FC1) function app. Every setting that reaches another service names the user-assigned
// identity instead of carrying a key; the access keys are Key Vault references resolved through the same identity.
param name string
param planName string
param location string
param tags object
param identityId string
param identityClientId string
param storageAccountName string
param deploymentContainerUrl string
param applicationInsightsConnectionString string
param pythonVersion string
param instanceMemoryMB int
param maximumInstanceCount int
param tablePrefix string
param acsEndpoint string
@description('Endpoint of the notifications topic; empty: no notifications.')
param notificationsTopicEndpoint string
param accessKeySecretUri string
param secondaryAccessKeySecretUri string
param entraTenantId string
param entraAudiences string
param entraWriters string
param entraReaders string
param entraConsoleClientId string
param entraConsoleScope string
param disableLocalAuth bool
param defaultHelpContact string
param defaultProgramName string

var identitySettings = [
  {
    name: 'AzureWebJobsStorage__accountName'
    value: storageAccountName
  }
  {
    name: 'AzureWebJobsStorage__credential'
    value: 'managedidentity'
  }
  {
    name: 'AzureWebJobsStorage__clientId'
    value: identityClientId
  }
  {
    name: 'OPTOUT_STORAGE__tableServiceUri'
    value: 'https://${storageAccountName}.table.${environment().suffixes.storage}'
  }
  {
    name: 'OPTOUT_STORAGE__credential'
    value: 'managedidentity'
  }
  {
    name: 'OPTOUT_STORAGE__clientId'
    value: identityClientId
  }
  {
    name: 'OPTOUT_TABLE_PREFIX'
    value: tablePrefix
  }
  {
    name: 'COMMUNICATION_SERVICES__endpoint'
    value: acsEndpoint
  }
  {
    name: 'COMMUNICATION_SERVICES__credential'
    value: 'managedidentity'
  }
  {
    name: 'COMMUNICATION_SERVICES__clientId'
    value: identityClientId
  }
  {
    name: 'OPTOUT_ACCESS_KEY'
    value: '@Microsoft.KeyVault(SecretUri=${accessKeySecretUri})'
  }
  {
    name: 'OPTOUT_SECONDARY_ACCESS_KEY'
    value: '@Microsoft.KeyVault(SecretUri=${secondaryAccessKeySecretUri})'
  }
  {
    name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
    value: applicationInsightsConnectionString
  }
  {
    name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING'
    value: 'ClientId=${identityClientId};Authorization=AAD'
  }
  {
    name: 'OPTOUT_ENTRA_TENANT_ID'
    value: entraTenantId
  }
  {
    name: 'OPTOUT_ENTRA_AUDIENCES'
    value: entraAudiences
  }
  {
    name: 'OPTOUT_ENTRA_WRITERS'
    value: entraWriters
  }
  {
    name: 'OPTOUT_ENTRA_READERS'
    value: entraReaders
  }
  {
    name: 'OPTOUT_ENTRA_CONSOLE_CLIENT_ID'
    value: entraConsoleClientId
  }
  {
    name: 'OPTOUT_ENTRA_CONSOLE_SCOPE'
    value: entraConsoleScope
  }
  {
    name: 'OPTOUT_DISABLE_LOCAL_AUTH'
    value: disableLocalAuth ? 'true' : 'false'
  }
  {
    name: 'OPTOUT_DEFAULT_HELP_CONTACT'
    value: defaultHelpContact
  }
  {
    name: 'OPTOUT_DEFAULT_PROGRAM_NAME'
    value: defaultProgramName
  }
  {
    // The worker loads the app's azure-functions (>= 1.26) rather than its own: it decodes CloudEvents too (README).
    name: 'PYTHON_ISOLATE_WORKER_DEPENDENCIES'
    value: '1'
  }
]
var notificationSettings = [
  {
    name: 'OPTOUT_EVENTGRID_TOPIC_ENDPOINT'
    value: notificationsTopicEndpoint
  }
  {
    name: 'OPTOUT_EVENTGRID_TOPIC__credential'
    value: 'managedidentity'
  }
  {
    name: 'OPTOUT_EVENTGRID_TOPIC__clientId'
    value: identityClientId
  }
]

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  // checkov:skip=CKV_AZURE_225: Flex Consumption has no zone-redundant option in this template; instances are placed and replaced by the platform per event.
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  // checkov:skip=CKV_AZURE_17: The API authenticates callers by ACS HMAC signature (or Entra token); client certificates would break the ACS SDKs it is compatible with.
  // checkov:skip=CKV_AZURE_222: ACS SDK clients and Event Grid call it over the internet; every API request is authenticated by the app.
  // checkov:skip=CKV_AZURE_212: Flex Consumption scales from zero by demand; there is no fixed instance count to fail over between.
  // checkov:skip=CKV_AZURE_213: Flex Consumption replaces unhealthy instances itself; health-check routing is an App Service plan feature.
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': 'api' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      appSettings: concat(identitySettings, empty(notificationsTopicEndpoint) ? [] : notificationSettings)
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: deploymentContainerUrl
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      runtime: {
        name: 'python'
        version: pythonVersion
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
    }
  }
}

output name string = site.name
output id string = site.id
output endpoint string = 'https://${site.properties.defaultHostName}'
