// The SIMRS administration page (/simrs/) against a running stack: an administrator imports a SIMRS patient file through the
// browser, follows its progress bar to the end and reads the lines that were not imported with their line numbers
// and reasons; creates a SIMRS machine account, sees its secret once, and disables it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, DESKTOP, watchPolicy } from './browser.mjs';
import { FARMASI, ANTREAN, STAFF_USER, STAFF_PASS, digits } from './stack.mjs';

const WAIT = { timeout: 60000 };

let browser;
before(async () => { browser = await launch(); });
after(async () => { if (browser) await browser.close(); });

async function signedIn() {
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  const violations = watchPolicy(page);
  await page.goto(FARMASI + '/simrs/');
  await page.fill('#username', STAFF_USER);
  await page.fill('#password', STAFF_PASS);
  await page.click('#form-masuk button[type=submit]');
  await page.waitForSelector('#isi:not(.hidden)', WAIT);
  return { page, violations };
}

/** n patients with fresh numbers; line 3 lacks a birth date, and the last reuses line 2's NIK under another norm. */
function patientFile(n) {
  const run = digits(6);
  const nikBase = digits(10);
  const lines = ['norm,nik,nomorkartu,nama,jeniskelamin,tanggallahir,nohp,alamat'];
  for (let i = 0; i < n; i++) {
    const nik = nikBase + String(i).padStart(6, '0');
    lines.push(`BR${run}${String(i).padStart(5, '0')},${nik},,Pasien Uji ${i},${i % 2 ? 'L' : 'P'},${i === 1 ? '' : '1980-01-02'},0812${digits(8)},Jl. Uji ${i}`);
  }
  lines.push(`BR${run}X,${nikBase}000000,,Pasien Kembar,P,1980-01-02,,Jl. Kembar`);
  return { text: lines.join('\n') + '\n', rows: n + 1 };
}

test('an administrator imports a patient file, follows its progress and reads the refused lines', async () => {
  const { page, violations } = await signedIn();
  const file = patientFile(3000);
  await page.setInputFiles('#berkas', { name: 'pasien-simrs.csv', mimeType: 'text/csv', buffer: Buffer.from(file.text) });
  await page.click('#unggah');
  await page.waitForSelector('#jalan:not(.hidden)', WAIT);
  await page.waitForSelector('#hasil:not(.hidden)', WAIT);
  assert.equal(await page.$eval('#kemajuan', p => p.value), 100, 'the progress bar ends full');
  assert.equal(await page.textContent('#h-dibaca'), file.rows.toLocaleString('id-ID'));
  assert.equal(await page.textContent('#h-ditolak'), '1');
  assert.equal(await page.textContent('#h-konflik'), '1');
  assert.equal(await page.textContent('#h-baru'), (file.rows - 2).toLocaleString('id-ID'));
  const report = await page.$$eval('#tabel-ditolak tbody tr', rows => rows.map(r => Array.from(r.cells, c => c.textContent.trim())));
  assert.equal(report.length, 2, JSON.stringify(report));
  assert.equal(report[0][0], '3', 'the line without a birth date is line 3 (after the header): ' + JSON.stringify(report));
  assert.match(report[0][2], /lahir/i);
  assert.equal(report[1][0], String(file.rows + 1));
  assert.equal(report[1][1], 'konflik');
  assert.ok(report[1][4], 'the conflict names the other record number');
  // the job is listed among the latest imports, done
  assert.match(await page.textContent('#tabel-impor tbody'), /selesai/);
  assert.deepEqual(violations, []);
});

test('the same file again changes nothing', async () => {
  const { page } = await signedIn();
  const file = patientFile(50);
  for (const round of [1, 2]) {
    await page.setInputFiles('#berkas', { name: 'pasien.csv', mimeType: 'text/csv', buffer: Buffer.from(file.text) });
    await page.click('#unggah');
    await page.waitForFunction(r => {
      const el = document.getElementById('info');
      return !document.getElementById('unggah').disabled && el && !el.classList.contains('hidden');
    }, round, WAIT);
    if (round === 2) {
      // a finished import is not resumed: the file is read again as a new job, and every row is unchanged
      assert.equal(await page.textContent('#h-dibaca'), String(file.rows));
      assert.equal(await page.textContent('#h-baru'), '0');
      assert.equal(await page.textContent('#h-sama'), String(file.rows - 2));
    }
  }
});

test('an administrator creates a SIMRS account, sees its secret once, and disables it', async () => {
  const { page, violations } = await signedIn();
  const clientId = 'simrs-uji-' + digits(6);
  await page.fill('#client-id', clientId);
  await page.check('#scope-baru input[value="simrs-tasks"]');
  await page.check('#scope-baru input[value="simrs-read"]');
  await page.click('#buat-klien');
  await page.waitForSelector('#rahasia:not(.hidden)', WAIT);
  const secret = (await page.textContent('#rahasia-nilai')).trim();
  assert.ok(secret.length >= 32, 'a long secret');
  // the secret works for the machine, without any staff password
  const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: secret });
  let res = await fetch(ANTREAN + '/api/auth/token', { method: 'POST', body: form });
  assert.equal(res.status, 200);
  const row = `#tabel-klien tr[data-client="${clientId}"]`;
  await page.waitForSelector(row, WAIT);
  assert.match(await page.textContent(row), /aktif/);
  await page.click(row + ' button[data-act=disable]');
  await page.waitForSelector(row + ' .badge.rejected', WAIT);
  res = await fetch(ANTREAN + '/api/auth/token', { method: 'POST', body: form });
  assert.ok(res.status === 401 || res.status === 400, 'a disabled client gets no token: ' + res.status);
  assert.deepEqual(violations, []);
});

test('an administrator imports the SIMRS codes, sees the bad line, maps one more and removes it', async () => {
  const { page, violations } = await signedIn();
  const run = digits(5);
  const file = `kind,kode_simrs,kode_bpjs,nama\npoli,PD${run},INT,Penyakit Dalam\ndokter,DR${run},31486,dr. Uji\nruang,X${run},INT,Bukan jenis\n`;
  await page.setInputFiles('#berkas-kode', { name: 'kode.csv', mimeType: 'text/csv', buffer: Buffer.from(file) });
  await page.click('#impor-kode');
  await page.waitForSelector('#tabel-kode-ditolak:not(.hidden)', WAIT);
  assert.equal(await page.textContent('#tabel-kode-ditolak tbody tr td'), '4', 'the third mapping is line 4');
  await page.waitForSelector(`#tabel-kode tr[data-kode="PD${run}"]`, WAIT);
  await page.selectOption('#kode-jenis', 'poli');
  await page.fill('#kode-simrs', 'AN' + run);
  await page.fill('#kode-bpjs', 'ANA');
  await page.click('#simpan-kode');
  const row = `#tabel-kode tr[data-kode="AN${run}"]`;
  await page.waitForSelector(row, WAIT);
  page.once('dialog', d => d.accept());
  await page.click(row + ' button[data-act=hapus]');
  await page.waitForSelector(row, { state: 'detached', timeout: 20000 });
  assert.deepEqual(violations, []);
});
