package eu.vigil.local;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The test classes that start a stack of their own run before those on the shared stack, so that the shared one,
 * which stays up until the test JVM ends, never runs beside another (two stacks on a small CI machine slow both).
 * Set as the default in junit-platform.properties.
 */
public final class SharedStackLast implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparing(
                (ClassDescriptor descriptor) -> onTheSharedStack(descriptor.getTestClass())));
    }

    private static boolean onTheSharedStack(Class<?> testClass) {
        return Arrays.stream(testClass.getAnnotationsByType(ExtendWith.class))
                .flatMap(extension -> Arrays.stream(extension.value()))
                .anyMatch(SharedStack.class::equals);
    }
}
