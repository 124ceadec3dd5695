// VClaim in the visit, beside the station's queue: the SEP at admission (check the member, the referral, issue,
// update, discharge date, delete) and the surat kontrol at the poli (a date and a doctor from BPJS's own list).
// The server keeps one SEP and one letter per visit and answers BPJS's refusals in BPJS's words, shown as they are.
'use strict';
const Vclaim = (() => {
  const $ = id => document.getElementById(id);
  const esc = Api.esc;
  // select: the page shows the visit (its history) and opens it here; changed: a letter was issued or deleted
  let ui = { error: () => {}, info: () => {}, select: kb => open(kb), changed: () => {} };
  const state = { kodebooking: null, visit: null, draft: null, referrals: [], plans: {} };

  const roles = () => ((Api.claims() || {}).groups || []);
  const may = (...r) => roles().some(g => g === 'admin' || r.includes(g));
  const base = () => '/api/kunjungan/' + encodeURIComponent(state.kodebooking);
  const plusDays = (date, n) => { const d = new Date(date + 'T00:00:00Z'); d.setUTCDate(d.getUTCDate() + n); return d.toISOString().slice(0, 10); };

  // BPJS's refusal carries its own words; the clerk sees them as BPJS wrote them
  const refused = (what, e) => { ui.error(what + ': ' + e.message); if (e.status === 401) location.reload(); };

  async function open(kodebooking) {
    if (state.kodebooking !== kodebooking) ui.error('');
    state.kodebooking = kodebooking;
    state.draft = null;
    state.plans = {};
    $('v-kodebooking').value = kodebooking;
    await reload();
  }

  async function reload() {
    if (!state.kodebooking) { $('v-isi').innerHTML = ''; return; }
    try {
      state.visit = await Api.call('GET', base() + '/vclaim');
    } catch (e) {
      state.visit = null;
      $('v-isi').innerHTML = '<div class="empty">' + esc(e.message) + '</div>';
      return;
    }
    render();
  }

  function render() {
    const v = state.visit;
    const sepPart = sepView(v.sep);
    const letterPart = v.sep && v.sep.state === 'ISSUED' ? planView('sk') : '';
    $('v-isi').innerHTML = `<div class="muted">Kunjungan ${esc(state.kodebooking)}</div>${sepPart}${letterPart}${planView('spri')}`;
  }

  // ---- SEP ----
  function sepView(sep) {
    const admission = may('admisi');
    if (!sep) {
      if (!admission) return '<h3>SEP</h3><div class="empty">Belum ada SEP untuk kunjungan ini (diterbitkan di admisi).</div>';
      return `<h3>SEP</h3><div class="empty">Belum ada SEP.</div>
        <button type="button" class="primary" id="v-sep-draf">Siapkan SEP</button>${state.draft ? draftView() : ''}`;
    }
    if (sep.state === 'ISSUING') return '<h3>SEP</h3><div class="empty">SEP sedang dibuat…</div>';
    if (sep.state === 'UNKNOWN') {
      return `<h3>SEP</h3><div class="alert error">Jawaban BPJS tidak diterima saat SEP dibuat: SEP mungkin sudah terbit.
        Periksa di aplikasi VClaim BPJS, lalu catat nomornya di sini, atau terbitkan lagi.</div>
        ${admission ? `<form id="v-sep-catat" class="row"><div class="field"><label for="v-sep-nomor-bpjs">Nomor SEP dari BPJS</label>
          <input id="v-sep-nomor-bpjs" maxlength="19" required></div><div><button type="submit">Catat nomor</button></div></form>
          <button type="button" class="space-above" id="v-sep-draf">Terbitkan lagi</button>${state.draft ? draftView() : ''}` : ''}`;
    }
    return `<h3>SEP</h3>
      <div class="letter" id="v-sep">
        <div class="nomor-surat" id="v-sep-nomor">${esc(sep.nomor)}</div>
        <div class="muted">Tanggal SEP ${esc(sep.tglSep || '')} · poli ${esc(sep.namaPoli || sep.poli || '')}
          · diagnosa ${esc(sep.diagnosa || sep.diagAwal || '')}${sep.tglPulang ? ' · pulang ' + esc(sep.tglPulang) : ''}
          ${sep.issuedBy ? ' · oleh ' + esc(sep.issuedBy) : ''}</div>
      </div>
      ${admission ? `
      <form id="v-sep-ubah" class="row space-above">
        <div class="field"><label for="v-diag">Diagnosa awal (ICD-10)</label><input id="v-diag" value="${esc(sep.diagAwal || '')}"></div>
        <div class="field"><label for="v-catatan">Catatan</label><input id="v-catatan" maxlength="200"></div>
        <div><button type="submit">Ubah SEP</button></div>
      </form>
      <form id="v-pulang" class="row space-above">
        <div class="field"><label for="v-tglpulang">Tanggal pulang</label><input id="v-tglpulang" type="date" required value="${esc(sep.tglPulang || Api.today())}"></div>
        <div class="field"><label for="v-statuspulang">Status pulang</label><select id="v-statuspulang">
          <option value="1">Atas persetujuan dokter</option><option value="3">Atas permintaan sendiri</option>
          <option value="5">Lain-lain</option><option value="4">Meninggal</option></select></div>
        <div><button type="submit">Simpan tanggal pulang</button></div>
      </form>
      <button type="button" class="danger space-above" id="v-sep-hapus">Hapus SEP</button>` : ''}`;
  }

  // the SEP request as the server prefilled it: every field an input; what is missing first and marked
  const leaves = (obj, prefix, out) => {
    Object.entries(obj || {}).forEach(([k, v]) => {
      const path = prefix ? prefix + '.' + k : k;
      if (v !== null && typeof v === 'object' && !Array.isArray(v)) leaves(v, path, out); else out.push([path, v]);
    });
    return out;
  };
  const FORCED = ['noKartu', 'noMR', 'tglSep', 'user', 'ppkPelayanan', 'jnsPelayanan'];
  const MAIN = ['rujukan.noRujukan', 'rujukan.tglRujukan', 'rujukan.ppkRujukan', 'rujukan.asalRujukan', 'diagAwal',
    'poli.tujuan', 'dpjpLayan', 'klsRawat.klsRawatHak', 'noTelp', 'catatan', 'skdp.noSurat', 'skdp.kodeDPJP'];
  const fieldId = path => 'v-f-' + path.replace(/\./g, '-');
  // the clerk's words for VClaim's fields; any other field shows its VClaim name
  const LABELS = { noKartu: 'No. kartu', tglSep: 'Tanggal SEP', ppkPelayanan: 'PPK pelayanan', jnsPelayanan: 'Jenis pelayanan',
    'klsRawat.klsRawatHak': 'Hak kelas', noMR: 'No. RM', 'rujukan.asalRujukan': 'Asal rujukan (1 FKTP, 2 RS)',
    'rujukan.tglRujukan': 'Tanggal rujukan', 'rujukan.noRujukan': 'No. rujukan', 'rujukan.ppkRujukan': 'PPK perujuk',
    catatan: 'Catatan', diagAwal: 'Diagnosa awal (ICD-10)', 'poli.tujuan': 'Poli tujuan', 'skdp.noSurat': 'No. surat kontrol',
    'skdp.kodeDPJP': 'DPJP surat kontrol', dpjpLayan: 'DPJP yang melayani', noTelp: 'No. telepon', user: 'Petugas',
    tujuanKunj: 'Tujuan kunjungan (0 normal, 1 prosedur, 2 konsul)', assesmentPel: 'Asesmen pelayanan (1-5)',
    flagProcedure: 'Prosedur (0 tidak berkelanjutan, 1 berkelanjutan)', kdPenunjang: 'Penunjang (1-12)' };

  function draftView() {
    const d = state.draft;
    const p = d.peserta || {};
    const r = d.rujukan;
    const missing = new Set(d.missing || []);
    const all = leaves(d.request && d.request.t_sep, '', []);
    const input = ([path, value]) => `<div class="field ${missing.has(path) ? 'missing' : ''}">
        <label for="${fieldId(path)}" title="${esc(path)}">${esc(LABELS[path] || path)}${missing.has(path) ? ' (wajib diisi)' : ''}</label>
        <input id="${fieldId(path)}" data-path="${esc(path)}" value="${esc(value == null ? '' : value)}" ${FORCED.includes(path) ? 'readonly' : ''} ${missing.has(path) ? 'required' : ''}></div>`;
    const first = all.filter(([path]) => missing.has(path) || MAIN.includes(path) || FORCED.includes(path));
    const rest = all.filter(f => !first.includes(f));
    const active = p.statusPeserta && p.statusPeserta.kode === '0';
    return `
      <div class="serving ${active ? '' : 'inactive'} space-above" id="v-peserta">
        <div><strong>Peserta</strong> <span class="badge ${active ? 'delivered' : 'rejected'}">${esc(p.statusPeserta ? p.statusPeserta.keterangan : '–')}</span></div>
        <div class="meta">Hak kelas ${esc(p.hakKelas ? p.hakKelas.keterangan : '–')} · faskes ${esc(p.provUmum ? p.provUmum.nmProvider : '–')}</div>
        <div class="meta">Rujukan: ${r ? esc((r.noKunjungan || '') + ' · ' + (r.tglKunjungan || '') + ' · ' + (r.provPerujuk ? r.provPerujuk.nama : '') + ' · ' + (r.diagnosa ? r.diagnosa.nama : ''))
          : 'BPJS tidak mengenal rujukan booking ini; isi nomor rujukan yang benar.'}</div>
      </div>
      <div class="space-above"><button type="button" id="v-rujukan-cari">Cari rujukan peserta (FKTP dan RS)</button></div>
      <div id="v-rujukan-list" class="scroll-x"></div>
      <form id="v-sep-form" class="space-above">
        <div class="form-grid">${first.map(input).join('')}</div>
        ${rest.length ? `<details><summary>Isian SEP lainnya (${rest.length})</summary><div class="form-grid">${rest.map(input).join('')}</div></details>` : ''}
        <div class="space-above"><button type="submit" class="primary" id="v-sep-terbit">Terbitkan SEP</button></div>
      </form>`;
  }

  // the member's referrals, from primary care (asalRujukan 1) and from hospitals (2); BPJS's "none" is an empty list
  async function findReferrals() {
    const noka = state.draft.request.t_sep.noKartu;
    const list = async (path, asal) => {
      try {
        const r = await Api.call('GET', path + encodeURIComponent(noka));
        return ((r && r.rujukan) || []).map(x => ({ ...x, asal }));
      } catch (e) { return []; }
    };
    state.referrals = [...await list('/bpjs/vclaim/rujukan/list/peserta/', '1'), ...await list('/bpjs/vclaim/rujukan/rs/list/peserta/', '2')];
    $('v-rujukan-list').innerHTML = state.referrals.length === 0
      ? '<div class="empty">BPJS tidak mencatat rujukan aktif untuk peserta ini.</div>'
      : `<table id="v-rujukan-tabel"><thead><tr><th>No. rujukan</th><th>Asal</th><th>Tanggal</th><th>Poli</th><th>Diagnosa</th><th></th></tr></thead><tbody>
        ${state.referrals.map((r, i) => `<tr><td>${esc(r.noKunjungan)}</td><td>${r.asal === '1' ? 'FKTP' : 'RS'} · ${esc(r.provPerujuk ? r.provPerujuk.nama : '')}</td>
          <td>${esc(r.tglKunjungan)}</td><td>${esc(r.poliRujukan ? r.poliRujukan.kode : '')}</td>
          <td title="${esc(r.diagnosa ? r.diagnosa.nama : '')}">${esc(r.diagnosa ? r.diagnosa.kode : '')}</td>
          <td><button type="button" data-pakai-rujukan="${i}">Pakai</button></td></tr>`).join('')}</tbody></table>`;
  }

  function useReferral(r) {
    const set = (path, value) => { const el = $(fieldId(path)); if (el && value != null) el.value = value; };
    set('rujukan.noRujukan', r.noKunjungan);
    set('rujukan.tglRujukan', r.tglKunjungan);
    set('rujukan.ppkRujukan', r.provPerujuk && r.provPerujuk.kode);
    set('rujukan.asalRujukan', r.asal);
    set('diagAwal', r.diagnosa && r.diagnosa.kode);
    ui.info('Rujukan ' + r.noKunjungan + ' dipakai untuk SEP ini.');
  }

  function filledRequest() {
    const t = JSON.parse(JSON.stringify(state.draft.request.t_sep));
    document.querySelectorAll('#v-sep-form input[data-path]').forEach(el => {
      const keys = el.dataset.path.split('.');
      let o = t;
      keys.slice(0, -1).forEach(k => { o = o[k]; });
      o[keys[keys.length - 1]] = el.value.trim();
    });
    return { request: { t_sep: t } };
  }

  // ---- surat kontrol (on the SEP, for the next visit) and SPRI (an inpatient admission order, on the member's card) ----
  const PLANS = {
    sk: { title: 'Surat kontrol', path: '/suratkontrol', jenis: 2, dateLabel: 'Tanggal kontrol', days: 7, create: 'Buat surat kontrol',
      done: 'Surat kontrol', name: 'surat kontrol', note: 'Booking Mobile JKN berikutnya memakai nomor ini (jenis kunjungan 3).', of: v => v.suratKontrol },
    spri: { title: 'SPRI (surat perintah rawat inap)', path: '/spri', jenis: 1, dateLabel: 'Tanggal rawat inap', days: 0, create: 'Buat SPRI',
      done: 'SPRI', name: 'SPRI', note: 'Untuk SEP rawat inap di admisi rawat inap.', of: v => v.spri },
  };
  const plan = k => (state.plans[k] = state.plans[k] || { doctors: [], tanggal: null });

  function planView(k) {
    const p = PLANS[k];
    const letter = p.of(state.visit);
    const writer = may('poli', 'admisi');
    const picker = (label, id) => `
      <form id="${id}" class="space-above" data-plan="${k}">
        <div class="row">
          <div class="field"><label for="v-${k}-tgl">${p.dateLabel}</label><input id="v-${k}-tgl" type="date" required value="${esc(plan(k).tanggal || plusDays(Api.today(), p.days))}"></div>
          <div><button type="button" id="v-${k}-cari" data-cari="${k}">Cari dokter BPJS</button></div>
        </div>
        <div class="space-above">${doctorsView(k)}</div>
        <div class="space-above"><button type="submit" class="primary" id="${id}-kirim" ${plan(k).doctors.length ? '' : 'disabled'}>${label}</button></div>
      </form>`;
    if (!letter) {
      return `<h3>${p.title}</h3><div class="empty">Belum ada ${p.name}.</div>${writer ? picker(p.create, 'v-' + k + '-form') : ''}`;
    }
    if (letter.state !== 'ISSUED') return `<h3>${p.title}</h3><div class="empty">${p.done} sedang dibuat, atau jawaban BPJS belum diterima; buka lagi sebentar lagi.</div>`;
    return `<h3>${p.title}</h3>
      <div class="letter" id="v-${k}">
        <div class="nomor-surat" id="v-${k}-nomor">${esc(letter.nomor)}</div>
        <div class="muted">${p.dateLabel} ${esc(letter.tglRencanaKontrol || '')} · dokter ${esc(letter.namaDokter || letter.kodeDokter || '')}</div>
        <div class="muted">${p.note}</div>
      </div>
      ${writer ? `<details><summary>Ubah tanggal atau dokter</summary>${picker('Simpan perubahan', 'v-' + k + '-ubah')}</details>
        <button type="button" class="danger space-above" id="v-${k}-hapus" data-hapus="${k}">Hapus ${p.name}</button>` : ''}`;
  }

  function doctorsView(k) {
    const doctors = plan(k).doctors;
    if (!doctors.length) return '<div class="muted">Pilih tanggal lalu cari dokter yang praktik menurut BPJS.</div>';
    return doctors.map((d, i) => `<label class="check"><input type="radio" name="v-${k}-dokter" value="${i}" ${i === 0 ? 'checked' : ''}>
      ${esc(d.namaDokter)} · ${esc(d.jadwalPraktek || '')}${d.kapasitas != null ? ' · kapasitas ' + esc(d.kapasitas) : ''}</label>`).join('');
  }

  async function findDoctors(k) {
    const p = PLANS[k];
    plan(k).tanggal = $('v-' + k + '-tgl').value;
    try {
      const answer = await Api.call('GET', base() + '/suratkontrol/jadwal?jenis=' + p.jenis + '&tanggal=' + encodeURIComponent(plan(k).tanggal));
      plan(k).doctors = Array.isArray(answer) ? answer : ((answer && answer.list) || []);
      if (!plan(k).doctors.length) ui.error('BPJS tidak mencatat dokter praktik pada tanggal itu.');
    } catch (e) { plan(k).doctors = []; refused('Jadwal dokter BPJS', e); }
    render();
  }

  function chosenPlan(k) {
    const picked = document.querySelector(`input[name="v-${k}-dokter"]:checked`);
    const d = picked && plan(k).doctors[picked.value];
    return d ? { tglRencanaKontrol: plan(k).tanggal || $('v-' + k + '-tgl').value, kodeDokter: String(d.kodeDokter) } : null;
  }

  // ---- actions ----
  async function act(button, work) {
    if (button) button.disabled = true;
    try { await work(); } finally { if (button) button.disabled = false; }
  }

  document.addEventListener('click', ev => {
    const b = ev.target.closest('#vclaim button');
    if (!b || !state.kodebooking) return;
    if (b.id === 'v-sep-draf') {
      act(b, async () => {
        state.draft = null;
        render();
        try { state.draft = await Api.call('GET', base() + '/sep/draf'); render(); } catch (e) { refused('SEP tidak dapat disiapkan', e); }
      });
    } else if (b.id === 'v-sep-hapus') {
      if (!confirm('Hapus SEP ' + state.visit.sep.nomor + ' di BPJS?')) return;
      act(b, async () => {
        try { await Api.call('DELETE', base() + '/sep'); ui.info('SEP dihapus di BPJS.'); state.draft = null; await reload(); ui.changed(state.kodebooking); }
        catch (e) { refused('SEP tidak dihapus', e); }
      });
    } else if (b.id === 'v-rujukan-cari') {
      act(b, findReferrals);
    } else if (b.dataset.pakaiRujukan !== undefined) {
      useReferral(state.referrals[b.dataset.pakaiRujukan]);
    } else if (b.dataset.cari) {
      act(b, () => findDoctors(b.dataset.cari));
    } else if (b.dataset.hapus) {
      const k = b.dataset.hapus;
      const letter = PLANS[k].of(state.visit);
      if (!confirm('Hapus ' + PLANS[k].name + ' ' + letter.nomor + ' di BPJS?')) return;
      act(b, async () => {
        try { await Api.call('DELETE', base() + PLANS[k].path); ui.info(PLANS[k].done + ' dihapus di BPJS.'); state.plans = {}; await reload(); ui.changed(state.kodebooking); }
        catch (e) { refused(PLANS[k].done + ' tidak dihapus', e); }
      });
    }
  });

  document.addEventListener('submit', ev => {
    const f = ev.target.closest('#vclaim form');
    if (!f || f.id === 'v-buka') return;
    ev.preventDefault();
    const button = f.querySelector('button[type="submit"]');
    if (f.id === 'v-sep-form') {
      act(button, async () => {
        try {
          const s = await Api.call('POST', base() + '/sep', filledRequest());
          ui.info((s.created === false ? 'SEP sudah ada: ' : 'SEP terbit: ') + s.nomor);
          state.draft = null;
          await reload();
          ui.changed(state.kodebooking);
        } catch (e) {
          refused('SEP tidak terbit', e);
          // BPJS's refusal or a field to fix: the clerk's form stays as filled; anything else may have changed the visit
          if (e.status !== 422 && e.status !== 400) await reload();
        }
      });
    } else if (f.id === 'v-sep-catat') {
      act(button, async () => {
        try { await Api.call('PUT', base() + '/sep/nomor', { noSep: $('v-sep-nomor-bpjs').value.trim() }); ui.info('Nomor SEP dicatat.'); await reload(); ui.changed(state.kodebooking); }
        catch (e) { refused('Nomor SEP tidak dicatat', e); }
      });
    } else if (f.id === 'v-sep-ubah') {
      act(button, async () => {
        try { await Api.call('PUT', base() + '/sep', { request: { t_sep: { diagAwal: $('v-diag').value.trim(), catatan: $('v-catatan').value.trim() } } }); ui.info('SEP diubah di BPJS.'); await reload(); }
        catch (e) { refused('SEP tidak diubah', e); }
      });
    } else if (f.id === 'v-pulang') {
      act(button, async () => {
        try { await Api.call('PUT', base() + '/sep/tglpulang', { tglPulang: $('v-tglpulang').value, statusPulang: $('v-statuspulang').value }); ui.info('Tanggal pulang disimpan di BPJS.'); await reload(); }
        catch (e) { refused('Tanggal pulang tidak disimpan', e); }
      });
    } else if (f.dataset.plan) {
      const k = f.dataset.plan;
      const creating = f.id === 'v-' + k + '-form';
      const body = chosenPlan(k);
      if (!body) { ui.error('Pilih dokter dari daftar BPJS.'); return; }
      act(button, async () => {
        try {
          const s = await Api.call(creating ? 'POST' : 'PUT', base() + PLANS[k].path, body);
          ui.info(PLANS[k].done + (creating ? ' terbit: ' : ' diubah: ') + (s.nomor || ''));
          state.plans = {};
          await reload();
          ui.changed(state.kodebooking);
        } catch (e) { refused(PLANS[k].done + (creating ? ' tidak terbit' : ' tidak diubah'), e); }
      });
    }
  });

  function init(hooks) {
    ui = Object.assign(ui, hooks);
    $('v-buka').addEventListener('submit', ev => {
      ev.preventDefault();
      const kb = $('v-kodebooking').value.trim();
      if (kb) ui.select(kb);
    });
  }

  return { init, open, reload };
})();
