package id.antreanonline.testsupport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.quarkus.arc.Arc;
import jakarta.enterprise.inject.Any;
import jakarta.ws.rs.Path;

/** The running service's JAX-RS resource classes (not the REST clients it holds), for rules every resource keeps. */
final class Resources {

    private Resources() {
    }

    static List<Class<?>> classes() {
        List<Class<?>> resources = new ArrayList<>();
        for (var bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            boolean restClient = type.isInterface() || type.getName().contains("$$")
                    || Arrays.stream(type.getInterfaces()).anyMatch(i -> i.isAnnotationPresent(Path.class));
            if (type.isAnnotationPresent(Path.class) && !restClient) {
                resources.add(type);
            }
        }
        return resources;
    }
}
