package id.antreanonline.antrean.rest;

/** The body of every refused staff API call. */
public record ErrorMessage(String message) {
}
