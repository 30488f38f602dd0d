// Production: two silos (a dead one is declared dead by the other and its grains move over), two API replicas
// at least, zone-redundant storage, purge protection, no demo people but a first administrator. The image tag, the
// operator and the first administrator's address come from the shell (README).
using '../azure.bicep'

param environmentName = 'prod'
param siloCount = 2
param apiMinReplicas = 2
param apiMaxReplicas = 5
param storageSku = 'Standard_ZRS'
param seedDemoPeople = false
param keyVaultPurgeProtection = true
param imageTag = readEnvironmentVariable('COOPERATION_IMAGE_TAG', '')
param firstAdministratorEmail = readEnvironmentVariable('COOPERATION_FIRST_ADMINISTRATOR', '')
param operatorPrincipalId = readEnvironmentVariable('COOPERATION_OPERATOR_ID', '')
