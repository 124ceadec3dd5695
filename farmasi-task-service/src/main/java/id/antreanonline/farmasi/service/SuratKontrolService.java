package id.antreanonline.farmasi.service;

import static id.antreanonline.farmasi.service.SepForm.object;
import static id.antreanonline.farmasi.service.SepForm.text;
import static id.antreanonline.farmasi.service.SepForm.without;
import static id.antreanonline.farmasi.service.SepService.badRequest;
import static id.antreanonline.farmasi.service.SepService.request;
import static id.antreanonline.farmasi.service.VisitLetters.conflict;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.antreanonline.farmasi.VisitLetter;
import id.antreanonline.farmasi.VisitLetter.Kind;
import id.antreanonline.farmasi.client.BpjsRefused;
import id.antreanonline.farmasi.client.VClaimGateway;
import id.antreanonline.farmasi.service.Views.SuratKontrolView;
import id.antreanonline.shared.Wib;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The visit's surat kontrol (VClaim RencanaKontrol) on its SEP: the doctors BPJS lists for a date, the letter issued
 * once per visit, changed and deleted. The next Mobile JKN booking with jeniskunjungan 3 names its number. Its SPRI
 * (jenis kontrol 1, the doctor orders an inpatient admission) likewise, on the member's card instead of the SEP.
 */
@ApplicationScoped
public class SuratKontrolService {

    /** The doctors BPJS lists for a control at the visit's poli on a date ({@code list}: BPJS's own entries). */
    public record Schedule(String kodepoli, String tanggal, String jenisKontrol, JsonNode list) {
    }

    /** What an insert answers: the visit's letter, {@code created} false when it already had it (BPJS not asked). */
    public record SuratKontrolIssued(String nomor, String tglRencanaKontrol, String kodeDokter, String namaDokter,
            String poliKontrol, String noSep, boolean created) {

        static SuratKontrolIssued of(VisitLetters.Outcome o) {
            VisitLetter l = o.letter();
            return new SuratKontrolIssued(l.nomor, l.text("tglRencanaKontrol"), l.text("kodeDokter"),
                    l.text("namaDokter"), l.text("poliKontrol"), l.text("noSep"), o.created());
        }
    }

    /** {@code poliKontrol}: default the visit's poli. */
    public record Plan(String tglRencanaKontrol, String kodeDokter, String poliKontrol) {
    }

    /** The member's data BPJS's answer carries and this service does not keep. */
    private static final String[] MEMBER_FIELDS = { "noKartu", "nama", "kelamin", "tglLahir" };

    private final VisitLetters letters;
    private final VClaimGateway gateway;

    SuratKontrolService(VisitLetters letters, VClaimGateway gateway) {
        this.letters = letters;
        this.gateway = gateway;
    }

    /** BPJS's doctors for a control ({@code jenis} 2) or an inpatient order (1) at the visit's poli on a date. */
    public Uni<Schedule> schedule(String kodebooking, String authorization, String tanggal, String jenis) {
        String jenisKontrol = jenis == null || jenis.isBlank() ? "2" : jenis.trim();
        if (!jenisKontrol.equals("1") && !jenisKontrol.equals("2")) {
            return Uni.createFrom().failure(badRequest("jenis harus 1 (SPRI) atau 2 (surat kontrol)"));
        }
        if (Wib.parseDate(tanggal).isEmpty()) {
            return Uni.createFrom().failure(badRequest("tanggal wajib diisi dengan format yyyy-MM-dd"));
        }
        return letters.visit(kodebooking).chain(v -> gateway.read(api -> api.controlSchedules(authorization,
                jenisKontrol, v.kodepoli, tanggal))
                .map(answer -> new Schedule(v.kodepoli, tanggal, jenisKontrol,
                        answer.has("list") ? answer.get("list") : answer)));
    }

    /** Issues the visit's surat kontrol on its SEP, once. */
    public Uni<SuratKontrolIssued> issue(String kodebooking, String authorization, String user, Plan plan) {
        return checked(plan).chain(() -> letters.visit(kodebooking)).chain(v -> letters.issued(kodebooking, Kind.SEP)
                .chain(sep -> {
                    ObjectNode r = requestOf(plan, sep.nomor, v.kodepoli, user);
                    return letters.issueOnce(kodebooking, Kind.SURAT_KONTROL, user,
                            () -> gateway.write(api -> api.insertControlLetter(authorization, object("request", r))),
                            answer -> issueOf(r, answer));
                }))
                .map(SuratKontrolIssued::of);
    }

    /** A new date, doctor or poli for the visit's letter. */
    public Uni<SuratKontrolView> update(String kodebooking, String authorization, String user, Plan plan) {
        return checked(plan).chain(() -> letters.visit(kodebooking))
                .chain(v -> letters.issued(kodebooking, Kind.SURAT_KONTROL).chain(letter -> {
                    ObjectNode r = requestOf(plan, letter.text("noSep"), v.kodepoli, user);
                    r.put("noSuratKontrol", letter.nomor);
                    return gateway.write(api -> api.updateControlLetter(authorization, object("request", r)))
                            .chain(answer -> letters.change(kodebooking, Kind.SURAT_KONTROL, keptOf(r, answer)));
                }))
                .map(l -> SuratKontrolView.of(l, letters.now()));
    }

    /** Deletes the visit's surat kontrol or SPRI at BPJS (one call deletes either), then forgets its number. */
    public Uni<VisitLetter> delete(String kodebooking, String authorization, String user, Kind kind) {
        return letters.removeOnce(kodebooking, kind, letter -> gateway.write(api -> api
                .deleteControlLetter(authorization, request("t_suratkontrol",
                        object("noSuratKontrol", letter.nomor, "user", user)))));
    }

    /** Issues the visit's SPRI on the member's card (from the JKN booking), once; no SEP needed. */
    public Uni<SuratKontrolIssued> issueSpri(String kodebooking, String authorization, String user, Plan plan) {
        return checked(plan).chain(() -> letters.visit(kodebooking))
                .chain(v -> gateway.booking(authorization, kodebooking).chain(b -> {
                    if (!b.jkn()) {
                        throw conflict("Kunjungan ini bukan pasien JKN; SPRI hanya untuk peserta BPJS");
                    }
                    ObjectNode r = spriRequestOf(plan, v.kodepoli, user);
                    r.put("noKartu", b.nomorkartu());
                    return letters.issueOnce(kodebooking, Kind.SPRI, user,
                            () -> gateway.write(api -> api.insertAdmissionOrder(authorization, object("request", r))),
                            answer -> spriIssueOf(r, answer));
                }))
                .map(SuratKontrolIssued::of);
    }

    /** A new date, doctor or poli for the visit's SPRI. */
    public Uni<SuratKontrolView> updateSpri(String kodebooking, String authorization, String user, Plan plan) {
        return checked(plan).chain(() -> letters.visit(kodebooking))
                .chain(v -> letters.issued(kodebooking, Kind.SPRI).chain(spri -> {
                    ObjectNode r = spriRequestOf(plan, v.kodepoli, user);
                    r.put("noSPRI", spri.nomor);
                    return gateway.write(api -> api.updateAdmissionOrder(authorization, object("request", r)))
                            .chain(answer -> letters.change(kodebooking, Kind.SPRI, keptOf(r, answer)));
                }))
                .map(l -> SuratKontrolView.of(l, letters.now()));
    }

    private static Uni<Void> checked(Plan plan) {
        if (plan == null || Wib.parseDate(plan.tglRencanaKontrol()).isEmpty()) {
            return Uni.createFrom().failure(badRequest("tglRencanaKontrol wajib diisi dengan format yyyy-MM-dd"));
        }
        if (plan.kodeDokter() == null || plan.kodeDokter().isBlank()) {
            return Uni.createFrom().failure(badRequest("kodeDokter wajib diisi (pilih dari jadwal dokter BPJS)"));
        }
        return Uni.createFrom().voidItem();
    }

    private static ObjectNode requestOf(Plan plan, String noSep, String visitPoli, String user) {
        ObjectNode r = object("noSEP", noSep);
        r.setAll(spriRequestOf(plan, visitPoli, user));
        return r;
    }

    /** The plan as both requests carry it: an SPRI's has no SEP (the card number or SPRI number is added). */
    private static ObjectNode spriRequestOf(Plan plan, String visitPoli, String user) {
        String poli = plan.poliKontrol() == null || plan.poliKontrol().isBlank() ? visitPoli : plan.poliKontrol().trim();
        return object("kodeDokter", plan.kodeDokter().trim(), "poliKontrol", poli,
                "tglRencanaKontrol", plan.tglRencanaKontrol().trim(), "user", user);
    }

    private static VisitLetters.Issue spriIssueOf(ObjectNode sent, JsonNode answer) {
        String nomor = text(answer, "noSPRI");
        if (nomor.isEmpty()) {
            throw new BpjsRefused("", "BPJS tidak memberi nomor SPRI");
        }
        return new VisitLetters.Issue(nomor, keptOf(sent, answer));
    }

    private static VisitLetters.Issue issueOf(ObjectNode sent, JsonNode answer) {
        String nomor = text(answer, "noSuratKontrol");
        if (nomor.isEmpty()) {
            throw new BpjsRefused("", "BPJS tidak memberi nomor surat kontrol");
        }
        return new VisitLetters.Issue(nomor, keptOf(sent, answer));
    }

    private static ObjectNode keptOf(ObjectNode sent, JsonNode answer) {
        // the card number sent for an SPRI is not kept: the visit's booking has it
        ObjectNode kept = object("noSep", text(sent, "noSEP"), "tglRencanaKontrol", text(sent, "tglRencanaKontrol"),
                "kodeDokter", text(sent, "kodeDokter"), "namaDokter", text(answer, "namaDokter"), "poliKontrol",
                text(sent, "poliKontrol"), "bpjs", without(answer, MEMBER_FIELDS));
        if (!sent.has("noSEP")) {
            kept.remove("noSep");
        }
        return kept;
    }
}
