package org.huizong.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.huizong.fixtures.Suites;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The pages take their words from messages.properties: a message with arguments is filled in by the page, one that
 * portal.js fills in reaches the page with its {0} intact.
 */
@Tag(Suites.DATABASE)
class PortalPageTextsTests extends PortalTestContext {

    @Test
    void aPageHasItsWordsAndCarriesTheScriptsTexts() throws Exception {
        String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("<title>登录 · 汇总 政务公开统计</title>")
                .contains("<label for=\"username\">用户名</label>")
                .contains("<meta name=\"text:upload.tooLarge\" content=\"文件超过 {0} MB，请删去多余的工作表或图片后再上传。\">")
                .doesNotContain("??");
    }
}
