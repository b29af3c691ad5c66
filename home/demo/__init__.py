"""Demo content of the home app: the home page, the standard pages and the site settings.

The data is in `home.toml`; this module makes the images and the document it names, the pages
(the home page's body once the pages it links to exist, its featured pages in `finish()`, once
the apps after this one made theirs), the site and its settings.
"""

from urllib.parse import urlsplit

from django.conf import settings as django_settings

from wagtail.models import Page, Site

from demo.data import Known, fill, read
from demo.media import make_document, make_image
from demo.utils import add_page, dutch, publish, translate

from ..models import HomePage, SiteSettings, StandardPage

DATA = read(__file__, "home.toml")
SOURCE = "home/demo/home.toml"
CONTACT_EMAIL = DATA["contact_email"]


def make_documents(context):
    """The document in Dutch and in English."""
    spec = DATA["document"]
    paragraphs = fill(spec["paragraphs"], {"contact_email": CONTACT_EMAIL})
    return [
        make_document(
            context,
            getattr(spec["title"], language),
            getattr(spec["name"], language),
            [getattr(text, language) for text in paragraphs],
        )
        for language in ("nl", "en")
    ]


class Builder:
    """Makes the home app's pages from `DATA`, resolving what the data names: images, the
    document, pages by slug, and the placeholders in the texts."""

    def __init__(self, context):
        self.context = context
        self.images = Known(
            "image",
            {
                image["name"]: make_image(context, image["title"], image["name"], image["colours"])
                for image in DATA["images"]
            },
            SOURCE,
        )
        dutch_document, english_document = make_documents(context)
        self.documents = Known("document", {DATA["document"]["name"].nl: dutch_document}, SOURCE)
        # The English pages have the English document instead of the Dutch one.
        self.replace = {dutch_document: english_document}
        self.pages = Known("page", {}, SOURCE)
        self.to_translate = []  # (page, english texts, replacements), parents first

    def placeholders(self):
        return {
            "contact_email": CONTACT_EMAIL,
            "retention_days": django_settings.EVENTS_REGISTRATION_RETENTION_DAYS,
            **{slug: page.pk for slug, page in self.pages.items()},
        }

    def link(self, spec):
        """A LinkBlock value pointing at a page (shown in the visitor's language)."""
        return {"page": self.pages[spec["page"]], "url": "", "label": spec.get("label", "")}

    def block(self, kind, value):
        """A block of a body, with what it names resolved."""
        if kind == "image":
            return {**value, "image": self.images[value["image"]]}
        if kind == "video":
            return {**value, "poster": self.images[value["poster"]]}
        if kind == "documents":
            return {**value, "documents": [self.documents[name] for name in value["documents"]]}
        if kind == "call_to_action":
            return {**value, "link": self.link(value["link"])}
        if kind == "table":
            rows = [{"values": row} for row in value["table"]["rows"]]
            return {**value, "table": {**value["table"], "rows": rows}}
        return value

    def resolve(self, spec):
        """A page's spec as the page takes it: texts filled in, images and blocks resolved."""
        spec = fill(spec, self.placeholders())
        if "listing_image" in spec:
            spec["listing_image"] = self.images[spec["listing_image"]]
        if "body" in spec:
            spec["body"] = [
                (kind, self.block(kind, value))
                for block in spec["body"]
                for kind, value in block.items()
            ]
        return spec

    def create(self, parent, page_class, spec):
        english = {}
        page = add_page(parent, page_class(**dutch(self.resolve(spec), english)))
        self.pages[page.slug] = page
        has_documents = any("documents" in block for block in spec.get("body", []))
        self.to_translate.append((page, english, self.replace if has_documents else None))
        return page


def make_site(home):
    """The default site answers at BASE_URL's host and port (`make run`: 127.0.0.1:8000), so the
    admin's "view live" links lead to the running site."""
    address = urlsplit(django_settings.BASE_URL)
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname = address.hostname or "localhost"
    site.port = address.port or (443 if address.scheme == "https" else 80)
    site.root_page, site.site_name = home, DATA["site_name"]
    site.save()
    return site


def make_settings(site, builder):
    spec = DATA["settings"]
    settings = SiteSettings.for_site(site)
    settings.organisation_name = spec["organisation_name"]
    settings.contact_email = CONTACT_EMAIL
    settings.footer_links = [
        ("link", builder.link({"page": slug})) for slug in spec["footer_links"]
    ]
    settings.social_links = [("link", link) for link in spec["social_links"]]
    settings.save()


def load(context):
    # Wagtail's "Welcome to your new Wagtail site!" page makes way for the real home page.
    Page.objects.filter(depth=2).exact_type(Page).delete()
    builder = Builder(context)
    spec = {name: value for name, value in DATA["home"].items() if name not in ("body", "featured")}
    home = builder.create(Page.get_first_root_node(), HomePage, spec)
    site = make_site(home)
    for spec in DATA["pages"]:
        builder.create(home, StandardPage, spec)

    # The home page points at the pages below it, so it is filled in last (its featured pages,
    # made by the apps after this one, in finish()).
    home_english = builder.to_translate[0][1]
    body = builder.resolve({"body": DATA["home"]["body"]})
    for name, value in dutch(body, home_english).items():
        setattr(home, name, value)
    publish(home)

    for page, english, replace in builder.to_translate:
        translate(page, context.en, english, replace)
    context.home = home
    context.home_english = home_english
    context.home_en = home.get_translation(context.en).specific
    make_settings(site, builder)


def finish(context):
    """Once every app has loaded: the home page features what the organisation promotes on its
    own pages, the practice examples, the scan and the agenda."""
    home = context.home
    below = Known(
        "page below the home page",
        {page.slug: page.specific for page in home.get_children()},
        SOURCE,
    )
    featured = [
        ("page", {"page": below[spec["page"]], "text": spec["text"]})
        for spec in DATA["home"]["featured"]
    ]
    home.featured = dutch(featured, context.home_english)
    publish(home)
    translate(home, context.en, context.home_english)
    context.home_en = home.get_translation(context.en).specific
