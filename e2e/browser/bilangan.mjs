// How an Indonesian announcer reads 1-999, written out from the rules and not from the displays' own function: the
// expectation of the speech tests (terbilang.test.mjs in node, voice.test.mjs in the browser).
// Every word written out once: 1-19 each its own (sepuluh, sebelas and the belas), the tens and the hundreds whole
// (se- for one: seratus, not satu ratus), then a number is its hundreds, its tens and its units, zeros unsaid.
const UNDER_20 = [null, 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh',
  'sebelas', 'dua belas', 'tiga belas', 'empat belas', 'lima belas', 'enam belas', 'tujuh belas', 'delapan belas',
  'sembilan belas'];
const TENS = [null, null, 'dua puluh', 'tiga puluh', 'empat puluh', 'lima puluh', 'enam puluh', 'tujuh puluh',
  'delapan puluh', 'sembilan puluh'];
const HUNDREDS = [null, 'seratus', 'dua ratus', 'tiga ratus', 'empat ratus', 'lima ratus', 'enam ratus', 'tujuh ratus',
  'delapan ratus', 'sembilan ratus'];

export function expected(n) {
  const words = [];
  if (n >= 100) words.push(HUNDREDS[Math.floor(n / 100)]);
  const rest = n % 100;
  if (rest >= 20) {
    words.push(TENS[Math.floor(rest / 10)]);
    if (rest % 10) words.push(UNDER_20[rest % 10]);
  } else if (rest > 0) {
    words.push(UNDER_20[rest]);
  }
  return words.join(' ');
}
