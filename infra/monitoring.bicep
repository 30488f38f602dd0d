// Where the deployment's logs and telemetry go: one Log Analytics workspace for the Container Apps environments'
// console and system logs and the Key Vault's audit log, and a workspace-based Application Insights resource that
// receives the apps' OpenTelemetry traces, metrics and logs (APPLICATIONINSIGHTS_CONNECTION_STRING).

@description('Stem of the resource names, e.g. "cooperation-dev".')
param name string

@description('Azure region.')
param location string

@description('Tags of every resource.')
param tags object

@description('Days the workspace keeps logs; 30 are included in the ingestion price.')
@minValue(30)
@maxValue(730)
param retentionInDays int = 30

resource workspace 'Microsoft.OperationalInsights/workspaces@2025-07-01' = {
  name: '${name}-logs'
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
    features: {
      // Reading an app's logs needs a role on that app or on the workspace, not on the whole subscription.
      enableLogAccessUsingOnlyResourcePermissions: true
    }
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${name}-insights'
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    // Workspace-based: telemetry lands in the same workspace as the container logs, one place to query.
    WorkspaceResourceId: workspace.id
    IngestionMode: 'LogAnalytics'
  }
}

@description('Resource id of the Log Analytics workspace.')
output workspaceId string = workspace.id

@description('Workspace id (a GUID) that `az monitor log-analytics query --workspace` takes.')
output workspaceCustomerId string = workspace.properties.customerId

@description('Name of the Application Insights resource; the apps read its connection string themselves, so it is never an output.')
output insightsName string = insights.name
