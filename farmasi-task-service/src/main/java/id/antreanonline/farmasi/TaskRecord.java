package id.antreanonline.farmasi;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An accepted task transition of a visit (epoch ms), and what BPJS answered to its delivery. */
@Entity
@Table(name = "task_record")
public class TaskRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String kodebooking;
    public int taskid;
    public long waktu;
    public String jenisresep;
    @Column(name = "event_id")
    public String eventId;
    @Column(name = "recorded_at")
    public long recordedAt;
    @Column(name = "recorded_by")
    public String recordedBy;
    /** The sender's own id of this step (a SIMRS's event id), unique per {@link #recordedBy}. */
    @Column(name = "sender_event_id")
    public String senderEventId;
    @Enumerated(EnumType.STRING)
    public DeliveryState delivery;
    @Column(name = "delivery_code")
    public Integer deliveryCode;
    @Column(name = "delivery_message")
    public String deliveryMessage;
    @Column(name = "delivery_at")
    public Long deliveryAt;
}
