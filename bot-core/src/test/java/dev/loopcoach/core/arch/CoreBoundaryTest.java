package dev.loopcoach.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** bot-core stays platform-free: no JDA, no Slack SDK, no JDBC, whatever else changes. */
class CoreBoundaryTest {
    private final JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.loopcoach.core");

    @Test
    void coreNeverUsesPlatformTypes() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("net.dv8tion..", "com.slack..", "okhttp3..")
                .check(core);
    }

    @Test
    void coreNeverTouchesJdbcOrDrivers() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..",
                "org.postgresql..", "org.flywaydb..", "com.zaxxer..").check(core);
    }

    @Test
    void coreDoesNotDependOnAdapters() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.loopcoach.discord..", "dev.loopcoach.slack..",
                "dev.loopcoach.storage..", "dev.loopcoach.app..").check(core);
    }
}
