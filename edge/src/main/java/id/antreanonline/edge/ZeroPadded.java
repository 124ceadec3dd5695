package id.antreanonline.edge;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A digit string of this length (a BPJS card number) that a client sent as a JSON number has lost its leading
 * zeros; {@link WsrsJson} puts them back. A string is left as it is, so a short one is still refused by the rules.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD })
public @interface ZeroPadded {
    int value();
}
