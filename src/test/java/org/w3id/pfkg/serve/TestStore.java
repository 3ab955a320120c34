package org.w3id.pfkg.serve;

import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.RDFS;

/** A TDB2 store shaped like the published one: named graphs only, nothing in the default graph. */
final class TestStore {
  static final String BASE = "https://w3id.org/pfkg/";
  static final String CASE_GRAPH = BASE + "graph/case/gulmire-imin";
  static final String ENTITIES_GRAPH = BASE + "graph/entities";
  static final String JOURNALIST = BASE + "id/journalist/gulmire-imin";
  static final String PLACE = BASE + "id/place/urumqi";
  static final String SCHEMA = "http://schema.org/";

  /** Triples in the store, over both graphs. */
  static final int TRIPLE_COUNT = 12;

  private TestStore() {}

  static Dataset create(Path folder) {
    Dataset dataset = TDB2Factory.connectDataset(folder.toString());
    Txn.executeWrite(
        dataset,
        () -> {
          dataset.addNamedModel(CASE_GRAPH, caseGraph());
          dataset.addNamedModel(ENTITIES_GRAPH, entitiesGraph());
        });
    return dataset;
  }

  private static Model caseGraph() {
    Model model = ModelFactory.createDefaultModel();
    Resource journalist = model.createResource(JOURNALIST);
    journalist.addProperty(model.createProperty(SCHEMA, "name"), "Gulmire Imin");
    journalist.addProperty(
        model.createProperty(SCHEMA, "homeLocation"), model.createResource(PLACE));
    for (int i = 1; i <= 4; i++) {
      model
          .createResource(BASE + "id/event/gulmire-imin/e" + i)
          .addProperty(model.createProperty(BASE + "ontology#", "concerns"), journalist);
    }
    return model;
  }

  private static Model entitiesGraph() {
    Model model = ModelFactory.createDefaultModel();
    Resource place = model.createResource(PLACE);
    place.addProperty(model.createProperty(SCHEMA, "name"), "Ürümqi");
    place.addProperty(RDFS.label, "Urumqi", "en");
    for (int i = 1; i <= 4; i++) {
      model.createResource(BASE + "id/place/p" + i).addProperty(RDFS.label, "place " + i);
    }
    return model;
  }
}
