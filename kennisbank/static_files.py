"""WhiteNoise, reading the static files once per process (issue 18).

Wagtail's preview builds the whole middleware chain anew for every preview it renders
(`PreviewableMixin.make_preview_request`: a new handler, `load_middleware()`), and WhiteNoise's
`__init__` walks STATIC_ROOT and stats every file in it (5,000 files: 60-70 ms of each preview of
a page). Without autorefresh (production) WhiteNoise never looks at the folder again while the
process runs, so what the first instance read serves every later one. With autorefresh
(development, tests) nothing is read up front and nothing changes.
"""

from whitenoise.middleware import WhiteNoiseMiddleware

_read = {}


class StaticFilesMiddleware(WhiteNoiseMiddleware):
    def add_files(self, root, prefix=None):
        if self.autorefresh:
            return super().add_files(root, prefix)
        key = (str(root), prefix)
        if key not in _read:
            own, self.files = self.files, {}
            try:
                super().add_files(root, prefix)
                _read[key] = self.files
            finally:
                self.files = own | self.files
            return None
        self.files.update(_read[key])
        return None
