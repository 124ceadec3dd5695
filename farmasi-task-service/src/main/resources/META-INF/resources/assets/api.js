// Shared helpers for the staff pages: token in sessionStorage, JSON calls with readable errors, formatting.
'use strict';
const Api = (() => {
  const KEY = 'antrean.token';
  const token = () => sessionStorage.getItem(KEY);
  const claims = () => {
    const t = token();
    if (!t) return null;
    try {
      const p = JSON.parse(atob(t.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
      if (p.exp && p.exp * 1000 < Date.now()) { sessionStorage.removeItem(KEY); return null; }
      return p;
    } catch (e) { return null; }
  };
  // body: an object sent as JSON, or a file (Blob) sent as it is, with the file's own type
  async function call(method, path, body) {
    const headers = { 'Accept': 'application/json' };
    const file = typeof Blob !== 'undefined' && body instanceof Blob;
    if (body !== undefined && !file) headers['Content-Type'] = 'application/json';
    if (token()) headers['Authorization'] = 'Bearer ' + token();
    const res = await send(path, { method, headers, body: body === undefined || file ? body : JSON.stringify(body) });
    const text = await res.text();
    let data = null;
    try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
    if (!res.ok) throw refused(res, path, data);
    return data;
  }
  // a file the server makes (a ticket's PDF), as a Blob; a refusal reads as call()'s
  async function download(path) {
    const headers = { 'Accept': 'application/pdf, application/json' };
    if (token()) headers['Authorization'] = 'Bearer ' + token();
    const res = await send(path, { headers });
    if (!res.ok) {
      let data = null;
      try { data = await res.json(); } catch (e) { data = null; }
      throw refused(res, path, data);
    }
    return res.blob();
  }
  async function send(path, init) {
    try {
      return await fetch(path, init);
    } catch (e) {
      throw new Error('Server tidak dapat dihubungi. Periksa jaringan lalu coba lagi.');
    }
  }
  function refused(res, path, data) {
    if (res.status === 401 && path !== '/api/auth/login') sessionStorage.removeItem(KEY);
    const err = new Error((data && data.message) || ('Permintaan gagal (HTTP ' + res.status + ')'));
    err.status = res.status;
    return err;
  }
  async function login(username, password) {
    const data = await call('POST', '/api/auth/login', { username, password });
    sessionStorage.setItem(KEY, data.token);
    return claims();
  }
  // every earlier token of the account is revoked; the answer is a token issued after that
  async function changePassword(currentPassword, newPassword) {
    const data = await call('POST', '/api/auth/password', { currentPassword, newPassword });
    sessionStorage.setItem(KEY, data.token);
    return claims();
  }
  const logout = () => sessionStorage.removeItem(KEY);
  const pad = n => String(n).padStart(2, '0');
  const wibParts = ms => {
    const d = new Date(ms + 7 * 3600 * 1000); // WIB = UTC+7, no daylight saving
    return { y: d.getUTCFullYear(), m: pad(d.getUTCMonth() + 1), d: pad(d.getUTCDate()),
      h: pad(d.getUTCHours()), i: pad(d.getUTCMinutes()), s: pad(d.getUTCSeconds()) };
  };
  const time = ms => { if (ms == null) return '–'; const p = wibParts(ms); return p.h + ':' + p.i; };
  const today = () => { const p = wibParts(Date.now()); return p.y + '-' + p.m + '-' + p.d; };
  const esc = s => String(s == null ? '' : s).replace(/[&<>"']/g,
    c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  const TASKS = { 1: 'Tunggu admisi', 2: 'Dilayani admisi', 3: 'Tunggu poli', 4: 'Dilayani poli',
    5: 'Tunggu farmasi', 6: 'Obat disiapkan', 7: 'Obat siap', 99: 'Tidak hadir / batal' };
  const DELIVERY = { delivered: 'terkirim', pending: 'pending', rejected: 'ditolak' };
  const deliveryBadge = (d, prefix) => {
    const st = (d && d.status) || 'pending';
    const title = d && d.message ? ' title="' + esc(d.message) + '"' : '';
    return '<span class="badge ' + esc(st) + '"' + title + '>' + esc(prefix || '') + esc(DELIVERY[st] || st) + '</span>';
  };
  /**
   * An administrator's page (elements #masuk with #form-masuk, #username, #password; #isi; #pengguna; #keluar; #pesan;
   * #info): signing in and out, and what shows for whom. onAdmin runs whenever an administrator is signed in, onLeave
   * at signing out. Returns the page's {error, info, auth}.
   */
  function adminPage(onAdmin, onLeave = () => {}) {
    const $ = id => document.getElementById(id);
    const error = msg => { $('pesan').textContent = msg || ''; $('pesan').classList.toggle('hidden', !msg); };
    const info = msg => { $('info').textContent = msg || ''; $('info').classList.toggle('hidden', !msg); };
    function auth() {
      const c = claims();
      const admin = !!c && (c.groups || []).includes('admin');
      $('masuk').classList.toggle('hidden', !!c);
      $('isi').classList.toggle('hidden', !admin);
      $('pengguna').classList.toggle('hidden', !c);
      $('keluar').classList.toggle('hidden', !c);
      if (c) $('pengguna').textContent = (c.upn || '') + ' · ' + (c.groups || []).join(', ');
      if (c && !admin) error('Halaman ini hanya untuk administrator.');
      if (admin) { error(''); onAdmin(); }
    }
    $('form-masuk').addEventListener('submit', async ev => {
      ev.preventDefault();
      try { await login($('username').value.trim(), $('password').value); $('password').value = ''; auth(); }
      catch (e) { error('Gagal masuk: ' + e.message); }
    });
    $('keluar').addEventListener('click', () => { onLeave(); logout(); error(''); info(''); auth(); });
    return { error, info, auth };
  }

  return { call, download, login, changePassword, logout, token, claims, time, today, esc, TASKS, DELIVERY, deliveryBadge, adminPage };
})();
