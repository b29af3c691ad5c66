"""A public form on a route of a routable page, the way every such form on the site behaves.

POST/redirect/GET with a "sent" state at `?verzonden=1`; a honeypot (a robot is told it worked,
nothing is stored or sent); a rate limit per address (over it: HTTP 429 and the form as typed);
a form with errors comes back with everything the visitor typed. The form class provides
`is_spam()`; what a valid form does is the caller's `on_valid(form)`.
"""

import logging

from django.http import HttpResponseNotAllowed, HttpResponseRedirect

logger = logging.getLogger(__name__)

SENT_PARAM = "verzonden"


class PublicFormRoute:
    def __init__(self, route, template, limit, breadcrumb):
        self.route = route
        self.template = template
        self.limit = limit
        self.breadcrumb = breadcrumb

    def url(self, request, page):
        return page.get_url(request) + page.reverse_subpage(self.route)

    def render(self, request, page, form, sent=False, rate_limited=False):
        response = page.render(
            request,
            template=self.template,
            context_overrides={
                "form": form,
                "sent": sent,
                "rate_limited": rate_limited,
                "per_hour": self.limit.limit,
                "breadcrumb_extra": self.breadcrumb,
                "form_url": self.url(request, page),
            },
        )
        if rate_limited:
            response.status_code = 429
            response["Retry-After"] = str(self.limit.period)
        return response

    def serve(self, request, page, make_form, on_valid):
        """`make_form(data)` builds the form (unbound for None); `on_valid(form)` acts on it."""
        if request.method == "POST":
            form = make_form(request.POST)
            # Counted before the work, atomically: a burst of posts at once gets no more through.
            if not self.limit.take(request):
                return self.render(request, page, form, rate_limited=True)
            if form.is_spam():
                logger.info("Honeypot caught a post to %s", self.route)
                return self.sent_redirect(request, page)
            if form.is_valid():
                on_valid(form)
                return self.sent_redirect(request, page)
            self.limit.give_back(request)  # a form with errors does not count
            return self.render(request, page, form)
        if request.method not in ("GET", "HEAD"):
            return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
        if request.GET.get(SENT_PARAM):
            return self.render(request, page, None, sent=True)
        return self.render(request, page, make_form(None))

    def sent_redirect(self, request, page):
        return HttpResponseRedirect(f"{self.url(request, page)}?{SENT_PARAM}=1")
