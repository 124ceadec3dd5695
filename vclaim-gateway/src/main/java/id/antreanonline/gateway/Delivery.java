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
 * One message a receiver must get. For BPJS a call: a booking (antrean/add), a cancellation (antrean/batal), a task
 * time (antrean/updatewaktu) or a pharmacy number (antrean/farmasi/add). For the hospital's SIMRS a webhook: an event
 * as its topic carries it. Stored before the Kafka offset is committed, sent in order per booking (a patient's per
 * norm), kept until the receiver has it or refused it in a way retrying cannot change.
 */
@Entity
@Table(name = "delivery")
public class Delivery extends PanacheEntityBase {

    /** Who gets it. */
    public enum Receiver {
        BPJS,
        /** The hospital's own system, through its webhook. */
        SIMRS
    }

    public enum Status {
        /** Not yet accepted by BPJS: due at {@code nextAttemptAt}. */
        PENDING,
        /** The receiver has it (BPJS: 200, or 208 already there; SIMRS: 2xx). */
        DELIVERED,
        /** Refused (BPJS 201, SIMRS 4xx) or given up; kept with the reason until someone replays it. */
        PARKED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "source_event_id")
    public String sourceEventId;

    @Enumerated(EnumType.STRING)
    public Receiver receiver = Receiver.BPJS;

    /** The booking; none for a patient's webhook. */
    public String kodebooking;

    /** The BPJS call; none for a webhook. */
    @Enumerated(EnumType.STRING)
    public DeliveryOutcomeEvent.BpjsCall kind;

    /** A webhook's event type ({@code booking.created} ...). */
    @Column(name = "event_type")
    public String eventType;

    /** What a webhook's order is kept by: its event's Kafka key (kodebooking, or norm for a patient). */
    @Column(name = "record_key")
    public String recordKey;

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

    /** The trace of the event it came from (W3C traceparent), which its every try continues; null for older rows. */
    @Column(name = "trace_parent")
    public String traceparent;

    /** The items of one key go one at a time, in id order: a booking for BPJS, the event's key for the SIMRS. */
    public String orderedBy() {
        return receiver == Receiver.SIMRS ? recordKey : kodebooking;
    }

    /** The item in a log line: what it is and its booking, never a norm or anything from the body. */
    public String describe() {
        return receiver == Receiver.SIMRS
                ? "webhook " + eventType + (kodebooking == null ? "" : " of " + kodebooking)
                : kind + " " + kodebooking + " task " + taskid;
    }

    /** The receiver answered: delivered, or parked with its code and message. */
    public void finish(boolean delivered, int answerCode, String answerMessage, Instant now) {
        status = delivered ? Status.DELIVERED : Status.PARKED;
        attempts++;
        code = answerCode;
        message = fitted(answerMessage);
        finishedAt = now;
    }

    /** BPJS has it from elsewhere (the previous queue system sent it): stands delivered and is never sent. */
    public void deliveredBefore(String why) {
        status = Status.DELIVERED;
        message = fitted(why);
    }

    /** The receiver was not heard: stays pending, due again after {@code delay}. */
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
