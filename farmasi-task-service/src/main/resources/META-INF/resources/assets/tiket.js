// "Cetak ulang tiket" at admission and the counter: the ticket's PDF for the roll's width, asked with the clerk's
// token and opened in a new tab (saved instead where the browser blocks the tab).
'use strict';
const Tiket = (() => {
  async function open(kodebooking, lebar) {
    const blob = await Api.download('/api/tiket/' + encodeURIComponent(kodebooking) + '.pdf?lebar=' + (lebar === '58' ? '58' : '80'));
    const url = URL.createObjectURL(blob);
    if (!window.open(url, '_blank')) {
      const a = document.createElement('a');
      a.href = url;
      a.download = 'tiket-' + kodebooking + '.pdf';
      document.body.appendChild(a);
      a.click();
      a.remove();
    }
    // the new tab has read it by then
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  }

  const FORM = `<h2>Cetak ulang tiket</h2>
    <form id="tiket-ulang" class="row">
      <div class="field"><label for="tiket-kodebooking">Kode booking</label><input id="tiket-kodebooking" required autocomplete="off"></div>
      <div class="field narrow"><label for="tiket-lebar">Kertas</label><select id="tiket-lebar"><option value="80">80 mm</option><option value="58">58 mm</option></select></div>
      <div><button type="submit" id="tiket-cetak">Cetak ulang tiket</button></div>
    </form>`;

  // the re-print form in the page's #tiket-ulang-panel (kodebooking, paper width), and every
  // button[data-cetak-tiket="<kodebooking>"]
  function bind(onError, onInfo) {
    document.getElementById('tiket-ulang-panel').innerHTML = FORM;
    const form = document.getElementById('tiket-ulang');
    const print = async (kodebooking, button) => {
      if (button) button.disabled = true;
      try {
        await open(kodebooking, document.getElementById('tiket-lebar').value);
        onInfo('Tiket ' + kodebooking + ' dibuka untuk dicetak.');
      } catch (e) {
        onError('Tiket tidak dapat dicetak: ' + e.message, e);
      } finally { if (button) button.disabled = false; }
    };
    form.addEventListener('submit', ev => {
      ev.preventDefault();
      const kodebooking = document.getElementById('tiket-kodebooking').value.trim();
      if (kodebooking) print(kodebooking, document.getElementById('tiket-cetak'));
    });
    document.addEventListener('click', ev => {
      const b = ev.target.closest('button[data-cetak-tiket]');
      if (b) print(b.dataset.cetakTiket, b);
    });
  }
  return { open, bind };
})();
