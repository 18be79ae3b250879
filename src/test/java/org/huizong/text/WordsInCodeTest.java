package org.huizong.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The product says nothing in Chinese in its code: its words come from {@code messages.properties} (and the command
 * line's from {@code cli.properties}). Comments may be Chinese; code, string literals, SQL text blocks and the portal's
 * pages and script may not. Two packages are left out on purpose: {@code form}, whose Chinese is the workbooks' own
 * format and vocabulary (the labels it recognises and the 问题清单 it reads back; its package-info files list them),
 * and {@code demo}, whose Chinese is the sample city's data.
 */
class WordsInCodeTest {

    /** The packages whose Chinese is data, not words (see above). */
    private static final List<String> DATA_PACKAGES = List.of("form/", "demo/");

    @Test
    void noChineseOutsideComments() throws IOException {
        List<String> found = new ArrayList<>();
        Path root = Path.of("src/main/java/org/huizong");
        try (Stream<Path> sources = Files.walk(root)) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String name = root.relativize(source).toString().replace('\\', '/');
                if (DATA_PACKAGES.stream().noneMatch(name::startsWith)) {
                    found.addAll(chineseLines(name, Files.readString(source)));
                }
            }
        }
        assertThat(found).as("Chinese in code (move it to messages.properties)").isEmpty();
    }

    @Test
    void noChineseInThePortalPages() throws IOException {
        List<String> found = new ArrayList<>();
        Path root = Path.of("src/main/resources");
        try (Stream<Path> pages =
                Stream.concat(Files.walk(root.resolve("templates")), Files.walk(root.resolve("static")))) {
            for (Path page : pages.filter(p -> p.toString().matches(".*\\.(html|js)$"))
                    .sorted()
                    .toList()) {
                String html = Files.readString(page).replaceAll("(?s)<!--.*?-->", "");
                if (html.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                    found.add(root.relativize(page).toString());
                }
            }
        }
        assertThat(found)
                .as("pages and scripts with Chinese text (use #{key} of messages.properties)")
                .isEmpty();
    }

    @Test
    void findsChineseInLiteralsButNotInComments() {
        String code = """
                /** 说明 */
                class A {
                    // 注释
                    String a = "/* 不是注释 */";
                    char b = '（';
                    String c = "汇总";
                }
                """;
        assertThat(chineseLines("A.java", code)).containsExactly("A.java:4", "A.java:6");
    }

    /** The lines ({@code file:line}) where a Han character stands outside a comment. */
    static List<String> chineseLines(String file, String code) {
        List<String> lines = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < code.length()) {
            if (code.startsWith("//", i)) {
                int newline = code.indexOf('\n', i);
                i = newline < 0 ? code.length() : newline;
                continue;
            }
            boolean comment = code.startsWith("/*", i);
            char c = code.charAt(i);
            int end = comment ? endOf(code, "*/", i + 2) : c == '"' || c == '\'' ? literalEnd(code, i) : i + 1;
            for (int j = i; j < end; j++) {
                String at = file + ":" + line;
                if (!comment
                        && Character.UnicodeScript.of(code.charAt(j)) == Character.UnicodeScript.HAN
                        && !lines.contains(at)) {
                    lines.add(at);
                }
                if (code.charAt(j) == '\n') {
                    line++;
                }
            }
            i = end;
        }
        return lines;
    }

    /** Just after the literal (string, char or text block) that starts at {@code start}. */
    private static int literalEnd(String code, int start) {
        if (code.startsWith("\"\"\"", start)) {
            return endOf(code, "\"\"\"", start + 3);
        }
        char quote = code.charAt(start);
        int i = start + 1;
        while (i < code.length() && code.charAt(i) != quote && code.charAt(i) != '\n') {
            i += code.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, code.length());
    }

    private static int endOf(String code, String end, int from) {
        int at = code.indexOf(end, from);
        return at < 0 ? code.length() : at + end.length();
    }
}
