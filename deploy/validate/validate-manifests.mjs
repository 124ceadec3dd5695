// Validates the objects of one rendered overlay (the YAML stream `kubectl kustomize` prints).
//
//   node validate-manifests.mjs --overlay NAME [--forbid NAME ...] [--require-backups] rendered.yaml
//
// 1. Schema: every Kubernetes object against the Kubernetes OpenAPI schemas compiled into the npm package
//    kubernetes-models (tommy351/kubernetes-models-ts); every Strimzi / CloudNativePG object against the
//    structural schemas of crd-schemas.mjs (strict: unknown fields are errors). A kind known to neither is
//    an error, so nothing passes unchecked.
// 2. Project rules the schemas cannot express (docs/deploy.md): references between objects resolve, the
//    Ingresses expose exactly the contract's paths, probes/resources/securityContext on every container,
//    no Secret in the repo, only the gateway (BPJS) and khanza-bridge (Khanza's database) leave the cluster, every
//    call between the services allowed on both sides, forbidden objects absent (the simulator in production), every
//    database backed up where backups are required (production).
// Prints one line per object checked and every error; exits 1 on any error.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import yaml from 'js-yaml';
import Ajv from 'ajv';
import path from 'node:path';
import { crdSchemas, crdSources } from './crd-schemas.mjs';
import { loadTypeIndex, unknownFields } from './k8s-strict.mjs';

const args = process.argv.slice(2);
let overlay = '?';
const forbid = [];
const files = [];
let requireBackups = false;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--overlay') overlay = args[++i];
  else if (args[i] === '--forbid') forbid.push(args[++i]);
  else if (args[i] === '--require-backups') requireBackups = true;
  else files.push(args[i]);
}
const require = createRequire(import.meta.url);
const kmVersion = require('kubernetes-models/package.json').version;
const kmDir = path.dirname(require.resolve('kubernetes-models/package.json'));
const typeIndex = loadTypeIndex([kmDir, path.dirname(require.resolve('@kubernetes-models/apimachinery/package.json'))]);

const docs = [];
for (const f of files) {
  for (const d of yaml.loadAll(fs.readFileSync(f, 'utf8'))) if (d) docs.push(d);
}
const errors = [];
const err = (o, msg) => errors.push(`${id(o)}: ${msg}`);
const id = (o) => `${o?.kind ?? '?'}/${o?.metadata?.name ?? '?'}`;

// ------------------------------------------------------------------ 1. schemas
const k8sValidators = new Map();
async function k8sSchemaValidator(name) {
  if (!k8sValidators.has(name)) {
    const mod = name.startsWith('IoK8sApimachinery')
      ? await import(`@kubernetes-models/apimachinery/_schemas/${name}`)
      : await import(`kubernetes-models/_schemas/${name}`);
    k8sValidators.set(name, mod.validate);
  }
  return k8sValidators.get(name);
}
// embedded Kubernetes types inside the CRD schemas, preloaded (ajv keywords are synchronous)
const embedded = new Set();
JSON.stringify(crdSchemas, (k, v) => { if (k === 'k8s') embedded.add(v); return v; });
for (const name of embedded) await k8sSchemaValidator(name);

const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addKeyword({
  keyword: 'k8s',
  errors: true,
  validate: function check(name, data) {
    const v = k8sValidators.get(name);
    const messages = v(data) ? [] : v.errors.map((e) => `${e.instancePath || ''} ${e.message} (${name})`.trim());
    messages.push(...unknownFields(typeIndex, data, `I${name}`).map((m) => `${m} (${name})`));
    if (!messages.length) return true;
    check.errors = messages.map((message) => ({ keyword: 'k8s', message, params: {} }));
    return false;
  },
});
const crdValidators = Object.fromEntries(Object.entries(crdSchemas).map(([k, s]) => [k, ajv.compile(s)]));

async function modelFor(apiVersion, kind) {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : [null, apiVersion];
  const path = group ? `kubernetes-models/${group}/${version}/${kind}` : `kubernetes-models/${version}/${kind}`;
  try {
    return (await import(path))[kind];
  } catch {
    return null;
  }
}

const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const counts = {};
for (const o of docs) {
  const key = `${o.apiVersion}/${o.kind}`;
  const name = o.metadata?.name;
  if (!name || name.length > 253 || !DNS1123_SUBDOMAIN.test(name)) err(o, `metadata.name "${name}" is not a DNS-1123 subdomain`);
  if ((o.kind === 'Service' || o.kind === 'Cluster') && !(DNS1035_LABEL.test(name) && name.length <= 63)) err(o, 'name must be a DNS-1035 label (<= 63)');
  if (!o.metadata?.namespace) err(o, 'no namespace (the overlay must set one)');
  let source;
  if (crdValidators[key]) {
    const v = crdValidators[key];
    if (!v(o)) for (const e of v.errors) err(o, `schema: ${e.instancePath || '/'} ${e.message}${e.params?.additionalProperty ? ` "${e.params.additionalProperty}"` : ''}`);
    source = crdSources[o.apiVersion];
  } else {
    const Model = await modelFor(o.apiVersion, o.kind);
    if (!Model) {
      err(o, `no schema known for ${key}: refusing to pass it unchecked`);
      continue;
    }
    try {
      new Model(o).validate();
    } catch (e) {
      err(o, `schema: ${e.message}`);
    }
    const [group, version] = o.apiVersion.includes('/') ? o.apiVersion.split('/') : [null, o.apiVersion];
    const canonical = typeIndex.fileCanonical.get(path.join(kmDir, ...(group ? [group] : []), version, `${o.kind}.d.ts`));
    if (!canonical) err(o, 'no field list known for this kind');
    else for (const m of unknownFields(typeIndex, o, canonical)) err(o, `schema (strict): ${m}`);
    source = `Kubernetes OpenAPI (kubernetes-models ${kmVersion}), strict`;
  }
  counts[key] = (counts[key] ?? 0) + 1;
  console.log(`  checked ${key.padEnd(45)} ${name}  [${source}]`);
}

// ------------------------------------------------------------------ 2. project rules
const byKind = (k) => docs.filter((o) => o.kind === k);
const find = (k, n) => docs.find((o) => o.kind === k && o.metadata?.name === n);
const matches = (selector = {}, labels = {}) => Object.entries(selector).every(([k, v]) => labels[k] === v);

const deployments = byKind('Deployment');
const clusters = byKind('Cluster');
// Secrets the installation creates (docs/deploy.md "Secrets"); <cluster>-app comes from CloudNativePG; Strimzi writes
// <kafka>-cluster-ca-cert and one Secret per KafkaUser, named after it
const externalSecrets = new Set(['bpjs-credentials', 'wsrs-account', 'staff-admin', 'jwt-keys', 'pasien-service-key', 'farmasi-task-service-key', 'wsrs-tls', 'staff-tls', 'simrs-webhook', 'backup-object-store', 'khanza-cdc', 'khanza-bridge-db', 'khanza-bridge-simrs', 'registry-push',
  ...clusters.map((c) => `${c.metadata.name}-app`),
  ...byKind('Kafka').map((k) => `${k.metadata.name}-cluster-ca-cert`),
  ...byKind('KafkaUser').map((u) => u.metadata.name)]);

// the staged installation of docs/deploy.md applies by this label: kafka, then database, then apps
for (const o of docs) if (!['kafka', 'database', 'apps'].includes(o.metadata?.labels?.['antrean-online/stage'])) err(o, 'label antrean-online/stage must be kafka, database or apps (docs/deploy.md installation order)');
if (byKind('Secret').length) for (const s of byKind('Secret')) err(s, 'a Secret in the repository: secrets are created at installation only');
// backups (docs/operations.md): each Cluster archives its WAL into an ObjectStore of this render and has a schedule
const barman = 'barman-cloud.cloudnative-pg.io';
for (const b of byKind('ScheduledBackup')) {
  if (!clusters.some((c) => c.metadata.name === b.spec.cluster.name)) err(b, `backs up Cluster ${b.spec.cluster.name}, which is not rendered`);
  if (b.spec.method === 'plugin' && !b.spec.pluginConfiguration) err(b, 'method plugin without pluginConfiguration');
}
for (const o of byKind('ObjectStore')) {
  for (const ref of Object.values(o.spec.configuration.s3Credentials ?? {})) {
    if (ref?.name && !externalSecrets.has(ref.name)) err(o, `s3Credentials refer to Secret ${ref.name}, not a documented one`);
  }
}
for (const c of clusters) {
  const archiver = (c.spec.plugins ?? []).find((p) => p.isWALArchiver);
  if (archiver) {
    const store = archiver.parameters?.barmanObjectName;
    if (archiver.name === barman && !find('ObjectStore', store)) err(c, `WAL archiver names ObjectStore ${store}, which is not rendered`);
  }
  if (!requireBackups) continue;
  if (!archiver) err(c, 'no WAL archiving: a point-in-time restore would be impossible (spec.plugins with isWALArchiver)');
  const schedule = byKind('ScheduledBackup').find((b) => b.spec.cluster.name === c.metadata.name && b.spec.suspend !== true);
  if (!schedule) err(c, 'no ScheduledBackup: no base backup to restore from');
  else if (archiver && schedule.spec.method === 'plugin' && schedule.spec.pluginConfiguration?.name !== archiver.name) {
    err(schedule, `backs up through ${schedule.spec.pluginConfiguration?.name}, but the Cluster archives its WAL through ${archiver.name}`);
  }
}

for (const f of forbid) for (const o of docs.filter((d) => d.metadata?.name === f || d.metadata?.labels?.['app.kubernetes.io/name'] === f)) err(o, `"${f}" must not be in overlay ${overlay}`);

for (const d of deployments) {
  const pod = d.spec.template.spec;
  const podLabels = d.spec.template.metadata?.labels ?? {};
  if (!matches(d.spec.selector?.matchLabels, podLabels)) err(d, 'selector does not match the pod template labels');
  if (pod.securityContext?.runAsNonRoot !== true) err(d, 'pod securityContext.runAsNonRoot must be true');
  for (const c of pod.containers) {
    const where = `container ${c.name}`;
    if (!c.image || /:latest$/.test(c.image) || !/:[^/]+$/.test(c.image)) err(d, `${where}: image "${c.image}" needs a fixed tag`);
    for (const [probe, path] of [['livenessProbe', '/q/health/live'], ['readinessProbe', '/q/health/ready'], ['startupProbe', '/q/health/started']]) {
      if (c[probe]?.httpGet?.path !== path) err(d, `${where}: ${probe} must GET ${path}`);
    }
    for (const r of ['cpu', 'memory']) {
      if (!c.resources?.requests?.[r]) err(d, `${where}: no resources.requests.${r}`);
      if (!c.resources?.limits?.[r]) err(d, `${where}: no resources.limits.${r}`);
    }
    const sc = c.securityContext ?? {};
    if (sc.readOnlyRootFilesystem !== true) err(d, `${where}: readOnlyRootFilesystem must be true`);
    if (sc.allowPrivilegeEscalation !== false) err(d, `${where}: allowPrivilegeEscalation must be false`);
    if (!(sc.capabilities?.drop ?? []).includes('ALL')) err(d, `${where}: capabilities must drop ALL`);
    for (const ef of c.envFrom ?? []) {
      if (ef.configMapRef && !find('ConfigMap', ef.configMapRef.name)) err(d, `${where}: envFrom ConfigMap ${ef.configMapRef.name} is not rendered`);
      if (ef.secretRef) err(d, `${where}: envFrom secretRef: reference single keys with secretKeyRef instead`);
    }
    for (const e of c.env ?? []) {
      if (e.value !== undefined && /PASSWORD|SECRET|USER_KEY|CONS_ID|JAAS/.test(e.name)) err(d, `${where}: ${e.name} has a literal value: use a secretKeyRef`);
      const ref = e.valueFrom?.secretKeyRef;
      if (ref && !externalSecrets.has(ref.name)) err(d, `${where}: ${e.name} refers to Secret ${ref.name}, not a documented one`);
      const cm = e.valueFrom?.configMapKeyRef;
      if (cm && !find('ConfigMap', cm.name)?.data?.[cm.key]) err(d, `${where}: ${e.name} refers to missing ConfigMap key ${cm.name}/${cm.key}`);
    }
    for (const m of c.volumeMounts ?? []) if (!(pod.volumes ?? []).some((v) => v.name === m.name)) err(d, `${where}: volumeMount ${m.name} has no volume`);
  }
  for (const v of pod.volumes ?? []) if (v.secret && !externalSecrets.has(v.secret.secretName)) err(d, `volume ${v.name}: Secret ${v.secret.secretName} is not a documented one`);
  if (!byKind('Service').some((s) => matches(s.spec.selector, podLabels))) err(d, 'no Service selects its pods');
  if (!byKind('PodDisruptionBudget').some((p) => matches(p.spec.selector?.matchLabels, podLabels))) err(d, 'no PodDisruptionBudget covers it');
}
for (const s of byKind('Service')) {
  const targets = deployments.filter((d) => matches(s.spec.selector, d.spec.template.metadata?.labels));
  if (!targets.length) err(s, 'selects no Deployment');
  for (const p of s.spec.ports) {
    if (typeof p.targetPort === 'string' && !targets.some((d) => d.spec.template.spec.containers.some((c) => (c.ports ?? []).some((cp) => cp.name === p.targetPort)))) err(s, `targetPort ${p.targetPort} is no container port`);
  }
}
for (const h of byKind('HorizontalPodAutoscaler')) {
  if (!find(h.spec.scaleTargetRef.kind, h.spec.scaleTargetRef.name)) err(h, `scale target ${h.spec.scaleTargetRef.name} is not rendered`);
  if (h.spec.minReplicas > h.spec.maxReplicas) err(h, 'minReplicas > maxReplicas');
}
for (const p of byKind('PodDisruptionBudget')) {
  if (!deployments.some((d) => matches(p.spec.selector?.matchLabels, d.spec.template.metadata?.labels))) err(p, 'selects no Deployment');
}
// Services needing HPA (Mobile JKN traffic)
for (const n of ['antrean-service', 'pasien-service', 'farmasi-task-service']) {
  if (!byKind('HorizontalPodAutoscaler').some((h) => h.spec.scaleTargetRef.name === n)) errors.push(`HorizontalPodAutoscaler for ${n}: missing`);
}

// Ingress: exactly the WS RS paths of contract section 3 for BPJS; /api/... for staff; nothing else
const WSRS = {
  '/wsrs/token': 'antrean-service', '/wsrs/statusantrean': 'antrean-service', '/wsrs/ambilantrean': 'antrean-service',
  '/wsrs/sisaantrean': 'antrean-service', '/wsrs/batalantrean': 'antrean-service', '/wsrs/checkin': 'antrean-service',
  '/wsrs/jadwaloperasirs': 'antrean-service', '/wsrs/jadwaloperasipasien': 'antrean-service',
  '/wsrs/pasienbaru': 'pasien-service',
  '/wsrs/ambilantreanfarmasi': 'farmasi-task-service', '/wsrs/statusantreanfarmasi': 'farmasi-task-service',
};
const ingresses = byKind('Ingress');
for (const i of ingresses) {
  const tlsHosts = new Set((i.spec.tls ?? []).flatMap((t) => t.hosts ?? []));
  if (i.spec.defaultBackend) err(i, 'defaultBackend would expose everything not listed');
  for (const r of i.spec.rules ?? []) {
    if (!r.host) err(i, 'a rule without host');
    if (!tlsHosts.has(r.host)) err(i, `host ${r.host} has no TLS`);
    for (const p of r.http?.paths ?? []) {
      if (/^\/(q|internal|admin)(\/|$)/.test(p.path) || p.path === '/' || p.pathType === 'ImplementationSpecific') err(i, `path ${p.path} (${p.pathType}) exposes more than allowed`);
      const svc = find('Service', p.backend?.service?.name);
      if (!svc) err(i, `path ${p.path}: backend Service ${p.backend?.service?.name} is not rendered`);
      else if (!svc.spec.ports.some((sp) => sp.port === p.backend.service.port?.number || sp.name === p.backend.service.port?.name)) err(i, `path ${p.path}: Service ${svc.metadata.name} has no such port`);
    }
  }
}
const allPaths = ingresses.flatMap((i) => (i.spec.rules ?? []).flatMap((r) => (r.http?.paths ?? []).map((p) => ({ i, r, p }))));
const wsrsPaths = allPaths.filter(({ p }) => p.path.startsWith('/wsrs'));
for (const [path, svc] of Object.entries(WSRS)) {
  const hits = wsrsPaths.filter(({ p }) => p.path === path);
  if (hits.length !== 1) errors.push(`Ingress: WS RS path ${path} must be exposed exactly once (found ${hits.length})`);
  for (const { i, p } of hits) {
    if (p.pathType !== 'Exact') err(i, `${path} must be pathType Exact`);
    if (p.backend?.service?.name !== svc) err(i, `${path} must go to ${svc}, not ${p.backend?.service?.name}`);
  }
}
for (const { i, p } of wsrsPaths) if (!WSRS[p.path]) err(i, `path ${p.path} is not a WS RS path of contract section 3`);
for (const { i, p } of allPaths) if (!p.path.startsWith('/wsrs/') && !p.path.startsWith('/api/')) err(i, `path ${p.path}: only /wsrs/... (BPJS) and /api/... (staff) may be exposed`);
const wsrsHosts = new Set(wsrsPaths.map(({ r }) => r.host));
for (const { i, r, p } of allPaths) if (p.path.startsWith('/api/') && wsrsHosts.has(r.host)) err(i, `staff path ${p.path} on the BPJS-facing host ${r.host}`);

// NetworkPolicies: every selector selects something; only vclaim-gateway (BPJS) and khanza-bridge (Khanza's database)
// may reach outside the cluster; every Deployment is under a default deny; every call between the pods is allowed on
// both sides
const ownConfig = (d) => find('ConfigMap', d.metadata.name)?.data ?? {};
// jdbc:mariadb://host[:port]/db of the bridge's ConfigMap: host and port (MariaDB's default 3306)
const khanzaDb = (d) => {
  const m = /^jdbc:mariadb:\/\/([^:/]+)(?::([0-9]+))?\//.exec(ownConfig(d).KHANZA_DB_URL ?? '');
  return m && { host: m[1], port: Number(m[2] ?? 3306) };
};
const podLabelSets = [
  ...deployments.map((d) => d.spec.template.metadata?.labels ?? {}),
  ...clusters.map((c) => ({ 'cnpg.io/cluster': c.metadata.name })),
  ...byKind('Kafka').map((k) => ({ 'strimzi.io/cluster': k.metadata.name, 'strimzi.io/kind': 'Kafka' })),
];
for (const np of byKind('NetworkPolicy')) {
  const sel = np.spec.podSelector?.matchLabels ?? {};
  const selected = deployments.filter((d) => matches(sel, d.spec.template.metadata?.labels));
  if (!podLabelSets.some((l) => matches(sel, l))) err(np, 'podSelector selects no pod of this overlay');
  for (const rule of [...(np.spec.ingress ?? []).flatMap((r) => r.from ?? []), ...(np.spec.egress ?? []).flatMap((r) => r.to ?? [])]) {
    if (rule.podSelector && !rule.namespaceSelector && !podLabelSets.some((l) => matches(rule.podSelector.matchLabels ?? {}, l))) err(np, `peer ${JSON.stringify(rule.podSelector.matchLabels)} selects no pod`);
  }
  const external = (np.spec.egress ?? []).filter((r) => (r.to ?? []).some((t) => t.ipBlock));
  if (!external.length) continue;
  if (selected.length && selected.every((d) => d.metadata.name === 'khanza-bridge')) {
    // Khanza's MariaDB: a host or a small subnet, on the port of KHANZA_DB_URL, and nothing else
    const db = khanzaDb(selected[0]);
    for (const r of external) {
      const wide = r.to.filter((t) => t.ipBlock && !(Number(t.ipBlock.cidr.split('/')[1] ?? 32) >= 24));
      const ports = (r.ports ?? []).map((p) => p.port);
      if (wide.length) err(np, `khanza-bridge leaves the cluster only for Khanza's database: ipBlock ${wide.map((t) => t.ipBlock.cidr).join(', ')} is wider than a /24`);
      if (!db || ports.length !== 1 || ports[0] !== db.port) err(np, `khanza-bridge leaves the cluster only for Khanza's database: ports ${JSON.stringify(ports)}, not the port of KHANZA_DB_URL (${db?.port ?? 'none'})`);
    }
  } else if (!(selected.length && selected.every((d) => d.metadata.name === 'vclaim-gateway'))) err(np, 'egress to addresses outside the cluster is for vclaim-gateway (BPJS) and khanza-bridge (Khanza\'s database) only');
}
const defaultDenies = byKind('NetworkPolicy').filter((np) => !np.spec.ingress && !np.spec.egress && (np.spec.policyTypes ?? []).length === 2);
if (!defaultDenies.length) errors.push('NetworkPolicy: no default-deny policy');
for (const d of deployments) {
  if (!defaultDenies.some((np) => matches(np.spec.podSelector?.matchLabels, d.spec.template.metadata?.labels))) err(d, 'no default-deny NetworkPolicy selects its pods (label antrean-online/tier: app)');
}
// the bridge writes into the database the connector reads: one address in the ConfigMap and the connector
for (const d of deployments.filter((x) => khanzaDb(x))) {
  const db = khanzaDb(d);
  for (const k of byKind('KafkaConnector').filter((c) => c.spec.config?.['database.hostname'])) {
    const cfg = k.spec.config;
    if (cfg['database.hostname'] !== db.host || Number(cfg['database.port'] ?? 3306) !== db.port) err(d, `KHANZA_DB_URL names ${db.host}:${db.port}, not the database the connector ${k.metadata.name} reads (${cfg['database.hostname']}:${cfg['database.port'] ?? 3306})`);
  }
}
// Who calls whom (docs/deploy.md section 8), plus every http://<service>:<port> URL of a Deployment's own ConfigMap
// (e.g. pasien-service's PASIEN_NORM_SIMRS_URL, the bridge's FARMASI_URL): where both ends are rendered, the caller's
// egress and the callee's ingress allow it on the callee's container port.
const CALLS = {
  'antrean-service': ['pasien-service', 'vclaim-gateway'],
  'pasien-service': ['vclaim-gateway'],
  'farmasi-task-service': ['antrean-service', 'pasien-service', 'vclaim-gateway'],
  'khanza-bridge': ['antrean-service', 'pasien-service', 'farmasi-task-service'],
};
const allowsTo = (np, kind, own, peer, port) => (np.spec.policyTypes ?? []).includes(kind) && matches(np.spec.podSelector?.matchLabels, own)
  && (np.spec[kind === 'Ingress' ? 'ingress' : 'egress'] ?? []).some((r) => {
    const peers = kind === 'Ingress' ? r.from : r.to;
    const peerOk = !peers || peers.some((x) => x.podSelector && !x.namespaceSelector && matches(x.podSelector.matchLabels, peer));
    return peerOk && (!r.ports || r.ports.some((p) => p.port === port.number || p.port === port.name));
  });
for (const caller of deployments) {
  const callees = new Map((CALLS[caller.metadata.name] ?? []).map((n) => [n, null]));
  for (const [key, url] of Object.entries(ownConfig(caller))) {
    const m = /^http:\/\/([a-z0-9-]+):([0-9]+)(\/|$)/.exec(url);
    if (!m) continue;
    const svc = find('Service', m[1]);
    if (!svc || !svc.spec.ports.some((p) => p.port === Number(m[2]))) err(caller, `${key} ${url}: no Service ${m[1]} with port ${m[2]}`);
    else callees.set(m[1], Number(m[2]));
  }
  for (const [name, servicePort] of callees) {
    const svc = find('Service', name);
    const callee = svc && deployments.find((d) => matches(svc.spec.selector, d.spec.template.metadata?.labels));
    if (!callee) continue;
    const sp = svc.spec.ports.find((p) => servicePort === null || p.port === servicePort);
    const cp = callee.spec.template.spec.containers.flatMap((c) => c.ports ?? []).find((p) => p.name === sp.targetPort || p.containerPort === sp.targetPort);
    const port = { number: cp?.containerPort, name: cp?.name };
    const from = caller.spec.template.metadata.labels;
    const to = callee.spec.template.metadata.labels;
    const nps = byKind('NetworkPolicy');
    if (!nps.some((np) => allowsTo(np, 'Egress', from, to, port))) err(caller, `may not call ${name} on port ${port.number}: no egress NetworkPolicy allows it`);
    if (!nps.some((np) => allowsTo(np, 'Ingress', to, from, port))) err(caller, `may not call ${name} on port ${port.number}: no ingress NetworkPolicy of ${name} admits it`);
  }
}

// Monitoring: a ServiceMonitor scrapes a named port of the Services it selects; where monitoring is rendered every
// Deployment is scraped and Prometheus may reach it; the rules and the dashboard read only metrics that exist
const monitors = byKind('ServiceMonitor');
for (const m of monitors) {
  const selected = byKind('Service').filter((s) => matches(m.spec.selector?.matchLabels, s.metadata.labels));
  if (!selected.length) err(m, 'selects no Service');
  for (const e of m.spec.endpoints) if (!selected.every((s) => s.spec.ports.some((p) => p.name === e.port))) err(m, `port ${e.port} is not a named port of every Service it selects`);
}
if (monitors.length) {
  for (const d of deployments) {
    const podLabels = d.spec.template.metadata?.labels ?? {};
    const services = byKind('Service').filter((s) => matches(s.spec.selector, podLabels));
    if (!monitors.some((m) => services.some((s) => matches(m.spec.selector?.matchLabels, s.metadata.labels)))) err(d, 'no ServiceMonitor scrapes it');
    const reachable = byKind('NetworkPolicy').some((np) => matches(np.spec.podSelector?.matchLabels, podLabels)
      && (np.spec.ingress ?? []).some((r) => (r.from ?? []).some((f) => f.namespaceSelector) && (r.ports ?? []).some((p) => p.port === 'http')));
    if (!reachable) err(d, 'no NetworkPolicy lets Prometheus reach its http port');
  }
}
// what the services expose (Micrometer names as Prometheus writes them), plus Prometheus' and kube-state-metrics'
const METRICS = ['bookings_total', 'task_steps_total', 'deliveries_open', 'deliveries_oldest_pending_seconds',
  'bpjs_requests_seconds', 'outbox_backlog', 'outbox_oldest_seconds', 'display_streams_open', 'db_pool_wedged_seconds',
  'db_pool_leaked', 'http_server_requests_seconds', 'up', 'kube_deployment_status_replicas_unavailable'];
const SUFFIXES = ['', '_count', '_sum', '_bucket', '_max'];
const PROMQL_WORDS = new Set(['by', 'without', 'on', 'ignoring', 'group_left', 'group_right', 'and', 'or', 'unless', 'bool', 'offset']);
const metricsOf = (expr) => {
  const bare = String(expr)
    .replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/\{[^}]*\}/g, ' ').replace(/\[[^\]]*\]/g, ' ')
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, ' ');
  // a name followed by "(" is a function; the rest are metrics
  return [...bare.matchAll(/[a-zA-Z_:][a-zA-Z0-9_:]*/g)]
    .filter((m) => !/^\s*\(/.test(bare.slice(m.index + m[0].length)) && !PROMQL_WORDS.has(m[0]))
    .map((m) => m[0]);
};
const dashboards = byKind('ConfigMap').filter((c) => c.metadata.labels?.grafana_dashboard);
const readers = [
  ...byKind('PrometheusRule').flatMap((r) => r.spec.groups.flatMap((g) => g.rules.map((x) => ({ o: r, expr: x.expr })))),
  ...dashboards.flatMap((c) => Object.entries(c.data ?? {}).flatMap(([file, text]) => {
    try {
      return JSON.parse(text).panels.flatMap((p) => (p.targets ?? []).map((t) => ({ o: c, expr: t.expr })));
    } catch (e) {
      err(c, `${file}: not JSON (${e.message})`);
      return [];
    }
  })),
];
// the rules as Prometheus reads them, for promtool (deploy/validate.sh checks and unit-tests them)
if (process.env.RULES_DIR) {
  for (const r of byKind('PrometheusRule')) {
    fs.mkdirSync(process.env.RULES_DIR, { recursive: true });
    fs.writeFileSync(path.join(process.env.RULES_DIR, `${r.metadata.name}.rules.yaml`), yaml.dump(r.spec));
  }
}
for (const { o, expr } of readers) {
  for (const name of metricsOf(expr)) {
    if (!METRICS.some((m) => SUFFIXES.some((s) => name === m + s))) err(o, `reads metric ${name}, which no service exposes`);
  }
}

// Kafka topics of the event contract
const TOPICS = ['antrean.bookings', 'antrean.visits', 'antrean.tasks', 'antrean.delivery-outcomes', 'pasien.patients', 'antrean.staff-accounts'];
const kafkas = byKind('Kafka').map((k) => k.metadata.name);
const topicNames = byKind('KafkaTopic').map((k) => k.spec.topicName ?? k.metadata.name);
for (const t of TOPICS) if (!topicNames.includes(t)) errors.push(`KafkaTopic ${t}: missing`);
for (const k of [...byKind('KafkaTopic'), ...byKind('KafkaNodePool'), ...byKind('KafkaUser')]) {
  if (!kafkas.includes(k.metadata.labels?.['strimzi.io/cluster'])) err(k, 'label strimzi.io/cluster names no rendered Kafka');
}
for (const k of byKind('KafkaTopic')) {
  const pools = byKind('KafkaNodePool').filter((p) => p.spec.roles.includes('broker'));
  const brokers = pools.reduce((n, p) => n + p.spec.replicas, 0);
  if ((k.spec.replicas ?? 1) > brokers) err(k, `replicas ${k.spec.replicas} > ${brokers} brokers`);
  const isr = Number(k.spec.config?.['min.insync.replicas'] ?? 1);
  if (isr > (k.spec.replicas ?? 1)) err(k, 'min.insync.replicas > replicas');
}
// Kafka users: their ACLs name topics that exist, and a User Operator turns them into credentials
for (const u of byKind('KafkaUser')) {
  const kafka = find('Kafka', u.metadata.labels?.['strimzi.io/cluster']);
  if (kafka && !kafka.spec.entityOperator?.userOperator) err(u, `Kafka ${kafka.metadata.name} has no entityOperator.userOperator to create it`);
  if (kafka && u.spec.authorization && kafka.spec.kafka.authorization?.type !== u.spec.authorization.type) err(u, `Kafka ${kafka.metadata.name} does not use ${u.spec.authorization.type} authorization: its ACLs would do nothing`);
  for (const acl of u.spec.authorization?.acls ?? []) {
    const r = acl.resource;
    if (r.type === 'topic' && (r.patternType ?? 'literal') === 'literal' && r.name !== '*' && !topicNames.includes(r.name)) err(u, `ACL on topic ${r.name}, which no KafkaTopic creates`);
  }
}
// Kafka clients: the bootstrap port is a listener's, and a listener that authenticates gets each service's own user
const envOf = (c) => {
  const env = {};
  for (const ef of c.envFrom ?? []) Object.assign(env, Object.fromEntries(Object.entries(find('ConfigMap', ef.configMapRef?.name)?.data ?? {}).map(([k, v]) => [k, { value: v }])));
  for (const e of c.env ?? []) env[e.name] = e;
  return env;
};
for (const d of deployments) {
  for (const c of d.spec.template.spec.containers) {
    const env = envOf(c);
    const bootstrap = env.KAFKA_BOOTSTRAP_SERVERS?.value;
    if (!bootstrap) continue;
    const m = /^([a-z0-9-]+)-kafka-bootstrap:([0-9]+)$/.exec(bootstrap);
    const kafka = m && find('Kafka', m[1]);
    if (!kafka) { err(d, `container ${c.name}: KAFKA_BOOTSTRAP_SERVERS ${bootstrap} names no rendered Kafka's bootstrap service`); continue; }
    const listener = kafka.spec.kafka.listeners.find((l) => l.port === Number(m[2]));
    if (!listener) { err(d, `container ${c.name}: KAFKA_BOOTSTRAP_SERVERS port ${m[2]} is no listener of Kafka ${kafka.metadata.name}`); continue; }
    const brokerPods = { 'strimzi.io/cluster': kafka.metadata.name, 'strimzi.io/kind': 'Kafka' };
    const egressPorts = byKind('NetworkPolicy').flatMap((np) => (np.spec.egress ?? [])
      .filter((r) => (r.to ?? []).some((t) => t.podSelector && matches(t.podSelector.matchLabels, brokerPods)))
      .flatMap((r) => (r.ports ?? []).map((p) => p.port)));
    if (!egressPorts.includes(listener.port)) err(d, `container ${c.name}: no NetworkPolicy lets it reach port ${listener.port} of the Kafka brokers`);
    const protocol = `${listener.authentication ? 'SASL_' : ''}${listener.tls ? 'SSL' : 'PLAINTEXT'}`;
    if ((env.KAFKA_SECURITY_PROTOCOL?.value ?? 'PLAINTEXT') !== protocol) err(d, `container ${c.name}: KAFKA_SECURITY_PROTOCOL must be ${protocol} for listener ${listener.name}`);
    if (listener.authentication?.type === 'scram-sha-512') {
      if (env.KAFKA_SASL_MECHANISM?.value !== 'SCRAM-SHA-512') err(d, `container ${c.name}: KAFKA_SASL_MECHANISM must be SCRAM-SHA-512 for listener ${listener.name}`);
      const ref = env.KAFKA_SASL_JAAS_CONFIG?.valueFrom?.secretKeyRef;
      if (!ref || ref.key !== 'sasl.jaas.config' || ref.name !== d.metadata.name || !find('KafkaUser', d.metadata.name)) err(d, `container ${c.name}: KAFKA_SASL_JAAS_CONFIG must come from key sasl.jaas.config of the Secret of its own KafkaUser ${d.metadata.name}`);
    }
    if (listener.tls && !env.KAFKA_SSL_TRUSTSTORE_LOCATION) err(d, `container ${c.name}: KAFKA_SSL_TRUSTSTORE_LOCATION (the cluster CA) missing for TLS listener ${listener.name}`);
  }
}

// Kafka Connect (SIMRS Khanza's change data capture): connectors on a rendered worker group that takes them from
// resources; the worker authenticates as its own KafkaUser on a listener whose peers admit it; every topic it and its
// connectors use is a KafkaTopic; every ${secrets:...} a connector reads is documented and readable by the workers
for (const c of byKind('KafkaConnect')) {
  const name = c.metadata.name;
  if (c.metadata.annotations?.['strimzi.io/use-connector-resources'] !== 'true') err(c, 'annotation strimzi.io/use-connector-resources must be "true": connectors come from KafkaConnector resources');
  const m = /^([a-z0-9-]+)-kafka-bootstrap:([0-9]+)$/.exec(c.spec.bootstrapServers);
  const kafka = m && find('Kafka', m[1]);
  const listener = kafka?.spec.kafka.listeners.find((l) => l.port === Number(m[2]));
  if (!listener) { err(c, `bootstrapServers ${c.spec.bootstrapServers} is no listener of a rendered Kafka`); continue; }
  const pods = { 'strimzi.io/cluster': name, 'strimzi.io/kind': 'KafkaConnect' };
  if (listener.networkPolicyPeers && !listener.networkPolicyPeers.some((p) => p.podSelector && matches(p.podSelector.matchLabels, pods))) err(c, `listener ${listener.name} of Kafka ${kafka.metadata.name} does not admit its pods (networkPolicyPeers)`);
  if (listener.tls && !c.spec.tls?.trustedCertificates?.length) err(c, `listener ${listener.name} is TLS: spec.tls.trustedCertificates (the cluster CA) missing`);
  if (listener.authentication?.type && listener.authentication.type !== c.spec.authentication?.type) err(c, `listener ${listener.name} authenticates with ${listener.authentication.type}, the worker with ${c.spec.authentication?.type ?? 'nothing'}`);
  const user = c.spec.authentication?.username;
  if (user && (!find('KafkaUser', user) || c.spec.authentication.passwordSecret?.secretName !== user)) err(c, `authenticates as ${user}: needs the KafkaUser ${user} and its Secret`);
  const cfg = c.spec.config ?? {};
  if (cfg['topic.creation.enable'] === false || cfg['topic.creation.enable'] === 'false') {
    for (const k of ['config.storage.topic', 'offset.storage.topic', 'status.storage.topic']) if (cfg[k] && !topicNames.includes(cfg[k])) err(c, `${k} ${cfg[k]} is no KafkaTopic (the worker creates no topic)`);
  }
}
for (const k of byKind('KafkaConnector')) {
  const connect = find('KafkaConnect', k.metadata.labels?.['strimzi.io/cluster']);
  if (!connect) { err(k, 'label strimzi.io/cluster names no rendered KafkaConnect'); continue; }
  const cfg = k.spec.config ?? {};
  if (cfg['schema.history.internal.kafka.topic'] && !topicNames.includes(cfg['schema.history.internal.kafka.topic'])) err(k, `schema history topic ${cfg['schema.history.internal.kafka.topic']} is no KafkaTopic`);
  const sa = `${connect.metadata.name}-connect`;
  const readable = new Set(byKind('Role').filter((r) => byKind('RoleBinding').some((b) => b.roleRef.name === r.metadata.name
    && (b.subjects ?? []).some((s) => s.kind === 'ServiceAccount' && s.name === sa)))
    .flatMap((r) => r.rules.filter((x) => x.resources?.includes('secrets') && x.verbs?.includes('get')).flatMap((x) => x.resourceNames ?? [])));
  for (const [key, value] of Object.entries(cfg)) {
    if (/password/i.test(key) && typeof value === 'string' && !value.startsWith('${')) err(k, `${key} has a literal value: use \${secrets:<namespace>/<secret>:<key>}`);
    for (const ref of String(value).matchAll(/\$\{secrets:[^/}]+\/([^:}]+):[^}]+\}/g)) {
      if (!externalSecrets.has(ref[1])) err(k, `${key} reads Secret ${ref[1]}, not a documented one`);
      if (!readable.has(ref[1])) err(k, `${key} reads Secret ${ref[1]}, which no Role lets ServiceAccount ${sa} get`);
    }
  }
}

// one database per service, the Deployment's datasource pointing at its own cluster
for (const d of deployments) {
  const cm = find('ConfigMap', d.metadata.name);
  const url = cm?.data?.QUARKUS_DATASOURCE_REACTIVE_URL;
  if (!url) continue;
  const m = /^postgresql:\/\/([a-z0-9-]+)-rw:5432\/([a-z0-9_]+)$/.exec(url);
  const cluster = m && find('Cluster', m[1]);
  if (!cluster) err(d, `datasource ${url} names no rendered Cluster`);
  else if (cluster.spec.bootstrap?.initdb?.database !== m[2]) err(d, `datasource database ${m[2]} is not the one Cluster ${m[1]} creates`);
}

// ------------------------------------------------------------------ report
const total = Object.values(counts).reduce((a, b) => a + b, 0);
console.log(`overlay ${overlay}: ${docs.length} objects, ${total} schema-checked (${Object.entries(counts).map(([k, n]) => `${n} ${k.split('/').pop()}`).join(', ')})`);
if (errors.length) {
  console.log(`overlay ${overlay}: ${errors.length} error(s)`);
  for (const e of errors) console.log(`  ERROR ${e}`);
  process.exit(1);
}
console.log(`overlay ${overlay}: valid`);
