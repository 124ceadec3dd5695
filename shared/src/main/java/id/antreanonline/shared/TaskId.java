package id.antreanonline.shared;

import java.util.Arrays;
import java.util.Optional;

/** The steps of a visit that BPJS scores the hospital on (seed: UPDATE WAKTU ANTREAN). */
public enum TaskId {
    ADMISSION_WAIT_STARTS(1, "mulai waktu tunggu admisi"),
    ADMISSION_SERVICE_STARTS(2, "akhir waktu tunggu admisi/mulai waktu layan admisi"),
    POLI_WAIT_STARTS(3, "akhir waktu layan admisi/mulai waktu tunggu poli"),
    POLI_SERVICE_STARTS(4, "akhir waktu tunggu poli/mulai waktu layan poli"),
    PHARMACY_WAIT_STARTS(5, "akhir waktu layan poli/mulai waktu tunggu farmasi"),
    PHARMACY_SERVICE_STARTS(6, "akhir waktu tunggu farmasi/mulai waktu layan farmasi membuat obat"),
    MEDICINE_READY(7, "akhir waktu obat selesai dibuat"),
    NO_SHOW(99, "tidak hadir/batal");

    private final int code;
    private final String taskname;

    TaskId(int code, String taskname) {
        this.code = code;
        this.taskname = taskname;
    }

    public int code() {
        return code;
    }

    /** BPJS's own name for the task, as getlisttask shows it. */
    public String taskname() {
        return taskname;
    }

    public static Optional<TaskId> of(int code) {
        return Arrays.stream(values()).filter(t -> t.code == code).findFirst();
    }
}
