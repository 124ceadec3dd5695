// Screenshots of every page at 1366x768 and at phone size, into docs/screenshots/.
// The pages are served from the module's resources by a small local server with fixed, invented example data,
// so the pictures do not depend on a running stack (SCREENSHOT_BASE_URL=<farmasi url> takes them live instead,
// after setting STAFF_TOKEN for the staff pages).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, DESKTOP, PHONE } from './browser.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const root = path.join(repo, 'farmasi-task-service/src/main/resources/META-INF/resources');
const out = path.join(repo, 'docs/screenshots');
fs.mkdirSync(out, { recursive: true });

const now = Date.now();
const min = m => now - m * 60000;
const today = new Date(now + 7 * 3600000).toISOString().slice(0, 10);
const d = (status, message, code) => ({ status, code: code ?? null, message: message ?? null });
const entry = (kodebooking, nomor, angka, norm, taskid, waktu, extra = {}) => ({ kodebooking, nomorantrean: nomor,
  angkaantrean: angka, norm, kodepoli: 'ANA', kodedokter: '31486', jampraktek: '08:00-12:00', pasienbaru: 0, taskid,
  waktu, nomorfarmasi: null, jenisresep: null, ...extra });
const poliQueue = {
  station: 'poli', tanggal: today, kodepoli: 'ANA', kodedokter: null, jampraktek: null, total: 14,
  waiting: [entry('20261122ANA0013', 'ANA-13', 13, '00123457', 3, min(41)), entry('20261122ANA0014', 'ANA-14', 14, '00123999', 3, min(33)),
    entry('20261122ANA0015', 'ANA-15', 15, '00098812', 3, min(20)), entry('20261122ANA0017', 'ANA-17', 17, '00145520', 3, min(12)),
    entry('20261122ANA0018', 'ANA-18', 18, '00151002', 3, min(4))],
  inService: [entry('20261122ANA0012', 'ANA-12', 12, '00087310', 4, min(6))], ready: [],
  calledLast: { entry: entry('20261122ANA0012', 'ANA-12', 12, '00087310', 4, min(6)), taskid: 4, waktu: min(6) } };
const timeline = kb => ({ kodebooking: kb, source: 'MOBILE_JKN', pasienbaru: 0, tanggalperiksa: today, kodepoli: 'ANA',
  kodedokter: '31486', jampraktek: '08:00-12:00', nomorantrean: 'ANA-' + kb.slice(-2), angkaantrean: Number(kb.slice(-2)), status: 'open', jenisresep: null, farmasi: null,
  tasks: kb.endsWith('12') ? [
    { taskid: 3, taskname: 'tunggu poli', waktu: min(52), recordedAt: min(52), delivery: d('delivered', 'Ok', 200) },
    { taskid: 4, taskname: 'layan poli', waktu: min(6), recordedAt: min(6), delivery: d('pending') }]
    : kb.endsWith('15') ? [{ taskid: 3, taskname: 'tunggu poli', waktu: min(20), recordedAt: min(20), delivery: d('rejected', 'TaskId=2 belum ada', 201) }]
    : [{ taskid: 3, taskname: 'tunggu poli', waktu: min(30), recordedAt: min(30), delivery: d('delivered', 'Ok', 200) }] });
const board = station => station === 'poli'
  ? { station, tanggal: today, kodepoli: 'ANA', called: { nomor: 'ANA-12', norm: '00087310', inisial: 'S.N.B.', waktu: min(6) },
    next: ['ANA-13', 'ANA-14', 'ANA-15', 'ANA-17', 'ANA-18'].map(nomor => ({ nomor, status: 'menunggu' })), menunggu: 5, updatedAt: now }
  : { station, tanggal: today, kodepoli: null, called: { nomor: '7', norm: '00123457', inisial: 'B.S.', waktu: min(2) },
    next: [{ nomor: '8', status: 'disiapkan' }, { nomor: '9', status: 'disiapkan' }, { nomor: '10', status: 'menunggu' }, { nomor: '11', status: 'menunggu' }],
    menunggu: 4, updatedAt: now };
const m = (count, avg, mn, mx) => ({ count, averageSeconds: avg, minSeconds: mn, maxSeconds: mx });
const times = { admisi: { tunggu: m(9, 540, 120, 1260), layan: m(9, 300, 120, 660) }, poli: { tunggu: m(31, 2280, 420, 4800), layan: m(29, 660, 240, 1500) },
  farmasi: { tunggu: m(18, 1140, 300, 2700), layan: m(16, 780, 180, 1800) } };
const statistik = { tanggal: today, total: { kodepoli: null, visits: 42, ...times }, perPoli: [] };
const dashboard = { tanggal: today, kodepoli: null, kunjungan: 42, sumber: { MOBILE_JKN: 29, ONSITE: 13 }, status: { open: 11, ended: 2, cancelled: 1 },
  tasks: { delivered: 151, pending: 6, rejected: 2 },
  perTask: { 1: { delivered: 9, pending: 0, rejected: 0 }, 2: { delivered: 9, pending: 0, rejected: 0 }, 3: { delivered: 38, pending: 1, rejected: 1 },
    4: { delivered: 31, pending: 1, rejected: 0 }, 5: { delivered: 28, pending: 2, rejected: 1 }, 6: { delivered: 18, pending: 1, rejected: 0 }, 7: { delivered: 16, pending: 1, rejected: 0 } },
  farmasi: { delivered: 20, pending: 1, rejected: 0 } };
// VClaim in the visit: ANA-12 has its SEP and surat kontrol; the others none yet (the admission drafts one)
const plusDays = n => new Date(now + 7 * 3600000 + n * 86400000).toISOString().slice(0, 10);
const sepOf = kb => kb.endsWith('12') ? { nomor: '0301R0111126V000412', state: 'ISSUED', tglSep: today, diagAwal: 'J06.9',
  diagnosa: 'J06.9 - Acute upper respiratory infection, unspecified', poli: 'ANA', namaPoli: 'ANAK', tglPulang: null,
  statusPulang: null, issuedBy: 'admisi.rina', issuedAt: min(45), updatedAt: min(45) } : null;
const letterOf = kb => kb.endsWith('12') ? { nomor: '0301R0111126K000087', state: 'ISSUED', noSep: '0301R0111126V000412',
  tglRencanaKontrol: plusDays(7), kodeDokter: '31486', namaDokter: 'dr. Ratna Dewi, Sp.A', poliKontrol: 'ANA',
  issuedBy: 'perawat.ana', issuedAt: min(3), updatedAt: min(3) } : null;
const peserta = { noKartu: '0001000412870', nama: 'SITI NURBAYA', nik: '3270001000412870', statusPeserta: { kode: '0', keterangan: 'AKTIF' },
  hakKelas: { kode: '2', keterangan: 'KELAS II' }, jenisPeserta: { kode: '14', keterangan: 'PEKERJA MANDIRI' },
  provUmum: { kdProvider: '0301U069', nmProvider: 'PUSKESMAS TEBET' }, mr: { noMR: '00123457', noTelepon: '081212340987' } };
const rujukan = [0, 1].map(i => ({ noKunjungan: '0301U0691126P' + (412870 + i), tglKunjungan: plusDays(-5 - 20 * i),
  poliRujukan: { kode: 'ANA', nama: 'ANAK' }, provPerujuk: { kode: '0301U069', nama: 'PUSKESMAS TEBET' },
  diagnosa: { kode: 'J06.9', nama: 'J06.9 - Acute upper respiratory infection, unspecified' } }));
const draft = { peserta, rujukan: rujukan[0], suratKontrol: null, missing: [], request: { t_sep: { noKartu: peserta.noKartu, tglSep: today,
  ppkPelayanan: '0301R011', jnsPelayanan: '2', klsRawat: { klsRawatHak: '2', klsRawatNaik: '', pembiayaan: '', penanggungJawab: '' },
  noMR: '00123457', rujukan: { asalRujukan: '1', tglRujukan: rujukan[0].tglKunjungan, noRujukan: rujukan[0].noKunjungan, ppkRujukan: '0301U069' },
  catatan: '', diagAwal: 'J06.9', poli: { tujuan: 'ANA', eksekutif: '0' }, cob: { cob: '0' }, katarak: { katarak: '0' },
  jaminan: { lakaLantas: '0', noLP: '', penjamin: { tglKejadian: '', keterangan: '', suplesi: { suplesi: '0', noSepSuplesi: '',
    lokasiLaka: { kdPropinsi: '', kdKabupaten: '', kdKecamatan: '' } } } }, tujuanKunj: '0', flagProcedure: '', kdPenunjang: '',
  assesmentPel: '', skdp: { noSurat: '', kodeDPJP: '' }, dpjpLayan: '31486', noTelp: '081212340987', user: 'admisi.rina' } } };
const slots = [['ANA', 'ANAK', '31486', 'dr. Ratna Dewi, Sp.A', '08:00-12:00', 30, 12], ['ANA', 'ANAK', '31490', 'dr. Budi Santoso, Sp.A', '13:00-16:00', 20, 0],
  ['INT', 'PENYAKIT DALAM', '44120', 'dr. Hendra Wijaya, Sp.PD', '08:00-12:00', 40, 23], ['MAT', 'MATA', '51002', 'dr. Lestari, Sp.M', '09:00-12:00', 15, 4]]
  .map(([kodepoli, namapoli, kodedokter, namadokter, jampraktek, kuotajkn, sisa]) => ({ kodepoli, namapoli, kodedokter, namadokter,
    tanggal: today, jampraktek, kuotajkn, sisakuotajkn: sisa, kuotanonjkn: 10, sisakuotanonjkn: 6, tutup: false }));
// the operator console: a day with a parked task, a reconciliation's differences, a horizon sync half way, accounts
const backlog = [{ tanggal: plusDays(-1), pending: 0, parked: 1, oldestPendingAt: null }, { tanggal: today, pending: 4, parked: 2, oldestPendingAt: min(3) }];
const delivery = (id, kodebooking, delivery, taskid, status, code, message, at) => ({ id, sourceEventId: 'e' + id, kodebooking, delivery,
  source: 'MOBILE_JKN', taskid, tanggal: today, status, attempts: status === 'PENDING' ? 0 : 1, nextAttemptAt: null, code, message, createdAt: min(at), finishedAt: null });
const deliveryList = [delivery(901, '20261122ANA0015', 'UPDATE_WAKTU', 3, 'PARKED', 201, 'TaskId=2 belum ada', 20),
  delivery(902, '20261122ANA0015', 'UPDATE_WAKTU', 4, 'PENDING', null, null, 12),
  delivery(917, '20261122INT0007', 'UPDATE_WAKTU', 5, 'PARKED', 201, 'Waktu tidak boleh lebih kecil dari task sebelumnya', 9)];
const reconcile = { tanggal: today, bookingsChecked: 38, resent: [], unreachable: [], missing: [
  { kodebooking: '20261122ANA0009', delivery: 'UPDATE_WAKTU', taskid: 5, deliveryId: 811, bpjsTasks: [3, 4] },
  { kodebooking: '20261122ANA0009', delivery: 'UPDATE_WAKTU', taskid: 6, deliveryId: 812, bpjsTasks: [3, 4] }] };
const deadLetters = [{ topic: 'antrean.tasks.dlq', partition: 0, offset: 4, key: '20261122MAT0002', reason: 'not a task event: missing taskid',
  service: 'vclaim-gateway', at: min(95), sourceTopic: 'antrean.tasks', sourcePartition: 3, sourceOffset: 18231 }];
const run = { id: 42, state: 'RUNNING', total: 273, done: 161, failed: 0, startedBy: 'admin', startedAt: new Date(min(1)).toISOString(), finishedAt: null, failures: [] };
const runs = [run, { ...run, id: 41, state: 'DONE', done: 273, startedBy: 'nightly', startedAt: new Date(min(1200)).toISOString(), finishedAt: new Date(min(1195)).toISOString() }];
const changes = [{ kodepoli: 'ANA', kodedokter: 31486, namadokter: 'dr. Ratna Dewi, Sp.A', tanggal: plusDays(3), jampraktek: '08:00-12:00', jenis: 'LIBUR',
  sebelum: '30', sesudah: null, jumlahBooking: 2, perluTindakan: true, waktu: min(1196), booking: [{ kodebooking: '20261125ANA0001', nomorantrean: 'A-1', norm: '00123457' },
  { kodebooking: '20261125ANA0002', nomorantrean: 'A-2', norm: '00123999' }] },
  { kodepoli: 'INT', kodedokter: 44120, namadokter: 'dr. Hendra Wijaya, Sp.PD', tanggal: plusDays(10), jampraktek: '08:00-12:00', jenis: 'KUOTA',
    sebelum: '40', sesudah: '30', jumlahBooking: 0, perluTindakan: false, waktu: min(1196), booking: [] }];
const staff = [['admin', ['admin'], false], ['admisi.rina', ['admisi'], false], ['apoteker.budi', ['farmasi'], false], ['perawat.ana', ['poli'], false],
  ['perawat.lama', ['poli'], true]].map(([username, roles, disabled]) => ({ username, roles, disabled, tokensValidAfter: disabled ? Math.floor(min(4000) / 1000) : 0 }));
const simrsClients = [{ clientId: 'simrs-utama', scopes: ['simrs-onsite', 'simrs-tasks', 'simrs-read'], disabled: false }];

// the lobby kiosk: a Mobile JKN booking of today, and a walk-in member's referrals (nothing personal, as the API)
const kioskBooking = { kodebooking: 'K7M2QX9RT4PB', nomorantrean: 'ANA-14', kodepoli: 'ANA', namapoli: 'ANAK',
  namadokter: 'dr. Ratna Dewi, Sp.A', tanggalperiksa: today, jampraktek: '08:00-12:00', estimasidilayani: now + 42 * 60000,
  status: 'ACTIVE', checkinTask: null };
const kioskMember = { aktif: true, status: 'AKTIF', rujukan: rujukan.map((r, i) => ({ noKunjungan: r.noKunjungan,
  jeniskunjungan: 1, kodepoli: 'ANA', namapoli: 'ANAK', tglKunjungan: r.tglKunjungan, berlakuSampai: plusDays(85 - 20 * i),
  perujuk: 'PUSKESMAS TEBET' })) };
// a token the pages accept (they only read its claims; the fixture server does not check it)
const b64 = o => Buffer.from(JSON.stringify(o)).toString('base64url');
const tokenOf = (upn, groups) => b64({ alg: 'none' }) + '.' + b64({ upn, groups, exp: Math.floor(now / 1000) + 3600 }) + '.x';
const token = tokenOf('perawat.ana', ['poli']);

// the ticket of ANA-12; its QR code as farmasi-task-service draws it (TicketQr) for that kodebooking
const tiket = { rumahSakit: 'RSUD Sehat Sentosa', kodebooking: '20261122ANA0012', nomorantrean: 'ANA-12', angkaantrean: 12,
  jenispasien: 'JKN', kodepoli: 'ANA', namapoli: 'ANAK', kodedokter: '31486', namadokter: 'dr. Ratna Dewi, Sp.A',
  tanggalperiksa: '2026-11-23', tanggal: 'Senin, 23 November 2026', jampraktek: '08:00-12:00', estimasidilayani: null,
  estimasi: '08:40', dicetak: now, qrSvg: fs.readFileSync(path.join(here, 'fixtures/tiket-20261122ANA0012-qr.svg'), 'utf8') };

const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.png': 'image/png' };
function json(res, body) { res.writeHead(200, { 'Content-Type': 'application/json' }); res.end(JSON.stringify(body)); }
const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  const p = url.pathname;
  if (p === '/api/display/stream') {
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
    res.write('data: {"type":"ready"}\n\n');
    return;
  }
  if (p.startsWith('/api/display/poli/')) return json(res, board('poli'));
  if (p === '/api/display/farmasi') return json(res, board('farmasi'));
  if (p.startsWith('/api/antrean/poli/')) return json(res, poliQueue);
  if (p === '/api/antrean/admisi') return json(res, { ...poliQueue, station: 'admisi', inService: [] });
  const visit = /^\/api\/kunjungan\/([^/]+)\/(.*)$/.exec(p);
  if (visit && visit[2] === 'vclaim') return json(res, { kodebooking: visit[1], sep: sepOf(visit[1]), suratKontrol: letterOf(visit[1]), spri: null });
  if (visit && visit[2] === 'sep/draf') return json(res, draft);
  if (p === '/api/jadwal') return json(res, slots);
  if (p.startsWith('/bpjs/vclaim/peserta/')) return json(res, peserta);
  if (p.startsWith('/bpjs/vclaim/rujukan/list/peserta/')) return json(res, { rujukan });
  if (p === '/api/anjungan/booking') return json(res, [kioskBooking]);
  if (p.endsWith('/checkin') && p.startsWith('/api/anjungan/booking/')) return json(res, { ...kioskBooking, checkinTask: 3 });
  if (p === '/bpjs/anjungan/peserta') return json(res, kioskMember);
  if (p === '/api/anjungan/jadwal') return json(res, slots.filter(s => s.kodepoli === (url.searchParams.get('kodepoli') || s.kodepoli)));
  if (p.startsWith('/api/tasks/')) {
    const kb = decodeURIComponent(p.slice(11));
    return json(res, { ...timeline(kb), sep: sepOf(kb), suratKontrol: letterOf(kb) });
  }
  if (p === '/bpjs/deliveries/backlog') return json(res, backlog);
  if (p === '/bpjs/deliveries') return json(res, deliveryList.filter(x => !url.searchParams.get('status') || x.status === url.searchParams.get('status')));
  if (p === '/bpjs/reconcile') return json(res, reconcile);
  if (p === '/api/dead-letters') return json(res, deadLetters);
  if (p === '/api/jadwal/sinkron-horizon') return json(res, runs);
  if (p === '/api/jadwal/sinkron-horizon/42') return json(res, run);
  if (p === '/api/jadwal/perubahan') return json(res, changes);
  if (p === '/api/staff') return json(res, staff);
  if (p === '/api/simrs-clients') return json(res, simrsClients);
  if (p.startsWith('/api/tiket/')) return json(res, tiket);
  if (p === '/api/statistik') return json(res, statistik);
  if (p === '/api/dashboard') return json(res, dashboard);
  let file = path.join(root, path.normalize(p));
  if (!file.startsWith(root)) { res.writeHead(404); return res.end(); }
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!fs.existsSync(file)) { res.writeHead(404); return res.end(); }
  res.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream' });
  fs.createReadStream(file).pipe(res);
});
await new Promise(r => server.listen(0, '127.0.0.1', r));
const base = process.env.SCREENSHOT_BASE_URL || 'http://127.0.0.1:' + server.address().port;

const pages = [
  { name: 'stasiun-poli', path: '/stasiun/?stasiun=poli&kodepoli=ANA', staff: true, after: async page => {
    await page.waitForSelector('#tunggu tr');
    await page.click('#tunggu tr:nth-child(3) button[data-act=detail]');
    await page.waitForSelector('#riwayat .timeline');
  } },
  { name: 'stasiun-poli-suratkontrol', path: '/stasiun/?stasiun=poli&kodepoli=ANA', staff: true, after: async page => {
    await page.waitForSelector('#dilayani .serving');
    await page.click('#dilayani button[data-act=detail-s]');
    await page.waitForSelector('#v-sk-nomor');
  } },
  { name: 'stasiun-admisi-sep', path: '/stasiun/?stasiun=admisi', staff: true, token: tokenOf('admisi.rina', ['admisi']), after: async page => {
    await page.waitForSelector('#tunggu tr');
    await page.click('#tunggu tr:nth-child(1) button[data-act=detail]');
    await page.click('#v-sep-draf');
    await page.waitForSelector('#v-sep-form');
  } },
  { name: 'pendaftaran', path: '/pendaftaran/', staff: true, token: tokenOf('admisi.rina', ['admisi']), after: async page => {
    await page.fill('#nomorkartu', peserta.noKartu);
    await page.click('#cek-peserta');
    await page.waitForSelector('#rujukan tr button[data-rujukan]');
    await page.click('#rujukan tr:first-child button[data-rujukan]');
  } },
  { name: 'stasiun-login', path: '/stasiun/', staff: false },
  { name: 'display-poli', path: '/display/poli.html?kodepoli=ANA&nama=Poli%20Anak', wait: '#berikut li' },
  { name: 'display-farmasi', path: '/display/farmasi.html', wait: '#berikut li' },
  { name: 'dashboard', path: '/dashboard/', staff: true, wait: '#c-kirim svg' },
  { name: 'operator-pengiriman', path: '/operator/#pengiriman', staff: true, token: tokenOf('admin', ['admin']), after: async page => {
    await page.waitForSelector('#tabel-kiriman tr[data-status=PARKED]');
    await page.click('#rekon-bandingkan');
    await page.waitForSelector('#tabel-rekon tr[data-kodebooking]');
  } },
  { name: 'operator-jadwal', path: '/operator/#jadwal', staff: true, token: tokenOf('admin', ['admin']), wait: '#sinkron-jalan:not(.hidden)' },
  { name: 'operator-akun', path: '/operator/#akun', staff: true, token: tokenOf('admin', ['admin']), wait: '#tabel-akun tr[data-username]' },
];

// the kiosk in its two orientations: start, the keypad, the walk-in's choice of doctor, the number taken
const PORTRAIT = { width: 1080, height: 1920 };
const LANDSCAPE = { width: 1920, height: 1080 };
const kioskPages = [
  { name: 'anjungan-awal', after: async () => {} },
  { name: 'anjungan-kode', after: async page => {
    await page.click('#pilih-checkin');
    for (const key of kioskBooking.kodebooking.slice(0, 7)) await page.click(`#papan button[data-kunci="${key}"]`);
  } },
  { name: 'anjungan-jadwal', after: async page => {
    await page.click('#pilih-jkn');
    for (const key of '0001000412870') await page.click(`#papan button[data-kunci="${key}"]`);
    await page.click('#kode-lanjut');
    await page.click('#daftar-rujukan button[data-rujukan="0"]');
    await page.waitForSelector('#daftar-jadwal button[data-jadwal]');
  } },
  { name: 'anjungan-nomor', after: async page => {
    await page.click('#pilih-checkin');
    for (const key of kioskBooking.kodebooking) await page.click(`#papan button[data-kunci="${key}"]`);
    await page.click('#kode-lanjut');
    await page.click('#daftar-booking button[data-checkin]');
    await page.waitForSelector('#layar-selesai:not(.hidden)');
  } },
];

const browser = await launch();
try {
  for (const [size, viewport] of [['portrait', PORTRAIT], ['landscape', LANDSCAPE]]) {
    for (const pg of kioskPages) {
      const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
      await context.addInitScript(t => sessionStorage.setItem('antrean.token', t), process.env.KIOSK_TOKEN || tokenOf('anjungan-lobi', ['kiosk']));
      const page = await context.newPage();
      await page.goto(base + '/anjungan/?idle=600');
      await page.waitForSelector('#layar-awal:not(.hidden)');
      await pg.after(page);
      await page.waitForTimeout(300);
      const file = path.join(out, `${pg.name}-${size}.png`);
      await page.screenshot({ path: file });
      console.log('wrote', path.relative(repo, file));
      await context.close();
    }
  }
  for (const [size, viewport] of [['1366x768', DESKTOP], ['phone', PHONE]]) {
    for (const pg of pages) {
      const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
      if (pg.staff) await context.addInitScript(t => sessionStorage.setItem('antrean.token', t), process.env.STAFF_TOKEN || pg.token || token);
      const page = await context.newPage();
      await page.goto(base + pg.path);
      if (pg.wait) await page.waitForSelector(pg.wait);
      if (pg.after) await pg.after(page);
      await page.waitForTimeout(400);
      const file = path.join(out, `${pg.name}-${size}.png`);
      await page.screenshot({ path: file, fullPage: size === 'phone' || !!pg.staff });
      console.log('wrote', path.relative(repo, file));
      await context.close();
    }
  }
  // the ticket as the thermal printer gets it (print media), at both roll widths, the ticket alone
  for (const lebar of ['58', '80']) {
    const context = await browser.newContext({ viewport: { width: 420, height: 900 }, deviceScaleFactor: 2, locale: 'id-ID',
      timezoneId: 'Asia/Jakarta' });
    await context.addInitScript(t => sessionStorage.setItem('antrean.token', t), process.env.STAFF_TOKEN || tokenOf('kiosk.lobi', ['kiosk']));
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print' });
    await page.goto(base + '/tiket/?kodebooking=' + tiket.kodebooking + '&lebar=' + lebar);
    await page.waitForSelector('body[data-siap="1"]');
    const file = path.join(out, `tiket-${lebar}mm.png`);
    await page.locator('#tiket').screenshot({ path: file });
    console.log('wrote', path.relative(repo, file));
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
  server.closeAllConnections?.();
}
