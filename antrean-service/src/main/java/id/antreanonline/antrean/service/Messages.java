package id.antreanonline.antrean.service;

/** Answers of antrean-service's own rules where BPJS's UAT gives no wording (shown to the patient). */
public final class Messages {

    public static final String DATE_BEYOND_HORIZON = "Tanggal Periksa Melebihi Batas Maksimal Pendaftaran";
    public static final String NIK_INVALID = "NIK Tidak Sesuai, harus 16 digit angka";
    public static final String CARD_INVALID = "Nomor Kartu Tidak Sesuai, harus 13 digit angka";
    public static final String CARD_REQUIRED_FOR_JKN = "Nomor Kartu Wajib Diisi Untuk Pasien JKN";
    public static final String VISIT_KIND_INVALID =
            "Jenis Kunjungan Tidak Sesuai, isi 1 (Rujukan FKTP), 2 (Rujukan Internal), 3 (Kontrol) atau 4 (Rujukan Antar RS)";
    public static final String REFERENCE_REQUIRED = "Nomor Referensi Wajib Diisi Untuk Pasien JKN";
    public static final String REFERENCE_IN_USE = "Nomor Referensi Sudah Digunakan Untuk Antrean Lain Yang Masih Aktif";
    public static final String DOCTOR_INVALID = "Kode Dokter Tidak Sesuai";
    public static final String HOURS_INVALID = "Format Jam Praktek Tidak Sesuai, format yang benar adalah HH:mm-HH:mm";
    public static final String PHONE_INVALID = "Nomor HP Tidak Sesuai";
    public static final String PATIENT_KIND_INVALID = "Jenis Pasien Tidak Sesuai, isi JKN atau NON JKN";
    public static final String JKN_QUOTA_FULL = "Kuota JKN untuk jadwal ini sudah penuh";
    public static final String NON_JKN_QUOTA_FULL = "Kuota Non JKN untuk jadwal ini sudah penuh";
    public static final String PATIENT_LOOKUP_FAILED =
            "Data pasien sedang tidak dapat diperiksa, silahkan coba beberapa saat lagi";
    public static final String BOOKING_CODE_REQUIRED = "Kode Booking Tidak Boleh Kosong";
    public static final String BOOKING_NOT_FOUND = "Antrean Tidak Ditemukan";
    public static final String BOOKING_CANCELLED = "Antrean Sudah Dibatalkan";
    public static final String ALREADY_CANCELLED = "Antrean Sudah Dibatalkan Sebelumnya";
    public static final String ALREADY_SERVED = "Pasien Sudah Dilayani, Antrean Tidak Dapat Dibatalkan";
    public static final String VISIT_DATE_PASSED = "Tanggal Periksa Sudah Lewat, Antrean Tidak Dapat Dibatalkan";
    public static final String CHECKIN_TIME_INVALID = "Waktu Checkin Tidak Sesuai";
    public static final String CHECKIN_CANCELLED = "Antrean Sudah Dibatalkan, Tidak Dapat Checkin";
    public static final String ALREADY_CHECKED_IN = "Antrean Sudah Checkin Sebelumnya";
    public static final String CHECKIN_NOT_VISIT_DATE = "Checkin Hanya Dapat Dilakukan Pada Tanggal Periksa";
    public static final String CHECKIN_IN_FUTURE = "Waktu Checkin Tidak Boleh Melebihi Waktu Sekarang";
    public static final String DATE_RANGE_INVALID = "Tanggal Awal Tidak Boleh Melebihi Tanggal Akhir";
    public static final String CARD_NUMBER_INVALID = "Nomor Peserta Tidak Sesuai, harus 13 digit angka";
    public static final String CANCELLED_DEFAULT_REASON = "Dibatalkan";
    public static final String POLI_DONE = "Pelayanan poli untuk antrean ini sudah selesai";

    public static final String KIOSK_CODE_OR_NIK = "Masukkan Kode Booking Atau NIK 16 Digit";
    public static final String KIOSK_NO_BOOKING_TODAY = "Tidak Ada Antrean Hari Ini Untuk NIK Tersebut";
    public static final String KIOSK_CARD_OR_NIK = "Isi Nomor Kartu JKN Atau NIK, Salah Satu";

    private Messages() {
    }
}
