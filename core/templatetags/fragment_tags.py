"""`{% fragment "name" vary... %}...{% endfragment %}`: a rendered part of a page, kept until
content changes (core/fragment_cache.py)."""

from django import template

from core.fragment_cache import enabled, fragment

register = template.Library()


class FragmentNode(template.Node):
    def __init__(self, nodelist, name, vary):
        self.nodelist = nodelist
        self.name = name
        self.vary = vary

    def render(self, context):
        if not enabled(context.get("request")):
            return self.nodelist.render(context)
        vary = [value.resolve(context) for value in self.vary]
        return fragment(self.name, vary, lambda: self.nodelist.render(context))


@register.tag("fragment")
def do_fragment(parser, token):
    """{% fragment "name" value... %}: `name` a string, the values what the part varies on
    beyond the language and the content (e.g. page.pk)."""
    bits = token.split_contents()
    if len(bits) < 2 or bits[1][0] not in "\"'" or bits[1][0] != bits[1][-1]:
        raise template.TemplateSyntaxError("{% fragment %} needs a quoted name first")
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(nodelist, bits[1][1:-1], [parser.compile_filter(bit) for bit in bits[2:]])
