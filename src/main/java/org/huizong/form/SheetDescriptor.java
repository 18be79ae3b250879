package org.huizong.form;

import java.util.List;

/**
 * A table sheet of a form. The reader recognises it by its name or an alias inside the workbook's sheet name
 * ({@code 表三 申请情况}, {@code 表3}), or failing that by the keyword of its title somewhere on the sheet.
 *
 * @param yearToDate the sheet reports the state since the start of the calendar year (本年累计), not the period's flow
 */
public record SheetDescriptor(
        String code,
        String name,
        List<String> aliases,
        String title,
        String keyword,
        List<BlockDescriptor> blocks,
        boolean yearToDate) {

    public SheetDescriptor {
        aliases = List.copyOf(aliases);
        blocks = List.copyOf(blocks);
    }

    /** The name first, then the aliases. */
    public List<String> names() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), aliases.stream())
                .toList();
    }
}
