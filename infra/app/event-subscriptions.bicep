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
@allowed([
  'AzureFunction'
  'WebHook'
])
@description('AzureFunction: Event Grid calls the function with the platform\'s own key. WebHook: the Event Grid extension\'s URL with the app\'s eventgrid_extension system key, read here by Azure Resource Manager (the fallback if AzureFunction destinations do not work on Flex Consumption).')
param endpointType string = 'AzureFunction'

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

var functionAppIdParts = split(functionAppId, '/')

resource systemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' existing = {
  name: systemTopicName
}

resource functionApp 'Microsoft.Web/sites@2024-04-01' existing = {
  name: last(functionAppIdParts)
  scope: resourceGroup(functionAppIdParts[2], functionAppIdParts[4])
}

resource subscriptions 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = [for route in routes: {
  parent: systemTopic
  name: route.name
  properties: {
    destination: (endpointType == 'AzureFunction') ? {
      endpointType: 'AzureFunction'
      properties: {
        resourceId: '${functionApp.id}/functions/${route.functionName}'
        maxEventsPerBatch: 1
        preferredBatchSizeInKilobytes: 64
      }
    } : {
      endpointType: 'WebHook'
      properties: {
        // The key is resolved inside Azure Resource Manager: it appears in no command line, log or output.
        endpointUrl: 'https://${functionApp.properties.defaultHostName}/runtime/webhooks/eventgrid?functionName=${route.functionName}&code=${listKeys('${functionApp.id}/host/default', '2024-04-01').systemKeys.eventgrid_extension}'
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
