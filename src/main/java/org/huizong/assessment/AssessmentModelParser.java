package org.huizong.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.huizong.form.FormDescriptor;
import org.huizong.form.ItemDescriptor;
import org.huizong.form.YamlNode;
import org.huizong.text.Messages;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads and checks the assessment model: every formula parses and names only item codes of the monthly form and
 * known facts, every method has what it needs. A problem is an {@link InvalidAssessmentModelException} naming the
 * indicator, raised when the job starts, never in the middle of a run.
 */
public final class AssessmentModelParser {

    /** The default model of assessment.md, used when the configuration folder has none. */
    static final String BUNDLED = "/assessment/assessment.yml";

    private final Set<String> known = new HashSet<>(Fact.variables());

    public AssessmentModelParser(FormDescriptor monthlyForm) {
        monthlyForm.items().stream().map(ItemDescriptor::code).forEach(known::add);
    }

    /** {@code assessment.yml} of the configuration folder, else the bundled default. */
    public AssessmentModel load(Path configDir) throws IOException {
        Path file = configDir.resolve(AssessmentModel.FILE);
        if (Files.isRegularFile(file)) {
            return parse(Files.readAllBytes(file), file.toString());
        }
        try (InputStream in = AssessmentModelParser.class.getResourceAsStream(BUNDLED)) {
            return parse(in.readAllBytes(), Messages.text("assessment.model.bundled", AssessmentModel.FILE));
        }
    }

    AssessmentModel parse(byte[] bytes, String source) {
        Object document;
        try {
            document =
                    new Yaml(new SafeConstructor(new LoaderOptions())).load(new String(bytes, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            throw new InvalidAssessmentModelException(
                    source, Messages.text("assessment.model.notYaml", e.getMessage()), e);
        }
        if (!(document instanceof Map<?, ?> root)) {
            throw new InvalidAssessmentModelException(source, Messages.text("assessment.model.notMapping"));
        }
        YamlNode model = new YamlNode(root, source);
        List<Group> groups = new ArrayList<>();
        for (YamlNode node : model.nodes("groups")) {
            groups.add(new Group(
                    required(node, "name", source, Messages.text("assessment.model.part.group")),
                    required(node, "members", source, Messages.text("assessment.model.part.group"))));
        }
        List<Indicator> indicators = new ArrayList<>();
        for (YamlNode node : model.nodes("indicators")) {
            String name = required(node, "name", source, Messages.text("assessment.model.part.indicator"));
            try {
                indicators.add(indicator(name, node));
            } catch (RuntimeException e) {
                throw new InvalidAssessmentModelException(
                        source, Messages.text("assessment.model.indicator", name, e.getMessage()), e);
            }
        }
        if (groups.isEmpty() || indicators.isEmpty()) {
            throw new InvalidAssessmentModelException(source, Messages.text("assessment.model.empty"));
        }
        return new AssessmentModel(
                required(model, "name", source, Messages.text("assessment.model.part.model")),
                required(model, "version", source, Messages.text("assessment.model.part.model")),
                sha256(bytes),
                groups,
                indicators,
                grades(model, source));
    }

    private Indicator indicator(String name, YamlNode node) {
        BigDecimal points = decimal(node, "points", null);
        if (points == null || points.signum() <= 0) {
            throw new IllegalArgumentException(Messages.text("assessment.model.points"));
        }
        ScoringMethod method = new ScoringMethodParser(known).parse(node);
        Indicator indicator = new Indicator(
                name,
                points,
                method,
                decimal(node, "missing", BigDecimal.ZERO),
                decimal(node, "no-data", BigDecimal.ZERO),
                "increase".equals(node.optionalText("year-to-date")),
                "mean-of-units".equals(node.optionalText("county")),
                node.texts("groups"));
        if (indicator.meanOfUnits() && method.groupValue() != null) {
            throw new IllegalArgumentException(Messages.text("assessment.model.medianOfMeans"));
        }
        if (method.maximum(points).compareTo(points) > 0) {
            throw new IllegalArgumentException(
                    Messages.text("assessment.model.stepAbovePoints", points.toPlainString()));
        }
        return indicator;
    }

    private static GradeScale grades(YamlNode model, String source) {
        List<GradeScale.Grade> grades = new ArrayList<>();
        for (YamlNode node : model.nodes("grades")) {
            grades.add(new GradeScale.Grade(
                    decimal(node, "min", BigDecimal.ZERO),
                    required(node, "grade", source, Messages.text("assessment.model.part.grade"))));
        }
        String below = model.optionalText("grade-below");
        if (grades.isEmpty() || below == null) {
            throw new InvalidAssessmentModelException(source, Messages.text("assessment.model.grades"));
        }
        return new GradeScale(grades, below);
    }

    static BigDecimal decimal(YamlNode node, String key, BigDecimal fallback) {
        String text = node.optionalText(key);
        if (text == null) {
            return fallback;
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Messages.text("assessment.model.notNumber", key, text), e);
        }
    }

    private static String required(YamlNode node, String key, String source, String what) {
        String value = node.optionalText(key);
        if (value == null || value.isBlank()) {
            throw new InvalidAssessmentModelException(
                    source, Messages.text("assessment.model.requiredKey", what, key, node.map()));
        }
        return value;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
