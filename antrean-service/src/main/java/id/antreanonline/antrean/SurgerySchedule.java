package id.antreanonline.antrean;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A planned surgery, as the jadwaloperasi WS show it to Mobile JKN. */
@Entity
@Table(name = "surgery_schedule")
public class SurgerySchedule {

    @Id
    public String kodebooking;
    public LocalDate tanggaloperasi;
    public String jenistindakan;
    public String kodepoli;
    public String namapoli;
    /** 1 when done, 0 when still planned. */
    public int terlaksana;
    public String nopeserta;
    /** Epoch ms of the last change. */
    public long lastupdate;
}
