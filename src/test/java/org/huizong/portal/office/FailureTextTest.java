package org.huizong.portal.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import org.junit.jupiter.api.Test;

/** A failed run reads in Chinese with the path it names; a class name or an English message never reaches the page. */
class FailureTextTest {

    @Test
    void theInnermostCauseTheOfficeCanActOnWithItsPath() {
        String trace = """
                java.io.UncheckedIOException: cannot create the period's output folder
                \tat org.huizong.monthly.MonthlyJobConfiguration.lambda$outputFolderStep$0(MonthlyJobConfiguration.java:228)
                Caused by: java.nio.file.FileAlreadyExistsException: /srv/huizong/output/2026-10
                \tat java.base/sun.nio.fs.UnixException.translateToIOException(UnixException.java:94)
                """;
        assertThat(FailureText.of(trace)).isEqualTo("要写入的位置已有同名文件或文件夹（/srv/huizong/output/2026-10），请移走或改名");
        assertThat(FailureText.of(
                        new UncheckedIOException("x", new AccessDeniedException("/srv/huizong/input/2026-10"))))
                .isEqualTo("没有读写权限（/srv/huizong/input/2026-10）");
        assertThat(FailureText.of(new FileAlreadyExistsException("relative/name")))
                .contains("未说明位置");
    }

    @Test
    void anythingElsePointsToTheLog() {
        assertThat(FailureText.of("java.lang.IllegalStateException: the fixture's monthly job did not complete"))
                .isEqualTo("程序出错，详情见服务器日志 logs/huizong.log");
        assertThat(FailureText.of(new org.springframework.dao.DataAccessResourceFailureException("Connection refused")))
                .startsWith("数据库出错");
        assertThat(FailureText.of((String) null)).startsWith("原因未记录");
    }
}
