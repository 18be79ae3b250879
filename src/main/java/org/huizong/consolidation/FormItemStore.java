package org.huizong.consolidation;

import org.huizong.form.FormDescriptor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Keeps the item list of a form in the database, in form order, so that consolidation can list every item. */
public final class FormItemStore {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    public FormItemStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public void register(FormDescriptor form) {
        jdbc.sql("DELETE FROM form_item WHERE form_code = :form")
                .param("form", form.code())
                .update();
        var codes = form.itemCodes();
        SqlParameterSource[] rows = new SqlParameterSource[codes.size()];
        for (int i = 0; i < codes.size(); i++) {
            rows[i] = new MapSqlParameterSource()
                    .addValue("form", form.code())
                    .addValue("item", codes.get(i))
                    .addValue("ordinal", i);
        }
        batch.batchUpdate("INSERT INTO form_item (form_code, item, ordinal) VALUES (:form, :item, :ordinal)", rows);
    }
}
