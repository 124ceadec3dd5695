// What the browser tests need of the running stack besides the browser: its addresses, calls to its public APIs
// to prepare test data (a staff token, the WS RS token, patients, bookings, check-ins), and fresh numbers.
import assert from 'node:assert/strict';

export const FARMASI = process.env.FARMASI_URL || 'http://localhost:8083';
export const ANTREAN = process.env.ANTREAN_URL || 'http://localhost:8081';
export const PASIEN = process.env.PASIEN_URL || 'http://localhost:8082';
export const SIMULATOR = process.env.SIMULATOR_URL || 'http://localhost:8089';
export const STAFF_USER = process.env.STAFF_ADMIN_USERNAME || 'admin';
export const STAFF_PASS = process.env.STAFF_ADMIN_PASSWORD || 'admin-local';
export const WSRS_USER = process.env.WSRS_USERNAME || 'mobilejkn';
export const WSRS_PASS = process.env.WSRS_PASSWORD || 'mobilejkn-local';
/** The poli the browser tests book at (the simulator's HFIS has its schedules). */
export const KODEPOLI = process.env.E2E_KODEPOLI || 'ANA';

export const wibToday = () => new Date(Date.now() + 7 * 3600000).toISOString().slice(0, 10);
export const wibPlusDays = n => new Date(Date.now() + 7 * 3600000 + n * 86400000).toISOString().slice(0, 10);

// No test file starts in the last six minutes of a WIB day: it waits for the new day. A visit is walked through in
// real time and lives on one day, as a patient's does: the practices close at 23:59 (an onsite booking for today is
// refused from then on) and BPJS takes a visit's task times only on its visit date.
const intoWibDay = () => (Date.now() + 7 * 3600000) % 86400000;
if (intoWibDay() >= (23 * 60 + 54) * 60000) {
  await new Promise(resolve => setTimeout(resolve, 86400000 - intoWibDay() + 1000));
}

export const digits = n => Array.from({ length: n }, (_, i) => (i === 0 ? 1 + Math.floor(Math.random() * 9) : Math.floor(Math.random() * 10))).join('');

export async function http(method, url, body, headers = {}) {
  const res = await fetch(url, { method, headers: { Accept: 'application/json', ...(body ? { 'Content-Type': 'application/json' } : {}), ...headers },
    body: body ? JSON.stringify(body) : undefined });
  const text = await res.text();
  let data = null;
  try { data = text ? JSON.parse(text) : null; } catch { data = text; }
  return { status: res.status, data };
}

export async function staffToken(username = STAFF_USER, password = STAFF_PASS) {
  const r = await http('POST', ANTREAN + '/api/auth/login', { username, password });
  assert.equal(r.status, 200, 'staff login at antrean-service: ' + JSON.stringify(r.data));
  return r.data.token;
}

/** The admin's bearer header. */
export async function staffAuth() {
  return { Authorization: 'Bearer ' + await staffToken() };
}

export async function wsrsHeaders() {
  const wsrs = await http('GET', ANTREAN + '/wsrs/token', undefined, { 'x-username': WSRS_USER, 'x-password': WSRS_PASS });
  const token = wsrs.data && wsrs.data.response && wsrs.data.response.token;
  assert.ok(token, 'WS RS token: ' + JSON.stringify(wsrs.data));
  return { 'x-token': token, 'x-username': WSRS_USER };
}

/** The poli's HFIS schedules of a day, imported (the first open one is the test's). */
export async function syncedSchedules(kodepoli, tanggal) {
  const sync = await http('POST', ANTREAN + '/api/jadwal/sync', { kodepoli, tanggal }, await staffAuth());
  assert.equal(sync.status, 200, 'jadwal sync: ' + JSON.stringify(sync.data));
  const schedules = (Array.isArray(sync.data) ? sync.data : sync.data.jadwal || []).filter(s => !s.libur);
  assert.ok(schedules.length > 0, 'the simulator has a schedule for ' + kodepoli + ' on ' + tanggal);
  return schedules;
}

/** A patient with a medical record, made through Mobile JKN's pasienbaru; {nomorkartu, nik, nohp, norm}. */
export async function registeredPatient(person = { nomorkartu: digits(13), nik: digits(16), nohp: '08' + digits(10) }) {
  const registered = await http('POST', PASIEN + '/wsrs/pasienbaru', { ...person, nomorkk: digits(16), nama: 'Siti Nur Baya',
    jeniskelamin: 'P', tanggallahir: '1990-05-17', alamat: 'Jl. Merdeka No. 10', kodeprop: '31', namaprop: 'DKI JAKARTA',
    kodedati2: '3171', namadati2: 'KOTA JAKARTA SELATAN', kodekec: '317101', namakec: 'TEBET', kodekel: '3171011001',
    namakel: 'MANGGARAI', rw: '001', rt: '002' }, await wsrsHeaders());
  assert.equal(registered.data.metadata.code, 200, 'pasienbaru: ' + JSON.stringify(registered.data));
  return { ...person, norm: registered.data.response.norm };
}

/** Checks the booking in now (as the kiosk or Mobile JKN would) and waits until the stations know; the first task. */
export async function checkIn(kodebooking) {
  const checkin = await http('POST', ANTREAN + '/wsrs/checkin', { kodebooking, waktu: Date.now() }, await wsrsHeaders());
  assert.equal(checkin.data.metadata.code, 200, 'check-in: ' + JSON.stringify(checkin.data));
  const auth = await staffAuth();
  const deadline = Date.now() + 30000;
  let timeline;
  while (Date.now() < deadline) {
    timeline = await http('GET', FARMASI + '/api/tasks/' + encodeURIComponent(kodebooking), undefined, auth);
    if (timeline.status === 200 && timeline.data.tasks.length > 0) break;
    await new Promise(r => setTimeout(r, 500));
  }
  assert.ok(timeline && timeline.status === 200 && timeline.data.tasks.length > 0, 'the check-in reached farmasi-task-service');
  return timeline.data.tasks[0].taskid;
}

/** An onsite booking for today at the first schedule of the poli, checked in now: {kodebooking, nomorantrean, firstTask}. */
export async function checkedInPatient(kodepoli = KODEPOLI) {
  const tanggal = wibToday();
  const s = (await syncedSchedules(kodepoli, tanggal))[0];
  // the patient gets a medical record first, as Mobile JKN's pasienbaru or the admission desk would make it
  const person = await registeredPatient();
  let booking;
  for (const jenispasien of ['JKN', 'NON JKN']) {
    booking = await http('POST', ANTREAN + '/api/antrean', { nomorkartu: person.nomorkartu, nik: person.nik, nohp: person.nohp,
      kodepoli, norm: '', tanggalperiksa: tanggal, kodedokter: s.kodedokter, jampraktek: s.jadwal || s.jampraktek,
      jeniskunjungan: 1, nomorreferensi: 'E2E' + digits(10), jenispasien }, await staffAuth());
    if (booking.status === 200) break;
  }
  assert.equal(booking.status, 200, 'onsite booking: ' + JSON.stringify(booking.data));
  const receipt = booking.data.response || booking.data;
  const firstTask = await checkIn(receipt.kodebooking);
  return { kodebooking: receipt.kodebooking, nomorantrean: receipt.nomorantrean, firstTask };
}
