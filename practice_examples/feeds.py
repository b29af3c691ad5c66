from django.http import Http404


def feed_view(request, index_page):
    raise Http404
