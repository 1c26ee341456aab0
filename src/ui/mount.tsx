import { render, type ComponentType } from "preact";
import { direction, t, uiLanguage, type MessageKey } from "./i18n.ts";

/**
 * Renders an extension page in the reader's language: the document itself says which
 * language and direction it is in (screen readers pick their voice from <html lang>),
 * and its title is translated too.
 */
export function mountPage(App: ComponentType, title: MessageKey): void {
  const html = document.documentElement;
  html.lang = uiLanguage();
  html.dir = direction();
  document.title = t(title);
  render(<App />, document.getElementById("root")!);
}
