package org.restockradar.launcher.browser;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The launcher's test classes by name, those that share {@link SharedSystem} after all the others: the shared system is
 * closed when the run ends, so it then runs beside no other class's own system (set in {@code junit-platform.properties};
 * no test depends on it, {@code -Djunit.jupiter.testclass.order.default=org.junit.jupiter.api.ClassOrderer$Random} runs
 * them in any order).
 */
public final class SharedSystemLast implements ClassOrderer {
    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparing((ClassDescriptor c) -> sharesTheSystem(c.getTestClass()))
                .thenComparing(c -> c.getTestClass().getName()));
    }

    private static boolean sharesTheSystem(Class<?> testClass) {
        return AnnotationSupport.findRepeatableAnnotations(testClass, ExtendWith.class).stream()
                .anyMatch(extendWith -> List.of(extendWith.value()).contains(SharedSystem.class));
    }
}
