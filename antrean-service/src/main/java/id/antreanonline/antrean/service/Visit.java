package id.antreanonline.antrean.service;

import java.time.LocalDate;

/** A booking request that passed the format rules; blanks are null. */
record Visit(LocalDate tanggal, String kodepoli, String kodedokter, String jampraktek, String nik, String nomorkartu,
        String nohp, String norm, int jeniskunjungan, String nomorreferensi, String jenispasien) {
}
