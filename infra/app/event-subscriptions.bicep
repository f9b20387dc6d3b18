// The two ACS SMS event subscriptions, deployed by infra/hooks/postdeploy.sh into the ACS resource group once the
// code is deployed: an AzureFunction destination must name a function that exists. Deploying it again with the
// same parameters is a no-op update, which is what makes `azd up` repeatable.
@minLength(3)
@maxLength(64)
param systemTopicName string
@description('Resource id of the function app.')
param functionAppId string
@description('Resource id of the storage account holding the dead-letter container.')
param deadLetterStorageAccountId string
param deadLetterContainerName string
@description('Resource id of the user-assigned identity the system topic dead-letters through.')
param identityId string

// One event per invocation (the Python worker runs one event per call, and a failure retries the whole batch);
// Event Grid's own retry schedule for a day, then the dead-letter container.
var routes = [
  {
    name: 'optout-sms-received'
    eventType: 'Microsoft.Communication.SMSReceived'
    functionName: 'SmsReceived'
  }
  {
    name: 'optout-sms-delivery-report-received'
    eventType: 'Microsoft.Communication.SMSDeliveryReportReceived'
    functionName: 'SmsDeliveryReportReceived'
  }
]

resource systemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' existing = {
  name: systemTopicName
}

resource subscriptions 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = [for route in routes: {
  parent: systemTopic
  name: route.name
  properties: {
    destination: {
      endpointType: 'AzureFunction'
      properties: {
        resourceId: '${functionAppId}/functions/${route.functionName}'
        maxEventsPerBatch: 1
        preferredBatchSizeInKilobytes: 64
      }
    }
    filter: {
      includedEventTypes: [
        route.eventType
      ]
    }
    eventDeliverySchema: 'EventGridSchema'
    retryPolicy: {
      maxDeliveryAttempts: 30
      eventTimeToLiveInMinutes: 1440
    }
    deadLetterWithResourceIdentity: {
      identity: {
        type: 'UserAssigned'
        userAssignedIdentity: identityId
      }
      deadLetterDestination: {
        endpointType: 'StorageBlob'
        properties: {
          resourceId: deadLetterStorageAccountId
          blobContainerName: deadLetterContainerName
        }
      }
    }
  }
}]

output names array = [for (route, index) in routes: subscriptions[index].name]
