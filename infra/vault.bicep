// The Key Vault that holds the token signing key (and, on a demonstration instance, the demo people's
// password). Access is by Azure RBAC only (no access policies): the apps' identity may read secrets, the
// operator named at deployment may also write them, nobody else sees them. Soft delete keeps a deleted secret
// or vault for 90 days; purge protection (a parameter: once on it cannot be switched off) forbids erasing it
// earlier. Every read and write lands in the audit log.

@description('Name of the vault (3–24 letters, digits and hyphens, starting with a letter, unique in Azure).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region.')
param location string

@description('Tags of every resource.')
param tags object

@description('Forbid purging a deleted vault or secret during its 90 days of soft delete. Irreversible once on.')
param purgeProtection bool

@description('Principal id of the managed identity the apps run as; gets "Key Vault Secrets User" on this vault.')
param principalId string

@description('Object id of the person or group who sets the secrets (az ad signed-in-user show --query id); gets "Key Vault Secrets Officer" on this vault. Empty: nobody (assign it yourself).')
param operatorPrincipalId string

@description('Kind of principal operatorPrincipalId is.')
@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param operatorPrincipalType string

@description('Resource id of the Log Analytics workspace that receives the audit log.')
param workspaceId string

// "Key Vault Secrets User": read secret contents, nothing else.
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'
// "Key Vault Secrets Officer": create, update and delete secrets, not manage the vault or its access.
var keyVaultSecretsOfficerRoleId = 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'

resource vault 'Microsoft.KeyVault/vaults@2025-05-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    // The API refuses false once purge protection has been on; leaving it unset is the only "off".
    enablePurgeProtection: purgeProtection ? true : null
    // The operator sets the secrets from their own machine; every call still needs Entra ID and a role.
    publicNetworkAccess: 'Enabled'
  }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, principalId, keyVaultSecretsUserRoleId)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

resource secretsOfficer 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(operatorPrincipalId)) {
  scope: vault
  name: guid(vault.id, operatorPrincipalId, keyVaultSecretsOfficerRoleId)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsOfficerRoleId)
    principalId: operatorPrincipalId
    principalType: operatorPrincipalType
  }
}

resource audit 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'key-vault-audit'
  scope: vault
  properties: {
    workspaceId: workspaceId
    logs: [
      {
        categoryGroup: 'audit'
        enabled: true
      }
    ]
  }
}

@description('Name of the vault.')
output name string = vault.name

@description('URI of the vault (https://NAME.vault.azure.net/); the apps\' secrets point into it.')
output uri string = vault.properties.vaultUri
