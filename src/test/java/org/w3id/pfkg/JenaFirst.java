package org.w3id.pfkg;

import org.apache.jena.sys.JenaSystem;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Initialises Jena once, on the launcher's thread, before any test class runs. Slow classes run two
 * at a time, and Jena's static initialisation deadlocks when several threads start it together (a
 * clean-clone run hung with three classes each waiting in a Jena class initialiser).
 */
public final class JenaFirst implements LauncherSessionListener {
  @Override
  public void launcherSessionOpened(LauncherSession session) {
    JenaSystem.init();
  }
}
