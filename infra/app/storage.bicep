// One storage account for the Functions host, the deployment package, the app's tables and Event Grid's dead letters.
// Every client reaches it through Entra ID: shared keys are off, so no connection string can work.
@minLength(3)
@maxLength(24)
@description('Storage account name: 3-24 lower-case letters and digits.')
param name string
param location string
param tags object
param sku string
param tablePrefix string
param deploymentContainerName string
@description('Principal id of the app\'s identity.')
param principalId string

var deadLetterContainerName = 'eventgrid-deadletter'
// optout_core/storage.py (OptOuts, Senders, PendingNotifications) and optout_core/programs.py (Programs).
var tableSuffixes = [
  'OptOuts'
  'Senders'
  'PendingNotifications'
  'Programs'
]
// Storage Blob Data Owner: the host's own blobs (keys, timer locks) and the deployment package, as Learn's
// "Connecting to host storage with an identity" asks; it also covers Event Grid dead-lettering through the identity.
// Storage Table Data Contributor: the app's tables. No queue role: no trigger here uses queues.
var roleIds = [
  'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
]

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  // checkov:skip=CKV_AZURE_35: No virtual network here: the Flex app, Event Grid and operators reach the account over its public endpoint, and every request must carry an Entra token (shared keys are off).
  // checkov:skip=CKV_AZURE_59: Public network access stays on because the Flex app has no VNet here; every request needs an Entra token (shared keys are off). Private endpoints need the VNet variant docs/deploy.md describes.
  // checkov:skip=CKV_AZURE_206: The SKU is main.bicep's storageSku parameter, whose @allowed list holds geo-redundant SKUs only (checkov reads no parameter values; tests/test_infra.py asserts the list).
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: sku
  }
  properties: {
    accessTier: 'Hot'
    allowSharedKeyAccess: false
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: account
  name: 'default'
  properties: {
    deleteRetentionPolicy: {
      enabled: true
      days: 7
    }
  }
}

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: deploymentContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource deadLetterContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: deadLetterContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' = [for suffix in tableSuffixes: {
  parent: tableService
  name: '${tablePrefix}${suffix}'
}]

resource roles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for roleId in roleIds: {
  name: guid(account.id, principalId, roleId)
  scope: account
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}]

output name string = account.name
output id string = account.id
output deploymentContainerUrl string = '${account.properties.primaryEndpoints.blob}${deploymentContainer.name}'
output deadLetterContainerName string = deadLetterContainer.name
