import pytest

from wagtail.blocks import StructBlockValidationError
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.blocks import LinkBlock, VideoBlock
from home.factories import StandardPageFactory
from home.models import HomePage, StandardPage
from taxonomy.factories import ThemeFactory, ThemeIndexPageFactory
from taxonomy.models import ThemeIndexPage
from tests.support import make_home_page


class TestPageTree(WagtailPageTestCase):
    def test_home_page_lives_at_the_root(self):
        self.assertCanCreateAt(Page, HomePage)
        self.assertCanNotCreateAt(StandardPage, HomePage)

    def test_standard_pages_nest_under_home_and_each_other(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})

    def test_theme_index_only_under_home(self):
        self.assertAllowedParentPageTypes(ThemeIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(ThemeIndexPage, set())


def test_one_theme_index_per_home_page(theme_index, home_page):
    assert not ThemeIndexPage.can_create_at(home_page)


class TestRendering(WagtailPageTestCase):
    def setUp(self):
        self.home = make_home_page()
        self.theme_index = ThemeIndexPageFactory(parent=self.home)
        self.theme = ThemeFactory(slug="ouderbetrokkenheid")

    def test_every_page_type_renders(self):
        self.assertPageIsRenderable(self.home)
        self.assertPageIsRenderable(StandardPageFactory(parent=self.home))
        self.assertPageIsRenderable(self.theme_index)
        self.assertPageIsRenderable(self.theme_index, route_path="/ouderbetrokkenheid/")
        self.assertPageIsRenderable(self.theme_index, route_path="/onbekend/", accept_404=True)


@pytest.mark.parametrize(
    ("url", "embed"),
    [
        (
            "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
            "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ",
        ),
        ("https://youtu.be/aqz-KE-bpKQ?t=4", "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ"),
        ("https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871"),
        ("https://example.org/watch?v=aqz-KE-bpKQ", ""),
        ("https://www.youtube.com/watch?v=<script>", ""),
    ],
)
def test_video_embed_address(url, embed):
    value = VideoBlock().to_python({"title": "Video", "url": url})
    assert value.embed_url.split("?")[0] == embed


def test_video_block_refuses_other_sites():
    block = VideoBlock()
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python({"title": "Video", "url": "https://example.org/clip.mp4"}))
    assert "YouTube" in str(error.value.block_errors["url"])


def test_link_block_needs_exactly_one_target(home_page):
    block = LinkBlock()
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python({"page": home_page.pk, "url": "https://example.org/"}))
    assert "niet allebei" in str(error.value.block_errors["url"])
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python({"url": "https://example.org/"}))
    assert "linktekst" in str(error.value.block_errors["label"])
    value = block.clean(block.to_python({"page": home_page.pk}))
    assert value.href == home_page.url
    assert value.text == home_page.title
