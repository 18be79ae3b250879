package org.huizong.form;

import java.util.List;
import java.util.Map;

/** Typed access to one mapping of a parsed YAML document, failing with the key's name when it is missing. */
public record YamlNode(Map<?, ?> map, String source) {

    public String text(String key) {
        String value = optionalText(key);
        if (value == null) {
            throw new IllegalArgumentException("missing '" + key + "' in " + map);
        }
        return value;
    }

    public String optionalText(String key) {
        Object value = map.get(key);
        return value == null ? null : String.valueOf(value);
    }

    public boolean bool(String key) {
        return Boolean.TRUE.equals(map.get(key));
    }

    public List<String> texts(String key) {
        Object value = map.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException("'" + key + "' must be a list in " + map);
        }
        return list.stream().map(String::valueOf).toList();
    }

    public YamlNode node(String key) {
        Object value = map.get(key);
        if (!(value instanceof Map<?, ?> child)) {
            throw new IllegalArgumentException("missing mapping '" + key + "'");
        }
        return new YamlNode(child, source);
    }

    public YamlNode optionalNode(String key) {
        return map.get(key) == null ? null : node(key);
    }

    public List<YamlNode> nodes(String key) {
        Object value = map.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException("'" + key + "' must be a list");
        }
        return list.stream().map(v -> new YamlNode((Map<?, ?>) v, source)).toList();
    }

    public <E extends Enum<E>> E enumValue(String key, Class<E> type, E fallback) {
        String value = optionalText(key);
        return value == null ? fallback : Enum.valueOf(type, value);
    }
}
