#!/usr/bin/env bash
# Renders every Kustomize overlay under deploy/k8s/overlays with `kubectl kustomize` and validates each
# object offline: Kubernetes objects against the Kubernetes OpenAPI schemas (npm kubernetes-models),
# Strimzi and CloudNativePG objects against the structural schemas in deploy/validate/crd-schemas.mjs,
# plus the project's rules (validate/validate-manifests.mjs). Exits non-zero on any invalid object.
#
# Non-interactive and idempotent (CI: .ci/run). Needs the network only for package registries, and only
# the first time: kubectl from Debian's kubernetes-client if absent, the npm packages pinned in
# deploy/validate/package-lock.json (cached in deploy/.cache, gitignored).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# DEPLOY_CACHE_DIR: where downloads and rendered overlays go (default deploy/.cache, gitignored)
cache="${DEPLOY_CACHE_DIR:-$here/.cache}"
start=$(date +%s)
log() { printf '=== %s\n' "$*"; }

install_debian() {
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq "$@" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq "$@" >/dev/null; }
}
if ! command -v kubectl >/dev/null 2>&1; then
  log "kubectl missing: installing Debian's kubernetes-client"
  install_debian kubernetes-client
fi
if ! command -v promtool >/dev/null 2>&1; then
  log "promtool missing: installing Debian's prometheus (for promtool only)"
  install_debian --no-install-recommends prometheus
fi
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  log "node/npm missing: installing Debian's nodejs and npm"
  install_debian nodejs npm
fi

# The validator's npm dependencies, exactly as locked; reinstalled only when the lock file changes.
mkdir -p "$cache/validate"
stamp="$(cat "$here/validate/package.json" "$here/validate/package-lock.json" | sha256sum | cut -c1-16)"
if [ "$(cat "$cache/validate/.stamp" 2>/dev/null || true)" != "$stamp" ] || [ ! -d "$cache/validate/node_modules/kubernetes-models" ]; then
  log "installing the validator's npm packages (package-lock.json) into deploy/.cache/validate"
  cp "$here/validate/package.json" "$here/validate/package-lock.json" "$cache/validate/"
  (cd "$cache/validate" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  echo "$stamp" > "$cache/validate/.stamp"
fi
cp "$here/validate/"*.mjs "$cache/validate/"

log "kubectl: $(kubectl version --client 2>/dev/null | head -1)"
log "node $(node --version); kubernetes-models $(node -p "require('$cache/validate/node_modules/kubernetes-models/package.json').version"), ajv $(node -p "require('$cache/validate/node_modules/ajv/package.json').version")"

failed=0
mkdir -p "$cache/rendered"
for dir in "$here"/k8s/overlays/*/; do
  overlay="$(basename "$dir")"
  out="$cache/rendered/$overlay.yaml"
  log "overlay $overlay: kubectl kustomize deploy/k8s/overlays/$overlay"
  if ! kubectl kustomize "$dir" > "$out" 2> "$cache/rendered/$overlay.stderr"; then
    cat "$cache/rendered/$overlay.stderr"
    echo "overlay $overlay: kustomize FAILED"
    failed=1
    continue
  fi
  # deprecation notes of newer kustomize about the fields kept for Debian's kubectl 1.20 are not errors
  grep -v "is deprecated" "$cache/rendered/$overlay.stderr" || true
  extra=()
  # the simulator stands in for BPJS on development clusters only
  case "$overlay" in production*) extra+=(--forbid bpjs-simulator) ;; esac
  # a hospital's production databases are backed up (WAL archive + nightly base backups); dev clusters need not be
  case "$overlay" in production*) extra+=(--require-backups) ;; esac
  rules="$cache/rules/$overlay"
  rm -rf "$rules"
  if ! RULES_DIR="$rules" node "$cache/validate/validate-manifests.mjs" --overlay "$overlay" "${extra[@]}" "$out"; then
    failed=1
  fi
  # the alert rules: Prometheus' own checker, then their unit tests (deploy/k8s/monitoring/*.test.yaml)
  if ls "$rules"/*.rules.yaml >/dev/null 2>&1; then
    log "overlay $overlay: promtool check rules, promtool test rules"
    promtool check rules "$rules"/*.rules.yaml || failed=1
    for t in "$here"/k8s/monitoring/*.test.yaml; do
      cp "$t" "$rules/" && (cd "$rules" && promtool test rules "$(basename "$t")") || failed=1
    done
  fi
done

log "done in $(( $(date +%s) - start )) s"
if [ "$failed" != 0 ]; then
  echo "deploy/validate.sh: INVALID (see the errors above)"
  exit 1
fi
echo "deploy/validate.sh: every overlay renders and every object is valid"
