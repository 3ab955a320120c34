package org.w3id.pfkg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Orders the test classes so that the two threads that run them start with the longest and end with
 * the short ones: a long class started last would keep one core busy while the other idles.
 *
 * <p>JUnit's parallel executor forks the classes in this order; one worker takes them from the
 * front and the other from the back. So the classes of {@code longest-test-classes.txt} (slowest
 * first, from the surefire reports of a whole run) go to both ends in turn, the slowest at the
 * front, the next at the back, and so on inwards; every other class keeps its place between them. A
 * class missing from the list, or a list out of date, costs time, never a test.
 */
public final class LongestFirst implements ClassOrderer {
  private static final Map<String, Integer> RANK = rank("/longest-test-classes.txt");

  @Override
  public void orderClasses(ClassOrdererContext context) {
    List<? extends ClassDescriptor> classes = context.getClassDescriptors();
    List<ClassDescriptor> listed = new ArrayList<>();
    List<ClassDescriptor> others = new ArrayList<>();
    for (ClassDescriptor c : classes) {
      (RANK.containsKey(c.getTestClass().getSimpleName()) ? listed : others).add(c);
    }
    listed.sort(Comparator.comparingInt(c -> RANK.get(c.getTestClass().getSimpleName())));
    List<ClassDescriptor> front = new ArrayList<>();
    List<ClassDescriptor> back = new ArrayList<>();
    for (int i = 0; i < listed.size(); i++) {
      (i % 2 == 0 ? front : back).add(listed.get(i));
    }
    List<ClassDescriptor> ordered = new ArrayList<>(front);
    ordered.addAll(others);
    for (int i = back.size() - 1; i >= 0; i--) {
      ordered.add(back.get(i));
    }
    // The context's list is the one JUnit runs; it takes the new order in place.
    @SuppressWarnings("unchecked")
    List<ClassDescriptor> target = (List<ClassDescriptor>) classes;
    target.clear();
    target.addAll(ordered);
  }

  private static Map<String, Integer> rank(String resource) {
    Map<String, Integer> rank = new HashMap<>();
    try (InputStream in = LongestFirst.class.getResourceAsStream(resource)) {
      if (in == null) {
        return rank;
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String name = line.strip();
        if (!name.isEmpty() && !name.startsWith("#")) {
          rank.putIfAbsent(name, rank.size());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rank;
  }
}
