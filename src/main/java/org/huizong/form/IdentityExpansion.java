package org.huizong.form;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the totals a block declares into concrete identities over item codes. {@code each: column} repeats an
 * identity between rows for every column of the block; {@code each: row} repeats one between columns for every row.
 * {@code A01..A08} stands for the codes from A01 to A08.
 */
final class IdentityExpansion {

    private static final Pattern RANGE = Pattern.compile("(.*?)(\\d+)\\.\\.(.*?)(\\d+)");

    private final String sheetCode;
    private final BlockDescriptor block;

    IdentityExpansion(String sheetCode, BlockDescriptor block) {
        this.sheetCode = sheetCode;
        this.block = block;
    }

    List<Identity> expand(List<YamlNode> declarations) {
        List<Identity> identities = new ArrayList<>();
        for (YamlNode declaration : declarations) {
            String rule = declaration.text("rule");
            Identity.Kind kind = declaration.enumValue("kind", Identity.Kind.class, Identity.Kind.EQUAL);
            List<String> left = codes(declaration.texts("left"));
            List<String> right = codes(declaration.texts("right"));
            switch (declaration.text("each")) {
                case "column" ->
                    block.columns()
                            .forEach(column -> identities.add(new Identity(
                                    rule,
                                    kind,
                                    left.stream()
                                            .map(row -> ItemDescriptor.codeOf(sheetCode, row, column.code()))
                                            .toList(),
                                    right.stream()
                                            .map(row -> ItemDescriptor.codeOf(sheetCode, row, column.code()))
                                            .toList())));
                case "row" ->
                    block.rows()
                            .forEach(row -> identities.add(new Identity(
                                    rule,
                                    kind,
                                    left.stream()
                                            .map(column -> ItemDescriptor.codeOf(sheetCode, row.code(), column))
                                            .toList(),
                                    right.stream()
                                            .map(column -> ItemDescriptor.codeOf(sheetCode, row.code(), column))
                                            .toList())));
                default -> throw new IllegalArgumentException("identity " + rule + ": 'each' must be row or column");
            }
        }
        return identities;
    }

    static Identity literal(YamlNode declaration) {
        return new Identity(
                declaration.text("rule"),
                declaration.enumValue("kind", Identity.Kind.class, Identity.Kind.EQUAL),
                codes(declaration.texts("left")),
                codes(declaration.texts("right")));
    }

    static List<String> codes(List<String> written) {
        List<String> codes = new ArrayList<>();
        for (String code : written) {
            Matcher range = RANGE.matcher(code);
            if (!range.matches()) {
                codes.add(code);
                continue;
            }
            String prefix = range.group(1);
            if (!prefix.equals(range.group(3))) {
                throw new IllegalArgumentException("range " + code + " must keep one prefix");
            }
            int width = range.group(2).length();
            for (int n = Integer.parseInt(range.group(2)); n <= Integer.parseInt(range.group(4)); n++) {
                codes.add(prefix + String.format("%0" + width + "d", n));
            }
        }
        return codes;
    }
}
