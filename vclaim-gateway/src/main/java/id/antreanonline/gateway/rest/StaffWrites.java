package id.antreanonline.gateway.rest;

import org.jboss.logging.Logger;

import id.antreanonline.edge.identity.ServiceCredentialMechanism;
import id.antreanonline.gateway.client.BpjsRefusedException;
import id.antreanonline.gateway.client.BpjsUnavailableException;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Every write a caller asks of BPJS in the hospital's name (SEP, surat kontrol, doctor schedule, a replay, a
 * reconciliation) is written to the log category {@value #CATEGORY} with who asked: a staff username or a service's
 * name, and what became of it. Never the body: it carries the patient's identifiers.
 */
@ApplicationScoped
public class StaffWrites {

    public static final String CATEGORY = "id.antreanonline.gateway.audit";

    private static final Logger AUDIT = Logger.getLogger(CATEGORY);

    private final SecurityIdentity identity;

    StaffWrites(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** {@code write}, with a line when it is asked for and one when it is done or not. */
    public <T> Uni<T> logged(String action, Uni<T> write) {
        String who = who();
        AUDIT.infof("%s asked by %s", action, who);
        return write
                .invoke(() -> AUDIT.infof("%s asked by %s: done", action, who))
                .onFailure().invoke(e -> AUDIT.infof("%s asked by %s: not done, %s", action, who, outcome(e)));
    }

    private String who() {
        String service = identity.getAttribute(ServiceCredentialMechanism.SERVICE_ATTRIBUTE);
        return service != null ? "service " + service : "staff " + identity.getPrincipal().getName();
    }

    private static String outcome(Throwable e) {
        if (e instanceof BpjsRefusedException refused) {
            return "BPJS refused with code " + refused.code();
        }
        if (e instanceof BpjsUnavailableException) {
            return "BPJS unreachable";
        }
        return e.getClass().getSimpleName();
    }
}
