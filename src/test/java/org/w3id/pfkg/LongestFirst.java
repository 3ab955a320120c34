package org.w3id.pfkg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Orders the test classes so that the two threads that run them start with the longest ones and
 * with the chains of classes that take turns on one shared fixture, and end with the short ones: a
 * long class or chain started last keeps one core busy while the other idles.
 *
 * <p>JUnit's parallel executor forks the classes in this order: its first worker runs the last
 * forked class first and works upwards, the others (one, or more while a thread waits on a lock)
 * take them from the first down. {@code longest-test-classes.txt} names the classes of each end:
 * those above its {@code ---} line go first, those below it last, both in the file's order. Every
 * other class keeps its place between them. A class missing from the file, or a file out of date,
 * costs time, never a test.
 */
public final class LongestFirst implements ClassOrderer {
  private static final List<List<String>> ENDS = ends("/longest-test-classes.txt");

  @Override
  public void orderClasses(ClassOrdererContext context) {
    List<? extends ClassDescriptor> classes = context.getClassDescriptors();
    Map<String, ClassDescriptor> bySimpleName = new HashMap<>();
    for (ClassDescriptor c : classes) {
      bySimpleName.putIfAbsent(c.getTestClass().getSimpleName(), c);
    }
    List<ClassDescriptor> front = pick(ENDS.get(0), bySimpleName);
    List<ClassDescriptor> back = pick(ENDS.get(1), bySimpleName);
    List<ClassDescriptor> ordered = new ArrayList<>(front);
    for (ClassDescriptor c : classes) {
      if (!front.contains(c) && !back.contains(c)) {
        ordered.add(c);
      }
    }
    ordered.addAll(back);
    // The context's list is the one JUnit runs; it takes the new order in place.
    @SuppressWarnings("unchecked")
    List<ClassDescriptor> target = (List<ClassDescriptor>) classes;
    target.clear();
    target.addAll(ordered);
  }

  private static List<ClassDescriptor> pick(
      List<String> names, Map<String, ClassDescriptor> bySimpleName) {
    List<ClassDescriptor> picked = new ArrayList<>();
    for (String name : names) {
      ClassDescriptor c = bySimpleName.get(name);
      if (c != null && !picked.contains(c)) {
        picked.add(c);
      }
    }
    return picked;
  }

  /** The front's names and the back's, in the file's order. */
  private static List<List<String>> ends(String resource) {
    List<String> front = new ArrayList<>();
    List<String> back = new ArrayList<>();
    try (InputStream in = LongestFirst.class.getResourceAsStream(resource)) {
      if (in == null) {
        return List.of(front, back);
      }
      List<String> into = front;
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String name = line.strip();
        if (name.equals("---")) {
          into = back;
        } else if (!name.isEmpty() && !name.startsWith("#")) {
          into.add(name);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.of(front, back);
  }
}
