package org.w3id.pfkg;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package layering of STYLE.md: each stage depends only on the stages before it. */
@AnalyzeClasses(packages = "org.w3id.pfkg", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  /**
   * The flow of a case: cases, extract (into facts), curate, link (with the gazetteer), rdf,
   * validate, build, publish, serve; cli on top. Eval, synth and loadtest are tools beside it.
   */
  @ArchTest
  static final ArchRule stagesDependOnlyDownTheFlow =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("Foundation")
          .definedBy(
              "..pfkg.problem..",
              "..pfkg.vocab..",
              "..pfkg.config..",
              "..pfkg.text..",
              "..pfkg.table..",
              "..pfkg.quality..")
          .layer("Cases")
          .definedBy("..pfkg.cases..")
          .layer("Facts")
          .definedBy("..pfkg.facts..")
          .layer("Gazetteer")
          .definedBy("..pfkg.gazetteer..")
          .layer("Extract")
          .definedBy("..pfkg.extract..")
          .layer("Curate")
          .definedBy("..pfkg.curate..")
          .layer("Eval")
          .definedBy("..pfkg.eval..")
          .layer("Link")
          .definedBy("..pfkg.link..")
          .layer("Rdf")
          .definedBy("..pfkg.rdf..")
          .layer("Validate")
          .definedBy("..pfkg.validate..")
          .layer("Build")
          .definedBy("..pfkg.build..")
          .layer("Publish")
          .definedBy("..pfkg.publish..")
          .layer("Serve")
          .definedBy("..pfkg.serve..")
          .layer("Synth")
          .definedBy("..pfkg.synth..")
          .layer("LoadTest")
          .definedBy("..pfkg.loadtest..")
          .layer("Cli")
          .definedBy("..pfkg.cli..")
          .whereLayer("Foundation")
          .mayOnlyAccessLayers("Foundation")
          .whereLayer("Cases")
          .mayOnlyAccessLayers("Foundation")
          .whereLayer("Facts")
          .mayOnlyAccessLayers("Foundation")
          .whereLayer("Gazetteer")
          .mayOnlyAccessLayers("Foundation")
          .whereLayer("Extract")
          .mayOnlyAccessLayers("Foundation", "Cases", "Facts", "Gazetteer")
          .whereLayer("Curate")
          .mayOnlyAccessLayers("Foundation", "Cases", "Facts")
          .whereLayer("Eval")
          .mayOnlyAccessLayers("Foundation", "Cases", "Facts", "Extract")
          .whereLayer("Link")
          .mayOnlyAccessLayers("Foundation", "Gazetteer")
          .whereLayer("Rdf")
          .mayOnlyAccessLayers("Foundation", "Cases", "Facts", "Curate")
          .whereLayer("Validate")
          .mayOnlyAccessLayers("Foundation", "Rdf")
          .whereLayer("Build")
          .mayOnlyAccessLayers(
              "Foundation",
              "Cases",
              "Facts",
              "Gazetteer",
              "Extract",
              "Curate",
              "Link",
              "Rdf",
              "Validate",
              "Publish")
          .whereLayer("Publish")
          .mayOnlyAccessLayers("Foundation")
          .whereLayer("Serve")
          .mayOnlyAccessLayers("Foundation", "Publish")
          .whereLayer("Synth")
          .mayOnlyAccessLayers("Foundation")
          .whereLayer("LoadTest")
          .mayOnlyAccessLayers("Foundation")
          .whereLayer("Cli")
          .mayNotBeAccessedByAnyLayer();

  @ArchTest
  static final ArchRule packagesHaveNoCycles =
      slices().matching("org.w3id.pfkg.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule onlyMainExits =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName("org.w3id.pfkg.cli.Main")
          .should()
          .callMethod(System.class, "exit", int.class);

  @ArchTest
  static final ArchRule noBareRuntimeExceptions =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName("org.w3id.pfkg.problem.PfkgException")
          .should()
          .callConstructor(RuntimeException.class, String.class);
}
