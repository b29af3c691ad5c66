/*
 * The theme vote's live counter (templates/development_groups/includes/vote.html):
 * progressive enhancement only; without this file the help text says the limit and the server
 * refuses a choice above it (development_groups/voting.py).
 *
 * While a member ticks, the live region beside the submit button says how many choices are
 * left ("Nog 2 keuzes", "Nog 1 keuze", "U heeft alle keuzes gemaakt..."), and once the limit is
 * reached the unticked boxes are disabled until one is unticked again. The texts are rendered
 * by the server in the member's language, one per count (<template data-vote-counter-texts>,
 * <span data-left="n">), so plurals follow the translation.
 */
(function () {
    "use strict";

    function setUp(form) {
        var limit = parseInt(form.getAttribute("data-vote-limit"), 10);
        var output = form.querySelector("[data-vote-counter]");
        var template = form.querySelector("template[data-vote-counter-texts]");
        var boxes = Array.prototype.slice.call(form.querySelectorAll('input[type="checkbox"][name="proposals"]'));
        if (Number.isNaN(limit) || !output || !template || !boxes.length) {
            return;
        }
        var texts = {};
        Array.prototype.forEach.call(template.content.querySelectorAll("[data-left]"), function (span) {
            texts[span.getAttribute("data-left")] = span.textContent;
        });

        function update() {
            var ticked = boxes.filter(function (box) {
                return box.checked;
            }).length;
            var left = limit - ticked;
            boxes.forEach(function (box) {
                if (!box.checked) {
                    box.disabled = left <= 0;
                }
            });
            var text = texts[String(left)] || "";
            if (output.textContent !== text) {
                output.textContent = text;
            }
        }

        form.addEventListener("change", function (event) {
            if (boxes.indexOf(event.target) !== -1) {
                update();
            }
        });
        update();
    }

    Array.prototype.forEach.call(document.querySelectorAll("form[data-vote-limit]"), setUp);
})();
