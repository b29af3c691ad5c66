/*
 * Kennisbank admin: a box above a long list of checkboxes (home.admin_locale.
 * FilterableCheckboxSelectMultiple, e.g. the organisations of a practice example) that shows
 * only the options whose name holds what the editor types ("utre" finds "Samenwerkingsverband
 * Utrecht"), ignoring case and accents. Ticked options stay visible. Without this script the
 * box stays hidden and the list is a plain list of checkboxes.
 */
(function () {
    "use strict";

    function normalise(text) {
        return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim();
    }

    function enhance(container) {
        if (container.dataset.checkboxFilterReady) {
            return;
        }
        container.dataset.checkboxFilterReady = "1";
        var input = container.querySelector("[data-checkbox-filter-input]");
        var none = container.querySelector("[data-checkbox-filter-none]");
        var options = Array.prototype.map.call(
            container.querySelectorAll("input[type=checkbox]"),
            function (checkbox) {
                var label = checkbox.closest("label") || checkbox.parentNode;
                return {
                    checkbox: checkbox,
                    row: label.parentNode.tagName === "DIV" ? label.parentNode : label,
                    text: normalise(label.textContent),
                };
            }
        );

        function filter() {
            var query = normalise(input.value);
            var matches = 0;
            options.forEach(function (option) {
                var match = !query || option.text.indexOf(query) !== -1;
                option.row.hidden = !(match || option.checkbox.checked);
                matches += match ? 1 : 0;
            });
            none.hidden = matches > 0;
        }

        input.hidden = false;
        input.addEventListener("input", filter);
        // Enter in the box must not submit (and save) the whole page form.
        input.addEventListener("keydown", function (event) {
            if (event.key === "Enter") {
                event.preventDefault();
            }
        });
    }

    function enhanceAll() {
        document.querySelectorAll("[data-checkbox-filter]").forEach(enhance);
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", enhanceAll);
    } else {
        enhanceAll();
    }
})();
