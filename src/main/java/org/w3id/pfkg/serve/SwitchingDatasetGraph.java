package org.w3id.pfkg.serve;

import org.apache.jena.query.Query;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.util.Context;

/**
 * The dataset the server's endpoint and pages read: whatever store {@link LiveRelease} holds as
 * live. A transaction pins one store for its thread from {@code begin} to {@code end}, so that a
 * request reads one release from start to finish even when a new one is published meanwhile; reads
 * outside a transaction go to the live store.
 *
 * <p>Queries are planned by the engine of the pinned store (TDB2's, with its union default graph),
 * through {@link #ENGINE}, which Jena's registry asks before its own factories.
 */
final class SwitchingDatasetGraph extends DatasetGraphWrapper {
  private final LiveRelease live;
  private final ThreadLocal<LiveRelease.Store> pinned = new ThreadLocal<>();

  SwitchingDatasetGraph(LiveRelease live) {
    super(live.peek().dataset().asDatasetGraph());
    this.live = live;
    register();
  }

  private static synchronized void register() {
    if (!QueryEngineRegistry.containsFactory(ENGINE)) {
      QueryEngineRegistry.addFactory(ENGINE);
    }
  }

  @Override
  protected DatasetGraph get() {
    LiveRelease.Store store = pinned.get();
    return (store != null ? store : live.peek()).dataset().asDatasetGraph();
  }

  @Override
  public Context getContext() {
    // Each store has its own context: the site keys its per-release caches on it.
    return get().getContext();
  }

  @Override
  public void begin(TxnType type) {
    DatasetGraph store = pin();
    try {
      store.begin(type);
    } catch (RuntimeException e) {
      unpinAfterFailedBegin();
      throw e;
    }
  }

  @Override
  public void begin(ReadWrite mode) {
    DatasetGraph store = pin();
    try {
      store.begin(mode);
    } catch (RuntimeException e) {
      unpinAfterFailedBegin();
      throw e;
    }
  }

  @Override
  public void begin() {
    DatasetGraph store = pin();
    try {
      store.begin();
    } catch (RuntimeException e) {
      unpinAfterFailedBegin();
      throw e;
    }
  }

  @Override
  public void commit() {
    get().commit();
  }

  @Override
  public void abort() {
    get().abort();
  }

  @Override
  public void end() {
    LiveRelease.Store store = pinned.get();
    if (store == null) {
      return; // as TDB2 does: end() outside a transaction is allowed and does nothing
    }
    try {
      store.dataset().asDatasetGraph().end();
    } finally {
      pinned.remove();
      live.release(store);
    }
  }

  /** Undoes a pin whose begin failed, so that the store is not held for ever. */
  private void unpinAfterFailedBegin() {
    LiveRelease.Store store = pinned.get();
    if (store != null && !store.dataset().asDatasetGraph().isInTransaction()) {
      pinned.remove();
      live.release(store);
    }
  }

  @Override
  public boolean isInTransaction() {
    return pinned.get() != null && get().isInTransaction();
  }

  private DatasetGraph pin() {
    LiveRelease.Store store = pinned.get();
    if (store == null) {
      store = live.acquire();
      pinned.set(store);
    }
    return store.dataset().asDatasetGraph();
  }

  /** Plans a query over the store the current transaction pinned, with that store's engine. */
  static final QueryEngineFactory ENGINE =
      new QueryEngineFactory() {
        @Override
        public boolean accept(Query query, DatasetGraph dataset, Context context) {
          return dataset instanceof SwitchingDatasetGraph;
        }

        @Override
        public Plan create(Query query, DatasetGraph dataset, Binding input, Context context) {
          DatasetGraph store = ((SwitchingDatasetGraph) dataset).get();
          return QueryEngineRegistry.findFactory(query, store, context)
              .create(query, store, input, context);
        }

        @Override
        public boolean accept(Op op, DatasetGraph dataset, Context context) {
          return dataset instanceof SwitchingDatasetGraph;
        }

        @Override
        public Plan create(Op op, DatasetGraph dataset, Binding input, Context context) {
          DatasetGraph store = ((SwitchingDatasetGraph) dataset).get();
          return QueryEngineRegistry.findFactory(op, store, context)
              .create(op, store, input, context);
        }
      };
}
