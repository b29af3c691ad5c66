// wagtail-localize's translation editor writes two strings in English, outside gettext: the
// section title "Nederlands to Engels translation" and the screen-reader label "More actions".
// This puts them through the page's JavaScript catalogue (locale/*/LC_MESSAGES/djangojs.po),
// also after React renders them again. Loaded on the editors' pages by insert_editor_js.
(() => {
  "use strict";

  function translateEditor(root) {
    const props = JSON.parse(root.dataset.props);
    const names = {
      source: props.sourceLocale.displayName,
      target: props.locale.displayName,
    };
    const title = `${names.source} to ${names.target} translation`;
    const replacements = new Map([
      [title, window.interpolate(window.gettext("%(source)s to %(target)s translation"), names, true)],
      ["More actions", window.gettext("More actions")],
    ]);
    const translate = () => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const replacement = replacements.get(node.data.trim());
        if (replacement !== undefined) {
          node.data = replacement;
        }
      }
    };
    translate();
    new MutationObserver(translate).observe(root, { childList: true, subtree: true });
  }

  document.addEventListener("DOMContentLoaded", () => {
    const root = document.querySelector(".js-translation-editor[data-props]");
    if (root && typeof window.gettext === "function") {
      translateEditor(root);
    }
  });
})();
