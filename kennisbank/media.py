"""Uploaded images from MEDIA_ROOT for `make run` and `make dev`, where no nginx stands in front
(production: deploy/nginx.conf serves the same two folders and refuses the rest of /media/).

Only the images' folders: `original_images/` and `images/` (renditions). Documents are never
served from /media/: they go through Wagtail's document view (/documents/<id>/<name>), which
checks their collection's privacy, so a members-only document cannot be fetched by guessing its
file name. Anything else under /media/ is the site's 404. On when SERVE_MEDIA_IMAGES is set
(kennisbank/settings/local.py and dev.py).
"""

import posixpath

from django.conf import settings
from django.http import Http404
from django.views.static import serve

IMAGE_FOLDERS = ("original_images", "images")


def serve_image(request, path):
    # normpath first: "images/../documents/x.pdf" must not escape the images' folders.
    normalised = posixpath.normpath(path).lstrip("/")
    if normalised != path or normalised.split("/", 1)[0] not in IMAGE_FOLDERS:
        raise Http404
    return serve(request, normalised, document_root=settings.MEDIA_ROOT)
