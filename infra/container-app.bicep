// One Container App running as the shared user-assigned identity: it pulls its image from the registry with
// that identity and resolves its Key Vault secrets with it, so no password or key appears in its definition.
// azure.bicep says what each app runs (image, configuration, ingress, probes, replicas).

@description('Name of the app (2–32 lowercase letters, digits and hyphens).')
@minLength(2)
@maxLength(32)
param name string

@description('Azure region.')
param location string

@description('Tags of every resource.')
param tags object

@description('Resource id of the Container Apps environment the app runs in.')
param environmentId string

@description('Full image reference, REGISTRY/REPOSITORY:TAG.')
param image string

@description('Login server of the registry the image comes from.')
param registryServer string

@description('Resource id of the user-assigned identity the app runs as.')
param identityId string

@description('Environment variables of the container: {name, value} or {name, secretRef}.')
param env array

@description('Secrets of the app: {name, keyVaultUrl, identity} (read from Key Vault) or {name, value}.')
param secrets array

@description('Ingress of the app (HTTP for the API, TCP for a silo).')
param ingress object

@description('Startup, readiness and liveness probes of the container.')
param probes array

@description('Fewest replicas; never 0, a silo or the API must be there when a phone syncs.')
@minValue(1)
param minReplicas int

@description('Most replicas.')
@minValue(1)
param maxReplicas int

@description('CPU cores of the container (0.25, 0.5, 0.75, 1…).')
param cpu string

@description('Memory of the container, twice the cores in Gi (e.g. "1Gi" for 0.5).')
param memory string

@description('Seconds between SIGTERM and SIGKILL: a silo hands its grains over and leaves the membership table in this time.')
param terminationGracePeriodSeconds int

resource app 'Microsoft.App/containerApps@2026-01-01' = {
  name: name
  location: location
  tags: tags
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    environmentId: environmentId
    workloadProfileName: 'Consumption'
    configuration: {
      activeRevisionsMode: 'Single'
      ingress: ingress
      maxInactiveRevisions: 2
      registries: [
        {
          server: registryServer
          identity: identityId
        }
      ]
      secrets: secrets
    }
    template: {
      terminationGracePeriodSeconds: terminationGracePeriodSeconds
      containers: [
        {
          name: name
          image: image
          env: env
          probes: probes
          resources: {
            cpu: json(cpu)
            memory: memory
          }
        }
      ]
      scale: {
        minReplicas: minReplicas
        maxReplicas: maxReplicas
      }
    }
  }
}

@description('Host name of the app\'s ingress.')
output fqdn string = app.properties.configuration.ingress.fqdn

@description('Name of the app.')
output name string = app.name
