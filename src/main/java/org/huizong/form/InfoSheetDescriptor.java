package org.huizong.form;

import java.util.List;

/** Sheet 基本信息: who reports, for which period. */
public record InfoSheetDescriptor(String name, List<String> aliases, List<InfoField> fields) {

    public InfoSheetDescriptor {
        aliases = List.copyOf(aliases);
        fields = List.copyOf(fields);
    }

    public String labelOf(String key) {
        return fields.stream()
                .filter(f -> f.key().equals(key))
                .map(InfoField::label)
                .findFirst()
                .orElse(key);
    }
}
