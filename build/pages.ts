/**
 * The HTML shell of an extension page (popup, options): one root for Preact, our
 * stylesheet and the page's bundle. Scripts load from the package only (CSP script-src 'self').
 */
export function extensionPage(script: string): string {
  return `<!doctype html>
<html>
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width" />
    <title>Sada</title>
    <link rel="stylesheet" href="ui.css" />
  </head>
  <body>
    <div id="root"></div>
    <script src="${script}"></script>
  </body>
</html>
`;
}
