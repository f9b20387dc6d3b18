// Operators hear when the app itself is in trouble: the metrics it sends to Application Insights
// (optout_core/telemetry), queried every 5 minutes over the last 15 (docs/operations.md says what to do).
param name string
param location string
param tags object
param applicationInsightsId string
param actionGroupId string
@description('Sends refused in 15 minutes (recipients who opted out) above which operators are told.')
@minValue(1)
param refusedSendsThreshold int = 100

var signals = [
  {
    id: 'outbox-not-draining'
    description: 'Change notifications are not reaching the Event Grid topic: every drain for 15 minutes found some waiting.'
    severity: 2
    query: 'customMetrics | where name == "optout.notifications.outbox" | summarize waiting = min(valueMin)'
    measure: 'waiting'
    threshold: 0
  }
  {
    id: 'refused-sends-spiking'
    description: 'Many sends were refused because their recipients opted out: a campaign is going to an old list.'
    severity: 3
    query: 'customMetrics | where name == "optout.sends.refused" | summarize refused = sum(valueSum)'
    measure: 'refused'
    threshold: refusedSendsThreshold
  }
  {
    id: 'replies-failing'
    description: 'Opt-out confirmations or HELP answers are failing: ACS refuses them or cannot be reached.'
    severity: 2
    query: 'customMetrics | where name == "optout.replies.failed" | summarize failed = sum(valueSum)'
    measure: 'failed'
    threshold: 0
  }
  {
    id: 'events-late'
    description: 'Inbound SMS events are handled more than 5 minutes after ACS received them: confirmations miss the FCC deadline.'
    severity: 2
    query: 'customMetrics | where name == "optout.events.lag" | summarize slowest = max(valueMax)'
    measure: 'slowest'
    threshold: 300
  }
  {
    id: 'events-failing-in-the-app'
    description: 'ACS event invocations are failing in the app (storage down, replies pending): Event Grid retries them.'
    severity: 2
    query: 'requests | where operation_Name in ("SmsReceived", "SmsDeliveryReportReceived") and success == false | summarize failed = count()'
    measure: 'failed'
    threshold: 0
  }
]

resource alerts 'Microsoft.Insights/scheduledQueryRules@2023-03-15-preview' = [for signal in signals: {
  name: '${name}-${signal.id}'
  location: location
  tags: tags
  properties: {
    description: signal.description
    severity: signal.severity
    enabled: true
    scopes: [
      applicationInsightsId
    ]
    evaluationFrequency: 'PT5M'
    windowSize: 'PT15M'
    criteria: {
      allOf: [
        {
          query: signal.query
          timeAggregation: 'Total'
          metricMeasureColumn: signal.measure
          operator: 'GreaterThan'
          threshold: signal.threshold
          failingPeriods: {
            numberOfEvaluationPeriods: 1
            minFailingPeriodsToAlert: 1
          }
        }
      ]
    }
    autoMitigate: true
    actions: {
      actionGroups: [
        actionGroupId
      ]
    }
  }
}]
