// Administration of the SIMRS link: the patient import (pasien-service, streamed, with its progress and the lines it
// refused) and the SIMRS's machine accounts (antrean-service). Both are reached through this origin.
'use strict';
(() => {
  const $ = id => document.getElementById(id);
  const esc = Api.esc;
  const SCOPES = { 'simrs-patients': 'Pasien', 'simrs-onsite': 'Pendaftaran onsite', 'simrs-tasks': 'Task ID', 'simrs-read': 'Baca', 'simrs-codes': 'Pemetaan kode' };
  const STATES = { RUNNING: 'berjalan', INTERRUPTED: 'terputus', DONE: 'selesai', FAILED: 'gagal' };
  const num = n => n == null ? '–' : Number(n).toLocaleString('id-ID');
  const mb = n => (n / 1048576).toLocaleString('id-ID', { maximumFractionDigits: 1 }) + ' MB';
  const when = t => {
    if (t == null) return '–';
    const ms = typeof t === 'number' ? t : Date.parse(t);
    return Api.today() === new Date(ms + 7 * 3600000).toISOString().slice(0, 10)
      ? Api.time(ms) : new Date(ms + 7 * 3600000).toISOString().slice(0, 16).replace('T', ' ');
  };

  const { error, info, auth } = Api.adminPage(() => { loadImports(); loadClients(); loadCodes(); });

  // ---- patient import ----
  let shownJob = null;
  let nextAfter = null;

  const fileFormat = file => /\.(ndjson|jsonl)$/i.test(file.name) ? 'ndjson' : 'csv';
  const formatOf = file => $('format').value || fileFormat(file);

  async function sha256(file) {
    if (!(window.crypto && crypto.subtle)) return null; // only on https or localhost: then no resume by content
    const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
    return Array.from(new Uint8Array(digest), b => b.toString(16).padStart(2, '0')).join('');
  }

  function upload(file, query) {
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', '/api/pasien/impor?' + query);
      xhr.setRequestHeader('Authorization', 'Bearer ' + Api.token());
      xhr.setRequestHeader('Content-Type', formatOf(file) === 'ndjson' ? 'application/x-ndjson' : 'text/csv');
      xhr.setRequestHeader('Accept', 'application/json');
      xhr.upload.onprogress = e => {
        if (!e.lengthComputable) return;
        $('kemajuan').value = Math.floor(100 * e.loaded / e.total);
        $('kemajuan-label').textContent = 'Kemajuan: ' + $('kemajuan').value + '%';
      };
      xhr.onload = () => {
        let data = null;
        try { data = JSON.parse(xhr.responseText); } catch (e) { data = null; }
        if (xhr.status === 200 || xhr.status === 201) resolve(data);
        else reject(new Error((data && data.message) || ('Impor gagal (HTTP ' + xhr.status + ')')));
      };
      xhr.onerror = () => reject(new Error('Unggahan terputus. Pilih berkas yang sama lagi untuk melanjutkan dari baris terakhir yang tersimpan.'));
      xhr.send(file);
    });
  }

  // the counts of the job being uploaded, read while the upload runs
  async function watch(hash, since) {
    try {
      const jobs = await Api.call('GET', '/api/pasien/impor?limit=5');
      const job = jobs.find(j => j.state === 'RUNNING' && (hash ? j.sha256 === hash : j.createdAt >= since));
      if (job) {
        $('kemajuan-teks').textContent = num(job.read) + ' baris dibaca · ' + num(job.imported) + ' diimpor · '
          + num(job.rejected) + ' ditolak · ' + num(job.conflicts) + ' konflik'
          + (job.bytesExpected ? ' · ' + mb(job.bytesRead) + ' dari ' + mb(job.bytesExpected) : '');
      }
    } catch (e) { /* the next tick tries again */ }
  }

  $('form-impor').addEventListener('submit', async ev => {
    ev.preventDefault();
    error(''); info('');
    const file = $('berkas').files[0];
    if (!file) return;
    $('unggah').disabled = true;
    $('jalan').classList.remove('hidden');
    $('hasil').classList.add('hidden');
    $('kemajuan').value = 0;
    $('kemajuan-label').textContent = 'Menyiapkan berkas…';
    $('kemajuan-teks').textContent = '';
    const since = Date.now() - 5000;
    let timer = null;
    try {
      const hash = await sha256(file);
      const query = 'format=' + formatOf(file) + (hash ? '&sha256=' + hash : '');
      timer = setInterval(() => watch(hash, since), 1000);
      const job = await upload(file, query);
      $('kemajuan').value = 100;
      $('kemajuan-label').textContent = 'Kemajuan: 100%';
      info(job.state === 'DONE' ? 'Impor selesai: ' + num(job.imported) + ' baris diimpor.' : 'Impor ' + (STATES[job.state] || job.state) + (job.message ? ': ' + job.message : '.'));
      await showJob(job);
    } catch (e) {
      error(e.message);
    } finally {
      clearInterval(timer);
      $('unggah').disabled = false;
      loadImports();
    }
  });

  async function showJob(job) {
    shownJob = job.id;
    $('hasil').classList.remove('hidden');
    $('h-dibaca').textContent = num(job.read);
    $('h-baru').textContent = num(job.created);
    $('h-diperbarui').textContent = num(job.updated);
    $('h-sama').textContent = num(job.unchanged);
    $('h-ditolak').textContent = num(job.rejected);
    $('h-konflik').textContent = num(job.conflicts);
    $('tabel-ditolak').querySelector('tbody').innerHTML = '';
    nextAfter = 0;
    await moreRejections();
  }

  async function moreRejections() {
    const page = await Api.call('GET', '/api/pasien/impor/' + encodeURIComponent(shownJob) + '/ditolak?limit=100&after=' + nextAfter);
    const body = $('tabel-ditolak').querySelector('tbody');
    if (!page.rejections.length && !body.children.length) {
      body.innerHTML = '<tr><td colspan="5" class="empty">Semua baris diimpor.</td></tr>';
    }
    body.insertAdjacentHTML('beforeend', page.rejections.map(r => '<tr><td>' + esc(r.line) + '</td><td>'
      + (r.kind === 'CONFLICT' ? '<span class="badge pending">konflik</span>' : '<span class="badge rejected">ditolak</span>')
      + '</td><td>' + esc(r.reason) + '</td><td>' + esc(r.norm || '') + '</td><td>' + esc(r.otherNorm || '') + '</td></tr>').join(''));
    nextAfter = page.next;
    $('lebih').classList.toggle('hidden', page.next == null);
  }
  $('lebih').addEventListener('click', () => moreRejections().catch(e => error(e.message)));

  async function loadImports() {
    try {
      const jobs = await Api.call('GET', '/api/pasien/impor?limit=10');
      $('tabel-impor').querySelector('tbody').innerHTML = jobs.length ? jobs.map(j => '<tr><td>' + esc(when(j.createdAt))
        + '</td><td><span class="badge ' + (j.state === 'DONE' ? 'delivered' : j.state === 'RUNNING' ? 'pending' : 'rejected') + '">'
        + esc(STATES[j.state] || j.state) + '</span></td><td>' + num(j.read) + '</td><td>' + num(j.rejected) + '</td><td>'
        + num(j.conflicts) + '</td><td>' + esc(j.startedBy || '') + '</td><td class="actions-cell"><div class="actions">'
        + '<button type="button" data-job="' + esc(j.id) + '">Lihat</button></div></td></tr>').join('')
        : '<tr><td colspan="7" class="empty">Belum ada impor.</td></tr>';
    } catch (e) { error(e.message); }
  }
  $('tabel-impor').addEventListener('click', async ev => {
    const id = ev.target.dataset && ev.target.dataset.job;
    if (!id) return;
    try { showJob(await Api.call('GET', '/api/pasien/impor/' + encodeURIComponent(id))); } catch (e) { error(e.message); }
  });

  // ---- SIMRS machine accounts ----
  const scopeBoxes = (name, chosen) => Object.entries(SCOPES).map(([s, label]) => '<label class="check"><input type="checkbox" name="'
    + esc(name) + '" value="' + s + '"' + (chosen.includes(s) ? ' checked' : '') + '> ' + esc(label) + ' <span class="muted">(' + s + ')</span></label>').join('');
  $('scope-baru').insertAdjacentHTML('beforeend', scopeBoxes('scope-baru', []));
  const checked = root => Array.from(root.querySelectorAll('input[type=checkbox]:checked'), i => i.value);

  function showSecret(s) {
    $('rahasia-id').textContent = s.clientId;
    $('rahasia-nilai').textContent = s.clientSecret;
    $('rahasia').classList.remove('hidden');
  }

  async function loadClients() {
    try {
      const clients = await Api.call('GET', '/api/simrs-clients');
      $('tabel-klien').querySelector('tbody').innerHTML = clients.length ? clients.map(c => '<tr data-client="' + esc(c.clientId) + '"><td><strong>'
        + esc(c.clientId) + '</strong></td><td class="scopes">' + scopeBoxes('scope-' + c.clientId, c.scopes || []) + '</td><td>'
        + (c.disabled ? '<span class="badge rejected">nonaktif</span>' : '<span class="badge delivered">aktif</span>') + '</td><td>'
        + esc(when(c.secretSetAt)) + '</td><td class="actions-cell"><div class="actions">'
        + '<button type="button" data-act="scope">Simpan scope</button>'
        + '<button type="button" data-act="secret">Ganti rahasia</button>'
        + '<button type="button" data-act="' + (c.disabled ? 'enable' : 'disable') + '" class="' + (c.disabled ? '' : 'danger') + '">'
        + (c.disabled ? 'Aktifkan' : 'Nonaktifkan') + '</button></div></td></tr>').join('')
        : '<tr><td colspan="5" class="empty">Belum ada klien SIMRS.</td></tr>';
    } catch (e) { error(e.message); }
  }

  $('form-klien').addEventListener('submit', async ev => {
    ev.preventDefault();
    error(''); info('');
    try {
      const s = await Api.call('POST', '/api/simrs-clients', { clientId: $('client-id').value.trim(), scopes: checked($('scope-baru')) });
      showSecret(s);
      $('client-id').value = '';
      loadClients();
    } catch (e) { error(e.message); }
  });

  $('tabel-klien').addEventListener('click', async ev => {
    const act = ev.target.dataset && ev.target.dataset.act;
    const row = ev.target.closest('tr');
    if (!act || !row) return;
    const id = row.dataset.client;
    const path = '/api/simrs-clients/' + encodeURIComponent(id);
    error(''); info('');
    try {
      if (act === 'secret') {
        if (!confirm('Rahasia lama ' + id + ' dan tokennya langsung tidak berlaku. Lanjutkan?')) return;
        showSecret(await Api.call('POST', path + '/secret'));
      } else if (act === 'scope') {
        await Api.call('PUT', path + '/scopes', { scopes: checked(row.querySelector('.scopes')) });
        info('Scope ' + id + ' disimpan; token lama dicabut.');
      } else {
        await Api.call('PUT', path + '/disabled', { disabled: act === 'disable' });
        info(id + (act === 'disable' ? ' dinonaktifkan; tokennya dicabut.' : ' diaktifkan.'));
      }
      loadClients();
    } catch (e) { error(e.message); }
  });

  // ---- the SIMRS's poli and doctor codes ----
  async function loadCodes() {
    try {
      const codes = await Api.call('GET', '/api/simrs-codes');
      $('tabel-kode').querySelector('tbody').innerHTML = codes.length ? codes.map(c => '<tr data-kind="' + esc(c.kind)
        + '" data-kode="' + esc(c.kode_simrs) + '"><td>' + esc(c.kind) + '</td><td><strong>' + esc(c.kode_simrs)
        + '</strong></td><td>' + esc(c.kode_bpjs) + '</td><td>' + esc(c.nama || '') + '</td><td class="actions-cell"><div class="actions">'
        + '<button type="button" class="danger" data-act="hapus">Hapus</button></div></td></tr>').join('')
        : '<tr><td colspan="5" class="empty">Belum ada pemetaan.</td></tr>';
    } catch (e) { error(e.message); }
  }

  $('form-kode').addEventListener('submit', async ev => {
    ev.preventDefault();
    error(''); info('');
    try {
      const kode = $('kode-simrs').value.trim();
      await Api.call('PUT', '/api/simrs-codes/' + $('kode-jenis').value + '/' + encodeURIComponent(kode),
        { kode_bpjs: $('kode-bpjs').value.trim(), nama: $('kode-nama').value.trim() || null });
      info('Kode ' + kode + ' dipetakan.');
      $('kode-simrs').value = ''; $('kode-bpjs').value = ''; $('kode-nama').value = '';
      loadCodes();
    } catch (e) { error(e.message); }
  });

  $('form-kode-impor').addEventListener('submit', async ev => {
    ev.preventDefault();
    error(''); info('');
    const file = $('berkas-kode').files[0];
    if (!file) return;
    try {
      const report = await Api.call('POST', '/api/simrs-codes/import?format=' + fileFormat(file), file);
      info('Pemetaan diimpor: ' + report.created + ' baru, ' + report.updated + ' diubah, ' + report.unchanged
        + ' tetap, ' + report.rejected + ' ditolak.');
      $('tabel-kode-ditolak').classList.toggle('hidden', !report.rejections.length);
      $('tabel-kode-ditolak').querySelector('tbody').innerHTML = report.rejections.map(r => '<tr><td>' + esc(r.line)
        + '</td><td>' + esc(r.reason) + '</td></tr>').join('');
      loadCodes();
    } catch (e) { error(e.message); }
  });

  $('tabel-kode').addEventListener('click', async ev => {
    const row = ev.target.closest('tr');
    if (!(ev.target.dataset && ev.target.dataset.act === 'hapus') || !row) return;
    if (!confirm('Hapus pemetaan ' + row.dataset.kode + '?')) return;
    try {
      await Api.call('DELETE', '/api/simrs-codes/' + row.dataset.kind + '/' + encodeURIComponent(row.dataset.kode));
      loadCodes();
    } catch (e) { error(e.message); }
  });

  auth();
})();
