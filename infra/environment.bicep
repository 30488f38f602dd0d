// One Azure Container Apps environment (workload profiles, Consumption plan: billed per second of use, no
// fixed fee) in its own subnet, its console and system logs sent to the Log Analytics workspace.

@description('Name of the environment.')
param name string

@description('Azure region.')
param location string

@description('Tags of every resource.')
param tags object

@description('Subnet the environment is injected into (delegated to Microsoft.App/environments).')
param subnetId string

@description('True: no public address, the environment\'s static IP is private to the virtual network (the silos). False: a public address (the API).')
param internal bool

@description('Resource id of the Log Analytics workspace that receives the apps\' console and system logs.')
param workspaceId string

resource environment 'Microsoft.App/managedEnvironments@2026-01-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    // Logs go through a diagnostic setting (below) rather than the workspace's shared key.
    appLogsConfiguration: {
      destination: 'azure-monitor'
    }
    vnetConfiguration: {
      infrastructureSubnetId: subnetId
      internal: internal
    }
    workloadProfiles: [
      {
        name: 'Consumption'
        workloadProfileType: 'Consumption'
      }
    ]
    zoneRedundant: false
  }
}

resource logs 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'container-app-logs'
  scope: environment
  properties: {
    workspaceId: workspaceId
    logs: [
      {
        category: 'ContainerAppConsoleLogs'
        enabled: true
      }
      {
        category: 'ContainerAppSystemLogs'
        enabled: true
      }
    ]
  }
}

@description('Resource id of the environment.')
output id string = environment.id

@description('The environment\'s static IP: private for an internal environment, public otherwise.')
output staticIp string = environment.properties.staticIp
