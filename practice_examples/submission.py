from django.http import Http404


def submit_view(request, index_page):
    raise Http404
