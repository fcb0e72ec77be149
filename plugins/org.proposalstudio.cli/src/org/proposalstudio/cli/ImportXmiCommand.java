package org.proposalstudio.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.proposalstudio.language.conversion.WritableValues;
import org.proposalstudio.model.Limits;
import org.proposalstudio.model.io.Messages;
import org.proposalstudio.model.proposal.NamedElement;
import org.proposalstudio.model.proposal.ProposalModel;
import org.proposalstudio.model.proposal.ProposalPackage;
import org.xml.sax.SAXParseException;

/** {@code import-xmi}: turns an XMI proposal model back into proposal text. */
final class ImportXmiCommand extends Command {

	ImportXmiCommand(ProposalFiles files) {
		super(files, "import-xmi", "write an XMI proposal model as a formatted .proposal file", "FILE.xmi", """
				Reads a proposal model in XMI, as export-xmi or another EMF tool writes it, and
				writes it as formatted proposal text. The text is parsed back and compared with the
				model before anything is written, so an import never loses part of a model. An
				existing .proposal file is only replaced with --force.""",
				Option.withValue("out", "FILE.proposal", "where to write (default: beside the input, with .proposal)"),
				Option.flag("force", "replace the output file if it exists"));
	}

	@Override
	int run(CommandLine line, Console console) throws UsageException, InputException {
		if (line.operands().size() != 1) {
			throw new UsageException("name exactly one .xmi file to import");
		}
		Path input = Path.of(line.operands().get(0));
		Path output = line.value("out").map(Path::of).orElse(ExportXmiCommand.withExtension(input, ProposalFiles.EXTENSION));
		if (!output.toString().endsWith(ProposalFiles.EXTENSION)) {
			throw new UsageException("the output must be a " + ProposalFiles.EXTENSION + " file, not '" + output + "'");
		}
		if (Files.exists(output) && !line.has("force")) {
			throw new UsageException(output + " exists; use --force to replace it");
		}
		XtextResourceSet resourceSet = files.injector().getInstance(XtextResourceSet.class);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		Xmi xmi = readXmi(resourceSet, input);
		XmiPositions positions = xmi.positions();
		ProposalModel model = modelOf(xmi.resource(), positions);
		List<String> problems = new ArrayList<>();
		for (WritableValues.Problem problem : files.injector().getInstance(WritableValues.class).problems(model)) {
			problems.add(positions.of(problem.element()) + ": " + problem.message());
		}
		if (!problems.isEmpty()) {
			problems.forEach(problem -> console.err().println(Messages.oneLine(problem)));
			console.err().println(input + ": nothing imported");
			return ExitCode.ERRORS;
		}
		XtextResource target = (XtextResource) resourceSet.createResource(URI.createFileURI(ProposalFiles.absolute(output).toString()));
		target.getContents().add(model);
		ISerializer serializer = files.injector().getInstance(ISerializer.class);
		String text;
		try {
			text = serializer.serialize(model, SaveOptions.newBuilder().format().getOptions());
		} catch (RuntimeException e) {
			// the serializer's message is several lines: what failed, then the element and the feature
			String first = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
			EObject culprit = unwritable(serializer, model);
			console.err().println(Messages.oneLine(positions.of(culprit) + ": " + describe(culprit) + " cannot be written as proposal text: "
					+ "its values fit no form of the language (" + first + ")"));
			return ExitCode.ERRORS;
		}
		if (!parsesBackToTheSameModel(resourceSet, model, text)) {
			console.err().println(input + ": the model cannot be written as proposal text without changing it; nothing imported");
			return ExitCode.ERRORS;
		}
		AtomicFiles.write(output, text.getBytes(StandardCharsets.UTF_8));
		console.out().println("Imported " + ProposalFiles.displayName(input) + " to " + ProposalFiles.displayName(output));
		return ExitCode.OK;
	}

	/** The largest XMI file read: XMI spells out what proposal text abbreviates, so it may be a few times larger. */
	static final long MAX_XMI_BYTES = 4 * Limits.MAX_FILE_BYTES;

	/**
	 * The names of the metamodel's references to other elements, as XMI writes them in attributes. Asked for when an
	 * import reads its file, not when the command is created: every command is, and the metamodel takes a while to
	 * initialize.
	 */
	private static Set<String> references() {
		return ProposalPackage.eINSTANCE.getEClassifiers().stream().filter(EClass.class::isInstance)
				.flatMap(type -> ((EClass) type).getEAllReferences().stream()).filter(reference -> !reference.isContainment())
				.map(EReference::getName).collect(Collectors.toUnmodifiableSet());
	}

	/** An XMI file loaded, and where its elements are. */
	private record Xmi(Resource resource, XmiPositions positions) {
	}

	/**
	 * Loads the XMI file: a regular file of limited size, read without a DTD, whose references within the file all
	 * point at elements of it.
	 */
	private static Xmi readXmi(ResourceSet resourceSet, Path input) throws InputException {
		if (!Files.exists(input)) {
			throw new InputException(input + ": no such file");
		}
		if (!Files.isRegularFile(input)) {
			throw new InputException(input + ": not a regular file (a directory, a pipe, a device or a socket); name a file");
		}
		long size;
		try {
			size = Files.size(input);
		} catch (IOException e) {
			throw new InputException(input + ": cannot read: " + e.getMessage());
		}
		if (size > MAX_XMI_BYTES) {
			throw new InputException(String.format("%s:1:1: the file has %,d bytes, more than the %,d that Proposal Studio reads "
					+ "in one XMI file", input, size, MAX_XMI_BYTES));
		}
		XmiPositions positions = XmiPositions.of(input, references());
		Resource resource = resourceSet.createResource(URI.createFileURI(ProposalFiles.absolute(input).toString()));
		try {
			resource.load(Map.of(XMLResource.OPTION_PARSER_FEATURES, Map.of(XmiPositions.DISALLOW_DOCTYPE, true)));
		} catch (IOException | RuntimeException e) {
			// EMF fails on a reference to a feature that does not exist (//@nowhere.0) with no position: say where it is
			List<String> dangling = positions.danglingReferences();
			throw new InputException(describeLoadFailure(input, e).map(List::of)
					.orElse(dangling.isEmpty() ? List.of(input + ": not a proposal model: " + e.getMessage()) : dangling));
		}
		return new Xmi(resource, positions);
	}

	/** The proposal model the file holds, with every reference resolved; each problem reported where it is. */
	private static ProposalModel modelOf(Resource resource, XmiPositions positions) throws InputException {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof ProposalModel model)) {
			boolean empty = resource.getContents().isEmpty();
			String found = empty ? "it is empty" : "its root element is " + describe(resource.getContents().get(0).eClass());
			throw new InputException((empty ? positions.file() : positions.of(resource.getContents().get(0))) + ": not a proposal model: "
					+ found + ", not " + describe(ProposalPackage.Literals.PROPOSAL_MODEL));
		}
		EcoreUtil.resolveAll(resource);
		List<String> dangling = new ArrayList<>();
		for (EObject element : (Iterable<EObject>) () -> EcoreUtil.getAllContents(model, true)) {
			for (EObject target : element.eCrossReferences()) {
				if (target.eIsProxy()) {
					dangling.add(positions.of(element) + ": a reference cannot be resolved: " + EcoreUtil.getURI(target));
				}
			}
		}
		if (!dangling.isEmpty()) {
			throw new InputException(dangling);
		}
		return model;
	}

	/**
	 * One line, with the position XMI reports, for malformed XML, a foreign namespace, an unknown feature or a reference
	 * to the wrong kind of element; nothing when the failure has no position.
	 */
	private static Optional<String> describeLoadFailure(Path input, Exception failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof UnsupportedEncodingException encoding) {
				// the XML declaration, which names the encoding, is the first thing in the file
				return Optional.of(position(input, 1, 1) + ": not well-formed XML: it declares the encoding "
						+ Messages.quote(String.valueOf(encoding.getMessage())) + ", which Java does not know");
			}
		}
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof PackageNotFoundException foreign) {
				return Optional.of(position(input, foreign.getLine(), foreign.getColumn()) + ": not a proposal model: its namespace is '"
						+ foreign.uri() + "', not '" + ProposalPackage.eNS_URI + "'");
			}
			if (cause instanceof IllegalValueException wrongType && wrongType.getFeature() instanceof EReference reference
					&& wrongType.getValue() instanceof EObject value) {
				return Optional.of(position(input, wrongType.getLine(), wrongType.getColumn()) + ": not a proposal model: the reference '"
						+ reference.getName() + "' of " + describe(wrongType.getObject()) + " must be a "
						+ reference.getEReferenceType().getName() + ", not " + describe(value));
			}
			if (cause instanceof XMIException xmi) {
				return Optional.of(position(input, xmi.getLine(), xmi.getColumn()) + ": not a proposal model: " + withoutLocation(xmi));
			}
			if (cause instanceof SAXParseException xml) {
				return Optional.of(position(input, xml.getLineNumber(), xml.getColumnNumber()) + ": not well-formed XML: " + xml.getMessage());
			}
			if (cause instanceof IOException io && !(cause.getCause() instanceof XMIException)
					&& !(cause.getCause() instanceof SAXParseException)) {
				return Optional.of(input + ": cannot read: " + io.getMessage());
			}
		}
		return Optional.empty();
	}

	/** An element as a person names it: its type, and its name if it has one. */
	private static String describe(EObject element) {
		return element instanceof NamedElement named && named.getName() != null
				? element.eClass().getName() + " " + Messages.quote(named.getName())
				: ("AEIOU".indexOf(element.eClass().getName().charAt(0)) >= 0 ? "an " : "a ") + element.eClass().getName();
	}

	private static String describe(EClass type) {
		return type.getName() + " of '" + type.getEPackage().getNsURI() + "'";
	}

	private static String position(Path input, int line, int column) {
		return input + ":" + Math.max(line, 1) + ":" + Math.max(column, 1);
	}

	/** XMI's message ends with "(file:/..., line, column)", which the line already says at its start. */
	private static String withoutLocation(XMIException xmi) {
		String message = xmi.getMessage();
		String location = " (" + xmi.getLocation() + ", " + xmi.getLine() + ", " + xmi.getColumn() + ")";
		return message.endsWith(location) ? message.substring(0, message.length() - location.length()) : message;
	}

	/**
	 * The element the serializer fails on, to say where it is: the innermost whose own text cannot be written (as deep
	 * as the containment of a proposal model, a few levels).
	 */
	private static EObject unwritable(ISerializer serializer, EObject element) {
		for (EObject child : element.eContents()) {
			try {
				serializer.serialize(child);
			} catch (RuntimeException failed) {
				return unwritable(serializer, child);
			}
		}
		return element;
	}

	private static boolean parsesBackToTheSameModel(XtextResourceSet resourceSet, ProposalModel model, String text) {
		XtextResource check = (XtextResource) resourceSet.createResource(URI.createURI("synthetic:/import-check.proposal"));
		try {
			check.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
			EcoreUtil.resolveAll(check);
			return check.getErrors().isEmpty() && check.getContents().size() == 1 && SameModel.equal(model, check.getContents().get(0));
		} catch (IOException e) {
			return false;
		} finally {
			resourceSet.getResources().remove(check);
		}
	}
}
