package id.antreanonline.farmasi.service;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import id.antreanonline.farmasi.DeliveryState;
import id.antreanonline.farmasi.TaskRecord;
import id.antreanonline.farmasi.Visit;
import id.antreanonline.farmasi.VisitLetter;
import id.antreanonline.shared.TaskId;
import id.antreanonline.shared.Wib;
import id.antreanonline.shared.event.BookingSource;

/** What the staff API shows; BPJS's field names where the thing is BPJS's. */
public final class Views {

    private Views() {
    }

    /** Delivery to BPJS: pending, delivered, or rejected with BPJS's code and message. */
    public record DeliveryView(String status, Integer code, String message) {

        public static DeliveryView of(DeliveryState delivery, Integer code, String message) {
            DeliveryState d = delivery != null ? delivery : DeliveryState.PENDING;
            return new DeliveryView(d.name().toLowerCase(Locale.ROOT), code, message);
        }
    }

    public record Step(int taskid, String taskname, long waktu, String jenisresep, long recordedAt,
            String recordedBy, DeliveryView delivery) {

        static Step of(TaskRecord t) {
            return new Step(t.taskid, TaskId.of(t.taskid).map(TaskId::taskname).orElse(""), t.waktu, t.jenisresep,
                    t.recordedAt, t.recordedBy, DeliveryView.of(t.delivery, t.deliveryCode, t.deliveryMessage));
        }
    }

    /** The pharmacy number (BPJS 2.0 antrean farmasi) and its delivery to antrean/farmasi/add. */
    public record PharmacyNumber(int nomorantrean, String jenisresep, DeliveryView delivery) {
    }

    /** The booking's own delivery: {@code call} ANTREAN_ADD (onsite booking) or ANTREAN_BATAL. */
    public record BookingDelivery(String call, DeliveryView delivery) {
    }

    /**
     * The visit's SEP: {@code state} ISSUED, ISSUING (BPJS being asked) or UNKNOWN (asked, no answer: check BPJS's
     * application); {@code diagAwal} and {@code poli} the codes sent, {@code diagnosa} and {@code namaPoli} as BPJS
     * named them.
     */
    public record SepView(String nomor, String state, String tglSep, String diagAwal, String diagnosa, String poli,
            String namaPoli, String tglPulang, String statusPulang, String issuedBy, Long issuedAt, long updatedAt) {

        public static SepView of(VisitLetter l, long now) {
            JsonNode bpjs = l.detail.path("bpjs");
            return new SepView(l.nomor, l.stateAt(now).name(), l.text("tglSep"), l.text("diagAwal"),
                    bpjs.path("diagnosa").asText(null), l.text("poli"), bpjs.path("poli").asText(null),
                    l.text("tglPulang"), l.text("statusPulang"), l.issuedBy, l.issuedAt, l.updatedAt);
        }
    }

    /** The visit's surat kontrol (rencana kontrol) on its SEP; {@code state} as for the SEP. */
    public record SuratKontrolView(String nomor, String state, String noSep, String tglRencanaKontrol,
            String kodeDokter, String namaDokter, String poliKontrol, String issuedBy, Long issuedAt, long updatedAt) {

        public static SuratKontrolView of(VisitLetter l, long now) {
            return new SuratKontrolView(l.nomor, l.stateAt(now).name(), l.text("noSep"), l.text("tglRencanaKontrol"),
                    l.text("kodeDokter"), l.text("namaDokter"), l.text("poliKontrol"), l.issuedBy, l.issuedAt,
                    l.updatedAt);
        }
    }

    /** The visit's VClaim letters, null where it has none; {@code spri} shaped as the surat kontrol, no noSep. */
    public record VClaimLetters(String kodebooking, SepView sep, SuratKontrolView suratKontrol,
            SuratKontrolView spri) {

        public static VClaimLetters of(String kodebooking, List<VisitLetter> letters, long now) {
            VisitLetter sep = ofKind(letters, VisitLetter.Kind.SEP);
            VisitLetter kontrol = ofKind(letters, VisitLetter.Kind.SURAT_KONTROL);
            VisitLetter spri = ofKind(letters, VisitLetter.Kind.SPRI);
            return new VClaimLetters(kodebooking, sep == null ? null : SepView.of(sep, now),
                    kontrol == null ? null : SuratKontrolView.of(kontrol, now),
                    spri == null ? null : SuratKontrolView.of(spri, now));
        }

        private static VisitLetter ofKind(List<VisitLetter> letters, VisitLetter.Kind kind) {
            return letters.stream().filter(l -> l.kind == kind).findFirst().orElse(null);
        }
    }

    /**
     * {@code status}: open, ended (task 99) or cancelled; {@code sep}, {@code suratKontrol} and {@code spri} the
     * visit's VClaim letters, null where it has none.
     */
    public record Timeline(String kodebooking, BookingSource source, int pasienbaru, String tanggalperiksa,
            String kodepoli, String kodedokter, String jampraktek, String nomorantrean, Integer angkaantrean,
            String status, String jenisresep, BookingDelivery booking, PharmacyNumber farmasi, List<Step> tasks,
            SepView sep, SuratKontrolView suratKontrol, SuratKontrolView spri) {

        static Timeline of(Visit v, List<TaskRecord> tasks, VClaimLetters letters) {
            PharmacyNumber farmasi = v.farmasiNomor == null ? null
                    : new PharmacyNumber(v.farmasiNomor, v.jenisresep,
                            DeliveryView.of(v.farmasiDelivery, v.farmasiDeliveryCode, v.farmasiDeliveryMessage));
            BookingDelivery booking = v.bookingDeliveryCall == null ? null
                    : new BookingDelivery(v.bookingDeliveryCall,
                            DeliveryView.of(v.bookingDelivery, v.bookingDeliveryCode, v.bookingDeliveryMessage));
            return new Timeline(v.kodebooking, v.source, v.pasienbaru, Wib.DATE.format(v.tanggalperiksa), v.kodepoli,
                    v.kodedokter, v.jampraktek, v.nomorantrean, v.angkaantrean,
                    v.status.name().toLowerCase(Locale.ROOT), v.jenisresep, booking, farmasi,
                    tasks.stream().map(Step::of).toList(), letters.sep(), letters.suratKontrol(),
                    letters.spri());
        }
    }

    /**
     * A patient in a station's queue. {@code taskid}/{@code waktu}: the visit's last step (when the patient joined this
     * queue or was called); {@code nomorfarmasi} the pharmacy number, if any.
     */
    public record QueueEntry(String kodebooking, String nomorantrean, Integer angkaantrean, String norm,
            String kodepoli, String kodedokter, String jampraktek, int pasienbaru, Integer taskid, Long waktu,
            Integer nomorfarmasi, String jenisresep) {

        static QueueEntry of(Visit v) {
            return new QueueEntry(v.kodebooking, v.nomorantrean, v.angkaantrean, v.norm, v.kodepoli, v.kodedokter,
                    v.jampraktek, v.pasienbaru, v.lastTaskid, v.lastWaktu, v.farmasiNomor, v.jenisresep);
        }
    }

    /**
     * One station's queue on one day: {@code waiting} in calling order, {@code inService} (called, not finished),
     * {@code ready} (pharmacy only: medicine ready to hand over), {@code calledLast} the last patient called and when.
     */
    public record StationQueue(String station, String tanggal, String kodepoli, String kodedokter, String jampraktek,
            int total, List<QueueEntry> waiting, List<QueueEntry> inService, List<QueueEntry> ready,
            Called calledLast) {
    }

    /** The last call at a station: the entry and the time of the calling task (2, 4 or 6). */
    public record Called(QueueEntry entry, int taskid, long waktu) {
    }
}
