// A throw-away certificate for the fake Feishu server over https in the integration tests, made with openssl
// (node:crypto makes keys, not certificates). Valid for one day, for 127.0.0.2: the address the proxy test gives
// the fake, since VS Code's proxy support always goes direct to localhost and 127.0.0.1. Also for the name
// `localhost`: through a CONNECT tunnel to an IP address, VS Code's proxy agent sets no TLS server name (an IP
// may not be one), so Node checks the certificate against its default host, "localhost".
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** Writes key.pem and cert.pem into `dir`; returns the environment that hands them to the extension host. */
export function testCertificate(dir) {
  const key = join(dir, 'fake-feishu-key.pem');
  const cert = join(dir, 'fake-feishu-cert.pem');
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1',
      '-subj', '/CN=fake Feishu (integration tests)', '-addext', 'subjectAltName=IP:127.0.0.2,DNS:localhost'], { stdio: 'pipe' });
  } catch (e) {
    // Only the suites that need https fail, and they say why.
    return { FEISHU_HIRE_TEST_TLS_ERROR: `openssl could not make a test certificate: ${e instanceof Error ? e.message : String(e)}` };
  }
  // NODE_EXTRA_CA_CERTS is read once, when a Node process starts: the server's extension host inherits it.
  return { NODE_EXTRA_CA_CERTS: cert, FEISHU_HIRE_TEST_TLS_KEY: key, FEISHU_HIRE_TEST_TLS_CERT: cert };
}
