/// <reference types="mocha" />
/**
 * The emulator's dashboard in a real browser: headless Chromium (the system's, /usr/bin/chromium, or
 * CHROMIUM_PATH) driven by playwright-core, on a run of the quickstart (samples/quickstart.ts).
 * The emulator runs on a manual clock that the test advances while it waits (node transitions and
 * deletions happen then), so nothing depends on how fast the machine is.
 * Screenshots go to test-artifacts/dashboard/; with UPDATE_README_SCREENSHOT=1 the overview is
 * also written to docs/images/dashboard.png.
 *
 * Run with `npm run test:browser`.
 */
import { expect } from "chai";
import { existsSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import type { BatchClient, BatchTaskCreateOptions } from "../../src/index.js";
import type { RunningEmulator } from "../../emulator/src/index.js";
import { runQuickstart } from "../../samples/quickstart.js";
import { createReadyPool, startIntegration, until, whileClockRuns, type IntegrationContext } from "./helpers.js";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const ARTIFACTS = join(REPO, "test-artifacts", "dashboard");
const README_SCREENSHOT = join(REPO, "docs", "images", "dashboard.png");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
/**
 * Page script: the text whose contrast with its background is under WCAG AA (4.5:1), as
 * "text (ratio)" strings; the background is the nearest ancestor's opaque background colour.
 * A string, because tsx would add helpers to a compiled function that the page does not have.
 */
const LOW_CONTRAST_SCRIPT = `(() => {
  const rgb = (css) => (css.match(/[\\d.]+/g) || []).map(Number);
  const lin = (c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  const luminance = ([r, g, b]) => 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  const background = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] > 0.99)) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const failures = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    const text = (node.textContent || "").trim();
    if (!el || !text || el.closest(".visually-hidden, .skip, noscript")) continue;
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    const fg = luminance(rgb(getComputedStyle(el).color));
    const bg = luminance(background(el));
    const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
    if (ratio < 4.5) failures.push(text.slice(0, 40) + " (" + ratio.toFixed(2) + ")");
  }
  return failures;
})()`;

/** The page's text under 4.5:1 contrast (empty when all of it passes). */
const lowContrastText = (page: Page): Promise<string[]> => page.evaluate<string[]>(LOW_CONTRAST_SCRIPT);

/** How long the page may take to show a state the emulator already has (the app polls every 1-1.5 s). */
const SHOWN_WITHIN_MS = 15_000;

describe("emulator: dashboard in a browser (quickstart run)", function () {
  this.timeout(240_000);
  let ctx: IntegrationContext;
  let emu: RunningEmulator;
  let client: BatchClient;
  let context: BrowserContext;
  let page: Page;
  let scratch: string;
  let release: string;

  before(async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(
        `No Chromium at ${CHROMIUM}: install Debian's chromium package (apt-get install -y chromium) or set CHROMIUM_PATH.`,
      );
    await mkdir(ARTIFACTS, { recursive: true });
    scratch = await mkdtemp(join(tmpdir(), "azbatch-dashboard-"));
    release = join(scratch, "release");
    ctx = await startIntegration();
    ({ emulator: emu, client } = ctx);
    context = await chromium.launchPersistentContext(join(scratch, "profile"), {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_FLAGS,
      viewport: { width: 1366, height: 820 },
      deviceScaleFactor: 1,
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(SHOWN_WITHIN_MS);
  });

  after(async () => {
    await context?.close();
    await emu?.close();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it("tails a running task's stdout.txt and stderr.txt live, then shows its exit", async () => {
    // A pool whose tasks print a line and then wait for a file the test creates: they stay
    // running for as long as the test needs, with no timing luck.
    await createReadyPool(ctx, "render-pool", 4, 2);
    await client.createJob({ id: "render-job", poolInfo: { poolId: "render-pool" } });
    const waiter = (id: string): BatchTaskCreateOptions => ({
      id,
      commandLine: `/bin/sh -c 'echo "Task $AZ_BATCH_TASK_ID started on $AZ_BATCH_NODE_ID"; echo "waiting for the release file" >&2; while [ ! -e "$RELEASE" ]; do sleep 0.05; done; echo "released, done"'`,
      environmentSettings: [
        { name: "RELEASE", value: release },
        { name: "FRAME", value: id },
      ],
    });
    const frames = ["frame-1", "frame-2", "frame-3", "frame-4", "frame-5", "frame-6"].map(waiter);
    const added = await client.createTaskCollection("render-job", {
      values: [...frames, { id: "frame-bad", commandLine: "/bin/sh -c 'echo no input >&2; exit 2'" }],
    });
    expect(added.values?.every((r) => r.status === "success")).to.equal(true);
    await until(
      ctx,
      async () => (await client.getTask("render-job", "frame-1")).state === "running",
      "frame-1 to run",
      SHOWN_WITHIN_MS,
    );

    await page.goto(`${emu.dashboardUrl}#/jobs/render-job/tasks/frame-1`);
    const stdout = page.locator('pre[data-file="stdout.txt"]');
    const stderr = page.locator('pre[data-file="stderr.txt"]');
    await stdout.filter({ hasText: /Task frame-1 started on tvm-/ }).waitFor();
    await stderr.filter({ hasText: "waiting for the release file" }).waitFor();
    // Still running: the task cannot end before the release file exists.
    expect(await page.locator('[data-field="state"]').innerText()).to.equal("running");
    expect(await stdout.innerText()).not.to.contain("released");
    expect(await page.locator('[data-field="commandLine"]').innerText()).to.contain("while [ ! -e");
    await page.getByRole("row", { name: /RELEASE/ }).waitFor();
    expect(await lowContrastText(page)).to.deep.equal([]);
    await page.screenshot({ path: join(ARTIFACTS, "task-live.png") });
  });

  it("shows the quickstart's pool nodes and its 1,000 tasks completed; filters and sorts the tasks", async () => {
    await page.goto(`${emu.dashboardUrl}#/`);
    const render = page.locator('article[data-pool-id="render-pool"]');
    await render.locator('li.node[data-state="running"]').nth(2).waitFor();
    let seen: { poolId: string; jobId: string } | undefined;
    // The quickstart waits for nodes that the clock brings up; it runs while the test moves the clock.
    const ok = await whileClockRuns(
      ctx,
      runQuickstart({
        account: {
          endpoint: emu.endpoint,
          accountName: emu.accountName,
          accountKey: emu.accountKey,
          dashboardUrl: emu.dashboardUrl,
          close: async () => {},
        },
        taskCount: 1000,
        beforeCleanup: async (ids) => {
          seen = ids;
          const pool = page.locator(`article[data-pool-id="${ids.poolId}"]`);
          await pool.locator("li.node").nth(1).waitFor();
          expect(await pool.locator("li.node").count()).to.equal(2);
          const label = await pool.locator("li.node").first().getAttribute("aria-label");
          expect(label).to.match(/^tvm-\S+: (idle|running), \d+ running tasks? \(\d of 4 slots\), [\d,]+ run so far$/);
          const row = page.locator(`tr[data-job-id="${ids.jobId}"]`);
          await row
            .locator('td[data-count="completed"]')
            .filter({ hasText: /^1,000$/ })
            .waitFor();
          const bar = page.getByRole("progressbar", { name: `Progress of job ${ids.jobId}` });
          expect(await bar.getAttribute("aria-valuenow")).to.equal("1000");
          expect(await bar.getAttribute("aria-valuemax")).to.equal("1000");
          await pool.locator('li.node[data-state="idle"]').nth(1).waitFor(); // every task done: both nodes idle
          const height = await page.evaluate<number>(
            'Math.ceil(document.querySelector("main").getBoundingClientRect().bottom)',
          );
          await page.screenshot({
            path: join(ARTIFACTS, "overview.png"),
            clip: { x: 0, y: 0, width: 1366, height: Math.min(820, height) },
          });
          if (process.env.UPDATE_README_SCREENSHOT === "1")
            await copyFile(join(ARTIFACTS, "overview.png"), README_SCREENSHOT);
          expect(await lowContrastText(page)).to.deep.equal([]);
          // Keyboard: the first Tab reaches the skip link, which moves focus to the content.
          await page.locator("body").focus();
          await page.keyboard.press("Tab");
          expect(await page.evaluate<string>("document.activeElement.textContent")).to.equal("Skip to content");
          // Node cells are focusable and say what the colour shows.
          await pool.locator("li.node").first().focus();
          expect(await page.evaluate<string>('document.activeElement.getAttribute("aria-label")')).to.match(
            /^tvm-\S+: idle, 0 running tasks/,
          );

          // Keyboard: the job's link opens its tasks.
          await row.getByRole("link", { name: ids.jobId }).focus();
          await page.keyboard.press("Enter");
          await page
            .locator(".match-count")
            .filter({ hasText: /^1,000 of 1,000 tasks$/ })
            .waitFor();
          await page.getByLabel("State").selectOption("failed");
          await page
            .locator(".match-count")
            .filter({ hasText: /^0 of 1,000 tasks$/ })
            .waitFor();
          await page.getByLabel("State").selectOption("succeeded");
          await page.getByLabel("Exit code").fill("0");
          await page
            .locator(".match-count")
            .filter({ hasText: /^1,000 of 1,000 tasks$/ })
            .waitFor();
          await page.getByLabel("Exit code").fill("7");
          await page
            .locator(".match-count")
            .filter({ hasText: /^0 of 1,000 tasks$/ })
            .waitFor();
          await page.getByLabel("Exit code").fill("");
          await page.getByLabel("Sort by").selectOption("duration-desc");
          const durations = await page
            .locator("table.tasks tbody tr td:last-child")
            .evaluateAll((cells) => cells.slice(0, 50).map((c) => c.textContent ?? ""));
          const ms = durations.map((d) =>
            d.endsWith(" ms") ? Number(d.slice(0, -3)) : d.endsWith(" s") ? Number(d.slice(0, -2)) * 1000 : NaN,
          );
          expect(ms.every((v) => Number.isFinite(v))).to.equal(true);
          expect([...ms].sort((a, b) => b - a)).to.deep.equal(ms);
          expect(await lowContrastText(page)).to.deep.equal([]);
          await page.screenshot({ path: join(ARTIFACTS, "tasks.png") });
          await page.goto(`${emu.dashboardUrl}#/`);
        },
      }),
      200_000,
    );
    expect(ok).to.equal(true);
    expect(seen).to.not.equal(undefined);
    // The quickstart deleted its job and pool (the deletions end as the clock moves): the page follows.
    await whileClockRuns(
      ctx,
      page.locator(`tr[data-job-id="${seen!.jobId}"]`).waitFor({ state: "detached", timeout: 30_000 }),
      40_000,
    );
  });

  it("shows the waiting task's end once the test releases it", async () => {
    await page.goto(`${emu.dashboardUrl}#/jobs/render-job/tasks/frame-1`);
    await page
      .locator('pre[data-file="stdout.txt"]')
      .filter({ hasText: /started on/ })
      .waitFor();
    await writeFile(release, "go\n");
    await page.locator('pre[data-file="stdout.txt"]').filter({ hasText: "released, done" }).waitFor();
    await page.locator('[data-field="state"]').filter({ hasText: "completed (succeeded)" }).waitFor();
    expect(await page.locator('[data-field="exitCode"]').innerText()).to.equal("0");
    const text = await page.locator('pre[data-file="stdout.txt"]').innerText();
    expect(text.match(/started on/g)).to.have.length(1); // appended, never repeated
    await page.screenshot({ path: join(ARTIFACTS, "task-done.png") });
  });
});
