package id.antreanonline.farmasi;

import java.io.Serializable;
import java.util.Objects;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A VClaim letter of a visit: its SEP (admission), its surat kontrol or its SPRI (poli), one of each. The row is claimed
 * (ISSUING) and committed before BPJS is asked, so a double click finds it instead of asking BPJS twice.
 */
@Entity
@Table(name = "visit_letter")
@IdClass(VisitLetter.Key.class)
public class VisitLetter {

    public enum Kind {
        SEP,
        SURAT_KONTROL,
        /** surat perintah rawat inap: the doctor orders an admission, on the member's card (no SEP needed) */
        SPRI
    }

    public enum State {
        /** claimed, BPJS being asked */
        ISSUING,
        ISSUED,
        /** BPJS was asked and no answer came: it may have issued the letter */
        UNKNOWN
    }

    /** An ISSUING claim older than this was left by a request that never finished (longer than any call waits). */
    public static final long CLAIM_LAPSES_AFTER_MILLIS = 120_000;

    public record Key(String kodebooking, Kind kind) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    public String kodebooking;
    @Id
    @Enumerated(EnumType.STRING)
    public Kind kind;
    public String nomor;
    @Enumerated(EnumType.STRING)
    public State state;
    /** What was sent and BPJS's dates; never the card number, NIK or phone. */
    @JdbcTypeCode(SqlTypes.JSON)
    public ObjectNode detail = JsonNodeFactory.instance.objectNode();
    @Column(name = "issued_by")
    public String issuedBy;
    @Column(name = "issued_at")
    public Long issuedAt;
    @Column(name = "updated_at")
    public long updatedAt;

    /** Its state as a caller should take it: a claim nobody finished is as uncertain as a call without answer. */
    public State stateAt(long now) {
        return state == State.ISSUING && updatedAt < now - CLAIM_LAPSES_AFTER_MILLIS ? State.UNKNOWN : state;
    }

    public boolean issued() {
        return state == State.ISSUED;
    }

    /** BPJS gave the letter its number: from now on it is the visit's. */
    public void issue(String nomor, ObjectNode detail, String by, long now) {
        this.nomor = Objects.requireNonNull(nomor);
        this.detail = detail;
        this.state = State.ISSUED;
        this.issuedBy = by;
        this.issuedAt = now;
        this.updatedAt = now;
    }

    /** BPJS was asked and did not answer: the letter may exist at BPJS, and only the clerk can find out. */
    public void unanswered(long now) {
        state = State.UNKNOWN;
        updatedAt = now;
    }

    /** A change BPJS accepted (new date, doctor, discharge): merged into what is kept. */
    public void change(ObjectNode changes, long now) {
        // a new object, not the same one changed in place: the change must reach the row
        ObjectNode merged = detail.deepCopy();
        merged.setAll(changes);
        detail = merged;
        updatedAt = now;
    }

    public String text(String field) {
        return detail.hasNonNull(field) ? detail.get(field).asText() : null;
    }
}
