package org.huizong.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.huizong.text.Messages;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A mistake in the command as the operator reads it: in Chinese, naming what is missing or not understood, with the
 * closest command or option for a mistyped one, then the command's usage.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        commandLine.getErr().println(message(e));
        commandLine.usage(commandLine.getErr());
        return HuizongCommand.USAGE;
    }

    static String message(ParameterException e) {
        if (e instanceof MissingParameterException missing) {
            return Messages.text(
                    "cli.usage.missing",
                    missing.getMissing().stream()
                            .map(UsageErrors::name)
                            .collect(Collectors.joining(Messages.text("cli.list.separator"))));
        }
        if (e instanceof UnmatchedArgumentException unmatched) {
            List<String> suggestions = unmatched.getSuggestions();
            String unknown = String.join(" ", unmatched.getUnmatched());
            return suggestions.isEmpty()
                    ? Messages.text("cli.usage.unknown", unknown)
                    : Messages.text(
                            "cli.usage.unknown.suggest",
                            unknown,
                            String.join(Messages.text("cli.list.separator"), suggestions));
        }
        return Messages.text("cli.usage.malformed", e.getMessage());
    }

    private static String name(ArgSpec spec) {
        return spec instanceof OptionSpec option ? option.longestName() + " " + option.paramLabel() : spec.paramLabel();
    }
}
