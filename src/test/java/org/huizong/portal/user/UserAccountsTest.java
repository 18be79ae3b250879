package org.huizong.portal.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.huizong.cli.HuizongCommand;
import org.huizong.fixtures.FixtureWorkbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** users.csv: users are checked against the unit directory, passwords are stored as bcrypt hashes only. */
class UserAccountsTest {

    @TempDir
    Path config;

    @Test
    void aUserIsBoundToAUnitOrCountyOfTheDirectoryAndKeepsOnlyAHashOfItsPassword() throws Exception {
        Files.writeString(config.resolve("units.csv"), FixtureWorkbooks.UNITS_CSV);
        UserAccounts accounts = new UserAccounts(config);
        accounts.add("zhangsan", "张三", Role.BUREAU, FixtureWorkbooks.USCC, "secret-123");
        accounts.add("dongcheng", "东城区", Role.COUNTY, "990102", "secret-456");
        accounts.add("office", null, Role.OFFICE, "ignored", "secret-789");

        String file = Files.readString(config.resolve(UserFile.NAME));
        assertThat(file)
                .startsWith("username,display_name,role,scope,password_hash")
                .doesNotContain("secret-");
        PortalUser bureau = new UserFile(config).find("zhangsan").orElseThrow();
        assertThat(bureau.unitUscc()).isEqualTo(FixtureWorkbooks.USCC);
        assertThat(new BCryptPasswordEncoder().matches("secret-123", bureau.getPassword()))
                .isTrue();
        assertThat(new UserFile(config).find("office").orElseThrow().scope()).isEmpty();

        accounts.setPassword("zhangsan", "another-pass");
        assertThat(new BCryptPasswordEncoder()
                        .matches(
                                "another-pass",
                                new UserFile(config)
                                        .find("zhangsan")
                                        .orElseThrow()
                                        .getPassword()))
                .isTrue();
        assertThat(accounts.list()).extracting(PortalUser::username).containsExactly("dongcheng", "office", "zhangsan");

        assertThatThrownBy(() -> accounts.add("x1", "", Role.BUREAU, "91110000000000000X", "secret-123"))
                .hasMessageContaining("单位名录中没有");
        assertThatThrownBy(() -> accounts.add("x2", "", Role.COUNTY, "999999", "secret-123"))
                .hasMessageContaining("区县代码");
        assertThatThrownBy(() -> accounts.add("x3", "", Role.COUNTY, "990102", "short"))
                .hasMessageContaining("至少");
        assertThatThrownBy(() -> accounts.add("../x", "", Role.OFFICE, "", "secret-123"))
                .hasMessageContaining("用户名");
    }

    @Test
    void theUserCommandAddsAndRefusesWithStatusTwo() throws Exception {
        Files.writeString(config.resolve("units.csv"), FixtureWorkbooks.UNITS_CSV);
        assertThat(HuizongCommand.execute(
                        "user",
                        "add",
                        "lisi",
                        "--role",
                        "COUNTY",
                        "--scope",
                        "990102",
                        "--password",
                        "secret-123",
                        "--config",
                        config.toString()))
                .isEqualTo(HuizongCommand.OK);
        assertThat(HuizongCommand.execute(
                        "user",
                        "add",
                        "wangwu",
                        "--role",
                        "BUREAU",
                        "--scope",
                        "123",
                        "--password",
                        "secret-123",
                        "--config",
                        config.toString()))
                .isEqualTo(HuizongCommand.USAGE);
        assertThat(HuizongCommand.execute(
                        "user", "password", "nobody", "--password", "secret-123", "--config", config.toString()))
                .isEqualTo(HuizongCommand.USAGE);
        assertThat(new UserFile(config).read()).extracting(PortalUser::username).containsExactly("lisi");
    }

    @Test
    void serveRefusesToStartWithoutUsers() throws Exception {
        Files.writeString(config.resolve("units.csv"), FixtureWorkbooks.UNITS_CSV);
        Files.writeString(config.resolve("city.yml"), "code: \"990100\"\nname: 示例市\n");
        assertThat(HuizongCommand.execute("serve", "--config", config.toString(), "--port", "0"))
                .isEqualTo(HuizongCommand.USAGE);
    }
}
