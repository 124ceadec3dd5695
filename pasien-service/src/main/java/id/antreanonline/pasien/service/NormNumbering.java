package id.antreanonline.pasien.service;

import java.util.Collection;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.logging.Logger;

import id.antreanonline.pasien.PatientData;
import id.antreanonline.pasien.client.SimrsNorms;
import id.antreanonline.pasien.config.PasienConfig;
import id.antreanonline.pasien.repository.PatientImportRepository;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The record number of a patient new to the hospital (pasienbaru): from this service's sequence in the SIMRS's
 * format ({@code pasien.norm.format}), kept past every number imported from the SIMRS, or from the SIMRS itself
 * ({@code pasien.norm.mode=simrs}).
 */
@ApplicationScoped
public class NormNumbering {

    private static final Logger LOG = Logger.getLogger(NormNumbering.class);
    private static final Pattern LAST_DIGITS = Pattern.compile("(\\d{1,18})\\D*$");
    /** Numbers skipped in a row before giving up: the sequence is moved past imports, so one is the rule. */
    private static final int TRIES = 50;

    private final PasienConfig.Norm config;
    private final PatientImportRepository imports;
    private final SimrsNorms simrs;

    NormNumbering(PasienConfig config, PatientImportRepository imports, SimrsNorms simrs) {
        this.config = config.norm();
        this.imports = imports;
        this.simrs = simrs;
    }

    /** Whether new patients' numbers come from the SIMRS ({@code pasien.norm.mode=simrs}). */
    public boolean fromSimrs() {
        return config.mode() == PasienConfig.Norm.Mode.SIMRS;
    }

    /**
     * The SIMRS's number for this patient; asked before pasienbaru takes a connection, so a slow SIMRS holds neither a
     * connection nor a lock here.
     */
    public Uni<String> askSimrs(PatientData data) {
        return simrs.newNorm(data);
    }

    /**
     * A number no record holds yet; called on pasienbaru's connection, in its transaction, under the identity's locks.
     *
     * @param fromSimrs the number {@link #askSimrs} gave, in mode {@code simrs}; null otherwise
     */
    public Uni<String> next(SqlClient conn, String fromSimrs) {
        if (fromSimrs != null) {
            return imports.normTaken(conn, fromSimrs).map(taken -> {
                if (taken) {
                    LOG.warnf("the SIMRS gave record number %s, which another patient holds here", fromSimrs);
                    throw new RequestRefusedException(409, SimrsNorms.NO_ANSWER);
                }
                return fromSimrs;
            });
        }
        return fromSequence(conn, TRIES);
    }

    private Uni<String> fromSequence(SqlClient conn, int triesLeft) {
        return imports.nextNormNumber(conn).chain(number -> {
            String norm = String.format(config.format(), number);
            return imports.normTaken(conn, norm).chain(taken -> {
                if (!taken) {
                    return Uni.createFrom().item(norm);
                }
                if (triesLeft <= 1) {
                    throw new IllegalStateException("no free record number after " + TRIES + " tries");
                }
                return fromSequence(conn, triesLeft - 1);
            });
        });
    }

    /** After an import: the sequence continues after the highest of these numbers written in our format. */
    public Uni<Void> continueAfter(SqlClient conn, Collection<String> imported) {
        OptionalLong highest = imported.stream().map(this::numberOf).filter(OptionalLong::isPresent)
                .mapToLong(OptionalLong::getAsLong).max();
        return highest.isEmpty() ? Uni.createFrom().voidItem()
                : imports.advanceNormSequence(conn, highest.getAsLong());
    }

    /** The number a norm was formatted from with {@code pasien.norm.format}, if it was. */
    OptionalLong numberOf(String norm) {
        Matcher m = LAST_DIGITS.matcher(norm);
        if (!m.find()) {
            return OptionalLong.empty();
        }
        long n = Long.parseLong(m.group(1));
        return String.format(config.format(), n).equals(norm) ? OptionalLong.of(n) : OptionalLong.empty();
    }
}
