-- The two database users of the Khanza bridge, each with only what it needs. Passwords are the local stack's; a
-- hospital sets its own. '%' because Kafka Connect and the bridge may run on other machines than Khanza's MariaDB.

-- Debezium's capture user: reads the binlog (REPLICATION SLAVE), asks where it is (REPLICATION CLIENT: SHOW MASTER
-- STATUS, SHOW BINARY LOGS) and reads the tables for the first snapshot (SELECT). RELOAD and LOCK TABLES are left
-- out: the snapshot then takes no global read lock (snapshot.locking.mode=none), which Khanza's counters must not wait on.
create user if not exists 'antrean_cdc'@'%' identified by 'antrean-cdc-local';
grant replication slave, replication client on *.* to 'antrean_cdc'@'%';
grant select on sik.* to 'antrean_cdc'@'%';

-- Not Khanza's: the bridge's own record of which booking here a registration at Khanza's counter became (its
-- kodebooking, for the visit's task times and a cancellation). The only table the bridge adds to Khanza's database;
-- nothing of Khanza reads it, and dropping it after a rollback loses nothing Khanza needs.
create table if not exists antrean_online_kunjungan (
  no_rawat varchar(17) not null,
  kodebooking varchar(40) not null,
  dibuat datetime not null,
  primary key (no_rawat),
  unique key kodebooking (kodebooking)
) engine = InnoDB default charset = latin1;

-- The bridge's writer: a Mobile JKN booking taken here goes into Khanza as Khanza's own web service writes it
-- (reg_periksa + referensi_mobilejkn_bpjs, a new patient into pasien with the next number from set_no_rkm_medis),
-- a cancellation into referensi_mobilejkn_bpjs_batal, task times into referensi_mobilejkn_bpjs_taskid. It reads the
-- mappings, the masters, the referrals (rujuk_masuk) and the prescriptions (resep_obat) to fill those rows and to book Khanza's counter registrations
-- here, and records which booking each became in its own table; it deletes nothing.
create user if not exists 'antrean_bridge'@'%' identified by 'antrean-bridge-local';
grant select, insert, update on sik.reg_periksa to 'antrean_bridge'@'%';
grant select, insert, update on sik.referensi_mobilejkn_bpjs to 'antrean_bridge'@'%';
grant select, insert, update on sik.referensi_mobilejkn_bpjs_taskid to 'antrean_bridge'@'%';
grant select, insert on sik.referensi_mobilejkn_bpjs_batal to 'antrean_bridge'@'%';
grant select, insert on sik.pasien to 'antrean_bridge'@'%';
grant select, update on sik.set_no_rkm_medis to 'antrean_bridge'@'%';
grant select on sik.maping_poli_bpjs to 'antrean_bridge'@'%';
grant select on sik.maping_dokter_dpjpvclaim to 'antrean_bridge'@'%';
grant select on sik.poliklinik to 'antrean_bridge'@'%';
grant select on sik.dokter to 'antrean_bridge'@'%';
grant select on sik.penjab to 'antrean_bridge'@'%';
grant select on sik.rujuk_masuk to 'antrean_bridge'@'%';
grant select on sik.resep_obat to 'antrean_bridge'@'%';
grant select on sik.resep_dokter_racikan to 'antrean_bridge'@'%';
grant select, insert on sik.antrean_online_kunjungan to 'antrean_bridge'@'%';
