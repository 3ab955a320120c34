package org.w3id.pfkg.serve.site;

import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.w3id.pfkg.vocab.Iris;

/**
 * The domain objects the site's routes call, made once per server.
 *
 * @param endpointPath the SPARQL endpoint's path, e.g. {@code /sparql}
 */
record Site(
    Iris iris,
    SitePaths paths,
    String endpointPath,
    ResourceDescriber describer,
    JournalistViewReader journalists,
    ResourceViewReader resources,
    DatasetStats stats,
    DumpFolder dumps,
    ExampleQueries queries,
    PageRenderer renderer,
    ServedAddress address,
    OntologyDocs ontology) {

  static Site of(
      Dataset dataset,
      String base,
      String endpointPath,
      Optional<Path> dumps,
      Optional<String> publicBase) {
    Iris iris = new Iris(base);
    SitePaths paths = new SitePaths(base);
    return new Site(
        iris,
        paths,
        endpointPath,
        new ResourceDescriber(dataset, iris),
        new JournalistViewReader(dataset, paths),
        new ResourceViewReader(dataset, paths, PropertyLabels.fromClasspath(iris)),
        new DatasetStats(dataset, paths, iris),
        new DumpFolder(dumps),
        ExampleQueries.fromClasspath(),
        new PageRenderer(),
        new ServedAddress(publicBase),
        new OntologyDocs(dataset, iris, paths));
  }
}
