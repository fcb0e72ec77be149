package org.proposalstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proposalstudio.cli.tests.TestFiles.arg;
import static org.proposalstudio.cli.tests.TestFiles.assertNoTemporaryFiles;
import static org.proposalstudio.cli.tests.TestFiles.listing;
import static org.proposalstudio.cli.tests.TestFiles.read;
import static org.proposalstudio.cli.tests.TestFiles.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.proposalstudio.cli.ExitCode;
import org.proposalstudio.model.proposal.ProposalModel;
import org.proposalstudio.testing.Examples;
import org.proposalstudio.testing.ProposalInjectorProvider;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.inject.Inject;
import com.google.inject.Provider;

/** {@code export-xmi} and {@code import-xmi}: a lossless round trip, and output that is complete or not written at all. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ProposalInjectorProvider.class)
class XmiCommandsTest {

	private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
	private static final String NAMESPACE = "http://www.proposalstudio.org/proposal/1.0";

	@TempDir
	Path temp;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	static List<Path> faithfulExamples() {
		return Examples.faithful();
	}

	/**
	 * Exports an example and imports it back in its place, in a copy of examples/: the imported file must get the same
	 * diagnostics and parse to a model equal to the original's, references to the other files of the project included.
	 */
	@ParameterizedTest
	@MethodSource("faithfulExamples")
	void exportThenImportGivesTheSameModelAndTheSameDiagnostics(Path example) throws IOException {
		Path project = TestFiles.copyOfExamples(temp.resolve("project"));
		Path file = project.resolve(example.getFileName().toString());
		Path xmi = temp.resolve("xmi/" + example.getFileName().toString().replace(".proposal", ".xmi"));
		List<String> diagnosticsBefore = diagnostics(file);
		ProposalModel before = loadWithItsProject(project, file);

		Cli.Run export = Cli.run("export-xmi", arg(file), "--out", arg(xmi)).assertExit(ExitCode.OK);
		assertEquals(List.of("Exported " + file + " to " + xmi), export.outLines());
		assertTrue(read(xmi).contains("xmlns:proposal=\"" + NAMESPACE + "\""), "XMI in the proposal namespace");
		Files.delete(file);
		Cli.Run imported = Cli.run("import-xmi", arg(xmi), "--out", arg(file)).assertExit(ExitCode.OK);
		assertEquals(List.of("Imported " + xmi + " to " + file), imported.outLines());

		assertEquals(diagnosticsBefore, diagnostics(file), "the diagnostics of the imported file");
		ProposalModel after = loadWithItsProject(project, file);
		assertTrue(EcoreUtil.equals(before, after), () -> "the imported file's model differs from the original; imported:\n" + read(file));
		assertNoTemporaryFiles(temp);
	}

	/** validate's diagnostics of one file, as 'severity: [check] message': the positions change with the layout. */
	private static List<String> diagnostics(Path file) {
		Cli.Run run = Cli.run("validate", "--format", "json", arg(file)).assertExit(ExitCode.OK);
		List<String> diagnostics = new ArrayList<>();
		for (JsonElement element : JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("diagnostics")) {
			JsonObject diagnostic = element.getAsJsonObject();
			diagnostics.add(diagnostic.get("severity").getAsString() + ": [" + diagnostic.get("check").getAsString() + "] "
					+ diagnostic.get("message").getAsString());
		}
		assertFalse(diagnostics.isEmpty(), "every faithful example gets some warning or info (examples/README.md)");
		return diagnostics.stream().sorted().toList();
	}

	private ProposalModel loadWithItsProject(Path project, Path file) throws IOException {
		XtextResourceSet resourceSet = resourceSets.get();
		try (Stream<Path> files = Files.walk(project)) {
			files.filter(each -> each.toString().endsWith(".proposal"))
					.forEach(each -> resourceSet.getResource(URI.createFileURI(each.toAbsolutePath().toString()), true));
		}
		Resource resource = resourceSet.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
		EcoreUtil.resolveAll(resourceSet);
		assertEquals(List.of(), resource.getErrors(), () -> "errors in " + file);
		return (ProposalModel) resource.getContents().get(0);
	}

	@Test
	void exportWritesBesideTheInputByDefault() {
		Path project = TestFiles.copyOfExamples(temp.resolve("project"));
		Path file = project.resolve("s02-rl-transparency-tools.proposal");
		Cli.run("export-xmi", arg(file)).assertExit(ExitCode.OK);
		assertTrue(Files.isRegularFile(project.resolve("s02-rl-transparency-tools.xmi")));
		assertNoTemporaryFiles(temp);
	}

	@Test
	void effectiveXmiIsSelfContained() {
		Path s11 = Examples.folder().resolve("s11-amplification-auxiliary-rl.proposal");
		Path referencing = temp.resolve("s11.xmi");
		Path effective = temp.resolve("s11-effective.xmi");
		Cli.run("export-xmi", arg(s11), "--out", arg(referencing)).assertExit(ExitCode.OK);
		Cli.run("export-xmi", "--effective", arg(s11), "--out", arg(effective)).assertExit(ExitCode.OK);

		assertTrue(hrefs(referencing).stream().anyMatch(href -> href.contains(".proposal#")),
				"without --effective, what s11 inherits stays a reference to the file of s04");
		assertEquals(List.of(), hrefs(effective).stream().filter(href -> href.contains(".proposal")).toList(),
				"references to .proposal files in the effective XMI");
		String xmi = read(effective);
		// inherited through s04 from s03: the human, the amplification and the imitative loss
		for (String inherited : List.of("name=\"H\"", "name=\"Amp(M)\"", "name=\"imitationLoss\"", "name=\"rlObjective\"")) {
			assertTrue(xmi.contains(inherited), () -> inherited + " is missing from the effective XMI");
		}
	}

	private static List<String> hrefs(Path xmi) {
		List<String> hrefs = new ArrayList<>();
		Matcher matcher = HREF.matcher(read(xmi));
		while (matcher.find()) {
			hrefs.add(matcher.group(1));
		}
		return hrefs;
	}

	@Test
	void aFileWithSyntaxErrorsIsNotExported() {
		Path broken = write(temp.resolve("broken.proposal"), """
				proposal Broken {
					model M
					bogus
				}
				""");
		Cli.Run run = Cli.run("export-xmi", arg(broken)).assertExit(ExitCode.ERRORS).assertNoStackTrace();
		assertEquals("", run.out());
		assertTrue(run.errLines().get(0).startsWith(broken + ":3:2: error: [syntax] "), run::toString);
		assertEquals("proposal-studio export-xmi: " + broken + " has errors; nothing exported", run.errLines().get(run.errLines().size() - 1));
		assertEquals(List.of("broken.proposal"), listing(temp), "nothing written");
	}

	@Test
	void aFileWithLinkingErrorsIsNotExported() {
		Path dangling = write(temp.resolve("dangling.proposal"), "proposal Dangling extends Nowhere {\n}\n");
		Cli.Run run = Cli.run("export-xmi", arg(dangling), "--out", arg(temp.resolve("out/dangling.xmi")))
				.assertExit(ExitCode.ERRORS);
		assertEquals(dangling + ":1:27: error: [linking] No proposal named 'Nowhere' in this project", run.errLines().get(0));
		assertEquals(List.of("dangling.proposal"), listing(temp), "nothing written");
	}

	@Test
	void importRefusesToReplaceAFileWithoutForce() {
		Path xmi = temp.resolve("s02.xmi");
		Cli.run("export-xmi", arg(Examples.folder().resolve("s02-rl-transparency-tools.proposal")), "--out", arg(xmi))
				.assertExit(ExitCode.OK);
		Path existing = write(temp.resolve("s02.proposal"), "// my own work\n");
		Cli.run("import-xmi", arg(xmi)).assertUsageError("Try 'proposal-studio import-xmi --help'.",
				existing + " exists; use --force to replace it");
		assertEquals("// my own work\n", read(existing), "the existing file is unchanged");

		Cli.Run forced = Cli.run("import-xmi", "--force", arg(xmi)).assertExit(ExitCode.OK);
		assertEquals(List.of("Imported " + xmi + " to " + existing), forced.outLines());
		assertTrue(read(existing).startsWith("proposal RLTransparencyTools "), () -> read(existing));
		assertEquals(List.of("s02.proposal", "s02.xmi"), listing(temp));
	}

	@Test
	void malformedXmlIsReportedAtItsLineAndColumn() {
		Path xmi = write(temp.resolve("malformed.xmi"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<proposal:ProposalModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:proposal="%s">
				  <proposals name="Unclosed">
				</proposal:ProposalModel>
				""".formatted(NAMESPACE));
		Cli.Run run = Cli.run("import-xmi", arg(xmi)).assertExit(ExitCode.BAD_INPUT).assertNoStackTrace();
		assertEquals(1, run.errLines().size(), run::toString);
		assertTrue(run.err().startsWith(xmi + ":4:3: not well-formed XML: "), run::toString);
		assertEquals(List.of("malformed.xmi"), listing(temp), "nothing written");
	}

	@Test
	void xmiOfAnotherNamespaceIsReportedAtItsLineAndColumn() {
		Path xmi = write(temp.resolve("other.xmi"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<other:Model xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:other="http://example.org/other/1.0">
				  <things name="A"/>
				</other:Model>
				""");
		Cli.Run run = Cli.run("import-xmi", arg(xmi)).assertExit(ExitCode.BAD_INPUT).assertNoStackTrace();
		assertEquals(1, run.errLines().size(), run::toString);
		assertTrue(run.err().matches(Pattern.quote(xmi.toString()) + ":2:\\d+: not a proposal model: its namespace is "
				+ "'http://example.org/other/1.0', not '" + Pattern.quote(NAMESPACE) + "'\\R"), run::toString);
		assertEquals(List.of("other.xmi"), listing(temp), "nothing written");
	}

	@Test
	void aModelOfAnotherKindIsNamed() {
		Path xmi = write(temp.resolve("ecore.xmi"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<ecore:EPackage xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:ecore="http://www.eclipse.org/emf/2002/Ecore" name="p"/>
				""");
		Cli.run("import-xmi", arg(xmi)).assertInputProblems(xmi + ":2:132: not a proposal model: its root element is EPackage of "
				+ "'http://www.eclipse.org/emf/2002/Ecore', not ProposalModel of '" + NAMESPACE + "'");
	}

	@Test
	void aMissingXmiFile() {
		Path missing = temp.resolve("missing.xmi");
		Cli.run("import-xmi", arg(missing)).assertInputProblems(missing + ": no such file");
	}

	@Test
	void nothingIsLeftBehindWhenTheOutputCannotBeWritten() throws IOException {
		Path folder = Files.createDirectories(temp.resolve("out.xmi"));
		write(folder.resolve("keep.txt"), "keep");
		Cli.run("export-xmi", arg(Examples.folder().resolve("s02-rl-transparency-tools.proposal")), "--out", arg(folder))
				.assertInputProblems(folder + ": cannot write: it is a directory");
		assertEquals(List.of("out.xmi/keep.txt"), listing(temp));
	}

	@Test
	void newFilesGetTheUsualPermissionsNotThoseOfATemporaryFile() throws IOException {
		Path xmi = temp.resolve("s02.xmi");
		Cli.run("export-xmi", arg(Examples.folder().resolve("s02-rl-transparency-tools.proposal")), "--out", arg(xmi))
				.assertExit(ExitCode.OK);
		Path reference = Files.createFile(temp.resolve("reference"));
		assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(xmi),
				"the permissions any new file gets here");
	}

	@Test
	void reimportingWithForceGivesTheSameTextAndLeavesNoTemporaryFile() {
		// the second import replaces the first file through a temporary file beside it, which must not remain
		Path xmi = temp.resolve("s02.xmi");
		Cli.run("export-xmi", arg(Examples.folder().resolve("s02-rl-transparency-tools.proposal")), "--out", arg(xmi))
				.assertExit(ExitCode.OK);
		Cli.run("import-xmi", arg(xmi)).assertExit(ExitCode.OK);
		byte[] first = TestFiles.bytes(temp.resolve("s02.proposal"));
		Cli.run("import-xmi", "--force", arg(xmi)).assertExit(ExitCode.OK);
		assertArrayEquals(first, TestFiles.bytes(temp.resolve("s02.proposal")), "the same model gives the same text");
		assertNoTemporaryFiles(temp);
	}

	// --- a model that cannot be written as proposal text, reported where the XMI says it

	@Test
	void everyValueTheLanguageCannotWriteIsReportedOnItsElement() throws IOException {
		Path xmi = exported("s03-imitative-amplification-intermittent-oversight.proposal");
		Files.writeString(xmi, read(xmi).replace("name=\"H\" description", "name=\"H H\" description").replace("section=\"3\"",
				"section=\"3.x\""));
		Path output = temp.resolve("s03.proposal");
		Cli.Run run = Cli.run("import-xmi", arg(xmi), "--out", arg(output)).assertExit(ExitCode.ERRORS).assertNoStackTrace();
		assertEquals(3, run.errLines().size(), run::toString);
		assertTrue(run.errLines().get(0).matches(Pattern.quote(xmi.toString()) + ":3:\\d+: The section '3.x' is not a section number such as 3 or 4.2"),
				run::toString);
		assertTrue(run.errLines().get(1).matches(Pattern.quote(xmi.toString()) + ":7:\\d+: The name 'H H' cannot be written in the language: .*"),
				run::toString);
		assertEquals(xmi + ": nothing imported", run.errLines().get(2));
		assertFalse(Files.exists(output));
	}

	@Test
	void aReferenceToAnElementOfTheWrongKindNamesBothKinds() throws IOException {
		Path xmi = exported("s03-imitative-amplification-intermittent-oversight.proposal");
		Cli.Run run = importWithAmplifiedModel(xmi, "//@proposals.0/@participants.0");
		assertEquals(1, run.errLines().size(), run::toString);
		assertTrue(run.errLines().get(0).matches(Pattern.quote(xmi.toString()) + ":9:\\d+: not a proposal model: the reference 'model' of "
				+ "AmplifiedModel 'Amp\\(M\\)' must be a Model, not Human 'H'"), run::toString);
	}

	@Test
	void aReferenceIntoAMissingFileIsReportedWhereItIsWritten() throws IOException {
		Path xmi = exported("s03-imitative-amplification-intermittent-oversight.proposal");
		Cli.Run run = importWithAmplifiedModel(xmi, "gone.xmi#//@proposals.0/@participants.1");
		assertTrue(run.err().startsWith(xmi + ":9:"), run::toString);
		assertTrue(run.err().contains(": a reference cannot be resolved: ") && run.err().contains("gone.xmi#//@proposals.0/@participants.1"),
				run::toString);
	}

	@Test
	void aReferenceToAFeatureThatDoesNotExistIsReportedWhereItIsWritten() throws IOException {
		Path xmi = exported("s03-imitative-amplification-intermittent-oversight.proposal");
		Cli.Run run = importWithAmplifiedModel(xmi, "//@nowhere.0");
		assertEquals(1, run.errLines().size(), run::toString);
		assertTrue(run.errLines().get(0).matches(Pattern.quote(xmi.toString())
				+ ":9:\\d+: a reference points at no element of the file: '//@nowhere.0'"), run::toString);
	}

	@Test
	void elementsNestedFarDeeperThanAnyModelAreReportedOnceAtTheFirst() {
		// each level once cost a path as long as the nesting, so 20,000 levels ran out of memory
		String nested = "<proposals>".repeat(20_000) + "</proposals>".repeat(20_000);
		Path xmi = write(temp.resolve("deep.xmi"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<proposal:ProposalModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:proposal="%s">
				  %s
				</proposal:ProposalModel>
				""".formatted(NAMESPACE, nested));
		Cli.Run run = Cli.run("import-xmi", arg(xmi)).assertExit(ExitCode.BAD_INPUT).assertNoStackTrace();
		assertEquals(List.of(xmi + ":3:25: not a proposal model: Feature 'proposals' not found."), run.errLines());
	}

	@Test
	void aChainOfExtendsLongerThanTheLimitGoesThereAndBack() {
		// comparing the model imported with its text parsed back followed each 'extends' by recursion, and overflowed
		StringBuilder text = new StringBuilder("proposal C0 { }\n");
		for (int i = 1; i <= 12_000; i++) {
			text.append("proposal C").append(i).append(" extends C").append(i - 1).append(" { }\n");
		}
		Path chain = write(temp.resolve("chain.proposal"), text.toString());
		Path xmi = temp.resolve("chain.xmi");
		Cli.run("export-xmi", arg(chain), "--out", arg(xmi)).assertExit(ExitCode.OK);
		Path back = temp.resolve("back.proposal");
		// imported only when its text parses back to the same model
		Cli.run("import-xmi", arg(xmi), "--out", arg(back)).assertExit(ExitCode.OK).assertNoStackTrace();
		assertTrue(read(back).contains("proposal C12000 extends C11999"), () -> read(back).substring(0, 200));
	}

	@Test
	void anEncodingJavaDoesNotKnowIsReportedAtTheDeclaration() throws IOException {
		Path xmi = exported("s03-imitative-amplification-intermittent-oversight.proposal");
		Files.writeString(xmi, read(xmi).replace("encoding=\"UTF-8\"", "encoding=\"signal\""));
		Cli.Run run = Cli.run("import-xmi", arg(xmi)).assertExit(ExitCode.BAD_INPUT).assertNoStackTrace();
		assertEquals(List.of(xmi + ":1:1: not well-formed XML: it declares the encoding 'SIGNAL', which Java does not know"), run.errLines());
	}

	@Test
	void aFileWithADocumentTypeIsNotReadForItCouldExpandWithoutEnd() {
		Path xmi = write(temp.resolve("laughs.xmi"), """
				<?xml version="1.0"?>
				<!DOCTYPE p [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
				<proposal:ProposalModel xmlns:proposal="http://www.proposalstudio.org/proposal/1.0"/>
				""");
		Cli.Run run = Cli.run("import-xmi", arg(xmi)).assertExit(ExitCode.BAD_INPUT).assertNoStackTrace();
		assertTrue(run.err().startsWith(xmi + ":2:"), run::toString);
		assertTrue(run.err().contains("DOCTYPE is disallowed"), run::toString);
	}

	/** The import of s03's XMI with the reference from its amplified model to its model replaced: refused. */
	private static Cli.Run importWithAmplifiedModel(Path xmi, String reference) throws IOException {
		Files.writeString(xmi, read(xmi).replace("model=\"//@proposals.0/@participants.1\"", "model=\"" + reference + "\""));
		return Cli.run("import-xmi", arg(xmi)).assertExit(ExitCode.BAD_INPUT).assertNoStackTrace();
	}

	/** An example exported to XMI in the temporary folder. */
	private Path exported(String example) {
		Path xmi = temp.resolve(example.replace(".proposal", ".xmi"));
		Cli.run("export-xmi", arg(Examples.folder().resolve(example)), "--out", arg(xmi)).assertExit(ExitCode.OK);
		return xmi;
	}
}
