from django.core.management.base import BaseCommand

from search.vocabulary import rebuild_vocabulary


class Command(BaseCommand):
    help = (
        "Rebuild the search vocabulary (the words of the live, public content and the taxonomy, "
        "for compounds and 'did you mean') now. It is rebuilt after every change by itself."
    )

    def handle(self, *args, **options):
        count = rebuild_vocabulary()
        self.stdout.write(f"Vocabulary rebuilt: {count} words.")
