// Strict field check for Kubernetes objects (like kubeconform -strict / kubectl --validate=strict).
//
// The JSON-schema validators compiled into kubernetes-models check types, enums and required fields but,
// as the Kubernetes OpenAPI itself, do not reject unknown fields: a misspelt `livenesProbe` would pass.
// The same package ships the property list of every Kubernetes type in its TypeScript declarations
// (generated from the same OpenAPI document); this module reads them once and reports every field of an
// object that its type does not declare, recursing through nested types, arrays and maps.
import fs from 'node:fs';
import path from 'node:path';

function walkDts(dir, out) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== '_schemas' && e.name !== 'node_modules') walkDts(p, out);
    } else if (e.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

// canonical type name (IIoK8sApiCoreV1Container) -> { field: type expression }
export function loadTypeIndex(packageDirs) {
  const types = new Map();
  const fileCanonical = new Map();
  for (const dir of packageDirs) {
    for (const file of walkDts(dir, [])) {
      const src = fs.readFileSync(file, 'utf8');
      const alias = new Map();
      for (const m of src.matchAll(/export type \{([^}]*)\}/g)) {
        for (const part of m[1].split(',')) {
          const am = /^\s*(\w+) as (\w+)\s*$/.exec(part);
          if (am && am[2].startsWith('IIoK8s')) alias.set(am[1], am[2]);
        }
      }
      const lines = src.split('\n');
      for (let i = 0; i < lines.length; i++) {
        const im = /^export interface (\w+)\b.*\{\s*$/.exec(lines[i]);
        if (!im) continue;
        const canonical = alias.get(im[1]) ?? im[1];
        const props = {};
        for (i++; i < lines.length && lines[i] !== '}'; i++) {
          const pm = /^ {4}"([^"]+)"\??: (.*?);?$/.exec(lines[i]);
          if (!pm) continue;
          let type = pm[2];
          if (type === '{' || type === 'Array<{') {
            // inline map type: { [key: string]: T; }
            const inner = [];
            for (i++; i < lines.length && !/^ {4}\}>?;$/.test(lines[i]); i++) inner.push(lines[i].trim());
            const mm = /^\[key: string\]: (.*);$/.exec(inner.join(' '));
            type = type === '{' && mm ? `map<${mm[1]}>` : 'any';
          }
          props[pm[1]] = type;
        }
        types.set(canonical, props);
        if (canonical !== im[1]) fileCanonical.set(file, canonical);
      }
    }
  }
  return { types, fileCanonical };
}

export function unknownFields(index, value, type, at = '', found = []) {
  if (value === null || value === undefined || !type) return found;
  const arr = /^Array<(.+)>$/.exec(type);
  if (arr) {
    if (Array.isArray(value)) value.forEach((v, i) => unknownFields(index, v, arr[1], `${at}/${i}`, found));
    return found;
  }
  const map = /^map<(.+)>$/.exec(type);
  if (map) {
    if (typeof value === 'object') for (const [k, v] of Object.entries(value)) unknownFields(index, v, map[1], `${at}/${k}`, found);
    return found;
  }
  const props = index.types.get(type);
  if (!props || typeof value !== 'object' || Array.isArray(value)) return found; // primitive, enum, IntOrString, Quantity, ...
  for (const [k, v] of Object.entries(value)) {
    if (!(k in props)) found.push(`${at || '/'}: unknown field "${k}"`);
    else unknownFields(index, v, props[k], `${at}/${k}`, found);
  }
  return found;
}
