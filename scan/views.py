"""The scan's pages, called by the routes of ScanPage (models.py).

- start: /scan/ shows the scan and its start form; a post creates a response and leads to step 1.
- step: /scan/<token>/stap/<n>/ one domain per step; "next" needs every statement answered,
  "previous" and "save and continue later" keep the valid answers given so far.
- result: /scan/<token>/ the result of a completed scan (result.py), otherwise where to go on.
- redo: /scan/<token>/opnieuw/ (POST) a new scan that compares with this one.

Every page at a token is private (`private_page`): no cache keeps it, no search engine indexes it
and no link from it tells another site the token. The questionnaire shown at a token is the
response's own version, never the page's current one, so a questionnaire changed while a school
answers does not change what it answers. Opened in another language than it was started in, a
scan shows that language's texts of the same domains and statements.
"""

import functools
import re

from django.contrib import messages
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.translation import gettext as _

from core.links import absolute_url
from core.ratelimit import RateLimit

from . import responses
from .forms import StartForm, StepForm
from .models import ScanResponse
from .result import render_result

# Starting a scan stores a row: robots meet a limit per address (a school behind one address
# with many colleagues stays far below it).
STARTS_PER_HOUR = 30
STARTS = RateLimit("scan-start", STARTS_PER_HOUR, 60 * 60)
TOKEN_PATTERN = re.compile(r"[A-Za-z0-9_-]{16,43}")

ACTION_NEXT, ACTION_PREVIOUS, ACTION_SAVE = "next", "previous", "save"


def already_complete(request):
    messages.info(request, _("This scan is complete. Its answers can no longer be changed."))


# Addresses --------------------------------------------------------------------------------


def page_url(request, page, route="", **kwargs):
    base = page.get_url(request)
    return base + page.reverse_subpage(route, kwargs=kwargs) if route else base


def result_url(request, page, response):
    return page_url(request, page, "result_route", token=response.token)


def step_url(request, page, response, number):
    return page_url(request, page, "step_route", token=response.token, number=number)


# Private pages ----------------------------------------------------------------------------


def make_private(http_response):
    """What every page at a token answers with: kept by no cache, indexed by no search engine,
    and its address never sent to another site as the referrer. ("same-origin", not
    "no-referrer": under "no-referrer" browsers send `Origin: null` with the page's own forms,
    and Django's CSRF check refuses them.)"""
    add_never_cache_headers(http_response)
    patch_cache_control(http_response, private=True)
    http_response["X-Robots-Tag"] = "noindex"
    http_response["Referrer-Policy"] = "same-origin"
    return http_response


def private_page(view):
    """A view at a token, whatever it answers (a redirect, a 404, the result): private."""

    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        return make_private(view(*args, **kwargs))

    return wrapper


def find_response(page, token):
    """The response at a token among the responses to this page in any language, or None."""
    if not TOKEN_PATTERN.fullmatch(token):
        return None
    response = (
        ScanResponse.objects.select_related("version", "sector", "region", "previous")
        .filter(token=token, version__page__translation_key=page.translation_key)
        .first()
    )
    if response is not None and response.version.page_id != page.pk:
        # Started in another language: its questions and advice in this page's language.
        response.translation = page.versions.order_by("-number").first()
    return response


def not_found(request, page, response=None):
    """A 404 that says what is wrong: no scan at this link, or (with `response`) no such step."""
    http_response = page.render(
        request,
        template="scan/not_found.html",
        context_overrides={
            "response": response,
            "resume_url": result_url(request, page, response) if response else "",
            "breadcrumb_extra": _("Not found"),
        },
    )
    http_response.status_code = 404
    return http_response


def private_link(request, page, response):
    return absolute_url(result_url(request, page, response))


def progress(request, page, response, current=None):
    """The steps for the progress list: [{number, title, done, current, url}]."""
    answered = response.questionnaire.clean_answers(response.answers).keys()
    return [
        {
            "number": number,
            "title": domain.title,
            "done": set(domain.statement_keys) <= answered,
            "current": number == current,
            "url": step_url(request, page, response, number),
        }
        for number, domain in enumerate(response.questionnaire.domains, start=1)
    ]


# Start ------------------------------------------------------------------------------------


def start(request, page):
    """/scan/: the introduction, the domains and the start form."""
    available = bool(page.domains)
    if request.method == "POST" and available:
        form = StartForm(request.POST)
        if not STARTS.take(request):
            return render_start(request, page, form, rate_limited=True)
        if form.is_spam():  # a robot: told it worked, nothing stored
            return HttpResponseRedirect(page_url(request, page))
        if form.is_valid():
            response = responses.start(page, **form.taxa())
            return make_private(HttpResponseRedirect(step_url(request, page, response, 1)))
        STARTS.give_back(request)
        return render_start(request, page, form)
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    return render_start(request, page, StartForm() if available else None)


def render_start(request, page, form, rate_limited=False):
    http_response = page.render(
        request,
        template="scan/scan_page.html",
        context_overrides={
            "form": form,
            "rate_limited": rate_limited,
            "per_hour": STARTS_PER_HOUR,
            "questionnaire": page.questionnaire(),
        },
    )
    if rate_limited:
        http_response.status_code = 429
        http_response["Retry-After"] = str(STARTS.period)
    return http_response


# Steps ------------------------------------------------------------------------------------


@private_page
def step(request, page, token, number):
    """One domain: its statements with the answers saved so far."""
    response = find_response(page, token)
    if response is None:
        return not_found(request, page)
    if response.is_complete:
        already_complete(request)
        return HttpResponseRedirect(result_url(request, page, response))
    domains = response.questionnaire.domains
    if not 1 <= number <= len(domains):
        return not_found(request, page, response)
    domain = domains[number - 1]

    if request.method == "POST":
        form = StepForm(request.POST, domain=domain)
        action = request.POST.get("action", ACTION_NEXT)
        valid = form.is_valid()
        if action in (ACTION_PREVIOUS, ACTION_SAVE) or valid:
            try:
                responses.save_answers(response, form.valid_answers())
            except responses.AlreadyComplete:  # completed from another tab meanwhile
                already_complete(request)
                return HttpResponseRedirect(result_url(request, page, response))
            if action == ACTION_SAVE:
                messages.success(request, _("Your answers have been saved."))
                return HttpResponseRedirect(result_url(request, page, response))
            if action == ACTION_PREVIOUS:
                return HttpResponseRedirect(step_url(request, page, response, max(number - 1, 1)))
            if number < len(domains):
                return HttpResponseRedirect(step_url(request, page, response, number + 1))
            return finish(request, page, response)
        return render_step(request, page, response, number, form)

    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    saved = response.questionnaire.clean_answers(response.answers)
    initial = {key: str(saved[key]) for key in domain.statement_keys if key in saved}
    return render_step(request, page, response, number, StepForm(initial=initial, domain=domain))


def finish(request, page, response):
    """The last step's "next": score the scan, or send the visitor to what is still open."""
    try:
        responses.complete(response)
    except responses.Incomplete as incomplete:
        messages.error(
            request,
            _(
                "Not every statement has an answer yet. Answer the statements of this step to see "
                "the result."
            ),
        )
        return HttpResponseRedirect(step_url(request, page, response, incomplete.step))
    return HttpResponseRedirect(result_url(request, page, response))


def render_step(request, page, response, number, form):
    steps = progress(request, page, response, current=number)
    return page.render(
        request,
        template="scan/step.html",
        context_overrides={
            "response": response,
            "form": form,
            "domain": form.domain,
            "number": number,
            "count": len(steps),
            "steps": steps,
            "is_last": number == len(steps),
            "form_url": step_url(request, page, response, number),
            "private_link": private_link(request, page, response),
            "breadcrumb_extra": _("Step %(number)s of %(count)s")
            % {"number": number, "count": len(steps)},
        },
    )


# Result, resume, redo ---------------------------------------------------------------------


@private_page
def result(request, page, token):
    """The result of a completed scan; of an unfinished one, where to go on."""
    response = find_response(page, token)
    if response is None:
        return not_found(request, page)
    if response.is_complete:
        return render_result(request, page, response)
    steps = progress(request, page, response)
    open_step = response.questionnaire.first_open_step(response.answers) or 1
    return page.render(
        request,
        template="scan/resume.html",
        context_overrides={
            "response": response,
            "steps": steps,
            "count": len(steps),
            "done_count": sum(1 for item in steps if item["done"]),
            "continue_url": step_url(request, page, response, open_step),
            "private_link": private_link(request, page, response),
            "breadcrumb_extra": _("Your scan"),
        },
    )


@private_page
def redo(request, page, token):
    """POST: a new scan for the same school, which shows its progress against this one."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    response = find_response(page, token)
    if response is None:
        return not_found(request, page)
    if not response.is_complete:  # nothing to compare with yet: go on with this one
        return HttpResponseRedirect(result_url(request, page, response))
    if not STARTS.take(request):
        return render_start(request, page, StartForm(), rate_limited=True)
    new = responses.redo(response, page=page)
    return HttpResponseRedirect(step_url(request, page, new, 1))
