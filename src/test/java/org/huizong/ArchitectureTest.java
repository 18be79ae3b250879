package org.huizong;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.ArrayList;
import java.util.List;

/**
 * Dependencies point one way: a package uses only the packages of the levels below its own, never a sibling on its
 * level, and no two packages depend on each other. Read bottom up, the levels are how a workbook travels from the
 * inbox to the published period. The application class ({@code org.huizong}) is the composition root Spring starts
 * from, and outside the layers.
 */
@AnalyzeClasses(packages = "org.huizong", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private record Layer(String name, String... packages) {}

    /** From the bottom up; the layers of one level are siblings. */
    private static final List<List<Layer>> LEVELS = List.of(
            List.of(new Layer("text", "org.huizong.text..")),
            List.of(new Layer("form", "org.huizong.form..")),
            List.of(new Layer("unit", "org.huizong.unit..")),
            List.of(new Layer("system", "org.huizong.system..")),
            List.of(new Layer("period", "org.huizong.period..")),
            List.of(new Layer("validation", "org.huizong.validation..")),
            List.of(new Layer("submission", "org.huizong.submission..")),
            List.of(new Layer("consolidation", "org.huizong.consolidation..")),
            List.of(new Layer("output", "org.huizong.output..")),
            List.of(new Layer("report", "org.huizong.report.."), new Layer("assessment", "org.huizong.assessment..")),
            List.of(
                    new Layer("jobs", "org.huizong.monthly..", "org.huizong.annual..", "org.huizong.workers.."),
                    new Layer("demo", "org.huizong.demo..")),
            List.of(new Layer("portal", "org.huizong.portal.."), new Layer("bench", "org.huizong.bench..")),
            List.of(new Layer("cli", "org.huizong.cli..")));

    @ArchTest
    static final ArchRule layersPointOneWay = layers();

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles =
            slices().matching("org.huizong.(*)..").should().beFreeOfCycles();

    private static LayeredArchitecture layers() {
        LayeredArchitecture architecture = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (List<Layer> level : LEVELS) {
            for (Layer layer : level) {
                architecture = architecture.layer(layer.name()).definedBy(layer.packages());
            }
        }
        List<String> below = new ArrayList<>();
        for (List<Layer> level : LEVELS) {
            for (Layer layer : level) {
                architecture = below.isEmpty()
                        ? architecture.whereLayer(layer.name()).mayNotAccessAnyLayer()
                        : architecture.whereLayer(layer.name()).mayOnlyAccessLayers(below.toArray(String[]::new));
            }
            level.stream().map(Layer::name).forEach(below::add);
        }
        return architecture;
    }
}
