package id.antreanonline.pasien.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.jboss.logging.Logger;


import id.antreanonline.outbox.Failures;
import id.antreanonline.outbox.Outbox;
import id.antreanonline.pasien.ImportJob;
import id.antreanonline.pasien.ImportJob.Counts;
import id.antreanonline.pasien.ImportJob.Rejection;
import id.antreanonline.pasien.Patient;
import id.antreanonline.pasien.PatientData;
import id.antreanonline.pasien.config.PasienConfig;
import id.antreanonline.pasien.repository.PatientImportRepository;
import id.antreanonline.pasien.repository.PatientRepository;
import id.antreanonline.shared.event.PatientEvent;
import id.antreanonline.shared.event.Topics;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The SIMRS's patients, with their own numbers: a file of its patient master imported as it is uploaded, a chunk of
 * lines per transaction (upsert by norm, each new or changed patient published like pasienbaru's), and one patient
 * at a time for its incremental sync. A NIK or card number another norm holds is a conflict, reported and not
 * applied: two records are never merged here.
 */
@ApplicationScoped
public class PatientImportService {

    private static final Logger LOG = Logger.getLogger(PatientImportService.class);

    /** What became of one patient of the SIMRS. */
    public enum Outcome {
        CREATED, UPDATED, UNCHANGED, CONFLICT
    }

    /**
     * The job an upload goes into, whether it continues an earlier upload, and the upload's own id: only the upload
     * that holds the job moves it on.
     */
    public record Started(ImportJob job, boolean resumed, UUID upload) {
    }

    /** A patient sent alone (incremental sync): what became of them, and with whom they conflict. */
    public record Synced(Outcome outcome, String norm, String message) {
    }

    private final PatientImportRepository imports;
    private final PatientRules rules;
    private final NormNumbering numbering;
    private final Outbox outbox;
    private final PasienConfig.Import config;
    private final Clock clock;

    PatientImportService(PatientImportRepository imports, PatientRules rules, NormNumbering numbering,
            Outbox outbox, PasienConfig config, Clock clock) {
        this.imports = imports;
        this.rules = rules;
        this.numbering = numbering;
        this.outbox = outbox;
        this.config = config.imports();
        this.clock = clock;
    }

    // ---- files ----

    /**
     * Starts a job for an upload, or takes up the one it continues (by id, or by the content hash the caller
     * announced): a finished job, or one whose upload is still running, is refused.
     */
    public Uni<Started> begin(PatientFile.Format format, UUID resume, String sha256, Long bytesExpected,
            String startedBy) {
        Uni<Optional<UUID>> existing = resume != null ? Uni.createFrom().item(Optional.of(resume))
                : sha256 == null ? Uni.createFrom().item(Optional.empty())
                : imports.unfinishedWithContent(sha256, format.name());
        UUID upload = UUID.randomUUID();
        return existing.chain(id -> {
            if (id.isEmpty()) {
                ImportJob job = ImportJob.started(UUID.randomUUID(), format.name(), sha256, bytesExpected, startedBy,
                        clock.instant());
                return imports.createJob(job, upload).replaceWith(new Started(job, false, upload));
            }
            Instant now = clock.instant();
            return imports.claim(id.get(), upload, format.name(), bytesExpected, now, now.minus(config.staleAfter()))
                    .chain(claimed -> claimed.isPresent()
                            ? Uni.createFrom().item(new Started(claimed.get(), true, upload))
                            : imports.find(id.get()).map(job -> {
                                throw refusalToResume(job, format);
                            }));
        });
    }

    private static RequestRefusedException refusalToResume(Optional<ImportJob> job, PatientFile.Format format) {
        if (job.isEmpty()) {
            return new RequestRefusedException(404, "Impor tidak ditemukan");
        }
        if (!job.get().format().equals(format.name())) {
            return new RequestRefusedException(409, "Impor ini berformat " + job.get().format().toLowerCase(java.util.Locale.ROOT)
                    + ", kirim berkas yang sama untuk melanjutkannya");
        }
        return new RequestRefusedException(409, switch (job.get().state()) {
            case DONE -> "Impor ini sudah selesai; kirim berkas tanpa id impor untuk mengimpor ulang";
            case FAILED -> "Impor ini gagal dan tidak dapat dilanjutkan; kirim berkas yang sudah diperbaiki tanpa id impor";
            default -> "Impor ini sedang berjalan";
        });
    }

    /**
     * Reads the upload to its end, committing a chunk of lines at a time; lines up to the job's committed line
     * are skipped (they must be the same bytes as before). The job tells how it ended.
     */
    public Uni<ImportJob> run(Started started, Multi<byte[]> body) {
        ImportJob job = started.job();
        Upload upload = new Upload(job, started.upload(), new PatientFile(PatientFile.Format.valueOf(job.format()),
                config.maxLineLength()));
        return body
                .onItem().transformToIterable(upload.file::feed)
                .onCompletion().switchTo(() -> Multi.createFrom().iterable(upload.file.finish()))
                .select().where(upload::beyondCommitted)
                .group().intoLists().of(config.chunkSize())
                .onItem().transformToUniAndConcatenate(rows -> chunk(upload, rows))
                .collect().last()
                .chain(() -> {
                    upload.checkReachedCommitted();
                    String sha256 = upload.file.sha256Hex();
                    String message = job.sha256() == null || job.sha256().equalsIgnoreCase(sha256) ? null
                            : "SHA-256 berkas berbeda dengan yang disebutkan saat impor dimulai";
                    return imports.end(job.id(), upload.id, ImportJob.State.DONE, sha256, upload.file.bytesRead(),
                            message, clock.instant());
                })
                .onFailure().call(e -> ended(upload, e))
                .chain(() -> imports.find(job.id()).map(Optional::orElseThrow))
                .invoke(done -> LOG.infof("patient import %s done: %s", done.id(), done.counts()));
    }

    private Uni<Void> ended(Upload upload, Throwable failure) {
        boolean unusable = failure instanceof PatientFile.Unusable;
        String message = failure instanceof RequestRefusedException refused ? refused.getMessage()
                : "Unggahan terputus; kirim berkas yang sama untuk melanjutkan setelah baris "
                        + upload.committedLine;
        LOG.infof("patient import %s stopped after line %d: %s", upload.job.id(), upload.committedLine,
                Failures.typeOf(failure));
        ImportJob.State state = unusable ? ImportJob.State.FAILED : ImportJob.State.INTERRUPTED;
        return imports.end(upload.job.id(), upload.id, state, null, upload.file.bytesRead(), message, clock.instant())
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /**
     * One chunk, one transaction: its patients, its refused lines and the job's progress commit together. A chunk
     * still in flight when its upload broke off may come to its commit after the file was posted again: it then
     * rolls back, and the new upload applies those lines.
     */
    private Uni<Void> chunk(Upload upload, List<PatientFile.Row> rows) {
        List<Candidate> candidates = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        for (PatientFile.Row row : rows) {
            upload.prefix.update((row.text() + "\n").getBytes(StandardCharsets.UTF_8));
            String refusal = row.unreadable() != null ? row.unreadable()
                    : rules.importRefusal(row.norm(), row.data()).orElse(null);
            if (refusal != null) {
                rejections.add(Rejection.rejected(row.line(), validNormOrNull(row.norm()), refusal));
            } else {
                candidates.add(new Candidate(row.line(), Patient.imported(row.norm(), row.data())));
            }
        }
        long committed = rows.get(rows.size() - 1).lastLine();
        String prefixSha256 = hex(upload.prefix);
        long bytesRead = upload.file.bytesRead();
        Instant now = clock.instant();
        return imports.pool().withTransaction(conn -> apply(conn, candidates, now).chain(applied -> {
            List<Rejection> all = new ArrayList<>(rejections);
            all.addAll(applied.conflicts());
            Counts counts = applied.counts().plus(new Counts(rejections.size(), 0, 0, 0, rejections.size(), 0));
            return imports.reject(conn, upload.job.id(), all)
                    .chain(() -> imports.progress(conn, upload.job.id(), upload.id, counts, committed, prefixSha256,
                            bytesRead, now))
                    .invoke(held -> {
                        if (!held) {
                            throw new RequestRefusedException(409, "Impor ini sudah dilanjutkan oleh unggahan lain");
                        }
                    });
        })).invoke(() -> upload.committedLine = committed).replaceWithVoid();
    }

    // ---- one patient ----

    /** The SIMRS's incremental sync: one patient, created or brought up to date, in a transaction of its own. */
    public Uni<Synced> sync(String norm, PatientData data) {
        rules.importRefusal(norm, data).ifPresent(message -> {
            throw new RequestRefusedException(message);
        });
        Candidate candidate = new Candidate(0, Patient.imported(norm, data));
        return imports.pool().withTransaction(conn -> apply(conn, List.of(candidate), clock.instant()))
                .map(applied -> {
                    Outcome outcome = applied.outcomes().get(0);
                    Rejection conflict = applied.conflicts().isEmpty() ? null : applied.conflicts().get(0);
                    return new Synced(outcome, norm, conflict == null ? null : conflict.reason());
                });
    }

    // ---- the upsert both share ----

    private record Candidate(long line, Patient patient) {
    }

    /** What became of candidates, in their order. */
    private record Applied(List<Outcome> outcomes, List<Rejection> conflicts, Counts counts) {
    }

    /**
     * Locks every identity of the candidates as pasienbaru does (card numbers first, then NIKs, each in order, so
     * neither waits for the other in a circle), then applies them in batches in which no norm, NIK or card number
     * appears twice: a line repeating one is decided against what the lines before it wrote.
     */
    private Uni<Applied> apply(SqlClient conn, List<Candidate> candidates, Instant now) {
        if (candidates.isEmpty()) {
            return Uni.createFrom().item(new Applied(List.of(), List.of(), Counts.NONE));
        }
        List<String> keys = new ArrayList<>();
        candidates.stream().map(c -> c.patient().nomorkartu).filter(Objects::nonNull)
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new))
                .forEach(card -> keys.add(PatientRepository.cardLock(card)));
        candidates.stream().map(c -> c.patient().nik)
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new))
                .forEach(nik -> keys.add(PatientRepository.nikLock(nik)));
        List<List<Candidate>> batches = batches(candidates);
        Map<Candidate, Outcome> outcomes = new HashMap<>();
        List<Rejection> conflicts = new ArrayList<>();
        Uni<Void> work = imports.lock(conn, keys);
        for (List<Candidate> batch : batches) {
            work = work.chain(() -> batch(conn, batch, now, outcomes, conflicts));
        }
        return work.map(x -> {
            List<Outcome> ordered = candidates.stream().map(outcomes::get).toList();
            Counts counts = new Counts(candidates.size(), count(ordered, Outcome.CREATED),
                    count(ordered, Outcome.UPDATED), count(ordered, Outcome.UNCHANGED), 0,
                    count(ordered, Outcome.CONFLICT));
            return new Applied(ordered, conflicts, counts);
        });
    }

    private Uni<Void> batch(SqlClient conn, List<Candidate> batch, Instant now, Map<Candidate, Outcome> outcomes,
            List<Rejection> conflicts) {
        return imports.holders(conn, batch.stream().map(Candidate::patient).toList()).chain(holders -> {
            List<Candidate> fresh = new ArrayList<>();
            List<Candidate> changed = new ArrayList<>();
            for (Candidate c : batch) {
                Patient p = c.patient();
                Patient sameNorm = holders.stream().filter(h -> h.norm.equals(p.norm)).findFirst().orElse(null);
                Optional<Patient> nikHolder = holders.stream()
                        .filter(h -> h.nik.equals(p.nik) && !h.norm.equals(p.norm)).findFirst();
                Optional<Patient> cardHolder = p.nomorkartu == null ? Optional.empty() : holders.stream()
                        .filter(h -> p.nomorkartu.equals(h.nomorkartu) && !h.norm.equals(p.norm)).findFirst();
                if (nikHolder.isPresent() || cardHolder.isPresent()) {
                    String field = nikHolder.isPresent() ? "NIK" : "Nomor kartu";
                    String other = nikHolder.orElseGet(cardHolder::get).norm;
                    conflict(c, other, field + " sudah tercatat pada norm " + other, outcomes, conflicts);
                } else if (sameNorm == null) {
                    fresh.add(c);
                } else if (sameNorm.sameAsImported(p)) {
                    outcomes.put(c, Outcome.UNCHANGED);
                } else {
                    changed.add(c);
                }
            }
            List<Patient> freshPatients = fresh.stream().map(Candidate::patient).toList();
            List<Patient> changedPatients = changed.stream().map(Candidate::patient).toList();
            return imports.insert(conn, freshPatients, now).chain(inserted -> {
                Set<String> written = new HashSet<>(inserted);
                List<Outbox.Event> events = new ArrayList<>();
                for (Candidate c : fresh) {
                    if (written.contains(c.patient().norm)) {
                        outcomes.put(c, Outcome.CREATED);
                        events.add(event(c.patient(), PatientEvent.Kind.REGISTERED, now));
                    } else {
                        // pasienbaru gave this number to another patient a moment ago
                        conflict(c, c.patient().norm, "Norm sudah dipakai pasien lain", outcomes, conflicts);
                    }
                }
                for (Candidate c : changed) {
                    outcomes.put(c, Outcome.UPDATED);
                    events.add(event(c.patient(), PatientEvent.Kind.UPDATED, now));
                }
                return imports.update(conn, changedPatients, now)
                        .chain(() -> outbox.publishAll(conn, events))
                        .chain(() -> numbering.continueAfter(conn, inserted));
            });
        });
    }

    private static void conflict(Candidate c, String otherNorm, String reason, Map<Candidate, Outcome> outcomes,
            List<Rejection> conflicts) {
        outcomes.put(c, Outcome.CONFLICT);
        conflicts.add(Rejection.conflict(c.line(), c.patient().norm, otherNorm, reason));
        // both norms and the line, never the NIK or card number
        LOG.infof("patient of norm %s (line %d) not applied: its %s belongs to norm %s", c.patient().norm, c.line(),
                reason.startsWith("NIK") ? "NIK" : reason.startsWith("Nomor") ? "card number" : "norm", otherNorm);
    }

    private static List<List<Candidate>> batches(List<Candidate> candidates) {
        List<List<Candidate>> batches = new ArrayList<>();
        List<Candidate> current = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Candidate c : candidates) {
            Patient p = c.patient();
            List<String> identity = p.nomorkartu == null ? List.of("n:" + p.norm, "k:" + p.nik)
                    : List.of("n:" + p.norm, "k:" + p.nik, "c:" + p.nomorkartu);
            if (identity.stream().anyMatch(seen::contains)) {
                batches.add(current);
                current = new ArrayList<>();
                seen.clear();
            }
            current.add(c);
            seen.addAll(identity);
        }
        batches.add(current);
        return batches;
    }

    private static Outbox.Event event(Patient p, PatientEvent.Kind kind, Instant now) {
        PatientEvent event = p.event(kind, now.toEpochMilli(), true);
        return new Outbox.Event(Topics.PATIENTS, p.norm, event.eventId(), event);
    }

    private static long count(List<Outcome> outcomes, Outcome outcome) {
        return outcomes.stream().filter(o -> o == outcome).count();
    }

    private static String validNormOrNull(String norm) {
        return PatientRules.norm(norm) == null ? norm : null;
    }

    private static String hex(MessageDigest digest) {
        try {
            return HexFormat.of().formatHex(((MessageDigest) digest.clone()).digest());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- reading ----

    public Uni<Optional<ImportJob>> job(UUID id) {
        return imports.find(id);
    }

    public Uni<List<ImportJob>> recentJobs(int limit) {
        return imports.recent(limit);
    }

    public Uni<List<Rejection>> rejections(UUID job, long afterLine, int limit) {
        return imports.rejections(job, afterLine, limit);
    }

    /** One upload of a job: its reader, and where the lines committed by earlier uploads end. */
    private static final class Upload {

        final ImportJob job;
        final UUID id;
        final PatientFile file;
        final MessageDigest prefix = PatientFile.sha256();
        final long resumeAfter;
        long committedLine;
        boolean reachedCommitted;

        Upload(ImportJob job, UUID id, PatientFile file) {
            this.job = job;
            this.id = id;
            this.file = file;
            this.resumeAfter = job.committedLine();
            this.committedLine = job.committedLine();
            this.reachedCommitted = resumeAfter == 0;
        }

        /** Skips what earlier uploads committed, checking it is the same file up to there. */
        boolean beyondCommitted(PatientFile.Row row) {
            if (reachedCommitted) {
                return true;
            }
            if (row.line() > resumeAfter || row.lastLine() > resumeAfter) {
                throw notTheSameFile();
            }
            prefix.update((row.text() + "\n").getBytes(StandardCharsets.UTF_8));
            if (row.lastLine() == resumeAfter) {
                if (!hex(prefix).equals(job.prefixSha256())) {
                    throw notTheSameFile();
                }
                reachedCommitted = true;
            }
            return false;
        }

        void checkReachedCommitted() {
            if (!reachedCommitted) {
                throw notTheSameFile();
            }
        }

        private RequestRefusedException notTheSameFile() {
            return new RequestRefusedException(409, "Berkas ini tidak sama dengan berkas impor sebelumnya sampai "
                    + "baris " + resumeAfter + "; kirim berkas yang sama untuk melanjutkan");
        }
    }
}
