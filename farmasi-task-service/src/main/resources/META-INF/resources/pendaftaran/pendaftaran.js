// The counter's onsite registration: for a JKN patient the member's status and referrals from BPJS VClaim first (a
// look-up by the clerk, never a step of the Mobile JKN path), then a practice with places left, then the number.
'use strict';
(() => {
  const $ = id => document.getElementById(id);
  const esc = Api.esc;
  const state = { slots: [], peserta: null };

  function error(msg) { $('pesan').textContent = msg || ''; $('pesan').classList.toggle('hidden', !msg); if (msg) $('info').classList.add('hidden'); }
  function info(msg) { $('info').textContent = msg || ''; $('info').classList.toggle('hidden', !msg); if (msg) $('pesan').classList.add('hidden'); }

  const jkn = () => $('jenispasien').value === 'JKN';

  function auth() {
    const c = Api.claims();
    const allowed = !!c && (c.groups || []).some(g => g === 'admin' || g === 'admisi');
    $('masuk').classList.toggle('hidden', !!c);
    $('isi').classList.toggle('hidden', !allowed);
    $('pengguna').classList.toggle('hidden', !c);
    $('keluar').classList.toggle('hidden', !c);
    if (c) $('pengguna').textContent = (c.upn || '') + ' · ' + (c.groups || []).join(', ');
    if (c && !allowed) error('Halaman ini untuk petugas pendaftaran (admisi) dan administrator.');
    if (allowed) { error(''); if (!$('tanggal').value) $('tanggal').value = Api.today(); loadSlots(); }
    else if (!c) $('username').focus();
  }

  function applyKind() {
    document.querySelectorAll('.jkn-only').forEach(el => el.classList.toggle('hidden', !jkn()
      || (el.id === 'rujukan-blok' && !state.peserta)));
    $('nomorreferensi').required = jkn();
    $('peserta').classList.toggle('hidden', !jkn() || !state.peserta);
    renderSlots();
  }

  // ---- member and referrals (BPJS VClaim through the gateway) ----
  function showPeserta(p) {
    const active = p.statusPeserta && p.statusPeserta.kode === '0';
    $('peserta').innerHTML = `
      <div class="serving ${active ? '' : 'inactive'}" id="kartu-peserta">
        <div><strong>${esc(p.nama || '')}</strong> · kartu ${esc(p.noKartu || '')}</div>
        <div class="meta">Status <span class="badge ${active ? 'delivered' : 'rejected'}" id="status-peserta">${esc(p.statusPeserta ? p.statusPeserta.keterangan : '–')}</span>
          · hak kelas ${esc(p.hakKelas ? p.hakKelas.keterangan : '–')}
          · faskes ${esc(p.provUmum ? p.provUmum.nmProvider : '–')}
          · ${esc(p.jenisPeserta ? p.jenisPeserta.keterangan : '')}</div>
        ${active ? '' : '<div class="msg">Peserta tidak aktif: pasien tidak dapat dilayani sebagai JKN hari ini. Daftarkan sebagai pasien umum atau minta pasien menghubungi BPJS.</div>'}
      </div>`;
    $('peserta').classList.remove('hidden');
    if (p.nik) $('nik').value = p.nik;
    if (p.mr && p.mr.noMR && !$('norm').value) $('norm').value = p.mr.noMR;
    if (p.mr && p.mr.noTelepon && !$('nohp').value) $('nohp').value = p.mr.noTelepon;
  }

  function showReferrals(list) {
    $('rujukan-blok').classList.remove('hidden');
    $('rujukan-kosong').classList.toggle('hidden', list.length > 0);
    $('rujukan').innerHTML = list.map((r, i) => `
      <tr>
        <td>${esc(r.noKunjungan)}</td>
        <td>${esc(r.tglKunjungan)}</td>
        <td title="${esc(r.poliRujukan ? r.poliRujukan.nama : '')}">${esc(r.poliRujukan ? r.poliRujukan.kode : '–')}</td>
        <td>${esc(r.provPerujuk ? r.provPerujuk.nama : '–')}</td>
        <td title="${esc(r.diagnosa ? r.diagnosa.nama : '')}">${esc(r.diagnosa ? r.diagnosa.kode : '–')}</td>
        <td class="actions-cell"><button type="button" data-rujukan="${i}">Pakai</button></td>
      </tr>`).join('');
    state.referrals = list;
  }

  $('form-cek').addEventListener('submit', async ev => {
    ev.preventDefault();
    error(''); info('');
    const noka = $('nomorkartu').value.trim();
    if (!/^\d{13}$/.test(noka)) { error('Nomor kartu JKN harus 13 angka.'); return; }
    $('cek-peserta').disabled = true;
    state.peserta = null;
    $('peserta').classList.add('hidden');
    $('rujukan-blok').classList.add('hidden');
    try {
      const p = await Api.call('GET', '/bpjs/vclaim/peserta/nokartu/' + noka + '?tglSEP=' + encodeURIComponent($('tanggal').value || Api.today()));
      state.peserta = p;
      showPeserta(p);
      try {
        const r = await Api.call('GET', '/bpjs/vclaim/rujukan/list/peserta/' + noka);
        showReferrals((r && r.rujukan) || []);
      } catch (e) {
        // BPJS answers "no referral" as a refusal: an empty list for the clerk, the words kept
        showReferrals([]);
        $('rujukan-kosong').textContent = 'Rujukan: ' + e.message;
      }
    } catch (e) {
      error('Peserta: ' + e.message);
      if (e.status === 401) auth();
    } finally { $('cek-peserta').disabled = false; }
  });

  $('rujukan').addEventListener('click', ev => {
    const b = ev.target.closest('button[data-rujukan]');
    if (!b) return;
    const r = state.referrals[b.dataset.rujukan];
    $('nomorreferensi').value = r.noKunjungan;
    $('jeniskunjungan').value = '1';
    const poli = r.poliRujukan && r.poliRujukan.kode;
    const match = state.slots.findIndex(s => s.kodepoli === poli && !full(s));
    if (match >= 0) $('jadwal').value = String(match);
    info('Rujukan ' + r.noKunjungan + ' dipakai' + (poli ? ' (poli ' + poli + ')' : '') + '.');
  });

  // ---- schedules with places left (antrean-service) ----
  const left = s => jkn() ? s.sisakuotajkn : s.sisakuotanonjkn;
  const full = s => s.tutup || left(s) <= 0;

  function renderSlots() {
    const chosen = $('jadwal').value;
    $('jadwal').innerHTML = state.slots.length === 0
      ? '<option value="">Tidak ada jadwal dokter pada tanggal ini</option>'
      : '<option value="">Pilih poli dan dokter…</option>' + state.slots.map((s, i) => `<option value="${i}" ${full(s) ? 'disabled' : ''}>${esc(s.kodepoli)} · ${esc(s.namapoli)} · ${esc(s.namadokter)} · ${esc(s.jampraktek)} (${s.tutup ? 'tutup' : 'sisa ' + left(s)})</option>`).join('');
    if (chosen && state.slots[chosen] && !full(state.slots[chosen])) $('jadwal').value = chosen;
  }

  async function loadSlots() {
    try {
      state.slots = await Api.call('GET', '/api/jadwal?tanggal=' + encodeURIComponent($('tanggal').value || Api.today()));
    } catch (e) {
      state.slots = [];
      error('Jadwal: ' + e.message);
      if (e.status === 401) auth();
    }
    renderSlots();
  }

  // ---- taking the number ----
  $('form-daftar').addEventListener('submit', async ev => {
    ev.preventDefault();
    error(''); info('');
    const s = state.slots[$('jadwal').value];
    if (!s) { error('Pilih poli dan dokter.'); return; }
    if (jkn() && !/^\d{13}$/.test($('nomorkartu').value.trim())) { error('Nomor kartu JKN harus 13 angka.'); return; }
    if (jkn() && state.peserta && state.peserta.statusPeserta && state.peserta.statusPeserta.kode !== '0'
        && !confirm('BPJS mencatat peserta ini tidak aktif. Tetap daftarkan sebagai JKN?')) return;
    const body = {
      jenispasien: $('jenispasien').value, nik: $('nik').value.trim(), norm: $('norm').value.trim() || null,
      nohp: $('nohp').value.trim() || null, kodepoli: s.kodepoli, kodedokter: s.kodedokter,
      tanggalperiksa: s.tanggal, jampraktek: s.jampraktek,
      jeniskunjungan: jkn() ? $('jeniskunjungan').value : '1',
      nomorkartu: jkn() ? $('nomorkartu').value.trim() : null,
      nomorreferensi: jkn() ? $('nomorreferensi').value.trim() : null
    };
    $('ambil').disabled = true;
    try {
      const t = await Api.call('POST', '/api/antrean', body);
      $('tiket').innerHTML = `
        <div class="serving" id="nomor-baru">
          <div class="nomor">${esc(t.nomorantrean)}</div>
          <div class="meta">Kode booking <strong>${esc(t.kodebooking)}</strong> · ${esc(t.namapoli)} · ${esc(t.namadokter)}
            · perkiraan dilayani ${Api.time(t.estimasidilayani)} WIB${t.norm ? ' · No. RM ' + esc(t.norm) : ''}</div>
          <div class="muted">${esc(t.keterangan || '')}</div>
          <div class="actions start"><button type="button" data-cetak-tiket="${esc(t.kodebooking)}">Cetak tiket</button></div>
        </div>`;
      $('tiket').classList.remove('hidden');
      info('Nomor ' + t.nomorantrean + ' diambil untuk kode booking ' + t.kodebooking + '.');
      loadSlots();
    } catch (e) {
      error('Tidak terdaftar: ' + e.message);
      if (e.status === 401) auth();
    } finally { $('ambil').disabled = false; }
  });

  $('jenispasien').addEventListener('change', applyKind);
  $('tanggal').addEventListener('change', loadSlots);
  $('form-masuk').addEventListener('submit', async ev => {
    ev.preventDefault();
    try { await Api.login($('username').value.trim(), $('password').value); $('password').value = ''; auth(); }
    catch (e) { error('Gagal masuk: ' + e.message); }
  });
  $('keluar').addEventListener('click', () => { Api.logout(); state.peserta = null; auth(); });

  Tiket.bind((message, e) => { error(message); if (e.status === 401) auth(); }, info);
  applyKind();
  auth();
})();
