package org.w3id.pfkg.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.w3id.pfkg.problem.ConfigException;

class ServeConfigTest {
  private final ServeConfig defaults = ServeConfig.defaults();

  @Test
  void defaultsBindLoopbackWithThirtySecondTimeout() {
    assertEquals("127.0.0.1", defaults.host());
    assertEquals(3030, defaults.port());
    assertEquals(Duration.ofSeconds(30), defaults.timeout());
    assertEquals(100_000, defaults.maxResultRows());
    assertEquals(1024 * 1024, defaults.maxRequestBytes());
    assertEquals(64L * 1024 * 1024, defaults.maxResultBytes());
    assertEquals(URI.create("https://w3id.org/pfkg/"), defaults.baseIri());
  }

  @Test
  void portZeroAndAllInterfacesAreAccepted() {
    ServeConfig config = defaults.withPort(0).withHost("0.0.0.0");
    assertEquals(0, config.port());
    assertTrue(config.bindsAllInterfaces());
    assertEquals(65535, defaults.withPort(65535).port());
  }

  @Test
  void portOutOfRangeIsRejectedNamingThePort() {
    assertMessageNames("70000", () -> defaults.withPort(70000));
    assertMessageNames("-1", () -> defaults.withPort(-1));
  }

  @Test
  void blankOrMalformedHostIsRejectedNamingTheHost() {
    assertMessageNames("''", () -> defaults.withHost(""));
    assertMessageNames("' localhost'", () -> defaults.withHost(" localhost"));
    assertMessageNames("http://x/", () -> defaults.withHost("http://x/"));
    assertMessageNames("null", () -> defaults.withHost(null));
  }

  @Test
  void zeroOrNegativeTimeoutIsRejectedNamingTheTimeout() {
    assertMessageNames("PT0S", () -> defaults.withTimeout(Duration.ZERO));
    assertMessageNames("PT-5S", () -> defaults.withTimeout(Duration.ofSeconds(-5)));
  }

  @Test
  void rowAndRequestLimitsBelowOneAreRejectedNamingTheValue() {
    assertMessageNames("rows 0", () -> defaults.withMaxResultRows(0));
    assertMessageNames("bytes -3", () -> defaults.withMaxRequestBytes(-3));
    assertMessageNames("result bytes 0", () -> defaults.withMaxResultBytes(0));
  }

  @Test
  void relativeBaseIriOrOneWithoutSlashIsRejectedNamingIt() {
    assertMessageNames(
        "<pfkg/>",
        () -> new ServeConfig(0, "127.0.0.1", Duration.ofSeconds(1), 1, 1, URI.create("pfkg/")));
    assertMessageNames(
        "<https://w3id.org/pfkg>",
        () ->
            new ServeConfig(
                0, "127.0.0.1", Duration.ofSeconds(1), 1, 1, URI.create("https://w3id.org/pfkg")));
  }

  private static void assertMessageNames(String value, Runnable make) {
    ConfigException e = assertThrows(ConfigException.class, make::run);
    assertTrue(e.getMessage().contains(value), e.getMessage());
  }
}
