// VClaim in the visit, end to end against a running stack and the BPJS simulator: at the counter the clerk sees
// the member's status and referrals before taking an onsite JKN number; at admission the SEP is issued from the
// booking's referral (a refused referral shows BPJS's own words) and shows on the visit's history; at the poli the
// surat kontrol is written for a date and doctor from BPJS's list (and an SPRI, the inpatient admission order), and
// Mobile JKN then books the control visit with the letter; the SEP cannot go while its letter stands, and once
// deleted its number is gone from the visit.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, DESKTOP, watchPolicy } from './browser.mjs';
import { FARMASI, ANTREAN, STAFF_USER, STAFF_PASS, wibToday, wibPlusDays, digits, http, staffAuth,
  syncedSchedules, registeredPatient, checkIn, wsrsHeaders, KODEPOLI } from './stack.mjs';

const WAIT = { timeout: 20000 };

let browser;
let member; // a JKN member the simulator knows as active, with a medical record here
let visit; // { kodebooking }

/** A card the simulator reads as an active member whose referrals it can show (its last digits, not 00). */
function activeCard() {
  let tail;
  do { tail = digits(6); } while (tail.endsWith('00'));
  return '0001000' + tail;
}

async function signIn(page, path) {
  await page.goto(FARMASI + path);
  await page.fill('#username', STAFF_USER);
  await page.fill('#password', STAFF_PASS);
  await page.click('#form-masuk button[type=submit]');
}

async function station(page, name) {
  await page.waitForSelector('#konsol:not(.hidden)', WAIT);
  await page.selectOption('#stasiun', name);
  if (name === 'poli') await page.fill('#kodepoli', KODEPOLI);
  await page.click('#tampilkan');
}

async function openVisit(page, kodebooking) {
  await page.fill('#v-kodebooking', kodebooking);
  await page.click('#v-tampil');
}

const message = async (page, id) => {
  await page.waitForSelector('#' + id + ':not(.hidden)', WAIT);
  return (await page.textContent('#' + id)).trim();
};
/** Waits until the page says what is expected (a message already shown is replaced by the next one). */
const says = (page, id, pattern) => page.waitForFunction(([id, source]) => {
  const el = document.getElementById(id);
  return el && !el.classList.contains('hidden') && new RegExp(source).test(el.textContent);
}, [id, pattern.source], WAIT);

async function vclaimOf(kodebooking) {
  const r = await http('GET', FARMASI + '/api/kunjungan/' + encodeURIComponent(kodebooking) + '/vclaim', undefined, await staffAuth());
  assert.equal(r.status, 200, JSON.stringify(r.data));
  return r.data;
}

before(async () => {
  await syncedSchedules(KODEPOLI, wibToday());
  const nomorkartu = activeCard();
  member = await registeredPatient({ nomorkartu, nik: '327' + nomorkartu, nohp: '08' + digits(10) });
  browser = await launch();
});

after(async () => { if (browser) await browser.close(); });

test('at the counter the clerk sees the member and the referrals, then takes the onsite JKN number', async () => {
  const page = await (await browser.newContext({ viewport: DESKTOP })).newPage();
  const violations = watchPolicy(page);
  await signIn(page, '/pendaftaran/');
  await page.waitForSelector('#isi:not(.hidden)', WAIT);

  // an inactive member is named so before anything is taken
  await page.fill('#nomorkartu', '0001000' + digits(4) + '00');
  await page.click('#cek-peserta');
  await page.waitForSelector('#status-peserta', WAIT);
  assert.match(await page.textContent('#status-peserta'), /TIDAK AKTIF/);
  assert.match(await page.textContent('#peserta'), /tidak dapat dilayani sebagai JKN/);

  await page.fill('#nomorkartu', member.nomorkartu);
  await page.click('#cek-peserta');
  await page.waitForFunction(() => /^AKTIF$/.test((document.getElementById('status-peserta') || {}).textContent || ''), null, WAIT);
  await page.waitForSelector('#rujukan tr button[data-rujukan]', WAIT);
  assert.equal(await page.inputValue('#nik'), member.nik, 'the NIK comes from BPJS\'s answer');
  await page.click('#rujukan tr:first-child button[data-rujukan]');
  const referral = await page.inputValue('#nomorreferensi');
  assert.match(referral, /^\w{19}$/, 'the chosen referral fills the booking');

  // the referral's poli is chosen when it practises today; otherwise the test's poli
  let option = await page.inputValue('#jadwal');
  if (!option) {
    option = await page.$$eval('#jadwal option', (opts, poli) => {
      const o = opts.find(x => !x.disabled && x.value !== '' && x.textContent.startsWith(poli + ' '));
      return o && o.value;
    }, KODEPOLI);
  }
  assert.ok(option, 'a practice with places today');
  await page.selectOption('#jadwal', option);
  const kodepoli = (await page.$eval('#jadwal', s => s.selectedOptions[0].textContent)).split(' ')[0];
  await page.click('#ambil');
  await page.waitForSelector('#nomor-baru', WAIT);
  const kodebooking = (await page.textContent('#nomor-baru strong')).trim();
  assert.ok(kodebooking.length > 4, 'the receipt names the kodebooking');
  visit = { kodebooking, referral, kodepoli };
  assert.deepEqual(violations, []);
});

test('admission issues the SEP from the booking, a refused referral in BPJS\'s words, and the SEP on the history', async () => {
  assert.ok(visit, 'the counter test made the visit');
  await checkIn(visit.kodebooking);
  const page = await (await browser.newContext({ viewport: DESKTOP })).newPage();
  const violations = watchPolicy(page);
  await signIn(page, '/stasiun/');
  await station(page, 'admisi');
  await openVisit(page, visit.kodebooking);
  await page.click('#v-sep-draf', WAIT);
  await page.waitForSelector('#v-sep-form', WAIT);
  // a visit to another poli than the referral's needs the reason (assesmentPel); nothing else is left to fill
  const missing = await page.$$eval('#v-sep-form .field.missing input', f => f.map(i => i.dataset.path));
  assert.ok(missing.length === 0 || (missing.length === 1 && missing[0] === 'assesmentPel'), JSON.stringify(missing));
  const complete = async () => { if (missing.length) await page.fill('#v-f-assesmentPel', '4'); };
  await complete();
  assert.equal(await page.inputValue('#v-f-noKartu'), member.nomorkartu);
  assert.equal(await page.inputValue('#v-f-rujukan-noRujukan'), visit.referral);
  assert.equal(await page.inputValue('#v-f-poli-tujuan'), visit.kodepoli);

  // a referral BPJS does not know (a hospital's number where the booking names primary care): refused in BPJS's
  // words, and nothing issued
  const unknown = visit.referral.slice(0, 12) + 'B' + visit.referral.slice(13);
  await page.fill('#v-f-rujukan-noRujukan', unknown);
  await page.click('#v-sep-terbit');
  const refusal = await message(page, 'pesan');
  assert.equal(refusal, 'SEP tidak terbit: No.Rujukan Tidak Ditemukan');
  assert.equal((await vclaimOf(visit.kodebooking)).sep, null, 'a refused SEP leaves nothing on the visit');

  // the clerk's form is kept as filled: the referral put back, the SEP issued, one even on a double click
  assert.equal(await page.inputValue('#v-f-rujukan-noRujukan'), unknown);
  // the member's referrals, from primary care and hospitals: the booking's one is chosen again
  await page.click('#v-rujukan-cari');
  await page.waitForSelector('#v-rujukan-tabel', WAIT);
  const rows = await page.$$eval('#v-rujukan-tabel tbody tr', trs => trs.map(tr => [tr.cells[0].textContent.trim(), tr.cells[1].textContent.trim()]));
  assert.ok(rows.some(([, asal]) => asal.startsWith('FKTP')) && rows.some(([, asal]) => asal.startsWith('RS')), JSON.stringify(rows));
  const index = rows.findIndex(([no]) => no === visit.referral);
  assert.ok(index >= 0, 'the booking\'s referral is among the member\'s: ' + JSON.stringify(rows));
  await page.click(`#v-rujukan-tabel button[data-pakai-rujukan="${index}"]`);
  assert.equal(await page.inputValue('#v-f-rujukan-noRujukan'), visit.referral);
  assert.equal(await page.inputValue('#v-f-rujukan-asalRujukan'), '1');
  await page.dblclick('#v-sep-terbit');
  await page.waitForSelector('#v-sep-nomor', WAIT);
  const nomor = (await page.textContent('#v-sep-nomor')).trim();
  assert.match(nomor, /^\w{19}$/, 'a SEP number: ' + nomor);
  assert.equal((await vclaimOf(visit.kodebooking)).sep.nomor, nomor);
  await page.waitForFunction(n => document.getElementById('riwayat').textContent.includes(n), nomor, WAIT);
  visit.sep = nomor;

  // changed and discharged from the same place
  const diag = await page.inputValue('#v-diag');
  await page.fill('#v-catatan', 'kontrol ulang satu minggu');
  await page.click('#v-sep-ubah button[type=submit]');
  await says(page, 'info', /SEP diubah di BPJS/);
  await page.fill('#v-tglpulang', wibToday());
  await page.selectOption('#v-statuspulang', '1');
  await page.click('#v-pulang button[type=submit]');
  await says(page, 'info', /Tanggal pulang disimpan/);
  const discharged = (await vclaimOf(visit.kodebooking)).sep;
  assert.equal(discharged.tglPulang, wibToday());
  assert.equal(discharged.diagAwal, diag);
  assert.deepEqual(violations, []);
});

test('the poli writes the surat kontrol and an SPRI, Mobile JKN books the control visit with the letter, and the SEP goes only after it', async () => {
  assert.ok(visit && visit.sep, 'the admission test issued the SEP');
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  page.on('dialog', d => d.accept());
  const violations = watchPolicy(page);
  await signIn(page, '/stasiun/');
  await station(page, 'poli');
  await openVisit(page, visit.kodebooking);
  const tanggal = wibPlusDays(7);
  await page.fill('#v-sk-tgl', tanggal, WAIT);
  await page.click('#v-sk-cari');
  await page.waitForSelector('input[name="v-sk-dokter"]', WAIT);
  await page.click('#v-sk-form-kirim');
  await page.waitForSelector('#v-sk-nomor', WAIT);
  const letter = (await page.textContent('#v-sk-nomor')).trim();
  assert.ok(letter.length >= 10, 'a letter number: ' + letter);
  await page.waitForFunction(n => document.getElementById('riwayat').textContent.includes(n), letter, WAIT);

  // an inpatient admission order (SPRI) on the member's card, from BPJS's doctors for inpatient care
  await page.fill('#v-spri-tgl', wibPlusDays(1));
  await page.click('#v-spri-cari');
  await page.waitForSelector('input[name="v-spri-dokter"]', WAIT);
  await page.click('#v-spri-form-kirim');
  await page.waitForSelector('#v-spri-nomor', WAIT);
  const spri = (await page.textContent('#v-spri-nomor')).trim();
  assert.ok(spri.length >= 10 && spri !== letter, 'an SPRI number: ' + spri);
  await page.waitForFunction(n => document.getElementById('riwayat').textContent.includes(n), spri, WAIT);
  assert.equal((await vclaimOf(visit.kodebooking)).spri.nomor, spri);

  // the next Mobile JKN booking refers to the letter (jeniskunjungan 3) and is taken
  const s = (await syncedSchedules(visit.kodepoli, tanggal))[0];
  const booked = await http('POST', ANTREAN + '/wsrs/ambilantrean', { nomorkartu: member.nomorkartu, nik: member.nik,
    nohp: member.nohp, kodepoli: visit.kodepoli, norm: member.norm, tanggalperiksa: tanggal, kodedokter: Number(s.kodedokter),
    jampraktek: s.jadwal || s.jampraktek, jeniskunjungan: 3, nomorreferensi: letter }, await wsrsHeaders());
  assert.equal(booked.data.metadata.code, 200, 'control booking: ' + JSON.stringify(booked.data));

  // admission cannot delete the SEP while its letter stands: told why
  await station(page, 'admisi');
  await openVisit(page, visit.kodebooking);
  await page.click('#v-sep-hapus', WAIT);
  await says(page, 'pesan', /^SEP tidak dihapus: .*surat kontrol/i);

  await page.click('#v-sk-hapus');
  await page.waitForFunction(() => !document.getElementById('v-sk-nomor'), null, WAIT);
  await page.click('#v-spri-hapus');
  await page.waitForFunction(() => !document.getElementById('v-spri-nomor'), null, WAIT);
  await page.click('#v-sep-hapus');
  await page.waitForSelector('#v-sep-draf', WAIT);
  assert.equal(await page.$('#v-sep-nomor'), null, 'the SEP number is gone from the visit');
  const after = await vclaimOf(visit.kodebooking);
  assert.equal(after.sep, null);
  assert.equal(after.suratKontrol, null);
  assert.equal(after.spri, null);
  await page.waitForFunction(n => !document.getElementById('riwayat').textContent.includes(n), visit.sep, WAIT);
  assert.deepEqual(violations, []);
  await context.close();
});
