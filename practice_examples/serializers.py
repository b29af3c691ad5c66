"""How practice examples' taxa appear in the Wagtail API (see `PracticeExamplePage.api_fields`)."""

from rest_framework import serializers


class TaxonSerializer(serializers.Serializer):
    """A theme, region, sector or audience as {slug, name}: the slug is the same in every
    language and is what the API's and the listing's filters take (`?thema=<slug>`)."""

    slug = serializers.CharField(read_only=True)
    name = serializers.CharField(read_only=True)
