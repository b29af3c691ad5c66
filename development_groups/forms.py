"""The members' forms on a group's page: a development question, and the theme vote.

The question form behaves like every form of the site (core/forms.py): a message that names the
field, a maximum length, control characters dropped. The vote form only draws the checkboxes:
what a choice may be is decided in one place, voting.cast_votes.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from core.forms import AccessibleFormMixin, text_field

from .voting import QUESTION_MAX


class QuestionForm(AccessibleFormMixin, forms.Form):
    text = text_field(
        _("Your development question"),
        QUESTION_MAX,
        True,
        _("Type your question."),
        rows=5,
        help_text=_(
            "What would you like to learn from the other members? Everyone in the group sees "
            "your question with your name."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.name_length_errors()


class VoteForm(forms.Form):
    """One checkbox per proposal of the group, checked for the `selected` proposal ids."""

    proposals = forms.MultipleChoiceField(
        label=_("Themes"), required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, proposals, limit, selected=(), **kwargs):
        super().__init__(initial={"proposals": [str(pk) for pk in selected]}, **kwargs)
        self.proposal_list = list(proposals)
        self.limit = limit
        field = self.fields["proposals"]
        field.choices = [(str(p.pk), p.title) for p in self.proposal_list]
        field.help_text = ngettext(
            "Choose at most %(limit)s theme.", "Choose at most %(limit)s themes.", limit
        ) % {"limit": limit}

    def remaining_texts(self):
        """[(choices left, what the live counter says)] for every count the form can reach:
        from none ticked (the limit) to every theme ticked (below zero: too many, when the limit
        was lowered after the member voted). static/js/vote_counter.js shows them."""
        texts = []
        for left in range(self.limit - len(self.proposal_list), self.limit + 1):
            if left > 0:
                text = ngettext("%(count)s choice left", "%(count)s choices left", left)
            elif left < 0:
                text = ngettext(
                    "You chose %(count)s theme too many: untick it.",
                    "You chose %(count)s themes too many: untick them.",
                    -left,
                )
            else:
                text = _("You have made all your choices. Untick a theme to choose another.")
            texts.append((left, str(text) % {"count": abs(left)} if left else str(text)))
        return texts

    def choices(self):
        """[(checkbox, proposal)] in the facilitator's order, for the template."""
        return list(zip(self["proposals"], self.proposal_list, strict=True))
