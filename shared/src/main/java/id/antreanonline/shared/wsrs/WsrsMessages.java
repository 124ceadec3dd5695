package id.antreanonline.shared.wsrs;

/** The answers BPJS's UAT checklist looks for, word for word (contract section 3). */
public final class WsrsMessages {

    public static final String WRONG_CREDENTIALS = "Username atau Password Tidak Sesuai";
    public static final String TOKEN_EXPIRED = "Token Expired";
    public static final String USERNAME_MISMATCH = "Username Tidak Sesuai Dengan Token";
    public static final String POLI_NOT_FOUND = "Poli Tidak Ditemukan";
    public static final String BAD_DATE_FORMAT = "Format Tanggal Tidak Sesuai, format yang benar adalah yyyy-mm-dd";
    public static final String DATE_NOT_VALID = "Tanggal Periksa Tidak Berlaku";
    public static final String REGISTRATION_CLOSED = "Pendaftaran Ke Poli Ini Sedang Tutup";
    public static final String ONE_BOOKING_PER_DAY = "Nomor Antrean Hanya Dapat Diambil 1 Kali Pada Tanggal Yang Sama";
    public static final String PATIENT_UNKNOWN =
            "Data pasien ini tidak ditemukan, silahkan Melakukan Registrasi Pasien Baru";
    public static final String NEW_PATIENT_GO_TO_ADMISSION = "Harap datang ke admisi untuk melengkapi data rekam medis";
    public static final String MALFORMED_REQUEST = "Format Request Tidak Sesuai";
    /** The hospital's side cannot answer right now (its database is away); Mobile JKN may try again. */
    public static final String SYSTEM_BUSY = "Sistem Sedang Sibuk, Silahkan Coba Beberapa Saat Lagi";

    private WsrsMessages() {
    }

    public static String noSchedule(String namadokter) {
        return "Jadwal Dokter " + namadokter
                + " Tersebut Belum Tersedia, Silahkan Reschedule Tanggal dan Jam Praktek Lainnya";
    }
}
