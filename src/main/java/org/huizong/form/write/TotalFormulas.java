package org.huizong.form.write;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.huizong.form.FormDescriptor;
import org.huizong.form.Identity;

/**
 * Writes the totals of a filled form as formulas over their parts, as many bureaus do: one formula per total cell,
 * only where the typed total equals its parts (a wrong total stays the number that was typed).
 */
final class TotalFormulas {

    private final FormDescriptor form;
    private final List<SheetCanvas> canvases;
    private final FilledForm content;

    TotalFormulas(FormDescriptor form, List<SheetCanvas> canvases, FilledForm content) {
        this.form = form;
        this.canvases = canvases;
        this.content = content;
    }

    void write() {
        Set<String> done = new HashSet<>();
        for (Identity identity : form.identities()) {
            String total = identity.anchorItem();
            if (identity.kind() != Identity.Kind.EQUAL
                    || identity.left().size() != 1
                    || done.contains(total)
                    || !consistent(identity)) {
                continue;
            }
            SheetCanvas home = canvasOf(total);
            if (home == null || identity.right().stream().anyMatch(item -> canvasOf(item) == null)) {
                continue;
            }
            StringBuilder formula = new StringBuilder();
            for (String part : identity.right()) {
                SheetCanvas canvas = canvasOf(part);
                formula.append(formula.length() == 0 ? "" : "+").append(canvas.reference(part, canvas != home));
            }
            Cell cell = home.itemCell(total);
            cell.setBlank();
            cell.setCellFormula(formula.toString());
            done.add(total);
        }
    }

    private boolean consistent(Identity identity) {
        if (identity.left().stream().anyMatch(content.rawTexts()::containsKey)
                || identity.right().stream().anyMatch(content.rawTexts()::containsKey)) {
            return false;
        }
        return sum(identity.left()).compareTo(sum(identity.right())) == 0;
    }

    private BigDecimal sum(List<String> items) {
        return items.stream()
                .map(i -> content.values().getOrDefault(i, BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private SheetCanvas canvasOf(String item) {
        return canvases.stream()
                .filter(c -> c.itemCell(item) != null)
                .findFirst()
                .orElse(null);
    }
}
