package org.huizong.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huizong.form.FormDescriptor;
import org.huizong.form.ItemDescriptor;
import org.huizong.form.write.DocumentTables;
import org.huizong.text.Messages;

/**
 * The texts of the annual report drafts ({@code annual-report/draft.properties}, each key replaceable by the city's
 * {@code jobs/config/annual-report.properties}), filled with a year's figures. In a text, {@code {T3.R01.C7}} is an
 * item's figure; {@code {name}} a word the draft gives, or a sum ({@code sum.name}: item codes, {@code T3.R05..R12.C7} a
 * range) or a list ({@code list.name}: {@code label=items | …}, its non-zero entries written with {@code list.name.item}
 * and joined with 、).
 */
final class DraftText {

    static final String BUNDLED = "/annual-report/draft.properties";
    static final String OVERRIDE = "annual-report.properties";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");
    private static final String SUM = "sum.";
    private static final String LIST = "list.";

    private final Properties texts;
    private final Map<String, ItemDescriptor> items = new HashMap<>();
    private final String source;

    private DraftText(Properties texts, List<FormDescriptor> forms, String source) {
        this.texts = texts;
        this.source = source;
        forms.forEach(form -> form.items().forEach(item -> items.putIfAbsent(item.code(), item)));
    }

    /** The bundled texts with those of {@code configDir/annual-report.properties}, if the city has one, in their place. */
    static DraftText load(Path configDir, List<FormDescriptor> forms) {
        Properties texts = new Properties();
        try (InputStream in = DraftText.class.getResourceAsStream(BUNDLED)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Path own = configDir == null ? null : configDir.resolve(OVERRIDE);
            if (own != null && Files.isRegularFile(own)) {
                try (Reader reader = Files.newBufferedReader(own, StandardCharsets.UTF_8)) {
                    texts.load(reader);
                }
                return new DraftText(texts, forms, BUNDLED + " and " + own);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the texts of the annual report drafts", e);
        }
        return new DraftText(texts, forms, BUNDLED);
    }

    /** The text of {@code key} as it stands. */
    String raw(String key) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("no text " + key + " in " + source);
        }
        return text;
    }

    /** The text of {@code key} with its words, figures, sums and lists filled in. */
    String fill(String key, Map<String, String> words, Map<String, BigDecimal> figures) {
        Matcher matcher = PLACEHOLDER.matcher(raw(key));
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value(key, matcher.group(1), words, figures)));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    /** The sum of the items of {@code sum.name}. */
    BigDecimal sum(String name, Map<String, BigDecimal> figures) {
        return total(codes(raw(SUM + name)), figures);
    }

    /** The figure of an item, zero when there is none. */
    static BigDecimal figure(String item, Map<String, BigDecimal> figures) {
        return figures.getOrDefault(item, BigDecimal.ZERO);
    }

    private String value(String key, String name, Map<String, String> words, Map<String, BigDecimal> figures) {
        if (words.containsKey(name)) {
            return words.get(name);
        }
        if (items.containsKey(name)) {
            return DocumentTables.figure(items.get(name), figure(name, figures));
        }
        if (texts.containsKey(SUM + name)) {
            List<String> codes = codes(raw(SUM + name));
            return DocumentTables.figure(item(codes.get(0)), total(codes, figures));
        }
        if (texts.containsKey(LIST + name)) {
            return list(name, words, figures);
        }
        throw new IllegalStateException("the text " + key + " in " + source + " names {" + name
                + "}, which is neither an item nor a word the draft gives");
    }

    /** The entries of {@code list.name} with a figure other than zero, each as {@code list.name.item} says, joined with 、. */
    private String list(String name, Map<String, String> words, Map<String, BigDecimal> figures) {
        List<String> parts = new ArrayList<>();
        for (String entry : raw(LIST + name).split("\\|")) {
            String[] labelAndItems = entry.split("=", 2);
            List<String> codes = codes(labelAndItems[1]);
            BigDecimal total = total(codes, figures);
            if (total.signum() != 0) {
                Map<String, String> entryWords = new HashMap<>(words);
                entryWords.put("label", labelAndItems[0].strip());
                entryWords.put("value", DocumentTables.figure(item(codes.get(0)), total));
                parts.add(fill(LIST + name + ".item", entryWords, figures));
            }
        }
        return String.join(Messages.text("report.list.separator"), parts);
    }

    private BigDecimal total(List<String> codes, Map<String, BigDecimal> figures) {
        return codes.stream().map(code -> figure(code, figures)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private ItemDescriptor item(String code) {
        ItemDescriptor item = items.get(code);
        if (item == null) {
            throw new IllegalStateException(source + " names the item " + code + ", which no form has");
        }
        return item;
    }

    /** Item codes separated by spaces, each possibly a range of one of its parts: {@code T3.R05..R12.C7}, {@code T3.R01.C2..C6}. */
    List<String> codes(String spec) {
        List<String> codes = new ArrayList<>();
        for (String token : spec.strip().split("\\s+")) {
            int range = token.indexOf("..");
            if (range < 0) {
                codes.add(item(token).code());
                continue;
            }
            String left = token.substring(0, range);
            String right = token.substring(range + 2);
            int cut = left.lastIndexOf('.') + 1;
            String prefix = left.substring(0, cut);
            Matcher from = Pattern.compile("([A-Z]*)(\\d+)").matcher(left.substring(cut));
            int end = right.indexOf('.');
            Matcher to = Pattern.compile("[A-Z]*(\\d+)").matcher(end < 0 ? right : right.substring(0, end));
            if (!from.matches() || !to.matches()) {
                throw new IllegalStateException("cannot read the range " + token + " in " + source);
            }
            String rest = end < 0 ? "" : right.substring(end);
            int width = from.group(2).length();
            for (int n = Integer.parseInt(from.group(2)); n <= Integer.parseInt(to.group(1)); n++) {
                codes.add(item(prefix + from.group(1) + String.format("%0" + width + "d", n) + rest)
                        .code());
            }
        }
        return codes;
    }

    /** A change as a percentage of {@code base}, one decimal: {@code 12.5%}. */
    static String percent(BigDecimal change, BigDecimal base) {
        return change.abs()
                        .multiply(BigDecimal.valueOf(100))
                        .divide(base, 1, RoundingMode.HALF_UP)
                        .toPlainString() + "%";
    }
}
