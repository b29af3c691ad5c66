"""What every public form shares (core/forms.py): text cleaning, the honeypot, messages that
name their field and the error summary that links each error to its control."""

from django import forms

from core.forms import (
    AccessibleFormMixin,
    HoneypotMixin,
    email_field,
    paragraphs_html,
    text_field,
)


class ExampleForm(AccessibleFormMixin, HoneypotMixin, forms.Form):
    name = text_field("Name", 10, True, "Enter your name.")
    story = text_field("Story", 100, False, rows=4)
    email = email_field("We reply to this address.")
    colours = forms.MultipleChoiceField(
        label="Colours",
        choices=[("red", "Red"), ("blue", "Blue")],
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.add_honeypot()
        self.name_length_errors()

    def clean(self):
        raise forms.ValidationError("Something about the whole form.")


def valid(**overrides):
    return {"name": "Fatima", "email": "f@example.nl", "colours": ["red"], **overrides}


def test_single_line_and_multi_line_texts_drop_control_characters():
    form = ExampleForm(valid(name=" Fa\x00ti\r\nma ", story="Een\r\n\r\nTwee\x07\rDrie"))
    form.is_valid()
    assert form.cleaned_data["name"] == "Fati ma"
    assert form.cleaned_data["story"] == "Een\n\nTwee\nDrie"


def test_the_length_message_names_the_field_and_its_limit():
    form = ExampleForm(valid(name="x" * 11))
    assert not form.is_valid()
    message = form.errors["name"][0]
    assert "Name" in message and "10" in message and "11" in message


def test_the_error_summary_links_each_error_to_its_control():
    form = ExampleForm({"name": "", "email": "x", "colours": ["green"]})
    assert not form.is_valid()
    anchors = [anchor for anchor, message in form.error_summary()]
    # A checkbox group has no element with its own id: its first checkbox; the form: no link.
    assert anchors == ["id_name", "id_email", "id_colours_0", ""]


def test_the_honeypot():
    assert not ExampleForm(valid()).is_spam()
    assert ExampleForm(valid(website="http://spam.example")).is_spam()
    assert not ExampleForm().is_spam()


def test_the_email_field_helps_the_browser():
    html = str(ExampleForm()["email"])
    assert 'autocomplete="email"' in html and 'spellcheck="false"' in html
    assert 'maxlength="254"' in html


def test_paragraphs_html_escapes_everything():
    assert paragraphs_html("Een <b>\nregel\n\n\n<script>x</script>") == (
        "<p>Een &lt;b&gt;<br/>regel</p><p>&lt;script&gt;x&lt;/script&gt;</p>"
    )
