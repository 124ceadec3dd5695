package id.antreanonline.farmasi.service;

import static id.antreanonline.farmasi.service.SepForm.object;
import static id.antreanonline.farmasi.service.SepForm.text;
import static id.antreanonline.farmasi.service.SepForm.without;
import static id.antreanonline.farmasi.service.VisitLetters.conflict;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.antreanonline.farmasi.Visit;
import id.antreanonline.farmasi.VisitLetter;
import id.antreanonline.farmasi.VisitLetter.Kind;
import id.antreanonline.farmasi.client.Booking;
import id.antreanonline.farmasi.client.BpjsRefused;
import id.antreanonline.farmasi.client.VClaimGateway;
import id.antreanonline.farmasi.config.VClaimConfig;
import id.antreanonline.farmasi.service.SepDraft.Referral;
import id.antreanonline.farmasi.service.Views.SepView;
import id.antreanonline.shared.Wib;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The visit's SEP at admission (VClaim SEP 2.0): the draft from the booking, the member and the referral; the insert,
 * once per visit; update, delete and the discharge date. Only a checked-in JKN visit still open gets one. Every call
 * carries the staff member's own token.
 */
@ApplicationScoped
public class SepService {

    /** What an insert answers: the visit's SEP, {@code created} false when it already had it (BPJS not asked). */
    public record SepIssued(String nomor, String tglSep, boolean created, SepView sep) {
    }

    /** The member's data that the SEP's request and answer carry and this service does not keep. */
    private static final String[] MEMBER_FIELDS = { "noKartu", "noTelp", "peserta" };
    private static final Set<String> DISCHARGE_STATUSES = Set.of("1", "3", "4", "5");

    private final VisitLetters letters;
    private final VClaimGateway gateway;
    private final VClaimConfig config;

    SepService(VisitLetters letters, VClaimGateway gateway, VClaimConfig config) {
        this.letters = letters;
        this.gateway = gateway;
        this.config = config;
    }

    /** The insert prefilled for this visit, with the member, the referral and what the clerk must still fill. */
    public Uni<SepDraft> draft(String kodebooking, String authorization, String user) {
        return jknVisit(kodebooking, authorization).chain(visit -> {
            Booking b = visit.booking();
            String tglSep = Wib.DATE.format(visit.visit().tanggalperiksa);
            Uni<JsonNode> member = gateway.read(api -> api.member(authorization, b.nomorkartu(), tglSep));
            Uni<JsonNode> letter = b.control() ? orNull(gateway.read(api -> api.controlLetter(authorization,
                    b.nomorreferensi()))) : Uni.createFrom().nullItem();
            return member.chain(peserta -> letter.chain(l -> referralOf(authorization, b, l)
                    .map(r -> SepDraft.of(b, tglSep, config.ppkCode(), peserta, r, l, user))));
        });
    }

    /**
     * Issues the visit's SEP from the clerk's form: the fields that come from the visit (card, record number, date,
     * user, the hospital's code) forced; incomplete: 400 naming the fields, nothing sent.
     */
    public Uni<SepIssued> issue(String kodebooking, String authorization, String user, JsonNode body) {
        JsonNode form = body == null ? null : body.path("request").path("t_sep");
        if (form == null || !form.isObject()) {
            return Uni.createFrom().failure(badRequest("request.t_sep wajib diisi"));
        }
        return jknVisit(kodebooking, authorization).chain(visit -> {
            ObjectNode t = form.deepCopy();
            t.put("noKartu", visit.booking().nomorkartu());
            t.put("noMR", visit.booking().norm() != null ? visit.booking().norm() : visit.visit().norm);
            t.put("tglSep", Wib.DATE.format(visit.visit().tanggalperiksa));
            t.put("user", user);
            config.ppkCode().ifPresent(ppk -> t.put("ppkPelayanan", ppk));
            List<String> missing = SepForm.missing(t);
            if (!missing.isEmpty()) {
                throw badRequest("Data SEP belum lengkap atau tidak sesuai: " + String.join(", ", missing));
            }
            return letters.issueOnce(kodebooking, Kind.SEP, user,
                    () -> gateway.write(api -> api.insertSep(authorization, request("t_sep", t))),
                    answer -> issueOf(t, answer.path("sep")));
        }).map(o -> new SepIssued(o.letter().nomor, o.letter().text("tglSep"), o.created(),
                SepView.of(o.letter(), letters.now())));
    }

    /** Changes the visit's SEP (VClaim SEP 2.0 update): the form as the clerk changed it, on the visit's number. */
    public Uni<SepView> update(String kodebooking, String authorization, String user, JsonNode body) {
        JsonNode form = body == null ? null : body.path("request").path("t_sep");
        if (form == null || !form.isObject()) {
            return Uni.createFrom().failure(badRequest("request.t_sep wajib diisi"));
        }
        return letters.issued(kodebooking, Kind.SEP).chain(sep -> {
            ObjectNode t = form.deepCopy();
            t.put("noSep", sep.nomor);
            t.put("user", user);
            return gateway.write(api -> api.updateSep(authorization, request("t_sep", t)))
                    .chain(() -> letters.change(kodebooking, Kind.SEP, changesOf(t)));
        }).map(l -> SepView.of(l, letters.now()));
    }

    /** Deletes the visit's SEP at BPJS, then forgets its number; not while a surat kontrol stands on it. */
    public Uni<VisitLetter> delete(String kodebooking, String authorization, String user) {
        return letters.find(kodebooking, Kind.SURAT_KONTROL).chain(kontrol -> {
            if (kontrol != null) {
                throw conflict("SEP ini memiliki surat kontrol " + (kontrol.nomor == null ? "" : kontrol.nomor + " ")
                        + "; hapus surat kontrol itu dulu");
            }
            return letters.removeOnce(kodebooking, Kind.SEP, sep -> gateway.write(api -> api.deleteSep(
                    authorization, request("t_sep", object("noSep", sep.nomor, "user", user)))));
        });
    }

    /**
     * The discharge date of the visit's SEP (VClaim updtglplg): {@code tglPulang} yyyy-MM-dd, {@code statusPulang} 1
     * (atas persetujuan dokter), 3 (atas permintaan sendiri), 4 (meninggal: with noSuratMeninggal and tglMeninggal)
     * or 5 (lain-lain), {@code noLPManual} optional.
     */
    public Uni<SepView> dischargeDate(String kodebooking, String authorization, String user, JsonNode body) {
        String tglPulang = text(body, "tglPulang");
        String status = text(body, "statusPulang");
        if (Wib.parseDate(tglPulang).isEmpty()) {
            return Uni.createFrom().failure(badRequest("tglPulang wajib diisi dengan format yyyy-MM-dd"));
        }
        if (!DISCHARGE_STATUSES.contains(status)) {
            return Uni.createFrom().failure(badRequest("statusPulang harus 1, 3, 4 atau 5"));
        }
        if (status.equals("4") && (text(body, "noSuratMeninggal").isEmpty()
                || Wib.parseDate(text(body, "tglMeninggal")).isEmpty())) {
            return Uni.createFrom().failure(badRequest(
                    "noSuratMeninggal dan tglMeninggal (yyyy-MM-dd) wajib diisi untuk statusPulang 4"));
        }
        return letters.issued(kodebooking, Kind.SEP).chain(sep -> gateway.write(api -> api.sepDischargeDate(
                authorization, request("t_sep", object("noSep", sep.nomor, "statusPulang", status,
                        "noSuratMeninggal", text(body, "noSuratMeninggal"), "tglMeninggal", text(body, "tglMeninggal"),
                        "tglPulang", tglPulang, "noLPManual", text(body, "noLPManual"), "user", user))))
                .chain(() -> letters.change(kodebooking, Kind.SEP,
                        object("tglPulang", tglPulang, "statusPulang", status))))
                .map(l -> SepView.of(l, letters.now()));
    }

    /**
     * Records a SEP number the clerk found in BPJS's own application, for a visit whose insert went unanswered (or
     * was made elsewhere): BPJS must show it as this member's SEP.
     */
    public Uni<SepIssued> record(String kodebooking, String authorization, String user, String noSep) {
        if (noSep == null || noSep.isBlank()) {
            return Uni.createFrom().failure(badRequest("noSep wajib diisi"));
        }
        String nomor = noSep.trim();
        return jknVisit(kodebooking, authorization).chain(visit -> gateway.read(api -> api.sep(authorization, nomor))
                .chain(sep -> {
                    if (!visit.booking().nomorkartu().equals(text(sep.path("peserta"), "noKartu"))) {
                        throw conflict("SEP " + nomor + " bukan milik peserta kunjungan ini");
                    }
                    String diagnosa = text(sep, "diagnosa");
                    ObjectNode detail = object("tglSep", text(sep, "tglSep"), "diagAwal",
                            diagnosa.contains(" - ") ? diagnosa.substring(0, diagnosa.indexOf(" - ")) : diagnosa,
                            "poli", visit.visit().kodepoli, "bpjs", without(sep, MEMBER_FIELDS));
                    return letters.record(kodebooking, Kind.SEP, nomor, detail, user);
                }))
                .map(o -> new SepIssued(o.letter().nomor, o.letter().text("tglSep"), o.created(),
                        SepView.of(o.letter(), letters.now())));
    }

    /** A checked-in JKN visit, still open, with its booking: what a SEP is made for. */
    record JknVisit(Visit visit, Booking booking) {
    }

    private Uni<JknVisit> jknVisit(String kodebooking, String authorization) {
        return letters.visitCheck(kodebooking).chain(check -> {
            Visit v = check.visit();
            if (v.status == Visit.Status.CANCELLED) {
                throw conflict("Kunjungan ini sudah dibatalkan; SEP tidak dapat dibuat");
            }
            if (v.status == Visit.Status.ENDED) {
                throw conflict("Kunjungan ini sudah diakhiri (task 99); SEP tidak dapat dibuat");
            }
            if (!check.checkedIn()) {
                throw conflict("Pasien belum check-in; SEP dibuat setelah pasien datang");
            }
            return gateway.booking(authorization, kodebooking).map(b -> {
                if (!b.jkn()) {
                    throw conflict("Kunjungan ini bukan pasien JKN; SEP hanya untuk peserta BPJS (jenispasien JKN)");
                }
                return new JknVisit(v, b);
            });
        });
    }

    /**
     * The referral the booking names (FKTP first, then RS; a referral between hospitals, jeniskunjungan 4, RS first);
     * for a control visit, the referral of its letter's SEP. Null when BPJS does not know it.
     */
    private Uni<Referral> referralOf(String authorization, Booking b, JsonNode letter) {
        if (!b.control()) {
            return referral(authorization, b.nomorreferensi(), b.jeniskunjungan() != null && b.jeniskunjungan() == 4);
        }
        if (letter == null) {
            return Uni.createFrom().nullItem();
        }
        JsonNode sepOfLetter = letter.path("sep");
        String named = text(sepOfLetter.path("provPerujuk"), "noRujukan");
        Uni<String> noRujukan = !named.isEmpty() ? Uni.createFrom().item(named)
                : orNull(gateway.read(api -> api.sep(authorization, text(sepOfLetter, "noSep"))))
                        .map(sep -> sep == null ? "" : text(sep, "noRujukan"));
        return noRujukan.chain(no -> no.isEmpty() ? Uni.createFrom().nullItem()
                : referral(authorization, no, "2".equals(text(sepOfLetter.path("provPerujuk"), "asalRujukan"))));
    }

    private Uni<Referral> referral(String authorization, String nomor, boolean hospitalFirst) {
        if (nomor == null || nomor.isBlank()) {
            return Uni.createFrom().nullItem();
        }
        Uni<Referral> fktp = orNull(gateway.read(api -> api.referral(authorization, nomor)))
                .map(r -> r == null ? null : new Referral("1", r.path("rujukan")));
        Uni<Referral> rs = orNull(gateway.read(api -> api.hospitalReferral(authorization, nomor)))
                .map(r -> r == null ? null : new Referral("2", r.path("rujukan")));
        Uni<Referral> first = hospitalFirst ? rs : fktp;
        Uni<Referral> second = hospitalFirst ? fktp : rs;
        return first.chain(r -> r != null ? Uni.createFrom().item(r) : second);
    }

    /** BPJS's "not found" (or any refusal) of a look-up is no answer, not a failure of the draft. */
    private static Uni<JsonNode> orNull(Uni<JsonNode> read) {
        return read.onFailure(BpjsRefused.class).recoverWithNull();
    }

    private static VisitLetters.Issue issueOf(ObjectNode sent, JsonNode sep) {
        String nomor = text(sep, "noSep");
        if (nomor.isEmpty()) {
            throw new BpjsRefused("", "BPJS tidak memberi nomor SEP");
        }
        ObjectNode detail = object("tglSep", text(sent, "tglSep"), "diagAwal", text(sent, "diagAwal"), "poli",
                text(sent.path("poli"), "tujuan"), "request", without(sent, MEMBER_FIELDS),
                "bpjs", without(sep, MEMBER_FIELDS));
        return new VisitLetters.Issue(nomor, detail);
    }

    private static ObjectNode changesOf(ObjectNode sent) {
        ObjectNode changes = object("lastUpdate", without(sent, MEMBER_FIELDS));
        if (!text(sent, "diagAwal").isEmpty()) {
            changes.put("diagAwal", text(sent, "diagAwal"));
        }
        return changes;
    }

    static ObjectNode request(String name, JsonNode content) {
        return object("request", object(name, content));
    }

    static RefusedException badRequest(String message) {
        return new RefusedException(Refusal.of(Refusal.Kind.BAD_REQUEST, message));
    }
}
