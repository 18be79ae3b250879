package org.huizong.assessment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.jexl3.JexlArithmetic;
import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlExpression;
import org.apache.commons.jexl3.JexlFeatures;
import org.apache.commons.jexl3.MapContext;
import org.apache.commons.jexl3.introspection.JexlPermissions;
import org.huizong.text.Messages;

/**
 * An arithmetic expression of the assessment model over item codes ({@code T3.R24.C7}) and pipeline facts
 * ({@code days_late}), evaluated by Apache Commons JEXL in decimal arithmetic. The engine is restricted to
 * expressions: no assignments, loops, method calls, object creation or scripts, so a model file can only compute.
 */
final class Formula {

    private static final JexlEngine ENGINE = new JexlBuilder()
            .features(new JexlFeatures()
                    .sideEffect(false)
                    .sideEffectGlobal(false)
                    .loops(false)
                    .newInstance(false)
                    .methodCall(false)
                    .lambda(false)
                    .structuredLiteral(false)
                    .annotation(false)
                    .pragma(false)
                    .importPragma(false)
                    .script(false)
                    .register(false))
            .permissions(JexlPermissions.RESTRICTED)
            .arithmetic(new JexlArithmetic(true, MathContext.DECIMAL64, 10))
            .strict(true)
            .silent(false)
            .safe(false)
            .cache(256)
            .create();

    private final String source;
    private final JexlExpression expression;
    private final List<String> variables;

    private Formula(String source, JexlExpression expression, List<String> variables) {
        this.source = source;
        this.expression = expression;
        this.variables = variables;
    }

    /**
     * Parses {@code source} and checks that every name in it is {@code known}.
     *
     * @throws IllegalArgumentException with a message saying what is wrong
     */
    static Formula parse(String source, Set<String> known) {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException(Messages.text("assessment.formula.empty"));
        }
        JexlExpression expression;
        try {
            expression = ENGINE.createExpression(source);
        } catch (JexlException e) {
            throw new IllegalArgumentException(
                    Messages.text("assessment.formula.unparsable", source, e.getMessage()), e);
        }
        List<String> variables = ENGINE.createScript(source).getVariables().stream()
                .map(parts -> String.join(".", parts))
                .distinct()
                .toList();
        for (String variable : variables) {
            if (!known.contains(variable)) {
                throw new IllegalArgumentException(
                        Messages.text("assessment.formula.unknownVariable", source, variable));
            }
        }
        return new Formula(source, expression, variables);
    }

    /**
     * The value of the formula with these bindings.
     *
     * @throws ArithmeticException when it cannot be computed (a division by zero)
     */
    BigDecimal evaluate(Map<String, BigDecimal> bindings) {
        MapContext context = new MapContext();
        for (String variable : variables) {
            context.set(variable, bindings.getOrDefault(variable, BigDecimal.ZERO));
        }
        Object value;
        try {
            value = expression.evaluate(context);
        } catch (JexlException e) {
            throw new ArithmeticException(Messages.text("assessment.formula.notComputable", source));
        }
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        throw new ArithmeticException(Messages.text("assessment.formula.notNumber", source));
    }

    String source() {
        return source;
    }

    List<String> variables() {
        return variables;
    }

    /** Whether the formula reads reported values (not only facts). */
    boolean readsItems(Set<String> items) {
        return variables.stream().anyMatch(items::contains);
    }

    @Override
    public String toString() {
        return source;
    }
}
