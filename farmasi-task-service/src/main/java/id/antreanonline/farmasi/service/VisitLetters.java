package id.antreanonline.farmasi.service;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.antreanonline.farmasi.Visit;
import id.antreanonline.farmasi.VisitLetter;
import id.antreanonline.farmasi.VisitLetter.Kind;
import id.antreanonline.farmasi.VisitLetter.State;
import id.antreanonline.farmasi.client.VClaimUnavailable;
import id.antreanonline.farmasi.repository.TaskRecordRepository;
import id.antreanonline.farmasi.repository.VisitLetterRepository;
import id.antreanonline.farmasi.repository.VisitRepository;
import id.antreanonline.shared.TaskId;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A visit's VClaim letters kept once each: the row is claimed in a transaction of its own before BPJS is asked, so a
 * second request while BPJS answers the first is refused, one after it gets the letter issued, and BPJS is asked once.
 * No transaction is open while BPJS is asked.
 */
@ApplicationScoped
public class VisitLetters {

    /** A letter as a request found or made it; {@code created} when this request had BPJS issue it. */
    public record Outcome(VisitLetter letter, boolean created) {
    }

    /** What BPJS's answer to an insert gives the letter: its number and what to keep. */
    public record Issue(String nomor, ObjectNode detail) {
    }

    /** The visit and whether the patient checked in (task 1 or 3), read together. */
    record VisitCheck(Visit visit, boolean checkedIn) {
    }

    private final VisitLetterRepository letters;
    private final VisitRepository visits;
    private final TaskRecordRepository tasks;
    private final Clock clock;

    VisitLetters(VisitLetterRepository letters, VisitRepository visits, TaskRecordRepository tasks, Clock clock) {
        this.letters = letters;
        this.visits = visits;
        this.tasks = tasks;
        this.clock = clock;
    }

    public long now() {
        return clock.millis();
    }

    /** The visit, 404 when there is none. */
    public Uni<Visit> visit(String kodebooking) {
        return Panache.withSession(() -> visits.findById(kodebooking)).map(VisitLetters::existing);
    }

    Uni<VisitCheck> visitCheck(String kodebooking) {
        return Panache.withSession(() -> visits.findById(kodebooking).map(VisitLetters::existing)
                .chain(v -> tasks.ofVisit(kodebooking).map(recorded -> new VisitCheck(v, recorded.stream()
                        .anyMatch(t -> t.taskid == TaskId.ADMISSION_WAIT_STARTS.code()
                                || t.taskid == TaskId.POLI_WAIT_STARTS.code())))));
    }

    public Uni<List<VisitLetter>> ofVisit(String kodebooking) {
        return Panache.withSession(() -> letters.ofVisit(kodebooking));
    }

    public Uni<VisitLetter> find(String kodebooking, Kind kind) {
        return Panache.withSession(() -> letters.find(kodebooking, kind));
    }

    /** The visit's issued letter of this kind; 409 when it has none (yet). */
    public Uni<VisitLetter> issued(String kodebooking, Kind kind) {
        return find(kodebooking, kind).map(l -> {
            if (l == null || l.stateAt(now()) != State.ISSUED) {
                throw conflict(l == null ? "Kunjungan ini belum memiliki " + name(kind) : pending(l));
            }
            return l;
        });
    }

    /**
     * Has BPJS issue the letter once: claims the row, asks BPJS ({@code insert}), keeps the number. A refusal or
     * BPJS out of reach frees the claim; a call sent and unanswered leaves it UNKNOWN (BPJS may have issued it).
     */
    public Uni<Outcome> issueOnce(String kodebooking, Kind kind, String by, Supplier<Uni<JsonNode>> insert,
            Function<JsonNode, Issue> reading) {
        long now = now();
        return Panache.withTransaction(() -> letters.claim(kodebooking, kind, by, now)
                .chain(claimed -> claimed ? Uni.createFrom().<VisitLetter>nullItem() : letters.find(kodebooking, kind)
                        .map(l -> {
                            if (l == null) {
                                // freed between our claim and our look: another request is at it
                                throw conflict(title(kind) + " kunjungan ini sedang dibuat");
                            }
                            return l;
                        })))
                .chain(existing -> {
                    if (existing != null) {
                        if (existing.stateAt(now()) != State.ISSUED) {
                            throw conflict(pending(existing));
                        }
                        return Uni.createFrom().item(new Outcome(existing, false));
                    }
                    return Uni.createFrom().deferred(insert::get)
                            .map(reading)
                            .onFailure().call(e -> unclaim(kodebooking, kind, e))
                            .onFailure(e -> e instanceof VClaimUnavailable u && u.maybeDone())
                            .transform(e -> new VClaimUnavailable("BPJS tidak menjawab. " + unknown(kind), true))
                            .chain(issue -> Panache.withTransaction(() -> letters.findForUpdate(kodebooking, kind)
                                    .invoke(l -> l.issue(issue.nomor(), issue.detail(), by, now()))))
                            .map(l -> new Outcome(l, true));
                });
    }

    /** After a failed insert: the claim freed, or kept as UNKNOWN when BPJS may have issued the letter after all. */
    private Uni<Void> unclaim(String kodebooking, Kind kind, Throwable failure) {
        if (failure instanceof VClaimUnavailable u && u.maybeDone()) {
            return Panache.withTransaction(() -> letters.findForUpdate(kodebooking, kind)
                    .invoke(l -> l.unanswered(now()))).replaceWithVoid();
        }
        return forget(kodebooking, kind);
    }

    /**
     * Removes the letter: an issued one after BPJS deleted it ({@code delete}); an UNKNOWN attempt at once (the clerk
     * found in BPJS's own application that no letter was issued).
     */
    public Uni<VisitLetter> removeOnce(String kodebooking, Kind kind, Function<VisitLetter, Uni<?>> delete) {
        return find(kodebooking, kind).chain(l -> {
            if (l == null) {
                throw new RefusedException(Refusal.of(Refusal.Kind.NOT_FOUND,
                        "Kunjungan ini tidak memiliki " + name(kind)));
            }
            State state = l.stateAt(now());
            if (state == State.ISSUING) {
                throw conflict(pending(l));
            }
            Uni<?> atBpjs = state == State.UNKNOWN ? Uni.createFrom().voidItem() : delete.apply(l);
            return atBpjs.chain(() -> forget(kodebooking, kind)).replaceWith(l);
        });
    }

    /** A change BPJS accepted, kept with the letter. */
    public Uni<VisitLetter> change(String kodebooking, Kind kind, ObjectNode changes) {
        return Panache.withTransaction(() -> letters.findForUpdate(kodebooking, kind)
                .invoke(l -> l.change(changes, now())));
    }

    /**
     * A number the clerk found in BPJS's own application for a letter whose issue is uncertain (or never recorded),
     * confirmed by BPJS beforehand, kept as the visit's.
     */
    public Uni<Outcome> record(String kodebooking, Kind kind, String nomor, ObjectNode detail, String by) {
        return Panache.withTransaction(() -> letters.findForUpdate(kodebooking, kind).chain(l -> {
            if (l != null && l.stateAt(now()) == State.ISSUED) {
                if (nomor.equals(l.nomor)) {
                    return Uni.createFrom().item(new Outcome(l, false));
                }
                throw conflict("Kunjungan ini sudah memiliki " + name(kind) + " " + l.nomor);
            }
            if (l != null && l.stateAt(now()) == State.ISSUING) {
                throw conflict(pending(l));
            }
            VisitLetter letter = l != null ? l : new VisitLetter();
            letter.kodebooking = kodebooking;
            letter.kind = kind;
            letter.issue(nomor, detail, by, now());
            return (l != null ? Uni.createFrom().item(letter) : letters.persist(letter))
                    .map(kept -> new Outcome(kept, true));
        }));
    }

    private Uni<Void> forget(String kodebooking, Kind kind) {
        return Panache.withTransaction(() -> letters.deleteById(new VisitLetter.Key(kodebooking, kind)))
                .replaceWithVoid();
    }

    private static Visit existing(Visit v) {
        if (v == null) {
            throw new RefusedException(Refusal.of(Refusal.Kind.NOT_FOUND, "Kunjungan tidak ditemukan"));
        }
        return v;
    }

    static String name(Kind kind) {
        return switch (kind) {
            case SEP -> "SEP";
            case SURAT_KONTROL -> "surat kontrol";
            case SPRI -> "SPRI";
        };
    }

    private String pending(VisitLetter l) {
        return l.stateAt(now()) == State.ISSUING ? title(l.kind) + " kunjungan ini sedang dibuat" : unknown(l.kind);
    }

    private static String title(Kind kind) {
        return kind == Kind.SURAT_KONTROL ? "Surat kontrol" : name(kind);
    }

    private static String unknown(Kind kind) {
        return "Hasil pembuatan " + name(kind) + " sebelumnya tidak diketahui. Periksa di aplikasi VClaim BPJS: bila "
                + name(kind) + " sudah terbit, catat nomornya di sini; bila belum, batalkan percobaan ini lalu buat lagi";
    }

    static RefusedException conflict(String message) {
        return new RefusedException(Refusal.of(Refusal.Kind.CONFLICT, message));
    }
}
