// @ts-check
// Check Permissions… in the real workbench, in English and in Chinese: all granted, then two scopes refused by the
// fake as the service refuses them (99991672 with permission_violations); one request per feature each time, and
// Copy Request for Admin puts the message in the UI's language on the clipboard.
import { startFakeFeishu } from '../../out/test/ui/fakeFeishu.mjs';
import { uiTest } from './uiTest.mjs';
import { answerSteps, chinese, english, escapeRegExp, readJson } from './recruiterFlow.mjs';

const FEATURES = 7;
const MISSING = ['hire:interview:readonly', 'contact:job_level:readonly'];

for (const locale of /** @type {const} */ (['en', 'zh-cn'])) {
  uiTest(`check permissions (${locale}): all granted, then two missing, and the request for the admin`, async ui => {
    const zh = locale === 'zh-cn';
    const nls = zh ? readJson('package.nls.zh-cn.json') : readJson('package.nls.json');
    const bundle = zh ? readJson('l10n/bundle.l10n.zh-cn.json') : {};
    /** @param {string} message */
    const t = message => bundle[message] ?? message;
    const labels = zh ? chinese() : english;
    const fake = await startFakeFeishu({ port: 0, appId: 'cli_permissions_ui', tenant: 'showcase' }); // its pictures are the README's: no test fixtures in them
    try {
      // Signed out, the welcome view's link offers to set credentials first; the report follows the sign-in.
      const sidebar = await ui.openView(labels.viewContainer);
      const [, welcomeLink] = /\[([^\]]+)\]\(command:feishuHire\.checkPermissions\)/.exec(nls['viewsWelcome.signedOut']) ?? [];
      if (!welcomeLink) { throw new Error('the welcome view has no Check Permissions link'); }
      await sidebar.locator('.welcome-view-content a', { hasText: welcomeLink }).click();
      const offer = await ui.notification(t('Feishu Hire: Check Permissions asks the tenant you sign in to. Set the app\'s credentials first, and the check runs right after.'));
      await offer.locator('.monaco-button', { hasText: t('Set Credentials') }).click();
      const step = (/** @type {number} */ n) => new RegExp(escapeRegExp(t('Feishu Hire: Set Credentials ({0}/3)')).replace('\\{0\\}', String(n)));
      await answerSteps(ui, undefined, [
        { title: step(1), value: t('Custom URL…') },
        { title: step(1), prompt: new RegExp(escapeRegExp(t('Base URL of the Open Platform'))), value: fake.baseUrl },
        { title: step(2), value: fake.appId },
        { title: step(3), value: fake.appSecret },
      ]);
      const widget = ui.page.locator('.quick-input-widget');
      const reportTitle = new RegExp(escapeRegExp(t('Permissions of the app: {0} of {1} features work ({2} requests sent)'))
        .replace('\\{0\\}', '(\\d+)').replace('\\{1\\}', String(FEATURES)).replace('\\{2\\}', String(FEATURES)));
      await widget.locator('.quick-input-title', { hasText: reportTitle }).waitFor({ timeout: 30_000 });
      await ui.screenshot(`permissions-after-welcome-sign-in-${locale}`);
      await ui.page.keyboard.press('Escape');
      await widget.waitFor({ state: 'hidden' });
      await ui.treeRow(labels.allApplications).waitFor({ timeout: 30_000 });
      // The first page's names load in the background: wait until the fake hears nothing for 1.5 s, so the counts
      // below are the check's alone.
      for (let heard = -1; heard !== fake.stats.requests.length;) {
        heard = fake.stats.requests.length;
        await ui.page.waitForTimeout(1_500);
      }

      const check = async (/** @type {number} */ working, /** @type {string} */ shot) => {
        const before = fake.stats.requests.length;
        await ui.palette(`${nls['category']}: ${nls['command.checkPermissions']}`);
        const title = widget.locator('.quick-input-title', { hasText: reportTitle });
        await title.waitFor({ timeout: 30_000 });
        const [, shown] = reportTitle.exec(await title.innerText()) ?? [];
        if (Number(shown) !== working) { throw new Error(`${shown} features work, expected ${working}`); }
        await ui.page.waitForTimeout(300);
        await ui.screenshot(shot);
        const sent = fake.stats.requests.slice(before).filter(r => r.route !== 'token');
        if (sent.length !== FEATURES || sent.some(r => r.method !== 'GET')) {
          throw new Error(`the check sent ${JSON.stringify(sent.map(r => `${r.method} ${r.path}`))}`);
        }
      };

      await check(FEATURES, `permissions-all-granted-${locale}`);
      await ui.page.keyboard.press('Escape');
      await widget.waitFor({ state: 'hidden' });

      fake.set({ disabledScopes: MISSING });
      await check(FEATURES - 4, `permissions-two-missing-${locale}`);
      for (const scope of MISSING) {
        await widget.locator('.monaco-list-row', { hasText: scope }).first().waitFor();
      }
      await widget.locator('.monaco-list-row', { hasText: t('Copy Request for Admin') }).click();
      await widget.waitFor({ state: 'hidden' });
      // The copy goes extension host → workbench → clipboard: read until it arrives.
      const expected = [t('Hello,'), ...MISSING, 'https://open.feishu.cn/app/cli_permissions_ui/auth?q=hire:interview:readonly,hire:interview'];
      let copied = '';
      let absent = expected;
      for (let i = 0; i < 50 && absent.length > 0; i++) {
        await ui.page.waitForTimeout(100);
        copied = await ui.page.evaluate(() => navigator.clipboard.readText());
        absent = expected.filter(part => !copied.includes(part));
      }
      if (absent.length > 0) { throw new Error(`the request for the admin lacks ${JSON.stringify(absent)}:\n${copied}`); }
    } finally {
      await fake.close();
    }
  }, { locale: locale === 'zh-cn' ? 'zh-cn' : undefined, timeoutMs: 180_000 });
}
