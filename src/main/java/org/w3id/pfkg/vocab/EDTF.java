package org.w3id.pfkg.vocab;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The Library of Congress datatype for Extended Date/Time Format values ("2009-21" is spring 2009),
 * the datatype IRI in common use for EDTF literals.
 */
public final class EDTF {
  public static final String NS = "http://id.loc.gov/datatypes/";
  public static final String PREFIX = "edtfdt";
  public static final String URI = NS + "edtf";

  /** Jena knows no lexical rules for EDTF, so it is registered as an opaque datatype. */
  public static final RDFDatatype DATATYPE = TypeMapper.getInstance().getSafeTypeByName(URI);

  private EDTF() {}

  public static Literal literal(String value) {
    return ResourceFactory.createTypedLiteral(value, DATATYPE);
  }
}
