#!/usr/bin/env bash
# Proves that deploy/validate.sh rejects broken objects: breaks one thing at a time in a scratch copy of
# deploy/ (the work tree is never touched) and expects validate.sh to fail with the expected message.
#   bash deploy/validate/selftest.sh
set -euo pipefail
deploy="$(cd "$(dirname "$0")/.." && pwd)"
export DEPLOY_CACHE_DIR="$deploy/.cache"
"$deploy/validate.sh" >/dev/null # installs what is missing; the unbroken manifests must pass
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
passed=0 failed=0
# case: description | file under deploy/ | perl substitution | text the error must contain
while IFS='|' read -r desc file expr expect; do
  [ -z "$desc" ] && continue
  rm -rf "$scratch/deploy" && mkdir -p "$scratch/deploy"
  cp -r "$deploy/k8s" "$deploy/validate" "$deploy/validate.sh" "$scratch/deploy/"
  perl -0pi -e "$expr" "$scratch/deploy/$file"
  if cmp -s "$deploy/$file" "$scratch/deploy/$file"; then
    echo "FAIL  $desc: the substitution changed nothing"; failed=$((failed + 1)); continue
  fi
  if out="$("$scratch/deploy/validate.sh" 2>&1)"; then
    echo "FAIL  $desc: validate.sh accepted it"; failed=$((failed + 1))
  elif grep -qF -- "$expect" <<<"$out"; then
    echo "ok    $desc"; passed=$((passed + 1))
  else
    echo "FAIL  $desc: rejected, but without \"$expect\""; grep -E 'ERROR|FAILED' <<<"$out" | head -3; failed=$((failed + 1))
  fi
done <<'CASES'
Deployment field misspelt|k8s/base/vclaim-gateway.yaml|s/livenessProbe:/livenesProbe:/|unknown field "livenesProbe"
Deployment replicas not an integer|k8s/overlays/dev/services.yaml|s/  replicas: 1/  replicas: one/|spec/replicas must be integer
containerPort not an integer|k8s/base/farmasi-task-service.yaml|s/containerPort: 8083/containerPort: http/|containerPort must be integer
ConfigMap field misspelt|k8s/base/common-config.yaml|s/^data:/dat:/m|unknown field "dat"
NetworkPolicy selector misspelt|k8s/base/networkpolicies.yaml|s/(k8s-app: kube-dns)/$1\n            matchLabel: {}/|unknown field "matchLabel"
KafkaNodePool field misspelt|k8s/base/kafka.yaml|s/  replicas: 3/  replica: 3/|additional properties "replica"
Kafka listener without tls|k8s/base/kafka.yaml|s/        tls: false\n//|required property 'tls'
KafkaNodePool resources misspelt|k8s/base/kafka.yaml|s/    requests:/    request:/|unknown field "request"
KafkaTopic with no partition|k8s/base/kafka-topics.yaml|s/partitions: 6/partitions: 0/|partitions must be >= 1
CNPG instances not an integer|k8s/base/postgres.yaml|s/instances: 3/instances: three/|instances must be integer
CNPG unknown field|k8s/base/postgres.yaml|s/  enablePDB: true/  enablePdb: true/|additional properties "enablePdb"
Ingress exposes /q/health|k8s/base/ingress.yaml|s#path: /wsrs/checkin#path: /q/health#|exposes more than allowed
WS RS path to the wrong service|k8s/base/ingress.yaml|s#(path: /wsrs/pasienbaru\n.*\n.*\n.*\n\s+name: )pasien-service#${1}antrean-service#|must go to pasien-service
Secret in the repository|k8s/base/common-config.yaml|s/^/apiVersion: v1\nkind: Secret\nmetadata:\n  name: bpjs-credentials\nstringData:\n  cons-id: "1"\n---\n/|a Secret in the repository
literal password in env|k8s/base/antrean-service.yaml|s/(- name: WSRS_PASSWORD\n)\s+valueFrom:\n\s+secretKeyRef:\n\s+name: wsrs-account\n\s+key: password/$1              value: hunter2/|literal value
undocumented Secret|k8s/base/vclaim-gateway.yaml|s/name: bpjs-credentials/name: bpjs-creds/|not a documented one
liveness probe elsewhere|k8s/base/pasien-service.yaml|s#path: /q/health/live#path: /health#|livenessProbe must GET /q/health/live
writable root file system|k8s/base/antrean-service.yaml|s/readOnlyRootFilesystem: true/readOnlyRootFilesystem: false/|readOnlyRootFilesystem must be true
antrean-service egress to the internet|k8s/base/networkpolicies.yaml|s/(name: antrean-service-egress.*?egress:\n)/$1    - to:\n        - ipBlock:\n            cidr: 0.0.0.0\/0\n/s|outside the cluster is for vclaim-gateway
NetworkPolicy peer selects nothing|k8s/base/networkpolicies.yaml|s/cnpg.io\/cluster: farmasi-db\n      ports/cnpg.io\/cluster: farmasi-dbx\n      ports/|selects no pod
simulator in production|k8s/overlays/production/kustomization.yaml|s#  - ../../base#  - ../../base\n  - ../../simulator#|must not be in overlay production
Kafka ACL on a topic no KafkaTopic creates|k8s/overlays/production/kafka-users.yaml|s/name: pasien.patients,/name: pasien.patient,/|which no KafkaTopic creates
service with another service's Kafka user|k8s/overlays/production/kafka-clients.yaml|s/name: vclaim-gateway\n(\s+)key: sasl.jaas.config/name: antrean-service\n$1key: sasl.jaas.config/|of its own KafkaUser vclaim-gateway
services on the plain port of a TLS cluster|k8s/overlays/production/kafka-clients.yaml|s/bootstrap:9093/bootstrap:9092/|is no listener of Kafka antrean-kafka
Kafka users without a User Operator|k8s/overlays/production/kafka.yaml|s/    userOperator:\n.*//s|has no entityOperator.userOperator
datasource names no database|k8s/base/pasien-service.yaml|s#pasien-db-rw:5432/pasien"#pasien-db-rw:5432/patients"#|is not the one Cluster
ServiceMonitor field misspelt|k8s/monitoring/servicemonitors.yaml|s/scrapeTimeout:/scrapeTimout:/|additional properties "scrapeTimout"
ServiceMonitor on a port the Service lacks|k8s/monitoring/servicemonitors.yaml|s/- port: http/- port: metrics/|is not a named port
alert on a metric no service exposes|k8s/monitoring/prometheus-rules.yaml|s/deliveries_oldest_pending_seconds/deliveries_oldest_seconds/|which no service exposes
dashboard on a misspelt metric|k8s/monitoring/antrean-online.json|s/bookings_total/booking_total/|which no service exposes
Prometheus kept out by the network policies|k8s/base/networkpolicies.yaml|s/(name: app-ingress-prometheus.*port: )http/${1}8080/s|lets Prometheus reach
alert rule Prometheus refuses|k8s/monitoring/prometheus-rules.yaml|s/> 300/> > 300/|parse error
alert that no longer fires as its test says|k8s/monitoring/prometheus-rules.yaml|s/> 300/> 900/|FAILED
kustomization names a missing file|k8s/base/kustomization.yaml|s/- ingress.yaml/- ingres.yaml/|kustomize FAILED
production database without WAL archiving|k8s/overlays/production/postgres-backups.yaml|s/      isWALArchiver: true\n//|no WAL archiving
production database without a backup schedule|k8s/overlays/production/backups.yaml|s/name: farmasi-db\n/name: farmasi-dbx\n/|no ScheduledBackup
WAL archived into a missing ObjectStore|k8s/overlays/production/postgres-backups.yaml|s/barmanObjectName: gateway-db-backups/barmanObjectName: gateway-backups/|which is not rendered
ObjectStore field misspelt|k8s/overlays/production/backups.yaml|s/retentionPolicy: 30d/retentionPolicy: 30days/|retentionPolicy must match
Khanza connector with a literal password|k8s/khanza/kafka-connector.yaml|s/database.password: .*/database.password: hunter2/|has a literal value
Khanza connector reads a Secret the workers may not|k8s/khanza/secret-reader.yaml|s/resourceNames: \[khanza-cdc, /resourceNames: [/|which no Role lets ServiceAccount
Connect workers kept out of Kafka|k8s/overlays/production-khanza/kafka.yaml|s/strimzi.io\/kind: KafkaConnect/strimzi.io\/kind: Kafka/|does not admit its pods
Connect state topic without KafkaTopic|k8s/khanza/kafka-connect.yaml|s/offset.storage.topic: khanza-connect-offsets/offset.storage.topic: khanza-offsets/|is no KafkaTopic
KafkaConnector on no Connect cluster|k8s/khanza/kafka-connector.yaml|s/strimzi.io\/cluster: khanza-connect/strimzi.io\/cluster: khanza/|names no rendered KafkaConnect
Connect plugin artifact without version|k8s/khanza/kafka-connect.yaml|s/            version: 3.5.0.Final\n//|version
ScheduledBackup cron of five fields|k8s/overlays/production/backups.yaml|s/schedule: "0 0 19/schedule: "0 19/|schedule must match
Khanza bridge's database egress open to everything|k8s/khanza/networkpolicies.yaml|s#cidr: 10.10.5.30/32#cidr: 0.0.0.0/0#|is wider than a /24
Khanza bridge leaving on another port than its database's|k8s/khanza/networkpolicies.yaml|s/port: 3306/port: 3307/|not the port of KHANZA_DB_URL
Khanza bridge writing into another database than the connector reads|k8s/khanza/khanza-bridge.yaml|s#mariadb://khanza-db.rs.example:3306#mariadb://khanza-db2.rs.example:3306#|not the database the connector
Khanza bridge not admitted by pasien-service|k8s/khanza/networkpolicies.yaml|s/(name: khanza-bridge-to-pasien-service.*?port: )8082/${1}8083/s|no ingress NetworkPolicy of pasien-service admits it
pasien-service numbering through a bridge it may not reach|k8s/khanza/networkpolicies.yaml|s/(name: pasien-service-egress-khanza-bridge.*?port: )8085/${1}8086/s|may not call khanza-bridge on port 8085
Khanza bridge pods outside the default deny|k8s/khanza/khanza-bridge.yaml|s#\n        antrean-online/tier: app##|no default-deny NetworkPolicy selects its pods
Khanza bridge without a ServiceMonitor|k8s/khanza/kustomization.yaml|s/  - servicemonitor.yaml\n//|no ServiceMonitor scrapes it
CASES
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
