// The displays' voice: each call said once, in order, never over another. The browser's speech synthesis when it has
// an Indonesian voice, else a chime. On/off and volume are kept per display (localStorage); a browser lets a page
// make sound only after one click on it, so until then the display says so plainly.

import { nomorDisebut } from './terbilang.js';

const PAUSE_MS = 700;
// a voice that never reports its end must not stop the queue
const LONGEST_SENTENCE_MS = 20000;

/** The whole call: "Nomor antrean A dua belas, silakan ke poli anak". */
export function kalimatPanggilan(nomor, tujuan) {
  return 'Nomor antrean ' + nomorDisebut(nomor) + ', silakan ke ' + tujuan;
}

/** Where a poli's call sends the patient: its display's name ("Poli Anak" is "poli anak"), else its code spelled. */
export function tujuanPoli(nama, kodepoli) {
  const name = String(nama || '').trim();
  if (name) return (/^poli\b/i.test(name) ? '' : 'poli ') + name.toLowerCase();
  return ('poli ' + String(kodepoli || '').trim().toUpperCase().split('').join(' ')).trim();
}

export class Suara {
  /** key: this display's own name in localStorage; controls: the element the on/off and volume controls go in. */
  constructor(key, controls) {
    this.key = 'antrean.suara.' + key;
    this.settings = Object.assign({ aktif: true, volume: 0.8 }, read(this.key));
    this.queue = [];
    this.busy = false;
    this.audio = null;
    this.build(controls);
    this.unlockWhenClicked();
    // the browser loads its voices on first asking
    indonesianVoice();
  }

  /** Queues a sentence; silent while the display's sound is off. */
  umumkan(kalimat) {
    if (!this.settings.aktif) return;
    this.queue.push(kalimat);
    if (!this.busy) this.next();
  }

  async next() {
    const kalimat = this.queue.shift();
    if (kalimat === undefined) { this.busy = false; return; }
    this.busy = true;
    document.body.dataset.diumumkan = kalimat;
    try {
      const voice = indonesianVoice();
      await (voice ? this.speak(kalimat, voice) : this.chime());
    } catch (e) { /* a failed announcement must not stop the ones after it */ }
    setTimeout(() => this.next(), PAUSE_MS);
  }

  speak(kalimat, voice) {
    return new Promise(resolve => {
      const u = new SpeechSynthesisUtterance(kalimat);
      u.voice = voice;
      u.lang = voice.lang;
      u.volume = this.settings.volume;
      u.rate = 0.9;
      const guard = setTimeout(resolve, LONGEST_SENTENCE_MS);
      u.onend = u.onerror = () => { clearTimeout(guard); resolve(); };
      window.speechSynthesis.speak(u);
    });
  }

  chime() {
    const ctx = this.context();
    if (!ctx) return Promise.resolve();
    [[0, 880], [0.35, 660]].forEach(([at, hz]) => {
      const o = ctx.createOscillator();
      const g = ctx.createGain();
      o.frequency.value = hz;
      o.connect(g); g.connect(ctx.destination);
      g.gain.setValueAtTime(0.4 * this.settings.volume + 0.0001, ctx.currentTime + at);
      g.gain.exponentialRampToValueAtTime(0.0001, ctx.currentTime + at + 0.3);
      o.start(ctx.currentTime + at); o.stop(ctx.currentTime + at + 0.3);
    });
    return new Promise(resolve => setTimeout(resolve, 800));
  }

  context() {
    if (!this.audio) {
      try { this.audio = new (window.AudioContext || window.webkitAudioContext)(); } catch (e) { return null; }
    }
    return this.audio;
  }

  build(controls) {
    controls.classList.add('suara');
    controls.innerHTML = '<button type="button" id="suara-aktif"></button>'
      + '<label>Volume <input type="range" id="suara-volume" min="0" max="100" step="10"></label>';
    this.toggle = controls.querySelector('#suara-aktif');
    this.volume = controls.querySelector('#suara-volume');
    this.volume.value = String(Math.round(this.settings.volume * 100));
    this.toggle.addEventListener('click', () => {
      this.settings.aktif = !this.settings.aktif;
      if (!this.settings.aktif) { this.queue = []; if (window.speechSynthesis) window.speechSynthesis.cancel(); }
      this.save();
    });
    this.volume.addEventListener('change', () => { this.settings.volume = Number(this.volume.value) / 100; this.save(); });
    this.banner = document.createElement('button');
    this.banner.type = 'button';
    this.banner.id = 'izin-suara';
    this.banner.className = 'izin-suara';
    this.banner.textContent = 'Klik di sini sekali agar nomor yang dipanggil dapat diucapkan';
    document.body.appendChild(this.banner);
    this.show();
  }

  save() {
    try { localStorage.setItem(this.key, JSON.stringify(this.settings)); } catch (e) { /* private mode: not kept */ }
    this.show();
  }

  show() {
    this.toggle.textContent = this.settings.aktif ? 'Suara: aktif' : 'Suara: mati';
    this.toggle.setAttribute('aria-pressed', String(this.settings.aktif));
    this.volume.disabled = !this.settings.aktif;
    document.body.dataset.suara = this.settings.aktif ? 'aktif' : 'mati';
    const ctx = this.audio;
    this.banner.hidden = !this.settings.aktif || (ctx !== null && ctx.state === 'running');
  }

  unlockWhenClicked() {
    // a kiosk-mode browser may allow sound from the start: then there is nothing to ask
    const ctx = this.context();
    if (ctx && ctx.state === 'running') { this.show(); return; }
    const unlock = () => {
      const c = this.context();
      // speech synthesis needs only that one click too (the page's activation), nothing to resume
      const resumed = c && c.resume ? c.resume() : Promise.resolve();
      Promise.resolve(resumed).catch(() => {}).then(() => this.show());
      this.banner.hidden = true;
    };
    document.addEventListener('click', unlock, { once: true });
  }
}

function indonesianVoice() {
  if (!window.speechSynthesis || !window.SpeechSynthesisUtterance) return null;
  return window.speechSynthesis.getVoices().find(v => String(v.lang || '').toLowerCase().startsWith('id')) || null;
}

function read(key) {
  try { return JSON.parse(localStorage.getItem(key) || '{}') || {}; } catch (e) { return {}; }
}
