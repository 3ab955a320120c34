package org.w3id.pfkg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version of the POM, from {@code version.properties}, which Maven's resource filtering writes
 * at build time (so it is right in the jar and when run from classes alike).
 */
final class VersionProvider implements IVersionProvider {
  static final String RESOURCE = "version.properties";

  @Override
  public String[] getVersion() {
    return new String[] {"pfkg " + version()};
  }

  static String version() {
    Properties properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String version = properties.getProperty("version", "");
    if (version.isEmpty() || version.startsWith("${")) {
      String fromManifest = Main.class.getPackage().getImplementationVersion();
      return fromManifest == null ? "unknown (not built by Maven)" : fromManifest;
    }
    return version;
  }
}
