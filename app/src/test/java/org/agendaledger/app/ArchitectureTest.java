package org.agendaledger.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.agendaledger.events.EventMetaData;
import org.agendaledger.events.style.HouseStyles;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module and package rules of the architecture, checked on the compiled classes. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.agendaledger");
    }

    @Test
    void sharedEventsDependOnNeitherSide() {
        noClasses().that().resideInAPackage("org.agendaledger.events..")
                .should().dependOnClassesThat().resideInAnyPackage("org.agendaledger.command..",
                        "org.agendaledger.query..", "org.agendaledger.app..", "org.springframework..")
                .check(classes);
    }

    @Test
    void theCommandSideNeverSeesTheQuerySide() {
        noClasses().that().resideInAPackage("org.agendaledger.command..")
                .should().dependOnClassesThat().resideInAnyPackage("org.agendaledger.query..", "org.agendaledger.app..")
                .check(classes);
    }

    @Test
    void theQuerySideNeverSeesTheCommandSide() {
        noClasses().that().resideInAPackage("org.agendaledger.query..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("org.agendaledger.command..", "org.agendaledger.app..")
                .check(classes);
    }

    @Test
    void aggregatesDependOnNoWebOrConfigurationCode() {
        noClasses().that().areAnnotatedWith(Aggregate.class)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..",
                        "org.springframework.http..", "org.springframework.context..", "org.springframework.boot..",
                        "org.springframework.security..", "org.agendaledger.command.api..", "jakarta.servlet..",
                        "io.swagger..")
                .check(classes);
    }

    @Test
    void eventsAreRevisedRecordsNamedAsPastFactsWithoutSuffix() {
        classes().that().resideInAPackage("org.agendaledger.events..").and().areAnnotatedWith(Revision.class)
                .should().beRecords().andShould().haveSimpleNameNotEndingWith("Event")
                .andShould().bePublic()
                .check(classes);
        classes().that().resideInAPackage("org.agendaledger.events..").and().areRecords()
                .and().implement(org.agendaledger.events.meeting.MeetingEvent.class)
                .or().implement(org.agendaledger.events.silence.SilenceProcedureEvent.class)
                .or().implement(org.agendaledger.events.bureau.BureauEvent.class)
                .should().beAnnotatedWith(Revision.class)
                .check(classes);
    }

    @Test
    void sharedEventsHoldOnlyRecordsEnumsTheSealedEventInterfacesAndTheirVocabulary() {
        classes().that().resideInAPackage("org.agendaledger.events..")
                .should().beRecords().orShould().beEnums().orShould().beInterfaces()
                .orShould().haveFullyQualifiedName(EventMetaData.class.getName())
                // the catalogue of house styles both sides read: configuration, loaded once, never changed
                .orShould().haveFullyQualifiedName(HouseStyles.class.getName())
                .check(classes);
        fields().that().areDeclaredIn(HouseStyles.class).should().beFinal().check(classes);
        // the vocabulary is constants only: no state, no instances
        fields().that().areDeclaredIn(EventMetaData.class).should().beStatic().andShould().beFinal()
                .andShould().haveRawType(String.class).check(classes);
        classes().that().belongToAnyOf(EventMetaData.class).should().haveOnlyPrivateConstructors()
                .andShould().haveModifier(JavaModifier.FINAL).check(classes);
    }

    @Test
    void commandPackagesMeetOnlyThroughShared() {
        // importing reads texts into proposals: it sees no aggregate either
        List<String> aggregates = List.of("meeting", "bureau", "silence", "importing");
        for (String name : aggregates) {
            String[] others = aggregates.stream().filter(other -> !other.equals(name))
                    .map(other -> "org.agendaledger.command." + other + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("org.agendaledger.command." + name + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .because("a command package reaches another only through the contracts in command.shared")
                    .check(classes);
        }
    }

    @Test
    void readModelPackagesDoNotDependOnEachOther() {
        // each read model stands alone, so one can be rebuilt, changed or dropped without the others; what they
        // share lives in query.lifecycle, query.consistency, query.history and query.live
        List<String> readModels = List.of("agenda", "audit", "bureau", "decision", "meeting", "silence");
        for (String name : readModels) {
            String[] others = readModels.stream().filter(other -> !other.equals(name))
                    .map(other -> "org.agendaledger.query." + other + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("org.agendaledger.query." + name + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .because("a read model reaches no other read model")
                    .check(classes);
        }
    }
}
