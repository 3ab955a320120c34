package org.w3id.pfkg.cli;

import picocli.CommandLine.Command;

@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Export what the built graph knows in other formats.",
    subcommands = {QuickStatementsCommand.class})
final class ExportCommand {}
