package org.huizong.form;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads a form descriptor (YAML, see {@code src/main/resources/forms/GIA-M.yml}) into a {@link FormDescriptor}:
 * resolves inherited types and aggregations into items and expands the declared totals into identities.
 */
public final class FormDescriptorParser {

    public FormDescriptor parse(InputStream yaml, String source) throws IOException {
        Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        if (!(document instanceof Map<?, ?> root)) {
            throw new InvalidFormDescriptorException(source, "the document is not a mapping");
        }
        try {
            return parse(new YamlNode(root, source));
        } catch (RuntimeException e) {
            throw new InvalidFormDescriptorException(source, e.getMessage(), e);
        }
    }

    private FormDescriptor parse(YamlNode root) {
        InfoSheetDescriptor info = parseInfo(root.node("info"));
        List<SheetDescriptor> sheets = new ArrayList<>();
        List<ItemDescriptor> items = new ArrayList<>();
        List<Identity> identities = new ArrayList<>();
        for (YamlNode sheetNode : root.nodes("sheets")) {
            List<BlockDescriptor> blocks = new ArrayList<>();
            List<YamlNode> blockNodes = sheetNode.nodes("blocks");
            for (YamlNode blockNode : blockNodes) {
                blocks.add(parseBlock(blockNode));
            }
            SheetDescriptor sheet = new SheetDescriptor(
                    sheetNode.text("code"),
                    sheetNode.text("name"),
                    sheetNode.texts("aliases"),
                    sheetNode.text("title"),
                    sheetNode.optionalText("keyword"),
                    blocks,
                    sheetNode.bool("year-to-date"));
            sheets.add(sheet);
            TimeAggregation sheetAggregation =
                    sheetNode.enumValue("aggregation", TimeAggregation.class, TimeAggregation.SUM);
            for (int b = 0; b < blocks.size(); b++) {
                BlockDescriptor block = blocks.get(b);
                items.addAll(itemsOf(sheet, block, sheetAggregation));
                identities.addAll(new IdentityExpansion(sheet.code(), block)
                        .expand(blockNodes.get(b).nodes("identities")));
            }
        }
        for (YamlNode identityNode : root.nodes("identities")) {
            identities.add(IdentityExpansion.literal(identityNode));
        }
        FormDescriptor form = new FormDescriptor(
                root.text("code"),
                root.text("name"),
                root.enumValue("period", PeriodKind.class, null),
                root.text("template-version"),
                info,
                sheets,
                items,
                identities,
                carryOvers(root.nodes("carry-overs"), items),
                history(root.optionalNode("history")),
                root.nodes("level-rules").stream()
                        .map(n -> new LevelRule(n.text("rule"), n.texts("items"), n.texts("levels")))
                        .toList());
        checkIdentitiesReferToItems(form);
        return form;
    }

    /** {@code {rule: P-CARRY, opening: T3.R02, closing: T3.R25}} pairs the two rows column by column. */
    private static List<CarryOver> carryOvers(List<YamlNode> declarations, List<ItemDescriptor> items) {
        List<CarryOver> carryOvers = new ArrayList<>();
        for (YamlNode declaration : declarations) {
            String opening = declaration.text("opening") + ".";
            String closing = declaration.text("closing") + ".";
            for (ItemDescriptor item : items) {
                if (item.code().startsWith(opening)) {
                    String column = item.code().substring(opening.length());
                    carryOvers.add(new CarryOver(declaration.text("rule"), item.code(), closing + column));
                }
            }
        }
        return carryOvers;
    }

    private static HistoryChecks history(YamlNode node) {
        if (node == null) {
            return HistoryChecks.none();
        }
        List<HistoryChecks.StockFlow> stocks = node.nodes("stocks").stream()
                .map(n -> new HistoryChecks.StockFlow(
                        n.text("rule"), n.text("stock"), n.text("inflow"), n.text("outflow")))
                .toList();
        YamlNode ytd = node.optionalNode("year-to-date");
        YamlNode outliers = node.optionalNode("outliers");
        YamlNode scale = node.optionalNode("scale");
        YamlNode same = node.optionalNode("same-as-previous");
        return new HistoryChecks(
                stocks,
                ytd == null ? null : new HistoryChecks.ItemsRule(ytd.text("rule"), ytd.texts("items")),
                outliers == null
                        ? null
                        : new HistoryChecks.OutlierRule(
                                outliers.text("rule"),
                                outliers.texts("items"),
                                Integer.parseInt(outliers.text("periods")),
                                Integer.parseInt(outliers.text("minimum")),
                                Double.parseDouble(outliers.text("threshold"))),
                scale == null
                        ? null
                        : new HistoryChecks.ScaleRule(
                                scale.text("rule"), scale.text("item"), Integer.parseInt(scale.text("factor"))),
                same == null ? null : same.text("rule"));
    }

    private static InfoSheetDescriptor parseInfo(YamlNode node) {
        List<InfoField> fields = node.nodes("fields").stream()
                .map(f -> new InfoField(f.text("key"), f.text("label")))
                .toList();
        return new InfoSheetDescriptor(node.text("sheet"), node.texts("aliases"), fields);
    }

    private static BlockDescriptor parseBlock(YamlNode node) {
        List<Heading> columns = node.nodes("columns").stream()
                .map(FormDescriptorParser::parseHeading)
                .toList();
        boolean singleRow = node.bool("single-row");
        List<Heading> rows = singleRow
                ? List.of(new Heading("", List.of(), null, null))
                : node.nodes("rows").stream()
                        .map(FormDescriptorParser::parseHeading)
                        .toList();
        return new BlockDescriptor(
                node.text("code"),
                node.optionalText("title"),
                node.optionalText("row-header"),
                columns,
                rows,
                singleRow);
    }

    private static Heading parseHeading(YamlNode node) {
        return new Heading(
                node.text("code"),
                node.texts("label"),
                node.enumValue("type", ValueType.class, null),
                node.enumValue("aggregation", TimeAggregation.class, null));
    }

    private static List<ItemDescriptor> itemsOf(
            SheetDescriptor sheet, BlockDescriptor block, TimeAggregation sheetAggregation) {
        List<ItemDescriptor> items = new ArrayList<>();
        for (Heading row : block.rows()) {
            for (Heading column : block.columns()) {
                ValueType type = firstNonNull(row.type(), column.type(), ValueType.COUNT);
                TimeAggregation aggregation = firstNonNull(row.aggregation(), column.aggregation(), sheetAggregation);
                items.add(new ItemDescriptor(
                        ItemDescriptor.codeOf(sheet.code(), row.code(), column.code()),
                        sheet,
                        block,
                        row,
                        column,
                        type,
                        aggregation));
            }
        }
        return items;
    }

    private static <T> T firstNonNull(T first, T second, T fallback) {
        return first != null ? first : second != null ? second : fallback;
    }

    private static void checkIdentitiesReferToItems(FormDescriptor form) {
        var known = form.itemsByCode().keySet();
        for (Identity identity : form.identities()) {
            for (String item : concat(identity.left(), identity.right())) {
                if (!known.contains(item)) {
                    throw new IllegalArgumentException(
                            "identity " + identity.rule() + " refers to unknown item " + item);
                }
            }
        }
        for (CarryOver carryOver : form.carryOvers()) {
            if (!known.contains(carryOver.closingItem())) {
                throw new IllegalArgumentException(
                        carryOver.rule() + " refers to unknown item " + carryOver.closingItem());
            }
        }
        HistoryChecks history = form.history();
        List<String> named = new ArrayList<>();
        history.stocks().forEach(s -> named.addAll(List.of(s.stock(), s.inflow(), s.outflow())));
        if (history.yearToDate() != null) {
            named.addAll(history.yearToDate().items());
        }
        if (history.outliers() != null) {
            named.addAll(history.outliers().items());
        }
        if (history.scale() != null) {
            named.add(history.scale().item());
        }
        form.levelRules().forEach(rule -> named.addAll(rule.items()));
        for (String item : named) {
            if (!known.contains(item)) {
                throw new IllegalArgumentException("a history or level rule refers to unknown item " + item);
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
