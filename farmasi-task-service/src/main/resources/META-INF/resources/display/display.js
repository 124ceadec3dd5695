// Call board: reads the public board, then re-reads it whenever the server-sent event stream says the station changed;
// every new call (a number called again too) is announced aloud.
import { Suara, kalimatPanggilan, tujuanPoli } from './suara.js';

{
  const cfg = window.DISPLAY;
  const $ = id => document.getElementById(id);
  const esc = s => String(s == null ? '' : s).replace(/[&<>"']/g,
    c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  const pad = n => String(n).padStart(2, '0');
  const wib = ms => { const d = new Date(ms + 7 * 3600 * 1000); return pad(d.getUTCHours()) + ':' + pad(d.getUTCMinutes()); };
  let lastCall = null;
  let loading = null;
  const suara = new Suara(cfg.suaraKey, $('suara'));
  const tujuan = cfg.tujuan || tujuanPoli(cfg.nama, cfg.kodepoli);

  function clock() { $('jam').textContent = wib(Date.now()); }

  function render(b) {
    const c = b.called;
    const key = c ? c.nomor + '@' + c.waktu : null;
    if (c) {
      $('nomor').textContent = cfg.format(c.nomor);
      $('siapa').innerHTML = 'No. RM ' + esc(c.norm || '–') + '<span class="sep">·</span>' + esc(c.inisial || '');
      $('pukul').textContent = cfg.callText + ' · ' + wib(c.waktu) + ' WIB';
    } else {
      $('nomor').textContent = '–';
      $('siapa').innerHTML = '<span class="empty">Belum ada panggilan</span>';
      $('pukul').textContent = '';
    }
    if (key && lastCall !== null && key !== lastCall) {
      const now = $('sekarang');
      now.classList.remove('flash'); void now.offsetWidth; now.classList.add('flash');
      suara.umumkan(kalimatPanggilan(cfg.format(c.nomor), tujuan));
    }
    lastCall = key || '';
    document.body.dataset.panggilan = lastCall;
    $('berikut').innerHTML = b.next.length
      ? b.next.map(n => `<li><span>${esc(cfg.format(n.nomor))}</span><small>${esc(n.status)}</small></li>`).join('')
      : '<li class="empty">Tidak ada antrean</li>';
    $('jumlah').textContent = b.menunggu + ' pasien dalam antrean';
    document.body.dataset.updated = String(b.updatedAt);
  }

  async function refresh() {
    if (loading) return loading;
    loading = (async () => {
      try {
        const res = await fetch(cfg.boardUrl(), { headers: { Accept: 'application/json' } });
        if (res.ok) render(await res.json());
      } catch (e) { /* next event or poll tries again */ }
      finally { loading = null; }
    })();
    return loading;
  }

  function listen() {
    const src = new EventSource('/api/display/stream?station=' + cfg.station);
    src.onopen = () => { $('koneksi').classList.remove('off'); $('koneksi').textContent = 'Terhubung'; };
    src.onerror = () => {
      $('koneksi').classList.add('off'); $('koneksi').textContent = 'Menyambung ulang…';
      // a refused stream (429: too many screens at this address) is not retried by the browser; the board still polls
      if (src.readyState === EventSource.CLOSED) setTimeout(listen, 60000);
    };
    src.onmessage = ev => {
      try {
        const s = JSON.parse(ev.data);
        if (s.type === 'task' || s.type === 'ready') refresh();
      } catch (e) { /* ignore */ }
    };
  }

  clock();
  setInterval(clock, 5000);
  refresh();
  listen();
  // check-ins come from the booking stream, not from a station: read the board now and then as well
  setInterval(refresh, 30000);
}
