// Regenerates src/test/resources/lz-string-vectors.json with the reference JavaScript lz-string:
//   npm install lz-string@1.5.0 && NODE_PATH=$PWD/node_modules node make-lz-vectors.js > ../resources/lz-string-vectors.json
const LZString = require('lz-string');
const inputs = [
  '',
  'a',
  'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
  'Hello, world! Hello, world! Hello, world!',
  '{"list":[{"kodesubspesialis":"ANA","hari":4,"kapasitaspasien":54,"libur":0,"namahari":"KAMIS","jadwal":"08:00 - 12:00","namasubspesialis":"ANAK","namadokter":"DR. OKTORA WAHYU WIJAYANTO, SP.A","kodepoli":"ANA","namapoli":"Anak","kodedokter":33690}]}',
  '[{"wakturs":"16-03-2021 11:32:49 WIB","waktu":"24-03-2021 12:55:23 WIB","taskname":"mulai waktu tunggu admisi","taskid":1,"kodebooking":"Y03-20#1617068533"}]',
  'Pasien atas nama Ni Made Ayu Déwi — poli Anak, ruang 2 · ½ jam',
  'ψυχή 日本語 한국어 العربية',
  'emoji 🏥💊 and surrogate pairs 😀😀😀',
  'abcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabc' + 'xyz'.repeat(200),
];
let seed = 12345;
const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed; };
for (let n = 0; n < 20; n++) {
  let s = '';
  const len = rnd() % 3000;
  for (let i = 0; i < len; i++) {
    const r = rnd() % 100;
    s += r < 80 ? String.fromCharCode(32 + rnd() % 95) : r < 95 ? String.fromCharCode(160 + rnd() % 700) : String.fromCharCode(0x4e00 + rnd() % 5000);
  }
  inputs.push(s);
}
console.log(JSON.stringify(inputs.map(input => ({ input, compressed: LZString.compressToEncodedURIComponent(input) })), null, 1));
