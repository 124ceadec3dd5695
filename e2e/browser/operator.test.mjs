// The operator console (/operator/, admin), end to end against a running stack and the BPJS simulator: a task BPJS
// refused is shown parked and, once the cause is gone, replayed from the console until it reaches the simulator; a
// reconciliation shows what BPJS lacks before anything is sent; a horizon sync shows its progress to the end; a staff
// account made in the console signs in, and once disabled does not. Nothing of it opens for a non-admin token.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, DESKTOP, watchPolicy } from './browser.mjs';
import { FARMASI, ANTREAN, SIMULATOR, STAFF_USER, STAFF_PASS, KODEPOLI, wibToday, digits, http, staffAuth, checkedInPatient } from './stack.mjs';

const WAIT = { timeout: 30000 };
const UPDATEWAKTU = '/antreanrs/antrean/updatewaktu';

let browser;

/** BPJS (the simulator) answers updatewaktu with this code and does not run it, until cleared or for `calls` calls. */
async function bpjsAnswers(code, message, calls = 0) {
  const r = await http('POST', SIMULATOR + '/admin/faults', { mode: 'CODE', code, message, calls, path: UPDATEWAKTU });
  assert.equal(r.status, 200, 'fault: ' + JSON.stringify(r.data));
}
const clearFault = () => http('DELETE', SIMULATOR + '/admin/faults');

/** The updatewaktu calls of a booking the simulator received and answered itself (not a fault), in order. */
async function receivedTasks(kodebooking) {
  const r = await http('GET', SIMULATOR + '/admin/received?path=' + UPDATEWAKTU);
  return r.data.filter(c => c.code !== 'FAULT' && String(c.body).includes(kodebooking));
}
const heldTasks = async kodebooking => {
  const r = await http('GET', SIMULATOR + '/admin/tasks/' + encodeURIComponent(kodebooking));
  return r.status === 200 ? r.data.map(t => t.taskid) : [];
};

async function until(what, check, ms = 60000) {
  const deadline = Date.now() + ms;
  let last;
  while (Date.now() < deadline) {
    last = await check();
    if (last) return last;
    await new Promise(r => setTimeout(r, 500));
  }
  assert.fail('waited ' + ms / 1000 + ' s for ' + what);
}

/** The booking's deliveries as the console reads them (through farmasi's origin). */
async function deliveries(kodebooking, auth) {
  const r = await http('GET', FARMASI + '/bpjs/deliveries?kodebooking=' + encodeURIComponent(kodebooking), undefined, auth);
  assert.equal(r.status, 200, 'deliveries: ' + JSON.stringify(r.data));
  return r.data;
}

async function signIn(page, tab, username = STAFF_USER, password = STAFF_PASS) {
  await page.goto(FARMASI + '/operator/#' + tab);
  await page.fill('#username', username);
  await page.fill('#password', password);
  await page.click('#tombol-masuk');
}

before(async () => {
  browser = await launch();
});

after(async () => {
  await clearFault();
  if (browser) await browser.close();
});

test('a task BPJS refused is shown parked, replayed from the console and arrives at BPJS', async () => {
  const auth = await staffAuth();
  await bpjsAnswers(201, 'TaskId tidak sesuai (uji konsol)');
  let patient;
  try {
    patient = await checkedInPatient(KODEPOLI);
    await until('the task parked', async () => (await deliveries(patient.kodebooking, auth)).some(d => d.status === 'PARKED'));
  } finally {
    await clearFault();
  }
  const kb = patient.kodebooking;

  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  const violations = watchPolicy(page);
  await signIn(page, 'pengiriman');
  await page.waitForSelector(`#tabel-hari tr[data-tanggal="${wibToday()}"]`, WAIT);
  await page.fill('#r-kodebooking', kb);
  await page.selectOption('#r-status', 'PARKED');
  await page.click('#tampilkan');
  const row = `#tabel-kiriman tr[data-kodebooking="${kb}"][data-status="PARKED"]`;
  await page.waitForSelector(row, WAIT);
  const shown = await page.textContent(row);
  assert.match(shown, /diparkir/);
  assert.match(shown, /201/, 'BPJS code shown');
  assert.match(shown, /TaskId tidak sesuai \(uji konsol\)/, 'BPJS message shown');
  assert.deepEqual(await receivedTasks(kb), [], 'nothing of the task reached BPJS yet');

  await page.click(row + ' button[data-act=kirim]');
  await page.waitForSelector('#info:not(.hidden)', WAIT);
  assert.match(await page.textContent('#info'), /diantrekan lagi/);
  const arrived = await until('the replayed task at the simulator', async () => {
    const calls = await receivedTasks(kb);
    return calls.find(c => c.code === '200' && JSON.parse(c.body).taskid === patient.firstTask);
  });
  assert.ok(arrived);
  assert.ok((await heldTasks(kb)).includes(patient.firstTask), 'BPJS holds the task');
  await until('the delivery shown delivered', async () => (await deliveries(kb, auth)).every(d => d.status === 'DELIVERED'));
  assert.deepEqual(violations, []);
  await context.close();
});

test('a reconciliation shows what BPJS lacks and sends it only once confirmed', async () => {
  const auth = await staffAuth();
  // BPJS answers the task "already there" (208) and then does not hold it
  await bpjsAnswers(208, 'TaskId sudah ada', 1);
  let patient;
  try {
    patient = await checkedInPatient(KODEPOLI);
    await until('the task delivered', async () => (await deliveries(patient.kodebooking, auth))
      .some(d => d.delivery === 'UPDATE_WAKTU' && d.status === 'DELIVERED'));
  } finally {
    await clearFault();
  }
  const kb = patient.kodebooking;
  assert.ok(!(await heldTasks(kb)).includes(patient.firstTask), 'BPJS lacks the task');

  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  const violations = watchPolicy(page);
  await signIn(page, 'pengiriman');
  await page.waitForSelector('#isi:not(.hidden)', WAIT);
  await page.fill('#rekon-tanggal', wibToday());
  await page.click('#rekon-bandingkan');
  const row = `#tabel-rekon tr[data-kodebooking="${kb}"]`;
  await page.waitForSelector(row, WAIT);
  assert.match(await page.textContent(row), new RegExp('task ' + patient.firstTask));
  assert.match(await page.textContent('#rekon-ringkas'), /belum dikirim/);
  await new Promise(r => setTimeout(r, 2000));
  assert.deepEqual(await receivedTasks(kb), [], 'the preview sent nothing');

  // the first confirmation is declined: still nothing goes
  page.once('dialog', d => d.dismiss());
  await page.click('#rekon-kirim');
  await new Promise(r => setTimeout(r, 1500));
  assert.deepEqual(await receivedTasks(kb), [], 'a declined confirmation sent nothing');

  page.once('dialog', d => d.accept());
  await page.click('#rekon-kirim');
  await page.waitForSelector('#info:not(.hidden)', WAIT);
  assert.match(await page.textContent('#info'), /dikirim ulang/);
  await until('the task at BPJS', async () => (await heldTasks(kb)).includes(patient.firstTask));
  assert.deepEqual(violations, []);
  await context.close();
});

test('a horizon sync started in the console shows its progress and syncs every poli for 90 days', async () => {
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  const violations = watchPolicy(page);
  await signIn(page, 'jadwal');
  await page.waitForSelector('#tabel-sinkron tbody tr', WAIT);
  await page.click('#sinkron-mulai');
  await page.waitForSelector('#sinkron-jalan:not(.hidden)', WAIT);
  await until('the sync to finish', async () => (await page.getAttribute('#sinkron-jalan', 'data-state')) === 'DONE', 300000);
  assert.equal(await page.evaluate(() => document.getElementById('sinkron-kemajuan').value), 100);
  assert.match(await page.textContent('#sinkron-label'), /100% · selesai/);
  assert.match(await page.textContent('#info'), /Sinkronisasi jadwal selesai/);

  const runs = await http('GET', FARMASI + '/api/jadwal/sinkron-horizon?limit=1', undefined, await staffAuth());
  const run = runs.data[0];
  assert.equal(run.state, 'DONE');
  assert.equal(run.failed, 0, 'no poli day failed');
  assert.equal(run.done, run.total);
  // every poli, each from today to the 90th day (91 days)
  assert.equal(run.total % 91, 0, 'whole horizons: ' + run.total);
  assert.ok(run.total / 91 >= 2, 'every configured poli: ' + run.total / 91);
  const last = new Date(Date.now() + 7 * 3600000 + 90 * 86400000).toISOString().slice(0, 10);
  const schedules = await http('GET', FARMASI + '/api/jadwal?tanggal=' + last + '&kodepoli=' + KODEPOLI, undefined, await staffAuth());
  assert.equal(schedules.status, 200);
  assert.deepEqual(violations, []);
  await context.close();
});

test('a staff account made in the console signs in, and once disabled cannot; nothing opens for it', async () => {
  const username = 'operator' + digits(6);
  const password = 'sandi-awal-' + username;
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  const violations = watchPolicy(page);
  await signIn(page, 'akun');
  await page.waitForSelector('#tabel-akun tbody tr', WAIT);
  await page.fill('#akun-username', username);
  await page.fill('#akun-password', password);
  await page.check('#akun-peran input[value=poli]');
  await page.click('#akun-buat');
  const row = `#tabel-akun tr[data-username="${username}"]`;
  await page.waitForSelector(row, WAIT);
  assert.match(await page.textContent(row), /aktif/);

  // the new account signs in (at the operator console it is told the page is for administrators)
  const other = await (await browser.newContext({ viewport: DESKTOP })).newPage();
  await signIn(other, 'pengiriman', username, password);
  await other.waitForSelector('#pesan:not(.hidden)', WAIT);
  assert.match(await other.textContent('#pesan'), /hanya untuk administrator/);
  assert.ok(await other.isHidden('#isi'));
  const token = await other.evaluate(() => sessionStorage.getItem('antrean.token'));
  assert.ok(token, 'signed in');
  const poli = { Authorization: 'Bearer ' + token };
  for (const [method, path] of [['GET', '/api/staff'], ['POST', '/api/staff'], ['PUT', '/api/staff/' + username + '/disabled'],
    ['GET', '/bpjs/deliveries?status=PARKED'], ['GET', '/bpjs/deliveries/backlog'], ['POST', '/bpjs/deliveries/replay?tanggal=' + wibToday()],
    ['GET', '/bpjs/reconcile?tanggal=' + wibToday()], ['POST', '/bpjs/reconcile?tanggal=' + wibToday()], ['GET', '/api/dead-letters'],
    ['POST', '/api/jadwal/sinkron-horizon'], ['GET', '/api/jadwal/sinkron-horizon'], ['GET', '/api/simrs-clients']]) {
    const r = await http(method, FARMASI + path, method === 'GET' ? undefined : {}, poli);
    assert.equal(r.status, 403, method + ' ' + path + ' for a poli token: ' + JSON.stringify(r.data));
  }

  page.once('dialog', d => d.accept());
  await page.click(row + ' button[data-act=nonaktifkan]');
  await page.waitForFunction(sel => /nonaktif/.test(document.querySelector(sel).textContent), row, WAIT);
  const login = await http('POST', ANTREAN + '/api/auth/login', { username, password });
  assert.equal(login.status, 401, 'a disabled account is refused');
  await other.click('#keluar');
  await signIn(other, 'pengiriman', username, password);
  await other.waitForFunction(() => /Gagal masuk: .*dinonaktifkan/.test(document.getElementById('pesan').textContent), undefined, WAIT);
  assert.deepEqual(violations, []);
  await other.context().close();
  await context.close();
});
