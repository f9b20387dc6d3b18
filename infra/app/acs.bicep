// Deployed into the ACS resource's own resource group: the app's identity may send SMS through ACS with Entra ID,
// and ACS publishes its SMS events to an Event Grid system topic that carries the identity (for dead-lettering).
@minLength(1)
@maxLength(63)
@description('Name of the existing ACS resource.')
param acsName string
@minLength(3)
@maxLength(64)
@description('System topic to create, or the name of the one the ACS resource already has (a source can have only one).')
param systemTopicName string
param identityId string
param principalId string
param tags object

// No SMS-only built-in role exists; this is the narrowest one that lets an identity send (docs/decisions.md).
var communicationAndEmailServiceOwner = '09976791-48a7-449e-bb21-39d1a415f350'

resource acs 'Microsoft.Communication/communicationServices@2023-04-01' existing = {
  name: acsName
}

resource sender 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(acs.id, principalId, communicationAndEmailServiceOwner)
  scope: acs
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', communicationAndEmailServiceOwner)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

// Creating it again, or over the one that exists, is an update: same source, same type. It sets the topic's
// identities to the app's alone.
resource systemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: systemTopicName
  location: 'global'
  tags: tags
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    source: acs.id
    topicType: 'Microsoft.Communication.CommunicationServices'
  }
}

output endpoint string = 'https://${acs.properties.hostName}'
output systemTopicName string = systemTopic.name
output systemTopicId string = systemTopic.id
