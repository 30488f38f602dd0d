// A container registry (Basic: the smallest, 10 GB included) for the silo and API images, built in the cloud by
// `az acr build`. No admin user and no anonymous pull: the apps pull with the managed identity (AcrPull).

@description('Name of the registry (5–50 letters and digits, unique in Azure).')
@minLength(5)
@maxLength(50)
param name string

@description('Azure region.')
param location string

@description('Tags of every resource.')
param tags object

@description('Principal id of the managed identity the apps run as; gets AcrPull on this registry.')
param principalId string

// "AcrPull": pull images, nothing else.
var acrPullRoleId = '7f951dda-4ed3-4680-a7ca-43fe172d538d'

resource registry 'Microsoft.ContainerRegistry/registries@2025-11-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: 'Basic'
  }
  properties: {
    adminUserEnabled: false
    anonymousPullEnabled: false
    publicNetworkAccess: 'Enabled'
  }
}

resource acrPull 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: registry
  name: guid(registry.id, principalId, acrPullRoleId)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', acrPullRoleId)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

@description('Login server of the registry (NAME.azurecr.io).')
output loginServer string = registry.properties.loginServer

@description('Name of the registry, for az acr build.')
output name string = registry.name
