package id.antreanonline.shared.event;

/**
 * A booking as carried inside {@link BookingEvent}: BPJS's TAMBAH ANTREAN (antrean/add) fields plus
 * {@code pasienbaru} (1 when the patient goes through admission to complete a new medical record). The field names
 * and their order are the event's JSON and must not change: events already in Kafka are read with this record.
 * Build one with {@link #builder()}.
 */
public record BookingSnapshot(
        String kodebooking,
        String jenispasien,
        String nomorkartu,
        String nik,
        String nohp,
        String kodepoli,
        String namapoli,
        int pasienbaru,
        String norm,
        String tanggalperiksa,
        String kodedokter,
        String namadokter,
        String jampraktek,
        int jeniskunjungan,
        String nomorreferensi,
        String nomorantrean,
        int angkaantrean,
        long estimasidilayani,
        int sisakuotajkn,
        int kuotajkn,
        int sisakuotanonjkn,
        int kuotanonjkn,
        String keterangan) {

    public boolean newPatient() {
        return pasienbaru == 1;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Names every field, so no call site passes 23 values by position. */
    public static final class Builder {

        private String kodebooking;
        private String jenispasien;
        private String nomorkartu;
        private String nik;
        private String nohp;
        private String kodepoli;
        private String namapoli;
        private int pasienbaru;
        private String norm;
        private String tanggalperiksa;
        private String kodedokter;
        private String namadokter;
        private String jampraktek;
        private int jeniskunjungan;
        private String nomorreferensi;
        private String nomorantrean;
        private int angkaantrean;
        private long estimasidilayani;
        private int sisakuotajkn;
        private int kuotajkn;
        private int sisakuotanonjkn;
        private int kuotanonjkn;
        private String keterangan;

        private Builder() {
        }

        public Builder kodebooking(String kodebooking) {
            this.kodebooking = kodebooking;
            return this;
        }

        /** {@code JKN} or {@code NON JKN}. */
        public Builder jenispasien(String jenispasien) {
            this.jenispasien = jenispasien;
            return this;
        }

        /** The patient: card number and phone may be blank (""), never null, as BPJS expects. */
        public Builder patient(String nik, String nomorkartu, String nohp, String norm) {
            this.nik = nik;
            this.nomorkartu = nomorkartu;
            this.nohp = nohp;
            this.norm = norm;
            return this;
        }

        public Builder newPatient(boolean newPatient) {
            this.pasienbaru = newPatient ? 1 : 0;
            return this;
        }

        /** The doctor's practice: poli, doctor, date (yyyy-MM-dd) and hours. */
        public Builder practice(String kodepoli, String namapoli, String kodedokter, String namadokter,
                String tanggalperiksa, String jampraktek) {
            this.kodepoli = kodepoli;
            this.namapoli = namapoli;
            this.kodedokter = kodedokter;
            this.namadokter = namadokter;
            this.tanggalperiksa = tanggalperiksa;
            this.jampraktek = jampraktek;
            return this;
        }

        public Builder referral(int jeniskunjungan, String nomorreferensi) {
            this.jeniskunjungan = jeniskunjungan;
            this.nomorreferensi = nomorreferensi;
            return this;
        }

        /** The queue number as shown ({@code A-12}), as counted (12), and when the patient is expected (epoch ms). */
        public Builder number(String nomorantrean, int angkaantrean, long estimasidilayani) {
            this.nomorantrean = nomorantrean;
            this.angkaantrean = angkaantrean;
            this.estimasidilayani = estimasidilayani;
            return this;
        }

        public Builder jknQuota(int left, int total) {
            this.sisakuotajkn = left;
            this.kuotajkn = total;
            return this;
        }

        public Builder nonJknQuota(int left, int total) {
            this.sisakuotanonjkn = left;
            this.kuotanonjkn = total;
            return this;
        }

        public Builder keterangan(String keterangan) {
            this.keterangan = keterangan;
            return this;
        }

        public BookingSnapshot build() {
            return new BookingSnapshot(kodebooking, jenispasien, nomorkartu, nik, nohp, kodepoli, namapoli, pasienbaru,
                    norm, tanggalperiksa, kodedokter, namadokter, jampraktek, jeniskunjungan, nomorreferensi,
                    nomorantrean, angkaantrean, estimasidilayani, sisakuotajkn, kuotajkn, sisakuotanonjkn,
                    kuotanonjkn, keterangan);
        }
    }
}
