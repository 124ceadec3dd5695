// Staff console of one station: waiting list, call (start task), finish (next task), no-show (99), delivery to BPJS.
'use strict';
(() => {
  const $ = id => document.getElementById(id);
  // station -> [task that calls, task that finishes], labels
  const STATIONS = {
    admisi: { call: 2, finish: 3, name: 'Admisi', finishLabel: 'Selesai (ke poli)' },
    poli: { call: 4, finish: 5, name: 'Poli', finishLabel: 'Selesai' },
    farmasi: { call: 6, finish: 7, name: 'Farmasi', finishLabel: 'Obat siap (panggil pasien)' }
  };
  const state = { station: 'admisi', kodepoli: '', kodedokter: '', tanggal: Api.today(), queue: null, selected: null,
    timelines: {}, source: null };

  function showError(message) {
    const el = $('pesan');
    el.textContent = message;
    el.classList.remove('hidden');
    $('info').classList.add('hidden');
  }
  function showInfo(message) {
    const el = $('info');
    el.textContent = message;
    el.classList.remove('hidden');
    $('pesan').classList.add('hidden');
  }
  function clearMessages() { $('pesan').classList.add('hidden'); }

  function restore() {
    const q = new URLSearchParams(location.search);
    const saved = JSON.parse(localStorage.getItem('antrean.stasiun') || '{}');
    state.station = q.get('stasiun') || saved.station || 'admisi';
    if (!STATIONS[state.station]) state.station = 'admisi';
    state.kodepoli = q.get('kodepoli') || saved.kodepoli || '';
    state.kodedokter = q.get('kodedokter') || saved.kodedokter || '';
    state.tanggal = q.get('tanggal') || Api.today();
    $('stasiun').value = state.station;
    $('kodepoli').value = state.kodepoli;
    $('kodedokter').value = state.kodedokter;
    $('tanggal').value = state.tanggal;
  }

  function applyStationView() {
    const s = STATIONS[state.station];
    document.querySelectorAll('.poli-only').forEach(el => el.classList.toggle('hidden', state.station !== 'poli'));
    document.querySelectorAll('.vclaim-only').forEach(el => el.classList.toggle('hidden', state.station === 'farmasi'));
    document.querySelectorAll('.admisi-only').forEach(el => el.classList.toggle('hidden', state.station !== 'admisi'));
    $('judul').textContent = 'Konsol ' + s.name + (state.station === 'poli' && state.kodepoli ? ' ' + state.kodepoli : '');
    document.title = $('judul').textContent + ' · Antrean Online RS';
    $('judul-layan').textContent = state.station === 'farmasi' ? 'Sedang disiapkan' : 'Sedang dilayani';
    $('panggil-berikut').textContent = state.station === 'farmasi' ? 'Siapkan resep berikutnya' : 'Panggil berikutnya';
  }

  function showAuth() {
    const c = Api.claims();
    $('masuk').classList.toggle('hidden', !!c);
    $('konsol').classList.toggle('hidden', !c);
    $('pengguna').classList.toggle('hidden', !c);
    $('keluar').classList.toggle('hidden', !c);
    $('ganti-sandi').classList.toggle('hidden', !c);
    $('sandi').classList.add('hidden');
    if (c) {
      $('pengguna').textContent = (c.upn || c.sub || '') + ' · ' + (c.groups || []).join(', ');
      load();
      listen();
    } else {
      $('username').focus();
    }
  }

  function queuePath() {
    const t = 'tanggal=' + encodeURIComponent(state.tanggal);
    if (state.station === 'poli') {
      return '/api/antrean/poli/' + encodeURIComponent(state.kodepoli) + '?' + t
        + (state.kodedokter ? '&kodedokter=' + encodeURIComponent(state.kodedokter) : '');
    }
    return '/api/antrean/' + state.station + '?' + t;
  }

  const number = e => state.station === 'farmasi' ? 'F' + String(e.nomorfarmasi).padStart(3, '0') : (e.nomorantrean || '–');

  async function load() {
    if (state.station === 'poli' && !state.kodepoli) {
      $('tunggu').innerHTML = '';
      $('dilayani').innerHTML = '<div class="empty">Isi kode poli lalu tekan Tampilkan.</div>';
      return;
    }
    try {
      state.queue = await Api.call('GET', queuePath());
      render();
      const shown = [...state.queue.inService, ...state.queue.waiting.slice(0, 12)];
      await Promise.all(shown.map(e => timeline(e.kodebooking)));
      render();
    } catch (e) {
      if (e.status === 401) { showError(e.message); showAuth(); return; }
      showError(e.message);
    }
  }

  async function timeline(kodebooking) {
    try {
      state.timelines[kodebooking] = await Api.call('GET', '/api/tasks/' + encodeURIComponent(kodebooking));
    } catch (e) { /* the row shows without delivery badges */ }
  }

  function badges(kodebooking) {
    const tl = state.timelines[kodebooking];
    if (!tl) return '<span class="badge neutral">…</span>';
    let html = tl.tasks.map(t => Api.deliveryBadge(t.delivery, 'T' + t.taskid + ' ')).join('');
    if (tl.farmasi) html += Api.deliveryBadge(tl.farmasi.delivery, 'No. farmasi ');
    return html || '<span class="badge neutral">belum ada task</span>';
  }

  function render() {
    const q = state.queue;
    if (!q) return;
    const s = STATIONS[state.station];
    $('jumlah').textContent = '(' + q.waiting.length + ')';
    $('kosong').classList.toggle('hidden', q.waiting.length > 0);
    $('panggil-berikut').disabled = q.waiting.length === 0;
    $('tunggu').innerHTML = q.waiting.map((e, i) => `
      <tr data-kodebooking="${Api.esc(e.kodebooking)}">
        <td class="num">${Api.esc(number(e))}</td>
        <td><button type="button" class="link" data-act="detail" data-i="${i}" title="Lihat riwayat task">${Api.esc(e.kodebooking)}</button>${e.pasienbaru ? ' <span class="badge neutral">pasien baru</span>' : ''}</td>
        <td>${Api.esc(e.norm || '–')}</td>
        <td>${Api.time(e.waktu)}</td>
        <td>${badges(e.kodebooking)}</td>
        <td class="actions-cell"><div class="actions">
          <button type="button" class="call" data-act="call" data-i="${i}">${state.station === 'farmasi' ? 'Siapkan' : 'Panggil'}</button>
          <button type="button" class="danger" data-act="noshow" data-i="${i}">Tidak hadir</button>
        </div></td>
      </tr>`).join('');
    $('dilayani').innerHTML = q.inService.length === 0
      ? '<div class="empty">Belum ada pasien yang dipanggil.</div>'
      : q.inService.map((e, i) => `
        <div class="serving" data-kodebooking="${Api.esc(e.kodebooking)}">
          <div class="nomor">${Api.esc(number(e))}</div>
          <div class="meta">Kode booking ${Api.esc(e.kodebooking)} · No. RM ${Api.esc(e.norm || '–')} · dipanggil ${Api.time(e.waktu)}
            ${e.jenisresep ? ' · resep ' + Api.esc(e.jenisresep) : ''}</div>
          <div>${badges(e.kodebooking)}</div>
          <div class="actions start">
            <button type="button" class="primary" data-act="finish" data-s="${i}">${Api.esc(s.finishLabel)}</button>
            ${state.station !== 'farmasi' ? `<button type="button" class="call" data-act="again-s" data-s="${i}">Panggil ulang</button>` : ''}
            <button type="button" class="danger" data-act="noshow-s" data-s="${i}">Tidak hadir</button>
            <button type="button" data-act="detail-s" data-s="${i}">Riwayat</button>
          </div>
        </div>`).join('');
    $('diperbarui').textContent = 'Diperbarui ' + Api.time(Date.now()) + ' WIB · ' + q.total + ' kunjungan hari ini di stasiun ini';
  }

  async function record(kodebooking, taskid, extra) {
    clearMessages();
    const body = Object.assign({ kodebooking, taskid }, extra || {});
    try {
      const r = await Api.call('POST', '/api/tasks', body);
      showInfo((r.duplicate ? 'Sudah tercatat sebelumnya: ' : 'Tercatat: ') + 'task ' + r.taskid + ' (' + (Api.TASKS[r.taskid] || '')
        + ') untuk ' + kodebooking + ' pukul ' + Api.time(r.waktu) + ' WIB; pengiriman ke BPJS: ' + (Api.DELIVERY[r.delivery && r.delivery.status] || 'pending') + '.');
      await load();
      if (state.selected === kodebooking) showTimeline(kodebooking);
      return true;
    } catch (e) {
      showError('Ditolak: ' + e.message);
      if (e.status === 401) showAuth();
      return false;
    }
  }

  // the patient did not come: the display announces the number once more (the task keeps its time)
  async function callAgain(entry) {
    clearMessages();
    try {
      const r = await Api.call('POST', '/api/tasks/' + encodeURIComponent(entry.kodebooking) + '/panggil-ulang', {});
      showInfo('Dipanggil ulang: ' + number(entry) + ' pukul ' + Api.time(r.waktu) + ' WIB.');
    } catch (e) {
      showError('Tidak dapat memanggil ulang: ' + e.message);
      if (e.status === 401) showAuth();
    }
  }

  async function showTimeline(kodebooking) {
    state.selected = kodebooking;
    await timeline(kodebooking);
    const tl = state.timelines[kodebooking];
    if (!tl) { $('riwayat').textContent = 'Riwayat tidak dapat dimuat.'; return; }
    $('riwayat').innerHTML = `
      <div><strong>${Api.esc(tl.kodebooking)}</strong> · ${Api.esc(tl.nomorantrean || '')} · poli ${Api.esc(tl.kodepoli || '')}
        · ${tl.source === 'MOBILE_JKN' ? 'Mobile JKN' : 'Onsite'} · status ${Api.esc(tl.status)}</div>
      <ul class="timeline">${tl.booking ? `<li><span class="t">Booking</span><span>${tl.booking.call === 'ANTREAN_BATAL' ? 'Pembatalan (antrean/batal)' : 'Tambah antrean (antrean/add)'}</span>${Api.deliveryBadge(tl.booking.delivery)}
          ${tl.booking.delivery && tl.booking.delivery.status === 'rejected' && tl.booking.delivery.message ? '<span class="msg">BPJS: ' + Api.esc(tl.booking.delivery.message) + '</span>' : ''}</li>` : ''}${tl.tasks.map(t => `
        <li><span class="t">Task ${t.taskid}</span><span>${Api.esc(Api.TASKS[t.taskid] || t.taskname)}</span>
          <span class="muted">${Api.time(t.waktu)} WIB</span>${Api.deliveryBadge(t.delivery)}
          ${t.delivery && t.delivery.status === 'rejected' && t.delivery.message
            ? '<span class="msg">BPJS: ' + Api.esc(t.delivery.message) + (t.delivery.code ? ' (kode ' + Api.esc(t.delivery.code) + ')' : '') + '</span>' : ''}
        </li>`).join('') || '<li class="empty">Belum ada task.</li>'}
        ${tl.sep && tl.sep.nomor ? `<li><span class="t">SEP</span><span>${Api.esc(tl.sep.nomor)}</span><span class="muted">${Api.esc(tl.sep.state === 'ISSUED' ? 'terbit' : tl.sep.state)}${tl.sep.tglSep ? ' · ' + Api.esc(tl.sep.tglSep) : ''}</span></li>` : ''}
        ${tl.suratKontrol && tl.suratKontrol.nomor ? `<li><span class="t">Kontrol</span><span>Surat kontrol ${Api.esc(tl.suratKontrol.nomor)}</span><span class="muted">${Api.esc(tl.suratKontrol.tglRencanaKontrol || '')}</span></li>` : ''}
        ${tl.spri && tl.spri.nomor ? `<li><span class="t">SPRI</span><span>Perintah rawat inap ${Api.esc(tl.spri.nomor)}</span><span class="muted">${Api.esc(tl.spri.tglRencanaKontrol || '')}</span></li>` : ''}
        ${tl.farmasi ? `<li><span class="t">Farmasi</span><span>Nomor antrean farmasi ${Api.esc(tl.farmasi.nomorantrean)} (${Api.esc(tl.farmasi.jenisresep)})</span>${Api.deliveryBadge(tl.farmasi.delivery)}
          ${tl.farmasi.delivery && tl.farmasi.delivery.message && tl.farmasi.delivery.status === 'rejected' ? '<span class="msg">BPJS: ' + Api.esc(tl.farmasi.delivery.message) + '</span>' : ''}</li>` : ''}
      </ul>`;
    if (state.station !== 'farmasi') Vclaim.open(kodebooking);
  }

  function finishExtra() {
    return state.station === 'poli' ? { jenisresep: $('jenisresep').value } : {};
  }

  function listen() {
    if (state.source) state.source.close();
    if (!window.EventSource) return;
    state.source = new EventSource('/api/display/stream?station=' + state.station);
    state.source.onmessage = ev => {
      try { if (JSON.parse(ev.data).type === 'task') load(); } catch (e) { /* ignore */ }
    };
  }

  document.addEventListener('click', async ev => {
    const b = ev.target.closest('button[data-act]');
    if (!b || !state.queue) return;
    const s = STATIONS[state.station];
    const w = state.queue.waiting[b.dataset.i];
    const v = state.queue.inService[b.dataset.s];
    b.disabled = true;
    try {
      switch (b.dataset.act) {
        case 'call': await record(w.kodebooking, s.call); break;
        case 'noshow': if (confirm('Tandai ' + number(w) + ' tidak hadir?')) await record(w.kodebooking, 99); break;
        case 'detail': await showTimeline(w.kodebooking); break;
        case 'finish': await record(v.kodebooking, s.finish, finishExtra()); break;
        case 'noshow-s': if (confirm('Tandai ' + number(v) + ' tidak hadir?')) await record(v.kodebooking, 99); break;
        case 'detail-s': await showTimeline(v.kodebooking); break;
        case 'again-s': await callAgain(v); break;
      }
    } finally { b.disabled = false; }
  });

  $('panggil-berikut').addEventListener('click', async () => {
    if (!state.queue || state.queue.waiting.length === 0) return;
    const b = $('panggil-berikut');
    b.disabled = true;
    try { await record(state.queue.waiting[0].kodebooking, STATIONS[state.station].call); } finally { render(); }
  });

  $('form-masuk').addEventListener('submit', async ev => {
    ev.preventDefault();
    clearMessages();
    $('tombol-masuk').disabled = true;
    try {
      await Api.login($('username').value.trim(), $('password').value);
      $('password').value = '';
      showAuth();
    } catch (e) {
      showError('Gagal masuk: ' + e.message);
    } finally { $('tombol-masuk').disabled = false; }
  });

  function showPasswordForm(shown) {
    $('sandi').classList.toggle('hidden', !shown);
    $('konsol').classList.toggle('hidden', shown);
    $('form-sandi').reset();
    if (shown) {
      const c = Api.claims();
      $('sandi-pengguna').value = c ? (c.upn || c.sub || '') : ''; // lets a password manager update the right entry
      $('sandi-lama').focus();
    }
  }

  $('ganti-sandi').addEventListener('click', () => { clearMessages(); $('info').classList.add('hidden'); showPasswordForm(true); });
  $('batal-sandi').addEventListener('click', () => showPasswordForm(false));

  $('form-sandi').addEventListener('submit', async ev => {
    ev.preventDefault();
    clearMessages();
    if ($('sandi-baru').value !== $('sandi-ulang').value) {
      showError('Kata sandi baru dan ulangannya tidak sama.');
      return;
    }
    $('simpan-sandi').disabled = true;
    try {
      await Api.changePassword($('sandi-lama').value, $('sandi-baru').value);
      showPasswordForm(false);
      showInfo('Kata sandi diganti. Perangkat lain dengan akun ini harus masuk lagi.');
    } catch (e) {
      showError('Kata sandi tidak diganti: ' + e.message);
      if (e.status === 401) showAuth();
    } finally { $('simpan-sandi').disabled = false; }
  });

  $('keluar').addEventListener('click', () => { Api.logout(); if (state.source) state.source.close(); showAuth(); });

  $('stasiun').addEventListener('change', () => {
    document.querySelectorAll('.poli-only').forEach(el => el.classList.toggle('hidden', $('stasiun').value !== 'poli'));
  });

  $('pilih').addEventListener('submit', ev => {
    ev.preventDefault();
    clearMessages();
    state.station = $('stasiun').value;
    state.kodepoli = $('kodepoli').value.trim().toUpperCase();
    state.kodedokter = $('kodedokter').value.trim();
    state.tanggal = $('tanggal').value || Api.today();
    localStorage.setItem('antrean.stasiun', JSON.stringify({ station: state.station, kodepoli: state.kodepoli, kodedokter: state.kodedokter }));
    const q = new URLSearchParams({ stasiun: state.station });
    if (state.station === 'poli') { q.set('kodepoli', state.kodepoli); if (state.kodedokter) q.set('kodedokter', state.kodedokter); }
    history.replaceState(null, '', '?' + q);
    state.timelines = {};
    applyStationView();
    load();
    listen();
  });

  $('manual').addEventListener('submit', async ev => {
    ev.preventDefault();
    const taskid = Number($('m-taskid').value);
    const kb = $('m-kodebooking').value.trim();
    await record(kb, taskid, taskid === 5 ? finishExtra() : {});
  });

  // a SEP or letter written in the VClaim panel shows in the history at once
  Vclaim.init({ error: m => (m ? showError(m) : clearMessages()), info: showInfo, select: showTimeline,
    changed: kodebooking => { if (state.selected === kodebooking) showTimeline(kodebooking); } });
  Tiket.bind((message, e) => { showError(message); if (e.status === 401) showAuth(); }, showInfo);
  restore();
  applyStationView();
  showAuth();
  setInterval(() => { if (Api.claims() && !document.hidden) load(); }, 20000);
})();
