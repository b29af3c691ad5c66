from django.http import Http404


def contact_view(request, page):
    raise Http404
