// Copies what the extension ships from the rest of the build: the command line's distribution (releng/cli-distribution:
// the launcher bin/proposal-studio, the class path lib/, and examples/, from which the launcher makes the start-up
// archive of the installed copy), the checks' documentation the diagnostics link to, and the license. Not archives/:
// an archive belongs to the folder and the Java it was made for, so the installed extension makes its own.
import fs from 'fs';
import path from 'path';
import { fileURLToPath } from 'url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const extension = path.resolve(here, '..');
const distribution = path.join(root, 'releng/cli-distribution/target/proposal-studio');
const shipped = ['bin', 'lib', 'examples'];

const lib = path.join(distribution, 'lib');
const jars = fs.existsSync(lib) ? fs.readdirSync(lib).filter((file) => file.endsWith('.jar')) : [];
if (!jars.some((jar) => jar.startsWith('org.proposalstudio.language.server_')) || !fs.existsSync(path.join(distribution, 'bin/proposal-studio'))) {
  console.error(`bundle-server: no command line distribution with the language server in ${distribution}; build releng/cli-distribution first`);
  process.exit(1);
}
const server = path.join(extension, 'server');
fs.rmSync(server, { recursive: true, force: true });
for (const folder of shipped) {
  fs.cpSync(path.join(distribution, folder), path.join(server, folder), { recursive: true, preserveTimestamps: true });
}
fs.mkdirSync(path.join(extension, 'docs'), { recursive: true });
fs.copyFileSync(path.join(root, 'docs/checks.md'), path.join(extension, 'docs/checks.md'));
fs.copyFileSync(path.join(root, 'LICENSE'), path.join(extension, 'LICENSE'));
console.log(`bundle-server: the command line distribution in server/ (${shipped.join(', ')}; ${jars.length} jars)`);
