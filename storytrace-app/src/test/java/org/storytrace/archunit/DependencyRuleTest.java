package org.storytrace.archunit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The dependency rule of ../shared/STYLE.md: each stage depends on the model and earlier stages only, and core
 * never depends on adapters, the CLI or I/O frameworks.
 */
class DependencyRuleTest {
    private static final String ROOT = "org.storytrace";
    /** Pipeline order: a stage may use the stages before it. */
    private static final List<String> STAGES = List.of("ingest", "extract", "analyse", "link", "story", "provenance", "compare");

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void stagesDependOnlyOnEarlierStages() {
        for (int i = 0; i < STAGES.size(); i++) {
            for (int j = i + 1; j < STAGES.size(); j++) {
                noClasses().that().resideInAPackage(pkg(STAGES.get(i)))
                        .should().dependOnClassesThat().resideInAPackage(pkg(STAGES.get(j)))
                        .because(STAGES.get(i) + " comes before " + STAGES.get(j) + " in the pipeline")
                        .check(classes);
            }
        }
    }

    @Test
    void modelDependsOnNoStage() {
        for (String stage : STAGES) {
            noClasses().that().resideInAPackage(ROOT + ".model..")
                    .should().dependOnClassesThat().resideInAPackage(pkg(stage)).check(classes);
        }
        noClasses().that().resideInAPackage(ROOT + ".model..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".store..").check(classes);
    }

    @Test
    void coreUsesNoJdbcHttpOrCli() {
        noClasses().that().resideInAnyPackage(STAGES.stream().map(DependencyRuleTest::pkg).toArray(String[]::new))
                .or().resideInAnyPackage(ROOT + ".model..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "java.net.http..", "picocli..",
                        "org.sqlite..", ROOT + ".serve..", ROOT + ".store.sqlite..")
                .check(classes);
    }

    @Test
    void adaptersAreNotUsedByTheStages() {
        noClasses().that().resideInAPackage(ROOT + ".store")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".store.sqlite..", "java.sql..")
                .check(classes);
    }

    private static String pkg(String stage) {
        return ROOT + "." + stage;
    }
}
