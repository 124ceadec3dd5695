package id.antreanonline.gateway;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import id.antreanonline.shared.event.BookingSource;
import id.antreanonline.shared.event.DeliveryOutcomeEvent;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One call BPJS must receive: a booking (antrean/add), a cancellation (antrean/batal), a task time
 * (antrean/updatewaktu) or a pharmacy number (antrean/farmasi/add). Stored before the Kafka offset is committed,
 * sent in order per booking, kept until BPJS has it or refused it in a way retrying cannot change.
 */
@Entity
@Table(name = "delivery")
public class Delivery extends PanacheEntityBase {

    public enum Status {
        /** Not yet accepted by BPJS: due at {@code nextAttemptAt}. */
        PENDING,
        /** BPJS has it (200, or 208 already there). */
        DELIVERED,
        /** BPJS refused it (201); kept with BPJS's message until someone replays it. */
        PARKED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "source_event_id")
    public String sourceEventId;

    public String kodebooking;

    @Enumerated(EnumType.STRING)
    public DeliveryOutcomeEvent.BpjsCall kind;

    @Enumerated(EnumType.STRING)
    public BookingSource source;

    public Integer taskid;

    public LocalDate tanggal;

    public String body;

    @Enumerated(EnumType.STRING)
    public Status status;

    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    public Integer code;

    public String message;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    /** BPJS answered: delivered (200, 208) or parked with BPJS's message. */
    public void finish(boolean delivered, int bpjsCode, String bpjsMessage, Instant now) {
        status = delivered ? Status.DELIVERED : Status.PARKED;
        attempts++;
        code = bpjsCode;
        message = fitted(bpjsMessage);
        finishedAt = now;
    }

    /** BPJS has it from elsewhere (the previous queue system sent it): stands delivered and is never sent. */
    public void deliveredBefore(String why) {
        status = Status.DELIVERED;
        message = fitted(why);
    }

    /** BPJS was not heard: stays pending, due again after {@code delay}. */
    public void retryAfter(Duration delay, String why, Instant now) {
        attempts++;
        nextAttemptAt = now.plus(delay);
        message = fitted(why);
    }

    /** The message column holds 1000 characters. */
    private static String fitted(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
