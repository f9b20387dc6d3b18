// Optional custom topic for the change notifications (Optout.RecipientOptedOut/OptedIn): CloudEvents in,
// Entra-only publishing (no topic key exists to leak), the app's identity the one allowed to send.
@minLength(3)
@maxLength(50)
param name string
param location string
param tags object
param principalId string

var eventGridDataSender = 'd5a91429-5739-47e2-a06b-3470a27159e7'

resource topic 'Microsoft.EventGrid/topics@2025-02-15' = {
  // checkov:skip=CKV_AZURE_193: Subscribers outside a virtual network (the business's own systems) read from it; publishing needs an Entra token.
  name: name
  location: location
  tags: tags
  // For subscribers that take deliveries authenticated as the topic (delivery with resource identity).
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    inputSchema: 'CloudEventSchemaV1_0'
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
    minimumTlsVersionAllowed: '1.2'
  }
}

resource sender 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(topic.id, principalId, eventGridDataSender)
  scope: topic
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', eventGridDataSender)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

output endpoint string = topic.properties.endpoint
