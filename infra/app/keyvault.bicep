// The two HMAC access keys, in a vault the app reads through its identity (Key Vault references).
// A key not supplied is generated here on first provisioning and kept afterwards: the preprovision hook tells
// this template which keys the vault already holds (docs/decisions.md, "Access keys generated in Bicep").
@minLength(3)
@maxLength(24)
param name string
param location string
param tags object

@secure()
@description('Primary key to store; empty: keep the stored one, or generate one if there is none.')
param accessKey string
@secure()
param secondaryAccessKey string
param accessKeyExists bool
param secondaryAccessKeyExists bool

@description('Principal id of the app\'s identity, granted Key Vault Secrets User.')
param readerPrincipalId string
@description('Principal id of the operator, granted Key Vault Secrets Officer to read and rotate the keys; empty: none.')
param operatorPrincipalId string
param operatorPrincipalType string

// Fresh randomness on every deployment, used only when a key is generated. Each key is the base64 of two GUID
// strings: 72 bytes that carry 244 random bits. Secure parameters are kept out of the deployment history.
@secure()
param primarySeed1 string = newGuid() // checkov:skip=CKV_AZURE_131: newGuid() is not a hard-coded value: ARM draws a fresh one per deployment.
@secure()
param primarySeed2 string = newGuid() // checkov:skip=CKV_AZURE_131: newGuid() is not a hard-coded value: ARM draws a fresh one per deployment.
@secure()
param secondarySeed1 string = newGuid() // checkov:skip=CKV_AZURE_131: newGuid() is not a hard-coded value: ARM draws a fresh one per deployment.
@secure()
param secondarySeed2 string = newGuid() // checkov:skip=CKV_AZURE_131: newGuid() is not a hard-coded value: ARM draws a fresh one per deployment.

var secretsUser = '4633458b-17de-408a-b874-0445c86b69e6'
var secretsOfficer = 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'
var primaryName = 'optout-access-key'
var secondaryName = 'optout-secondary-access-key'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  // checkov:skip=CKV_AZURE_109: No virtual network here: the Flex app resolves its Key Vault references over the public endpoint; access is Entra RBAC only.
  // checkov:skip=CKV_AZURE_189: Public network access stays on because the Flex app (no VNet here) resolves its Key Vault references over the public endpoint; only Entra RBAC grants reach the secrets.
  // checkov:skip=CKV_AZURE_110: The vault holds only the two HMAC keys, which re-provisioning regenerates; purge protection would keep `azd down --purge` from freeing the vault name for up to 90 days. Soft delete (7 days) stays on.
  // checkov:skip=CKV_AZURE_42: Soft delete is on (7 days); purge protection is off on purpose: the vault holds only the two HMAC keys, which re-provisioning regenerates, and purge protection would hold the vault name for up to 90 days after `azd down`.
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource primary 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!(empty(accessKey) && accessKeyExists)) {
  // checkov:skip=CKV_AZURE_41: The access keys have no expiry, like ACS's own; they are rotated by hand (docs/deploy.md), and an expired key would lock every client out.
  // checkov:skip=CKV_AZURE_114: contentType is set below; checkov 3.3.30 does not read the body of a conditional resource (tests/test_infra.py asserts it).
  parent: vault
  name: primaryName
  properties: {
    value: empty(accessKey) ? base64('${primarySeed1}${primarySeed2}') : accessKey
    contentType: 'base64 HMAC-SHA256 key'
  }
}

resource secondary 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!(empty(secondaryAccessKey) && secondaryAccessKeyExists)) {
  // checkov:skip=CKV_AZURE_41: The access keys have no expiry, like ACS's own; they are rotated by hand (docs/deploy.md), and an expired key would lock every client out.
  // checkov:skip=CKV_AZURE_114: contentType is set below; checkov 3.3.30 does not read the body of a conditional resource (tests/test_infra.py asserts it).
  parent: vault
  name: secondaryName
  properties: {
    value: empty(secondaryAccessKey) ? base64('${secondarySeed1}${secondarySeed2}') : secondaryAccessKey
    contentType: 'base64 HMAC-SHA256 key'
  }
}

resource reader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, readerPrincipalId, secretsUser)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUser)
    principalId: readerPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource operator 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(operatorPrincipalId)) {
  name: guid(vault.id, operatorPrincipalId, secretsOfficer)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsOfficer)
    principalId: operatorPrincipalId
    principalType: operatorPrincipalType
  }
}

output name string = vault.name
// Versionless: the app follows a rotation within 24 hours, or at once on any configuration change.
output accessKeySecretUri string = '${vault.properties.vaultUri}secrets/${primaryName}'
output secondaryAccessKeySecretUri string = '${vault.properties.vaultUri}secrets/${secondaryName}'
