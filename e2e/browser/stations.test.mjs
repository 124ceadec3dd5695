// End to end, against a running stack (bin/stack up or CI): a clerk signs in at the station console, calls and
// finishes a patient, the waiting-room display follows without reloading, and a refused step shows its message.
// Test data is created through the public APIs: an onsite booking (antrean-service POST /api/antrean) for today,
// checked in through the WS RS (/wsrs/token + /wsrs/checkin) as the kiosk or Mobile JKN would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, DESKTOP, watchPolicy } from './browser.mjs';
import { FARMASI, ANTREAN, STAFF_USER, STAFF_PASS, KODEPOLI, digits, http, staffAuth, checkedInPatient } from './stack.mjs';

const WAIT = { timeout: 20000 };

let browser;
let patient; // { kodebooking, nomorantrean, firstTask }

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

const row = kb => `#tunggu tr[data-kodebooking="${kb}"]`;
const serving = kb => `#dilayani .serving[data-kodebooking="${kb}"]`;

async function recorded(page, taskid) {
  await page.waitForFunction(t => {
    const el = document.getElementById('info');
    return el && !el.classList.contains('hidden') && el.textContent.includes('task ' + t);
  }, taskid, WAIT);
}

before(async () => {
  patient = await checkedInPatient(KODEPOLI);
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
  const other = await checkedInPatient(KODEPOLI);
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
  const admin = await staffAuth();
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
