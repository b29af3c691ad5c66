"""Panels a development group's session (development_groups) shares with every event."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

WHEN_FIELDS = [
    FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_time")]),
    FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_time")]),
    FieldRowPanel([FieldPanel("status"), FieldPanel("status_reason")]),
]
WHERE_PANEL = MultiFieldPanel(
    [
        FieldPanel("location_kind"),
        FieldPanel("venue"),
        FieldRowPanel([FieldPanel("address"), FieldPanel("city")]),
        FieldPanel("region"),
        FieldPanel("online_url"),
    ],
    heading=_("Where"),
)
