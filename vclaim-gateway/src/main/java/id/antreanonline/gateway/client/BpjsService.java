package id.antreanonline.gateway.client;

/** The two BPJS web services: each has its own base URL and user_key, and spells its metadata differently. */
public enum BpjsService {
    ANTREAN,
    VCLAIM
}
