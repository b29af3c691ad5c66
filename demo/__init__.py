"""The demo content: `manage.py load_demo` and the tools each app's `demo` package uses.

Every app keeps its own demo content in `<app>/demo/`: the data as TOML files and, in
`__init__.py`, the loader that turns them into pages and snippets. This app has no models: it
finds those loaders and runs them (management/commands/load_demo.py), and holds what they share:
`utils` (texts in two languages, translation, publishing, school days), `media` (generated images
and documents) and `data` (reading the TOML files).
"""
