package org.w3id.pfkg.cli;

import java.nio.file.Path;
import org.w3id.pfkg.config.BuildConfig;
import picocli.CommandLine.Option;

/** The output folder alone, for commands that read a built store and no corpus. */
final class StoreOption {
  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Output folder for releases, store and dumps. Default: ${DEFAULT-VALUE}.")
  Path out = BuildConfig.DEFAULT_OUT;
}
