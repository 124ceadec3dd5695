package id.antreanonline.antrean.service;

import java.time.LocalDate;

import id.antreanonline.antrean.PatientKind;

/** A booking request that passed the format rules, ready to be given a number; blanks are null. */
record BookingOrder(LocalDate tanggal, String kodepoli, String kodedokter, String jampraktek, String nik,
        String nomorkartu, String nohp, String norm, int jeniskunjungan, String nomorreferensi,
        PatientKind patientKind) {
}
