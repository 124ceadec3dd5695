-- A small, coherent Khanza hospital for the local stack and the tests: four polis mapped to the BPJS simulator's HFIS
-- codes, their doctors mapped to its DPJP codes, twenty patients and a few past visits. Loaded after schema.sql.
-- The patients with a card are the simulator's made-up participants: its FakePeople gives the same name, sex and
-- birth date for the card number, and the NIK is 327 + the card number. Cards ending in 00 are inactive
-- participants there (patients 000010 and 000018); 000019 and 000020 are non-BPJS (UMU) patients.
-- bin/stack loads this once, into a new data directory.

insert into penjab (kd_pj, png_jawab, nama_perusahaan, alamat_asuransi, no_telp, attn) values
  ('-', '-', '-', '-', '-', '-'),
  ('UMU', 'UMUM', '-', '-', '-', '-'),
  ('BPJ', 'BPJS KESEHATAN', 'BPJS KESEHATAN', '-', '-', '-');

-- P00x are the hospital's own poli codes: the bridge must go through maping_poli_bpjs; IGD has no BPJS poli
insert into poliklinik (kd_poli, nm_poli, registrasi, registrasilama, status) values
  ('-', '-', 0, 0, '1'),
  ('IGDK', 'IGD', 0, 0, '1'),
  ('P001', 'POLI ANAK', 30000, 20000, '1'),
  ('P002', 'POLI PENYAKIT DALAM', 30000, 20000, '1'),
  ('P003', 'POLI BEDAH', 30000, 20000, '1'),
  ('P004', 'POLI MATA', 30000, 20000, '1');

insert into maping_poli_bpjs (kd_poli_rs, kd_poli_bpjs, nm_poli_bpjs) values
  ('P001', 'ANA', 'ANAK'),
  ('P002', 'INT', 'PENYAKIT DALAM'),
  ('P003', 'BED', 'BEDAH'),
  ('P004', 'MAT', 'MATA');

-- D0007 (bedah) is the e2e HFIS's surgeon 44120; D0099 works in IGD and has no DPJP code
insert into dokter (kd_dokter, nm_dokter, jk, tmp_lahir, tgl_lahir, gol_drh, agama, almt_tgl, no_telp, stts_nikah, kd_sps, alumni, no_ijn_praktek, status) values
  ('D0001', 'dr. OKTORA WAHYU WIJAYANTO, Sp.A', 'L', 'BANDUNG', '1975-02-11', 'O', 'ISLAM', 'BANDUNG', '-', 'MENIKAH', 'SPA', '-', '-', '1'),
  ('D0002', 'dr. RIFIA INDRAYANTI, Sp.A, M.Kes', 'P', 'BOGOR', '1979-06-02', 'A', 'ISLAM', 'BOGOR', '-', 'MENIKAH', 'SPA', '-', '-', '1'),
  ('D0003', 'dr. BUDI SANTOSO, Sp.PD', 'L', 'DEPOK', '1970-09-19', 'B', 'ISLAM', 'DEPOK', '-', 'MENIKAH', 'SPPD', '-', '-', '1'),
  ('D0004', 'dr. HENDRA WIJAYA, Sp.B', 'L', 'BEKASI', '1972-12-01', 'AB', 'KRISTEN', 'BEKASI', '-', 'MENIKAH', 'SPB', '-', '-', '1'),
  ('D0005', 'dr. AGUS PRASETYO, Sp.M', 'L', 'CIMAHI', '1977-03-23', 'O', 'ISLAM', 'CIMAHI', '-', 'MENIKAH', 'SPM', '-', '-', '1'),
  ('D0007', 'dr. RINA MIGRASI, Sp.B', 'P', 'BANDUNG', '1981-08-14', 'A', 'ISLAM', 'BANDUNG', '-', 'MENIKAH', 'SPB', '-', '-', '1'),
  ('D0099', 'dr. JAGA IGD', 'L', 'BANDUNG', '1990-01-01', '-', 'ISLAM', 'BANDUNG', '-', 'BELUM MENIKAH', 'UMUM', '-', '-', '1');

insert into maping_dokter_dpjpvclaim (kd_dokter, kd_dokter_bpjs, nm_dokter_bpjs) values
  ('D0001', '33690', 'dr. OKTORA WAHYU WIJAYANTO, Sp.A'),
  ('D0002', '33691', 'dr. RIFIA INDRAYANTI, Sp.A, M.Kes'),
  ('D0003', '21045', 'dr. BUDI SANTOSO, Sp.PD'),
  ('D0004', '18870', 'dr. HENDRA WIJAYA, Sp.B'),
  ('D0005', '25511', 'dr. AGUS PRASETYO, Sp.M'),
  ('D0007', '44120', 'dr. RINA MIGRASI, Sp.B');

-- Khanza fills the region and company columns with its '-' rows (id 1) when nobody typed them
insert into pasien (no_rkm_medis, nm_pasien, no_ktp, jk, tmp_lahir, tgl_lahir, nm_ibu, alamat, gol_darah, pekerjaan,
    stts_nikah, agama, tgl_daftar, no_tlp, umur, pnd, keluarga, namakeluarga, kd_pj, no_peserta, kd_kel, kd_kec, kd_kab,
    pekerjaanpj, alamatpj, kelurahanpj, kecamatanpj, kabupatenpj, perusahaan_pasien, suku_bangsa, bahasa_pasien,
    cacat_fisik, email, nip, kd_prop, propinsipj) values
  ('000001', 'NI MADE PRASETYO', '3270001900112649', 'P', 'BOGOR', '1969-01-10', '-', 'JL. MERDEKA NO. 1, BOGOR', '-', '-', 'MENIKAH', 'ISLAM', '2025-01-10', '081200112649', '57 Th 10 Bl 0 Hr', '-', 'DIRI SENDIRI', 'NI MADE PRASETYO', 'BPJ', '0001900112649', 1, 1, 1, '-', 'BOGOR', '-', '-', 'BOGOR', '-', 1, 1, 1, '', '', 1, 'JAWA BARAT'),
  ('000002', 'PUTU MAKMUR', '3270001900241136', 'L', 'BEKASI', '1978-07-29', '-', 'JL. MERDEKA NO. 2, BEKASI', '-', '-', 'MENIKAH', 'ISLAM', '2025-02-11', '081200241136', '48 Th 4 Bl 0 Hr', '-', 'DIRI SENDIRI', 'PUTU MAKMUR', 'BPJ', '0001900241136', 1, 1, 1, '-', 'BEKASI', '-', '-', 'BEKASI', '-', 1, 1, 1, '', '', 1, 'JAWA BARAT'),
  ('000003', 'SITI SUSILO', '3270001900385461', 'P', 'DEPOK', '1963-01-14', '-', 'JL. MERDEKA NO. 3, DEPOK', '-', '-', 'MENIKAH', 'ISLAM', '2025-03-12', '081200385461', '63 Th 10 Bl 0 Hr', '-', 'DIRI SENDIRI', 'SITI SUSILO', 'BPJ', '0001900385461', 1, 1, 1, '-', 'DEPOK', '-', '-', 'DEPOK', '-', 1, 1, 1, '', '', 1, 'JAWA BARAT'),
  ('000004', 'WAYAN KARTIKA', '3270001900545624', 'L', 'CIMAHI', '1990-11-11', '-', 'JL. MERDEKA NO. 4, CIMAHI', '-', '-', 'MENIKAH', 'ISLAM', '2025-04-13', '081200545624', '36 Th 0 Bl 0 Hr', '-', 'DIRI SENDIRI', 'WAYAN KARTIKA', 'BPJ', '0001900545624', 1, 1, 1, '-', 'CIMAHI', '-', '-', 'CIMAHI', '-', 1, 1, 1, '', '', 1, 'JAWA BARAT'),
  ('000005', 'NI MADE SUSILO', '3270001900721625', 'P', 'BANDUNG', '1993-08-08', '-', 'JL. MERDEKA NO. 5, BANDUNG', '-', '-', 'MENIKAH', 'ISLAM', '2025-05-14', '081200721625', '33 Th 3 Bl 0 Hr', '-', 'DIRI SENDIRI', 'NI MADE SUSILO', 'BPJ', '0001900721625', 1, 1, 1, '-', 'BANDUNG', '-', '-', 'BANDUNG', '-', 1, 1, 1, '', '', 1, 'JAWA BARAT'),
  ('000006', 'WAYAN KARTIKA', '3270001900913464', 'L', 'BOGOR', '1971-04-05', '-', 'JL. MERDEKA NO. 6, BOGOR', '-', '-', 'MENIKAH', 'ISLAM', '2025-06-15', '081200913464', '55 Th 7 Bl 0 Hr', '-', 'DIRI SENDIRI', 'WAYAN KARTIKA', 'BPJ', '0001900913464', 1, 1, 1, '-', 'BOGOR', '-', '-', 'BOGOR', '-', 1, 1, 1, '', '', 1, 'JAWA BARAT'),
  ('000007', 'SITI LESTARI', '3270001900121141', 'P', 'BEKASI', '1992-04-11', '-', 'JL. MERDEKA NO. 7, BEKASI', '-', '-', 'MENIKAH', 'ISLAM', '2025-07-16', '081200121141', '34 Th 7 Bl 0 Hr', '-', 'DIRI SENDIRI', 'SITI LESTARI', 'BPJ', '0001900121141', 1, 1, 1, '-', 'BEKASI', '-', '-', 'BEKASI', '-', 1, 1, 1, '', '', 1, 'JAWA BARAT'),
  ('000008', 'PUTU PRASETYO', '3270001900344656', 'L', 'DEPOK', '1988-03-18', '-', 'JL. MERDEKA NO. 8, DEPOK', '-', '-', 'MENIKAH', 'ISLAM', '2025-08-17', '081200344656', '38 Th 8 Bl 0 Hr', '-', 'DIRI SENDIRI', 'PUTU PRASETYO', 'BPJ', '0001900344656', 1, 1, 1, '-', 'DEPOK', '-', '-', 'DEPOK', '-', 1, 1, 1, '', '', 1, 'JAWA BARAT'),
  ('000009', 'NI MADE WIJAYA', '3270001900584009', 'P', 'CIMAHI', '1959-01-23', '-', 'JL. MERDEKA NO. 9, CIMAHI', '-', '-', 'MENIKAH', 'ISLAM', '2025-09-18', '081200584009', '67 Th 10 Bl 0 Hr', '-', 'DIRI SENDIRI', 'NI MADE WIJAYA', 'BPJ', '0001900584009', 1, 1, 1, '-', 'CIMAHI', '-', '-', 'CIMAHI', '-', 1, 1, 1, '', '', 1, 'JAWA BARAT'),
  ('000010', 'PUTU WIJAYA', '3270001900839200', 'L', 'BANDUNG', '1973-04-10', '-', 'JL. MERDEKA NO. 10, BANDUNG', '-', '-', 'MENIKAH', 'ISLAM', '2025-01-19', '081200839200', '53 Th 7 Bl 0 Hr', '-', 'DIRI SENDIRI', 'PUTU WIJAYA', 'BPJ', '0001900839200', 1, 1, 1, '-', 'BANDUNG', '-', '-', 'BANDUNG', '-', 1, 1, 1, '', '', 1, 'JAWA BARAT'),
  ('000011', 'SITI SUDARSANA', '3270001900110229', 'P', 'BOGOR', '1962-05-27', '-', 'JL. MERDEKA NO. 11, BOGOR', '-', '-', 'MENIKAH', 'ISLAM', '2025-02-10', '081200110229', '64 Th 6 Bl 0 Hr', '-', 'DIRI SENDIRI', 'SITI SUDARSANA', 'BPJ', '0001900110229', 1, 1, 1, '-', 'BOGOR', '-', '-', 'BOGOR', '-', 1, 1, 1, '', '', 1, 'JAWA BARAT'),
  ('000012', 'WAYAN AYU DEWI', '3270001900397096', 'L', 'BEKASI', '1994-11-22', '-', 'JL. MERDEKA NO. 12, BEKASI', '-', '-', 'MENIKAH', 'ISLAM', '2025-03-11', '081200397096', '32 Th 0 Bl 0 Hr', '-', 'DIRI SENDIRI', 'WAYAN AYU DEWI', 'BPJ', '0001900397096', 1, 1, 1, '-', 'BEKASI', '-', '-', 'BEKASI', '-', 1, 1, 1, '', '', 1, 'JAWA BARAT'),
  ('000013', 'NI MADE RAHMAWATI', '3270001900699801', 'P', 'DEPOK', '2002-04-19', '-', 'JL. MERDEKA NO. 13, DEPOK', '-', '-', 'BELUM MENIKAH', 'ISLAM', '2025-04-12', '081200699801', '24 Th 7 Bl 0 Hr', '-', 'DIRI SENDIRI', 'NI MADE RAHMAWATI', 'BPJ', '0001900699801', 1, 1, 1, '-', 'DEPOK', '-', '-', 'DEPOK', '-', 1, 1, 1, '', '', 1, 'JAWA BARAT'),
  ('000014', 'WAYAN KURNIAWATI', '3270001900018344', 'L', 'CIMAHI', '1984-08-14', '-', 'JL. MERDEKA NO. 14, CIMAHI', '-', '-', 'MENIKAH', 'ISLAM', '2025-05-13', '081200018344', '42 Th 3 Bl 0 Hr', '-', 'DIRI SENDIRI', 'WAYAN KURNIAWATI', 'BPJ', '0001900018344', 1, 1, 1, '-', 'CIMAHI', '-', '-', 'CIMAHI', '-', 1, 1, 1, '', '', 1, 'JAWA BARAT'),
  ('000015', 'SITI LESTARI', '3270001900352725', 'P', 'BANDUNG', '2010-04-21', '-', 'JL. MERDEKA NO. 15, BANDUNG', '-', '-', 'BELUM MENIKAH', 'ISLAM', '2025-06-14', '081200352725', '16 Th 7 Bl 0 Hr', '-', 'DIRI SENDIRI', 'SITI LESTARI', 'BPJ', '0001900352725', 1, 1, 1, '-', 'BANDUNG', '-', '-', 'BANDUNG', '-', 1, 1, 1, '', '', 1, 'JAWA BARAT'),
  ('000016', 'PUTU KURNIAWATI', '3270001900702944', 'L', 'BOGOR', '2010-11-26', '-', 'JL. MERDEKA NO. 16, BOGOR', '-', '-', 'BELUM MENIKAH', 'ISLAM', '2025-07-15', '081200702944', '16 Th 0 Bl 0 Hr', '-', 'DIRI SENDIRI', 'PUTU KURNIAWATI', 'BPJ', '0001900702944', 1, 1, 1, '-', 'BOGOR', '-', '-', 'BOGOR', '-', 1, 1, 1, '', '', 1, 'JAWA BARAT'),
  ('000017', 'NI MADE WIJAYA', '3270001900069001', 'P', 'BEKASI', '1986-06-02', '-', 'JL. MERDEKA NO. 17, BEKASI', '-', '-', 'MENIKAH', 'ISLAM', '2025-08-16', '081200069001', '40 Th 5 Bl 0 Hr', '-', 'DIRI SENDIRI', 'NI MADE WIJAYA', 'BPJ', '0001900069001', 1, 1, 1, '-', 'BEKASI', '-', '-', 'BEKASI', '-', 1, 1, 1, '', '', 1, 'JAWA BARAT'),
  ('000018', 'BUDI AYU DEWI', '3270001900777700', 'L', 'DEPOK', '2010-03-27', '-', 'JL. MERDEKA NO. 18, DEPOK', '-', '-', 'BELUM MENIKAH', 'ISLAM', '2025-09-17', '081200777700', '16 Th 8 Bl 0 Hr', '-', 'DIRI SENDIRI', 'BUDI AYU DEWI', 'BPJ', '0001900777700', 1, 1, 1, '-', 'DEPOK', '-', '-', 'DEPOK', '-', 1, 1, 1, '', '', 1, 'JAWA BARAT'),
  ('000019', 'TONO SUHARTO', '-', 'L', 'CIMAHI', '1999-03-19', '-', 'JL. MERDEKA NO. 19, CIMAHI', '-', '-', 'MENIKAH', 'ISLAM', '2025-01-18', '081300021109', '27 Th 8 Bl 0 Hr', '-', 'DIRI SENDIRI', 'TONO SUHARTO', 'UMU', '-', 1, 1, 1, '-', 'CIMAHI', '-', '-', 'CIMAHI', '-', 1, 1, 1, '', '', 1, 'JAWA BARAT'),
  ('000020', 'MARYAM HASANAH', '-', 'P', 'BANDUNG', '2000-03-20', '-', 'JL. MERDEKA NO. 20, BANDUNG', '-', '-', 'MENIKAH', 'ISLAM', '2025-02-19', '081300022220', '26 Th 8 Bl 0 Hr', '-', 'DIRI SENDIRI', 'MARYAM HASANAH', 'UMU', '-', 1, 1, 1, '-', 'BANDUNG', '-', '-', 'BANDUNG', '-', 1, 1, 1, '', '', 1, 'JAWA BARAT');

insert into set_no_rkm_medis (no_rkm_medis) values ('000020');

-- Past visits: two counter registrations and one Mobile JKN booking (served, with its task times), all finished
insert into reg_periksa (no_reg, no_rawat, tgl_registrasi, jam_reg, kd_dokter, no_rkm_medis, kd_poli, p_jawab, almt_pj,
    hubunganpj, biaya_reg, stts, stts_daftar, status_lanjut, kd_pj, umurdaftar, sttsumur, status_bayar, status_poli) values
  ('001', '2026/11/23/000001', '2026-11-23', '07:45:10', 'D0003', '000003', 'P002', 'SITI SUSILO', 'JL. MERDEKA NO. 3, DEPOK', 'DIRI SENDIRI', 20000, 'Sudah', 'Lama', 'Ralan', 'BPJ', 63, 'Th', 'Sudah Bayar', 'Lama'),
  ('001', '2026/11/23/000002', '2026-11-23', '08:02:44', 'D0001', '000015', 'P001', 'SITI LESTARI', 'JL. MERDEKA NO. 15, BANDUNG', 'DIRI SENDIRI', 30000, 'Sudah', 'Baru', 'Ralan', 'BPJ', 16, 'Th', 'Sudah Bayar', 'Baru'),
  ('002', '2026/11/23/000003', '2026-11-23', '08:10:05', 'D0003', '000019', 'P002', 'TONO SUHARTO', 'JL. MERDEKA NO. 19, CIMAHI', 'DIRI SENDIRI', 30000, 'Sudah', 'Baru', 'Ralan', 'UMU', 27, 'Th', 'Sudah Bayar', 'Baru');

insert into referensi_mobilejkn_bpjs (nobooking, no_rawat, nomorkartu, nik, nohp, kodepoli, pasienbaru, norm,
    tanggalperiksa, kodedokter, jampraktek, jeniskunjungan, nomorreferensi, nomorantrean, angkaantrean, estimasidilayani,
    sisakuotajkn, kuotajkn, sisakuotanonjkn, kuotanonjkn, status, validasi, statuskirim) values
  ('20261123000001', '2026/11/23/000002', '0001900352725', '3270001900352725', '081200352725', 'ANA', '0', '000015',
    '2026-11-23', '33690', '08:00-12:00', '1 (Rujukan FKTP)', '0301U0011126P000123', 'A-1', '1', '1763859600000',
    29, 30, 29, 30, 'Checkin', '2026-11-23 07:58:00', 'Sudah');

insert into referensi_mobilejkn_bpjs_taskid (no_rawat, taskid, waktu) values
  ('2026/11/23/000002', '3', '2026-11-23 07:58:00'),
  ('2026/11/23/000002', '4', '2026-11-23 08:20:31'),
  ('2026/11/23/000002', '5', '2026-11-23 08:35:02'),
  ('2026/11/23/000002', '6', '2026-11-23 08:40:17'),
  ('2026/11/23/000002', '7', '2026-11-23 08:52:49');

-- Khanza's own applications (its desktop screens and web services) as one database user with everything on sik; the
-- e2e tests and the lag benchmark write as Khanza's screens do through it (never the bridge's users)
create user if not exists 'khanza'@'%' identified by 'khanza-local';
grant all privileges on sik.* to 'khanza'@'%';
