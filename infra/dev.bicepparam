// A first look or a test instance at the smallest size: one silo, one API replica, the demo people, and a vault
// that can be deleted and purged at once. The image tag and the operator come from the shell (README).
using '../azure.bicep'

param environmentName = 'dev'
param siloCount = 1
param apiMinReplicas = 1
param apiMaxReplicas = 1
param storageSku = 'Standard_LRS'
param seedDemoPeople = true
param keyVaultPurgeProtection = false
param imageTag = readEnvironmentVariable('COOPERATION_IMAGE_TAG', '')
param operatorPrincipalId = readEnvironmentVariable('COOPERATION_OPERATOR_ID', '')
