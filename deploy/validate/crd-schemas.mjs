// Structural JSON schemas of the Strimzi and CloudNativePG custom resources this project uses.
//
// Neither operator publishes its CRD schemas in a package on the registries reachable here (the
// io.strimzi:api jar on Maven Central carries the Java model only; CloudNativePG has no Java or npm
// artifact), so these are written by hand from the operators' API references:
//   - Strimzi 0.48 "Custom resource API reference" (kafka.strimzi.io/v1beta2: Kafka, KafkaNodePool, KafkaTopic,
//     KafkaUser, KafkaConnect, KafkaConnector)
//   - CloudNativePG 1.27 "API Reference" (postgresql.cnpg.io/v1: Cluster, ScheduledBackup)
//   - CloudNativePG Barman Cloud plugin 0.x "API Reference" (barmancloud.cnpg.io/v1: ObjectStore)
//   - Prometheus Operator "API reference" (monitoring.coreos.com/v1: ServiceMonitor, PrometheusRule)
// They list every field of the objects we fill in, with its type, enum and required-ness as the CRDs
// declare them, and are STRICT (additionalProperties: false) wherever the CRD has a fixed property set,
// so a misspelt or misplaced field is an error. Fields of these CRDs that we do not use yet are listed
// too where cheap (type only); a field missing here is reported as unknown: add it from the API reference.
// Embedded Kubernetes types (resources, affinity, ...) are checked with the Kubernetes schemas through the
// "k8s" keyword (see validate-manifests.mjs).

const str = { type: 'string' };
const int = { type: 'integer' };
const bool = { type: 'boolean' };
const strMap = { type: 'object', additionalProperties: { type: 'string' } };
const anyObj = { type: 'object' };
const anyArr = { type: 'array' };
const resources = { k8s: 'IoK8sApiCoreV1ResourceRequirements' };
const objectMeta = { type: 'object' }; // checked for every object by validate-manifests.mjs

const strict = (properties, required = []) => ({ type: 'object', additionalProperties: false, properties, required });

// ---------------------------------------------------------------- Strimzi kafka.strimzi.io/v1beta2
const jvmOptions = strict({
  '-XX': { type: 'object' }, '-Xmx': { type: 'string', pattern: '^[0-9]+[mMgG]?$' },
  '-Xms': { type: 'string', pattern: '^[0-9]+[mMgG]?$' }, gcLoggingEnabled: bool,
  javaSystemProperties: { type: 'array', items: strict({ name: str, value: str }) },
});
const persistentClaimVolume = strict({
  id: { type: 'integer', minimum: 0 }, type: { enum: ['persistent-claim'] }, size: str, class: str,
  selector: strMap, deleteClaim: bool, kraftMetadata: { enum: ['shared'] }, overrides: anyArr,
}, ['type']);
const ephemeralVolume = strict({
  id: { type: 'integer', minimum: 0 }, type: { enum: ['ephemeral'] }, sizeLimit: { type: 'string', pattern: '^([0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$' },
  kraftMetadata: { enum: ['shared'] },
}, ['type']);
const storage = {
  type: 'object', required: ['type'],
  oneOf: [
    strict({ type: { enum: ['jbod'] }, volumes: { type: 'array', minItems: 1, items: { oneOf: [persistentClaimVolume, ephemeralVolume] } } }, ['type', 'volumes']),
    persistentClaimVolume,
    ephemeralVolume,
  ],
};
const networkPolicyPeer = strict({
  podSelector: { k8s: 'IoK8sApimachineryPkgApisMetaV1LabelSelector' },
  namespaceSelector: { k8s: 'IoK8sApimachineryPkgApisMetaV1LabelSelector' },
  ipBlock: { k8s: 'IoK8sApiNetworkingV1IPBlock' },
});
// the other fields of a listener's authentication belong to oauth and custom, which we do not use
const listenerAuthentication = { type: 'object', required: ['type'], properties: { type: { enum: ['tls', 'scram-sha-512', 'oauth', 'custom'] } } };
const listener = strict({
  name: { type: 'string', pattern: '^[a-z0-9]{1,11}$' },
  port: { type: 'integer', minimum: 9092 },
  type: { enum: ['internal', 'route', 'loadbalancer', 'nodeport', 'ingress', 'cluster-ip'] },
  tls: bool,
  authentication: listenerAuthentication,
  configuration: anyObj,
  networkPolicyPeers: { type: 'array', items: networkPolicyPeer },
}, ['name', 'port', 'type', 'tls']);
const topicOrUserOperator = strict({
  watchedNamespace: str, image: str, reconciliationIntervalMs: int, reconciliationIntervalSeconds: int,
  zookeeperSessionTimeoutSeconds: int, startupProbe: anyObj, livenessProbe: anyObj, readinessProbe: anyObj,
  resources, topicMetadataMaxAttempts: int, logging: anyObj, jvmOptions,
  secretPrefix: str, maintenanceTimeWindows: anyArr,
});

const Kafka = strict({
  apiVersion: { const: 'kafka.strimzi.io/v1beta2' }, kind: { const: 'Kafka' }, metadata: objectMeta,
  spec: strict({
    kafka: strict({
      version: { type: 'string', pattern: '^[0-9]+\\.[0-9]+\\.[0-9]+$' },
      metadataVersion: str,
      replicas: { type: 'integer', minimum: 1 }, // only without node pools; we use node pools
      image: str,
      listeners: { type: 'array', minItems: 1, items: listener },
      config: { type: 'object', additionalProperties: { type: ['string', 'integer', 'number', 'boolean'] } },
      storage,
      authorization: {
        type: 'object', required: ['type'],
        properties: { type: { enum: ['simple', 'keycloak', 'opa', 'custom'] }, superUsers: { type: 'array', items: str } },
      },
      rack: anyObj, brokerRackInitImage: str,
      livenessProbe: anyObj, readinessProbe: anyObj, jvmOptions, jmxOptions: anyObj,
      resources, metricsConfig: anyObj, logging: anyObj, template: anyObj, tieredStorage: anyObj, quotas: anyObj,
    }, ['listeners']),
    zookeeper: anyObj,
    entityOperator: strict({ topicOperator: topicOrUserOperator, userOperator: topicOrUserOperator, template: anyObj }),
    clusterCa: anyObj, clientsCa: anyObj, cruiseControl: anyObj, kafkaExporter: anyObj,
    maintenanceTimeWindows: { type: 'array', items: str },
  }, ['kafka']),
  status: anyObj,
}, ['apiVersion', 'kind', 'metadata', 'spec']);

const KafkaNodePool = strict({
  apiVersion: { const: 'kafka.strimzi.io/v1beta2' }, kind: { const: 'KafkaNodePool' }, metadata: objectMeta,
  spec: strict({
    replicas: { type: 'integer', minimum: 0 },
    storage,
    roles: { type: 'array', minItems: 1, items: { enum: ['controller', 'broker'] } },
    resources, jvmOptions, template: anyObj,
  }, ['replicas', 'storage', 'roles']),
  status: anyObj,
}, ['apiVersion', 'kind', 'metadata', 'spec']);

const KafkaTopic = strict({
  apiVersion: { const: 'kafka.strimzi.io/v1beta2' }, kind: { const: 'KafkaTopic' }, metadata: objectMeta,
  spec: strict({
    topicName: str,
    partitions: { type: 'integer', minimum: 1 },
    replicas: { type: 'integer', minimum: 1, maximum: 32767 },
    config: { type: 'object', additionalProperties: { type: ['string', 'integer', 'number', 'boolean'] } },
  }),
  status: anyObj,
}, ['apiVersion', 'kind', 'metadata', 'spec']);

const aclOperation = { enum: ['Read', 'Write', 'Create', 'Delete', 'Alter', 'Describe', 'ClusterAction', 'AlterConfigs', 'DescribeConfigs', 'IdempotentWrite', 'All'] };
const aclResource = {
  type: 'object', required: ['type'],
  oneOf: [
    strict({ type: { enum: ['topic', 'group', 'transactionalId'] }, name: str, patternType: { enum: ['literal', 'prefix'] } }, ['type', 'name']),
    strict({ type: { enum: ['cluster'] } }, ['type']),
  ],
};
const KafkaUser = strict({
  apiVersion: { const: 'kafka.strimzi.io/v1beta2' }, kind: { const: 'KafkaUser' }, metadata: objectMeta,
  spec: strict({
    authentication: {
      type: 'object', required: ['type'],
      oneOf: [
        strict({ type: { enum: ['tls', 'tls-external'] } }, ['type']),
        strict({
          type: { enum: ['scram-sha-512'] },
          password: strict({ valueFrom: strict({ secretKeyRef: strict({ name: str, key: str, optional: bool }, ['name', 'key']) }, ['secretKeyRef']) }, ['valueFrom']),
        }, ['type']),
      ],
    },
    authorization: strict({
      type: { enum: ['simple'] },
      acls: {
        type: 'array',
        items: strict({
          type: { enum: ['allow', 'deny'] }, resource: aclResource, host: str,
          operation: aclOperation, operations: { type: 'array', minItems: 1, items: aclOperation },
        }, ['resource']),
      },
    }, ['type', 'acls']),
    quotas: strict({ producerByteRate: int, consumerByteRate: int, requestPercentage: int, controllerMutationRate: { type: 'number' } }),
    template: anyObj,
  }),
  status: anyObj,
}, ['apiVersion', 'kind', 'metadata', 'spec']);

const connectConfigValue = { type: ['string', 'integer', 'number', 'boolean'] };
const KafkaConnect = strict({
  apiVersion: { const: 'kafka.strimzi.io/v1beta2' }, kind: { const: 'KafkaConnect' }, metadata: objectMeta,
  spec: strict({
    version: { type: 'string', pattern: '^[0-9]+\\.[0-9]+\\.[0-9]+$' },
    replicas: { type: 'integer', minimum: 0 },
    image: str,
    bootstrapServers: { type: 'string', minLength: 1 },
    tls: strict({ trustedCertificates: { type: 'array', items: strict({ secretName: str, certificate: str, pattern: str }, ['secretName']) } }),
    authentication: {
      type: 'object', required: ['type'],
      oneOf: [
        strict({ type: { enum: ['scram-sha-256', 'scram-sha-512', 'plain'] }, username: str, passwordSecret: strict({ secretName: str, password: str }, ['secretName', 'password']) }, ['type', 'username', 'passwordSecret']),
        strict({ type: { enum: ['tls'] }, certificateAndKey: strict({ secretName: str, certificate: str, key: str }, ['secretName', 'certificate', 'key']) }, ['type', 'certificateAndKey']),
        // not used here: their many fields are left to the operator
        { type: 'object', required: ['type'], properties: { type: { enum: ['oauth', 'custom'] } } },
      ],
    },
    config: { type: 'object', additionalProperties: connectConfigValue },
    resources, livenessProbe: anyObj, readinessProbe: anyObj, jvmOptions, jmxOptions: anyObj, logging: anyObj,
    clientRackInitImage: str, rack: anyObj, metricsConfig: anyObj, tracing: anyObj, template: anyObj,
    externalConfiguration: anyObj,
    build: strict({
      output: {
        type: 'object', required: ['type', 'image'],
        oneOf: [
          strict({ type: { const: 'docker' }, image: str, pushSecret: str, additionalKanikoOptions: { type: 'array', items: str } }, ['type', 'image']),
          strict({ type: { const: 'imagestream' }, image: str }, ['type', 'image']),
        ],
      },
      plugins: {
        type: 'array', minItems: 1,
        items: strict({
          name: { type: 'string', pattern: '^[a-z0-9][-_a-z0-9]*[a-z0-9]$' },
          artifacts: {
            type: 'array', minItems: 1,
            items: {
              type: 'object', required: ['type'],
              oneOf: [
                strict({ type: { const: 'maven' }, repository: str, group: str, artifact: str, version: str, insecure: bool }, ['type', 'group', 'artifact', 'version']),
                strict({ type: { enum: ['jar', 'tgz', 'zip', 'other'] }, url: str, sha512sum: str, fileName: str, insecure: bool }, ['type', 'url']),
              ],
            },
          },
        }, ['name', 'artifacts']),
      },
      resources,
    }, ['output', 'plugins']),
  }, ['bootstrapServers']),
  status: anyObj,
}, ['apiVersion', 'kind', 'metadata', 'spec']);

const KafkaConnector = strict({
  apiVersion: { const: 'kafka.strimzi.io/v1beta2' }, kind: { const: 'KafkaConnector' }, metadata: objectMeta,
  spec: strict({
    class: { type: 'string', minLength: 1 },
    tasksMax: { type: 'integer', minimum: 1 },
    autoRestart: strict({ enabled: bool, maxRestarts: int }),
    config: { type: 'object', additionalProperties: connectConfigValue },
    state: { enum: ['running', 'paused', 'stopped'] },
    pause: bool, listOffsets: anyObj, alterOffsets: anyObj, version: str,
  }, ['class']),
  status: anyObj,
}, ['apiVersion', 'kind', 'metadata', 'spec']);

// ---------------------------------------------------------------- CloudNativePG postgresql.cnpg.io/v1
const bootstrapInitDB = strict({
  database: str, owner: str, secret: strict({ name: str }, ['name']), options: { type: 'array', items: str },
  dataChecksums: bool, encoding: str, localeCollate: str, localeCType: str, locale: str, localeProvider: str,
  icuLocale: str, icuRules: str, builtinLocale: str, walSegmentSize: { type: 'integer', minimum: 1, maximum: 1024 },
  postInitSQL: { type: 'array', items: str }, postInitApplicationSQL: { type: 'array', items: str },
  postInitTemplateSQL: { type: 'array', items: str }, import: anyObj,
  postInitApplicationSQLRefs: anyObj, postInitTemplateSQLRefs: anyObj, postInitSQLRefs: anyObj,
});
const storageConfiguration = strict({
  storageClass: str, size: str, resizeInUseVolumes: bool, pvcTemplate: { k8s: 'IoK8sApiCoreV1PersistentVolumeClaimSpec' },
});

// a CNPG-I plugin of a Cluster (e.g. the Barman Cloud plugin as WAL archiver) and of a backup
const pluginConfiguration = strict({ name: { type: 'string', minLength: 1 }, enabled: bool, isWALArchiver: bool, parameters: strMap }, ['name']);

const Cluster = strict({
  apiVersion: { const: 'postgresql.cnpg.io/v1' }, kind: { const: 'Cluster' }, metadata: objectMeta,
  spec: strict({
    description: str,
    instances: { type: 'integer', minimum: 1 },
    imageName: str, imageCatalogRef: anyObj, imagePullPolicy: { enum: ['Always', 'Never', 'IfNotPresent'] },
    imagePullSecrets: anyArr,
    primaryUpdateStrategy: { enum: ['unsupervised', 'supervised'] },
    primaryUpdateMethod: { enum: ['switchover', 'restart'] },
    enablePDB: bool,
    enableSuperuserAccess: bool, superuserSecret: strict({ name: str }, ['name']),
    minSyncReplicas: { type: 'integer', minimum: 0 }, maxSyncReplicas: { type: 'integer', minimum: 0 },
    bootstrap: strict({ initdb: bootstrapInitDB, recovery: anyObj, pg_basebackup: anyObj }),
    postgresql: strict({
      parameters: strMap, pg_hba: { type: 'array', items: str }, pg_ident: { type: 'array', items: str },
      shared_preload_libraries: { type: 'array', items: str }, syncReplicaElectionConstraint: anyObj,
      ldap: anyObj, promotionTimeout: int, enableAlterSystem: bool, synchronous: anyObj, extensions: anyArr,
    }),
    storage: storageConfiguration, walStorage: storageConfiguration,
    resources,
    affinity: anyObj, topologySpreadConstraints: anyArr, priorityClassName: str, schedulerName: str,
    startDelay: int, stopDelay: int, smartShutdownTimeout: int, switchoverDelay: int, failoverDelay: int,
    livenessProbeTimeout: int, probes: anyObj,
    logLevel: { enum: ['error', 'warning', 'info', 'debug', 'trace'] },
    monitoring: anyObj, backup: anyObj, plugins: { type: 'array', items: pluginConfiguration }, externalClusters: anyArr, replica: anyObj,
    replicationSlots: anyObj, managed: anyObj, inheritedMetadata: anyObj, certificates: anyObj,
    nodeMaintenanceWindow: anyObj, env: anyArr, envFrom: anyArr, ephemeralVolumeSource: anyObj,
    ephemeralVolumesSizeLimit: anyObj, projectedVolumeTemplate: anyObj, serviceAccountTemplate: anyObj,
    seccompProfile: anyObj, podSecurityContext: anyObj, securityContext: anyObj, tablespaces: anyArr,
    postgresUID: int, postgresGID: int,
  }, ['instances']),
  status: anyObj,
}, ['apiVersion', 'kind', 'metadata', 'spec']);

const ScheduledBackup = strict({
  apiVersion: { const: 'postgresql.cnpg.io/v1' }, kind: { const: 'ScheduledBackup' }, metadata: objectMeta,
  spec: strict({
    // robfig/cron with seconds: six fields
    schedule: { type: 'string', pattern: '^\\S+( \\S+){5}$' },
    suspend: bool, immediate: bool,
    cluster: strict({ name: { type: 'string', minLength: 1 } }, ['name']),
    backupOwnerReference: { enum: ['none', 'self', 'cluster'] },
    target: { enum: ['primary', 'prefer-standby'] },
    method: { enum: ['barmanObjectStore', 'volumeSnapshot', 'plugin'] },
    pluginConfiguration: strict({ name: { type: 'string', minLength: 1 }, parameters: strMap }, ['name']),
    online: bool, onlineConfiguration: strict({ immediateCheckpoint: bool, waitForArchive: bool }),
  }, ['schedule', 'cluster']),
}, ['apiVersion', 'kind', 'metadata', 'spec']);

// ---------------------------------------------------------------- Barman Cloud plugin barmancloud.cnpg.io/v1
const secretKeySelector = strict({ name: { type: 'string', minLength: 1 }, key: { type: 'string', minLength: 1 } }, ['name', 'key']);
const compression = { enum: ['bzip2', 'gzip', 'lz4', 'snappy', 'xz', 'zstd'] };
const ObjectStore = strict({
  apiVersion: { const: 'barmancloud.cnpg.io/v1' }, kind: { const: 'ObjectStore' }, metadata: objectMeta,
  spec: strict({
    retentionPolicy: { type: 'string', pattern: '^[1-9][0-9]*[dwm]$' },
    configuration: strict({
      destinationPath: { type: 'string', minLength: 1 }, endpointURL: str, endpointCA: secretKeySelector,
      serverName: str, tags: strMap, historyTags: strMap,
      s3Credentials: strict({
        accessKeyId: secretKeySelector, secretAccessKey: secretKeySelector, region: secretKeySelector,
        sessionToken: secretKeySelector, inheritFromIAMRole: bool,
      }),
      azureCredentials: anyObj, googleCredentials: anyObj,
      wal: strict({
        compression, encryption: str, maxParallel: { type: 'integer', minimum: 1 },
        archiveAdditionalCommandArgs: { type: 'array', items: str }, restoreAdditionalCommandArgs: { type: 'array', items: str },
      }),
      data: strict({
        compression, encryption: str, immediateCheckpoint: bool, jobs: { type: 'integer', minimum: 1 },
        additionalCommandArgs: { type: 'array', items: str },
      }),
    }, ['destinationPath']),
    instanceSidecarConfiguration: anyObj,
  }, ['configuration']),
}, ['apiVersion', 'kind', 'metadata', 'spec']);

// ---------------------------------------------------------------- Prometheus Operator monitoring.coreos.com/v1
const endpoint = strict({
  port: str, targetPort: { type: ['string', 'integer'] }, path: { type: 'string', pattern: '^/' }, scheme: { enum: ['http', 'https'] },
  interval: { type: 'string', pattern: '^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$' },
  scrapeTimeout: { type: 'string', pattern: '^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$' },
  honorLabels: bool, honorTimestamps: bool, params: anyObj, relabelings: anyArr, metricRelabelings: anyArr,
  tlsConfig: anyObj, bearerTokenSecret: anyObj, authorization: anyObj, basicAuth: anyObj, followRedirects: bool,
});
const ServiceMonitor = strict({
  apiVersion: { const: 'monitoring.coreos.com/v1' }, kind: { const: 'ServiceMonitor' }, metadata: objectMeta,
  spec: strict({
    selector: { k8s: 'IoK8sApimachineryPkgApisMetaV1LabelSelector' },
    namespaceSelector: strict({ any: bool, matchNames: { type: 'array', items: str } }),
    endpoints: { type: 'array', minItems: 1, items: endpoint },
    jobLabel: str, targetLabels: { type: 'array', items: str }, podTargetLabels: { type: 'array', items: str },
    sampleLimit: int, targetLimit: int, labelLimit: int, attachMetadata: anyObj,
  }, ['selector', 'endpoints']),
}, ['apiVersion', 'kind', 'metadata', 'spec']);
const duration = { type: 'string', pattern: '^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$' };
const rule = {
  type: 'object',
  oneOf: [
    strict({ alert: { type: 'string', minLength: 1 }, expr: { type: ['string', 'integer'] }, for: duration, keep_firing_for: duration, labels: strMap, annotations: strMap }, ['alert', 'expr']),
    strict({ record: { type: 'string', minLength: 1 }, expr: { type: ['string', 'integer'] }, labels: strMap }, ['record', 'expr']),
  ],
};
const PrometheusRule = strict({
  apiVersion: { const: 'monitoring.coreos.com/v1' }, kind: { const: 'PrometheusRule' }, metadata: objectMeta,
  spec: strict({
    groups: { type: 'array', minItems: 1, items: strict({ name: { type: 'string', minLength: 1 }, interval: duration, limit: int, partial_response_strategy: str, rules: { type: 'array', items: rule } }, ['name', 'rules']) },
  }, ['groups']),
}, ['apiVersion', 'kind', 'metadata', 'spec']);

export const crdSchemas = {
  'kafka.strimzi.io/v1beta2/Kafka': Kafka,
  'kafka.strimzi.io/v1beta2/KafkaNodePool': KafkaNodePool,
  'kafka.strimzi.io/v1beta2/KafkaTopic': KafkaTopic,
  'kafka.strimzi.io/v1beta2/KafkaUser': KafkaUser,
  'kafka.strimzi.io/v1beta2/KafkaConnect': KafkaConnect,
  'kafka.strimzi.io/v1beta2/KafkaConnector': KafkaConnector,
  'postgresql.cnpg.io/v1/Cluster': Cluster,
  'postgresql.cnpg.io/v1/ScheduledBackup': ScheduledBackup,
  'barmancloud.cnpg.io/v1/ObjectStore': ObjectStore,
  'monitoring.coreos.com/v1/ServiceMonitor': ServiceMonitor,
  'monitoring.coreos.com/v1/PrometheusRule': PrometheusRule,
};
export const crdSources = {
  'kafka.strimzi.io/v1beta2': 'Strimzi 0.48 API reference (hand-written structural schema)',
  'postgresql.cnpg.io/v1': 'CloudNativePG 1.27 API reference (hand-written structural schema)',
  'barmancloud.cnpg.io/v1': 'CloudNativePG Barman Cloud plugin API reference (hand-written structural schema)',
  'monitoring.coreos.com/v1': 'Prometheus Operator 0.8x API reference (hand-written structural schema)',
};
