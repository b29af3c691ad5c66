"""How taxa appear in the Wagtail API (see the `api_fields` of the content pages)."""

from rest_framework import serializers


class TaxonSerializer(serializers.Serializer):
    """A theme, region, sector, audience or organisation as {slug, name}: the slug is the same in
    every language and is what the API's and the listings' filters take (`?thema=<slug>`)."""

    slug = serializers.CharField(read_only=True)
    name = serializers.CharField(read_only=True)
