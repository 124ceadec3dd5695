// The poli display's voice, against a running stack, on the text and not the audio: speech synthesis is replaced in
// the page by a stand-in with an Indonesian voice that writes down what it is asked to say. A call is announced with
// the right sentence, a number called again (the console's "Panggil ulang") is announced again, and a display whose
// sound is off stays silent, and remembers it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, DESKTOP, watchPolicy } from './browser.mjs';
import { FARMASI, STAFF_USER, STAFF_PASS, KODEPOLI, http, staffAuth, checkedInPatient } from './stack.mjs';
import { expected } from './bilangan.mjs';

const WAIT = { timeout: 20000 };
const NAMA = 'Poli Anak';

let browser;

before(async () => { browser = await launch(); });
after(async () => { if (browser) await browser.close(); });

function speechStandIn() {
  window.__spoken = [];
  const voice = { lang: 'id-ID', name: 'Uji Indonesia', voiceURI: 'uji-id', localService: true, default: true };
  window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; } };
  Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: {
    getVoices: () => [voice],
    speak: u => { window.__spoken.push(u.text); setTimeout(() => u.onend && u.onend(), 50); },
    cancel: () => {},
    addEventListener: () => {}
  } });
}

/** A patient called by the poli (task 4), through the API as the console would; its queue number. */
async function calledAtThePoli() {
  const patient = await checkedInPatient();
  const auth = await staffAuth();
  const steps = patient.firstTask === 1 ? [2, 3, 4] : [4];
  for (const taskid of steps) {
    const r = await http('POST', FARMASI + '/api/tasks', { kodebooking: patient.kodebooking, taskid }, auth);
    assert.equal(r.status, 200, 'task ' + taskid + ': ' + JSON.stringify(r.data));
  }
  return patient;
}

/** What the display should say for a queue number such as "ANA-12". */
function sentence(nomorantrean) {
  const [, prefix, angka] = /^(.*?)(\d+)$/.exec(nomorantrean);
  const letters = prefix.replace(/[^A-Z]/g, '').split('').join(' ');
  return 'Nomor antrean ' + letters + ' ' + expected(Number(angka)) + ', silakan ke poli anak';
}

async function spoken(display, count) {
  await display.waitForFunction(n => window.__spoken.length >= n, count, WAIT);
  return display.evaluate(() => window.__spoken.slice());
}

test('a call is announced in Indonesian, again when the number is called again, and not at all with the sound off', async () => {
  const context = await browser.newContext({ viewport: DESKTOP });
  await context.addInitScript(speechStandIn);
  const display = await context.newPage();
  const clerk = await context.newPage();
  const violations = watchPolicy(display, clerk);
  await display.goto(FARMASI + '/display/poli.html?kodepoli=' + KODEPOLI + '&nama=' + encodeURIComponent(NAMA));
  await display.waitForSelector('#koneksi:not(.off)', WAIT);
  // the one click a browser wants before a page may make sound, asked plainly until given
  if (await display.isVisible('#izin-suara')) await display.click('#izin-suara');
  else await display.click('body');
  await display.waitForSelector('#izin-suara', { state: 'hidden', ...WAIT });
  assert.equal(await display.getAttribute('body', 'data-suara'), 'aktif');

  const patient = await calledAtThePoli();
  const said = sentence(patient.nomorantrean);
  assert.deepEqual(await spoken(display, 1), [said]);

  // the console calls the same number again: said once more, after the first and not over it
  await clerk.goto(FARMASI + '/stasiun/');
  await clerk.fill('#username', STAFF_USER);
  await clerk.fill('#password', STAFF_PASS);
  await clerk.click('#tombol-masuk');
  await clerk.waitForSelector('#konsol:not(.hidden)', WAIT);
  await clerk.selectOption('#stasiun', 'poli');
  await clerk.fill('#kodepoli', KODEPOLI);
  await clerk.click('#tampilkan');
  await clerk.click(`#dilayani .serving[data-kodebooking="${patient.kodebooking}"] button[data-act=again-s]`, WAIT);
  await clerk.waitForSelector('#info:not(.hidden)', WAIT);
  assert.match(await clerk.textContent('#info'), /Dipanggil ulang/);
  assert.deepEqual(await spoken(display, 2), [said, said]);

  // sound off, kept across a reload: the next call again changes the board and says nothing
  await display.click('#suara-aktif');
  assert.equal(await display.getAttribute('body', 'data-suara'), 'mati');
  await display.reload();
  await display.waitForSelector('#koneksi:not(.off)', WAIT);
  assert.equal(await display.getAttribute('body', 'data-suara'), 'mati');
  assert.equal(await display.isVisible('#izin-suara'), false, 'a silent display asks for no click');
  const again = await http('POST', FARMASI + '/api/tasks/' + encodeURIComponent(patient.kodebooking) + '/panggil-ulang', {},
    await staffAuth());
  assert.equal(again.status, 200, 'panggil ulang: ' + JSON.stringify(again.data));
  await display.waitForFunction(w => (document.body.dataset.panggilan || '').endsWith('@' + w), again.data.waktu, WAIT);
  assert.deepEqual(await display.evaluate(() => window.__spoken.slice()), []);
  assert.deepEqual(violations, []);
  await context.close();
});
