package org.cabinet.itests.exam;

import java.lang.reflect.Method;

import org.junit.Test;
import org.junit.runner.Description;
import org.junit.runner.Runner;
import org.junit.runner.notification.RunNotifier;
import org.junit.runners.model.InitializationError;
import org.ops4j.pax.exam.junit.PaxExam;

/**
 * Runs a Pax Exam class when a PostgreSQL test server is configured ({@link TestPostgres}); otherwise reports
 * every test as skipped, and says why and how to run them, instead of booting a container for nothing.
 */
public final class PostgresExam extends Runner {

    private final Runner exam;
    private final Description skipped;
    private final Class<?> type;

    public PostgresExam(Class<?> type) throws InitializationError {
        this.type = type;
        if (TestPostgres.configured() != null) {
            this.exam = new PaxExam(type);
            this.skipped = null;
        } else {
            this.exam = null;
            this.skipped = Description.createSuiteDescription(type);
            for (Method method : type.getMethods()) {
                if (method.isAnnotationPresent(Test.class)) {
                    skipped.addChild(Description.createTestDescription(type, method.getName()));
                }
            }
        }
    }

    @Override
    public Description getDescription() {
        return exam != null ? exam.getDescription() : skipped;
    }

    @Override
    public void run(RunNotifier notifier) {
        if (exam != null) {
            exam.run(notifier);
            return;
        }
        System.out.println("SKIPPED: " + type.getSimpleName() + ": no PostgreSQL test server is configured in "
                + TestPostgres.settingsFile() + "; start one with .ci/postgres (CI does)");
        skipped.getChildren().forEach(notifier::fireTestIgnored);
    }
}
