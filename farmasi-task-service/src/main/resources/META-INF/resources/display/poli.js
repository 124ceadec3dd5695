// The poli board's settings (?kodepoli=, optional &kodedokter= and &nama=), read by display.js.
'use strict';
(() => {
  const q = new URLSearchParams(location.search);
  const kodepoli = (q.get('kodepoli') || '').trim().toUpperCase();
  const nama = q.get('nama');
  document.getElementById('judul').textContent = nama ? nama : (kodepoli ? 'Antrean Poli ' + kodepoli : 'Antrean Poli (kodepoli belum diisi)');
  window.DISPLAY = {
    station: 'poli',
    suaraKey: 'poli.' + (kodepoli || '-') + (q.get('kodedokter') ? '.' + q.get('kodedokter') : ''),
    // the call says where to go: "silakan ke poli anak" (display.js)
    nama,
    kodepoli,
    callText: 'Silakan masuk ke ruang periksa',
    format: n => n,
    boardUrl: () => '/api/display/poli/' + encodeURIComponent(kodepoli || '-')
      + (q.get('kodedokter') ? '?kodedokter=' + encodeURIComponent(q.get('kodedokter')) : '')
  };
})();
