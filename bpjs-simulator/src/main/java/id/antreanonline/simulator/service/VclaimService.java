package id.antreanonline.simulator.service;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

/** VClaim's side: SEPs and rencana kontrol issued, in memory. */
@ApplicationScoped
public class VclaimService {

    public void reset() {
    }

    public Answer provinces() {
        return vclaimOk(Map.of("list", List.of(
                ScheduleService.ordered("kode", "11", "nama", "ACEH"),
                ScheduleService.ordered("kode", "31", "nama", "DKI JAKARTA"),
                ScheduleService.ordered("kode", "32", "nama", "JAWA BARAT"),
                ScheduleService.ordered("kode", "51", "nama", "BALI"))));
    }

    static Answer vclaimOk(Object response) {
        return new Answer(Answer.OK, "OK", response);
    }
}
