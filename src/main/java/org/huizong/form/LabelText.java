package org.huizong.form;

import java.text.Normalizer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * How labels are compared: full-width and half-width forms fold together (NFKC), white space and line breaks
 * vanish, all quote marks are one, and a leading enumeration ({@code 一、}, {@code （三）}, {@code 1.}) is ignored.
 */
public final class LabelText {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00a0\\u3000\\u200b\\ufeff]+");
    private static final Pattern QUOTES = Pattern.compile("[\"'“”‘’「」『』]");
    private static final Pattern ENUMERATION =
            Pattern.compile("^(?:[一二三四五六七八九十]+[、.]|\\([一二三四五六七八九十]+\\)|\\d+[、.)]|\\(\\d+\\))");

    /** Labels repeat in every workbook of a form: each distinct text is folded once (bounded, cleared when full). */
    private static final int CACHE_LIMIT = 50_000;

    private static final Map<String, String> CANONICAL = new ConcurrentHashMap<>();
    private static final Map<String, String> CORE = new ConcurrentHashMap<>();

    private LabelText() {}

    /** The text with width, white space and quotes folded, enumeration kept. */
    public static String canonical(String text) {
        if (text == null) {
            return "";
        }
        return cached(CANONICAL, text, LabelText::fold);
    }

    private static String fold(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        folded = WHITESPACE.matcher(folded).replaceAll("");
        return QUOTES.matcher(folded).replaceAll("\"");
    }

    /** The canonical text without its leading enumeration: what two labels must share to be the same label. */
    public static String core(String text) {
        if (text == null) {
            return "";
        }
        return cached(CORE, text, t -> ENUMERATION.matcher(canonical(t)).replaceFirst(""));
    }

    private static String cached(Map<String, String> cache, String text, UnaryOperator<String> compute) {
        String known = cache.get(text);
        if (known != null) {
            return known;
        }
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        String computed = compute.apply(text);
        cache.put(text, computed);
        return computed;
    }

    public static boolean sameLabel(String a, String b) {
        return core(a).equals(core(b));
    }
}
