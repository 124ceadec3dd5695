// End to end, against a running stack (bin/stack up or CI): a clerk signs in at the station console, calls and
// finishes a patient, the waiting-room display follows without reloading, and a refused step shows its message.
// Test data is created through the public APIs: an onsite booking (antrean-service POST /api/antrean) for today,
// checked in through the WS RS (/wsrs/token + /wsrs/checkin) as the kiosk or Mobile JKN would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, DESKTOP } from './browser.mjs';

const FARMASI = process.env.FARMASI_URL || 'http://localhost:8083';
const ANTREAN = process.env.ANTREAN_URL || 'http://localhost:8081';
const PASIEN = process.env.PASIEN_URL || 'http://localhost:8082';
const STAFF_USER = process.env.STAFF_ADMIN_USERNAME || 'admin';
const STAFF_PASS = process.env.STAFF_ADMIN_PASSWORD || 'admin-local';
const WSRS_USER = process.env.WSRS_USERNAME || 'mobilejkn';
const WSRS_PASS = process.env.WSRS_PASSWORD || 'mobilejkn-local';
const KODEPOLI = process.env.E2E_KODEPOLI || 'ANA';
const WAIT = { timeout: 20000 };

const wibToday = () => new Date(Date.now() + 7 * 3600000).toISOString().slice(0, 10);
const digits = n => Array.from({ length: n }, (_, i) => (i === 0 ? 1 + Math.floor(Math.random() * 9) : Math.floor(Math.random() * 10))).join('');

async function http(method, url, body, headers = {}) {
  const res = await fetch(url, { method, headers: { Accept: 'application/json', ...(body ? { 'Content-Type': 'application/json' } : {}), ...headers },
    body: body ? JSON.stringify(body) : undefined });
  const text = await res.text();
  let data = null;
  try { data = text ? JSON.parse(text) : null; } catch { data = text; }
  return { status: res.status, data };
}

let browser;
let patient; // { kodebooking, nomorantrean, firstTask }

async function staffToken() {
  const r = await http('POST', ANTREAN + '/api/auth/login', { username: STAFF_USER, password: STAFF_PASS });
  assert.equal(r.status, 200, 'staff login at antrean-service: ' + JSON.stringify(r.data));
  return r.data.token;
}

/** An onsite booking for today at the first schedule of the poli, checked in now. */
async function checkedInPatient() {
  const token = await staffToken();
  const auth = { Authorization: 'Bearer ' + token };
  const tanggal = wibToday();
  const sync = await http('POST', ANTREAN + '/api/jadwal/sync', { kodepoli: KODEPOLI, tanggal }, auth);
  assert.equal(sync.status, 200, 'jadwal sync: ' + JSON.stringify(sync.data));
  const schedules = (Array.isArray(sync.data) ? sync.data : sync.data.jadwal || []).filter(s => !s.libur);
  assert.ok(schedules.length > 0, 'the simulator has a schedule for ' + KODEPOLI + ' today');
  const s = schedules[0];
  const wsrs = await http('GET', ANTREAN + '/wsrs/token', undefined, { 'x-username': WSRS_USER, 'x-password': WSRS_PASS });
  const wsToken = wsrs.data && wsrs.data.response && wsrs.data.response.token;
  assert.ok(wsToken, 'WS RS token: ' + JSON.stringify(wsrs.data));
  // the patient gets a medical record first, as Mobile JKN's pasienbaru or the admission desk would make it
  const person = { nomorkartu: digits(13), nik: digits(16), nohp: '08' + digits(10) };
  const registered = await http('POST', PASIEN + '/wsrs/pasienbaru', { ...person, nomorkk: digits(16), nama: 'Siti Nur Baya',
    jeniskelamin: 'P', tanggallahir: '1990-05-17', alamat: 'Jl. Merdeka No. 10', kodeprop: '31', namaprop: 'DKI JAKARTA',
    kodedati2: '3171', namadati2: 'KOTA JAKARTA SELATAN', kodekec: '317101', namakec: 'TEBET', kodekel: '3171011001',
    namakel: 'MANGGARAI', rw: '001', rt: '002' }, { 'x-token': wsToken, 'x-username': WSRS_USER });
  assert.equal(registered.data.metadata.code, 200, 'pasienbaru: ' + JSON.stringify(registered.data));
  let booking;
  for (const jenispasien of ['JKN', 'NON JKN']) {
    booking = await http('POST', ANTREAN + '/api/antrean', { ...person,
      kodepoli: KODEPOLI, norm: '', tanggalperiksa: tanggal, kodedokter: s.kodedokter, jampraktek: s.jadwal || s.jampraktek,
      jeniskunjungan: 1, nomorreferensi: 'E2E' + digits(10), jenispasien }, auth);
    if (booking.status === 200) break;
  }
  assert.equal(booking.status, 200, 'onsite booking: ' + JSON.stringify(booking.data));
  const receipt = booking.data.response || booking.data;
  const checkin = await http('POST', ANTREAN + '/wsrs/checkin', { kodebooking: receipt.kodebooking, waktu: Date.now() },
    { 'x-token': wsToken, 'x-username': WSRS_USER });
  assert.equal(checkin.data.metadata.code, 200, 'check-in: ' + JSON.stringify(checkin.data));
  // farmasi-task-service learns the check-in from Kafka
  const deadline = Date.now() + 30000;
  let timeline;
  while (Date.now() < deadline) {
    timeline = await http('GET', FARMASI + '/api/tasks/' + encodeURIComponent(receipt.kodebooking), undefined, auth);
    if (timeline.status === 200 && timeline.data.tasks.length > 0) break;
    await new Promise(r => setTimeout(r, 500));
  }
  assert.ok(timeline && timeline.status === 200 && timeline.data.tasks.length > 0, 'the check-in reached farmasi-task-service');
  return { kodebooking: receipt.kodebooking, nomorantrean: receipt.nomorantrean, firstTask: timeline.data.tasks[0].taskid };
}

async function signIn(page, username = STAFF_USER, password = STAFF_PASS) {
  await page.goto(FARMASI + '/stasiun/');
  await page.fill('#username', username);
  await page.fill('#password', password);
  await page.click('#tombol-masuk');
  await page.waitForSelector('#konsol:not(.hidden)', WAIT);
}

async function openStation(page, station) {
  await page.selectOption('#stasiun', station);
  if (station === 'poli') await page.fill('#kodepoli', KODEPOLI);
  await page.click('#tampilkan');
}

/** The pages run within their Content-Security-Policy: Chromium reports every refused script, style or call. */
function watchPolicy(...pages) {
  const violations = [];
  for (const page of pages) {
    page.on('console', m => { if (/Content Security Policy/i.test(m.text())) violations.push(page.url() + ': ' + m.text()); });
  }
  return violations;
}

const row = kb => `#tunggu tr[data-kodebooking="${kb}"]`;
const serving = kb => `#dilayani .serving[data-kodebooking="${kb}"]`;

async function recorded(page, taskid) {
  await page.waitForFunction(t => {
    const el = document.getElementById('info');
    return el && !el.classList.contains('hidden') && el.textContent.includes('task ' + t);
  }, taskid, WAIT);
}

before(async () => {
  patient = await checkedInPatient();
  browser = await launch();
});

after(async () => {
  if (browser) await browser.close();
});

test('a clerk calls and finishes the patient and the poli display follows without reloading', async () => {
  const context = await browser.newContext({ viewport: DESKTOP });
  const clerk = await context.newPage();
  const display = await context.newPage();
  const violations = watchPolicy(clerk, display);
  await display.goto(FARMASI + '/display/poli.html?kodepoli=' + KODEPOLI);
  await display.waitForSelector('#koneksi:not(.off)', WAIT);
  await display.evaluate(() => { window.__notReloaded = true; });

  await signIn(clerk);
  if (patient.firstTask === 1) { // a new patient goes through admission first: 2 then 3
    await openStation(clerk, 'admisi');
    await clerk.click(row(patient.kodebooking) + ' button[data-act=call]', WAIT);
    await recorded(clerk, 2);
    await clerk.click(serving(patient.kodebooking) + ' button[data-act=finish]', WAIT);
    await recorded(clerk, 3);
  }
  await openStation(clerk, 'poli');
  await clerk.waitForSelector(row(patient.kodebooking), WAIT);
  // every task so far shows its delivery to BPJS
  await clerk.waitForSelector(row(patient.kodebooking) + ' .badge:is(.pending, .delivered, .rejected)', WAIT);

  await clerk.click(row(patient.kodebooking) + ' button[data-act=call]');
  await recorded(clerk, 4);
  await display.waitForFunction(n => document.getElementById('nomor').textContent.trim() === n, patient.nomorantrean, WAIT);
  assert.equal(await display.evaluate(() => window.__notReloaded), true, 'the display was not reloaded');
  const who = await display.textContent('#siapa');
  assert.doesNotMatch(who, /\d{16}/, 'no NIK on the public display');

  await clerk.selectOption('#jenisresep', 'non racikan');
  await clerk.click(serving(patient.kodebooking) + ' button[data-act=finish]');
  await recorded(clerk, 5);
  await clerk.waitForSelector(serving(patient.kodebooking), { state: 'detached', ...WAIT });
  assert.deepEqual(violations, []);
  await context.close();
});

test('the pharmacy prepares the medicine and its display calls the pharmacy number', async () => {
  const context = await browser.newContext({ viewport: DESKTOP });
  const clerk = await context.newPage();
  const display = await context.newPage();
  const violations = watchPolicy(clerk, display);
  await display.goto(FARMASI + '/display/farmasi.html');
  await display.waitForSelector('#koneksi:not(.off)', WAIT);
  await display.evaluate(() => { window.__notReloaded = true; });

  await signIn(clerk);
  await openStation(clerk, 'farmasi');
  await clerk.click(row(patient.kodebooking) + ' button[data-act=call]', WAIT);
  await recorded(clerk, 6);
  const nomor = (await clerk.textContent(serving(patient.kodebooking) + ' .nomor')).trim();
  await clerk.click(serving(patient.kodebooking) + ' button[data-act=finish]');
  await recorded(clerk, 7);
  await display.waitForFunction(n => document.getElementById('nomor').textContent.trim() === n, nomor, WAIT);
  assert.equal(await display.evaluate(() => window.__notReloaded), true, 'the display was not reloaded');
  assert.deepEqual(violations, []);
  await context.close();
});

test('a refused step shows the rule\'s message', async () => {
  const context = await browser.newContext({ viewport: DESKTOP });
  const clerk = await context.newPage();
  await signIn(clerk);
  const other = await checkedInPatient();
  // task 7 for a patient who has not even seen the doctor: out of order
  await clerk.fill('#m-kodebooking', other.kodebooking);
  await clerk.selectOption('#m-taskid', '7');
  await clerk.click('#m-catat');
  await clerk.waitForSelector('#pesan:not(.hidden)', WAIT);
  const message = (await clerk.textContent('#pesan')).trim();
  assert.match(message, /^Ditolak: .{10,}/, 'a readable refusal, got: ' + message);
  assert.doesNotMatch(message, /Exception|HTTP 5\d\d/);
  await context.close();
});

test('a nurse changes their own password at the console and the old one stops working', async () => {
  const admin = { Authorization: 'Bearer ' + await staffToken() };
  const username = 'perawat' + digits(8);
  const created = await http('POST', ANTREAN + '/api/staff', { username, password: 'sandi-lama-' + username, roles: ['poli'] }, admin);
  assert.equal(created.status, 201, 'account: ' + JSON.stringify(created.data));
  const context = await browser.newContext({ viewport: DESKTOP });
  const nurse = await context.newPage();
  const violations = watchPolicy(nurse);
  await signIn(nurse, username, 'sandi-lama-' + username);
  const before = await nurse.evaluate(() => sessionStorage.getItem('antrean.token'));

  await nurse.click('#ganti-sandi');
  await nurse.fill('#sandi-lama', 'sandi-lama-' + username);
  await nurse.fill('#sandi-baru', 'sandi-baru-' + username);
  await nurse.fill('#sandi-ulang', 'sandi-baru-' + username);
  await nurse.click('#simpan-sandi');
  await nurse.waitForSelector('#info:not(.hidden)', WAIT);
  assert.match(await nurse.textContent('#info'), /Kata sandi diganti/);
  await nurse.waitForSelector('#konsol:not(.hidden)', WAIT);
  assert.notEqual(await nurse.evaluate(() => sessionStorage.getItem('antrean.token')), before, 'the console holds the new token');

  const login = password => http('POST', ANTREAN + '/api/auth/login', { username, password });
  assert.equal((await login('sandi-lama-' + username)).status, 401, 'the old password is refused');
  assert.equal((await login('sandi-baru-' + username)).status, 200, 'the new password signs in');
  assert.deepEqual(violations, []);
  await context.close();
});
