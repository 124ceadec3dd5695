package id.antreanonline.antrean.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jboss.logging.Logger;

import id.antreanonline.antrean.SimrsCode;
import id.antreanonline.antrean.repository.SimrsCodeRepository;
import id.antreanonline.antrean.repository.SimrsCodeRepository.Upserted;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The mapping of the SIMRS's poli and doctor codes to BPJS's: listed, edited one by one, imported from a file (every
 * bad line reported with its number and reason while the good ones go in; a re-run changes nothing), and used to
 * translate a SIMRS's onsite booking.
 */
@ApplicationScoped
public class SimrsCodeService {

    private static final Logger AUDIT = Logger.getLogger("id.antreanonline.antrean.audit");
    /** A hospital maps a few hundred polis and doctors; a file far beyond that is a mistake, refused whole. */
    static final int IMPORT_MAX_LINES = 50_000;

    public enum Outcome {
        CREATED, UPDATED, UNCHANGED
    }

    public record Rejection(long line, String reason) {
    }

    public record ImportReport(int read, int created, int updated, int unchanged, int rejected,
            List<Rejection> rejections) {
    }

    private final SimrsCodeRepository codes;
    private final Clock clock;

    SimrsCodeService(SimrsCodeRepository codes, Clock clock) {
        this.codes = codes;
        this.clock = clock;
    }

    /** Every mapping, or those of one kind ({@code poli} or {@code dokter}). */
    public Uni<List<SimrsCode>> list(String kind) {
        if (kind == null || kind.isBlank()) {
            return codes.list(null);
        }
        return codes.list(kindOf(kind));
    }

    public Uni<Outcome> upsert(String kind, String kodeSimrs, String kodeBpjs, String nama, String by) {
        Optional<String> why = SimrsCode.whyNot(kind, kodeSimrs, kodeBpjs, nama);
        if (why.isPresent()) {
            return Uni.createFrom().failure(new StaffRefused(400, why.get()));
        }
        SimrsCode code = SimrsCode.of(kind, kodeSimrs, kodeBpjs, nama);
        return codes.upsert(List.of(code), clock.millis()).map(done -> {
            Outcome outcome = done.created() > 0 ? Outcome.CREATED
                    : done.updated() > 0 ? Outcome.UPDATED : Outcome.UNCHANGED;
            AUDIT.infof("SIMRS %s code %s -> %s %s by %s", code.kind().wire(), code.kodeSimrs(), code.kodeBpjs(),
                    outcome.name().toLowerCase(java.util.Locale.ROOT), by);
            return outcome;
        });
    }

    public Uni<Void> delete(String kind, String kodeSimrs, String by) {
        SimrsCode.Kind k = kindOf(kind);
        return codes.delete(k, kodeSimrs).map(deleted -> {
            if (!deleted) {
                throw new StaffRefused(404, "Kode " + k.wire() + " SIMRS " + kodeSimrs + " tidak ada di pemetaan");
            }
            AUDIT.infof("SIMRS %s code %s deleted by %s", k.wire(), kodeSimrs, by);
            return null;
        });
    }

    /** Reads the file (columns kind, kode_simrs, kode_bpjs, nama), then upserts its good lines in one statement. */
    public Uni<ImportReport> importFile(FieldLines.Format format, String text, String by) {
        List<FieldLines.Line> lines = FieldLines.read(format, text == null ? "" : text);
        if (lines.size() > IMPORT_MAX_LINES) {
            return Uni.createFrom().failure(new StaffRefused(413, "Berkas pemetaan paling banyak " + IMPORT_MAX_LINES
                    + " baris"));
        }
        List<Rejection> rejections = new ArrayList<>();
        List<SimrsCode> good = new ArrayList<>();
        Map<String, Long> seenAt = new HashMap<>();
        for (FieldLines.Line line : lines) {
            if (line.unreadable() != null) {
                rejections.add(new Rejection(line.number(), line.unreadable()));
                continue;
            }
            Optional<String> why = SimrsCode.whyNot(line.get("kind"), line.get("kode_simrs"), line.get("kode_bpjs"),
                    line.get("nama"));
            if (why.isPresent()) {
                rejections.add(new Rejection(line.number(), why.get()));
                continue;
            }
            SimrsCode code = SimrsCode.of(line.get("kind"), line.get("kode_simrs"), line.get("kode_bpjs"),
                    line.get("nama"));
            Long first = seenAt.putIfAbsent(code.kind().wire() + "\n" + code.kodeSimrs(), line.number());
            if (first != null) {
                rejections.add(new Rejection(line.number(), "Kode " + code.kind().wire() + " SIMRS "
                        + code.kodeSimrs() + " sudah ada di baris " + first));
                continue;
            }
            good.add(code);
        }
        return codes.upsert(good, clock.millis()).map(done -> {
            AUDIT.infof("SIMRS code mapping imported by %s: %d created, %d updated, %d rejected", by, done.created(),
                    done.updated(), rejections.size());
            return report(lines.size(), good.size(), done, rejections);
        });
    }

    private static ImportReport report(int read, int good, Upserted done, List<Rejection> rejections) {
        return new ImportReport(read, done.created(), done.updated(), good - done.created() - done.updated(),
                rejections.size(), rejections);
    }

    /**
     * The request with BPJS's codes for the SIMRS's own ({@code kodepolisimrs}, {@code kodedoktersimrs}); an unmapped
     * code, or a BPJS code sent beside it that the mapping contradicts, is refused. Without SIMRS codes, as it is.
     */
    public Uni<BookingRequest> translate(BookingRequest request) {
        String poli = trimmed(request.kodepolisimrs());
        String dokter = trimmed(request.kodedoktersimrs());
        if (poli == null && dokter == null) {
            return Uni.createFrom().item(request);
        }
        return codes.find(poli, dokter).map(found -> {
            String kodepoli = bpjsCode(found, SimrsCode.Kind.POLI, poli, request.kodepoli());
            String kodedokter = bpjsCode(found, SimrsCode.Kind.DOKTER, dokter, request.kodedokter());
            return request.withBpjsCodes(kodepoli, kodedokter);
        });
    }

    private static String bpjsCode(List<SimrsCode> found, SimrsCode.Kind kind, String simrs, String sent) {
        if (simrs == null) {
            return sent;
        }
        String field = kind == SimrsCode.Kind.POLI ? "kodepoli" : "kodedokter";
        String mapped = found.stream().filter(c -> c.kind() == kind && c.kodeSimrs().equals(simrs))
                .map(SimrsCode::kodeBpjs).findFirst()
                .orElseThrow(() -> new BookingRefused("Kode " + kind.wire() + " SIMRS \"" + simrs
                        + "\" belum dipetakan ke " + field + " BPJS; tambahkan pada pemetaan kode SIMRS"));
        String bpjs = trimmed(sent);
        if (bpjs != null && !bpjs.equals(mapped)) {
            throw new BookingRefused("Kode " + kind.wire() + " SIMRS \"" + simrs + "\" dipetakan ke " + field + " "
                    + mapped + ", bukan " + bpjs);
        }
        return mapped;
    }

    private static SimrsCode.Kind kindOf(String kind) {
        return SimrsCode.Kind.ofWire(kind)
                .orElseThrow(() -> new StaffRefused(400, "kind harus poli atau dokter"));
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
