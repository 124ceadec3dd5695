package id.antreanonline.pasien.service;

import java.time.Clock;
import java.util.List;

import org.jboss.logging.Logger;

import id.antreanonline.outbox.Failures;
import id.antreanonline.outbox.Outbox;
import id.antreanonline.outbox.PipelinedTransaction;
import id.antreanonline.pasien.Patient;
import id.antreanonline.pasien.PatientData;
import id.antreanonline.pasien.repository.PatientImportRepository;
import id.antreanonline.pasien.repository.PatientRepository;
import id.antreanonline.shared.event.PatientEvent;
import id.antreanonline.shared.event.Topics;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;

/** Medical records: one per patient, opened by Mobile JKN, completed at admission. */
@ApplicationScoped
public class PatientService {

    private static final Logger LOG = Logger.getLogger(PatientService.class);

    private final PatientRepository patients;
    private final PatientImportRepository imports;
    private final PatientRules rules;
    private final Outbox outbox;
    private final NormNumbering numbering;
    private final Clock clock;

    PatientService(PatientRepository patients, PatientImportRepository imports, PatientRules rules, Outbox outbox,
            NormNumbering numbering, Clock clock) {
        this.patients = patients;
        this.imports = imports;
        this.rules = rules;
        this.outbox = outbox;
        this.numbering = numbering;
        this.clock = clock;
    }

    /** What pasienbaru answers: the patient's norm, and whether the record still waits for admission. */
    public record Registration(String norm, boolean complete, boolean opened) {
    }

    /**
     * Opens a record for a patient Mobile JKN says is new; a patient already known by card number or NIK gets the
     * existing norm. Registrations of the same identity run one after the other (advisory locks) and the unique
     * constraints stand behind them, so two requests at the same moment never open two records.
     */
    public Uni<Registration> register(PatientData data) {
        rules.refusal(data).ifPresent(message -> {
            throw new RequestRefusedException(message);
        });
        if (!numbering.fromSimrs()) {
            return registerWith(data, null);
        }
        // the SIMRS can take seconds to answer: it is asked with no connection lent and no lock held, so a slow SIMRS
        // cannot drain the pool that admission, imports and the other endpoints share. A patient known here is not
        // sent to the SIMRS; one registered by a concurrent request meanwhile is found again under the locks below
        // (the SIMRS gave both requests the same number, the idempotency key being the NIK's)
        return Uni.createFrom().deferred(() -> imports.holders(imports.pool(), List.of(identityOf(data))))
                .chain(holders -> {
                    Patient known = knownOf(holders, data);
                    return known != null ? Uni.createFrom().item(new Registration(known.norm, known.complete, false))
                            : numbering.askSimrs(data).chain(norm -> registerWith(data, norm));
                });
    }

    /** The locks, the lookup, the number and the record with its event: five statements in one transaction. */
    private Uni<Registration> registerWith(PatientData data, String simrsNorm) {
        // on the pool, not a Hibernate session
        return Uni.createFrom().deferred(() -> PipelinedTransaction.run(imports.pool(), conn -> imports
                .lock(conn, identityLocks(data))
                .chain(() -> imports.holders(conn, List.of(identityOf(data))))
                .chain(holders -> {
                    Patient known = knownOf(holders, data);
                    return known != null
                            ? Uni.createFrom().item(new Registration(known.norm, known.complete, false))
                            : open(conn, data, simrsNorm);
                })))
                // an import may write the number this registration chose between its check and its insert
                .onFailure(PatientService::normTaken).retry().atMost(3);
    }

    /** The record already holding the card number, else the one holding the NIK; null for a new patient. */
    private static Patient knownOf(List<Patient> holders, PatientData data) {
        Patient byNik = null;
        for (Patient p : holders) {
            if (data.nomorkartu() != null && data.nomorkartu().equals(p.nomorkartu)) {
                return p;
            }
            if (data.nik().equals(p.nik)) {
                byNik = p;
            }
        }
        return byNik;
    }

    private static Patient identityOf(PatientData data) {
        Patient identity = new Patient();
        identity.nik = data.nik();
        identity.nomorkartu = data.nomorkartu();
        return identity;
    }

    private Uni<Registration> open(SqlClient conn, PatientData data, String simrsNorm) {
        return numbering.next(conn, simrsNorm).chain(norm -> {
            Patient p = new Patient();
            p.fill(data);
            p.norm = norm;
            p.complete = false;
            p.createdAt = clock.instant();
            p.updatedAt = p.createdAt;
            PatientEvent event = p.event(PatientEvent.Kind.REGISTERED, clock.millis(), false);
            return Uni.combine().all().unis(imports.insertNew(conn, p),
                    outbox.publishAll(conn, List.of(new Outbox.Event(Topics.PATIENTS, p.norm, event.eventId(), event))))
                    .discardItems()
                    .invoke(() -> LOG.infof("medical record %s opened for a new patient from Mobile JKN", p.norm))
                    .replaceWith(new Registration(p.norm, false, true));
        });
    }

    /** Looks a patient up: by norm if given, else by card number, else by NIK. */
    @WithSession
    public Uni<Patient> find(String norm, String nomorkartu, String nik) {
        if (norm != null) {
            return patients.findByNorm(norm);
        }
        if (nomorkartu != null) {
            return patients.findByNomorkartu(nomorkartu);
        }
        if (nik != null) {
            return patients.findByNik(nik);
        }
        return Uni.createFrom().nullItem();
    }

    /** Admission's search: by norm, card number or NIK exactly, or by a fragment of the name. */
    @WithSession
    public Uni<List<Patient>> search(String norm, String nomorkartu, String nik, String nama) {
        if (norm == null && nomorkartu == null && nik == null) {
            if (nama == null || nama.length() < 2) {
                throw new RequestRefusedException("Isi norm, nomorkartu, nik, atau minimal 2 huruf nama");
            }
            return patients.findByNameFragment(nama);
        }
        return find(norm, nomorkartu, nik).map(p -> p == null ? List.of() : List.of(p));
    }

    @WithSession
    public Uni<List<Patient>> waitingForAdmission() {
        return patients.listWaitingForAdmission();
    }

    /**
     * Admission completes (or corrects) a record: the given fields replace the stored ones, the whole record must
     * then pass the rules, and the patient is no longer new.
     */
    public Uni<Patient> complete(String norm, PatientData correction) {
        return Panache.withTransaction(() -> patients.lockByNorm(norm).chain(current -> {
            if (current == null) {
                throw new RequestRefusedException(404, "Pasien dengan norm tersebut tidak ditemukan");
            }
            PatientData merged = current.data().correctedBy(correction);
            rules.refusal(merged).ifPresent(message -> {
                throw new RequestRefusedException(message);
            });
            return lockIdentity(merged)
                    .chain(() -> patients.findOtherHolder(merged.nomorkartu(), merged.nik(), current.id))
                    .chain(other -> {
                        if (other != null) {
                            throw new RequestRefusedException(409,
                                    "Nomor kartu atau NIK sudah dipakai rekam medis " + other.norm);
                        }
                        current.fill(merged);
                        current.updatedAt = clock.instant();
                        if (!current.complete) {
                            current.complete = true;
                            current.completedAt = current.updatedAt;
                        }
                        return publish(PatientEvent.Kind.UPDATED, current)
                                .invoke(() -> LOG.infof("medical record %s completed at admission", norm))
                                .replaceWith(current);
                    });
        }));
    }

    private static boolean normTaken(Throwable failure) {
        return Failures.root(failure) instanceof PgException pg && "23505".equals(pg.getSqlState())
                && "patient_norm_key".equals(pg.getConstraint());
    }

    /** Card-number locks before NIK locks, always: two registrations never wait for each other in a circle. */
    private static List<String> identityLocks(PatientData data) {
        return data.nomorkartu() == null ? List.of(PatientRepository.nikLock(data.nik()))
                : List.of(PatientRepository.cardLock(data.nomorkartu()), PatientRepository.nikLock(data.nik()));
    }

    private Uni<Void> lockIdentity(PatientData data) {
        List<String> keys = identityLocks(data);
        return Multi.createFrom().iterable(keys).onItem().transformToUniAndConcatenate(patients::lockIdentity)
                .collect().last().replaceWithVoid();
    }

    private Uni<Void> publish(PatientEvent.Kind kind, Patient p) {
        PatientEvent event = p.event(kind, clock.millis(), false);
        return outbox.publish(Topics.PATIENTS, p.norm, event.eventId(), event);
    }
}
