// The printable queue ticket: /tiket/?kodebooking=<kb>[&lebar=58|80]. The kiosk prints it from a hidden frame once
// <body> has data-siap="1"; data-galat="<message>" tells it why there is nothing to print.
'use strict';
(async () => {
  const $ = id => document.getElementById(id);
  const q = new URLSearchParams(location.search);
  const kodebooking = (q.get('kodebooking') || '').trim();
  const lebar = q.get('lebar') === '58' ? '58' : '80';
  document.body.classList.add('lebar-' + lebar);

  function fail(message) {
    $('galat').textContent = message;
    $('galat').hidden = false;
    document.body.dataset.galat = message;
  }

  if (!kodebooking) { fail('Kode booking belum diisi.'); return; }
  try {
    const t = await Api.call('GET', '/api/tiket/' + encodeURIComponent(kodebooking));
    $('rs').textContent = t.rumahSakit;
    $('nomor').textContent = t.nomorantrean;
    $('poli').textContent = t.namapoli;
    $('dokter').textContent = t.namadokter;
    $('jam').textContent = 'Jam praktik ' + t.jampraktek;
    $('estimasi').textContent = t.estimasi ? 'Perkiraan dilayani ' + t.estimasi + ' WIB' : '';
    $('tanggal').textContent = t.tanggal;
    $('qr').innerHTML = t.qrSvg; // our own server's SVG: one path, no script
    $('kode').textContent = t.kodebooking;
    $('dicetak').textContent = 'Dicetak ' + Api.time(t.dicetak) + ' WIB';
    $('tiket').hidden = false;
    // the page is exactly as long as the ticket, so a roll printer cuts right after it (CSSOM, allowed by the policy)
    const mm = Math.ceil($('tiket').getBoundingClientRect().height * 25.4 / 96) + 1;
    const sheet = document.styleSheets[0];
    sheet.insertRule('@page { size: ' + lebar + 'mm ' + mm + 'mm; margin: 0; }', sheet.cssRules.length);
    document.body.dataset.siap = '1';
  } catch (e) {
    fail(e.status === 401 ? 'Silakan masuk terlebih dahulu.' : e.message);
  }
})();
