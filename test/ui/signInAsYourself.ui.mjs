// @ts-check
// Issue #22 in the workbench: Sign In with Feishu through the fake's consent page in the real browser, the account
// in VS Code's Accounts menu, My To-dos, and a record opened from it with the others' feedback hidden (no peeking) —
// in English and in Chinese (our labels from our own manifest and l10n files; the workbench's chrome stays English).
import { createServer } from 'node:net';
import { join } from 'node:path';
import { startFakeFeishu } from '../../out/test/ui/fakeFeishu.mjs';
import { uiTest } from './uiTest.mjs';
import { escapeRegExp, openRecord, signInAt, stringsFor } from './recruiterFlow.mjs';

const PATH = '/feishu-hire/oauth-callback';

/** A port nobody listens on now: the listener binds it, the fake has it registered as the redirect URL. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

const port = await freePort();

for (const locale of /** @type {const} */ (['en', 'zh-cn'])) {
  uiTest(`sign in as yourself (${locale}) on the consent page, the account in the Accounts menu, My To-dos opens a record`, async ui => {
    const { zh, nls, t, labels } = stringsFor(locale);
    /** A message as a pattern, each `{n}` standing for what the code puts there. @param {string} message @param {string[]} parts */
    const pattern = (message, ...parts) => new RegExp(parts.reduce((p, part, i) => p.replace(`\\{${i}\\}`, part), escapeRegExp(t(message))));
    // 王磊 owes feedback on an interview that ended this morning, beside a colleague who has submitted hers.
    const me = zh ? '王磊' : 'Lei Wang';
    // On [::1]: the web workbench sends localhost and 127.0.0.1 URLs through its port forwarder, and this one (code-server's)
    // keeps only the port. The listener's own address goes through it, as in remote VS Code; the test plays the forwarder.
    // The showcase tenant: its to-dos are this week's, and the pictures of this test are the README's.
    const fake = await startFakeFeishu({ port: 0, host: '::1', tenant: 'showcase', redirectUris: [`http://127.0.0.1:${port}${PATH}`] });
    const forwarded = new URL(`/proxy/${port}${PATH}`, ui.page.url());
    fake.registerRedirectUri(forwarded.toString());
    try {
      const sidebar = await ui.openView(labels.viewContainer);
      await signInAt(ui, fake, { labels });
      await ui.treeRow(labels.allApplications).waitFor({ timeout: 30_000 });

      // The workbench opens only trusted sites without asking (and may not ask in tests): trust the fake's accounts host,
      // as a person does once for accounts.feishu.cn.
      await ui.palette('Manage Trusted Domains');
      const editor = ui.page.locator('.editor-instance .monaco-editor').first();
      await editor.waitFor({ timeout: 15_000 });
      await editor.click();
      await ui.page.keyboard.press('Control+A');
      await ui.page.keyboard.insertText(`["${fake.baseUrl}"]`);
      await ui.page.keyboard.press('Control+S');
      await ui.page.waitForTimeout(500);
      await ui.palette('View: Close All Editors');

      const opened = ui.page.context().waitForEvent('page', { timeout: 30_000 });
      await ui.palette(`${nls['category']}: ${nls['command.user.signIn']}`);
      const consent = await opened;
      await consent.waitForLoadState();
      // The page in the display language: the authorize URL asks for it (lang=zh_cn / en_us).
      await consent.locator(`html[lang="${zh ? 'zh-CN' : 'en'}"]`).waitFor({ state: 'attached', timeout: 30_000 });
      const person = consent.getByRole('button', { name: me });
      await person.waitFor({ timeout: 30_000 }).catch(async e => {
        throw new Error(`no consent page at ${consent.url()}: ${(await consent.content()).slice(0, 600)}`, { cause: e });
      });
      const consentShot = join(ui.shotsDir, `${ui.testSlug}-consent-${locale}.png`);
      await consent.screenshot({ path: consentShot });
      ui.screenshots.push(consentShot);
      await person.click();
      // The forwarder's leg: code-server's proxy is not served here, so the test carries the redirect to the listener.
      await consent.waitForURL(url => url.pathname.startsWith(`/proxy/${port}/`), { timeout: 30_000 });
      const arrived = new URL(consent.url());
      await consent.goto(`http://127.0.0.1:${port}${arrived.pathname.slice(`/proxy/${port}`.length)}${arrived.search}`);
      await consent.getByText(t('Signed in to Feishu Hire. You can close this tab and go back to VS Code.')).waitFor({ timeout: 30_000 }).catch(async e => {
        throw new Error(`the redirect did not reach the listener: ${consent.url()}: ${(await consent.content()).slice(0, 400)}`, { cause: e });
      });
      if (!fake.stats.requests.some(r => r.route === 'oauthToken' && r.code === 0)) { throw new Error('no code was exchanged at the token endpoint'); }
      await consent.close();

      // My To-dos shows once signed in as a user: feedback owed first.
      const header = sidebar.locator('.pane-header', { hasText: nls['view.myTodos.name'] }).first();
      await header.waitFor({ timeout: 30_000 });
      await ui.setPaneExpanded(header, true);
      const owed = ui.treeRow(new RegExp(`${escapeRegExp(t('Feedback owed'))} · ${pattern('Round {0}', '\\d+').source} · `));
      await owed.waitFor({ timeout: 30_000 });
      await ui.screenshot(`my-todos-${locale}`);
      if (!fake.stats.requests.some(r => r.route === 'todos' && r.code === 0)) { throw new Error('the to-dos were not read'); }

      const frame = await openRecord(ui, owed);
      await frame.locator('h1').waitFor({ timeout: 30_000 });
      // The bias guard is on: my record is not submitted, so the others' verdicts wait until it is.
      const hiddenNote = t('The other interviewers\' feedback is hidden until you submit yours (feishuHire.hideOthersUntilSubmitted). Submit in Feishu, then Refresh.');
      await frame.getByRole('note').filter({ hasText: hiddenNote }).waitFor({ timeout: 30_000 });
      const table = await frame.locator('table.comparison').innerText();
      if (!table.includes(t('Hidden until you submit'))) { throw new Error(`the others' verdicts show:\n${table}`); }
      const verdicts = new RegExp(['Pass', 'Fail', 'Pending'].map(c => escapeRegExp(t(c))).join('|'));
      if (verdicts.test(table)) { throw new Error(`a conclusion of another interviewer shows:\n${table}`); }
      await ui.screenshot(`record-from-my-todos-others-hidden-${locale}`);

      // Only Mine: Feedback Owed keeps what I owe; the view says the filter is on.
      await ui.palette('View: Close All Editors');
      const owedTitle = new RegExp(`^${escapeRegExp(nls['view.feedbackOwed.name'])}$`);
      const owedHeader = sidebar.locator('.pane-header', { has: ui.page.locator('.title', { hasText: owedTitle }) });
      const expandOwed = () => ui.setPaneExpanded(owedHeader, true);
      await expandOwed();
      // An interviewer's row: "3 owed · oldest ended 13 days ago" ("… · 最早昨天结束", "… · 最早 13 天前结束").
      const oldest = [t('oldest ended today'), t('oldest ended yesterday'), t('oldest {0}').replace('{0}', '')].map(escapeRegExp).join('|');
      const groups = sidebar.locator('.monaco-list-row', { hasText: new RegExp(`${pattern('{0} owed', '\\d+').source} · (${oldest})`) });
      await groups.first().waitFor({ timeout: 30_000 });
      const others = async () => (await groups.allInnerTexts()).filter(text => !text.includes(me));
      if ((await others()).length === 0) { throw new Error('Feedback Owed shows only my own debts before Only Mine: the check below could not fail'); }
      await ui.palette(`${nls['category']}: ${nls['command.feedback.onlyMine']}`);
      await owedHeader.locator('.description', { hasText: t('only mine') }).waitFor({ timeout: 15_000 });
      for (let i = 0; i < 50 && (await others()).length > 0; i++) { await ui.page.waitForTimeout(200); }
      const left = await groups.allInnerTexts();
      if (left.length !== 1 || !left[0]?.includes(me)) { throw new Error(`Only Mine left ${JSON.stringify(left)}`); }
      await ui.screenshot(`feedback-owed-only-mine-${locale}`);

      // The Accounts menu lists the person; its Sign Out erases the tokens and My To-dos goes away.
      await ui.page.locator('.activitybar .action-item a[aria-label^="Accounts"]').first().click();
      // "王磊 (飞书招聘)": the provider's name in the display language too.
      const account = ui.page.locator('.monaco-menu .action-label', { hasText: `${me} (${t('Feishu Hire')})` }).first();
      await account.waitFor({ timeout: 15_000 });
      await ui.screenshot(`accounts-menu-${locale}`);
      await account.hover();
      const signOut = ui.page.locator('.monaco-menu .action-label', { hasText: /^Sign Out$/ }).last();
      await signOut.waitFor({ timeout: 10_000 });
      await signOut.hover();
      await signOut.click();
      // A click while the submenu still slides in can be lost: the item is highlighted, so Enter runs it.
      if (await signOut.isVisible().catch(() => false)) { await ui.page.keyboard.press('Enter'); }
      const confirm = ui.page.locator('.monaco-dialog-box .monaco-button', { hasText: /^Sign Out$/ });
      if (await confirm.isVisible({ timeout: 5_000 }).catch(() => false)) { await confirm.click(); }
      const signedOutThere = await header.waitFor({ state: 'detached', timeout: 10_000 }).then(() => true, () => false);
      if (!signedOutThere) {
        // On 1.139 the menu's Sign Out sometimes does not take effect here (most likely its confirmation, which the test
        // workbench refuses to show): say so, then sign out with the extension's command, which must erase the tokens too.
        console.log('    (the Accounts menu\'s Sign Out did not take effect within 10 s; signing out with the command)');
        await ui.page.keyboard.press('Escape');
        await ui.palette(`${nls['category']}: ${nls['command.user.signOut']}`);
        await header.waitFor({ state: 'detached', timeout: 30_000 });
      }
      // Signed out, I am no longer known: Only Mine no longer holds, and Feedback Owed shows everyone again.
      // (On 1.139 the view collapses when My To-dos goes away.)
      await expandOwed();
      await groups.first().waitFor({ timeout: 30_000 });
      for (let i = 0; i < 50 && (await others()).length === 0; i++) { await ui.page.waitForTimeout(200); }
      if ((await others()).length === 0) { throw new Error(`after signing out Feedback Owed still shows only ${JSON.stringify(await groups.allInnerTexts())}`); }
      if ((await owedHeader.locator('.description').innerText()).includes(t('only mine'))) { throw new Error('after signing out the view still says only mine'); }
      await ui.screenshot(`signed-out-of-account-${locale}`);
    } finally {
      await fake.close();
    }
  }, { ...(locale === 'zh-cn' ? { locale } : {}), timeoutMs: 180_000, settings: { 'feishuHire.oauthRedirectPort': port, 'feishuHire.hideOthersUntilSubmitted': true } });
}
