// Copies what the extension ships from the rest of the build: the command line distribution (the language
// server's class path, releng/cli-distribution), the checks' documentation the diagnostics link to, and the license.
import fs from 'fs';
import path from 'path';
import { fileURLToPath } from 'url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const extension = path.resolve(here, '..');
const plugins = path.join(root, 'releng/cli-distribution/target/repository/plugins');

const jars = fs.existsSync(plugins) ? fs.readdirSync(plugins).filter((file) => file.endsWith('.jar')) : [];
if (!jars.some((jar) => jar.startsWith('org.proposalstudio.language.server_'))) {
  console.error(`bundle-server: no language server in ${plugins}; build releng/cli-distribution first`);
  process.exit(1);
}
const server = path.join(extension, 'server');
fs.rmSync(server, { recursive: true, force: true });
fs.mkdirSync(server);
jars.forEach((jar) => fs.copyFileSync(path.join(plugins, jar), path.join(server, jar)));
fs.mkdirSync(path.join(extension, 'docs'), { recursive: true });
fs.copyFileSync(path.join(root, 'docs/checks.md'), path.join(extension, 'docs/checks.md'));
fs.copyFileSync(path.join(root, 'LICENSE'), path.join(extension, 'LICENSE'));
console.log(`bundle-server: ${jars.length} jars in server/`);
