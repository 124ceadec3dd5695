package id.antreanonline.gateway.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import id.antreanonline.edge.RequestRefused;
import id.antreanonline.gateway.client.BpjsAnswer;
import id.antreanonline.gateway.client.VClaimClient;
import id.antreanonline.shared.Wib;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A JKN walk-in at the lobby's kiosk: is the member active today, and which referrals may they come with. Only what
 * the patient chooses by is kept (no name, NIK, card number, class or provider): the kiosk's screen is public.
 */
@ApplicationScoped
public class KioskMembers {

    /** A referral is valid for 90 days from the visit that made it (VClaim's rule). */
    static final int REFERRAL_DAYS = 90;

    private final VClaimClient vclaim;
    private final Clock clock;

    KioskMembers(VClaimClient vclaim, Clock clock) {
        this.vclaim = vclaim;
        this.clock = clock;
    }

    /** {@code status}: BPJS's words (AKTIF, or why not); {@code rujukan}: the referrals still valid today. */
    public record Member(boolean aktif, String status, List<Referral> rujukan) {
    }

    /**
     * One referral as the patient chooses it: {@code jeniskunjungan} 1 (from primary care) or 4 (from another
     * hospital), the poli it sends to, and until when it is valid.
     */
    public record Referral(String noKunjungan, int jeniskunjungan, String kodepoli, String namapoli,
            String tglKunjungan, String berlakuSampai, String perujuk) {
    }

    /** By card number (13 digits) or NIK (16 digits), one of them; BPJS's refusal (unknown member) as it is. */
    public Uni<Member> find(String nomorkartu, String nik) {
        boolean byCard = nomorkartu != null && !nomorkartu.isBlank();
        boolean byNik = nik != null && !nik.isBlank();
        if (byCard == byNik || byCard && !nomorkartu.trim().matches("\\d{13}")
                || byNik && !nik.trim().matches("\\d{16}")) {
            return Uni.createFrom().failure(RequestRefused.badRequest(
                    "Isi nomorkartu (13 digit) atau nik (16 digit), salah satu"));
        }
        String tanggal = Wib.DATE.format(today());
        Uni<BpjsAnswer> member = byCard ? vclaim.memberByCard(nomorkartu.trim(), tanggal)
                : vclaim.memberByNik(nik.trim(), tanggal);
        return member.map(BpjsAnswer::orRefuse).chain(response -> {
            JsonNode peserta = response.has("peserta") ? response.get("peserta") : response;
            JsonNode status = peserta.path("statusPeserta");
            boolean aktif = "0".equals(status.path("kode").asText());
            String words = status.path("keterangan").asText("");
            if (!aktif) {
                return Uni.createFrom().item(new Member(false, words, List.of()));
            }
            String card = peserta.path("noKartu").asText();
            return vclaim.referralsOfMember(card).chain(fromPrimaryCare -> vclaim.hospitalReferralsOfMember(card)
                    .map(fromHospitals -> {
                        List<Referral> valid = new ArrayList<>();
                        valid.addAll(referrals(fromPrimaryCare, 1));
                        valid.addAll(referrals(fromHospitals, 4));
                        return new Member(true, words, valid);
                    }));
        });
    }

    /** The answer's referrals still valid today; a refusal (BPJS's "none") is an empty list. */
    private List<Referral> referrals(BpjsAnswer answer, int jeniskunjungan) {
        List<Referral> found = new ArrayList<>();
        if (!answer.ok() || answer.response() == null) {
            return found;
        }
        JsonNode list = answer.response().path("rujukan");
        for (JsonNode r : list.isArray() ? list : answer.list()) {
            LocalDate visit = Wib.parseDate(r.path("tglKunjungan").asText()).orElse(null);
            if (visit == null || visit.plusDays(REFERRAL_DAYS).isBefore(today())) {
                continue;
            }
            found.add(new Referral(r.path("noKunjungan").asText(), jeniskunjungan,
                    r.path("poliRujukan").path("kode").asText(), r.path("poliRujukan").path("nama").asText(),
                    Wib.DATE.format(visit), Wib.DATE.format(visit.plusDays(REFERRAL_DAYS)),
                    r.path("provPerujuk").path("nama").asText()));
        }
        return found;
    }

    private LocalDate today() {
        return clock.instant().atZone(Wib.ZONE).toLocalDate();
    }
}
