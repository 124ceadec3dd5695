-- The part of SIMRS Khanza's database that the Khanza bridge reads and writes, for the local stack and the tests.
-- Column names, types, sizes, nullability and enum values are Khanza's (its public dump, MariaDB 10.x, latin1), so
-- that change events look as they do at a Khanza hospital. Left out: the many other columns' tables (kelurahan,
-- spesialis, pegawai, ...) and the foreign keys to them; the region and company columns of pasien stay NOT NULL as
-- in Khanza, so whatever writes a patient must fill them as Khanza's own screens do.
-- Indexes named registrasi_hari and no_rawat (on referensi_mobilejkn_bpjs) are this project's, for the bridge's look-ups.
-- Loaded into the database `sik` (Khanza's usual name).

create table penjab (
  kd_pj char(3) not null,
  png_jawab varchar(30) not null,
  nama_perusahaan varchar(60) not null,
  alamat_asuransi varchar(130) not null,
  no_telp varchar(40) not null,
  attn varchar(60) not null,
  primary key (kd_pj)
) engine = InnoDB default charset = latin1;

create table poliklinik (
  kd_poli char(5) not null default '',
  nm_poli varchar(50) default null,
  registrasi double not null,
  registrasilama double not null,
  status enum('0', '1') not null,
  primary key (kd_poli),
  key nm_poli (nm_poli)
) engine = InnoDB default charset = latin1;

create table dokter (
  kd_dokter varchar(20) not null,
  nm_dokter varchar(50) default null,
  jk enum('L', 'P') default null,
  tmp_lahir varchar(20) default null,
  tgl_lahir date default null,
  gol_drh enum('A', 'B', 'O', 'AB', '-') default null,
  agama varchar(12) default null,
  almt_tgl varchar(60) default null,
  no_telp varchar(13) default null,
  stts_nikah enum('BELUM MENIKAH', 'MENIKAH', 'JANDA', 'DUDHA', 'JOMBLO') default null,
  kd_sps char(5) default null,
  alumni varchar(60) default null,
  no_ijn_praktek varchar(120) default null,
  status enum('0', '1') not null,
  primary key (kd_dokter),
  key nm_dokter (nm_dokter),
  key status (status)
) engine = InnoDB default charset = latin1;

-- no_ktp is the NIK and no_peserta the BPJS card number: both indexed, the bridge finds patients by them
create table pasien (
  no_rkm_medis varchar(15) not null,
  nm_pasien varchar(40) default null,
  no_ktp varchar(20) default null,
  jk enum('L', 'P') default null,
  tmp_lahir varchar(15) default null,
  tgl_lahir date default null,
  nm_ibu varchar(40) not null,
  alamat varchar(200) default null,
  gol_darah enum('A', 'B', 'O', 'AB', '-') default null,
  pekerjaan varchar(60) default null,
  stts_nikah enum('BELUM MENIKAH', 'MENIKAH', 'JANDA', 'DUDHA', 'JOMBLO') default null,
  agama varchar(12) default null,
  tgl_daftar date default null,
  no_tlp varchar(40) default null,
  umur varchar(30) not null,
  pnd enum('TS', 'TK', 'SD', 'SMP', 'SMA', 'SLTA/SEDERAJAT', 'D1', 'D2', 'D3', 'D4', 'S1', 'S2', 'S3', '-') not null,
  keluarga enum('AYAH', 'IBU', 'ISTRI', 'SUAMI', 'SAUDARA', 'ANAK', 'DIRI SENDIRI', 'LAIN-LAIN') default null,
  namakeluarga varchar(50) not null,
  kd_pj char(3) not null,
  no_peserta varchar(25) default null,
  kd_kel int not null,
  kd_kec int not null,
  kd_kab int not null,
  pekerjaanpj varchar(35) not null,
  alamatpj varchar(100) not null,
  kelurahanpj varchar(60) not null,
  kecamatanpj varchar(60) not null,
  kabupatenpj varchar(60) not null,
  perusahaan_pasien varchar(8) not null,
  suku_bangsa int not null,
  bahasa_pasien int not null,
  cacat_fisik int not null,
  email varchar(50) not null,
  nip varchar(30) not null,
  kd_prop int not null,
  propinsipj varchar(30) not null,
  primary key (no_rkm_medis),
  key no_ktp (no_ktp),
  key no_peserta (no_peserta),
  key nm_pasien (nm_pasien),
  key kd_pj (kd_pj),
  constraint pasien_penjab foreign key (kd_pj) references penjab (kd_pj) on update cascade
) engine = InnoDB default charset = latin1;

-- Khanza's counter of the last medical record number given (one row); its screens take the next one from here
create table set_no_rkm_medis (
  no_rkm_medis varchar(15) not null
) engine = InnoDB default charset = latin1;

-- One visit. no_rawat is yyyy/mm/dd/nnnnnn (per day), no_reg the queue number within poli and doctor per day.
-- stts 'Belum' = registered, not yet seen; 'Batal' = cancelled.
create table reg_periksa (
  no_reg varchar(8) default null,
  no_rawat varchar(17) not null,
  tgl_registrasi date default null,
  jam_reg time default null,
  kd_dokter varchar(20) default null,
  no_rkm_medis varchar(15) default null,
  kd_poli char(5) default null,
  p_jawab varchar(100) default null,
  almt_pj varchar(200) default null,
  hubunganpj varchar(20) default null,
  biaya_reg double default null,
  stts enum('Belum', 'Sudah', 'Batal', 'Berkas Diterima', 'Dirujuk', 'Meninggal', 'Dirawat', 'Pulang Paksa') default null,
  stts_daftar enum('-', 'Lama', 'Baru') not null,
  status_lanjut enum('Ralan', 'Ranap') not null,
  kd_pj char(3) not null,
  umurdaftar int default null,
  sttsumur enum('Th', 'Bl', 'Hr') default null,
  status_bayar enum('Sudah Bayar', 'Belum Bayar') not null,
  status_poli enum('Lama', 'Baru') not null,
  primary key (no_rawat),
  key no_rkm_medis (no_rkm_medis),
  key kd_poli (kd_poli),
  key kd_dokter (kd_dokter),
  key kd_pj (kd_pj),
  key registrasi_hari (tgl_registrasi, kd_poli, kd_dokter),
  constraint reg_periksa_poliklinik foreign key (kd_poli) references poliklinik (kd_poli) on delete cascade on update cascade,
  constraint reg_periksa_dokter foreign key (kd_dokter) references dokter (kd_dokter) on delete cascade on update cascade,
  constraint reg_periksa_penjab foreign key (kd_pj) references penjab (kd_pj) on update cascade,
  constraint reg_periksa_pasien foreign key (no_rkm_medis) references pasien (no_rkm_medis) on update cascade
) engine = InnoDB default charset = latin1;

-- Khanza's poli -> BPJS poli code (HFIS); one BPJS code per Khanza poli and the other way round
create table maping_poli_bpjs (
  kd_poli_rs varchar(5) not null,
  kd_poli_bpjs varchar(15) not null,
  nm_poli_bpjs varchar(40) not null,
  primary key (kd_poli_rs),
  unique key kd_poli_bpjs (kd_poli_bpjs),
  constraint maping_poli_bpjs_poliklinik foreign key (kd_poli_rs) references poliklinik (kd_poli) on delete cascade on update cascade
) engine = InnoDB default charset = latin1;

-- Khanza's doctor -> BPJS DPJP code (HFIS kodedokter)
create table maping_dokter_dpjpvclaim (
  kd_dokter varchar(20) not null,
  kd_dokter_bpjs varchar(20) default null,
  nm_dokter_bpjs varchar(50) default null,
  primary key (kd_dokter),
  constraint maping_dokter_dpjpvclaim_dokter foreign key (kd_dokter) references dokter (kd_dokter) on delete cascade on update cascade
) engine = InnoDB default charset = latin1;

-- A Mobile JKN booking as Khanza's own web service records it (the antrean/add answer and the request's fields);
-- statuskirim says whether Khanza's sender has reported it to BPJS
create table referensi_mobilejkn_bpjs (
  nobooking varchar(15) not null,
  no_rawat varchar(17) default null,
  nomorkartu varchar(25) default null,
  nik varchar(30) default null,
  nohp varchar(15) default null,
  kodepoli varchar(15) default null,
  pasienbaru enum('0', '1') not null,
  norm varchar(15) default null,
  tanggalperiksa date default null,
  kodedokter varchar(20) default null,
  jampraktek varchar(12) default null,
  jeniskunjungan enum('1 (Rujukan FKTP)', '2 (Rujukan Internal)', '3 (Kontrol)', '4 (Rujukan Antar RS)') default null,
  nomorreferensi varchar(40) not null,
  nomorantrean varchar(15) not null,
  angkaantrean varchar(5) not null,
  estimasidilayani varchar(15) not null,
  sisakuotajkn int not null,
  kuotajkn int not null,
  sisakuotanonjkn int not null,
  kuotanonjkn int not null,
  status enum('Belum', 'Checkin', 'Batal', 'Gagal') not null,
  validasi datetime not null,
  statuskirim enum('Belum', 'Sudah') not null,
  primary key (nobooking),
  key norm (norm),
  key no_rawat (no_rawat),
  constraint referensi_mobilejkn_bpjs_pasien foreign key (norm) references pasien (no_rkm_medis) on delete cascade on update cascade
) engine = InnoDB default charset = latin1;

-- A cancelled Mobile JKN booking
create table referensi_mobilejkn_bpjs_batal (
  no_rkm_medis varchar(15) not null,
  no_rawat_batal varchar(17) default null,
  nomorreferensi varchar(40) not null,
  tanggalbatal datetime not null,
  keterangan varchar(200) default null,
  statuskirim enum('Sudah', 'Belum') not null,
  nobooking varchar(15) not null,
  primary key (nobooking),
  key no_rkm_medis (no_rkm_medis),
  constraint referensi_mobilejkn_bpjs_batal_pasien foreign key (no_rkm_medis) references pasien (no_rkm_medis) on delete cascade on update cascade,
  constraint referensi_mobilejkn_bpjs_batal_booking foreign key (nobooking) references referensi_mobilejkn_bpjs (nobooking) on delete cascade on update cascade
) engine = InnoDB default charset = latin1;

-- The task times of a visit (BPJS task 1..7, 99 = not served), one row per task; waktu in local time (WIB)
create table referensi_mobilejkn_bpjs_taskid (
  no_rawat varchar(17) not null,
  taskid enum('1', '2', '3', '4', '5', '6', '7', '99') not null,
  waktu datetime default null,
  primary key (no_rawat, taskid),
  constraint referensi_mobilejkn_bpjs_taskid_reg_periksa foreign key (no_rawat) references reg_periksa (no_rawat) on delete cascade on update cascade
) engine = InnoDB default charset = latin1;

-- Where a visit was referred from, as Khanza's counter records it with the registration; no_rujuk is the referral's
-- number (for a JKN patient, BPJS's: the booking's nomorreferensi)
create table rujuk_masuk (
  no_rawat varchar(17) not null,
  perujuk varchar(60) default null,
  alamat varchar(70) default null,
  no_rujuk varchar(40) default null,
  biaya double default null,
  kd_rujuk varchar(15) default null,
  kd_penyakit varchar(10) default null,
  kategori_rujuk enum('-', 'Bedah', 'Non Bedah', 'Kebidanan', 'Anak') default null,
  keterangan varchar(200) default null,
  no_balasan varchar(40) default null,
  primary key (no_rawat),
  constraint rujuk_masuk_reg_periksa foreign key (no_rawat) references reg_periksa (no_rawat) on delete cascade on update cascade
) engine = InnoDB default charset = latin1;

-- A prescription written during a visit (Khanza's doctor screen); with a compounded part in resep_dokter_racikan.
-- Task 5 (the poli done) tells BPJS which kind of prescription goes to the pharmacy: the bridge reads them here.
create table resep_obat (
  no_resep varchar(14) not null,
  tgl_perawatan date default null,
  jam time default null,
  no_rawat varchar(17) not null,
  kd_dokter varchar(20) not null,
  tgl_peresepan date default null,
  jam_peresepan time default null,
  status enum('ralan', 'ranap') default null,
  tgl_penyerahan date default null,
  jam_penyerahan time default null,
  primary key (no_resep),
  key no_rawat (no_rawat),
  constraint resep_obat_reg_periksa foreign key (no_rawat) references reg_periksa (no_rawat) on delete cascade on update cascade
) engine = InnoDB default charset = latin1;

create table resep_dokter_racikan (
  no_resep varchar(14) not null,
  no_racik varchar(2) not null,
  nama_racik varchar(100) not null,
  kd_racik varchar(3) not null,
  jml_dr int not null,
  aturan_pakai varchar(150) not null,
  keterangan varchar(50) not null,
  primary key (no_resep, no_racik),
  constraint resep_dokter_racikan_resep_obat foreign key (no_resep) references resep_obat (no_resep) on delete cascade on update cascade
) engine = InnoDB default charset = latin1;
