// Share links decode in the page through the core (WebAssembly on the main
// thread, loaded on first use), under the page's CSP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage, annotated } from './helpers.mjs';

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

test('the page decodes its own links and names the damage of broken ones', async () => {
  const { page, problems } = await openPage(env.browser, env.url);
  await annotated(page);
  const result = await page.evaluate(async () => {
    const { encodeShare, decodeShare } = await import('./share-codec.js');
    const state = { v: 1, text: 'Fares rise. “Not again,” a rider said. <script>alert(1)</script> 東京 😀', annotations: [] };
    const link = await encodeShare(state);
    const back = await decodeShare('#' + link);
    const kinds = [];
    for (const broken of [link.slice(0, -6), link.slice(0, 10) + '!' + link.slice(11), 'cs1.' + 'A'.repeat(12e6)]) {
      try {
        await decodeShare(broken);
        kinds.push('decoded');
      } catch (err) {
        kinds.push(`${err.name}:${err.kind}`);
      }
    }
    return { same: JSON.stringify(back) === JSON.stringify(state), kinds };
  });
  assert.ok(result.same);
  assert.equal(result.kinds[0].startsWith('ShareLinkError:'), true);
  assert.ok(['ShareLinkError:incomplete', 'ShareLinkError:damaged'].includes(result.kinds[0]));
  assert.equal(result.kinds[1], 'ShareLinkError:damaged');
  assert.equal(result.kinds[2], 'ShareLinkError:too-large');
  assert.deepEqual(problems, []);
  await page.close();
});
