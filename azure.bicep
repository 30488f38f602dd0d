// Cooperation — Azure deployment (first version).
//
// Deploys now, into the target resource group:
//   - a StorageV2 account that holds Orleans grain state (private container `grainstate` by default)
//     and file attachments (private container `attachments`); HTTPS only, TLS 1.2 minimum, no anonymous
//     blob access and no shared keys: every caller authenticates with Microsoft Entra ID;
//   - a user-assigned managed identity that the silos (and the API) will run as;
//   - a role assignment giving that identity "Storage Blob Data Contributor" on the account, so that the
//     grain storage provider and the attachment store can read and write blobs without any secret.
//
// Comes later (DESIGN.md §2, "scaled out"):
//   - Azure Container Apps: one Container App per silo (minReplicas = maxReplicas = 1, see tech-notes §3.3)
//     in an internal VNet-integrated environment, plus the stateless GraphQL API as an Orleans client;
//   - Azure Cache for Redis for Orleans cluster membership and reminders (Azure Table clustering is not
//     available to us);
//   - a Log Analytics workspace for the Container Apps environment's logs;
//   - network lockdown of the storage account (private endpoint) once the VNet exists.
//
// Build check: `bicep build azure.bicep` must finish without warnings
// (tests/Cooperation.Deployment.Tests runs it on every test run).

targetScope = 'resourceGroup'

@description('Azure region of every resource. Defaults to the resource group\'s region.')
param location string = resourceGroup().location

@description('Short prefix of resource names, e.g. "cooperation". Lowercased and stripped of hyphens inside the storage account name.')
@minLength(3)
@maxLength(11)
param namePrefix string = 'cooperation'

@description('Environment name, e.g. "dev", "test", "prod". Part of resource names and tags, so that several environments can share a subscription.')
@minLength(2)
@maxLength(8)
param environmentName string = 'dev'

@description('Redundancy of the storage account: Standard_LRS (three copies in one datacentre) or Standard_ZRS (spread over availability zones, for production where the region offers it).')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
])
param storageSku string = 'Standard_LRS'

@description('Name of the private blob container that holds Orleans grain state. Must match the grain storage provider\'s container option in the silo configuration.')
@minLength(3)
@maxLength(63)
param grainStateContainerName string = 'grainstate'

@description('Name of the private blob container that holds attachments (reports, photos, shipment documents).')
@minLength(3)
@maxLength(63)
param attachmentsContainerName string = 'attachments'

// Built-in role "Storage Blob Data Contributor": read, write and delete blobs and containers — what the
// grain storage provider needs (it creates its container on first use) and no more (no key listing,
// no account management). The id is the same in every Azure tenant.
var storageBlobDataContributorRoleId = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'

// Storage account names are global, 3–24 lowercase letters and digits: prefix and environment trimmed to
// 11 characters, plus a 13-character hash of the resource group and environment so that two deployments
// do not collide.
// Hyphens are dropped because storage account names do not allow them.
var storageNameStem = take(replace(toLower('${namePrefix}${environmentName}'), '-', ''), 11)
var uniqueStorageAccountName = '${storageNameStem}${uniqueString(resourceGroup().id, environmentName)}'

var tags = {
  application: namePrefix
  environment: environmentName
}

resource storageAccount 'Microsoft.Storage/storageAccounts@2025-08-01' = {
  name: uniqueStorageAccountName
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: storageSku
  }
  properties: {
    accessTier: 'Hot'
    // Grain state and attachments are only reached over TLS, and only recent TLS.
    supportsHttpsTrafficOnly: true
    minimumTlsVersion: 'TLS1_2'
    // Nothing in this account is public: no container may ever be opened to anonymous readers,
    // attachments are served through the API after an authorisation check.
    allowBlobPublicAccess: false
    // The silos authenticate with the managed identity below; account keys and SAS tokens signed with
    // them would be a second, unrotated way in, so they are switched off.
    allowSharedKeyAccess: false
    // The portal and tools then also use Entra ID by default instead of asking for the (disabled) keys.
    defaultToOAuthAuthentication: true
    allowCrossTenantReplication: false
    // Reachable from the internet (over HTTPS and Entra ID only) until the VNet and its private
    // endpoint arrive with the Container Apps deployment.
    publicNetworkAccess: 'Enabled'
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-08-01' = {
  parent: storageAccount
  name: 'default'
  properties: {
    // A deleted container (all grain state of the cluster) can be restored for 7 days. Blob-level soft
    // delete is left off on purpose: every grain write overwrites its blob and would leave a
    // soft-deleted snapshot behind; grain state history belongs in the grains, not in storage.
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
    // Grain state is internal to the cluster: no anonymous access at container level either.
    publicAccess: 'None'
  }
}

resource attachmentsContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-08-01' = {
  parent: blobService
  name: attachmentsContainerName
  properties: {
    // Attachments carry partners' documents; they are handed out by the API, never by a public URL.
    publicAccess: 'None'
  }
}

// The identity the silos and the API will run as (assigned to the Container Apps later). User-assigned
// rather than system-assigned so that it exists, and holds its role, before any app is created, and
// survives replacing an app during a blue-green upgrade.
resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: '${namePrefix}-${environmentName}-identity'
  location: location
  tags: tags
}

resource storageBlobDataContributor 'Microsoft.Authorization/roleDefinitions@2022-04-01' existing = {
  scope: subscription()
  name: storageBlobDataContributorRoleId
}

// Scoped to the storage account (not the resource group) so the identity reaches these blobs and
// nothing else. The name must be a GUID and stable across redeployments, hence guid() over the scope,
// the principal and the role.
resource blobDataContributorAssignment 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: storageAccount
  name: guid(storageAccount.id, identity.id, storageBlobDataContributor.id)
  properties: {
    roleDefinitionId: storageBlobDataContributor.id
    principalId: identity.properties.principalId
    // A new identity may not have replicated to Entra ID yet; stating the type lets ARM skip the
    // lookup that would otherwise fail with PrincipalNotFound.
    principalType: 'ServicePrincipal'
  }
}

@description('Blob service endpoint of the storage account (https://<account>.blob.core.windows.net/), for the silos\' grain storage and the attachment store.')
output blobEndpoint string = storageAccount.properties.primaryEndpoints.blob

@description('Name of the storage account.')
output storageAccountName string = storageAccount.name

@description('Name of the private container holding grain state.')
output grainStateContainerName string = grainStateContainer.name

@description('Name of the private container holding attachments.')
output attachmentsContainerName string = attachmentsContainer.name

@description('Client id of the managed identity; set it as AZURE_CLIENT_ID so DefaultAzureCredential/ManagedIdentityCredential picks this identity.')
output identityClientId string = identity.properties.clientId

@description('Resource id of the managed identity, to assign it to the Container Apps.')
output identityResourceId string = identity.id
