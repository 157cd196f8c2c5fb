package org.openace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import fixture.architecture.MoneyAsDouble;
import fixture.architecture.PublicController;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.stereotype.Controller;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * House conventions that the compiler does not hold, each proven to fail on a deliberate violation in
 * {@code src/test/java/fixture/architecture}. No module reaching into another's internals is held by
 * {@code ModularityTests} ({@code ApplicationModules.verify()}); here it is proven to fail on a fixture.
 */
class ArchitectureRulesTests {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.openace");

    /**
     * Classes allowed a floating-point member, each with its reason. Money is BigDecimal; a measurement that is not
     * money (a metric, a ratio) may be named here, one class at a time.
     */
    static final Set<String> FLOATING_POINT_ALLOWED = Set.of(
            // positions and sizes on a PDF page, in points, as PDFBox takes them (reports.output): never an amount
            "org.openace.reports.output.PdfLayout",
            "org.openace.reports.output.PdfPages",
            "org.openace.reports.output.PdfText");

    private static final Set<String> FLOATING_POINT = Set.of("double", "float", "java.lang.Double", "java.lang.Float");

    static final ArchRule NO_FLOATING_POINT = classes()
            .that(com.tngtech.archunit.base.DescribedPredicate.describe("are not allowed floating point",
                    (JavaClass c) -> !FLOATING_POINT_ALLOWED.contains(c.getName())))
            .should(haveNoFloatingPointMembers())
            .because("money is BigDecimal, never double or float");

    static final ArchRule CONTROLLERS_NOT_PUBLIC = classes()
            .that().areMetaAnnotatedWith(Controller.class)
            .should().notBePublic()
            .because("a controller is reached through its mappings, never called from another package");

    @Test
    void noProductionClassHasADoubleOrFloatFieldParameterOrResult() {
        NO_FLOATING_POINT.check(PRODUCTION);
    }

    @Test
    void theFloatingPointRuleRefusesAnAmountAsDouble() {
        assertThat(NO_FLOATING_POINT.evaluate(new ClassFileImporter().importClasses(MoneyAsDouble.class))
                .getFailureReport().getDetails())
                .anyMatch(d -> d.contains("field") && d.contains("amount"))
                .anyMatch(d -> d.contains("parameter"))
                .anyMatch(d -> d.contains("returns"));
    }

    @Test
    void noControllerIsPublic() {
        CONTROLLERS_NOT_PUBLIC.check(PRODUCTION);
    }

    @Test
    void theControllerRuleRefusesAPublicController() {
        assertThat(CONTROLLERS_NOT_PUBLIC.evaluate(new ClassFileImporter().importClasses(PublicController.class))
                .hasViolation()).isTrue();
    }

    @Test
    void moduleVerificationRefusesAModuleReachingIntoAnothersInternals() {
        ApplicationModules fixture = ApplicationModules.of("fixture.architecture.modules",
                new ImportOption.OnlyIncludeTests());
        assertThat(fixture.stream().map(m -> m.getIdentifier().toString())).contains("alpha", "beta");
        assertThatThrownBy(fixture::verify).hasMessageContaining("Hidden");
    }

    @Test
    void onlyTheAuditModuleNamesTheAuditTablesInItsCode() throws IOException {
        assertThat(namingAuditTables(Path.of("src/main/java"), "org/openace/audit/")).isEmpty();
    }

    @Test
    void theAuditTableRuleRefusesSqlOnTheAuditTableElsewhere() throws IOException {
        assertThat(namingAuditTables(Path.of("src/test/java/fixture/architecture"), "org/openace/audit/"))
                .singleElement().asString().endsWith("AuditTableWriter.java");
    }

    /** Java files outside the audit module whose code (comments left out) names a table the audit module creates. */
    static List<Path> namingAuditTables(Path root, String auditFolder) throws IOException {
        List<String> tables = auditTables();
        assertThat(tables).as("tables created by the audit migrations").isNotEmpty();
        Pattern named = Pattern.compile("\\b(" + String.join("|", tables) + ")\\b", Pattern.CASE_INSENSITIVE);
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                if (file.toString().replace('\\', '/').contains(auditFolder)) {
                    continue;
                }
                String code = Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
                if (named.matcher(code).find()) {
                    found.add(file);
                }
            }
        }
        return found;
    }

    private static List<String> auditTables() throws IOException {
        List<String> tables = new ArrayList<>();
        Pattern create = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration/audit"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Matcher m = create.matcher(Files.readString(file));
                while (m.find()) {
                    tables.add(m.group(1));
                }
            }
        }
        return tables;
    }

    private static ArchCondition<JavaClass> haveNoFloatingPointMembers() {
        return new ArchCondition<>("have no double or float field, parameter or result") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (JavaField field : type.getFields()) {
                    if (FLOATING_POINT.contains(field.getRawType().getName())) {
                        events.add(SimpleConditionEvent.violated(field, field.getFullName() + ": field of type "
                                + field.getRawType().getSimpleName()));
                    }
                }
                for (JavaCodeUnit unit : type.getCodeUnits()) {
                    if (unit.getModifiers().contains(JavaModifier.SYNTHETIC)) {
                        continue; // lambdas and bridges the compiler writes
                    }
                    if (FLOATING_POINT.contains(unit.getRawReturnType().getName())) {
                        events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " returns "
                                + unit.getRawReturnType().getSimpleName()));
                    }
                    for (JavaClass parameter : unit.getRawParameterTypes()) {
                        if (FLOATING_POINT.contains(parameter.getName())) {
                            events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + ": parameter of type "
                                    + parameter.getSimpleName()));
                        }
                    }
                }
            }
        };
    }
}
