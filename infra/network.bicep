// The virtual network both Container Apps environments live in. Two subnets, one per environment: the silos'
// (an internal environment, so the silo and gateway ports are reachable only from inside this network) and the
// API's (an external environment, reachable from the internet, whose apps reach the silos' private address).
// Both subnets are delegated to Container Apps and carry a service endpoint for Azure Storage, so that the
// storage account can refuse every other network.

@description('Stem of the resource names, e.g. "cooperation-dev".')
param name string

@description('Azure region.')
param location string

@description('Tags of every resource.')
param tags object

@description('Address space of the virtual network (a /16 to /22); the silos get its first /24, the API its second.')
param addressPrefix string

var delegatedToContainerApps = [
  {
    name: 'Microsoft.App.environments'
    properties: {
      serviceName: 'Microsoft.App/environments'
    }
  }
]

var storageServiceEndpoint = [
  {
    service: 'Microsoft.Storage'
  }
]

resource network 'Microsoft.Network/virtualNetworks@2025-07-01' = {
  name: '${name}-network'
  location: location
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
        addressPrefix
      ]
    }
    // Declared inline rather than as child resources: a redeployment then leaves the subnets, which the
    // environments hold, as they are instead of trying to recreate them.
    subnets: [
      {
        name: 'silos'
        properties: {
          addressPrefix: cidrSubnet(addressPrefix, 24, 0)
          delegations: delegatedToContainerApps
          serviceEndpoints: storageServiceEndpoint
        }
      }
      {
        name: 'api'
        properties: {
          addressPrefix: cidrSubnet(addressPrefix, 24, 1)
          delegations: delegatedToContainerApps
          serviceEndpoints: storageServiceEndpoint
        }
      }
    ]
  }
}

resource silosSubnet 'Microsoft.Network/virtualNetworks/subnets@2025-07-01' existing = {
  parent: network
  name: 'silos'
}

resource apiSubnet 'Microsoft.Network/virtualNetworks/subnets@2025-07-01' existing = {
  parent: network
  name: 'api'
}

@description('Subnet of the silos\' internal environment.')
output silosSubnetId string = silosSubnet.id

@description('Subnet of the API\'s external environment.')
output apiSubnetId string = apiSubnet.id
