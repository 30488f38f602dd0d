// Cooperation on Azure: the whole deployment, from an empty resource group to the API answering phones.
//
// The shape of Orleans' own Azure Container Apps sample (dotnet/orleans samples/Deployment/AzureContainerApps):
//   - each silo is its own Container App with exactly one replica, in an internal environment (VNet-integrated,
//     no public address); its TCP ingress exposes a silo port and a gateway port unique to it on the
//     environment's private static IP, which the silo advertises in the membership table. Container Apps gives
//     no address of its own to each replica of an app, so several replicas of one silo app could not be told
//     apart: adding a silo is adding an app (siloCount);
//   - the API is an Orleans client of those silos (Cooperation:Cluster:ApiAsClient), stateless, in a second,
//     external environment of the same virtual network: phones reach it over HTTPS (HTTP/2, or HTTP/1.1), it
//     reaches the silos' private address, and the silo and gateway ports are never on the internet. The sample
//     keeps its API inside the internal environment, which phones could not reach;
//   - Azure Table clustering and reminders, grain state and photos in blobs: one storage account reached only
//     with the managed identity (no shared keys, TLS 1.2, no public blobs, from the two subnets only);
//   - the token signing key in Key Vault (RBAC), handed to the API as a Container Apps secret that the platform
//     reads with the same identity;
//   - logs in Log Analytics, traces and metrics in Application Insights, images in a Basic container registry
//     (or in the registry named by registryLoginServer).
//
// Two passes (README, « Déployer sur Azure / Deploy to Azure »): without imageTag, everything but the apps; then,
// once the images are built into the registry and the signing key is in the vault, with imageTag, the apps too.
//
// Build check: tests/Cooperation.Deployment.Tests runs `bicep build` and `bicep lint` on every test run and
// checks the compiled template (resources, roles, transport, secrets, and that the apps' settings are the ones
// the code reads).

targetScope = 'resourceGroup'

@description('Azure region of every resource. Defaults to the resource group\'s region.')
param location string = resourceGroup().location

@description('Short prefix of resource names, starting with a letter, e.g. "cooperation". Lowercased and stripped of hyphens where Azure forbids them.')
@minLength(3)
@maxLength(11)
param namePrefix string = 'cooperation'

@description('Environment name, e.g. "dev", "prod". Part of resource names and tags, so that several environments can share a subscription.')
@minLength(2)
@maxLength(8)
param environmentName string = 'dev'

@description('Redundancy of the storage account: Standard_LRS (three copies in one datacentre) or Standard_ZRS (spread over availability zones, for production where the region offers it).')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
])
param storageSku string = 'Standard_LRS'

@description('Name of the private blob container that holds Orleans grain state (Cooperation:Storage:ContainerName).')
@minLength(3)
@maxLength(63)
param grainStateContainerName string = 'grainstate'

@description('Name of the private blob container that holds photos and attachments (Cooperation:Storage:AttachmentsContainerName).')
@minLength(3)
@maxLength(63)
param attachmentsContainerName string = 'attachments'

@description('Address space of the virtual network of both environments (a /16 to /22 that does not overlap networks you peer with).')
param networkAddressPrefix string = '10.42.0.0/16'

@description('Login server of an existing registry holding the images (e.g. myregistry.azurecr.io). Empty: this deployment creates a Basic registry. An existing registry must grant AcrPull to the identity (output identityPrincipalId) itself.')
param registryLoginServer string = ''

@description('Tag of the images cooperation-silo and cooperation-api in the registry (e.g. the commit). Empty: the first pass, everything but the apps.')
param imageTag string = ''

@description('Number of silos, each a Container App with one replica and its own ports. Raising it adds silos; lowering it leaves the extra apps for you to delete (README).')
@minValue(1)
@maxValue(10)
param siloCount int = 2

@description('Fewest replicas of the API app.')
@minValue(1)
@maxValue(30)
param apiMinReplicas int = 1

@description('Most replicas of the API app (it scales on concurrent HTTP requests).')
@minValue(1)
@maxValue(30)
param apiMaxReplicas int = 3

@description('Orleans cluster id (Cooperation:Silo:ClusterId): a blue/green deployment uses a new one; the service id stays "cooperation" for the life of the data.')
@minLength(1)
@maxLength(32)
param clusterId string = 'main'

@description('The first silo loads the five chapter-7 partnerships at start (idempotent).')
param seedPartnerships bool = true

@description('The first silo also creates the demo people (README, "Demo people"), with the password in the vault\'s "demo-password" secret. For a demonstration instance only.')
param seedDemoPeople bool = false

@description('E-mail address of the first administrator, made by the first silo at start with the password in the vault\'s "first-administrator-password" secret; she then invites everyone else. Empty: none is made (a demonstration instance has its demo administrator).')
param firstAdministratorEmail string = ''

@description('SMTP relay the silos mail notices through (any relay: Azure Communication Services, a provider, the organisation\'s own). Empty: mail off, notices stay in the app.')
param mailHost string = ''

@description('The SMTP relay\'s port (587: STARTTLS; 465: TLS from the start).')
param mailPort int = 587

@description('The address notices are sent from, e.g. "Coopération <avis@example.org>". Empty: the code\'s placeholder, for a relay that rewrites it.')
param mailFrom string = ''

@description('Encrypt the connection to the relay (STARTTLS, or TLS on port 465).')
param mailUseTls bool = true

@description('User name at the relay; its password is the vault\'s "mail-password" secret. Empty: the relay takes mail without signing in.')
param mailUser string = ''

@description('Serve the Orleans Dashboard at /admin/orleans to signed-in administrators.')
param dashboardEnabled bool = true

@description('Key Vault purge protection: a deleted vault or secret cannot be erased during its 90 days of soft delete. Irreversible once on; on for production.')
param keyVaultPurgeProtection bool = true

@description('Object id of the person or group who sets the vault\'s secrets (az ad signed-in-user show --query id -o tsv); gets Key Vault Secrets Officer on the vault. Empty: assign it yourself.')
param operatorPrincipalId string = ''

@description('Kind of principal operatorPrincipalId is.')
@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param operatorPrincipalType string = 'User'

var tags = {
  application: namePrefix
  environment: environmentName
}

// Names. Storage accounts, vaults and registries are global: a 13-character hash of the resource group and the
// environment keeps two deployments apart; hyphens are dropped where Azure forbids them.
var stem = toLower('${namePrefix}-${environmentName}')
var compactStem = take(replace(toLower('${namePrefix}${environmentName}'), '-', ''), 11)
var suffix = uniqueString(resourceGroup().id, environmentName)
var storageAccountName = '${compactStem}${suffix}'
var vaultName = 'kv${take(compactStem, 9)}${suffix}'
var registryName = '${compactStem}${suffix}'
var insightsName = '${stem}-insights'

var deployRegistry = empty(registryLoginServer)
var deployApps = !empty(imageTag)
var registryServer = deployRegistry ? registry!.outputs.loginServer : registryLoginServer

// What every process of one deployment shares (DESIGN: the service id never changes for the life of the data).
var serviceId = 'cooperation'
// Silo i listens on, and advertises, siloPortBase + i (silo to silo) and gatewayPortBase + i (clients): the
// exposed ports of an external TCP ingress must be unique in the environment.
var siloPortBase = 11111
var gatewayPortBase = 30000
// The port of the health endpoints in every container (and of the API's HTTP ingress).
var httpPort = 8080
var signingKeySecretName = 'signing-key'
var demoPasswordSecretName = 'demo-password'
var firstAdministratorPasswordSecretName = 'first-administrator-password'
var firstAdministrator = !empty(firstAdministratorEmail)
var mailPasswordSecretName = 'mail-password'
var insightsSecretName = 'appinsights-connection-string'

// The identity the silos and the API run as. User-assigned rather than system-assigned so that it exists, and
// holds its roles, before any app is created, and survives replacing an app.
resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: '${stem}-identity'
  location: location
  tags: tags
}

module monitoring 'infra/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    name: stem
    location: location
    tags: tags
  }
}

module network 'infra/network.bicep' = {
  name: 'network'
  params: {
    name: stem
    location: location
    tags: tags
    addressPrefix: networkAddressPrefix
  }
}

module storage 'infra/storage.bicep' = {
  name: 'storage'
  params: {
    name: storageAccountName
    location: location
    tags: tags
    sku: storageSku
    grainStateContainerName: grainStateContainerName
    attachmentsContainerName: attachmentsContainerName
    allowedSubnetIds: [
      network.outputs.silosSubnetId
      network.outputs.apiSubnetId
    ]
    principalId: identity.properties.principalId
  }
}

module vault 'infra/vault.bicep' = {
  name: 'vault'
  params: {
    name: vaultName
    location: location
    tags: tags
    purgeProtection: keyVaultPurgeProtection
    principalId: identity.properties.principalId
    operatorPrincipalId: operatorPrincipalId
    operatorPrincipalType: operatorPrincipalType
    workspaceId: monitoring.outputs.workspaceId
  }
}

module registry 'infra/registry.bicep' = if (deployRegistry) {
  name: 'registry'
  params: {
    name: registryName
    location: location
    tags: tags
    principalId: identity.properties.principalId
  }
}

module silosEnvironment 'infra/environment.bicep' = {
  name: 'silos-environment'
  params: {
    name: '${stem}-silos'
    location: location
    tags: tags
    subnetId: network.outputs.silosSubnetId
    internal: true
    workspaceId: monitoring.outputs.workspaceId
  }
}

module apiEnvironment 'infra/environment.bicep' = {
  name: 'api-environment'
  params: {
    name: '${stem}-api'
    location: location
    tags: tags
    subnetId: network.outputs.apiSubnetId
    internal: false
    workspaceId: monitoring.outputs.workspaceId
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: insightsName
}

// Secrets every app holds: the telemetry connection string (it lets anyone send telemetry in this resource's
// name, so it is not a plain setting) and, read from the vault by the platform with the identity, the others.
var insightsSecret = {
  name: insightsSecretName
  value: insights.properties.ConnectionString
}

var vaultSecret = {
  signingKey: {
    name: signingKeySecretName
    keyVaultUrl: '${vault.outputs.uri}secrets/${signingKeySecretName}'
    identity: identity.id
  }
  demoPassword: {
    name: demoPasswordSecretName
    keyVaultUrl: '${vault.outputs.uri}secrets/${demoPasswordSecretName}'
    identity: identity.id
  }
  firstAdministratorPassword: {
    name: firstAdministratorPasswordSecretName
    keyVaultUrl: '${vault.outputs.uri}secrets/${firstAdministratorPasswordSecretName}'
    identity: identity.id
  }
  mailPassword: {
    name: mailPasswordSecretName
    keyVaultUrl: '${vault.outputs.uri}secrets/${mailPasswordSecretName}'
    identity: identity.id
  }
}


// Startup and readiness of a silo are its silo port accepting connections: Orleans binds it before joining the
// cluster, and the TCP ingress must carry the other silos' probes while it joins (readiness gates the ingress,
// and a silo unreachable for 3 s is declared dead), so /health/ready, true only once joined, cannot gate it.
// Liveness asks /health/live and gives the process two minutes to start before it counts. (Container Apps
// accepts at most 10 failures, 60 s of initial delay and 240 s between probes.)
var siloProbes = [for i in range(0, siloCount): [
  {
    type: 'Startup'
    tcpSocket: {
      port: siloPortBase + i
    }
    initialDelaySeconds: 1
    periodSeconds: 10
    failureThreshold: 10
    timeoutSeconds: 2
  }
  {
    type: 'Readiness'
    tcpSocket: {
      port: siloPortBase + i
    }
    periodSeconds: 5
    failureThreshold: 3
    timeoutSeconds: 2
  }
  {
    type: 'Liveness'
    httpGet: {
      path: '/health/live'
      port: httpPort
      scheme: 'HTTP'
    }
    initialDelaySeconds: 60
    periodSeconds: 10
    failureThreshold: 6
    timeoutSeconds: 3
  }
]]

// The API waits for a silo's gateway at start rather than failing, so its startup probe allows two and a half
// minutes; it is ready when it sees an active silo and the storage answers, alive while the process answers.
var apiProbes = [
  {
    type: 'Startup'
    httpGet: {
      path: '/health/live'
      port: httpPort
      scheme: 'HTTP'
    }
    initialDelaySeconds: 2
    periodSeconds: 15
    failureThreshold: 10
    timeoutSeconds: 3
  }
  {
    type: 'Readiness'
    httpGet: {
      path: '/health/ready'
      port: httpPort
      scheme: 'HTTP'
    }
    periodSeconds: 5
    failureThreshold: 3
    timeoutSeconds: 5
  }
  {
    type: 'Liveness'
    httpGet: {
      path: '/health/live'
      port: httpPort
      scheme: 'HTTP'
    }
    periodSeconds: 10
    failureThreshold: 3
    timeoutSeconds: 3
  }
]

module silos 'infra/container-app.bicep' = [for i in range(0, siloCount): if (deployApps) {
  name: 'silo-${i}'
  params: {
    name: '${stem}-silo-${i}'
    location: location
    tags: tags
    environmentId: silosEnvironment.outputs.id
    image: '${registryServer}/cooperation-silo:${imageTag}'
    registryServer: registryServer
    identityId: identity.id
    // The settings the silo reads (silo/Hosting/*Options.cs, silo/Operations), as environment variables.
    env: concat([
      {
        name: 'Cooperation__Silo__ServiceId'
        value: serviceId
      }
      {
        name: 'Cooperation__Silo__ClusterId'
        value: clusterId
      }
      {
        name: 'Cooperation__Silo__SiloPort'
        value: string(siloPortBase + i)
      }
      {
        name: 'Cooperation__Silo__GatewayPort'
        value: string(gatewayPortBase + i)
      }
      {
        name: 'Cooperation__Silo__SeedPartnerships'
        value: string(seedPartnerships && i == 0)
      }
      {
        name: 'Cooperation__Silo__SeedDemoPeople'
        value: string(seedDemoPeople && i == 0)
      }
      {
        name: 'Cooperation__Cluster__ServiceUri'
        value: storage.outputs.tableEndpoint
      }
      {
        name: 'Cooperation__Cluster__AdvertisedIPAddress'
        value: silosEnvironment.outputs.staticIp
      }
      {
        name: 'Cooperation__Storage__ServiceUri'
        value: storage.outputs.blobEndpoint
      }
      {
        name: 'Cooperation__Storage__ContainerName'
        value: storage.outputs.grainStateContainerName
      }
      {
        name: 'Cooperation__Storage__AttachmentsContainerName'
        value: storage.outputs.attachmentsContainerName
      }
      {
        name: 'Cooperation__Health__Port'
        value: string(httpPort)
      }
      {
        name: 'Cooperation__Dashboard__Enabled'
        value: string(dashboardEnabled)
      }
      {
        // DefaultAzureCredential picks the user-assigned identity by its client id.
        name: 'AZURE_CLIENT_ID'
        value: identity.properties.clientId
      }
      {
        name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
        secretRef: insightsSecretName
      }
    ], seedDemoPeople && i == 0 ? [
      {
        name: 'Cooperation__Silo__DemoPassword'
        secretRef: demoPasswordSecretName
      }
    ] : [], firstAdministrator && i == 0 ? [
      {
        name: 'Cooperation__Silo__FirstAdministrator'
        value: firstAdministratorEmail
      }
      {
        name: 'Cooperation__Silo__FirstAdministratorPassword'
        secretRef: firstAdministratorPasswordSecretName
      }
    ] : [], empty(mailHost) ? [] : [
      // The relay the silos mail notices through: set only when a host is given (none: mail off).
      {
        name: 'Cooperation__Mail__Host'
        value: mailHost
      }
      {
        name: 'Cooperation__Mail__Port'
        value: string(mailPort)
      }
      {
        name: 'Cooperation__Mail__UseTls'
        value: string(mailUseTls)
      }
    ], empty(mailHost) || empty(mailFrom) ? [] : [
      {
        name: 'Cooperation__Mail__From'
        value: mailFrom
      }
    ], empty(mailHost) || empty(mailUser) ? [] : [
      {
        name: 'Cooperation__Mail__User'
        value: mailUser
      }
      {
        // Read from the vault like the other secrets.
        name: 'Cooperation__Mail__Password'
        secretRef: mailPasswordSecretName
      }
    ])
    secrets: concat([insightsSecret], seedDemoPeople && i == 0 ? [vaultSecret.demoPassword] : [],
      firstAdministrator && i == 0 ? [vaultSecret.firstAdministratorPassword] : [],
      empty(mailHost) || empty(mailUser) ? [] : [vaultSecret.mailPassword])
    // "external" at the boundary of an internal environment: on its private IP, inside the virtual network.
    ingress: {
      external: true
      transport: 'tcp'
      targetPort: siloPortBase + i
      exposedPort: siloPortBase + i
      additionalPortMappings: [
        {
          external: true
          targetPort: gatewayPortBase + i
          exposedPort: gatewayPortBase + i
        }
      ]
    }
    probes: siloProbes[i]
    // One replica: the advertised ports lead to exactly one silo.
    minReplicas: 1
    maxReplicas: 1
    cpu: '0.5'
    memory: '1Gi'
    terminationGracePeriodSeconds: 60
  }
}]

module api 'infra/container-app.bicep' = if (deployApps) {
  name: 'api'
  params: {
    name: '${stem}-api'
    location: location
    tags: tags
    environmentId: apiEnvironment.outputs.id
    image: '${registryServer}/cooperation-api:${imageTag}'
    registryServer: registryServer
    identityId: identity.id
    // The settings the API reads as a client of the silos (silo/Hosting, graphql-api Options), as environment variables.
    env: [
      {
        name: 'ASPNETCORE_HTTP_PORTS'
        value: string(httpPort)
      }
      {
        name: 'Cooperation__Cluster__ApiAsClient'
        value: 'true'
      }
      {
        name: 'Cooperation__Cluster__ServiceUri'
        value: storage.outputs.tableEndpoint
      }
      {
        name: 'Cooperation__Silo__ServiceId'
        value: serviceId
      }
      {
        name: 'Cooperation__Silo__ClusterId'
        value: clusterId
      }
      {
        // The readiness probe checks that grain storage answers.
        name: 'Cooperation__Storage__ServiceUri'
        value: storage.outputs.blobEndpoint
      }
      {
        name: 'Cooperation__Storage__ContainerName'
        value: storage.outputs.grainStateContainerName
      }
      {
        name: 'Cooperation__Auth__SigningKey'
        secretRef: signingKeySecretName
      }
      {
        // Every request arrives through the Container Apps ingress: the client's address is the last hop of
        // X-Forwarded-For, or all signed-out people would share one rate-limit budget.
        name: 'Cooperation__Api__RequestLimits__TrustForwardedFor'
        value: 'true'
      }
      {
        name: 'Cooperation__Dashboard__Enabled'
        value: string(dashboardEnabled)
      }
      {
        name: 'AZURE_CLIENT_ID'
        value: identity.properties.clientId
      }
      {
        name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
        secretRef: insightsSecretName
      }
    ]
    secrets: [
      insightsSecret
      vaultSecret.signingKey
    ]
    ingress: {
      external: true
      targetPort: httpPort
      // HTTP/2 to the phones where they offer it (ALPN), HTTP/1.1 otherwise; never plain HTTP.
      transport: 'auto'
      allowInsecure: false
      traffic: [
        {
          latestRevision: true
          weight: 100
        }
      ]
    }
    probes: apiProbes
    minReplicas: apiMinReplicas
    maxReplicas: apiMaxReplicas
    cpu: '0.5'
    memory: '1Gi'
    terminationGracePeriodSeconds: 30
  }
  // The API waits for a silo's gateway before it serves: start it after them.
  dependsOn: [
    silos
  ]
}

@description('Address of the API and the web client (empty in the first pass, without imageTag).')
output apiUrl string = deployApps ? 'https://${api!.outputs.fqdn}' : ''

@description('Login server of the registry the images go to.')
output registryLoginServer string = registryServer

@description('Name of the registry this deployment created, for az acr build (empty when registryLoginServer was given).')
output registryName string = deployRegistry ? registry!.outputs.name : ''

@description('Name of the Key Vault that holds the signing key (secret "signing-key").')
output keyVaultName string = vault.outputs.name

@description('Name of the storage account.')
output storageAccountName string = storage.outputs.name

@description('Blob service endpoint of the storage account (grain state and photos).')
output blobEndpoint string = storage.outputs.blobEndpoint

@description('Workspace id of Log Analytics, for az monitor log-analytics query --workspace.')
output logAnalyticsWorkspaceId string = monitoring.outputs.workspaceCustomerId

@description('Private address the silos advertise, inside the virtual network.')
output silosPrivateIp string = silosEnvironment.outputs.staticIp

@description('Client id of the managed identity the apps run as.')
output identityClientId string = identity.properties.clientId

@description('Principal id of the managed identity, to grant AcrPull on a registry given by registryLoginServer.')
output identityPrincipalId string = identity.properties.principalId
