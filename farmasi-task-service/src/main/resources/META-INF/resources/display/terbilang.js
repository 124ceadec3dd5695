// Numbers and queue numbers as an Indonesian announcer says them: 12 "dua belas", 111 "seratus sebelas",
// "ANA-12" "A N A dua belas" (the prefix letter by letter). Used by the poli and pharmacy displays (suara.js).

const ONES = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];

/** A whole number from 0 to 999 999 in words. */
export function terbilang(n) {
  if (!Number.isInteger(n) || n < 0 || n > 999999) throw new RangeError('terbilang: ' + n);
  if (n < 10) return ONES[n];
  if (n === 10) return 'sepuluh';
  if (n === 11) return 'sebelas';
  if (n < 20) return ONES[n - 10] + ' belas';
  if (n < 100) return join(ONES[Math.floor(n / 10)] + ' puluh', n % 10);
  if (n < 1000) return join(n < 200 ? 'seratus' : ONES[Math.floor(n / 100)] + ' ratus', n % 100);
  return join(n < 2000 ? 'seribu' : terbilang(Math.floor(n / 1000)) + ' ribu', n % 1000);
}

// "dua puluh" + 0 is just "dua puluh"; a zero inside a number is never said
const join = (head, rest) => rest === 0 ? head : head + ' ' + terbilang(rest);

/**
 * A queue number as said aloud: its letters one by one, then the number (leading zeros dropped). "ANA-12" is
 * "A N A dua belas", "F007" "F tujuh", "12" "dua belas".
 */
export function nomorDisebut(nomor) {
  const text = String(nomor == null ? '' : nomor).trim().toUpperCase();
  const match = text.match(/^(.*?)(\d+)$/);
  const prefix = match ? match[1] : text;
  const letters = prefix.replace(/[^A-Z0-9]/g, '').split('').map(c => /\d/.test(c) ? ONES[+c] : c);
  const number = match ? [terbilang(parseInt(match[2], 10))] : [];
  return letters.concat(number).join(' ');
}
