package org.huizong.form;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A report form as data: its sheets, blocks and labels, every item with its type and time aggregation, and the
 * identities that hold between items and the stocks carried from one period to the next. Adding a form is writing a descriptor file (see {@link FormDescriptorParser}).
 */
public record FormDescriptor(
        String code,
        String name,
        PeriodKind periodKind,
        String templateVersion,
        InfoSheetDescriptor info,
        List<SheetDescriptor> sheets,
        List<ItemDescriptor> items,
        List<Identity> identities,
        List<CarryOver> carryOvers,
        HistoryChecks history,
        List<LevelRule> levelRules) {

    public FormDescriptor {
        sheets = List.copyOf(sheets);
        items = List.copyOf(items);
        identities = List.copyOf(identities);
        carryOvers = List.copyOf(carryOvers);
        history = history == null ? HistoryChecks.none() : history;
        levelRules = levelRules == null ? List.of() : List.copyOf(levelRules);
    }

    public Optional<ItemDescriptor> item(String itemCode) {
        return items.stream().filter(i -> i.code().equals(itemCode)).findFirst();
    }

    public Map<String, ItemDescriptor> itemsByCode() {
        Map<String, ItemDescriptor> byCode = new LinkedHashMap<>();
        items.forEach(i -> byCode.put(i.code(), i));
        return byCode;
    }

    public List<String> itemCodes() {
        return items.stream().map(ItemDescriptor::code).toList();
    }

    public Optional<SheetDescriptor> sheet(String sheetCode) {
        return sheets.stream().filter(s -> s.code().equals(sheetCode)).findFirst();
    }
}
