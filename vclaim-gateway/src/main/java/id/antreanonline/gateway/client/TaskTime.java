package id.antreanonline.gateway.client;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of antrean/updatewaktu (UPDATE WAKTU): when a task happened (epoch ms); {@code jenisresep} only where the
 * pharmacy queue runs, left out otherwise.
 */
public record TaskTime(
        String kodebooking,
        int taskid,
        long waktu,
        @JsonInclude(JsonInclude.Include.NON_NULL) String jenisresep) {
}
