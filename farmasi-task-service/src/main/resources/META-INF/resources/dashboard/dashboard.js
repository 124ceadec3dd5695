// Dashboard of a day (and a poli): /api/statistik for times, /api/dashboard for sources and deliveries.
'use strict';
(() => {
  const $ = id => document.getElementById(id);
  const esc = Api.esc;
  const C = { wait: '#f0a202', serve: '#1565c0', ok: '#1e7b34', pend: '#f0a202', bad: '#b3261e', jkn: '#0b6e4f', onsite: '#5c8fc7', grid: '#d9e1e8', ink: '#12263a', muted: '#5b6b7b' };
  const minutes = s => s == null ? null : Math.round(s / 6) / 10;
  const fmtMin = s => s == null ? '–' : minutes(s).toLocaleString('id-ID') + ' mnt';

  function error(msg) { $('pesan').textContent = msg; $('pesan').classList.toggle('hidden', !msg); }

  function auth() {
    const c = Api.claims();
    $('masuk').classList.toggle('hidden', !!c);
    $('isi').classList.toggle('hidden', !c);
    $('pengguna').classList.toggle('hidden', !c);
    $('keluar').classList.toggle('hidden', !c);
    if (c) { $('pengguna').textContent = (c.upn || '') + ' · ' + (c.groups || []).join(', '); load(); }
  }

  // horizontal grouped bars: rows [{label, values:[{v, color, text}]}]
  // drawn at the container's width so that the text keeps its size on a phone
  const widthOf = id => Math.max(320, Math.round($(id).clientWidth || 640));

  function bars(rows, unit, W) {
    const max = Math.max(1, ...rows.flatMap(r => r.values.map(x => x.v || 0)));
    const left = W < 500 ? 80 : 120, right = 70, bh = 22, gap = 6, group = rows[0] ? rows[0].values.length * (bh + gap) + 14 : 0;
    const H = rows.length * group + 10;
    let svg = `<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="grafik">`;
    rows.forEach((r, i) => {
      const y0 = 6 + i * group;
      svg += `<text x="0" y="${y0 + group / 2 - 4}" font-size="15" font-weight="600" fill="${C.ink}">${esc(r.label)}</text>`;
      r.values.forEach((x, j) => {
        const y = y0 + j * (bh + gap);
        const w = x.v ? Math.max(2, (W - left - right) * x.v / max) : 0;
        svg += `<rect x="${left}" y="${y}" width="${W - left - right}" height="${bh}" fill="#f3f6f9" rx="4"/>`;
        svg += `<rect x="${left}" y="${y}" width="${w}" height="${bh}" fill="${x.color}" rx="4"/>`;
        svg += `<text x="${left + w + 6}" y="${y + bh - 6}" font-size="14" fill="${C.ink}">${esc(x.text != null ? x.text : (x.v == null ? '–' : x.v + (unit || '')))}</text>`;
      });
    });
    return svg + '</svg>';
  }

  // one stacked bar per row: rows [{label, parts:[{v,color}]}]
  function stacked(rows, W) {
    const left = W < 500 ? 110 : 250, right = 40, bh = 26, gap = 12;
    const H = rows.length * (bh + gap) + 6;
    let svg = `<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="grafik pengiriman">`;
    rows.forEach((r, i) => {
      const y = 4 + i * (bh + gap);
      const total = r.parts.reduce((a, p) => a + p.v, 0);
      svg += `<text x="0" y="${y + bh - 8}" font-size="15" font-weight="600" fill="${C.ink}">${esc(r.label)}</text>`;
      svg += `<rect x="${left}" y="${y}" width="${W - left - right}" height="${bh}" fill="#f3f6f9" rx="4"/>`;
      let x = left;
      r.parts.forEach(p => {
        if (!total || !p.v) return;
        const w = (W - left - right) * p.v / total;
        svg += `<rect x="${x}" y="${y}" width="${w}" height="${bh}" fill="${p.color}"/>`;
        if (w > 26) svg += `<text x="${x + w / 2}" y="${y + bh - 8}" font-size="14" font-weight="700" fill="#fff" text-anchor="middle">${p.v}</text>`;
        x += w;
      });
      svg += `<text x="${W - right + 8}" y="${y + bh - 8}" font-size="14" fill="${C.muted}">${total}</text>`;
    });
    return svg + '</svg>';
  }

  function donut(parts) {
    const total = parts.reduce((a, p) => a + p.v, 0);
    const R = 70, r = 44, cx = 90, cy = 90;
    let svg = `<svg viewBox="0 0 420 180" role="img" aria-label="sumber booking">`;
    if (!total) {
      svg += `<circle cx="${cx}" cy="${cy}" r="${(R + r) / 2}" fill="none" stroke="${C.grid}" stroke-width="${R - r}"/>`;
    } else {
      let a0 = -Math.PI / 2;
      parts.forEach(p => {
        if (!p.v) return;
        const a1 = a0 + 2 * Math.PI * p.v / total - (p.v === total ? 0.0001 : 0);
        const large = a1 - a0 > Math.PI ? 1 : 0;
        const pt = (rad, a) => `${cx + rad * Math.cos(a)},${cy + rad * Math.sin(a)}`;
        svg += `<path d="M${pt(R, a0)} A${R},${R} 0 ${large} 1 ${pt(R, a1)} L${pt(r, a1)} A${r},${r} 0 ${large} 0 ${pt(r, a0)} Z" fill="${p.color}"/>`;
        a0 = a1;
      });
    }
    svg += `<text x="${cx}" y="${cy + 8}" font-size="24" font-weight="800" text-anchor="middle" fill="${C.ink}">${total}</text>`;
    parts.forEach((p, i) => {
      const y = 60 + i * 40;
      const pct = total ? Math.round(100 * p.v / total) : 0;
      svg += `<rect x="200" y="${y - 14}" width="16" height="16" rx="3" fill="${p.color}"/>`;
      svg += `<text x="224" y="${y}" font-size="17" fill="${C.ink}">${esc(p.label)}: <tspan font-weight="700">${p.v}</tspan> (${pct}%)</text>`;
    });
    return svg + '</svg>';
  }

  async function load() {
    error('');
    const q = new URLSearchParams({ tanggal: $('tanggal').value || Api.today() });
    const poli = $('kodepoli').value.trim().toUpperCase();
    if (poli) q.set('kodepoli', poli);
    try {
      const [stat, counts] = await Promise.all([Api.call('GET', '/api/statistik?' + q), Api.call('GET', '/api/dashboard?' + q)]);
      render(stat, counts);
    } catch (e) {
      error(e.message);
      if (e.status === 401) auth();
    }
  }

  function render(stat, counts) {
    const t = stat.total;
    $('k-kunjungan').textContent = counts.kunjungan;
    $('k-status').textContent = counts.status.open + ' berjalan · ' + counts.status.ended + ' tidak hadir · ' + counts.status.cancelled + ' batal';
    $('k-tunggu').textContent = t ? fmtMin(t.poli.tunggu.averageSeconds) : '–';
    $('k-terkirim').textContent = counts.tasks.delivered;
    $('k-kirim').textContent = counts.tasks.pending + ' pending';
    $('k-ditolak').textContent = counts.tasks.rejected + counts.farmasi.rejected;
    $('c-sumber').innerHTML = donut([
      { label: 'Mobile JKN', v: counts.sumber.MOBILE_JKN || 0, color: C.jkn },
      { label: 'Onsite', v: counts.sumber.ONSITE || 0, color: C.onsite }]);
    const st = [['Admisi', 'admisi'], ['Poli', 'poli'], ['Farmasi', 'farmasi']];
    $('c-waktu').innerHTML = bars(st.map(([label, k]) => ({
      label, values: [
        { v: t ? minutes(t[k].tunggu.averageSeconds) : null, color: C.wait, text: t ? fmtMin(t[k].tunggu.averageSeconds) : '–' },
        { v: t ? minutes(t[k].layan.averageSeconds) : null, color: C.serve, text: t ? fmtMin(t[k].layan.averageSeconds) : '–' }]
    })), '', widthOf('c-waktu'));
    $('c-waktu-rinci').textContent = t ? st.map(([label, k]) => label + ': tunggu ' + fmtMin(t[k].tunggu.minSeconds) + '–' + fmtMin(t[k].tunggu.maxSeconds)
      + ' (' + t[k].tunggu.count + ' pasien)').join(' · ') : 'Belum ada data.';
    const rows = Object.entries(counts.perTask).map(([taskid, d]) => ({
      label: widthOf('c-kirim') < 500 ? 'Task ' + taskid : 'Task ' + taskid + ' · ' + (Api.TASKS[taskid] || ''),
      parts: [{ v: d.delivered, color: C.ok }, { v: d.pending, color: C.pend }, { v: d.rejected, color: C.bad }] }));
    const f = counts.farmasi;
    if (f.delivered + f.pending + f.rejected) rows.push({ label: widthOf('c-kirim') < 500 ? 'No. farmasi' : 'No. antrean farmasi', parts: [{ v: f.delivered, color: C.ok }, { v: f.pending, color: C.pend }, { v: f.rejected, color: C.bad }] });
    $('c-kirim').innerHTML = rows.length ? stacked(rows, widthOf('c-kirim')) : '<div class="empty">Belum ada task tercatat pada tanggal ini.</div>';
  }

  $('form-masuk').addEventListener('submit', async ev => {
    ev.preventDefault();
    try { await Api.login($('username').value.trim(), $('password').value); $('password').value = ''; auth(); }
    catch (e) { error('Gagal masuk: ' + e.message); }
  });
  $('keluar').addEventListener('click', () => { Api.logout(); auth(); });
  $('filter').addEventListener('submit', ev => { ev.preventDefault(); load(); });
  const q = new URLSearchParams(location.search);
  $('tanggal').value = q.get('tanggal') || Api.today();
  $('kodepoli').value = q.get('kodepoli') || '';
  auth();
  setInterval(() => { if (Api.claims() && !document.hidden) load(); }, 60000);
})();
