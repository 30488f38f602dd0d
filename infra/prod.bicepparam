// Production: two silos (a dead one is declared dead by the other and its grains move over), two API replicas
// at least, zone-redundant storage, purge protection, no demo people. The image tag and the operator come from
// the shell (README).
using '../azure.bicep'

param environmentName = 'prod'
param siloCount = 2
param apiMinReplicas = 2
param apiMaxReplicas = 5
param storageSku = 'Standard_ZRS'
param seedDemoPeople = false
param keyVaultPurgeProtection = true
param imageTag = readEnvironmentVariable('COOPERATION_IMAGE_TAG', '')
param operatorPrincipalId = readEnvironmentVariable('COOPERATION_OPERATOR_ID', '')
