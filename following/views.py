"""following's pages: /volgen/ (the form, and where every follow form posts), /volgen/verzonden/
(check your mailbox), and at a token from a mail: /volgen/bevestigen/<token>/,
/volgen/beheren/<token>/ and /volgen/afmelden/<token>/ (English: /en/follow/...).

CSRF: the follow form sits on pages the page cache keeps for every visitor, so it carries no
CSRF token, and its view is exempt. A forged post could do no more than anyone can do with the
form (no session, no account is used), and double opt-in keeps an address from getting anything
but one confirmation mail an hour. A post that a browser says comes from another site (Origin,
Sec-Fetch-Site) is still refused. The pages at a token need no CSRF token either: the token in
the address is a secret only the subscriber has (and mail programs post RFC 8058's one-click
unsubscribe without cookies); the manage page's forms keep Django's check all the same.

Pages at a token are never cached, not indexed, and send no Referer to other sites.
"""

import logging
from urllib.parse import urlencode, urlsplit

from django.http import HttpResponseForbidden, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.views.decorators.csrf import csrf_exempt

from core.forms import text_parameter
from core.ratelimit import RateLimit

from . import links
from .describe import describe, describe_wish, follows_of
from .forms import BACK_MAX, MAX_TAXA, FollowForm, local_path
from .models import Follow, Frequency
from .subscribing import Wish, change_frequency, confirm, remove_follow, subscribe, unsubscribe

logger = logging.getLogger(__name__)

LIMIT = RateLimit("follow", limit=10, period=3600)
BACK_PARAM = "terug"
CONFIRMED_PARAM = "bevestigd"
# ?bevestigd= on the manage page: the subscription (the confirmation link), one follow or all.
CONFIRMED_ONE, CONFIRMED_ALL = "een", "alles"
MAX_FOLLOW_IDS = 100
PROBLEM_STATUS = {links.INVALID: 400, links.GONE: 404, links.EXPIRED: 410}
TAXA = ("thema", "regio", "sector")


def private(response):
    """A page at a token: never cached, not indexed, no Referer to other sites."""
    add_never_cache_headers(response)
    response["X-Robots-Tag"] = "noindex"
    response["Referrer-Policy"] = "same-origin"
    return response


def from_other_site(request):
    origin = request.headers.get("Origin")
    if origin and origin != "null" and origin != f"{request.scheme}://{request.get_host()}":
        return True
    return request.headers.get("Sec-Fetch-Site") == "cross-site"


def wish_in(params, hidden):
    """The Wish that a post or an address names (unknown slugs left out), to say it in words."""
    scope = params.get("scope", "")
    chosen = {param: tuple(value for name, value in hidden if name == param) for param in TAXA}
    return Wish(
        scope=scope if scope in Follow.Scope.values else Follow.Scope.EVERYTHING,
        themes=chosen["thema"],
        regions=chosen["regio"],
        sectors=chosen["sector"],
    )


def follow_page(request, form, hidden, status=200, rate_limited=False):
    params = form.data if form.is_bound else request.GET
    response = render(
        request,
        "following/follow.html",
        {
            "form": form,
            "hidden": hidden,
            "what": describe_wish(wish_in(params, hidden)),
            "back": local_path(params.get("back") or params.get(BACK_PARAM)),
            "rate_limited": rate_limited,
            "per_hour": LIMIT.limit,
        },
        status=status,
    )
    if rate_limited:
        response["Retry-After"] = str(LIMIT.period)
    return response


@csrf_exempt
def follow(request):
    """GET: the form on a page of its own (what to follow from the address: scope and slugs);
    POST: subscribe, then to the page that asks to check the mailbox."""
    if request.method == "POST":
        if from_other_site(request):
            return HttpResponseForbidden()
        form = FollowForm(request.POST)
        if not LIMIT.take(request):
            return follow_page(request, form, form.wish_params(), 429, rate_limited=True)
        if form.is_spam():
            logger.info("Honeypot caught a follow")
            return sent_redirect(local_path(request.POST.get("back")))
        if form.is_valid():
            data = form.cleaned_data
            subscribe(data["email"], translation.get_language(), data["frequency"], data["wish"])
            return sent_redirect(data["back"])
        LIMIT.give_back(request)
        return follow_page(request, form, form.wish_params())
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    hidden = [
        (param, text_parameter({param: value}, param, 100))
        for param in TAXA
        for value in request.GET.getlist(param)[:MAX_TAXA]
    ]
    wish = wish_in(request.GET, hidden)
    back = local_path(text_parameter(request.GET, BACK_PARAM, BACK_MAX))
    form = FollowForm(initial={"scope": wish.scope, "back": back})
    return follow_page(request, form, hidden)


def sent_redirect(back):
    url = reverse("following:sent")
    if back:
        url += "?" + urlencode({BACK_PARAM: back})
    return HttpResponseRedirect(url)


def sent(request):
    """The same page whatever became of the post: the form never tells whether an address
    is subscribed."""
    back = local_path(text_parameter(request.GET, BACK_PARAM, 500))
    return render(request, "following/sent.html", {"back": back})


def problem(request, why):
    """A link that is mangled (400), of a subscription that no longer exists (404) or a
    confirmation link older than 7 days (410): say so, and how to follow again."""
    response = render(request, "following/link_problem.html", {"why": why})
    response.status_code = PROBLEM_STATUS[why]
    return private(response)


@csrf_exempt
def confirm_view(request, token):
    """GET shows what is to be confirmed and a button (mail scanners open links: a GET must
    change nothing); POST confirms, then the manage page."""
    subscriber, why = links.resolve(token, links.CONFIRM)
    if why:
        return problem(request, why)
    if request.method == "POST":
        # The follows the page showed: one added after it was shown waits for its own yes.
        # A post without them (not from the page) confirms every follow waiting.
        shown = posted_follow_ids(request) if "follow" in request.POST else None
        confirm(subscriber, follow_ids=shown)
        return HttpResponseRedirect(
            relative(links.manage_url(subscriber)) + f"?{CONFIRMED_PARAM}=1"
        )
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    follows = describe(follows_of(subscriber))
    context = {
        "subscriber": subscriber,
        "waiting": [(follow, words) for follow, words in follows if follow.confirmed_at is None],
        "manage_url": relative(links.manage_url(subscriber)),
    }
    return private(render(request, "following/confirm.html", context))


def posted_follow_ids(request):
    """The ids in the post's `follow` fields; anything that is not a number is left out."""
    values = request.POST.getlist("follow")[:MAX_FOLLOW_IDS]
    return [
        int(value) for value in values if value.isascii() and value.isdigit() and len(value) <= 12
    ]


def relative(url):
    """An absolute link of links.py as an address on this site (for a redirect)."""
    return urlsplit(url).path


def manage(request, token):
    """What the subscriber follows, in words; confirm a follow that waits (one added within
    the hour of the last confirmation mail gets no mail of its own), change how often, stop
    one follow, or unsubscribe (on the unsubscribe page's button)."""
    subscriber, why = links.resolve(token, links.MANAGE)
    if why:
        return problem(request, why)
    if request.method == "POST":
        return manage_post(request, subscriber)
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    follows = describe(follows_of(subscriber))
    context = {
        "subscriber": subscriber,
        "follows": follows,
        "waiting_count": sum(1 for follow, _words in follows if follow.confirmed_at is None),
        "frequencies": Frequency.choices,
        "unsubscribe_url": relative(links.unsubscribe_url(subscriber)),
        "confirm_url": relative(links.confirm_url(subscriber)),
        "confirmed": request.GET.get(CONFIRMED_PARAM, ""),
        "changed": bool(request.GET.get("gewijzigd")),
        "removed": bool(request.GET.get("verwijderd")),
    }
    return private(render(request, "following/manage.html", context))


def manage_post(request, subscriber):
    """The manage page's forms (with Django's CSRF check): change how often, confirm one
    waiting follow or all of them (the page is only reached through the subscriber's own
    link, so its button is their confirmation), or stop one follow."""
    action = request.POST.get("action")
    follow_ids = posted_follow_ids(request)
    if action == "frequency" and request.POST.get("frequency") in Frequency.values:
        change_frequency(subscriber, request.POST["frequency"])
        return HttpResponseRedirect(f"{request.path}?gewijzigd=1")
    if action == "confirm" and follow_ids and confirm(subscriber, follow_ids=follow_ids[:1]):
        return HttpResponseRedirect(f"{request.path}?{CONFIRMED_PARAM}={CONFIRMED_ONE}")
    if action == "confirm-all" and confirm(subscriber):
        return HttpResponseRedirect(f"{request.path}?{CONFIRMED_PARAM}={CONFIRMED_ALL}")
    if action == "remove" and follow_ids:
        if remove_follow(subscriber, follow_ids[0]):
            return private(render(request, "following/unsubscribed.html", {}))
        return HttpResponseRedirect(f"{request.path}?verwijderd=1")
    return HttpResponseRedirect(request.path)


@csrf_exempt
def unsubscribe_view(request, token):
    """GET: one button. POST (the button, or a mail program's RFC 8058 one-click post with
    `List-Unsubscribe=One-Click`): the address is deleted."""
    subscriber, why = links.resolve(token, links.MANAGE)
    if why:
        return problem(request, why)
    if request.method == "POST":
        unsubscribe(subscriber)
        return private(render(request, "following/unsubscribed.html", {}))
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    context = {"subscriber": subscriber, "manage_url": relative(links.manage_url(subscriber))}
    return private(render(request, "following/unsubscribe.html", context))
