// The lobby's self-service kiosk (anjungan pasien mandiri): check-in of a booking (QR by camera or USB scanner,
// or the on-screen keypad) and an onsite number for a JKN walk-in, then the ticket printed. Every refusal is said to
// the patient in plain words with what to do next; after a while without a touch the kiosk forgets the visit and
// returns to its start (?idle=<seconds> shortens it for tests). The device signs in once with a kiosk account.
'use strict';
(() => {
  const $ = id => document.getElementById(id);
  const esc = Api.esc;
  const params = new URLSearchParams(location.search);
  const IDLE_SECONDS = Math.max(3, Number(params.get('idle')) || 30);
  const COUNTER = 'Silakan ke loket pendaftaran.';

  // what one visit holds; cleared whole when the visit ends
  let visit = {};
  let idleTimer = null;
  let camera = null;

  // ---- screens ----
  function show(id) {
    document.querySelectorAll('.layar').forEach(el => el.classList.toggle('hidden', el.id !== id));
    if (id !== 'layar-kode') stopCamera();
  }

  /** The start: nothing of the last patient stays on screen or in memory. */
  function start() {
    visit = {};
    stopCamera();
    ['masukan', 'daftar-booking', 'daftar-rujukan', 'daftar-jadwal', 'nomor-besar', 'rincian', 'arahan',
      'status-cetak', 'pesan', 'pesan-arahan', 'status-peserta', 'poli-jadwal', 'selesai-judul'].forEach(id => { $(id).textContent = ''; });
    $('cetak').textContent = '';
    if (!Api.claims()) { show('layar-masuk'); return; }
    show('layar-awal');
  }

  function touched() {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => { if (Api.claims()) start(); }, IDLE_SECONDS * 1000);
  }
  ['pointerdown', 'keydown', 'touchstart'].forEach(type => document.addEventListener(type, touched, { capture: true, passive: true }));

  function refuse(message, next) {
    $('pesan').textContent = message;
    $('pesan-arahan').textContent = next || '';
    show('layar-pesan');
  }

  // ---- BPJS's and the counter's words, said to a patient with what to do next ----
  const PLAIN = [
    [/^Antrean Tidak Ditemukan$/i, 'Kode booking tidak ditemukan.', 'Periksa kembali kode booking Anda di Mobile JKN, atau ' + COUNTER.toLowerCase()],
    [/Tidak Ada Antrean Hari Ini/i, 'Tidak ada antrean hari ini untuk NIK tersebut.', 'Pasien JKN dapat memilih "Ambil antrean JKN" di layar awal, atau ' + COUNTER.toLowerCase()],
    [/Sudah Checkin Sebelumnya/i, 'Anda sudah check-in sebelumnya.', 'Silakan menunggu panggilan di ruang tunggu.'],
    [/Checkin Hanya Dapat Dilakukan Pada Tanggal Periksa/i, 'Check-in hanya dapat dilakukan pada hari periksa.', 'Silakan datang kembali pada tanggal periksa Anda.'],
    [/Dibatalkan/i, 'Antrean ini sudah dibatalkan.', 'Silakan ambil antrean baru, atau ' + COUNTER.toLowerCase()],
    [/Kuota JKN untuk jadwal ini sudah penuh/i, 'Maaf, antrean JKN untuk dokter ini hari ini sudah penuh.', 'Silakan pilih dokter lain, atau ' + COUNTER.toLowerCase()],
    [/Hanya Dapat Diambil 1 Kali/i, 'Anda sudah memiliki nomor antrean di poli ini hari ini.', 'Silakan pilih "Check-in" di layar awal dengan kode booking atau NIK Anda.'],
    [/Nomor Referensi Sudah Digunakan/i, 'Rujukan ini sudah dipakai untuk antrean lain yang masih aktif.', COUNTER],
    [/pasien baru|Belum Terdaftar|rekam medis/i, 'Anda belum terdaftar sebagai pasien di rumah sakit ini.', 'Silakan ke loket pendaftaran untuk pendaftaran pasien baru.'],
    [/Nomor Kartu Wajib Diisi/i, 'Nomor kartu JKN Anda belum tercatat di rumah sakit ini.', COUNTER],
    [/Tutup|Jadwal Dokter|Poli Tidak Ditemukan|tidak tersedia/i, 'Jadwal dokter ini tidak menerima pendaftaran saat ini.', 'Silakan pilih jadwal lain, atau ' + COUNTER.toLowerCase()],
  ];

  function refuseFor(e, fallback) {
    if (e && e.status === 401) { Api.logout(); start(); return; }
    if (e && (e.status === 503 || e.status === 502 || !e.status)) {
      refuse('Layanan sedang tidak dapat dihubungi.', 'Silakan coba lagi sebentar lagi, atau ' + COUNTER.toLowerCase());
      return;
    }
    const words = (e && e.message) || '';
    const plain = PLAIN.find(([pattern]) => pattern.test(words));
    if (plain) refuse(plain[1], plain[2]);
    else refuse(fallback || 'Maaf, permintaan Anda tidak dapat diproses.', COUNTER);
  }

  async function busy(work) {
    show('layar-tunggu');
    return work();
  }

  // ---- the on-screen keypad ----
  const LETTER_ROWS = ['1234567890', 'QWERTYUIOP', 'ASDFGHJKL', 'ZXCVBNM'];
  const DIGIT_ROWS = ['123', '456', '789'];

  function keypad(letters) {
    const rows = (letters ? LETTER_ROWS : DIGIT_ROWS).map(r => r.split(''));
    // the function keys share the last row, so the keypad and the buttons below it fit a landscape screen
    if (letters) rows[rows.length - 1].push('hapus', 'bersihkan');
    else rows.push(['bersihkan', '0', 'hapus']);
    $('papan').className = 'papan' + (letters ? '' : ' angka');
    $('papan').innerHTML = rows.map(r => '<div class="baris">' + r.map(k => k.length === 1
      ? `<button type="button" data-kunci="${k}">${k}</button>`
      : `<button type="button" class="fungsi" data-kunci="${k}">${k === 'hapus' ? '⌫ Hapus' : 'Bersihkan'}</button>`).join('') + '</div>').join('');
  }

  $('papan').addEventListener('click', ev => {
    const b = ev.target.closest('button[data-kunci]');
    if (!b) return;
    const key = b.dataset.kunci;
    const now = $('masukan').textContent;
    if (key === 'hapus') $('masukan').textContent = now.slice(0, -1);
    else if (key === 'bersihkan') $('masukan').textContent = '';
    else if (now.length < 20) $('masukan').textContent = now + key;
  });

  function askCode(purpose) {
    visit.purpose = purpose;
    $('masukan').textContent = '';
    if (purpose === 'checkin') {
      $('judul-kode').textContent = 'Check-in';
      $('petunjuk-kode').textContent = 'Pindai kode QR booking dari Mobile JKN, atau ketik kode booking atau NIK (16 angka).';
      $('masukan').dataset.contoh = 'Kode booking atau NIK';
      keypad(true);
    } else {
      $('judul-kode').textContent = 'Ambil antrean JKN';
      $('petunjuk-kode').textContent = 'Ketik nomor kartu JKN (13 angka) atau NIK (16 angka).';
      $('masukan').dataset.contoh = 'Nomor kartu JKN atau NIK';
      keypad(false);
    }
    $('tombol-kamera').classList.toggle('hidden', purpose !== 'checkin' || !('BarcodeDetector' in window)
      || !navigator.mediaDevices);
    show('layar-kode');
  }

  $('kode-lanjut').addEventListener('click', () => {
    const typed = $('masukan').textContent.trim();
    if (visit.purpose === 'checkin') findBooking(typed);
    else findMember(typed);
  });

  // ---- a USB scanner types fast and ends with Enter; no field needs the focus ----
  let scanned = '';
  let lastKey = 0;
  document.addEventListener('keydown', ev => {
    if (!$('layar-masuk').classList.contains('hidden')) return; // staff typing the device's account
    const now = Date.now();
    if (now - lastKey > 100) scanned = '';
    lastKey = now;
    if (ev.key === 'Enter') {
      const code = scanned.trim();
      scanned = '';
      // a scan starts a new visit wherever the screen was
      if (code.length >= 6) { ev.preventDefault(); visit = {}; findBooking(code); }
    } else if (ev.key.length === 1) {
      scanned += ev.key;
    }
  });

  // ---- the camera, where the browser reads QR codes itself ----
  $('tombol-kamera').addEventListener('click', async () => {
    if (camera) { stopCamera(); return; }
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
      const detector = new window.BarcodeDetector({ formats: ['qr_code'] });
      camera = { stream, timer: null };
      $('video').srcObject = stream;
      await $('video').play();
      $('kamera-blok').classList.remove('hidden');
      $('papan').classList.add('hidden');
      camera.timer = setInterval(async () => {
        try {
          const codes = await detector.detect($('video'));
          if (codes.length > 0 && camera) { const code = codes[0].rawValue; stopCamera(); findBooking(code); }
        } catch (e) { /* a frame not ready yet */ }
      }, 300);
    } catch (e) {
      stopCamera();
      refuse('Kamera tidak dapat digunakan.', 'Silakan ketik kode booking Anda, atau ' + COUNTER.toLowerCase());
    }
  });

  function stopCamera() {
    if (camera) {
      clearInterval(camera.timer);
      camera.stream.getTracks().forEach(t => t.stop());
      camera = null;
    }
    $('video').srcObject = null;
    $('kamera-blok').classList.add('hidden');
    $('papan').classList.remove('hidden');
  }

  // ---- check-in ----
  // Mobile JKN's QR holds the kodebooking; anything around it (spaces, a URL) is left out
  const codeOf = text => String(text || '').trim().toUpperCase().replace(/^.*[/=]/, '').replace(/[^A-Z0-9]/g, '');

  async function findBooking(text) {
    const code = codeOf(text);
    if (!code) { refuse('Kode booking atau NIK belum diisi.', 'Silakan ketik kode booking atau NIK Anda.'); return; }
    const query = /^\d{16}$/.test(code) ? 'nik=' + code : 'kodebooking=' + encodeURIComponent(code);
    try {
      const found = await busy(() => Api.call('GET', '/api/anjungan/booking?' + query));
      showBookings(found);
    } catch (e) { refuseFor(e); }
  }

  function bookingCard(b, action) {
    return `
      <div class="kartu" data-kodebooking="${esc(b.kodebooking)}">
        <div class="nomor">${esc(b.nomorantrean)}</div>
        <div class="utama">${esc(b.namapoli)}</div>
        <div>${esc(b.namadokter)}</div>
        <div class="lain">Jam praktik ${esc(b.jampraktek)} · perkiraan dilayani ${Api.time(b.estimasidilayani)} WIB</div>
        ${action}
      </div>`;
  }

  function showBookings(list) {
    const today = Api.today();
    if (list.length === 1 && list[0].status !== 'ACTIVE') {
      refuse('Antrean ini sudah dibatalkan.', 'Silakan ambil antrean baru, atau ' + COUNTER.toLowerCase());
      return;
    }
    if (list.length === 1 && list[0].tanggalperiksa !== today) {
      refuse('Antrean Anda untuk tanggal ' + list[0].tanggalperiksa + '.', 'Check-in hanya dapat dilakukan pada hari periksa. Silakan datang kembali pada tanggal tersebut.');
      return;
    }
    visit.bookings = list;
    $('daftar-booking').innerHTML = list.map(b => bookingCard(b, b.status !== 'ACTIVE'
      ? '<div class="penuh">Sudah dibatalkan</div>'
      : b.checkinTask
        ? `<div class="sisa">Sudah check-in</div><button type="button" class="tombol" data-cetak="${esc(b.kodebooking)}">Cetak tiket lagi</button>`
        : `<button type="button" class="tombol utama" data-checkin="${esc(b.kodebooking)}">Check-in sekarang</button>`)).join('');
    show('layar-booking');
  }

  $('daftar-booking').addEventListener('click', async ev => {
    const checkin = ev.target.closest('button[data-checkin]');
    const reprint = ev.target.closest('button[data-cetak]');
    if (reprint) {
      const b = visit.bookings.find(x => x.kodebooking === reprint.dataset.cetak);
      done('Tiket antrean Anda', b.nomorantrean, b, where(b.checkinTask), b.kodebooking);
      return;
    }
    if (!checkin) return;
    try {
      const b = await busy(() => Api.call('POST', '/api/anjungan/booking/' + encodeURIComponent(checkin.dataset.checkin) + '/checkin'));
      done('Check-in berhasil. Nomor antrean Anda:', b.nomorantrean, b, where(b.checkinTask), b.kodebooking);
    } catch (e) { refuseFor(e); }
  });

  const where = task => task === 1
    ? 'Silakan menuju loket admisi untuk melengkapi data rekam medis, lalu ke ruang tunggu poli.'
    : 'Silakan menuju ruang tunggu poli dan tunggu nomor Anda dipanggil.';

  // ---- a JKN walk-in: member, referral, practice, number ----
  async function findMember(text) {
    const typed = String(text || '').replace(/\D/g, '');
    if (!/^(\d{13}|\d{16})$/.test(typed)) {
      refuse('Nomor kartu JKN harus 13 angka, NIK 16 angka.', 'Silakan periksa kembali dan ketik ulang.');
      return;
    }
    visit.who = typed.length === 13 ? { nomorkartu: typed } : { nik: typed };
    try {
      const m = await busy(() => Api.call('GET', '/bpjs/anjungan/peserta?' + new URLSearchParams(visit.who)));
      if (!m.aktif) {
        refuse('Kepesertaan JKN Anda tidak aktif' + (m.status ? ' (' + m.status + ')' : '') + '.',
          'Silakan hubungi BPJS Kesehatan, atau daftar sebagai pasien umum di loket pendaftaran.');
        return;
      }
      if (!m.rujukan.length) {
        refuse('Tidak ada rujukan yang masih berlaku untuk Anda.', 'Silakan minta rujukan ke faskes pertama Anda, atau ' + COUNTER.toLowerCase());
        return;
      }
      visit.referrals = m.rujukan;
      $('status-peserta').textContent = 'Kepesertaan JKN aktif. Pilih rujukan yang Anda bawa hari ini.';
      $('daftar-rujukan').innerHTML = m.rujukan.map((r, i) => `
        <button type="button" class="kartu" data-rujukan="${i}">
          <div class="utama">Poli ${esc(r.namapoli)}</div>
          <div>Dari ${esc(r.perujuk)}</div>
          <div class="lain">Rujukan ${r.jeniskunjungan === 4 ? 'rumah sakit' : 'faskes pertama'} · berlaku sampai ${esc(r.berlakuSampai)}</div>
        </button>`).join('');
      show('layar-rujukan');
    } catch (e) {
      if (e.status === 422) refuse('Nomor kartu JKN atau NIK tidak ditemukan di BPJS.', 'Periksa kembali nomor Anda, atau ' + COUNTER.toLowerCase());
      else refuseFor(e);
    }
  }

  $('daftar-rujukan').addEventListener('click', async ev => {
    const b = ev.target.closest('button[data-rujukan]');
    if (!b) return;
    visit.referral = visit.referrals[b.dataset.rujukan];
    await loadSchedules();
  });

  async function loadSchedules() {
    const r = visit.referral;
    try {
      const slots = await busy(() => Api.call('GET', '/api/anjungan/jadwal?kodepoli=' + encodeURIComponent(r.kodepoli)));
      if (!slots.length) {
        refuse('Tidak ada jadwal dokter poli ' + r.namapoli + ' hari ini.', COUNTER);
        return;
      }
      visit.slots = slots;
      $('poli-jadwal').textContent = 'Poli ' + r.namapoli + ' · hari ini';
      $('daftar-jadwal').innerHTML = slots.map((s, i) => `
        <button type="button" class="kartu" data-jadwal="${i}" data-kodedokter="${esc(s.kodedokter)}" ${s.sisakuotajkn > 0 ? '' : 'disabled'}>
          <div class="utama">${esc(s.namadokter)}</div>
          <div class="lain">Jam praktik ${esc(s.jampraktek)}</div>
          ${s.sisakuotajkn > 0 ? `<div class="sisa">Sisa ${s.sisakuotajkn} antrean JKN</div>` : '<div class="penuh">Penuh</div>'}
        </button>`).join('');
      show('layar-jadwal');
    } catch (e) { refuseFor(e); }
  }

  $('daftar-jadwal').addEventListener('click', async ev => {
    const b = ev.target.closest('button[data-jadwal]');
    if (!b) return;
    const s = visit.slots[b.dataset.jadwal];
    const r = visit.referral;
    let t;
    try {
      t = await busy(() => Api.call('POST', '/api/anjungan/antrean', { ...visit.who, nomorreferensi: r.noKunjungan,
        jeniskunjungan: String(r.jeniskunjungan), kodepoli: s.kodepoli, kodedokter: s.kodedokter, jampraktek: s.jampraktek }));
    } catch (e) { refuseFor(e); return; }
    // the patient is here: the wait starts now (task 1 or 3), as a check-in of a Mobile JKN booking would
    const shown = { namapoli: t.namapoli, namadokter: t.namadokter, jampraktek: s.jampraktek, estimasidilayani: t.estimasidilayani };
    try {
      const b = await Api.call('POST', '/api/anjungan/booking/' + encodeURIComponent(t.kodebooking) + '/checkin');
      done('Nomor antrean Anda:', t.nomorantrean, shown, where(b.checkinTask), t.kodebooking);
    } catch (e) {
      done('Nomor antrean Anda:', t.nomorantrean, shown,
        'Check-in belum tercatat: pilih "Check-in" di layar awal dengan kode booking pada tiket Anda.', t.kodebooking);
    }
  });

  // ---- the number, and the ticket printed from the ticket page in a hidden frame ----
  function done(title, nomor, b, next, kodebooking) {
    $('selesai-judul').textContent = title;
    $('nomor-besar').textContent = nomor;
    $('rincian').innerHTML = `<div><strong>${esc(b.namapoli)}</strong></div><div>${esc(b.namadokter)}</div>
      <div>Jam praktik ${esc(b.jampraktek)} · perkiraan dilayani ${Api.time(b.estimasidilayani)} WIB</div>`;
    $('arahan').textContent = next;
    show('layar-selesai');
    print(kodebooking);
  }

  function print(kodebooking) {
    $('status-cetak').textContent = 'Tiket sedang dicetak…';
    const frame = document.createElement('iframe');
    frame.id = 'tiket';
    frame.title = 'Tiket antrean';
    frame.src = '/tiket/?kodebooking=' + encodeURIComponent(kodebooking);
    $('cetak').textContent = '';
    $('cetak').appendChild(frame);
    const deadline = Date.now() + 15000;
    const ready = () => {
      if (!frame.isConnected) return;
      const body = frame.contentDocument && frame.contentDocument.body;
      if (body && body.dataset.siap === '1') {
        try { frame.contentWindow.print(); } catch (e) { /* the printer's dialog or driver: nothing to show the patient */ }
        $('status-cetak').textContent = 'Silakan ambil tiket Anda.';
      } else if (Date.now() < deadline) {
        setTimeout(ready, 200);
      } else {
        $('status-cetak').textContent = 'Tiket tidak dapat dicetak. Catat nomor Anda, atau minta bantuan petugas.';
      }
    };
    frame.addEventListener('load', ready);
  }

  // ---- wiring ----
  $('pilih-checkin').addEventListener('click', () => askCode('checkin'));
  $('pilih-jkn').addEventListener('click', () => askCode('jkn'));
  document.querySelectorAll('[data-kembali]').forEach(b => b.addEventListener('click', start));
  $('pesan-ok').addEventListener('click', start);
  $('form-masuk').addEventListener('submit', async ev => {
    ev.preventDefault();
    $('galat-masuk').classList.add('hidden');
    try {
      const c = await Api.login($('username').value.trim(), $('password').value);
      $('password').value = '';
      if (!(c.groups || []).includes('kiosk')) {
        Api.logout();
        throw new Error('Akun ini bukan akun anjungan (peran kiosk).');
      }
      start();
    } catch (e) {
      $('galat-masuk').textContent = e.message;
      $('galat-masuk').classList.remove('hidden');
    }
  });
  const clock = () => { $('jam').textContent = Api.time(Date.now()); };
  setInterval(clock, 10000);
  clock();
  start();
  touched();
})();
