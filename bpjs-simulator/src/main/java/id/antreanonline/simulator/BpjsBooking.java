package id.antreanonline.simulator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.node.ObjectNode;

import id.antreanonline.shared.TaskId;

/**
 * A booking BPJS knows about (from antrean/add or from Mobile JKN) and the task times it has received for it.
 * Not thread-safe by itself: callers lock the booking ({@code synchronized (booking)}) around reads and changes.
 */
public final class BpjsBooking {

    public enum Source {
        /** Sent by the hospital through antrean/add. */
        ONSITE,
        /** Booked in the Mobile JKN app (registered here through the admin API). */
        MOBILE_JKN
    }

    /** A task time as BPJS holds it: the hospital's {@code waktu} and when BPJS received it. */
    public record TaskTime(TaskId task, long waktu, Instant receivedAt) {
    }

    public record Pharmacy(String jenisresep, int nomorantrean, String keterangan) {
    }

    private final String kodebooking;
    private final Source source;
    private final ObjectNode sentFields;
    private final LocalDate tanggalperiksa;
    private final boolean newPatient;
    private final Instant createdAt;
    private final Map<Integer, TaskTime> tasks = new TreeMap<>();
    private String cancellation;
    private Pharmacy pharmacy;

    public BpjsBooking(String kodebooking, Source source, ObjectNode sentFields, LocalDate tanggalperiksa,
            boolean newPatient, Instant createdAt) {
        this.kodebooking = kodebooking;
        this.source = source;
        this.sentFields = sentFields;
        this.tanggalperiksa = tanggalperiksa;
        this.newPatient = newPatient;
        this.createdAt = createdAt;
    }

    public String kodebooking() {
        return kodebooking;
    }

    public Source source() {
        return source;
    }

    /** The booking as it was sent, BPJS field names. */
    public ObjectNode sentFields() {
        return sentFields;
    }

    public String field(String name) {
        return sentFields.hasNonNull(name) ? sentFields.get(name).asText() : "";
    }

    public LocalDate tanggalperiksa() {
        return tanggalperiksa;
    }

    public boolean newPatient() {
        return newPatient;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Map<Integer, TaskTime> tasks() {
        return tasks;
    }

    public Optional<TaskTime> task(int taskid) {
        return Optional.ofNullable(tasks.get(taskid));
    }

    public void record(TaskTime time) {
        tasks.put(time.task().code(), time);
    }

    public boolean cancelled() {
        return cancellation != null;
    }

    public void cancel(String keterangan) {
        this.cancellation = keterangan == null ? "" : keterangan;
    }

    public Optional<Pharmacy> pharmacy() {
        return Optional.ofNullable(pharmacy);
    }

    public void pharmacy(Pharmacy pharmacy) {
        this.pharmacy = pharmacy;
    }
}
