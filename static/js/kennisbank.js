/*
 * Kennisbank — progressive enhancement only. Every page works without this file.
 *
 * Click-to-load video (templates/home/blocks/video_block.html)
 *   Without JavaScript the play button is an ordinary link to the video on YouTube or Vimeo.
 *   With JavaScript a click swaps the still image for the player (an iframe) on this page.
 *   Nothing is requested from YouTube or Vimeo before that click: no thumbnail, no preconnect.
 */
(function () {
    "use strict";

    // Only these players may be embedded; anything else stays a plain link.
    var EMBED_ORIGINS = ["https://www.youtube-nocookie.com/", "https://player.vimeo.com/"];

    function isAllowedEmbed(src) {
        return EMBED_ORIGINS.some(function (origin) {
            return src.indexOf(origin) === 0;
        });
    }

    function isPlainClick(event) {
        // Let ctrl/cmd/shift/middle-click open the video elsewhere, as with any link.
        return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
    }

    function playVideo(link) {
        var src = link.getAttribute("data-video-src") || "";
        var figure = link.closest("[data-video]");
        var frame = link.closest(".block-video__frame") || link.parentNode;
        if (!figure || !isAllowedEmbed(src)) {
            return false;
        }

        var iframe = document.createElement("iframe");
        iframe.className = "block-video__iframe";
        iframe.src = src;
        iframe.title = link.getAttribute("data-video-title") || link.textContent.trim();
        iframe.setAttribute("allow", "autoplay; fullscreen; picture-in-picture");
        iframe.setAttribute("allowfullscreen", "");
        iframe.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");

        while (frame.firstChild) {
            frame.removeChild(frame.firstChild);
        }
        frame.appendChild(iframe);
        figure.classList.add("is-playing");

        // Keyboard and screen reader users continue in the player they just started.
        iframe.focus();
        return true;
    }

    document.addEventListener("click", function (event) {
        if (!isPlainClick(event) || !event.target.closest) {
            return;
        }
        var link = event.target.closest("[data-video] a[data-video-src]");
        if (link && playVideo(link)) {
            event.preventDefault();
        }
    });
})();

/*
 * Live filters (the practice example finder, the agenda: forms marked data-live-filter, whose
 *   value names the ids of the regions to swap)
 *   Without JavaScript the filter form is an ordinary GET form with a submit button, so every
 *   state of the list is a shareable address. With JavaScript a change of a filter or the sort
 *   order fetches that same address and swaps in the new filters and results, without a full
 *   page load; the address bar follows (history), and back/forward work.
 */
(function () {
    "use strict";

    var form = document.querySelector("form[data-live-filter]");
    if (!form || !window.fetch || !window.DOMParser || !window.URLSearchParams) {
        return;
    }
    // The regions to swap: the ids named by data-live-filter, else the example finder's.
    var REGIONS = (form.getAttribute("data-live-filter") || "example-filters example-results")
        .split(/\s+/)
        .filter(Boolean);
    var pending = null;

    function addressOf(formElement) {
        var params = new URLSearchParams(new FormData(formElement));
        var query = params.toString();
        return formElement.getAttribute("action") + (query ? `?${query}` : "");
    }

    function swap(html) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        REGIONS.forEach(function (id) {
            var fresh = doc.getElementById(id);
            var current = document.getElementById(id);
            if (fresh && current) {
                // A folded list of options the visitor opened ("Show all 12") stays open.
                current.querySelectorAll("details[open][id]").forEach(function (details) {
                    var again = fresh.querySelector(`#${CSS.escape(details.id)}`);
                    if (again) {
                        again.open = true;
                    }
                });
                current.innerHTML = fresh.innerHTML;
            }
        });
    }

    function load(url, push, focusId, fallbacks) {
        if (pending) {
            pending.abort();
        }
        pending = new AbortController();
        form.setAttribute("aria-busy", "true");
        fetch(url, { signal: pending.signal, headers: { "X-Requested-With": "fetch" } })
            .then(function (response) {
                if (!response.ok) {
                    throw new Error(response.status);
                }
                return response.text();
            })
            .then(function (html) {
                swap(html);
                if (push) {
                    history.pushState({ liveFilter: true }, "", url);
                }
                // Keep the keyboard where it was: the same checkbox or select, now re-rendered.
                var again = focusId && document.getElementById(focusId);
                (fallbacks || []).forEach(function (selector) {
                    again = again || form.querySelector(selector);
                });
                if (again) {
                    again.focus();
                }
            })
            .catch(function (error) {
                if (error.name !== "AbortError") {
                    window.location.href = url; // fall back to a normal page load
                }
            })
            .finally(function () {
                form.removeAttribute("aria-busy");
            });
    }

    form.addEventListener("change", function (event) {
        var target = event.target;
        if (target.type !== "checkbox" && target.tagName !== "SELECT") {
            return;
        }
        var page = form.querySelector("input[name=page]");
        if (page) {
            page.remove();
        }
        load(addressOf(form), true, target.id);
    });

    // Links that change the filters (removing one active filter, clearing them all) load the
    // same way; the keyboard moves on to the next active filter, or else to the number found.
    form.addEventListener("click", function (event) {
        var link = event.target.closest?.("a[data-live-link]");
        if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
            return;
        }
        event.preventDefault();
        load(link.href, true, null, [".filter-chip", "[data-live-focus]"]);
    });

    window.addEventListener("popstate", function () {
        load(window.location.href, false, null);
    });
})();

/*
 * Disclosures that stand open on wide screens (<details data-open-wide="(media query)">: the
 *   site menu, the practice example filters)
 *   Without JavaScript the stylesheet shows their content on wide screens (::details-content)
 *   and their button on narrow ones (a browser without ::details-content shows the button at
 *   every width). With JavaScript the <details> is really opened while its
 *   media query matches, so what assistive technology hears matches what is shown, and closed
 *   again when the window becomes narrow (a menu left open would push the page down).
 */
(function () {
    "use strict";

    // Only where the stylesheet lays them out open (see kennisbank.css); elsewhere they stay
    // disclosures at every width.
    if (!window.matchMedia || !window.CSS || !CSS.supports("selector(::details-content)")) {
        return;
    }
    document.querySelectorAll("details[data-open-wide]").forEach(function (details) {
        var query = window.matchMedia(details.getAttribute("data-open-wide") || "(min-width: 48em)");

        function sync() {
            if (query.matches && !details.open) {
                details.open = true;
                details.setAttribute("data-opened-wide", "");
            } else if (!query.matches && details.hasAttribute("data-opened-wide")) {
                details.open = false;
                details.removeAttribute("data-opened-wide");
            }
        }

        sync();
        if (query.addEventListener) {
            query.addEventListener("change", sync);
        }
    });
})();

/*
 * A confirmation where the redirect lands (templates/development_groups/includes/messages.html)
 *   After a POST the page reopens at a section (#vote); browsers skip `autofocus` when the
 *   address has a fragment, so the confirmation marked data-focus-on-load is focused here and a
 *   screen reader reads it. Without JavaScript it is still shown right where the page opens.
 */
(function () {
    "use strict";

    var confirmation = document.querySelector("[data-focus-on-load]");
    if (confirmation) {
        confirmation.focus();
    }
})();
