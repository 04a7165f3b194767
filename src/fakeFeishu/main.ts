// `npm run fake-feishu -- --port 8080 [--latency 50] [--quirk repeatedToken]… [--company-scale] [--tenant showcase]`: the fake alone.
// Prints one JSON line {"baseUrl","appId","appSecret"} on stdout once it listens; logs go to stderr.
import { QUIRKS, startFakeFeishu, type FakeSwitches, type TenantKind } from './server';

function usage(problem: string): never {
  process.stderr.write(
    `fake-feishu: ${problem}\nusage: fake-feishu [--port N] [--host H] [--latency MS] [--quirk NAME]... [--no-rate-limit] [--company-scale] [--tenant fixtures|showcase] [--redirect-uri URL]...\n`,
  );
  process.exit(2);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  let port = 0;
  let host = '127.0.0.1';
  const switches: Partial<FakeSwitches> = {};
  const redirectUris: string[] = [];
  let tenant: TenantKind = 'fixtures';
  const booleans: readonly string[] = QUIRKS;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = (): string => args[++i] ?? usage(`${arg} needs a value`);
    switch (arg) {
      case '--port':
        port = Number(value());
        if (!Number.isInteger(port) || port < 0 || port > 65535) { usage('--port takes 0..65535'); }
        break;
      case '--host':
        host = value();
        break;
      case '--latency':
        switches.latencyMs = Number(value());
        if (!(switches.latencyMs >= 0)) { usage('--latency takes milliseconds'); }
        break;
      case '--redirect-uri':
        redirectUris.push(value());
        break;
      case '--no-rate-limit':
        switches.rateLimit = false;
        break;
      case '--tenant': {
        const name = value();
        if (name !== 'fixtures' && name !== 'showcase') { usage('--tenant takes fixtures or showcase'); }
        tenant = name;
        break;
      }
      case '--company-scale':
        switches.companyScale = true;
        break;
      case '--quirk': {
        const name = value();
        if (!booleans.includes(name)) { usage(`unknown quirk ${name}; one of ${booleans.join(', ')}`); }
        Object.assign(switches, { [name]: true });
        break;
      }
      default:
        usage(`unknown option ${arg}`);
    }
  }
  const fake = await startFakeFeishu({ port, host, switches, redirectUris, tenant });
  process.stdout.write(JSON.stringify({ baseUrl: fake.baseUrl, appId: fake.appId, appSecret: fake.appSecret }) + '\n');
  process.stderr.write(`fake Feishu server listening on ${fake.baseUrl} (Ctrl-C to stop)\n`);
  const stop = (): void => {
    void fake.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main().catch(e => {
  process.stderr.write(`fake-feishu: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
