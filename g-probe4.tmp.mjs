import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage();
for (const path of ['/pack?meeting=Police+and+Crime+Panel&date=2025-06-18&period=2024%2F25&view=engagement&view=custody-visiting&view=referrals', '/pack?meeting=Police+and+Crime+Panel&date=2024-02-07&period=2023%2F24-Q3&view=engagement&view=custody-visiting']) {
await p.setViewportSize({ width: 1280, height: 720 });
await p.emulateMedia({ media: 'screen' });
await p.goto('http://localhost:4208' + path);
await p.locator('[data-pages-known="true"]').waitFor({ timeout: 60000 });
await p.waitForTimeout(5000);
await p.emulateMedia({ media: 'print' });
await p.setViewportSize({ width: 680, height: 1000 });
await p.waitForTimeout(500);
console.log(await p.evaluate(() => {
  const W = document.documentElement.clientWidth;
  const out = [document.documentElement.scrollWidth, W];
  for (const e of document.querySelectorAll('.pack table, .pack svg, .pack pre, .pack img')) { const r = e.getBoundingClientRect(); if (r.right > W + 1) out.push(`${e.tagName}.${[...e.classList].join('.')} ${Math.round(r.left)}-${Math.round(r.right)} ${e.closest('[data-pack-part]')?.id} ${e.querySelector('caption')?.textContent?.slice(0,50)}`); }
  return out.join('\n');
}));
}
await b.close();
