// The pharmacy board's settings, read by display.js.
'use strict';
window.DISPLAY = {
  station: 'farmasi',
  suaraKey: 'farmasi',
  tujuan: 'loket farmasi',
  callText: 'Silakan ke loket farmasi',
  format: n => 'F' + String(n).padStart(3, '0'),
  boardUrl: () => '/api/display/farmasi'
};
