// The displays' spoken text, in node (no browser, no stack): every number 1-999 against a table written out from the
// rules of Indonesian counting (not from the displays' function), and the sentences a call makes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expected } from './bilangan.mjs';

// the displays' modules are plain .js beside the pages: node reads them as ES modules from a folder that says so
const DISPLAY = new URL('../../farmasi-task-service/src/main/resources/META-INF/resources/display/', import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'suara-'));
writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
for (const f of ['terbilang.js', 'suara.js']) copyFileSync(new URL(f, DISPLAY), join(dir, f));
const { terbilang, nomorDisebut } = await import(pathToFileURL(join(dir, 'terbilang.js')));
const { kalimatPanggilan, tujuanPoli } = await import(pathToFileURL(join(dir, 'suara.js')));

test('every number from 1 to 999 is read the Indonesian way', () => {
  const wrong = [];
  for (let n = 1; n <= 999; n++) {
    if (terbilang(n) !== expected(n)) wrong.push(`${n}: "${terbilang(n)}", expected "${expected(n)}"`);
  }
  assert.deepEqual(wrong, []);
});

test('the numbers people get wrong are read as an announcer says them', () => {
  assert.equal(terbilang(11), 'sebelas');
  assert.equal(terbilang(12), 'dua belas');
  assert.equal(terbilang(100), 'seratus');
  assert.equal(terbilang(111), 'seratus sebelas');
  assert.equal(terbilang(200), 'dua ratus');
  assert.equal(terbilang(999), 'sembilan ratus sembilan puluh sembilan');
  assert.equal(terbilang(1000), 'seribu');
  assert.throws(() => terbilang(-1), RangeError);
});

test('a queue number is its prefix letter by letter, then its number without leading zeros', () => {
  assert.equal(nomorDisebut('A12'), 'A dua belas');
  assert.equal(nomorDisebut('A-12'), 'A dua belas');
  assert.equal(nomorDisebut('ANA-111'), 'A N A seratus sebelas');
  assert.equal(nomorDisebut('F007'), 'F tujuh');
  assert.equal(nomorDisebut('12'), 'dua belas');
});

test('a call tells the number and where to go', () => {
  assert.equal(kalimatPanggilan('A12', 'poli anak'), 'Nomor antrean A dua belas, silakan ke poli anak');
  assert.equal(kalimatPanggilan('F010', 'loket farmasi'), 'Nomor antrean F sepuluh, silakan ke loket farmasi');
  assert.equal(tujuanPoli('Poli Anak', 'ANA'), 'poli anak');
  assert.equal(tujuanPoli('Anak', 'ANA'), 'poli anak');
  assert.equal(tujuanPoli(null, 'ana'), 'poli A N A');
});
