package org.proposalstudio.language.conversion;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;
import org.proposalstudio.model.io.Messages;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Names may be the soft keywords of ValidID, and Amp(...) around one; any other keyword used as a name is written with
 * a ^, which these converters remove when reading and add back when writing.
 * <p>
 * One per injector, as Xtext's {@link DefaultTerminalConverters} is meant to be (its {@code @Singleton} is not
 * inherited): each instance works out its converters from the grammar on first use, and every resource's parser,
 * linker and serializer would otherwise have instances of their own.
 */
@Singleton
public class ProposalValueConverters extends DefaultTerminalConverters {

	private static final String AMP = "Amp(";

	@Inject
	private BoundedNameConverter validId;

	@ValueConverter(rule = "ValidID")
	public IValueConverter<String> ValidID() {
		return validId;
	}

	@ValueConverter(rule = "ParticipantName")
	public IValueConverter<String> ParticipantName() {
		return new IValueConverter<>() {
			@Override
			public String toValue(String text, INode node) throws ValueConverterException {
				return isAmplification(text) ? AMP + validId.toValue(inner(text), node) + ")" : validId.toValue(text, node);
			}

			@Override
			public String toString(String value) throws ValueConverterException {
				return isAmplification(value) ? AMP + validId.toString(inner(value)) + ")" : validId.toString(value);
			}
		};
	}

	/**
	 * Text is written as it reads: only the double quote and the backslash are escaped, so that apostrophes and the
	 * line breaks of long arguments stay as they are (Xtext's default writes them as \' and \n).
	 */
	@Override
	@ValueConverter(rule = "STRING")
	public IValueConverter<String> STRING() {
		IValueConverter<String> reading = super.STRING();
		return new IValueConverter<>() {
			@Override
			public String toValue(String text, INode node) throws ValueConverterException {
				return reading.toValue(text, node);
			}

			@Override
			public String toString(String value) throws ValueConverterException {
				if (value == null) {
					throw new ValueConverterException("a text cannot be null", null, null);
				}
				return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
			}
		};
	}

	/** Xtext's own converter reports a number too large for an int in Java's words: 'For input string: "2147483648"'. */
	@Override
	@ValueConverter(rule = "INT")
	public IValueConverter<Integer> INT() {
		IValueConverter<Integer> reading = super.INT();
		return new IValueConverter<>() {
			@Override
			public Integer toValue(String text, INode node) throws ValueConverterException {
				try {
					return reading.toValue(text, node);
				} catch (ValueConverterException e) {
					throw new ValueConverterException("The number " + Messages.quote(text) + " is too large: numbers go up to "
							+ Integer.MAX_VALUE, node, null);
				}
			}

			@Override
			public String toString(Integer value) throws ValueConverterException {
				return reading.toString(value);
			}
		};
	}

	private static boolean isAmplification(String name) {
		return name != null && name.startsWith(AMP) && name.endsWith(")");
	}

	private static String inner(String amplification) {
		return amplification.substring(AMP.length(), amplification.length() - 1);
	}
}
