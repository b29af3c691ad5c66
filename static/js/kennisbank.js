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
