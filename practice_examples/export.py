from django.http import Http404


def export_view(request, index_page):
    raise Http404
