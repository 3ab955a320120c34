package org.w3id.pfkg.serve.site;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.shared.PrefixMapping;

/**
 * The SHACL constraints of {@code ontology/shapes.ttl} in words, for the ontology page: for a class
 * those of the node shapes that target it, for a property those of every property shape whose path
 * it is, each with the shape's own message (which says what an editor must fix).
 */
final class ShapeConstraints {

  /** Constraint parameters in the order they are shown, with how each reads. */
  private static final List<String[]> PARAMETERS =
      List.of(
          new String[] {"minCount", "at least %s"},
          new String[] {"maxCount", "at most %s"},
          new String[] {"class", "instance of %s"},
          new String[] {"datatype", "datatype %s"},
          new String[] {"nodeKind", "node kind %s"},
          new String[] {"hasValue", "has value %s"},
          new String[] {"in", "one of %s"},
          new String[] {"node", "conforms to %s"},
          new String[] {"pattern", "matches /%s/"},
          new String[] {"minLength", "length at least %s"},
          new String[] {"maxLength", "length at most %s"},
          new String[] {"minInclusive", ">= %s"},
          new String[] {"maxInclusive", "<= %s"},
          new String[] {"or", "one of the alternatives %s"});

  private final Model shapes;
  private final PrefixMapping prefixes;

  ShapeConstraints(Model shapes, PrefixMapping prefixes) {
    this.shapes = shapes;
    this.prefixes = PrefixMapping.Factory.create().setNsPrefixes(prefixes);
    this.prefixes.setNsPrefixes(shapes.getNsPrefixMap());
  }

  /** The constraints on instances of the class {@code iri}. */
  List<String> onClass(String iri) {
    List<String> out = new ArrayList<>();
    Resource cls = shapes.createResource(iri);
    for (Resource shape : shapes.listSubjectsWithProperty(sh("targetClass"), cls).toList()) {
      String own = describe(shape);
      if (!own.isEmpty()) {
        out.add(name(shape) + ": " + own + message(shape));
      }
      for (RDFNode p : shapes.listObjectsOfProperty(shape, sh("property")).toList()) {
        Resource property = p.asResource();
        out.add(
            name(shape) + ", " + path(property) + ": " + describe(property) + message(property));
      }
      for (RDFNode s : shapes.listObjectsOfProperty(shape, sh("sparql")).toList()) {
        out.add(name(shape) + ", SPARQL check" + message(s.asResource()));
      }
    }
    return out.stream().sorted().toList();
  }

  /** The constraints on values of the property {@code iri}, wherever a shape sets them. */
  List<String> onProperty(String iri) {
    List<String> out = new ArrayList<>();
    Resource property = shapes.createResource(iri);
    for (Resource shape : shapes.listSubjectsWithProperty(sh("path"), property).toList()) {
      out.add("on " + focus(shape) + ": " + describe(shape) + message(shape));
    }
    return out.stream().sorted().toList();
  }

  /** What the shape that holds a property shape targets, e.g. "pf:Journalist". */
  private String focus(Resource propertyShape) {
    List<Resource> owners = shapes.listSubjectsWithProperty(sh("property"), propertyShape).toList();
    if (owners.isEmpty()) {
      return "(nested shape)";
    }
    Resource owner = owners.get(0);
    List<String> targets = new ArrayList<>();
    for (String target : List.of("targetClass", "targetObjectsOf", "targetSubjectsOf")) {
      for (RDFNode t : shapes.listObjectsOfProperty(owner, sh(target)).toList()) {
        targets.add((target.equals("targetClass") ? "" : target.substring(6) + " ") + display(t));
      }
    }
    return targets.isEmpty() ? name(owner) : String.join(", ", targets);
  }

  private String describe(Resource shape) {
    List<String> parts = new ArrayList<>();
    for (String[] parameter : PARAMETERS) {
      for (Statement s : shape.listProperties(sh(parameter[0])).toList()) {
        parts.add(String.format(parameter[1], value(parameter[0], s.getObject())));
      }
    }
    return String.join(", ", parts);
  }

  private String value(String parameter, RDFNode value) {
    if ((parameter.equals("in") || parameter.equals("or")) && value.canAs(RDFList.class)) {
      return value.as(RDFList.class).asJavaList().stream()
          .map(v -> parameter.equals("or") ? "[" + describeNested(v) + "]" : display(v))
          .collect(Collectors.joining(" | ", "(", ")"));
    }
    return display(value);
  }

  private String describeNested(RDFNode node) {
    if (!node.isResource()) {
      return display(node);
    }
    Resource r = node.asResource();
    String path = r.hasProperty(sh("path")) ? path(r) + " " : "";
    return path + describe(r);
  }

  private String path(Resource propertyShape) {
    Statement path = propertyShape.getProperty(sh("path"));
    return path == null ? "?" : display(path.getObject());
  }

  private String message(Resource shape) {
    Statement m = shape.getProperty(sh("message"));
    return m == null ? "" : " — " + m.getString();
  }

  private String name(Resource shape) {
    return shape.isURIResource() ? prefixes.shortForm(shape.getURI()) : "shape";
  }

  private String display(RDFNode node) {
    if (node.isLiteral()) {
      return node.asLiteral().getLexicalForm();
    }
    if (node.isURIResource()) {
      return prefixes.shortForm(node.asResource().getURI());
    }
    return "[…]";
  }

  private Property sh(String local) {
    return shapes.createProperty(SHACL.NS, local);
  }
}
