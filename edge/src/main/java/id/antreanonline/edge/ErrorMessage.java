package id.antreanonline.edge;

/** The body of every refused or failed call outside /wsrs. */
public record ErrorMessage(String message) {
}
