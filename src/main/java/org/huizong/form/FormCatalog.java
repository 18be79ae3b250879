package org.huizong.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The forms the product knows: the bundled descriptors ({@code forms/GIA-M.yml}, {@code forms/GIA-Y.yml}) plus any
 * descriptor a city drops into {@code <config>/forms/}, which may also replace a bundled one by its code.
 */
public final class FormCatalog {

    public static final String MONTHLY = "GIA-M";
    public static final String ANNUAL = "GIA-Y";
    private static final List<String> BUNDLED = List.of(MONTHLY, ANNUAL);

    private final Map<String, FormDescriptor> forms;

    private FormCatalog(Map<String, FormDescriptor> forms) {
        this.forms = Map.copyOf(forms);
    }

    public static FormCatalog load(Path configDirectory) {
        FormDescriptorParser parser = new FormDescriptorParser();
        Map<String, FormDescriptor> forms = new LinkedHashMap<>();
        for (String code : BUNDLED) {
            String resource = "/forms/" + code + ".yml";
            try (InputStream in = FormCatalog.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new InvalidFormDescriptorException(resource, "not on the class path");
                }
                FormDescriptor form = parser.parse(in, resource);
                forms.put(form.code(), form);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Path extra = configDirectory == null ? null : configDirectory.resolve("forms");
        if (extra != null && Files.isDirectory(extra)) {
            try (Stream<Path> files = Files.list(extra)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".yml"))
                        .sorted()
                        .toList()) {
                    try (InputStream in = Files.newInputStream(file)) {
                        FormDescriptor form = parser.parse(in, file.toString());
                        forms.put(form.code(), form);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new FormCatalog(forms);
    }

    public static FormCatalog bundled() {
        return load(null);
    }

    public FormDescriptor get(String code) {
        FormDescriptor form = forms.get(code);
        if (form == null) {
            throw new IllegalArgumentException("unknown form " + code + "; known: " + forms.keySet());
        }
        return form;
    }

    public List<FormDescriptor> all() {
        return List.copyOf(forms.values());
    }
}
