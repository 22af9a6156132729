/** The dashboard's HTML page: a shell that loads the bundled app. */

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Escapes text for HTML.
 * @param text - Any text.
 * @returns The text with `& < > " '` escaped.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/**
 * The page served at `/`.
 * @param accountName - Account name, for the title.
 * @returns The HTML.
 */
export function dashboardPage(accountName: string): string {
  const title = `${escapeHtml(accountName)} · azbatch emulator`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="/_dashboard/app.css">
<script type="module" src="/_dashboard/app.js"></script>
</head>
<body>
<div id="app"><noscript>The dashboard needs JavaScript.</noscript></div>
</body>
</html>
`;
}
