// Operators hear when ACS events stop reaching the app: deliveries failing, events dead-lettered or dropped.
param name string
@description('Where the alerts go.')
param email string
param systemTopicId string
param tags object

var signals = [
  {
    metric: 'DeliveryAttemptFailCount'
    description: 'Event Grid failed to deliver ACS SMS events to the function app (it retries for 24 hours).'
    severity: 2
  }
  {
    metric: 'DeadLetteredCount'
    description: 'ACS SMS events gave up on delivery and were dead-lettered: replay them (docs/deploy.md).'
    severity: 1
  }
  {
    metric: 'DroppedEventCount'
    description: 'ACS SMS events were dropped: neither delivered nor dead-lettered.'
    severity: 0
  }
]

resource operators 'Microsoft.Insights/actionGroups@2023-01-01' = {
  name: 'ag-${name}'
  location: 'global'
  tags: tags
  properties: {
    groupShortName: 'optout'
    enabled: true
    emailReceivers: [
      {
        name: 'operators'
        emailAddress: email
        useCommonAlertSchema: true
      }
    ]
  }
}

resource alerts 'Microsoft.Insights/metricAlerts@2018-03-01' = [for signal in signals: {
  name: '${name}-${signal.metric}'
  location: 'global'
  tags: tags
  properties: {
    description: signal.description
    severity: signal.severity
    enabled: true
    scopes: [
      systemTopicId
    ]
    evaluationFrequency: 'PT5M'
    windowSize: 'PT15M'
    criteria: {
      'odata.type': 'Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria'
      allOf: [
        {
          criterionType: 'StaticThresholdCriterion'
          name: signal.metric
          metricNamespace: 'Microsoft.EventGrid/systemTopics'
          metricName: signal.metric
          operator: 'GreaterThan'
          threshold: 0
          timeAggregation: 'Total'
        }
      ]
    }
    actions: [
      {
        actionGroupId: operators.id
      }
    ]
  }
}]

output actionGroupId string = operators.id
