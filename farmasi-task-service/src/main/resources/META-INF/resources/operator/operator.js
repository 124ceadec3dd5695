// The operator's console (admin): deliveries to BPJS and the dead letters (vclaim-gateway), the horizon sync of the
// HFIS schedules and its changes, the staff accounts (antrean-service). Every call goes through this origin.
'use strict';
(() => {
  const $ = id => document.getElementById(id);
  const esc = Api.esc;
  const ROLES = { admin: 'Administrator', admisi: 'Admisi', poli: 'Poli', farmasi: 'Farmasi' };
  const CALLS = { ANTREAN_ADD: 'antrean/add', ANTREAN_BATAL: 'antrean/batal', UPDATE_WAKTU: 'updatewaktu', FARMASI_ADD: 'farmasi/add' };
  const STATUS = { PENDING: ['pending', 'pending'], PARKED: ['rejected', 'diparkir'], DELIVERED: ['delivered', 'terkirim'] };
  const RUNS = { RUNNING: ['pending', 'berjalan'], DONE: ['delivered', 'selesai'], FAILED: ['rejected', 'gagal'], INTERRUPTED: ['rejected', 'terhenti'] };
  const CHANGES = { KUOTA: 'Kuota berubah', LIBUR: 'Dokter libur', BUKA: 'Praktik dibuka', JAM: 'Jam berubah', HILANG: 'Hilang dari HFIS' };
  const num = n => n == null ? '–' : Number(n).toLocaleString('id-ID');
  const badge = (pair, fallback) => '<span class="badge ' + (pair ? pair[0] : 'neutral') + '">' + esc(pair ? pair[1] : fallback) + '</span>';
  const when = t => {
    if (t == null) return '–';
    const ms = typeof t === 'number' ? t : Date.parse(t);
    const day = new Date(ms + 7 * 3600000).toISOString().slice(0, 10);
    return day === Api.today() ? Api.time(ms) : day + ' ' + Api.time(ms);
  };
  const age = ms => {
    if (ms == null) return '–';
    const min = Math.max(0, Math.floor((Date.now() - ms) / 60000));
    if (min < 1) return 'kurang dari 1 menit';
    if (min < 60) return min + ' menit';
    const h = Math.floor(min / 60);
    return h < 48 ? h + ' jam ' + (min % 60) + ' menit' : Math.floor(h / 24) + ' hari';
  };
  const call = d => CALLS[d.delivery] ? CALLS[d.delivery] + (d.taskid != null ? ' task ' + d.taskid : '') : d.delivery;

  // every refusal in plain Indonesian: the owners' own messages are (antrean), the gateway's bad-parameter ones are not
  function say(e) {
    if (e.status === 401) return 'Sesi Anda berakhir. Silakan masuk lagi.';
    if (e.status === 403) return 'Hanya administrator yang boleh melakukan ini.';
    if (e.status === 404) return 'Data tidak ditemukan; mungkin sudah berubah. Muat ulang halaman.';
    if (e.status === 400 && /^[\x20-\x7e]*$/.test(e.message) && /\b(must|required|give|at most)\b/.test(e.message)) {
      return 'Isian tidak sesuai; periksa tanggal dan pilihan lalu coba lagi.';
    }
    if (e.status === 422) return 'BPJS menolak: ' + e.message;
    if (e.status === 503) return 'Layanan atau BPJS sedang tidak dapat dihubungi. Coba lagi sebentar lagi.';
    return e.message;
  }
  const failed = e => { error(say(e)); if (e.status === 401) auth(); };

  // ---- sign-in and tabs ----
  const { error, info, auth } = Api.adminPage(() => show(), () => clearTimeout(watching));

  const TABS = ['pengiriman', 'jadwal', 'akun'];
  function show() {
    const tab = TABS.includes(location.hash.slice(1)) ? location.hash.slice(1) : 'pengiriman';
    TABS.forEach(t => {
      $(t).classList.toggle('hidden', t !== tab);
      $('tab-' + t).classList.toggle('active', t === tab);
      if (t === tab) $('tab-' + t).setAttribute('aria-current', 'page'); else $('tab-' + t).removeAttribute('aria-current');
    });
    if (tab === 'pengiriman') { loadBacklog(); loadDeadLetters(); if (!$('r-tanggal').value) $('r-tanggal').value = Api.today(); loadDeliveries(); }
    if (tab === 'jadwal') { loadRuns(); loadChanges(); }
    if (tab === 'akun') { loadAccounts(); loadClients(); }
  }
  window.addEventListener('hashchange', () => { if (Api.claims()) { error(''); info(''); show(); } });

  // ---- deliveries ----
  async function loadBacklog() {
    try {
      const days = await Api.call('GET', '/bpjs/deliveries/backlog');
      const pending = days.reduce((n, d) => n + d.pending, 0);
      const parked = days.reduce((n, d) => n + d.parked, 0);
      const oldest = days.map(d => d.oldestPendingAt).filter(t => t != null).sort((a, b) => a - b)[0];
      $('k-pending').textContent = num(pending);
      $('k-parkir').textContent = num(parked);
      $('k-tertua').textContent = oldest == null ? '–' : age(oldest);
      $('tabel-hari').querySelector('tbody').innerHTML = days.length ? days.map(d => '<tr data-tanggal="' + esc(d.tanggal) + '"><td><strong>'
        + esc(d.tanggal) + '</strong></td><td>' + num(d.pending) + '</td><td>' + (d.parked ? badge(STATUS.PARKED, '') + ' ' : '') + num(d.parked)
        + '</td><td>' + esc(age(d.oldestPendingAt)) + '</td><td class="actions-cell"><div class="actions">'
        + '<button type="button" data-act="lihat">Lihat</button>'
        + (d.parked ? '<button type="button" data-act="kirim-hari">Kirim ulang yang diparkir</button>' : '')
        + '<button type="button" data-act="rekon">Rekonsiliasi</button></div></td></tr>').join('')
        : '<tr><td colspan="5" class="empty">Semua pengiriman sudah sampai di BPJS.</td></tr>';
    } catch (e) { failed(e); }
  }

  $('tabel-hari').addEventListener('click', async ev => {
    const act = ev.target.dataset && ev.target.dataset.act;
    const row = ev.target.closest('tr');
    if (!act || !row) return;
    const tanggal = row.dataset.tanggal;
    if (act === 'lihat') { $('r-tanggal').value = tanggal; $('r-status').value = 'PARKED'; $('r-kodebooking').value = ''; loadDeliveries(); $('rincian').scrollIntoView(); }
    if (act === 'kirim-hari') replayDay(tanggal);
    if (act === 'rekon') { $('rekon-tanggal').value = tanggal; $('rekonsiliasi').scrollIntoView(); preview(); }
  });

  async function loadDeliveries() {
    const q = new URLSearchParams({ tanggal: $('r-tanggal').value || Api.today(), limit: '1000' });
    if ($('r-status').value) q.set('status', $('r-status').value);
    if ($('r-kodebooking').value.trim()) q.set('kodebooking', $('r-kodebooking').value.trim());
    try {
      const list = await Api.call('GET', '/bpjs/deliveries?' + q);
      const byBooking = new Map();
      list.forEach(d => { if (!byBooking.has(d.kodebooking)) byBooking.set(d.kodebooking, []); byBooking.get(d.kodebooking).push(d); });
      const body = $('tabel-kiriman').querySelector('tbody');
      body.innerHTML = list.length ? Array.from(byBooking, ([kb, items]) => items.map((d, i) => '<tr data-id="' + d.id + '" data-kodebooking="'
        + esc(kb) + '" data-status="' + esc(d.status) + '"><td>' + (d.status === 'PARKED' ? '<input type="checkbox" class="pilih" value="' + d.id
        + '" aria-label="Pilih ' + esc(call(d)) + ' ' + esc(kb) + '">' : '') + '</td><td>' + (i === 0 ? '<strong>' + esc(kb) + '</strong>'
        + (items.some(x => x.status === 'PARKED') ? ' <button type="button" class="link" data-act="kirim-booking">kirim ulang booking</button>' : '') : '')
        + '</td><td>' + esc(call(d)) + '</td><td>' + badge(STATUS[d.status], d.status) + '</td><td>' + esc(d.code == null ? '–' : d.code)
        + '</td><td class="muted">' + esc(d.message || '') + '</td><td>' + num(d.attempts) + '</td><td>' + esc(when(d.createdAt))
        + '</td><td class="actions-cell"><div class="actions">' + (d.status === 'PARKED' ? '<button type="button" data-act="kirim">Kirim ulang</button>' : '')
        + '</div></td></tr>').join('')).join('')
        : '<tr><td colspan="9" class="empty">Tidak ada pengiriman dengan pilihan ini.</td></tr>';
      $('pilih-semua').checked = false;
      selectionChanged();
    } catch (e) { failed(e); }
  }
  $('form-rincian').addEventListener('submit', ev => { ev.preventDefault(); error(''); loadDeliveries(); });

  const chosen = () => Array.from($('tabel-kiriman').querySelectorAll('input.pilih:checked'), i => i.value);
  function selectionChanged() { $('kirim-pilihan').disabled = chosen().length === 0; }
  $('pilih-semua').addEventListener('change', () => {
    $('tabel-kiriman').querySelectorAll('input.pilih').forEach(i => { i.checked = $('pilih-semua').checked; });
    selectionChanged();
  });

  async function replayed(path, what) {
    error(''); info('');
    try {
      const list = await Api.call('POST', path);
      const n = Array.isArray(list) ? list.filter(d => d.status === 'PENDING').length : 1;
      info(what + ': ' + num(n) + ' pengiriman diantrekan lagi ke BPJS.');
    } catch (e) { failed(e); }
    loadBacklog(); loadDeliveries();
  }
  function replayDay(tanggal) {
    if (!confirm('Kirim ulang semua pengiriman yang diparkir pada ' + tanggal + '?')) return;
    replayed('/bpjs/deliveries/replay?tanggal=' + encodeURIComponent(tanggal), 'Tanggal ' + tanggal);
  }
  $('kirim-hari').addEventListener('click', () => replayDay($('r-tanggal').value || Api.today()));
  $('kirim-pilihan').addEventListener('click', () => {
    const ids = chosen();
    replayed('/bpjs/deliveries/replay?' + ids.map(id => 'id=' + encodeURIComponent(id)).join('&'), 'Pilihan');
  });
  $('tabel-kiriman').addEventListener('change', ev => { if (ev.target.classList.contains('pilih')) selectionChanged(); });
  $('tabel-kiriman').addEventListener('click', ev => {
    const act = ev.target.dataset && ev.target.dataset.act;
    const row = ev.target.closest('tr');
    if (!act || !row) return;
    if (act === 'kirim') replayed('/bpjs/deliveries/' + encodeURIComponent(row.dataset.id) + '/replay', 'Pengiriman ' + row.dataset.id);
    if (act === 'kirim-booking') replayed('/bpjs/deliveries/replay?kodebooking=' + encodeURIComponent(row.dataset.kodebooking), 'Booking ' + row.dataset.kodebooking);
  });

  // ---- reconciliation: the differences first, sent only once confirmed ----
  let previewed = null;
  function showReport(r, sent) {
    $('rekon-hasil').classList.remove('hidden');
    const list = sent ? r.resent : r.missing;
    $('rekon-ringkas').textContent = num(r.bookingsChecked) + ' booking diperiksa pada ' + r.tanggal + ' · '
      + (sent ? num(list.length) + ' dikirim ulang' : num(list.length) + ' selisih (belum dikirim)')
      + (r.unreachable.length ? ' · BPJS tidak menjawab untuk ' + r.unreachable.join(', ') : '');
    $('tabel-rekon').querySelector('tbody').innerHTML = list.length ? list.map(d => '<tr data-kodebooking="' + esc(d.kodebooking) + '"><td><strong>'
      + esc(d.kodebooking) + '</strong></td><td>' + esc(call(d)) + '</td><td>' + (d.bpjsTasks == null ? 'booking tidak dikenal BPJS'
      : d.bpjsTasks.length ? 'task ' + esc(d.bpjsTasks.join(', ')) : 'belum ada task') + '</td><td>'
      + (sent ? badge(STATUS.PENDING, '') + ' dikirim ulang' : badge(['neutral', 'tidak ada di BPJS'])) + '</td></tr>').join('')
      : '<tr><td colspan="4" class="empty">Tidak ada selisih: BPJS memegang semua yang sudah terkirim.</td></tr>';
    $('rekon-kirim').classList.toggle('hidden', sent || !list.length);
  }
  async function preview() {
    error(''); info('');
    const tanggal = $('rekon-tanggal').value || Api.today();
    $('rekon-kirim').classList.add('hidden');
    $('rekon-bandingkan').disabled = true;
    try {
      previewed = await Api.call('GET', '/bpjs/reconcile?tanggal=' + encodeURIComponent(tanggal));
      showReport(previewed, false);
    } catch (e) { failed(e); } finally { $('rekon-bandingkan').disabled = false; }
  }
  $('form-rekon').addEventListener('submit', ev => { ev.preventDefault(); preview(); });
  $('rekon-tanggal').addEventListener('change', () => { previewed = null; $('rekon-kirim').classList.add('hidden'); });
  $('rekon-kirim').addEventListener('click', async () => {
    if (!previewed) return;
    if (!confirm('Kirim ulang ' + previewed.missing.length + ' task yang tidak ada di BPJS untuk ' + previewed.tanggal + '?')) return;
    error(''); info('');
    try {
      const r = await Api.call('POST', '/bpjs/reconcile?tanggal=' + encodeURIComponent(previewed.tanggal));
      previewed = null;
      showReport(r, true);
      info('Rekonsiliasi ' + r.tanggal + ': ' + num(r.resent.length) + ' dikirim ulang ke BPJS.');
      loadBacklog();
    } catch (e) { failed(e); }
  });

  async function loadDeadLetters() {
    try {
      const letters = await Api.call('GET', '/api/dead-letters?limit=100');
      $('tabel-dlq').querySelector('tbody').innerHTML = letters.length ? letters.slice().reverse().map(l => '<tr><td>' + esc(when(l.at))
        + '</td><td>' + esc(l.sourceTopic || l.topic) + '</td><td>' + esc(l.service || '') + '</td><td>' + esc(l.key || '–') + '</td><td>'
        + esc(l.reason || '') + '</td><td class="muted">' + esc((l.sourceTopic || '') + (l.sourcePartition != null ? ' #' + l.sourcePartition : '')
        + (l.sourceOffset != null ? ' @' + l.sourceOffset : '')) + '</td></tr>').join('')
        : '<tr><td colspan="6" class="empty">Tidak ada dead letter.</td></tr>';
    } catch (e) { failed(e); }
  }

  // ---- horizon sync ----
  let watching = null;
  function showRun(run) {
    $('sinkron-jalan').classList.remove('hidden');
    const pct = run.total ? Math.floor(100 * run.done / run.total) : 0;
    $('sinkron-kemajuan').value = pct;
    $('sinkron-label').textContent = 'Kemajuan: ' + pct + '% · ' + (RUNS[run.state] ? RUNS[run.state][1] : run.state);
    $('sinkron-jalan').dataset.state = run.state;
    $('sinkron-teks').textContent = num(run.done) + ' dari ' + num(run.total) + ' poli-hari' + (run.failed ? ' · ' + num(run.failed) + ' gagal' : '');
    $('sinkron-gagal').innerHTML = (run.failures || []).slice(0, 20).map(f => '<li><span class="t">' + esc(f.tanggal) + '</span> ' + esc(f.kodepoli)
      + '<span class="msg">' + esc(f.message || '') + '</span></li>').join('');
  }
  async function watch(id) {
    clearTimeout(watching);
    try {
      const run = await Api.call('GET', '/api/jadwal/sinkron-horizon/' + encodeURIComponent(id));
      showRun(run);
      if (run.state === 'RUNNING') { watching = setTimeout(() => watch(id), 1000); return; }
      if (run.state === 'DONE') info('Sinkronisasi jadwal selesai: ' + num(run.done) + ' poli-hari.');
      else error('Sinkronisasi jadwal ' + RUNS[run.state][1] + '; dapat dilanjutkan dari titik terakhir.');
      loadRuns(); loadChanges();
    } catch (e) { failed(e); }
  }
  async function started(path) {
    error(''); info('');
    try {
      const ref = await Api.call('POST', path);
      watch(ref.id);
    } catch (e) {
      if (e.status === 409) { error('Sinkronisasi jadwal lain sedang berjalan; kemajuannya ditampilkan.'); loadRuns(true); }
      else failed(e);
    }
  }
  $('sinkron-mulai').addEventListener('click', () => started('/api/jadwal/sinkron-horizon'));

  async function loadRuns(follow) {
    try {
      const runs = await Api.call('GET', '/api/jadwal/sinkron-horizon?limit=10');
      $('tabel-sinkron').querySelector('tbody').innerHTML = runs.length ? runs.map(r => '<tr data-run="' + r.id + '"><td>' + esc(when(r.startedAt))
        + '</td><td>' + badge(RUNS[r.state], r.state) + '</td><td>' + num(r.done) + ' / ' + num(r.total) + '</td><td>' + num(r.failed)
        + '</td><td>' + esc(r.startedBy || '') + '</td><td>' + esc(when(r.finishedAt)) + '</td><td class="actions-cell"><div class="actions">'
        + (r.state === 'INTERRUPTED' || r.state === 'FAILED' ? '<button type="button" data-act="lanjutkan">Lanjutkan</button>' : '')
        + (r.state === 'RUNNING' ? '<button type="button" data-act="pantau">Pantau</button>' : '') + '</div></td></tr>').join('')
        : '<tr><td colspan="7" class="empty">Belum pernah disinkronkan.</td></tr>';
      const running = runs.find(r => r.state === 'RUNNING');
      if (running && (follow || !watching)) watch(running.id);
    } catch (e) { failed(e); }
  }
  $('tabel-sinkron').addEventListener('click', ev => {
    const act = ev.target.dataset && ev.target.dataset.act;
    const row = ev.target.closest('tr');
    if (!act || !row) return;
    if (act === 'lanjutkan') started('/api/jadwal/sinkron-horizon/' + encodeURIComponent(row.dataset.run) + '/lanjutkan');
    if (act === 'pantau') watch(row.dataset.run);
  });

  async function loadChanges() {
    try {
      const changes = await Api.call('GET', '/api/jadwal/perubahan');
      $('tabel-perubahan').querySelector('tbody').innerHTML = changes.length ? changes.map(c => '<tr><td>' + esc(c.tanggal) + '</td><td>'
        + esc(c.kodepoli) + '</td><td>' + esc(c.namadokter || c.kodedokter) + '</td><td>' + esc(c.jampraktek || '') + '</td><td>'
        + badge(c.perluTindakan ? ['rejected', CHANGES[c.jenis] || c.jenis] : ['neutral', CHANGES[c.jenis] || c.jenis])
        + (c.perluTindakan ? ' <strong>perlu tindakan</strong>' : '') + '</td><td>' + esc(c.sebelum == null ? '–' : c.sebelum) + ' → '
        + esc(c.sesudah == null ? '–' : c.sesudah) + '</td><td>' + num(c.jumlahBooking)
        + ((c.booking || []).length ? '<div class="muted">' + c.booking.map(b => esc(b.nomorantrean || '') + ' ' + esc(b.kodebooking)).join(', ') + '</div>' : '')
        + '</td></tr>').join('')
        : '<tr><td colspan="7" class="empty">Tidak ada perubahan sejak sinkronisasi terakhir.</td></tr>';
    } catch (e) { failed(e); }
  }

  // ---- staff accounts ----
  const roleBoxes = (name, chosenRoles) => Object.entries(ROLES).map(([r, label]) => '<label class="check"><input type="checkbox" name="'
    + esc(name) + '" value="' + r + '"' + (chosenRoles.includes(r) ? ' checked' : '') + '> ' + esc(label) + '</label>').join('');
  $('akun-peran').insertAdjacentHTML('beforeend', roleBoxes('akun-peran', []));

  async function loadAccounts() {
    try {
      const accounts = await Api.call('GET', '/api/staff');
      const me = (Api.claims() || {}).upn;
      $('tabel-akun').querySelector('tbody').innerHTML = accounts.map(a => '<tr data-username="' + esc(a.username) + '"><td><strong>'
        + esc(a.username) + '</strong>' + (a.username === me ? ' <span class="muted">(Anda)</span>' : '') + '</td><td>'
        + (a.roles || []).map(r => badge(['neutral', ROLES[r] || r])).join('') + '</td><td>'
        + (a.disabled ? badge(['rejected', 'nonaktif']) : badge(['delivered', 'aktif'])) + '</td><td>' + esc(when(a.tokensValidAfter ? a.tokensValidAfter * 1000 : null))
        + '</td><td class="actions-cell"><div class="actions">'
        + '<button type="button" data-act="sandi">Atur ulang kata sandi</button>'
        + '<button type="button" data-act="cabut">Cabut token</button>'
        + (a.username === me ? '' : '<button type="button" data-act="' + (a.disabled ? 'aktifkan' : 'nonaktifkan') + '" class="' + (a.disabled ? '' : 'danger') + '">'
          + (a.disabled ? 'Aktifkan' : 'Nonaktifkan') + '</button>') + '</div></td></tr>').join('');
    } catch (e) { failed(e); }
  }

  $('form-akun').addEventListener('submit', async ev => {
    ev.preventDefault();
    error(''); info('');
    const roles = Array.from($('akun-peran').querySelectorAll('input:checked'), i => i.value);
    if (!roles.length) { error('Pilih sedikitnya satu peran.'); return; }
    const username = $('akun-username').value.trim();
    try {
      await Api.call('POST', '/api/staff', { username, password: $('akun-password').value, roles });
      info('Akun ' + username + ' dibuat. Sampaikan kata sandi awalnya; petugas dapat menggantinya setelah masuk.');
      $('akun-username').value = ''; $('akun-password').value = '';
      $('akun-peran').querySelectorAll('input').forEach(i => { i.checked = false; });
      loadAccounts();
    } catch (e) { failed(e); }
  });

  $('tabel-akun').addEventListener('click', async ev => {
    const act = ev.target.dataset && ev.target.dataset.act;
    const row = ev.target.closest('tr');
    if (!act || !row) return;
    const user = row.dataset.username;
    const path = '/api/staff/' + encodeURIComponent(user);
    error(''); info('');
    try {
      if (act === 'sandi') {
        const password = prompt('Kata sandi baru untuk ' + user + ' (8-72 karakter). Token lamanya dicabut.');
        if (password == null) return;
        await Api.call('PUT', path + '/password', { password });
        info('Kata sandi ' + user + ' diganti; tokennya yang lama tidak berlaku lagi.');
      } else if (act === 'cabut') {
        if (!confirm('Cabut semua token ' + user + '? Ia harus masuk lagi di semua perangkat.')) return;
        await Api.call('POST', path + '/revoke');
        info('Token ' + user + ' dicabut.');
      } else {
        const disabled = act === 'nonaktifkan';
        if (disabled && !confirm('Nonaktifkan ' + user + '? Ia tidak dapat masuk lagi sampai diaktifkan.')) return;
        await Api.call('PUT', path + '/disabled', { disabled });
        info(user + (disabled ? ' dinonaktifkan; tokennya dicabut.' : ' diaktifkan kembali.'));
      }
      loadAccounts();
    } catch (e) { failed(e); }
  });

  // the SIMRS's machine accounts, read only here: managed on the SIMRS page, never a second copy of that form
  async function loadClients() {
    try {
      const clients = await Api.call('GET', '/api/simrs-clients');
      $('tabel-klien').querySelector('tbody').innerHTML = clients.length ? clients.map(c => '<tr><td><strong>' + esc(c.clientId)
        + '</strong></td><td>' + (c.scopes || []).map(s => badge(['neutral', s])).join('') + '</td><td>'
        + (c.disabled ? badge(['rejected', 'nonaktif']) : badge(['delivered', 'aktif'])) + '</td></tr>').join('')
        : '<tr><td colspan="3" class="empty">Belum ada klien SIMRS.</td></tr>';
    } catch (e) { failed(e); }
  }

  $('rekon-tanggal').value = Api.today();
  auth();
})();
