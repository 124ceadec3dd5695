package id.antreanonline.outbox;

import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * One column of a multi-row statement's parameters, as {@code unnest($n::type[])} takes it: each row's value, in the
 * rows' order.
 */
public final class Columns {

    private Columns() {
    }

    public static <R, V> V[] of(List<R> rows, Function<R, V> value, IntFunction<V[]> array) {
        V[] column = array.apply(rows.size());
        for (int i = 0; i < column.length; i++) {
            column[i] = value.apply(rows.get(i));
        }
        return column;
    }
}
