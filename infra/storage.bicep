// The storage account that holds everything the cluster keeps: grain state and photos (blob containers), the
// Orleans membership table and the reminders (table service). Reached only with Microsoft Entra ID (the apps'
// managed identity), over HTTPS with TLS 1.2 or later, from the two Container Apps subnets only, and nothing in
// it is ever public: the Azure security baseline for Storage (identity, data protection, network) applied.

@description('Name of the storage account (3–24 lowercase letters and digits, unique in Azure).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region.')
param location string

@description('Tags of every resource.')
param tags object

@description('Redundancy: Standard_LRS (three copies in one datacentre) or Standard_ZRS (three availability zones).')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
])
param sku string

@description('Private blob container of Orleans grain state.')
param grainStateContainerName string

@description('Private blob container of photos (receipt photos, report attachments).')
param attachmentsContainerName string

@description('Subnets allowed to reach the account (their service endpoint for Microsoft.Storage); every other network is refused.')
param allowedSubnetIds array

@description('Principal id of the managed identity the silos and the API run as.')
param principalId string

// Built-in roles; their ids are the same in every tenant.
// "Storage Blob Data Contributor": read, write and delete blobs and containers (grain state, photos).
var storageBlobDataContributorRoleId = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
// "Storage Table Data Contributor": read and write table entities and create tables (membership, reminders:
// the Orleans providers create their table on first use, so a reader role would not do).
var storageTableDataContributorRoleId = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'

resource account 'Microsoft.Storage/storageAccounts@2025-08-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: sku
  }
  properties: {
    accessTier: 'Hot'
    supportsHttpsTrafficOnly: true
    minimumTlsVersion: 'TLS1_2'
    // Photos are handed out by the API after an authorisation check, never by a public URL.
    allowBlobPublicAccess: false
    // Account keys and the SAS tokens signed with them would be a second, unrotated way in: only Entra ID.
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowCrossTenantReplication: false
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      // The public endpoint answers only the Container Apps subnets (and Azure's own trusted services).
      defaultAction: 'Deny'
      bypass: 'AzureServices'
      virtualNetworkRules: [for subnetId in allowedSubnetIds: {
        id: subnetId
        action: 'Allow'
      }]
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-08-01' = {
  parent: account
  name: 'default'
  properties: {
    // A deleted container (all grain state of the cluster) can be restored for 7 days. Blob-level soft delete
    // stays off: every grain write overwrites its blob and would leave a soft-deleted copy behind.
    containerDeleteRetentionPolicy: {
      enabled: true
      days: 7
    }
  }
}

resource grainStateContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-08-01' = {
  parent: blobService
  name: grainStateContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource attachmentsContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-08-01' = {
  parent: blobService
  name: attachmentsContainerName
  properties: {
    publicAccess: 'None'
  }
}

// Both assignments are scoped to this account, not to the resource group: the identity reaches these blobs and
// tables and nothing else. guid() over scope, principal and role keeps the name stable across redeployments.
resource blobDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: account
  name: guid(account.id, principalId, storageBlobDataContributorRoleId)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributorRoleId)
    principalId: principalId
    // A new identity may not have reached every Entra ID replica yet; the type spares ARM the lookup.
    principalType: 'ServicePrincipal'
  }
}

resource tableDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: account
  name: guid(account.id, principalId, storageTableDataContributorRoleId)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataContributorRoleId)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

@description('Name of the storage account.')
output name string = account.name

@description('Blob service endpoint (https://ACCOUNT.blob.core.windows.net/): grain state and photos.')
output blobEndpoint string = account.properties.primaryEndpoints.blob

@description('Table service endpoint (https://ACCOUNT.table.core.windows.net/): membership and reminders.')
output tableEndpoint string = account.properties.primaryEndpoints.table

@description('Name of the grain state container.')
output grainStateContainerName string = grainStateContainer.name

@description('Name of the photos container.')
output attachmentsContainerName string = attachmentsContainer.name
