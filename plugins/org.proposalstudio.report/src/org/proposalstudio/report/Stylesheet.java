package org.proposalstudio.report;

/**
 * {@value Report#STYLESHEET}, shared by every page. Stances are coloured and always also written out; the colours are
 * GitHub's Primer palette, whose text colours keep at least 4.5:1 contrast on their backgrounds.
 */
public final class Stylesheet {

	/** Not a public constant: the compiler would copy it into the classes that use it, which then miss its changes. */
	private static final String CSS = """
			:root {
			  color-scheme: light;
			  --text: #1f2328;
			  --muted: #59636e;
			  --border: #d1d9e0;
			  --subtle: #f6f8fa;
			  --link: #0550ae;
			  --promising-bg: #dafbe1; --promising: #116329; --promising-border: #4ac26b;
			  --uncertain-bg: #fff8c5; --uncertain: #7d4e00; --uncertain-border: #d4a72c;
			  --concerning-bg: #ffebe9; --concerning: #a40e26; --concerning-border: #ff8182;
			  --missing-bg: #fff1e5; --missing: #953800; --missing-border: #bc4c00;
			}
			* { box-sizing: border-box; }
			html { -webkit-text-size-adjust: 100%; }
			body {
			  margin: 0;
			  color: var(--text);
			  background: #ffffff;
			  font-family: "DejaVu Sans", "Segoe UI", system-ui, -apple-system, Helvetica, Arial, sans-serif;
			  font-size: 15px;
			  line-height: 1.55;
			}
			header.page, main, nav.top { max-width: 1180px; margin: 0 auto; padding: 0 28px; }
			nav.top { padding-top: 16px; font-size: 0.95rem; }
			header.page { padding-top: 12px; padding-bottom: 8px; }
			main { padding-bottom: 48px; }
			h1 { font-size: 1.9rem; line-height: 1.2; margin: 4px 0 12px; }
			h2 { font-size: 1.35rem; margin: 40px 0 14px; padding-bottom: 6px; border-bottom: 1px solid var(--border); }
			h3 { font-size: 1.1rem; margin: 0 0 6px; display: flex; flex-wrap: wrap; align-items: center; gap: 10px; }
			p { margin: 0 0 10px; }
			a { color: var(--link); text-underline-offset: 2px; }
			a:hover { text-decoration-thickness: 2px; }
			code {
			  font-family: "DejaVu Sans Mono", "SFMono-Regular", Consolas, monospace;
			  font-size: 0.88em;
			  background: var(--subtle);
			  border: 1px solid var(--border);
			  border-radius: 4px;
			  padding: 0 4px;
			  overflow-wrap: anywhere;
			}
			p, td, th, dd, figcaption, li { overflow-wrap: break-word; }
			.kicker { margin: 0; color: var(--muted); font-size: 0.85rem; text-transform: uppercase; letter-spacing: 0.06em; }
			.intro { max-width: 78ch; color: var(--text); }

			/* the comparison matrix */
			table { border-collapse: collapse; width: 100%; }
			caption { text-align: left; font-weight: bold; font-size: 1.1rem; padding: 6px 0 10px; }
			th, td { border: 1px solid var(--border); padding: 7px 9px; text-align: left; vertical-align: top; }
			thead th { background: var(--subtle); font-size: 0.85rem; line-height: 1.3; }
			.matrix th.proposal { font-weight: normal; min-width: 15em; }
			.matrix th.proposal a { font-weight: bold; }
			.matrix .name { display: block; margin-top: 2px; font-size: 0.78rem; color: var(--muted); overflow-wrap: anywhere; }
			.matrix .name code { background: none; border: none; padding: 0; }
			.matrix td.section { text-align: center; white-space: nowrap; }
			.matrix td.extends { font-size: 0.9rem; max-width: 12em; }
			.matrix th.component { width: 10%; }
			.matrix td.stance { padding: 0; vertical-align: middle; text-align: center; font-weight: bold; }
			.matrix td.stance a { display: block; padding: 10px 6px; color: inherit; text-decoration: none; }
			.matrix td.stance a:hover, .matrix td.stance a:focus { text-decoration: underline; }
			.matrix td.stance .inherited { display: block; margin: -8px 0 6px; }
			.matrix td.diagnostic-counts { font-size: 0.9rem; }
			td.stance.promising { background: var(--promising-bg); color: var(--promising); }
			td.stance.uncertain { background: var(--uncertain-bg); color: var(--uncertain); }
			td.stance.concerning { background: var(--concerning-bg); color: var(--concerning); }
			td.stance.missing {
			  color: var(--missing);
			  background: repeating-linear-gradient(135deg, var(--missing-bg) 0 8px, #ffffff 8px 16px);
			  outline: 2px dashed var(--missing-border);
			  outline-offset: -4px;
			}
			td.empty { color: var(--muted); font-style: italic; }

			/* stances and severities as badges: coloured, and always written out */
			.stance-badge, .severity-badge {
			  display: inline-block;
			  padding: 1px 10px;
			  border: 1px solid;
			  border-radius: 999px;
			  font-size: 0.8rem;
			  font-weight: bold;
			  line-height: 1.5;
			  white-space: nowrap;
			}
			.stance-badge.promising { background: var(--promising-bg); color: var(--promising); border-color: var(--promising-border); }
			.stance-badge.uncertain { background: var(--uncertain-bg); color: var(--uncertain); border-color: var(--uncertain-border); }
			.stance-badge.concerning { background: var(--concerning-bg); color: var(--concerning); border-color: var(--concerning-border); }
			.stance-badge.missing { background: var(--missing-bg); color: var(--missing); border: 1px dashed var(--missing-border); }
			.severity-badge.error { background: var(--concerning-bg); color: var(--concerning); border-color: var(--concerning-border); }
			.severity-badge.warning { background: var(--uncertain-bg); color: var(--uncertain); border-color: var(--uncertain-border); }
			.severity-badge.info { background: #ddf4ff; color: #0550ae; border-color: #54aeff; }
			.severity.error { color: var(--concerning); font-weight: bold; }
			.severity.warning { color: var(--uncertain); font-weight: bold; }
			.severity.info { color: #0550ae; }
			a.count.none { color: var(--muted); }
			.inherited { color: var(--muted); font-size: 0.8rem; font-weight: normal; font-style: italic; }

			dl.legend { display: grid; grid-template-columns: max-content 1fr; gap: 6px 14px; margin: 18px 0 0; font-size: 0.9rem; }
			dl.legend dt, dl.legend dd { margin: 0; }
			.warning-note { border-left: 4px solid var(--missing-border); background: var(--missing-bg); padding: 8px 12px; }

			/* a proposal's page */
			dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 0 0 14px; }
			dl.facts dt { color: var(--muted); }
			dl.facts dd { margin: 0; }
			.description { max-width: 78ch; }
			nav.contents ul { list-style: none; padding: 10px 14px; margin: 10px 0 0; display: flex; flex-wrap: wrap; gap: 8px 22px;
			  background: var(--subtle); border: 1px solid var(--border); border-radius: 6px; font-size: 0.9rem; }
			nav.contents a { text-decoration: none; }
			nav.contents a:hover { text-decoration: underline; }
			figure { margin: 0 0 28px; border: 1px solid var(--border); border-radius: 6px; overflow: hidden; }
			figure svg.diagram { display: block; max-width: 100%; height: auto; margin: 0 auto; padding: 8px; }
			/* a safety case is drawn at full size, to scroll through: scaled to the page, its text would be too small to read */
			.safety-case-drawing { margin: 0 0 16px; border: 1px solid var(--border); border-radius: 6px; overflow-x: auto; }
			.safety-case-drawing svg.diagram { display: block; margin: 0 auto; padding: 8px; }
			.safety-case-note { color: var(--muted); }
			figcaption { border-top: 1px solid var(--border); background: var(--subtle); padding: 10px 14px; }
			figcaption .figure-title { font-weight: bold; }
			figcaption .paper-figures { color: var(--muted); }
			figcaption .caption { margin-top: 4px; max-width: 90ch; }
			figcaption .caption p:last-child { margin-bottom: 0; }
			.figure-error { margin: 14px; padding: 12px 14px; border-left: 4px solid var(--concerning-border);
			  background: var(--concerning-bg); color: var(--concerning); }
			article.argument { border: 1px solid var(--border); border-left: 6px solid var(--border); border-radius: 6px;
			  padding: 14px 18px 8px; margin: 0 0 16px; }
			article.argument.promising { border-left-color: var(--promising-border); }
			article.argument.uncertain { border-left-color: var(--uncertain-border); }
			article.argument.concerning { border-left-color: var(--concerning-border); }
			article.argument.missing { border-left: 6px dashed var(--missing-border); background: var(--missing-bg); }
			.question { color: var(--muted); font-style: italic; font-size: 0.9rem; }
			.argument-facts { font-size: 0.9rem; }
			.separator { color: var(--muted); }
			.inherited-note .inherited { font-size: 0.9rem; }
			.missing-note { color: var(--missing); font-weight: bold; }
			article .text { max-width: 90ch; }
			table.diagnostics { font-size: 0.9rem; }
			table.diagnostics td.check, table.diagnostics td.sections { white-space: nowrap; }
			table.diagnostics td.location { font-size: 0.85rem; min-width: 14em; }
			table.diagnostics td.location code { background: none; border: none; padding: 0; overflow-wrap: anywhere; }
			.no-diagnostics, .empty { color: var(--muted); }
			@media print {
			  figure, article.argument { break-inside: avoid; }
			  nav.top, nav.contents { display: none; }
			}
			""";

	private Stylesheet() {
	}

	public static String css() {
		return CSS;
	}
}
