package org.w3id.pfkg.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.atlas.logging.Log;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.pfkg.problem.ConfigException;
import org.w3id.pfkg.publish.ReleaseLayout;

/**
 * The store of the release the output folder's {@code current} link names, followed as the link
 * changes: each use first looks at the link (one {@code readlink}, microseconds), and when a build
 * has published a new release opens its store, serves new work from it, and closes the old store
 * once the last request that was using it has finished. Store, pages, {@code /} and {@code /dumps/}
 * thus change together within one request of the publish, without a restart, and a server never
 * reads the files of a release a later build pruned.
 */
final class LiveRelease implements AutoCloseable {
  /** One opened store and the number of requests using it. */
  static final class Store {
    private final Path folder;
    private final Dataset dataset;
    private int users;
    private boolean retired;

    private Store(Path folder, Dataset dataset) {
      this.folder = folder;
      this.dataset = dataset;
    }

    Dataset dataset() {
      return dataset;
    }

    Path folder() {
      return folder;
    }
  }

  private final ReleaseLayout layout;
  private Store current;
  private Path unopenable;
  private boolean closed;

  LiveRelease(Path out) {
    this.layout = new ReleaseLayout(out);
    this.current = open(liveStore());
  }

  /** The live store, for one request; give it back with {@link #release}. */
  synchronized Store acquire() {
    if (closed) {
      throw new IllegalStateException("the server is stopping");
    }
    follow();
    current.users++;
    return current;
  }

  synchronized void release(Store store) {
    store.users--;
    if (store.retired && store.users == 0) {
      expel(store);
    }
  }

  /**
   * The id of the live release (its folder's name), after following the link: what a request served
   * now would read.
   */
  synchronized String id() {
    if (!closed) {
      follow();
    }
    return current.folder.getParent().getFileName().toString();
  }

  /** The live store now, without holding it: for settings, not for reading data. */
  synchronized Store peek() {
    return current;
  }

  @Override
  public synchronized void close() {
    closed = true;
    current.retired = true;
    if (current.users == 0) {
      expel(current);
    }
  }

  private void follow() {
    Optional<Path> live = layout.live();
    if (live.isEmpty()) {
      return; // the link is being swapped or was removed: keep serving what we have
    }
    Path store = live.get().resolve("store");
    if (store.equals(current.folder) || store.equals(unopenable) || !Files.isDirectory(store)) {
      return;
    }
    Store old = current;
    try {
      current = open(store);
    } catch (RuntimeException e) {
      // A store that cannot be opened must not turn every request into a 500: keep serving the
      // release we have, say so once, and try again when the link names another release.
      Log.warn(this, "cannot open the new release's store " + store + ": " + e.getMessage());
      unopenable = store;
      return;
    }
    old.retired = true;
    if (old.users == 0) {
      expel(old);
    }
  }

  private Path liveStore() {
    Optional<Path> live = layout.live();
    Path store = live.map(l -> l.resolve("store")).orElse(null);
    if (store == null || !Files.isDirectory(store)) {
      throw new ConfigException("no published store in " + layout.store() + " (run `pfkg build`)");
    }
    try {
      return store.toRealPath();
    } catch (IOException e) {
      throw new ConfigException("cannot read the published store " + store + ": " + e);
    }
  }

  private static Store open(Path store) {
    Dataset dataset = TDB2Factory.connectDataset(store.toString());
    dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    return new Store(store, dataset);
  }

  private static void expel(Store store) {
    TDBInternal.expel(store.dataset.asDatasetGraph());
  }
}
