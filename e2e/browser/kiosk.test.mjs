// End to end, against a running stack: the lobby's self-service kiosk (/anjungan/) signed in with a kiosk device
// account. A returning patient checks in by typing the kodebooking on the on-screen keypad (task 3 recorded); two JKN
// walk-ins at two kiosks want the last place of a practice (the first is checked in at once), the second is told so
// in plain Indonesian; a kiosk left alone returns to its start and forgets the visit; the check-in's ticket is
// rendered in the kiosk's hidden frame.
// The small practice is poli MAT of hfis-e2e.json (three places, two of them JKN).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, watchPolicy } from './browser.mjs';
import { FARMASI, ANTREAN, PASIEN, wibToday, digits, http, staffAuth, syncedSchedules } from './stack.mjs';

const WAIT = { timeout: 20000 };
const PORTRAIT = { width: 1080, height: 1920 };
const SMALL_POLI = 'MAT';
const SMALL_DOCTOR = '51002';
const KIOSK_PASSWORD = 'anjungan-' + digits(8);

let browser;
let kioskUser;
let checkedIn; // the page of test (a), its ticket looked at last

/** A patient the hospital already knows (the SIMRS's master, imported complete): a returning patient. */
async function returningPatient(nomorkartu = digits(13)) {
  const person = { nomorkartu, nik: digits(16), nohp: '08' + digits(10), norm: 'RM-' + digits(7) };
  const csv = 'no_rm;nik;no_kartu;nama;jenis_kelamin;tgl_lahir;no_hp;alamat\n'
    + `${person.norm};${person.nik};${person.nomorkartu};Siti Nur Baya;Perempuan;1990-05-17;${person.nohp};Jl. Merdeka No. 10\n`;
  const res = await fetch(PASIEN + '/api/pasien/impor?format=csv', { method: 'POST', body: csv,
    headers: { ...(await staffAuth()), 'Content-Type': 'text/csv', Accept: 'application/json' } });
  const job = await res.json();
  assert.equal(res.status, 201, 'patient import: ' + JSON.stringify(job));
  assert.equal(job.created, 1, 'patient import: ' + JSON.stringify(job));
  return person;
}

/** A card whose simulated BPJS referrals send the member to the small poli (the simulator's 4th poli). */
const cardForSmallPoli = () => {
  const last = 4 * Math.floor(Math.random() * 249) + 3;
  return digits(10) + String(last).padStart(3, '0');
};

/** Waits until antrean-service's read model knows the patient (a walk-in is found there, never asked elsewhere). */
async function knownToTheKiosk(person, kioskAuth) {
  const deadline = Date.now() + 30000;
  let answer;
  while (Date.now() < deadline) {
    // a doctor code no rule accepts: nothing is taken, but an unknown patient is refused first
    answer = await http('POST', ANTREAN + '/api/anjungan/antrean', { nomorkartu: person.nomorkartu, nomorreferensi: 'x',
      jeniskunjungan: '1', kodepoli: SMALL_POLI, kodedokter: 'x', jampraktek: '00:00-23:59' }, kioskAuth);
    if (answer.status === 422 && !/pasien baru|terdaftar/i.test(answer.data.message)) return;
    await new Promise(r => setTimeout(r, 500));
  }
  assert.fail('the patient did not reach antrean-service: ' + JSON.stringify(answer && answer.data));
}

async function counterBooking(person, s, kodepoli) {
  const booking = await http('POST', ANTREAN + '/api/antrean', { nomorkartu: person.nomorkartu, nik: person.nik, nohp: person.nohp,
    kodepoli, norm: person.norm, tanggalperiksa: wibToday(), kodedokter: s.kodedokter, jampraktek: s.jadwal || s.jampraktek,
    jeniskunjungan: 1, nomorreferensi: 'E2E' + digits(10), jenispasien: 'JKN' }, await staffAuth());
  assert.equal(booking.status, 200, 'onsite booking: ' + JSON.stringify(booking.data));
  return booking.data;
}

async function kioskPage(idleSeconds = 300) {
  const context = await browser.newContext({ viewport: PORTRAIT, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
  const page = await context.newPage();
  const violations = watchPolicy(page);
  await page.goto(FARMASI + '/anjungan/?idle=' + idleSeconds);
  await page.waitForSelector('#layar-masuk:not(.hidden)', WAIT);
  await page.fill('#username', kioskUser);
  await page.fill('#password', KIOSK_PASSWORD);
  await page.click('#tombol-masuk');
  await page.waitForSelector('#layar-awal:not(.hidden)', WAIT);
  page.violations = violations;
  return page;
}

async function typeOnKeypad(page, text) {
  for (const key of text) await page.click(`#papan button[data-kunci="${key}"]`);
  assert.equal((await page.textContent('#masukan')).trim(), text);
}

async function toSmallPractice(page, person) {
  await page.click('#pilih-jkn');
  await page.waitForSelector('#layar-kode:not(.hidden)', WAIT);
  await typeOnKeypad(page, person.nomorkartu);
  await page.click('#kode-lanjut');
  await page.waitForSelector('#layar-rujukan:not(.hidden)', WAIT);
  await page.click('#daftar-rujukan button[data-rujukan]:has-text("MATA")');
  await page.waitForSelector(`#daftar-jadwal button[data-kodedokter="${SMALL_DOCTOR}"]`, WAIT);
}

before(async () => {
  kioskUser = 'anjungan' + digits(6);
  const created = await http('POST', ANTREAN + '/api/staff', { username: kioskUser, password: KIOSK_PASSWORD, roles: ['kiosk'] },
    await staffAuth());
  assert.equal(created.status, 201, 'kiosk account: ' + JSON.stringify(created.data));
  browser = await launch();
});

after(async () => {
  if (browser) await browser.close();
});

test('a returning patient checks in by typing the kodebooking and task 3 is recorded', async () => {
  const s = (await syncedSchedules('ANA', wibToday()))[0];
  const person = await returningPatient();
  const receipt = await counterBooking(person, s, 'ANA');
  const page = await kioskPage(900); // stays until its ticket is looked at, last

  await page.click('#pilih-checkin');
  await page.waitForSelector('#layar-kode:not(.hidden)', WAIT);
  await typeOnKeypad(page, receipt.kodebooking);
  await page.click('#kode-lanjut');
  await page.click(`#daftar-booking button[data-checkin="${receipt.kodebooking}"]`, WAIT);
  await page.waitForSelector('#layar-selesai:not(.hidden)', WAIT);
  assert.equal((await page.textContent('#nomor-besar')).trim(), receipt.nomorantrean);
  assert.match(await page.textContent('#arahan'), /ruang tunggu poli/);
  const screen = await page.textContent('body');
  for (const personal of [person.nik, person.nomorkartu, person.norm, person.nohp]) {
    assert.ok(!screen.includes(personal), 'personal data on the kiosk: ' + personal);
  }

  const auth = await staffAuth();
  const deadline = Date.now() + 30000;
  let tasks = [];
  while (Date.now() < deadline && !tasks.some(t => t.taskid === 3)) {
    const timeline = await http('GET', FARMASI + '/api/tasks/' + encodeURIComponent(receipt.kodebooking), undefined, auth);
    tasks = timeline.status === 200 ? timeline.data.tasks : [];
    if (!tasks.some(t => t.taskid === 3)) await new Promise(r => setTimeout(r, 500));
  }
  assert.deepEqual(tasks.map(t => t.taskid), [3], 'the visit starts at the poli (task 3), recorded once');
  assert.ok(Math.abs(tasks[0].waktu - Date.now()) < 5 * 60000, 'task 3 carries the real time of the check-in');
  assert.ok(await page.$('#cetak iframe#tiket'), 'the ticket is opened for printing');
  assert.deepEqual(page.violations, []);
  checkedIn = page;
});

test('a JKN walk-in takes the last place of a practice and the next walk-in is told it is full', async () => {
  const slots = await syncedSchedules(SMALL_POLI, wibToday());
  assert.ok(slots.some(x => String(x.kodedokter) === SMALL_DOCTOR), 'hfis-e2e.json has the small practice');
  const first = await returningPatient(cardForSmallPoli());
  const second = await returningPatient(cardForSmallPoli());
  const kioskAuth = { Authorization: 'Bearer ' + (await http('POST', ANTREAN + '/api/auth/login', { username: kioskUser, password: KIOSK_PASSWORD })).data.token };
  await knownToTheKiosk(first, kioskAuth);
  await knownToTheKiosk(second, kioskAuth);

  // the counter fills the practice up to its last JKN place
  const left = async () => (await http('GET', ANTREAN + '/api/anjungan/jadwal?kodepoli=' + SMALL_POLI, undefined, kioskAuth))
    .data.find(x => x.kodedokter === SMALL_DOCTOR).sisakuotajkn;
  while (await left() > 1) await counterBooking(await returningPatient(), slots.find(x => String(x.kodedokter) === SMALL_DOCTOR), SMALL_POLI);
  assert.equal(await left(), 1, 'the small practice has its last JKN place (a stack used earlier today may have none: start a fresh one)');

  const kioskA = await kioskPage();
  const kioskB = await kioskPage();
  await toSmallPractice(kioskA, first);
  await toSmallPractice(kioskB, second);
  assert.match(await kioskB.textContent(`#daftar-jadwal button[data-kodedokter="${SMALL_DOCTOR}"]`), /Sisa 1 antrean JKN/);

  await kioskA.click(`#daftar-jadwal button[data-kodedokter="${SMALL_DOCTOR}"]`);
  await kioskA.waitForSelector('#layar-selesai:not(.hidden)', WAIT);
  assert.match((await kioskA.textContent('#nomor-besar')).trim(), /\S/);
  assert.match(await kioskA.textContent('#arahan'), /ruang tunggu poli/, 'the walk-in is checked in at once');

  await kioskB.click(`#daftar-jadwal button[data-kodedokter="${SMALL_DOCTOR}"]`);
  await kioskB.waitForSelector('#layar-pesan:not(.hidden)', WAIT);
  assert.equal((await kioskB.textContent('#pesan')).trim(), 'Maaf, antrean JKN untuk dokter ini hari ini sudah penuh.');
  assert.match(await kioskB.textContent('#pesan-arahan'), /loket pendaftaran/);

  // the next walk-in sees the practice full before choosing
  await kioskB.click('#pesan-ok');
  await toSmallPractice(kioskB, second);
  const full = kioskB.locator(`#daftar-jadwal button[data-kodedokter="${SMALL_DOCTOR}"]`);
  assert.equal(await full.isDisabled(), true);
  assert.match(await full.textContent(), /Penuh/);
  assert.deepEqual([...kioskA.violations, ...kioskB.violations], []);
  await kioskA.context().close();
  await kioskB.context().close();
});

test('a kiosk left alone returns to its start and forgets what was typed', async () => {
  const page = await kioskPage(3);
  await page.click('#pilih-jkn');
  await page.waitForSelector('#layar-kode:not(.hidden)', WAIT);
  await typeOnKeypad(page, '0001234');
  await page.waitForSelector('#layar-awal:not(.hidden)', { timeout: 10000 });
  assert.equal((await page.textContent('#masukan')).trim(), '');
  await page.context().close();
});

// passes once the ticket page (/tiket/) is part of the build: it marks its body data-siap="1" when rendered
test('the check-in\'s ticket is rendered in the kiosk\'s hidden frame', async () => {
  assert.ok(checkedIn, 'the check-in test ran');
  await checkedIn.waitForFunction(() => {
    const frame = document.getElementById('tiket');
    const body = frame && frame.contentDocument && frame.contentDocument.body;
    return !!body && body.dataset.siap === '1';
  }, null, WAIT);
  await checkedIn.context().close();
});
