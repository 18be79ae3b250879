package org.huizong.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The command line's words come from cli.properties: every command and every option or parameter of every command
 * has a description there, in Chinese, so a new option without words fails here rather than showing an empty line in
 * {@code --help}.
 */
class CommandWordsTest {

    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    @Test
    void everyCommandAndOptionIsDescribedInChinese() {
        List<String> undescribed = new ArrayList<>();
        for (CommandLine command : commands(HuizongCommand.commandLine())) {
            CommandSpec spec = command.getCommandSpec();
            if (!chinese(spec.usageMessage().description())) {
                undescribed.add(spec.qualifiedName());
            }
            for (ArgSpec argument : spec.args()) {
                if (!chinese(argument.description())) {
                    undescribed.add(spec.qualifiedName() + " " + name(argument));
                }
            }
        }
        assertThat(undescribed).isEmpty();
    }

    @Test
    void theWordsAreTheBundlesNotTheAnnotations() {
        CommandSpec monthly =
                HuizongCommand.commandLine().getSubcommands().get("monthly").getCommandSpec();

        assertThat(monthly.usageMessage().description())
                .containsExactly("月度任务：读取 input/<期>/ 的全部工作簿，校验、入库、汇总，输出到 output/<期>/");
        assertThat(monthly.findOption("--config").description())
                .containsExactly("配置目录：units.csv、city.yml、附加表式（默认 jobs/config）");
        CommandSpec template =
                HuizongCommand.commandLine().getSubcommands().get("template").getCommandSpec();
        assertThat(template.findOption("--config").description())
                .containsExactly("配置目录：units.csv、附加表式（默认 jobs/config）");
    }

    private static List<CommandLine> commands(CommandLine root) {
        List<CommandLine> all = new ArrayList<>(List.of(root));
        for (CommandLine sub : root.getSubcommands().values()) {
            all.addAll(commands(sub));
        }
        return all;
    }

    private static boolean chinese(String[] lines) {
        return lines.length > 0 && CHINESE.matcher(String.join("", lines)).find();
    }

    private static String name(ArgSpec argument) {
        return argument instanceof OptionSpec option ? option.longestName() : argument.paramLabel();
    }
}
